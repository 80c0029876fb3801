"""Roles and descriptors: what the article says an entity is.

A reader learns who someone is from the phrases around the name: an apposition ("Ferrante, a
spokesman for the UN command"), a role before the name ("lead surgeon Lee", "the company's
spokesman Kim"), a relative clause of office ("Park, who heads the agency"), a copula ("Park
is the agency's director"). The phrases are read off the dependency parse; a leading article
is dropped so descriptors read as roles ("spokesman for the UN command").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract.entities.find import NAME, TEXT_FIELD, EntityRecord
from newsfacts.words.lexicon import (
    LEADING_FUNCTION_WORDS,
    ORG_NOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Verbs of office in "X, who heads ...".
ROLE_VERBS = frozenset(
    {
        "head",
        "lead",
        "run",
        "chair",
        "direct",
        "manage",
        "coach",
        "command",
        "own",
        "found",
        "represent",
        "serve",
        "oversee",
        "govern",
        "edit",
    }
)
# Longest descriptor kept (tokens): a whole clause is no longer a role.
MAX_DESCRIPTOR_TOKENS = 12
MAX_PRENOMINAL_TOKENS = 6
DESCRIBED_TYPES = frozenset({"PERSON", "ORG", "GPE", "FAC", "NORP"})


def add_roles(doc: Doc, entities: tuple[EntityRecord, ...]) -> tuple[EntityRecord, ...]:
    """Each entity with the descriptors found around its name mentions (order kept)."""
    described = []
    for entity in entities:
        found = list(entity.descriptors)
        if entity.type in DESCRIBED_TYPES:
            for mention in entity.mentions:
                if mention.field != TEXT_FIELD or mention.kind != NAME:
                    continue
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    found.extend(descriptors_of(span, person=entity.type == "PERSON"))
        unique = tuple(dict.fromkeys(d for d in found if d and d != entity.name))
        described.append(replace(entity, descriptors=unique) if unique else entity)
    return tuple(described)


def descriptors_of(span: Span, *, person: bool) -> list[str]:
    """Role phrases attached to one name mention."""
    head = span.root
    found = []
    for child in head.children:
        if child.dep_ == "appos" and child.i >= span.end and child.pos_ in ("NOUN", "PRON"):
            found.append(_phrase(child, stop=set()))
    noun = head.head
    if (
        head.dep_ == "appos"
        and noun.pos_ == "NOUN"
        and noun.i < span.start
        and any(c.dep_ in ("poss", "compound", "amod", "prep") for c in noun.children)
    ):
        found.append(_phrase(noun, stop={head.i}))  # "the company's chief executive, X"
    if person:
        found.append(_prenominal(span))
        found.extend(_relative_roles(head))
    found.append(_copula_role(head, person=person))
    return [d for d in found if d]


def _phrase(token: Token, *, stop: set[int]) -> str:
    """The token's subtree without leading articles, trailing punctuation, relative clauses,
    or any subtree rooted at a token in `stop`."""
    excluded: set[int] = set()
    for child in token.children:
        clause = child.dep_ in ("relcl", "appos", "punct", "acl") and child.i > token.i
        if child.i in stop or clause:
            excluded.update(t.i for t in child.subtree)
    tokens = [t for t in token.subtree if t.i not in excluded]
    tokens = _contiguous(tokens, token.i)
    commas = [t.i for t in tokens if t.text in (",", ";", "(") and t.i > token.i]
    if commas:
        tokens = [t for t in tokens if t.i < commas[0]]
    while tokens and (tokens[0].lower_ in LEADING_FUNCTION_WORDS or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens or len(tokens) > MAX_DESCRIPTOR_TOKENS:
        return ""
    return token.doc[tokens[0].i : tokens[-1].i + 1].text


def _contiguous(tokens: list[Token], anchor: int) -> list[Token]:
    """The run of consecutive token indices around the anchor."""
    indices = {t.i for t in tokens}
    if anchor not in indices:
        return []
    start = end = anchor
    while start - 1 in indices:
        start -= 1
    while end + 1 in indices:
        end += 1
    return [t for t in tokens if start <= t.i <= end]


def _prenominal(span: Span) -> str:
    """ "lead surgeon X", "hospital official X", "the agency's spokesman X": a role noun right
    before the name, with the lower-case modifiers (and possessor) before it."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or not doc[i].is_lower or doc[i].lemma_ not in ROLE_NOUNS:
        return ""
    left = i
    while left - 1 >= 0 and span.start - left < MAX_PRENOMINAL_TOKENS and _modifier(doc[left - 1]):
        left -= 1
    while left < i and doc[left].tag_ == "POS":
        left += 1
    return doc[left : span.start].text


def _modifier(token: Token) -> bool:
    """A word that can sit inside a noun phrase before its head noun."""
    if token.tag_ == "POS":
        return True
    if token.pos_ in ("NOUN", "ADJ", "PROPN", "NUM"):
        return not token.is_punct
    return token.pos_ == "VERB" and token.tag_ in ("VB", "VBG", "VBN") and token.is_lower


def _relative_roles(head: Token) -> list[str]:
    """ "X, who heads the agency," -> "heads the agency"."""
    found = []
    for child in head.children:
        if child.dep_ != "relcl":
            continue
        subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].lower_ not in RELATIVE_PRONOUNS:
            continue
        if child.lemma_ in ROLE_VERBS:
            words = [t for t in child.subtree if t.i != subjects[0].i and not t.is_punct]
            if words and len(words) <= MAX_DESCRIPTOR_TOKENS:
                found.append(child.doc[words[0].i : words[-1].i + 1].text)
        elif child.lemma_ == "be":
            found.extend(_phrase(c, stop=set()) for c in child.children if c.dep_ == "attr")
    return found


def _copula_role(head: Token, *, person: bool) -> str:
    """ "X is a spokesman for Y" (the attribute must be a role or organisation noun)."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be":
        return ""
    nouns = ROLE_NOUNS if person else ORG_NOUNS
    for child in verb.children:
        if child.dep_ == "attr" and child.lemma_ in nouns:
            return _phrase(child, stop=set())
    return ""
