"""Small readings of one token that `speakers.py` and `slips.py` share: a cue's lemma, whether
a word names someone, whether a verb follows a pause. Kept apart so that the speaker walk and the
readings of parse slips can both use them without importing each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.words import LEMMA_FIXES, SHARE_NOUNS
from newsfacts.words.lexicon import GROUP_NOUNS, PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Parts of speech of a verb, a cue or the head of a clause.
VERB_TAGS = frozenset({"VERB", "AUX"})
SUBJECTS = frozenset({"nsubj", "csubj"})
TIMES = frozenset({"DATE", "TIME"})


def cue_lemma(token: Token) -> str:
    """The lemma, with the small model's slips mended ("hoping" -> "hop")."""
    lemma = token.lemma_.lower()
    return LEMMA_FIXES.get(lemma, lemma)


def pause_before(verb: Token) -> bool:
    """The verb's phrase follows a comma, dash or closing quotation mark."""
    left = verb.left_edge.i
    doc = verb.doc
    return (
        doc[left].is_punct
        or (left > 0 and doc[left - 1].is_punct)
        or (verb.i > 0 and doc[verb.i - 1].is_punct)
    )


PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you"})


def counted_share(subject: Token) -> bool:
    """A share of the people a poll counted, as the subject of what they said: "38 percent
    said", "a third said", "two-thirds said", "57 said the same"."""
    if subject.lemma_.lower() in SHARE_NOUNS or subject.lower_ in SHARE_NOUNS:
        return True
    return subject.like_num and subject.dep_ in SUBJECTS


def is_someone(subject: Token) -> bool:
    """A person or group, who can hold a view ("he", "Smith", "officials", "voters", "a
    third" of those asked), not a thing ("the plan", "it")."""
    if subject.pos_ == "PRON":
        return subject.lower_ in PERSONAL_SUBJECTS
    if counted_share(subject):
        return True  # a poll's share of people: "38 percent said", "a third think"
    return (
        subject.pos_ == "PROPN"
        or subject.ent_type_ in ("PERSON", "ORG", "NORP")
        or (subject.lemma_.lower() in PERSON_NOUNS | GROUP_NOUNS)
    )
