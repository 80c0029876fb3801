"""Counts one article implies without stating them: "four people were shot, one fatally".

An article that says how many were shot and how many of them died says how many were hurt:
shot minus killed; one that lists who died ("a man and two children were killed") says how
many died: the sum of the list (lists.py). Such a count votes for its figure like a stated
one (it is often the only way a report gives it) but is listed apart (`derived`), with the
words it comes from: no words state it, so it has no words of its own to point at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from newsfacts.store.story_sheet.article import StoryArticle
from newsfacts.store.story_sheet.figures import Statement
from newsfacts.store.story_sheet.lists import CountList
from newsfacts.store.story_sheet.shooter import SHOOTER_AND_VICTIMS, counts_victims, shooter_died

SHOT_MINUS_KILLED = "shot minus killed"
SHOT_MINUS_STORY_KILLED = "shot minus the story's killed"
OTHERS_SHOT = "others shot"
OTHERS = re.compile(r"\bother(?:s)?\b", re.IGNORECASE)
LIST_SUM = "sum of a list"


class Source(Protocol):
    """Where a derived count's words are: `field`[start:end] of its article (read-only, so
    that frozen records of every kind qualify)."""

    @property
    def field(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Derived:
    article: StoryArticle
    value: float
    rule: str
    statements: tuple[Source, ...]  # the words it comes from


def leads(found: Sequence[tuple[StoryArticle, Statement]]) -> dict[str, int]:
    """Per article id, the index of the statement it leads with: its first exact count,
    headline first, not about other incidents, not a lone victim described, not a part of a
    list of who (the list's sum stands for it)."""
    chosen: dict[str, int] = {}
    for index, (article, statement) in enumerate(found):
        if _leads(statement):
            chosen.setdefault(article.id, index)
    return chosen


def injured_from_shot(
    by_what: dict[str, list[tuple[StoryArticle, Statement]]],
    killed_in_story: float | None = None,
) -> list[Derived]:
    """Injured = shot - killed, per article that leads with a count of people shot: killed
    as the article itself leads with it, else as the story's other reports settle it
    (`killed_in_story`: "five people were shot" here, "one died" there)."""
    shot = by_what.get("shot", [])
    killed = by_what.get("killed", [])
    killed_leads = leads(killed)
    result = []
    for article_id, index in leads(shot).items():
        article, shot_statement = shot[index]
        total = shot_statement.value or 0.0
        if others_counted(article, shot_statement):  # "one killed, three others shot": all hurt
            result.append(Derived(article, total, OTHERS_SHOT, (shot_statement,)))
            continue
        if article_id in killed_leads:
            _, killed_statement = killed[killed_leads[article_id]]
            dead = killed_statement.value or 0.0
            rule = SHOT_MINUS_KILLED
            statements: tuple[Source, ...] = (shot_statement, killed_statement)
        elif killed_in_story is not None:
            dead, rule, statements = killed_in_story, SHOT_MINUS_STORY_KILLED, (shot_statement,)
        else:
            continue
        # "shooting three relatives" beside three dead elsewhere tells of the dead only
        if total > dead or (total == dead and rule == SHOT_MINUS_KILLED):
            result.append(Derived(article, total - dead, rule, statements))
    return result


def others_counted(article: StoryArticle, statement: Statement) -> bool:
    """Whether a count of people shot leaves out those already counted ("three others")."""
    return bool(OTHERS.search(article.field(statement.field)[statement.start : statement.end]))


def list_sums(article: StoryArticle, lists: Sequence[CountList]) -> dict[str, Derived]:
    """Per figure, the sum of the first list of who one article ties to it."""
    sums: dict[str, Derived] = {}
    for counted in lists:
        sums.setdefault(counted.predicate, Derived(article, counted.value, LIST_SUM, (counted,)))
    return sums


def _leads(statement: Statement) -> bool:
    exact = statement.value is not None and statement.low == statement.high
    return exact and not (statement.elsewhere or statement.weak or statement.part)


def shooter_counted(
    article: StoryArticle, found: list[Statement]
) -> tuple[list[Statement], Derived | None]:
    """An article's statements and its killed count with the shooter, when it counts the
    victims ("killing three") and says the shooter died: the victims' count becomes a part."""
    lead = next((s for s in found if s.what == "killed" and _leads(s)), None)
    if lead is None or lead.value is None or not counts_victims(article.sheet, lead):
        return found, None
    death = shooter_died(article.sheet)
    if death is None:
        return found, None
    victims = lead.value
    marked = [
        replace(s, part=True) if s.what == "killed" and s.value == victims else s for s in found
    ]
    return marked, Derived(article, victims + 1, SHOOTER_AND_VICTIMS, (lead, death))


SUSPECTS_AND_VICTIMS = "victims and the suspects killed"
# "two suspects were killed in the shootout", not "the four suspects killed two teens"
_INCLUDING = re.compile(r"\bincluding\b", re.IGNORECASE)
_DEED_ENDS = re.compile(r"\s*(?:[.,;:!?)\]]|$)|\s+(?:in|at|on|by|during|after|before|when)\b")


def suspects_counted(
    article: StoryArticle, found: list[Statement]
) -> tuple[list[Statement], Derived | None]:
    """An article's statements and its killed count with the suspects it counts dead apart
    ("seven dead; three suspects killed": ten dead), the settled record counting every one shot
    dead: the count of the others becomes a part. A count that names them among its dead
    ("including the two suspects") already holds them."""
    lead = next((s for s in found if s.what == "killed" and _leads(s)), None)
    suspects = next(
        (s for s in found if s.what == "suspects killed" and _leads(s) and _passive(article, s)),
        None,
    )
    if lead is None or lead.value is None or suspects is None or suspects.value is None:
        return found, None
    text = article.field(lead.field)
    start, end = article.sentence(lead.field, lead.start)
    if _INCLUDING.search(text[start:end]):
        return found, None
    total = lead.value + suspects.value
    # the others' count and the suspects' own ("the pair slain") are its parts
    parts = {lead.value, suspects.value}
    marked = [
        replace(s, part=True) if s.what == "killed" and s.value in parts else s for s in found
    ]
    return marked, Derived(article, total, SUSPECTS_AND_VICTIMS, (lead, suspects))


def _passive(article: StoryArticle, statement: Statement) -> bool:
    """Whether a count of suspects killed tells them dead, not what they did."""
    return bool(_DEED_ENDS.match(article.field(statement.field)[statement.end :]))
