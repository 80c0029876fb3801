"""Binding: which earlier mentions a pronoun may not take, by where both sit in the parse.

A non-reflexive pronoun is not a co-argument of its antecedent ("John saw him"), nor the
object of a clause whose understood subject the antecedent is ("Ann wanted to promote her");
a reflexive one must be ("John saw himself"). Split out of coref.py, which ranks what is left.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from newsfacts.extract.doc_cache import head_indices
from newsfacts.words.lexicon import REFLEXIVE

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECTS = frozenset({"dobj", "iobj", "dative", "pobj", "attr"})
# Accusative forms; as the subject of an infinitive ("let him go") they are the object above.
OBJECT_FORMS = frozenset({"him", "her", "them"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


class Mention(Protocol):
    """An earlier mention: its entity's index and its head token."""

    @property
    def entity(self) -> int: ...

    @property
    def head(self) -> Token: ...


def bound_entities(pronoun: Token, before: Iterable[Mention], word: str) -> set[int]:
    """The entities a non-reflexive pronoun may not take. `is_bound` only ever holds for a
    mention that is the pronoun's head or hangs on its head or governor, so the others (most
    of an article's mentions) are passed over without the full test."""
    heads = head_indices(pronoun.doc)  # `.head` makes a Token per access: indices instead
    head = heads[pronoun.i]
    governor = _governor(pronoun)
    anchors = {head, governor.i, _controller(governor).i}
    return {
        c.entity
        for c in before
        if (c.head.i == head or heads[c.head.i] in anchors) and is_bound(pronoun, c.head, word)
    }


def is_bound(pronoun: Token, head: Token, word: str) -> bool:
    """Binding: a non-reflexive, non-possessive pronoun is not a co-argument of its antecedent
    ("John saw him", "Ann was annoyed by her", "Tom let him go"); a reflexive one must be
    ("John saw himself")."""
    same_clause = head.head.i == pronoun.head.i and head.i != pronoun.i
    if word in REFLEXIVE:
        return not same_clause
    if pronoun.dep_ == "poss":
        return head.i == pronoun.head.i  # "his mother": not the mother
    if same_clause and head.dep_ in SUBJECTS | OBJECTS:
        return True
    if head.dep_ not in SUBJECTS or head.i == pronoun.i:
        return False
    governor = _governor(pronoun)
    return head.head.i in (governor.i, _controller(governor).i)


def _controller(verb: Token) -> Token:
    """The verb whose subject is also the understood subject of `verb`: for an infinitive
    with no subject of its own ("Ann wanted to promote her"), the verb above it; else `verb`.
    """
    if verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECTS for c in verb.children):
        return verb.head
    return verb


def _governor(pronoun: Token) -> Token:
    """The verb whose argument the pronoun is: through a preposition ("annoyed by her"), or
    the verb above an infinitive whose subject it is ("allows him to sit": him is its object)."""
    head = pronoun.head
    if pronoun.dep_ == "pobj" and head.dep_ in ("agent", "prep", "dative"):
        return head.head
    if pronoun.dep_ == "nsubj" and pronoun.lower_ in OBJECT_FORMS and head.dep_ in CLAUSE_DEPS:
        return head.head
    return head
