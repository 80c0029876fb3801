"""How the main event happened (issue #19): a means or manner where the article states one,
else the happening the event came about through, else the action in the article's own verb.

Giveme5W1H's how covers more than instruments: its coders most often answered with the action
itself as the article words it ("holds rally", "has sued", "warns"), or with the happening a
clause of circumstance tells ("hurt when a ferry capsized": ferry capsized), the
"copulative conjunction" candidates of Hamborg et al. 2019 (section 3.3). Instruments and
manner cues come first because they say how outright; the verb is the fallback, so the sheet
answers how whenever it has an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.event import words as cues
from newsfacts.extract.event.phrases import BREAK_PUNCT, VERB_GROUP_DEPS, VERB_POS, quoted

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words the action keeps of its direct object: the coders wrote the verb with the thing acted
# on ("sued the council"), never with its prepositional phrases.
OBJECT_MODIFIER_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod", "case"})
# An action phrase longer than this is the what, not the how.
MAX_ACTION_TOKENS = 5
# Words of the object the action keeps, its noun included.
MAX_OBJECT_TOKENS = 2


def action_phrase(verb: Token) -> Span:
    """The verb group and the head of its direct object: "has sued the council", "narrowly
    misses goal", "have sold off"; contiguous, so it keeps its offsets."""
    doc = verb.doc
    group = [verb, *(c for c in verb.children if c.dep_ in VERB_GROUP_DEPS)]
    group += [c for c in verb.lefts if c.dep_ == "advmod" and c.i == verb.i - 1]
    start = min(t.i for t in group)
    end = verb.i + 1
    # Particles and negation after the verb ("sold off"), as long as they follow at once.
    while end < len(doc) and doc[end] in group:
        end += 1
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is not None and obj.left_edge.i == end and _short(obj):
        end = obj.i + 1
    # Inner auxiliaries before the verb must be contiguous ("has not been seen").
    while start < verb.i and doc[start] not in group:
        start += 1
    return doc[start:end]


def circumstance_event(
    verb: Token, sent: Span, *, markers: frozenset[str] = cues.HOW_MARKERS
) -> Span | None:
    """The happening a "when"/"as" clause of an outcome tells: "(six were hurt) when a ferry
    capsized" gives "ferry capsized", its subject and verb group told without the article, as a
    headline tells it. Only for a verb that says what befell its subject (a passive, "died"):
    after an act ("meets X as talks start") the clause only says when. A pronoun subject is
    left out ("when it flipped": "flipped"). A past progressive ("was sleeping when the roof
    fell") is an act something broke into: its "when" clause is read too."""
    if not outcome(verb):
        if not progressive(verb) or "when" not in markers:
            return None
        # "was sleeping in the van when it rolled": what broke into the ongoing act.
        markers = _INTERRUPTING
    heads = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    for clause in (c for h in heads for c in h.children if c.dep_ == "advcl"):
        mark = _marker(clause)
        if mark is None or mark.lower_ not in markers or quoted(clause, sent):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or clause.pos_ not in VERB_POS or _says_nothing(clause):
            continue
        action = action_phrase(clause)
        if subject.pos_ == "PRON":
            return action
        start = subject.left_edge.i
        if start < mark.i or any(t.text in BREAK_PUNCT for t in verb.doc[start : action.start]):
            continue
        start += _article(verb.doc[start])
        return verb.doc[start : action.end] if action.end - start <= MAX_ACTION_TOKENS else action
    for head in heads:
        found = _noun_happening(head, markers)
        if found is not None:
            return found
    return None


def _marker(clause: Token) -> Token | None:
    """The clause's marker, also where the parser hung it on a later conjunct ("when it
    rolled and sank", "when" on "sank"): it still comes before the first verb."""
    mark = next((c for c in clause.children if c.dep_ in ("mark", "advmod")), None)
    if mark is not None:
        return mark
    return next(
        (
            c
            for conj in clause.children
            if conj.dep_ == "conj"
            for c in conj.children
            if c.dep_ in ("mark", "advmod") and c.i < clause.i
        ),
        None,
    )


# Articles a happening is told without, as a headline tells it ("ferry sinks").
_ARTICLES = frozenset({"a", "an", "the"})


def _article(token: Token) -> int:
    """1 when the happening's first word is an article, which it is answered without."""
    return int(token.dep_ == "det" and token.lower_ in _ARTICLES)


def _noun_happening(verb: Token, markers: frozenset[str]) -> Span | None:
    """The happening after a preposition, written as a noun with its participle: "(were hurt)
    after a ferry capsized", which the parser reads as a noun the participle describes. Either
    reading tells the same happening: the noun and its participle ("ferry capsized")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in markers):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        participle = next(
            (c for c in noun.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None
        )
        if participle is None or participle.i != noun.i + 1:
            continue
        if any(c.dep_ in ("agent", "dobj") for c in participle.children):
            continue  # "a convoy hit by a mine": what was done to the noun, a passive's object
        start = noun.left_edge.i
        start += _article(verb.doc[start])
        if participle.i + 1 - start <= MAX_ACTION_TOKENS:
            return verb.doc[start : participle.i + 1]
    return None


def _says_nothing(verb: Token) -> bool:
    """A clause of "was" or "claimed" tells no happening."""
    return verb.lemma_.lower() in cues.LIGHT_VERBS | cues.REPORTING_VERBS


# The marker of the happening that breaks into an ongoing act ("was sleeping when …").
_INTERRUPTING = frozenset({"when"})


def progressive(verb: Token) -> bool:
    """A past progressive ("was driving", "were sleeping"): an act going on when
    something else happened."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children
    )


def outcome(verb: Token) -> bool:
    """A verb that says what befell its subject: a passive, "died", "crashed"."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return passive or verb.tag_ == "VBN" or verb.lemma_.lower() in cues.OUTCOME_VERBS


def _short(obj: Token) -> bool:
    """An object the action keeps: a noun with at most one word before it, a determiner,
    possessive, adjective or name ("the council", "a van", "Leeds United"). A longer one
    ("three remaining victims") belongs to the what; the action is then the verb alone."""
    return obj.i - obj.left_edge.i < MAX_OBJECT_TOKENS and all(
        c.dep_ in OBJECT_MODIFIER_DEPS for c in obj.lefts
    )


def verdict(verb: Token) -> Span | None:
    """The quality an actor gives the event: "described the talks as 'useful'" gives
    "useful", how it went in the words of those who saw it."""
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"):
        quality = next((c for c in prep.children if c.pos_ == "ADJ"), None)
        if quality is not None:
            return verb.doc[quality.left_edge.i : quality.i + 1]
    return None
