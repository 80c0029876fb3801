"""Agreement: which entities a 3rd-person pronoun may stand for, by gender, number and type.

Gender is evidence, firm or preferred: a title ("Mrs."), a gendered role noun
("spokeswoman") or a one-sex given name is firm, and a pronoun of the other sex cannot take
the entity; the usual sex of a given name both sexes wear ("Terry Vance") is only a
preference, which coref.py weighs. Number and type: "he"/"she" take persons (and, at a cost,
a name the model typed as something else), "it" things and organisations, "they" groups,
organisations and nationalities. Split out of coref.py, which ranks what agrees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.entities.antecedents import person_like
from newsfacts.extract.entities.find import EntityRecord
from newsfacts.words.given_names import name_gender, worn_by_both
from newsfacts.words.lexicon import (
    FEMININE,
    FEMININE_NOUNS,
    MASCULINE,
    MASCULINE_NOUNS,
    NEUTER,
    NEUTER_TYPES,
    PERSON_TYPES,
    PLURAL,
    PLURAL_TYPES,
)
from newsfacts.words.names import title_gender

if TYPE_CHECKING:
    from spacy.tokens import Token

# A he/she antecedent the model typed as something else (ORG, GPE, ...): allowed, at a cost.
MISTYPED_PENALTY = 1.5
# Places keep their type: a "he" that landed on one is the likelier error.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# "They" stands for an organisation or a people, not for a place's name: a country or a
# city is "it", its people a group or a nationality (on GUM, no "they" that took a place was
# right: 11 of 11 wrong over both halves).
THEY_TYPES = PLURAL_TYPES - PLACE_TYPES
# How a role noun renames a name: "her husband Tovan", "Tovan, her husband,".
ROLE_DEPS = frozenset({"appos", "compound"})
RETYPABLE = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})


def known_gender(entity: EntityRecord) -> str | None:
    """ "m"/"f" from titles ("Mrs."), gendered role nouns ("spokeswoman"), else None."""
    for descriptor in entity.descriptors:
        for word in descriptor.split():
            gender = title_gender(word)
            if gender is None and word.lower() in MASCULINE_NOUNS:
                gender = "m"
            if gender is None and word.lower() in FEMININE_NOUNS:
                gender = "f"
            if gender:
                return gender
    if entity.named and entity.type in PERSON_TYPES:
        return firm_gender(entity.name)
    if not entity.named:
        head = entity.name.split()[-1].lower()
        if head in MASCULINE_NOUNS:
            return "m"
        if head in FEMININE_NOUNS:
            return "f"
    return None


def role_gender(head: Token) -> str | None:
    """ "m"/"f" from a gendered role noun naming the mention's head in apposition or as a
    modifier: "her husband Tovan", "Tovan, her husband,", "actress Mirela Dask"."""
    for token in _role_nouns(head):
        word = token.lemma_.lower()
        if word in MASCULINE_NOUNS:
            return "m"
        if word in FEMININE_NOUNS:
            return "f"
    return None


def _role_nouns(head: Token) -> list[Token]:
    """The nouns renaming a name's head: its appositions and compounds, or the noun it is
    the apposition of."""
    found = [c for c in head.children if c.dep_ in ROLE_DEPS and c.pos_ == "NOUN"]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        found.append(head.head)
    return found


def firm_gender(name: str) -> str | None:
    """The sex a name's given name says, unless both sexes wear it often and a surname
    follows. A lone "Kelly" keeps its usual sex: as a preference it took an article's
    unexplained "he" (GAP half A -0.0005, half B +0.0004 against a firm one)."""
    words = name.split()
    return None if len(words) > 1 and worn_by_both(words[0]) else name_gender(words[0])


def preferred_genders(
    entities: tuple[EntityRecord, ...], genders: dict[int, str | None], unsure: set[int]
) -> dict[int, str]:
    """The usual sex of a given name both sexes wear ("Terry": "m"), for the persons whose sex
    nothing firmer says: a preference, so that "she" may still take a woman named Terry."""
    preferred = {}
    for i, entity in enumerate(entities):
        person = (entity.named and entity.type in PERSON_TYPES) or i in unsure
        if person and genders[i] is None and (usual := name_gender(entity.name.split()[0])):
            preferred[i] = usual
    return preferred


def agreement_score(
    word: str, entity: EntityRecord, gender: str | None, *, many: bool
) -> float | None:
    """None when the pronoun cannot refer to the entity, else a score adjustment: a name the
    model typed as a place or organisation may still be a person (at a cost), and is one at
    no cost when it is a given name of the pronoun's sex and a surname (a lone given name typed
    as a place stays at a cost: without it, GAP half B lost feminine links)."""
    if many:
        return 0.0 if word in PLURAL else None
    if word in MASCULINE or word in FEMININE:
        wanted = "m" if word in MASCULINE else "f"
        if gender is not None and gender != wanted:
            return None
        if entity.type in PERSON_TYPES:
            return 0.0
        if entity.named and entity.type in RETYPABLE and person_like(entity.name):
            if " " in entity.name and firm_gender(entity.name) == wanted:
                return 0.0  # "Hazel Dask" typed ORG: a given name and a surname are a person's
            return -MISTYPED_PENALTY
        return None
    if word in NEUTER:
        return 0.0 if entity.type in NEUTER_TYPES else None
    return 0.0 if entity.type in THEY_TYPES else None
