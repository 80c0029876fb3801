"""A relative pronoun is a mention of the person it follows: "Tobias Ferrante, who ...".

The sheet's mentions are names, personal pronouns and descriptions; "who" after a person's
mention is that person too, and the corpus's mention table gains it so that the person's
mentions in the article are complete. Only "who" and "whom" right after the mention (a comma
between at most), and only after a person: "the board, which" is left alone.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from newsfacts.store.names import PERSON

# ", who" or " whom" right after a mention; the group is the pronoun
_RELATIVE = re.compile(r",?[ \t]+(who|whom)\b")


def relative_pronouns(
    text: str, people: Iterable[tuple[int, int, int]], covered: Iterable[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """(start, end, entity) of each relative pronoun right after a person's mention
    (`people`: start, end, entity) that no span of `covered` already takes. When two
    mentions end at one place ("the mother of Ann Lee"), the longer one is the person."""
    taken = {(start, end) for start, end in covered}
    by_end: dict[int, tuple[int, int]] = {}
    for start, end, entity in people:
        if end not in by_end or end - start > by_end[end][0]:
            by_end[end] = (end - start, entity)
    found = []
    for end, (_, entity) in sorted(by_end.items()):
        match = _RELATIVE.match(text, end)
        if match is not None and match.span(1) not in taken:
            found.append((*match.span(1), entity))
    return found


def attach_relatives(conn: sqlite3.Connection, article: int, text: str) -> None:
    """Store, as mentions of the person, the relative pronouns after the article's people."""
    rows = conn.execute(
        'SELECT m.start, m."end", e.rowid, e.type FROM mentions m '
        "JOIN entities e ON e.rowid = m.entity WHERE e.article = ?",
        (article,),
    ).fetchall()
    people = [(start, end, entity) for start, end, entity, kind in rows if kind == PERSON]
    covered = [(start, end) for start, end, _, _ in rows]
    for start, end, entity in relative_pronouns(text, people, covered):
        conn.execute(
            'INSERT INTO mentions (entity, start, "end") VALUES (?, ?, ?)', (entity, start, end)
        )
