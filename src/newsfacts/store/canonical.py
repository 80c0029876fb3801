"""Corpus-level entities: one row for "Tobias R. Ferrante" however many articles name him.

Each sheet merges the mentions of one article (extract/entities.py); across articles nothing
links them yet. Two entities of one type are merged here when
- a person: given name and surname agree, middle names or initials do not contradict
  ("Tobias Ferrante" = "Tobias R. Ferrante" != "Tobias H. Ferrante"), or the full names are
  near-equal spellings (rapidfuzz ratio >= PERSON_SIMILARITY, same initial and surname). A bare
  surname is never merged with a full name: two people who share a surname stay apart, and an
  article that says only "Ferrante" does not say which one it means;
- anything else: a normalised name, a multi-word alias or an acronym's short or long form
  (sheet `acronyms`) is shared, or the names are near-equal spellings with the same digits
  (ratio >= NAME_SIMILARITY; "Section 7" is not "Section 8").
Every name an entity goes by is kept (`canonical_names`) for search; `merges` says whether
it may merge another article's entity.

One ingest writes at a time; when another connection has changed the corpus since the caches
were loaded (`PRAGMA data_version`), they are reloaded before the next batch.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from newsfacts.extract.names import is_title, name_key
from newsfacts.sheet import Acronym, Entity

PERSON = "PERSON"
# Types that name one thing in the world; others (DATE, CARDINAL, ...) are never canonical.
NAME_TYPES = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
PERSON_SIMILARITY = 92  # "Jonathan Smith" ~ "Jonathon Smith" (93); "John" vs "Joan" (90) not
NAME_SIMILARITY = 92
MIN_FUZZY_LENGTH = 6  # short names ("UNC", "Iran") are too alike to compare by spelling
BLOCK = 3  # fuzzy candidates share the first BLOCK characters of the normalised name
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_DIGITS = re.compile(r"\d+")


def normalize(name: str) -> str:
    """Case, dots, accents, possessives and a leading "the" do not make a different name."""
    key = name_key(name)
    folded = unicodedata.normalize("NFKD", key)
    key = "".join(char for char in folded if not unicodedata.combining(char))
    return key.removeprefix("the ").strip()


def person_words(name: str) -> list[str]:
    """A person's name words without titles or suffixes: "Col. Tobias R. Ferrante Jr." -> 3."""
    words = [word for word in name.split() if not is_title(word)]
    keys = normalize(" ".join(words)).split()
    return [key for key in keys if key not in NAME_SUFFIXES]


def same_person(a: list[str], b: list[str]) -> bool:
    """Full names that can name one person: same given name and surname, middles agreeing."""
    if len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    return all(x[0] == y[0] for x, y in zip(a[1:-1], b[1:-1], strict=False))


def similar_people(a: list[str], b: list[str]) -> bool:
    """Near-equal spellings of one full name ("Jonathon" for "Jonathan"), surname equal."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or a[0][0] != b[0][0]:
        return False
    return fuzz.ratio(" ".join(a), " ".join(b)) >= PERSON_SIMILARITY


def entity_names(entity: Entity, acronyms: Iterable[Acronym]) -> dict[str, tuple[str, bool]]:
    """Every normalised name of `entity` -> (display form, may merge another entity)."""
    names: dict[str, tuple[str, bool]] = {}
    forms = [entity.name, *entity.aliases]
    forms += [form for a in acronyms if a.entity == entity.id for form in (a.short, a.long)]
    for form in forms:
        norm = normalize(form)
        if not norm or norm in names:
            continue
        if entity.type == PERSON:
            merges = len(person_words(form)) >= 2 and form == entity.name
        else:
            merges = form == entity.name or " " in norm or form.replace(".", "").isupper()
        names[norm] = (form, merges)
    return names


@dataclass(slots=True)
class _Caches:
    by_norm: dict[tuple[str, str], list[int]]
    people: dict[tuple[str, str], list[tuple[int, list[str]]]]
    by_surname: dict[str, list[tuple[int, list[str]]]]
    blocks: dict[tuple[str, str], dict[str, int]]


class Canonicalizer:
    """Finds or creates the canonical entity of each article entity, keeping lookups in memory."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._caches = self._load()
        self._data_version = self._current_version()

    def _current_version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def refresh(self) -> None:
        """Reload when another connection has written since (one writer at a time, usually)."""
        version = self._current_version()
        if version != self._data_version:
            self._caches = self._load()
            self._data_version = version

    def _load(self) -> _Caches:
        caches = _Caches(defaultdict(list), defaultdict(list), defaultdict(list), defaultdict(dict))
        rows = self.conn.execute(
            "SELECT c.id, c.type, n.name, n.norm FROM canonical_names n "
            "JOIN canonical c ON c.id = n.canonical WHERE n.merges = 1 ORDER BY c.id"
        )
        for row in rows:
            self._remember(caches, row["id"], row["type"], row["norm"], row["name"])
        return caches

    @staticmethod
    def _remember(caches: _Caches, canonical: int, kind: str, norm: str, name: str) -> None:
        if kind == PERSON:
            words = person_words(name)
            key = (words[0], words[-1]) if len(words) >= 2 else ("", norm)
            caches.people[key].append((canonical, words))
            if len(words) >= 2:
                caches.by_surname[words[-1]].append((canonical, words))
            return
        if canonical not in caches.by_norm[kind, norm]:
            caches.by_norm[kind, norm].append(canonical)
        caches.blocks[kind, norm[:BLOCK]].setdefault(norm, canonical)

    def resolve(self, entity: Entity, *, acronyms: Iterable[Acronym] = ()) -> int | None:
        """The canonical id of `entity` (created when new); None for unnamed or non-name types."""
        if not entity.named or entity.type not in NAME_TYPES:
            return None
        names = entity_names(entity, acronyms)
        if not names:
            return None
        found = self._find(entity, names)
        if found is None:
            cursor = self.conn.execute(
                "INSERT INTO canonical (name, type) VALUES (?, ?)", (entity.name, entity.type)
            )
            found = int(cursor.lastrowid or 0)
        elif entity.type == PERSON:
            # the fullest form names the person best ("Tobias R. Ferrante" over "Tobias Ferrante")
            self.conn.execute(
                "UPDATE canonical SET name = ? WHERE id = ? AND length(name) < length(?)",
                (entity.name, found, entity.name),
            )
        for norm, (form, merges) in names.items():
            inserted = self.conn.execute(
                "INSERT OR IGNORE INTO canonical_names (canonical, norm, name, merges) "
                "VALUES (?, ?, ?, ?)",
                (found, norm, form, int(merges)),
            ).rowcount
            if merges and inserted:
                self._remember(self._caches, found, entity.type, norm, form)
        return found

    def _find(self, entity: Entity, names: dict[str, tuple[str, bool]]) -> int | None:
        if entity.type == PERSON:
            return self._find_person(person_words(entity.name), normalize(entity.name))
        votes: dict[int, int] = defaultdict(int)
        for norm, (_, merges) in names.items():
            if merges:
                for canonical in self._caches.by_norm.get((entity.type, norm), ()):
                    votes[canonical] += 1
        if votes:
            return max(votes, key=lambda canonical: (votes[canonical], -canonical))
        return self._find_similar(entity.type, normalize(entity.name))

    def _find_person(self, words: list[str], norm: str) -> int | None:
        if len(words) < 2:
            matches = self._caches.people.get(("", norm), [])
            return matches[0][0] if matches else None
        for canonical, other in self._caches.people.get((words[0], words[-1]), []):
            if same_person(words, other):
                return canonical
        for canonical, other in self._caches.by_surname.get(words[-1], []):
            if similar_people(words, other):
                return canonical
        return None

    def _find_similar(self, kind: str, norm: str) -> int | None:
        if len(norm) < MIN_FUZZY_LENGTH:
            return None
        block = self._caches.blocks.get((kind, norm[:BLOCK]))
        if not block:
            return None
        digits = _DIGITS.findall(norm)
        for choice, _score, _ in process.extract(
            norm, list(block), scorer=fuzz.ratio, score_cutoff=NAME_SIMILARITY, limit=5
        ):
            if _DIGITS.findall(choice) == digits:
                return block[choice]
        return None
