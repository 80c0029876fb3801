"""Names that "he" or "she" may take only at a cost: they look like no person's.

The small spaCy model types many organisations, teams, events and works as PERSON ("Summer
Paralympics Games", "Cruzeiro Esporte Clube"), and a "he" may take a name it typed as an
organisation ("BBC") because such a name is often a person's. Left at that, a possessive
"his" or "her" in the next sentence lands on the broadcaster as readily as on a person, and
the pronoun then names no one: on GAP, pronouns linked to neither candidate. A name is
doubtful when no given name or title vouches for it and its shape says it is no person's: an
acronym, or (typed PERSON) more than three capitalised words or an organisation or place head
noun ("Club", "Street"). coref.py ranks a doubtful name below a name merely mistyped.
"""

from __future__ import annotations

from newsfacts.extract.entities.antecedents import person_like
from newsfacts.extract.entities.find import EntityRecord
from newsfacts.words.given_names import is_given_name
from newsfacts.words.lexicon import PERSON_TYPES
from newsfacts.words.names import is_acronym_shaped

# The types a name "he"/"she" may take has (coref.py retypes the others it takes to PERSON).
PERSONAL_TYPES = PERSON_TYPES | frozenset(
    {"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}
)


def doubtful_names(entities: tuple[EntityRecord, ...], genders: dict[int, str | None]) -> set[int]:
    """Indices of the named entities whose name looks like no person's (see above); one whose
    gender a title or role noun gave is a person whatever its name."""
    return {
        i
        for i, entity in enumerate(entities)
        if entity.named
        and entity.type in PERSONAL_TYPES
        and genders.get(i) is None
        and doubtful(entity.name, person=entity.type in PERSON_TYPES)
    }


def doubtful(name: str, *, person: bool) -> bool:
    """Whether `name` (typed PERSON when `person`) looks like no person's name."""
    words = name.split()
    if not words or is_given_name(words[0]):
        return False
    if len(words) == 1 and is_acronym_shaped(words[0]):
        return True
    # Particles ("de la Sota", "van Gogh") are part of a person's name, not a sign against it.
    capitalised = " ".join(w for w in words if w[:1].isupper())
    return person and not person_like(capitalised)
