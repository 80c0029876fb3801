"""Cue nouns a copula frames (issue #19): "the hope is that ...", "my impression is that
...", "his goal is to ...", "there is no doubt that ...", "there is chatter about ...".

The noun is the subject of "be" and the clause after the copula its content, or the noun
follows an existential "there be" and its own clause or topic is the content. The source is
the noun's owner when its phrase names one ("my hope", "the hope of X", "chatter among X");
with none, the view is nobody's the text names, and the attribution has no source (PolNeAR
marks these with an empty source).
"""

from __future__ import annotations

__all__ = ["OTHER_NOUNS", "copula_cue", "other_cue", "unowned_cue"]

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.content import char_span, infinitive, subtrees
from newsfacts.extract.quotes.heads import word_cue
from newsfacts.extract.quotes.records import NOUN, TOPIC, Cue
from newsfacts.extract.quotes.subjects import is_someone
from newsfacts.extract.quotes.unowned import CLAUSE_MARKS, UNOWNED_NOUNS, unowned_cue
from newsfacts.extract.quotes.words import SUPPORT_VERBS
from newsfacts.words.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a view, a question, a plan or a report that a copula frames.
FRAME_NOUNS = words(
    """
    hope worry fear concern belief view sense feeling impression point advice
    goal aim strategy plan idea bet assumption argument message lesson consensus agreement
    disagreement doubt speculation expectation suspicion confusion debate chatter
    recognition complaint suggestion claim thinking theory refrain mantra promise pledge
    warning conclusion notion perception position stance intention hunch
    """
)
# Nouns whose content may be a wh-clause: "there is debate over how ...".
ASKING_NOUNS = words("debate speculation confusion doubt chatter consensus disagreement")
# Every noun this module or `unowned.py` reads outside words.CUE_NOUNS.
OTHER_NOUNS = FRAME_NOUNS | UNOWNED_NOUNS
# What an existential noun's topic follows: "there is chatter about X", "no consensus on X".
EXISTENTIAL_TOPICS = words("about over on of")
# Complements of the copula that hold a clause: "is that ...", "is to ...", "is whether".
COMPLEMENTS = frozenset({"ccomp", "attr", "acomp", "xcomp"})
WH_WORDS = words("what who whom whose which when where why how")
# Prepositions that name the owner of the noun: "the hope of X", "chatter among X".
OWNER_PREPOSITIONS = words("of by from among inside within")
# Where a group holding the view is, on "there be": "among the crews, there is chatter about X".
GROUP_PREPOSITIONS = words("among inside within")
# Marks of a clause that holds no view: "if there were doubts", "as the debate went on".
HYPOTHETICAL_MARKS = words("if as when while unless whenever")
# Pronouns that own a thing's aim, not someone's: "its goal is to ...".
THING_PRONOUNS = words("it its")


def other_cue(noun: Token) -> Cue | None:
    """A noun a copula frames, or one nobody in the text owns (`unowned.py`)."""
    return copula_cue(noun) or unowned_cue(noun)


def copula_cue(noun: Token) -> Cue | None:
    """The cue of a noun a copula frames, with its owner if its phrase names one. An
    infinitive is a plan or aim only of someone named ("his goal is to ..."): "the goal is to
    ..." is often the writer's own account of a law or a deal."""
    lemma = noun.lemma_.lower()
    head = noun.head
    if lemma not in FRAME_NOUNS or head.lemma_ != "be":
        return None
    if any(c.dep_ == "csubj" or c.lower_ in HYPOTHETICAL_MARKS for c in head.children):
        return None  # "if there were doubts about Y", "as the debate went on": not a view held
    if head.dep_ == "ccomp":
        return None  # "X said the hope is that ...": X's report
    owner = _owner(noun)
    if noun.dep_ == "nsubj" and noun.i < head.i:
        content, via = _complement(head, noun, lemma in ASKING_NOUNS), NOUN
        if content is None and owner is not None and _someone(owner):
            content = _bare_clause(head, noun)  # "my advice is you book early"
    elif noun.dep_ == "attr" and any(c.dep_ == "expl" for c in head.children):
        content, via = _existential(noun, lemma in ASKING_NOUNS)
    else:
        return None
    if content is None:
        return None
    if infinitive(content) and (owner is None or not _someone(owner)):
        return None
    span = char_span(noun.doc, *subtrees([content]))
    if span is None:
        return None
    return word_cue(noun, via, span, owner)


def _complement(copula: Token, noun: Token, asking: bool) -> Token | None:
    """The clause after the copula: "is that ...", "is whether ...", "is to ...", "is what"."""
    for child in copula.children:
        if child.i <= noun.i or child.dep_ not in COMPLEMENTS:
            continue
        if child.dep_ == "acomp" and child.pos_ == "ADJ":
            return None  # "the warning was telling that ...": the adjective's clause
        if _clause(child, asking) or infinitive(child):
            return child
    return None


def _bare_clause(copula: Token, noun: Token) -> Token | None:
    """A clause with no "that" after the copula, with a subject of its own."""
    for child in copula.children:
        if (
            child.i > noun.i
            and child.dep_ == "ccomp"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        ):
            return child
    return None


def _existential(noun: Token, asking: bool) -> tuple[Token | None, str]:
    """ "there is no doubt that ...", "there is chatter about X": the noun's own clause or topic."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and _clause(child, asking):
            return child, NOUN
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in EXISTENTIAL_TOPICS:
            topic = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if topic is not None:
                return topic, TOPIC
    return None, TOPIC


def _clause(verb: Token, asking: bool) -> bool:
    """A that- or whether-clause, or a wh-clause after a noun of asking."""
    if any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in verb.children):
        return True
    return asking and verb.left_edge.lower_ in WH_WORDS and verb.left_edge.i < verb.i


def _owner(noun: Token) -> Token | None:
    """The possessor ("my hope") or the one a preposition names ("chatter among X")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS:
            owner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if owner is None or owner.pos_ not in ("PROPN", "PRON", "NOUN"):
                continue
            if child.lower_ != "of" or owner.pos_ in ("PROPN", "PRON"):
                return owner
    for child in noun.children:
        if child.dep_ in ("relcl", "acl") and (maker := _maker(child)) is not None:
            return maker
    if noun.dep_ == "attr":
        for child in noun.head.children:
            if child.dep_ == "prep" and child.lower_ in GROUP_PREPOSITIONS:
                return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _maker(verb: Token) -> Token | None:
    """Who makes the noun in the clause defining it: "the vow he has taken", "the
    question discussed by X" (a support verb's subject, or the agent of a participle)."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if verb.lemma_.lower() not in SUPPORT_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and is_someone(subject) else None


def _someone(owner: Token) -> bool:
    """An owner who can aim at something: "his goal", "the union's plan", not "its goal"."""
    if owner.pos_ == "PRON":
        return owner.lower_ not in THING_PRONOUNS
    return is_someone(owner)
