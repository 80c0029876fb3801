"""A role an article gives a person is a mention of that person: "the coach", "the actress".

When the sheet describes an entity ("Ada Pell, the team's coach"; descriptor "team's coach"),
the article's "the coach" is that entity too; a noun that says a person's sex ("a woman",
"the actress") is the one named person of that sex in the article (by given name or "she").
A role that two entities of the article could have is nobody's. The corpus's mention table
gains the role word of each such description, so that the entity's mentions in the article
are complete (what `entities` lists and what the crossdoc evaluation reads).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from typing import TypeVar

from newsfacts.sheet import Entity
from newsfacts.store.names import PERSON, person_words, pronoun_gender
from newsfacts.words.given_names import name_gender
from newsfacts.words.lexicon import words

K = TypeVar("K", bound=Hashable)  # whatever names an entity: a sheet id, a corpus id

# Nouns that say a person's sex: "the actress" in an article naming one woman is she.
GENDERED_ROLES = {
    "f": words(
        "woman actress mother wife girlfriend daughter sister girl lady mom grandmother "
        "widow businesswoman"
    ),
    "m": words(
        "man actor father husband boyfriend son brother boy dad grandfather widower businessman"
    ),
}
# a role word: lower case letters, as a head noun ends a descriptor ("the team's coach")
_ROLE = re.compile(r"[a-z][a-z-]{2,}")


# "the coach", "a 23-year-old woman": a determiner, up to two lower-case words, the role;
# "the mother of ..." is someone else's relative, and left alone
_DESCRIPTION = r"\b(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:[a-z0-9-]+\s+){{0,2}}({})\b(?! of\b)"


def role_word(descriptor: str) -> str | None:
    """The head word of a descriptor that names a role ("Australian actor" -> "actor"); None
    for a title ("Mr.", "President") or anything that is not a lower-case word."""
    words = descriptor.split()
    if not words or not _ROLE.fullmatch(words[-1]):
        return None
    return words[-1]


def described_as(entity: Entity) -> list[str]:
    """The entity's descriptors, and for a named person of a known sex the nouns of that sex
    ("actress" for a woman): which of them the article means is left to `description_mentions`."""
    roles = list(entity.descriptors)
    if entity.type == PERSON and entity.named:
        given = person_words(entity.name)[:1]
        gender = pronoun_gender(entity) or (name_gender(given[0]) if given else None)
        roles += sorted(GENDERED_ROLES.get(gender or "", ()))
    return roles


def description_mentions(
    text: str, described: Iterable[tuple[K, Iterable[str]]], covered: Iterable[tuple[int, int]]
) -> list[tuple[int, int, K]]:
    """(start, end, entity) of each "the <role>" (its role word) in `text` whose role only one
    entity of `described` (entity, descriptors) has, and that no span of `covered` touches."""
    owners: dict[str, set[K]] = {}
    for entity, descriptors in described:
        for descriptor in descriptors:
            if (word := role_word(descriptor)) is not None:
                owners.setdefault(word, set()).add(entity)
    spans = list(covered)
    found: list[tuple[int, int, K]] = []
    for word, entities in sorted(owners.items()):
        if len(entities) != 1 or word not in text:  # most roles of a sex are not written
            continue
        (entity,) = entities
        for match in re.finditer(_DESCRIPTION.format(re.escape(word)), text):
            start, end = match.span(1)
            if not any(a < end and start < b for a, b in spans):
                found.append((start, end, entity))
                spans.append((start, end))
    return found
