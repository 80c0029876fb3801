"""The corpus's names in memory, keyed every way the resolver looks them up.

Loaded once per ingest from `canonical_names` (and again when another connection has written,
canonical.py `refresh`); each entity the resolver creates or merges is remembered here too,
so one batch sees the entities the batch itself added.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from newsfacts.store.initials import initials, name_tails
from newsfacts.store.names import BLOCK, PERSON, person_words, thing_group


def _lists() -> defaultdict:
    return defaultdict(list)


@dataclass(slots=True)
class NameIndex:
    by_norm: dict[tuple[str, str], list[int]] = field(default_factory=_lists)
    people: dict[tuple[str, str], list[tuple[int, list[str]]]] = field(default_factory=_lists)
    by_surname: dict[str, list[tuple[int, list[str]]]] = field(default_factory=_lists)
    by_given: dict[str, list[tuple[int, list[str]]]] = field(default_factory=_lists)
    blocks: dict[tuple[str, str], dict[str, int]] = field(default_factory=lambda: defaultdict(dict))
    # names that never merge on their own (an alias one article used): (group, norm) -> ids
    aliases: dict[tuple[str, str], set[int]] = field(default_factory=lambda: defaultdict(set))
    display: dict[int, str] = field(default_factory=dict)
    # a thing's several-word names by their last word: "saints" -> New Orleans Saints
    by_last_word: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    # a thing's several-word names by the acronyms they can be written as: "ap" -> Associated Press
    by_initials: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    # a thing's names of three words or more by their endings of two or more: "red sox" ->
    # Boston Red Sox
    by_tail: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> NameIndex:
        index = cls()
        rows = conn.execute(
            "SELECT c.id, c.type, c.name AS display, n.name, n.norm, n.merges "
            "FROM canonical_names n JOIN canonical c ON c.id = n.canonical ORDER BY c.id"
        )
        for row in rows:
            index.display[row["id"]] = row["display"]
            if row["merges"]:
                index.remember(row["id"], row["type"], row["norm"], row["name"])
            else:
                index.aliases[thing_group(row["type"]), row["norm"]].add(row["id"])
        return index

    def remember(self, canonical: int, kind: str, norm: str, name: str) -> None:
        """Index a name that may merge other articles' entities into `canonical`."""
        if kind == PERSON:
            words = person_words(name)
            key = (words[0], words[-1]) if len(words) >= 2 else ("", norm)
            self.people[key].append((canonical, words))
            if len(words) >= 2:
                self.by_surname[words[-1]].append((canonical, words))
                self.by_given[words[0]].append((canonical, words))
            return
        group = thing_group(kind)
        if canonical not in self.by_norm[group, norm]:
            self.by_norm[group, norm].append(canonical)
        if " " in norm:
            self.by_last_word[norm.rsplit(" ", 1)[1]].add(canonical)
            for letters in initials(norm):
                self.by_initials[letters].add(canonical)
            for tail in name_tails(norm):
                self.by_tail[tail].add(canonical)
        self.blocks[kind, norm[:BLOCK]].setdefault(norm, canonical)
