"""Cue nouns a fixed verb carries: "X took issue with Y", "X made the case that Y" (issue #19).

A stance or a claim is often written as a verb and a noun that together mean one verb of
saying or judging: "take issue with" (object to), "take aim at" (attack), "make the case for"
(argue), "make no secret of" (say openly), "make light of" (mock). The noun alone reports
nothing ("the issue", "a case", "a shot"); with its verb, the verb's subject is the source
and the object of the idiom's preposition (or its that-clause) the content. PolNeAR marks
these phrases as cues.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.content import char_span, subtrees
from newsfacts.extract.quotes.heads import word_cue
from newsfacts.extract.quotes.records import NOUN, TOPIC, Cue
from newsfacts.extract.quotes.speakers import is_someone, speaker_of
from newsfacts.words.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# noun -> (the verbs that carry it, the prepositions of its content, whether a that-clause
# may be its content). Each verb and noun together mean one verb of saying or judging.
IDIOMS: dict[str, tuple[frozenset[str], frozenset[str], bool]] = {
    "case": (words("make press build argue lay"), words("for against"), True),
    "issue": (words("take"), words("with"), False),
    "exception": (words("take"), words("to with"), False),
    "umbrage": (words("take"), words("at with"), False),
    "aim": (words("take"), words("at"), False),
    "swipe": (words("take"), words("at"), False),
    "shot": (words("take"), words("at"), False),
    "potshot": (words("take"), words("at"), False),
    "jab": (words("take"), words("at"), False),
    "dig": (words("take"), words("at"), False),
    "fun": (words("poke make"), words("at of"), False),
    "secret": (words("make"), words("of"), True),
    "light": (words("make"), words("of"), False),
    "tribute": (words("pay"), words("to"), False),
    "contrast": (words("draw"), words("with between"), False),
    "alarm": (words("raise sound"), words("about over on"), True),
    "doubt": (words("cast sow raise"), words("on over about"), True),
    "weight": (words("throw put"), words("behind"), False),
    "stand": (words("take"), words("on against"), False),
}
# A stance taken in a phrase of the verb: "X voted in favor of Y", "X came out in support of
# Y", "X spoke in opposition to Y": noun -> the preposition of what the stance is toward.
STANCE_PHRASES = {"favor": "of", "support": "of", "opposition": "to", "defense": "of"}
IDIOM_NOUNS = frozenset(IDIOMS) | frozenset(STANCE_PHRASES)
# Where the idiom's noun stands under its verb: "took issue", "the case he made" aside.
IDIOM_PLACES = frozenset({"dobj"})
CLAUSES = frozenset({"acl", "ccomp"})


def idiom_cue(noun: Token) -> Cue | None:
    """ "X took issue with Y", "X took a swipe at Y", "X made the case that Y", "X made no
    secret of Y": the verb's subject (or the subject it borrows: "tried to make light of")
    is the source; the object of the idiom's preposition, on the noun or on the verb right
    after the noun's phrase, or the noun's that-clause, the content. Not without a source
    that is someone or something that speaks."""
    lemma = noun.lemma_.lower()
    if lemma in STANCE_PHRASES and noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return _stance_cue(noun, STANCE_PHRASES[lemma])
    if lemma not in IDIOMS:
        return None
    verbs, prepositions, clause_ok = IDIOMS[lemma]
    verb = noun.head
    if noun.dep_ not in IDIOM_PLACES or verb.lemma_.lower() not in verbs:
        return None
    content, via = _content(noun, verb, prepositions, clause_ok)
    if content is None:
        return None
    return _cue(noun, verb, content, via)


def _stance_cue(noun: Token, preposition: str) -> Cue | None:
    """ "X voted in favor of Y", "X is in support of Y": the stance of the subject of the
    verb the "in" phrase hangs on, toward the object of the noun's preposition. Not on a
    noun ("a rally in support of Y": whose, the phrase does not say), nor under a verb denied."""
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return None  # "X has not come out in support of Y": no stance taken
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            target = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if target is not None:
                return _cue(noun, verb, target, TOPIC)
    return None


def _cue(noun: Token, verb: Token, content: Token, via: str) -> Cue | None:
    """The cue of the idiom's noun, for the subject of its verb, if someone speaks; not a
    place (as nouns.py: "after the Dorrow caucuses to draw contrasts", "caucuses" read as
    a verb with the place as its subject)."""
    source = speaker_of(verb)
    if source is None or not is_someone(source) or source.ent_type_ == "GPE":
        return None
    span = char_span(noun.doc, *subtrees([content]))
    if span is None:
        return None
    return word_cue(noun, via, span, source)


def _content(
    noun: Token, verb: Token, prepositions: frozenset[str], clause_ok: bool
) -> tuple[Token | None, str]:
    """The object of the idiom's preposition on the noun, or on the verb after the noun's
    phrase ("took issue yesterday with Y"); else the that-clause of the noun or the verb."""
    after = [c for c in verb.children if c.i > noun.right_edge.i]
    for child in [*noun.children, *after]:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            target = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if target is not None:
                return target, TOPIC
    if clause_ok:
        for child in [*noun.children, *after]:
            if child.dep_ in CLAUSES and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in child.children
            ):
                return child, NOUN
    return None, TOPIC
