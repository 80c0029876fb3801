"""Corpus-level entities: one row for "Tobias R. Ferrante" however many articles name him.

Each sheet merges the mentions of one article (extract/entities/find.py); across articles nothing
links them yet. Two entities of one type are merged here when
- a person: given name and surname agree, middle names or initials do not contradict
  ("Tobias Ferrante" = "Tobias R. Ferrante" != "Tobias H. Ferrante"), or the full names are
  near-equal spellings (rapidfuzz ratio >= PERSON_SIMILARITY, same initial and surname), or a
  known full name runs inside a longer one ("Comedian Ellen Marsh"). A surname alone never
  merges by the name alone (below): two people who share a surname stay apart, and an article
  that says only "Ferrante" and shares nothing else with either does not say which one it means;
- anything else: a normalised name, a multi-word alias or an acronym's short or long form
  (sheet `acronyms`) is shared, or the names are near-equal spellings with the same digits
  (ratio >= NAME_SIMILARITY; "Section 7" is not "Section 8").
Every name an entity goes by is kept (`canonical_names`) for search; `merges` says whether
it may merge another article's entity. Beyond those,
- things (organisations, places, ...) are matched across their types, since the tagger calls
  one team "ORG" in one article and "GPE" in the next, and with a company's legal suffix
  dropped ("Intel Corp." = "Intel");
- a one-word name joins the one corpus entity that another article really called by it
  ("Saints" when an article wrote "the New Orleans Saints ... the Saints"); for a person that
  is a surname, and a surname alone is not enough: the article must also share another
  corpus entity with that person's articles (the people and places of the same story), and
  when several people of that surname qualify, one must share strictly more;
- a place that starts an organisation's name ("Washington" in "Washington Post") is not kept
  as the organisation's alias.
How people are judged (full names, bare surnames, namesakes) is in people.py, the base of
the resolver here. Each link keeps its rule and evidence (`Link`), stored per article entity,
so that `entities --explain` can say why mentions were joined. The names are looked up in
memory (name_index.py), reloaded when another connection has written (`PRAGMA data_version`).
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from newsfacts.sheet import Acronym, Entity
from newsfacts.store.absorb import absorb
from newsfacts.store.initials import initials, is_acronym, name_tails
from newsfacts.store.name_index import NameIndex
from newsfacts.store.names import (
    BLOCK,
    DIGITS,
    MIN_FUZZY_LENGTH,
    MISTYPED,
    NAME_SIMILARITY,
    NAME_TYPES,
    PERSON,
    PLACE_TYPES,
    STORY_RULES,
    Link,
    entity_names,
    is_capitalised,
    normalize,
    person_words,
    same_person,
    thing_group,
)
from newsfacts.store.people import PersonRules
from newsfacts.words.given_names import is_given_name


class Canonicalizer(PersonRules):
    """Finds or creates the canonical entity of each article entity, keeping lookups in memory.

    After each `resolve`, `last_link` says why the entity joined the corpus entity it did.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._index = NameIndex.load(self.conn)
        self._data_version = self._current_version()
        self.last_link: Link | None = None

    def _current_version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def refresh(self) -> None:
        """Reload when another connection has written since (one writer at a time, usually)."""
        version = self._current_version()
        if version != self._data_version:
            self._index = NameIndex.load(self.conn)
            self._data_version = version

    def resolve(
        self,
        entity: Entity,
        *,
        acronyms: Iterable[Acronym] = (),
        places: frozenset[str] = frozenset(),
        company: frozenset[int] = frozenset(),
    ) -> int | None:
        """The canonical id of `entity` (created when new); None for unnamed or non-name types.

        `places`: the article's place names (not an organisation's alias); `company`: the
        corpus entities of the article's other entities, the evidence a bare surname needs.
        """
        self.last_link = None
        if not entity.named:
            unnamed = (
                self._written_as_name(entity, company)
                if is_capitalised(entity.name)
                else self.described_person(entity, company)
                if entity.type == PERSON
                else None
            )
            if unnamed is not None:
                self.last_link = unnamed[1]
                return unnamed[0]
        if not entity.named or entity.type not in NAME_TYPES:
            return None
        names = entity_names(entity, acronyms, places)
        if not names:
            return None
        found, link = self._find(entity, names, company)
        if found is not None and entity.type != PERSON:
            joined = self._join_full_name(entity, found, company)
            if joined is not None:
                found, link = joined
        if link is not None and (
            (link.rule in STORY_RULES and entity.type == PERSON) or link.rule == MISTYPED
        ):
            # a name joined on the story's evidence never merges on its own elsewhere; a
            # full name that gave a person first known by surname alone is that person's
            # full name, and the next article writing it is that person too
            full = entity.type == PERSON and len(person_words(entity.name)) >= 2
            names = {norm: (form, full and m) for norm, (form, m) in names.items()}
        if found is None:
            cursor = self.conn.execute(
                "INSERT INTO canonical (name, type) VALUES (?, ?)", (entity.name, entity.type)
            )
            found = int(cursor.lastrowid or 0)
            self._index.display[found] = entity.name
            link = Link("new", f"first named '{entity.name}' here")
        elif entity.type == PERSON and len(person_words(entity.name)) >= 2:
            # the fullest form names the person best ("Tobias R. Ferrante" over "Tobias Ferrante")
            self.conn.execute(
                "UPDATE canonical SET name = ? WHERE id = ? AND length(name) < length(?)",
                (entity.name, found, entity.name),
            )
            self._index.display[found] = self.conn.execute(
                "SELECT name FROM canonical WHERE id = ?", (found,)
            ).fetchone()[0]
        kind = self._kind(found)
        for norm, (form, merges) in names.items():
            before = self.conn.execute(
                "SELECT merges FROM canonical_names WHERE canonical = ? AND norm = ?",
                (found, norm),
            ).fetchone()
            if before is not None and (before[0] or not merges):
                continue
            # an alias that an article now uses as the entity's own name becomes a full name
            self.conn.execute(
                "INSERT INTO canonical_names (canonical, norm, name, merges) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (canonical, norm) DO UPDATE SET merges = 1",
                (found, norm, form, int(merges)),
            )
            if merges:
                self._index.remember(found, kind, norm, form)
            else:
                self._index.aliases[thing_group(kind), norm].add(found)
        self.last_link = link
        return found

    def _find(
        self, entity: Entity, names: dict[str, tuple[str, bool]], company: frozenset[int]
    ) -> tuple[int | None, Link | None]:
        if entity.type == PERSON:
            return self._find_person(entity, company)
        if len(person_words(entity.name)) >= 2:
            found = self._find_mistyped_person(entity, company)
            if found is not None:
                return found
        votes: dict[int, int] = defaultdict(int)
        for norm, (_, merges) in names.items():
            if merges:
                for canonical in self._index.by_norm.get((thing_group(entity.type), norm), ()):
                    votes[canonical] += 1
        if votes:
            best = max(votes, key=lambda canonical: (votes[canonical], -canonical))
            return best, Link("same name", f"named '{entity.name}' as '{self._name(best)}' is")
        found = self._find_mistyped_person(entity, company)
        if found is not None:
            return found
        found = self._find_by_mentions(entity)
        if found is not None:
            return found
        found = self._find_alias(entity, normalize(entity.name), company)
        if found is not None:
            return found
        found = self._find_initials(entity, normalize(entity.name), company)
        if found is not None:
            return found
        found = self._find_tail(entity, normalize(entity.name), company)
        if found is not None:
            return found
        if not is_given_name(normalize(entity.name)):
            # a one-word "person" of the same story is this thing, mistyped by the tagger
            # ... or the surname of a "person" without a given name ("Indianapolis Colts")
            norm = normalize(entity.name)
            people = {
                person
                for person in self._index.aliases.get((PERSON, norm), set())
                if len(person_words(self._name(person))) < 2
            } | {
                person
                for person, words in self._index.by_surname.get(norm, [])
                if not is_given_name(words[0])
            }
            found = self._best_in_story(entity, people, company)
            if found is not None:
                return found[0], Link(
                    "same name in story",
                    f"'{entity.name}' is the name of '{self._name(found[0])}', of the same story",
                )
        norm = normalize(entity.name)
        if " " not in norm:
            owners = self._ending(entity, norm)
            mine = {c for c in owners & company if self._kind(c) not in PLACE_TYPES}
            if len(mine) == 1 and entity.type not in PLACE_TYPES:
                # "Colts" in an article that itself writes the "Indianapolis Colts": the
                # article's own evidence, which needs nothing else shared ("Velmaria" in
                # one that writes "South Velmaria" is still another place)
                owner = next(iter(mine))
                return owner, self._short_in_article(entity, owner)
            # "Colts" in a story of the "Indianapolis Colts"
            found = self._best_in_story(entity, owners, company)
            if found is not None:
                return found[0], Link(
                    "short name in story",
                    f"'{entity.name}' ends the name '{self._name(found[0])}', of the same story",
                )
        similar = self._find_similar(entity.type, normalize(entity.name))
        if similar is not None:
            return similar, Link(
                "spelling", f"'{entity.name}' is spelt nearly as '{self._name(similar)}'"
            )
        return None, None

    def _ending(self, entity: Entity, norm: str) -> set[int]:
        """The things whose name of several words `norm` ends: "Colts" of the "Indianapolis
        Colts", but a place is not what is "of" it ("Athens", "University of Athens")."""
        found = self._ending_word(norm)
        if entity.type not in PLACE_TYPES:
            return found
        return {c for c in found if not normalize(self._name(c)).endswith(f" of {norm}")}

    def lookup(self, norm: str) -> int | None:
        """The one corpus entity whose full name is `norm`: a thing's name or a person's
        given name and surname; None when none or several are."""
        things = self._index.by_norm.get(("THING", norm), [])
        words = norm.split()
        people = (
            [
                canonical
                for canonical, other in self._index.people.get((words[0], words[-1]), [])
                if len(words) >= 2 and same_person(words, other)
            ]
            if words
            else []
        )
        found = set(things) | set(people)
        return found.pop() if len(found) == 1 else None

    def _join_full_name(
        self, entity: Entity, found: int, company: frozenset[int]
    ) -> tuple[int, Link] | None:
        """A one-word name ("Chargers") that other articles gave a corpus entity of its own,
        in an article that writes the one thing of several words it ends ("San Diego
        Chargers"): the two are one. The one-word entity's articles join the full name."""
        norm = normalize(entity.name)
        if " " in norm or found in company or " " in normalize(self._name(found)):
            return None
        owners = {c for c in self._ending_word(norm) & company if self._kind(c) not in PLACE_TYPES}
        if len(owners) != 1 or self._kind(found) in PLACE_TYPES:
            return None
        owner = owners.pop()
        if owner == found:
            return None
        link = self._short_in_article(entity, owner)
        absorb(self.conn, owner, found, link.evidence)
        self._index = NameIndex.load(self.conn)
        return owner, link

    def _written_as_name(self, entity: Entity, company: frozenset[int]) -> tuple[int, Link] | None:
        """A chain coreference found without the tagger, written as a name ("Wladimir
        Klitschko", "Chiefs"): the corpus entity of that full name, or of that surname or
        team's last word by the story's evidence. It never names a new corpus entity."""
        norm = normalize(entity.name)
        found = self.lookup(norm) or self.surname_in_story(norm, company)
        if found is None:
            return None
        return found, Link(
            "found again",
            f"the article writes '{entity.name}', a name other articles gave this entity",
        )

    def _find_mistyped_person(
        self, entity: Entity, company: frozenset[int]
    ) -> tuple[int, Link] | None:
        """A "thing" no corpus thing is named as, whose name is a corpus person's: the tagger
        typed a person as a place in one sentence. A full name must start with a given name
        and be one person's; a surname alone must be that of a person the article itself
        names in full (`company`), and of only one of them."""
        words = person_words(entity.name)
        if len(words) >= 2:
            # the whole name, or one inside it ("American Hasim Rahman"), is a person's full
            # name that another article wrote: no thing is called so
            people = self._index.people.get((words[0], words[-1]), [])
            found = {canonical for canonical, other in people if other == words}
            if not found:
                found = self._ending_name(words)
        elif len(words) == 1:
            people = self._index.by_surname.get(words[0], [])
            found = {canonical for canonical, _ in people if canonical in company}
        else:
            return None
        if len(found) != 1:
            return None
        person = found.pop()
        return person, Link(
            MISTYPED,
            f"'{entity.name}' (typed {entity.type}) is the name of '{self._name(person)}'",
        )

    def _find_by_mentions(self, entity: Entity) -> tuple[int, Link] | None:
        """The corpus thing most of the entity's name mentions are written as: the tagger's
        span may be "SeaMicro Puts Intel" while the article also writes plain "SeaMicro"."""
        written = Counter(
            normalize(m.text) for m in entity.mentions if m.kind == "name" and m.field == "text"
        )
        votes: Counter[int] = Counter()
        for norm, count in written.items():
            for canonical in self._index.by_norm.get((thing_group(entity.type), norm), ()):
                votes[canonical] += count
        if not votes:
            return None
        (best, _), *rest = votes.most_common(2)
        if rest and rest[0][1] == votes[best]:
            return None  # "Colts Beat Chiefs": written as two things, it is neither
        return best, Link("mentions", f"the article writes it '{self._name(best)}'")

    def _find_alias(
        self, entity: Entity, norm: str, company: frozenset[int]
    ) -> tuple[int, Link] | None:
        """The corpus entity another article of the same story called by this name."""
        owners = self._index.aliases.get((thing_group(entity.type), norm), set())
        found = self._best_in_story(entity, owners, company)
        if found is None:
            return None
        owner = found[0]
        return owner, Link(
            "alias", f"another article of the story called '{self._name(owner)}' '{norm}'"
        )

    def _find_initials(
        self, entity: Entity, norm: str, company: frozenset[int]
    ) -> tuple[int, Link] | None:
        """An acronym the article never spells out and the thing of the story it abbreviates
        ("AP" and "Associated Press"), either way round; the story's evidence decides."""
        if is_acronym(entity.name):
            owners = set(self._index.by_initials.get(norm, ()))
        else:
            owners = {
                canonical
                for key in initials(norm)
                for canonical in self._index.by_norm.get(("THING", key), ())
                if is_acronym(self._name(canonical))
            }
        return self._one_name(entity, owners, company, "initials", "written out and as initials")

    def _find_tail(
        self, entity: Entity, norm: str, company: frozenset[int]
    ) -> tuple[int, Link] | None:
        """A thing of several words whose name ends another's of the story, or the other way
        round: "Red Sox" and the "Boston Red Sox", "Saints" and the "New Orleans Saints" (not
        a place's last word). The story's evidence decides."""
        if " " not in norm:
            return None
        owners = set(self._index.by_tail.get(norm, ()))
        for tail in name_tails(norm):
            owners |= set(self._index.by_norm.get(("THING", tail), ()))
        if entity.type not in PLACE_TYPES:
            # "New Orleans Saints" where the story first wrote "Saints"; not "South Sudan"
            last = norm.rsplit(" ", 1)[1]
            owners |= {
                canonical
                for canonical in self._index.by_norm.get(("THING", last), ())
                if self._kind(canonical) not in PLACE_TYPES
            }
        how = "with and without the words before it"
        return self._one_name(entity, owners, company, "name ending", how)

    def _one_name(
        self, entity: Entity, owners: set[int], company: frozenset[int], rule: str, how: str
    ) -> tuple[int, Link] | None:
        """The one of `owners` the story's evidence picks, as two forms of one name."""
        found = self._best_in_story(entity, owners, company)
        if found is None:
            return None
        owner = found[0]
        return owner, Link(
            rule,
            f"'{entity.name}' and '{self._name(owner)}' are one name {how}, in articles of "
            "the same story",
        )

    def _find_similar(self, kind: str, norm: str) -> int | None:
        if len(norm) < MIN_FUZZY_LENGTH:
            return None
        block = self._index.blocks.get((kind, norm[:BLOCK]))
        if not block:
            return None
        digits = DIGITS.findall(norm)
        for choice, _score, _ in process.extract(
            norm, list(block), scorer=fuzz.ratio, score_cutoff=NAME_SIMILARITY, limit=5
        ):
            if DIGITS.findall(choice) == digits:
                return block[choice]
        return None
