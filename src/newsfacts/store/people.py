"""How the corpus resolver judges people: full names, bare surnames and the story they share.

The person half of the resolver in canonical.py (its `Canonicalizer` is a `PersonRules`):
a full name joins on given name and surname, a surname or given name alone only on the
evidence of the story (the corpus entities the article shares with the person's articles),
and among namesakes the article itself names, the story's main figure. `StoryEvidence` holds
what both halves weigh: the corpus entities two articles share.
"""

from __future__ import annotations

import re
import sqlite3

from newsfacts.sheet import Entity
from newsfacts.store.descriptions import GENDERED_ROLES
from newsfacts.store.name_index import NameIndex
from newsfacts.store.names import (
    PERSON,
    PLACE_TYPES,
    Link,
    has_gendered_pronoun,
    normalize,
    person_words,
    pronoun_gender,
    same_person,
    similar_people,
)
from newsfacts.words.given_names import is_given_name, name_gender
from newsfacts.words.nicknames import is_short_form

# A bare surname whose article names several namesakes is the one named in this many times
# as many articles as any other (the story's main figure, as news style uses the surname).
PROTAGONIST_LEAD = 2
# "Laci and Conner", "Smith & Jones": two names, not one whose last word names it
COORDINATION = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)


class StoryEvidence:
    """The corpus entities an article shares with another entity's articles."""

    conn: sqlite3.Connection
    _index: NameIndex

    def _name(self, canonical: int) -> str:
        return self._index.display.get(canonical, str(canonical))

    def _articles(self, canonical: int) -> int:
        row = self.conn.execute(
            "SELECT count(DISTINCT article) FROM entities WHERE canonical = ?", (canonical,)
        ).fetchone()
        return int(row[0])

    def _kind(self, canonical: int) -> str:
        row = self.conn.execute("SELECT type FROM canonical WHERE id = ?", (canonical,)).fetchone()
        return str(row[0])

    def _most_shared(self, candidates: set[int], company: frozenset[int]) -> int | None:
        """The candidate whose articles share strictly more of `company` than any other's."""
        if not candidates or not company:
            return None
        shared = {canonical: len(self._shared(canonical, company)) for canonical in candidates}
        ranked = sorted(shared, key=lambda canonical: (-shared[canonical], canonical))
        runner_up = shared[ranked[1]] if len(ranked) > 1 else 0
        return ranked[0] if shared[ranked[0]] > runner_up else None

    def _best_in_story(
        self, entity: Entity, candidates: set[int], company: frozenset[int]
    ) -> tuple[int, Link] | None:
        best = self._most_shared(candidates, company)
        if best is None:
            return None
        shared = self._shared(best, company)
        together = ", ".join(sorted(self._name(c) for c in shared)[:3])
        return best, Link(
            "surname in story",
            f"'{entity.name}' is part of the name of '{self._name(best)}', and the article "
            f"also names {together}, as the articles of '{self._name(best)}' do",
        )

    def _short_in_article(self, entity: Entity, owner: int) -> Link:
        return Link(
            "short name in article",
            f"'{entity.name}' ends the name '{self._name(owner)}', which the same article "
            "writes in full",
        )

    def _ending_word(self, norm: str) -> set[int]:
        """The things whose name of several words ends with the word `norm` ("Colts" of
        the "Indianapolis Colts"), not a pair the tagger ran together ("Laci and Conner")."""
        return {
            canonical
            for canonical in self._index.by_last_word.get(norm, set())
            if not COORDINATION.search(self._name(canonical))
        }

    def _shared(self, canonical: int, company: frozenset[int]) -> set[int]:
        """The corpus entities of `company` that also appear in an article naming `canonical`."""
        rows = self.conn.execute(
            "SELECT DISTINCT other.canonical FROM entities mine "
            "JOIN entities other ON other.article = mine.article "
            "WHERE mine.canonical = ? AND other.canonical IS NOT NULL AND other.canonical != ?",
            (canonical, canonical),
        )
        return {row[0] for row in rows} & company


class PersonRules(StoryEvidence):
    """Which corpus person a person name of an article is, if any."""

    def surname_in_story(self, norm: str, company: frozenset[int]) -> int | None:
        """The person whose surname `norm` is and whose articles share strictly more of
        `company` (an article's corpus entities) than any namesake's do; None without that
        evidence, or when a thing is so called."""
        if " " in norm or self._index.by_norm.get(("THING", norm)):
            return None
        people = {canonical for canonical, _ in self._index.by_surname.get(norm, [])}
        # ... or a "person" only ever called by this one word ("Bluejays", a team's name
        # the tagger took for a surname): the same evidence decides
        people |= {
            canonical
            for canonical in self._index.aliases.get((PERSON, norm), set())
            if len(person_words(self._name(canonical))) < 2
        }
        if not company:
            return None
        if not people:
            return self._team_in_story(norm, company)
        return self._most_shared(people, company)

    def _team_in_story(self, norm: str, company: frozenset[int]) -> int | None:
        """The organisation of several words whose last word `norm` is ("Chiefs" of the
        "Kansas City Chiefs"): the one the article itself names, else the one its story's
        evidence picks. A place is not found by its last word ("Sudan" of "South Sudan")."""
        owners = {c for c in self._ending_word(norm) if self._kind(c) not in PLACE_TYPES}
        mine = owners & company
        if len(mine) == 1:
            return next(iter(mine))
        return self._most_shared(owners, company)

    def described_person(self, entity: Entity, company: frozenset[int]) -> tuple[int, Link] | None:
        """An unnamed chain whose head noun says a sex ("the 33-year-old actress ... her")
        is the one person of that sex the article names: the given names of `company` (the
        article's corpus entities) decide, its own pronouns must agree; two such: neither."""
        head = entity.name.split()[-1].lower() if entity.name.split() else ""
        sexes = [sex for sex, nouns in GENDERED_ROLES.items() if head in nouns]
        said = pronoun_gender(entity)
        if len(sexes) != 1 or said not in (None, sexes[0]):
            return None
        fits = {
            canonical
            for canonical in company
            if self._kind(canonical) == PERSON
            and len(words := person_words(self._name(canonical))) >= 2
            and name_gender(words[0]) == sexes[0]
        }
        if len(fits) != 1:
            return None
        person = fits.pop()
        return person, Link(
            "description",
            f"'{entity.name}' is a {head}, and '{self._name(person)}' the one the article names",
        )

    def _ending_name(self, words: list[str]) -> set[int]:
        """The people whose full name ends `words` after a role word ("American Hasim
        Rahman"), longest first; a name inside ("Mount Cook National Park") is no person's."""
        for start in range(1, len(words) - 1):
            tail = words[start:]
            found = {
                c for c, other in self._index.people.get((tail[0], tail[-1]), []) if other == tail
            }
            if found:
                return found
        return set()

    def _find_person(
        self, entity: Entity, company: frozenset[int]
    ) -> tuple[int | None, Link | None]:
        words, norm = person_words(entity.name), normalize(entity.name)
        if len(words) < 2:
            return self._find_surname(entity, norm, company)
        for canonical, other in self._index.people.get((words[0], words[-1]), []):
            if same_person(words, other):
                return canonical, Link(
                    "full name",
                    f"'{entity.name}' has the given name and surname of '{self._name(canonical)}'",
                )
        for canonical, other in self._index.by_surname.get(words[-1], []):
            if similar_people(words, other):
                return canonical, Link(
                    "spelling", f"'{entity.name}' is spelt nearly as '{self._name(canonical)}'"
                )
        short = self._find_short_form(entity, words)
        if short is not None:
            return short
        inner = self._find_inner_name(words)
        if inner is not None:
            return inner, Link(
                "name inside", f"'{entity.name}' holds the full name '{self._name(inner)}'"
            )
        earlier = self._find_bare_person(entity, words, company)
        if earlier is not None:
            return earlier
        return self._find_thing_named(entity, norm, company)

    def _find_short_form(self, entity: Entity, words: list[str]) -> tuple[int, Link] | None:
        """The one known person of the surname whose given name this one is a short form of,
        or the long form of ("Fred LaRue" and "Frederick C. LaRue", "Mo" and "Maurice"). Two
        namesakes that fit ("Patrick" and "Patricia" for "Pat"): neither."""
        found = {
            canonical
            for canonical, other in self._index.by_surname.get(words[-1], [])
            if len(other) >= 2
            and (is_short_form(words[0], other[0]) or is_short_form(other[0], words[0]))
        }
        if len(found) != 1:
            return None
        person = found.pop()
        return person, Link(
            "short given name",
            f"'{entity.name}' has the surname of '{self._name(person)}' and a short or long "
            "form of the given name",
        )

    def _find_bare_person(
        self, entity: Entity, words: list[str], company: frozenset[int]
    ) -> tuple[int, Link] | None:
        """A person first stored under a surname alone ("Obama", in an article that never
        gave the full name) whose story this full name shares: the same person, now named."""
        bare = {
            canonical
            for canonical in self._index.aliases.get((PERSON, words[-1]), set())
            if len(person_words(self._name(canonical))) < 2
        }
        found = self._best_in_story(entity, self._agreeing(entity, bare), company)
        if found is None:
            return None
        canonical, _ = found
        together = ", ".join(sorted(self._name(c) for c in self._shared(canonical, company))[:3])
        return canonical, Link(
            "surname in story",
            f"'{self._name(canonical)}' was first named by surname alone, in articles that "
            f"also name {together}, as this one naming '{entity.name}' does",
        )

    def _find_inner_name(self, words: list[str]) -> int | None:
        """The known person whose full name runs inside a longer one: a role word or an initial
        before it, a headline's verb after it ("Comedian Ellen DeGeneres", "W. Mark Felt",
        "Lindsay Lohan Checks Out"). Longest first; two people at one length: neither."""
        for size in range(len(words) - 1, 1, -1):
            found = {
                canonical
                for start in range(len(words) - size + 1)
                for canonical, other in self._index.people.get(
                    (words[start], words[start + size - 1]), []
                )
                if other == words[start : start + size]
            }
            if len(found) == 1:
                return found.pop()
            if found:
                return None
        return None

    def _find_thing_named(
        self, entity: Entity, norm: str, company: frozenset[int]
    ) -> tuple[int | None, Link | None]:
        """A "person" that is the name of a corpus thing of its story and nothing says is a
        person (no given name, no "he" or "she"): the tagger's person is that thing ("Colts").
        Without a shared story the two stay apart: Jordan the player is not Jordan the country."""
        own = self._own_team(norm, company)
        if own is not None:
            return own, self._short_in_article(entity, own)
        if has_gendered_pronoun(entity) or is_given_name(norm.split()[0]):
            return None, None
        things = set(self._index.by_norm.get(("THING", norm), []))
        if " " in norm and len(things) == 1:
            # a name of several words is as telling as it is between two things
            thing = next(iter(things))
            return thing, Link(
                "thing's name", f"'{entity.name}' is the name of '{self._name(thing)}', a thing"
            )
        found = self._best_in_story(entity, things, company)
        if found is None and " " not in norm:
            # "Colts", a "person", in a story of the "Indianapolis Colts"
            found = self._best_in_story(entity, self._ending_word(norm), company)
        if found is None:
            return None, None
        return found[0], Link(
            "same name in story",
            f"'{entity.name}' is the name of '{self._name(found[0])}', a thing of the same story",
        )

    def _own_team(self, norm: str, company: frozenset[int]) -> int | None:
        """The one thing of several words that the article itself names and whose last word
        this one-word "person" is: "Saints" where the article writes "the New Orleans
        Saints". The tagger's "he" or "his" on it does not outweigh the article's own name;
        two such things in the article ("Red Sox", "White Sox"): neither."""
        if " " in norm:
            return None
        mine = self._ending_word(norm) & company
        return next(iter(mine)) if len(mine) == 1 else None

    def _find_surname(
        self, entity: Entity, norm: str, company: frozenset[int]
    ) -> tuple[int | None, Link | None]:
        """A one-word person name: the one person of that name the article's story names.

        The name alone never decides: the article must share another corpus entity with the
        person's articles, and strictly more than with any other person so called. People
        with a full name are tried first, then those only ever called by this one word.
        """
        full = {
            canonical
            for canonical, _ in [
                *self._index.by_surname.get(norm, []),
                *self._index.by_given.get(norm, []),
            ]
        }
        # news style: "Gary Ross" first, then "Ross" alone, in the same article
        own = self._agreeing(entity, full & company)
        if len(own) == 1 and len(full & company) == 1:
            person = next(iter(own))
            return person, Link(
                "surname in article",
                f"'{entity.name}' is the surname of '{self._name(person)}', whom the same "
                "article names in full",
            )
        if len(own) == 1:
            # "Scott Peterson" and "Laci Peterson" in one article, and "Peterson ... he"
            person = next(iter(own))
            return person, Link(
                "surname in article",
                f"'{entity.name}' is the surname of '{self._name(person)}', the one of its "
                f"namesakes in the article whose given name agrees with "
                f"'{pronoun_gender(entity)}' pronouns",
            )
        if len(own) >= 2:
            found = self._protagonist(entity, own)
            if found is not None:
                return found
        bare = self._index.aliases.get((PERSON, norm), set()) - full
        for candidates in (full, bare):
            found = self._best_in_story(entity, self._agreeing(entity, candidates), company)
            if found is not None:
                return found
        tied = self._tied_in_story(self._agreeing(entity, full), company)
        if len(tied) >= 2:
            found = self._protagonist(entity, tied)
            if found is not None:
                return found
        if not full and not bare:
            return self._find_thing_named(entity, norm, company)
        return None, None

    def _tied_in_story(self, candidates: set[int], company: frozenset[int]) -> set[int]:
        """The namesakes whose articles share the most of `company`, when several do and that
        is at least one: the story is theirs, but its evidence does not tell them apart."""
        if len(candidates) < 2 or not company:
            return set()
        shared = {canonical: len(self._shared(canonical, company)) for canonical in candidates}
        most = max(shared.values())
        return {canonical for canonical, count in shared.items() if count == most and most}

    def _protagonist(self, entity: Entity, namesakes: set[int]) -> tuple[int, Link] | None:
        """Of several namesakes the article names in full ("Warren Jeffs", his brother "Brent
        Jeffs"), the bare surname is the story's main figure: the one the corpus names in at
        least PROTAGONIST_LEAD times as many articles as any other. Near-equals: neither."""
        counts = {canonical: self._articles(canonical) for canonical in namesakes}
        ranked = sorted(counts, key=lambda canonical: (-counts[canonical], canonical))
        best, runner_up = ranked[0], counts[ranked[1]]
        if counts[best] < PROTAGONIST_LEAD * max(runner_up, 1):
            return None
        return best, Link(
            "surname of the main figure",
            f"'{entity.name}' is the surname of '{self._name(best)}', named in {counts[best]} "
            f"articles, and of '{self._name(ranked[1])}', named in {runner_up}; the article "
            "names both",
        )

    def _agreeing(self, entity: Entity, candidates: set[int]) -> set[int]:
        """The candidates whose given name does not contradict the entity's pronouns."""
        gender = pronoun_gender(entity)
        if gender is None:
            return candidates
        kept = set()
        for canonical in candidates:
            words = person_words(self._name(canonical))
            if len(words) < 2 or name_gender(words[0]) in (None, gender):
                kept.add(canonical)
        return kept
