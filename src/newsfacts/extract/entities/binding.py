"""Binding: which earlier mentions a pronoun may not take, by where both sit in the parse.

A non-reflexive pronoun is not a co-argument of its antecedent ("John saw him"), nor the
object of a clause whose understood subject the antecedent is ("Ann wanted to promote her");
a reflexive one must be ("John saw himself"), or the understood subject of its verb, or the
pronoun it stresses ("they themselves"). The understood subject of a clause with none of
its own follows control: an infinitive's is the object of the verb above when it has one
("Ann begged Tom to let him go": Tom), else that verb's subject; a verb conjoined to another
shares its subject ("Ann broke in and hit her"); a relative clause's "who" is the noun it
modifies ("Tom, who hired him"). Split out of coref.py, which ranks what is left.
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
# Relative pronouns standing for the noun their clause modifies.
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# How many clauses up an understood subject is looked for ("went home and wanted to see her").
CONTROL_DEPTH = 3


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
    understood = understood_subject(governor)
    anchors = {head, governor.i}
    if (verb := _predicated_of(pronoun)) is not None:
        anchors.add(verb.i)
    subject = -1 if understood is None else understood.i
    return {
        c.entity
        for c in before
        if (c.head.i in (head, subject) or heads[c.head.i] in anchors)
        and is_bound(pronoun, c.head, word)
    }


def is_bound(pronoun: Token, head: Token, word: str) -> bool:
    """Binding: a non-reflexive, non-possessive pronoun is not a co-argument of its antecedent
    ("John saw him", "Ann was annoyed by her", "Tom let him go"); a reflexive one must be
    ("John saw himself")."""
    same_clause = head.head.i == pronoun.head.i and head.i != pronoun.i
    if word in REFLEXIVE:
        return not (same_clause or _reflexive_antecedent(pronoun, head))
    if pronoun.dep_ == "poss":
        if head.i == pronoun.head.i:
            return True  # "his mother": not the mother
        verb = _predicated_of(pronoun)  # "left Inga as her heir": not Inga
        return verb is not None and head.dep_ == "dobj" and head.head.i == verb.i
    if same_clause and head.dep_ in SUBJECTS | OBJECTS:
        return True
    if head.i == pronoun.i:
        return False
    governor = _governor(pronoun)
    if head.dep_ in SUBJECTS and head.head.i == governor.i:
        return True
    understood = understood_subject(governor)
    return understood is not None and understood.i == head.i


def _reflexive_antecedent(pronoun: Token, head: Token) -> bool:
    """A reflexive's antecedent outside its own clause's arguments: the pronoun it stresses
    ("they themselves"), or the understood subject of its verb ("walked in and turned himself
    in"; "had trouble getting themselves across": a clause on the object is its verb's)."""
    if pronoun.dep_ == "appos":
        return head.i == pronoun.head.i
    verb = pronoun.head
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        verb = verb.head.head
    understood = understood_subject(verb)
    return understood is not None and understood.i == head.i


def understood_subject(verb: Token) -> Token | None:
    """Who does what `verb` says: its own subject, or for a clause with none the one control
    gives it (see above); None when there is none to find."""
    for _ in range(CONTROL_DEPTH):
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            relative = subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl"
            return verb.head if relative else subject
        if verb.dep_ == "xcomp":
            controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return controller
        elif verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    return None


def _predicated_of(pronoun: Token) -> Token | None:
    """For a possessive in an "as" phrase said of a verb's object ("named Tom as his heir"),
    that verb: what the phrase says of the object cannot be the object's own."""
    noun = pronoun.head
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "as" or preposition.head.pos_ != "VERB":
        return None
    return preposition.head


def _governor(pronoun: Token) -> Token:
    """The verb whose argument the pronoun is: through a preposition ("annoyed by her"), or
    the verb above an infinitive whose subject it is ("allows him to sit": him is its object)."""
    head = pronoun.head
    if pronoun.dep_ == "pobj" and head.dep_ in ("agent", "prep", "dative"):
        return head.head
    if pronoun.dep_ == "nsubj" and pronoun.lower_ in OBJECT_FORMS and head.dep_ in CLAUSE_DEPS:
        return head.head
    return head
