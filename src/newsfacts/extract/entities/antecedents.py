"""Antecedents no entity covers: what a pronoun may take up though no name or actor has it.

"They" and "it" may stand for a group or organisation that is no named entity ("the
parents", "the team"), a singular "they" for an indefinite person ("someone"); "he" and "she"
for a proper name the model left untyped ("Varnak sold his cattle"). All are provisional:
coref.py keeps one only when a pronoun takes it up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import noun_chunks, span_tokens, tokens
from newsfacts.extract.entities.find import DESCRIPTION, TEXT_FIELD, EntityRecord, MentionRecord
from newsfacts.extract.spans import Covered
from newsfacts.words.given_names import name_gender
from newsfacts.words.lexicon import (
    FAC_HEADS,
    GROUP_NOUNS,
    LOC_HEADS,
    NUMERIC_TYPES,
    ORG_HEADS,
    ORG_NOUNS,
)
from newsfacts.words.names import is_person_noun

# Indefinite pronouns for people: a singular "they" may stand for one.
INDEFINITE_PERSONS = frozenset(
    {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"}
)

# A lone opener that is its clause's subject reads as a name (see `_named_opener`).
OPENER_SUBJECTS = frozenset({"nsubj", "nsubjpass"})

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def group_descriptions(
    doc: Doc, entities: tuple[EntityRecord, ...]
) -> tuple[list[EntityRecord], set[int]]:
    """Noun phrases "they"/"it" may stand for though no name or actor covers them: plural
    people or groups ("the parents", "officials") and organisations ("the team"). Returned as
    provisional unnamed entities (indices after the given ones) and the plural ones' indices."""
    taken = _taken(entities)
    found: list[EntityRecord] = []
    plural: set[int] = set()
    for chunk in noun_chunks(doc):
        head = chunk.root
        if head.pos_ != "NOUN":
            continue
        lemma = head.lemma_.lower()
        many = head.tag_ == "NNS"
        if many and (is_person_noun(lemma) or lemma in GROUP_NOUNS):
            kind = "PERSON"
        elif lemma in ORG_NOUNS and (many or chunk[0].lower_ in ("the", "this", "that")):
            kind = "ORG"
        else:
            continue
        first = _after_names(chunk, head.i, taken)  # after the word tests: most chunks fail
        if first > head.i:
            continue
        words = doc[first : head.i + 1]
        mention = MentionRecord(words.start_char, words.end_char, words.text, kind=DESCRIPTION)
        if many:
            plural.add(len(entities) + len(found))
        found.append(EntityRecord(name=words.text, type=kind, mentions=(mention,), named=False))
    for words in _indefinite_persons(doc):
        mention = MentionRecord(words.start_char, words.end_char, words.text, kind=DESCRIPTION)
        plural.add(len(entities) + len(found))
        found.append(EntityRecord(name=words.text, type="PERSON", mentions=(mention,), named=False))
    return found, plural


def _indefinite_persons(doc: Doc) -> list[Span]:
    """ "someone", "no one": an unknown person whom a singular "they" takes up ("if someone
    arrives, they ...")."""
    found = []
    for token in tokens(doc):
        if token.lower_ in INDEFINITE_PERSONS:
            found.append(doc[token.i : token.i + 1])
        elif token.lower_ == "one" and token.i > 0 and token.nbor(-1).lower_ == "no":
            found.append(doc[token.i - 1 : token.i + 1])
    return found


def _after_names(chunk: Span, head: int, taken: Covered) -> int:
    """Where a phrase's own words start after the names modifying it: "Acme officials"
    is a group of officials though "Acme" is an entity's (past the head, index `head`: none
    left)."""
    first = chunk.start
    for token in span_tokens(chunk):
        if token.i > head:
            break
        if taken.overlaps(token.idx, token.idx + len(token.text)):
            first = token.i + 1
    return first


def unrecognised_names(doc: Doc, entities: tuple[EntityRecord, ...]) -> list[EntityRecord]:
    """Proper names the model left untyped ("Bo-lung loses his memory"): "he"/"she" may stand
    for them, so they become provisional unnamed person entities, one per spelling, kept only
    when a pronoun takes one up. Without a given name to vouch for a person, they cost as
    much as a name typed as something else."""
    taken = _taken(entities)
    spans: dict[str, list[MentionRecord]] = {}
    toks = tokens(doc)
    for token in toks:
        proper = token.pos_ == "PROPN"  # first: most tokens fail here
        if not proper and not _given_name_subject(token):
            continue
        if token.dep_ == "compound" or not token.text[:1].isupper():
            continue
        if token.ent_type_ in NUMERIC_TYPES:
            continue  # the month of a date ("on 15 September 2013") is no one
        first = token
        while first.i > 0 and _name_part(toks[first.i - 1], token):
            first = toks[first.i - 1]
        words = doc[first.i : token.i + 1]
        start, end = words.start_char, words.end_char
        if taken.overlaps(start, end) or not person_like(words.text):
            continue
        if proper and first.is_sent_start and len(words) == 1 and not _named_opener(token):
            continue  # a lone capitalised opener is as often no name at all
        mention = MentionRecord(start, end, words.text, kind=DESCRIPTION)
        spans.setdefault(words.text, []).append(mention)
    return [
        EntityRecord(name=text, type="PERSON", mentions=tuple(mentions), named=False)
        for text, mentions in spans.items()
    ]


def _named_opener(token: Token) -> bool:
    """A lone capitalised opener that is a name after all: a singular proper noun that is
    its clause's subject ("Varnak sold his cattle")."""
    return token.tag_ == "NNP" and token.dep_ in OPENER_SUBJECTS


def _given_name_subject(token: Token) -> bool:
    """A given name the tagger took for a common noun or an adjective at the start of its
    sentence ("Hazel runs home", tagged like "Critics"): still a name when it is its
    clause's subject and one sex wears it."""
    return (
        bool(token.is_sent_start)
        and token.dep_ in OPENER_SUBJECTS
        and name_gender(token.text) is not None
    )


def _taken(entities: tuple[EntityRecord, ...]) -> Covered:
    return Covered((m.start, m.end) for e in entities for m in e.mentions if m.field == TEXT_FIELD)


def _name_part(token: Token, head: Token) -> bool:
    """A capitalised proper noun compounded onto the name's head ("Kiu" of "Kiu Bo-lung")."""
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "compound"
        and token.head.i == head.i
        and token.text[:1].isupper()
    )


def person_like(name: str) -> bool:
    """One to three capitalised words, none an organisation or place head noun."""
    words = name.split()
    return 1 <= len(words) <= 3 and all(
        w[:1].isupper() and w.lower() not in ORG_HEADS | FAC_HEADS | LOC_HEADS for w in words
    )
