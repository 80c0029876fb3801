"""Adverbials of one sentence that answer why and how (issues #7, #19): a cause or purpose
("because …", "after …", "due to …", "in a bid to …", "came for talks"), the cause a causative
verb names ("driven by higher costs", "stemmed from an argument"), a motive noun ("a revenge
attack for air strikes"); a means or manner ("by crashing …", "on foot", "at high speed",
"packed with explosives"); what is not found here `action.py` answers with the action itself.

The cue families follow Giveme5W1H's why/how candidates (Hamborg et al. 2019, section 3.3);
the cue words are data in `words.py`. Each phrase runs from its cue through what the cue
governs, cut at a comma and shortened by whole trailing phrases: the coders' phrases are short.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import span_tokens
from newsfacts.extract.event import words as cues
from newsfacts.extract.event.phrases import (
    BREAK_PUNCT,
    MAX_PHRASE_TOKENS,
    VERB_POS,
    is_time,
    quoted,
    shorten,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The coders' why and how phrases are short ("due to car problems", "to make them lighter"):
# past this many tokens a phrase loses its trailing prepositional phrases ("… during the Grand
# Prix"); words are cut only past `MAX_PHRASE_TOKENS`. Any length from 6 to 10 scored the same on
# both halves of the 5W1H gold; 12 lost.
MAX_ADVERBIAL_TOKENS = 8


def cause_phrase(sent: Span, *, verb: Token | None = None, strong: bool = False) -> Span | None:
    """A cause or purpose in one sentence: "because …", "after …", "due to …", and with the
    sentence's main `verb` given, its purpose infinitive ("… to meet Obama"). `strong`: only
    cues that say cause outright, not "after"/"following" (often just time)."""
    weak = cues.WEAK_CAUSES if strong else frozenset()
    markers = cues.CAUSE_MARKERS - weak
    for token in span_tokens(sent):
        if token.dep_ != "mark" or token.lower_ not in markers or quoted(token, sent):
            continue
        # "… because he cleared her": a clause, or a headline part that is only that clause.
        if token.head.dep_ == "advcl" or (token.head.dep_ == "ROOT" and token.i == sent.start):
            return _from(token, token.head)
    for token in span_tokens(sent):
        # "in a (desperate) bid to stop him": the purpose noun's infinitive, adjectives allowed.
        if token.lower_ in cues.PURPOSE_NOUNS and token.head.lower_ == "in":
            aim = next((c for c in token.children if c.dep_ in ("acl", "relcl")), None)
            if aim is not None and _infinitive(aim):
                return _from(token.head, aim)
    words = [t.lower_ for t in sent]
    for cue in (*cues.PURPOSE_PHRASES, *cues.CAUSE_PHRASES):
        if cue[0] in weak:
            continue
        found = _match(sent, cue, words)
        target = _object_of(found[-1]) if found is not None else None
        if found is not None and target is not None and not is_time(found[-1]):
            return _from(found[0], target)
    for token in span_tokens(sent):
        if verb is not None and token.head == verb and _purpose(token):
            return _from(token.doc[token.left_edge.i], token)
        if token.lower_ in cues.MOTIVE_NOUNS and token.dep_ in ("compound", "nmod", "amod"):
            return _motive(token)
        if token.lower_ == "for" and _reason_for(token):
            target = _object_of(token)
            if target is not None and not is_time(target) and target.lemma_.lower() != "time":
                return _from(token, target)  # not "for the first time"
    found = _unknown_cause(sent)
    if found is not None:
        return found
    # A causative verb's cause, in the event's own sentence only: elsewhere in the lead it is
    # the cause of some other happening ("the new inquiry was sparked by …").
    return None if strong else caused_by(sent)


def _unknown_cause(sent: Span) -> Span | None:
    """ "The cause of the crash was unclear": what the article says of the cause is the answer,
    even when it says nobody knows it yet."""
    for token in span_tokens(sent):
        if token.lower_ not in cues.CAUSE_NOUNS or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue
        verb = token.head
        end = max(
            (c.right_edge.i for c in verb.rights if c.dep_ in ("acomp", "attr", "prep")),
            default=verb.i,
        )
        return _from(token.doc[token.left_edge.i], token.doc[end])
    return None


# "for" after these names the reason ("arrested for fraud") or the purpose ("came for talks").
_FOR_VERBS = cues.REASON_FOR_VERBS | cues.PURPOSE_FOR_VERBS


def _reason_for(prep: Token) -> bool:
    """Whether a "for" phrase gives a reason: after "arrest", "praise" (`_FOR_VERBS`); after
    "blame" only with a gerund, the blamed one's act ("blamed the inquiry for stalling her
    campaign"); "blamed him for the defeat" names the outcome, not its cause."""
    lemma = _verb_of(prep).lemma_.lower()
    if lemma in _FOR_VERBS:
        return True
    target = _object_of(prep)
    return lemma in cues.GERUND_FOR_VERBS and target is not None and target.tag_ == "VBG"


def _verb_of(prep: Token) -> Token:
    """The verb a preposition belongs to; the parser often hangs it on the named place before
    it ("arrives at the White House for talks"), never on a common noun ("the reason for")."""
    head = prep.head
    if head.dep_ == "pobj" and head.pos_ == "PROPN" and head.head.head.pos_ in VERB_POS:
        return head.head.head
    return head


def _motive(noun: Token) -> Span:
    """ "revenge attack", with what it avenges: "revenge attack for US air strikes"."""
    act = noun.head
    reason = next((c for c in act.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    end = reason.right_edge if reason is not None else act
    return _trim(noun.doc[noun.i : end.i + 1])


def caused_by(sent: Span) -> Span | None:
    """The cause a causative verb names: "driven by higher costs", "stemmed from an argument"."""
    for token in span_tokens(sent):
        wanted = cues.CAUSED_BY.get(token.head.lemma_.lower())
        if wanted is None or token.lower_ != wanted or token.head.pos_ not in VERB_POS:
            continue
        if token.head.lemma_.lower() == "blame" and not _passive(token.head):
            continue
        target = _object_of(token)
        if target is not None and not is_time(target) and not quoted(token, sent):
            return _from(token, target)
    return None


def happening_cause(sent: Span) -> Span | None:
    """The cause a causative verb names when its subject is a happening ("the blast was
    caused by a gas leak", "the blast stemmed from a gas leak"): the cause of the event
    itself, wherever in the lead it is told."""
    found = caused_by(sent)
    if found is None:
        return None
    verb = found[0].head
    subject = _subject(verb)
    if subject is None and verb.dep_ == "conj":
        subject = _subject(verb.head)  # "… did not appear related but stemmed from …"
    if subject is None or subject.lemma_.lower() not in cues.HAPPENING_NOUNS:
        return None
    return found


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def manner_phrase(sent: Span, *, strong: bool = False) -> Span | None:
    """The means or manner in one sentence: "on foot", "by crashing …", "with a truck bomb".
    `strong`: only the cues that say manner whatever the verb ("at high speed", "packed with
    explosives"), for sentences away from the event's own."""
    for token in span_tokens(sent):
        found = _speed_or_load(token)
        if found is not None:
            return found
    if strong:
        return None
    words = [t.lower_ for t in sent]
    for cue in cues.MANNER_PHRASES:
        found = _match(sent, cue, words)
        if found is not None:
            return found
    for token in span_tokens(sent):
        if token.lower_ not in cues.MEANS_PREPOSITIONS or token.head.pos_ not in VERB_POS:
            continue
        target = _object_of(token)
        if target is None:
            continue
        # "by crashing …", "using drones", "via a tunnel". A bare "with"/"through" phrase
        # is as often company or a path ("with her brother", "go through the files").
        if target.tag_ == "VBG" or token.lower_ in cues.MEANS_ANY_OBJECT:
            return _from(token, target)
    return None


def speed_phrase(sent: Span) -> Span | None:
    """How fast something went: "at high speed", "at a higher speed than is permitted"."""
    return next((found for t in span_tokens(sent) if (found := _speed(t)) is not None), None)


def stimulus_phrase(verb: Token) -> Span | None:
    """What a verb of reacting reacts to ("the town reacts to the mill's closure"): the thing
    reacted to is why, given as its noun phrase without the "to"."""
    if verb.lemma_.lower() not in cues.STIMULUS_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            target = _object_of(child)
            if target is not None and target.pos_ in ("NOUN", "PROPN") and not is_time(target):
                return _from(target.doc[target.left_edge.i], target)
    return None


def motive_phrase(sent: Span) -> Span | None:
    """A motive noun with what it answers, wherever the sentence puts it ("called the raid a
    reprisal for the arrests", "the attack was revenge for …"): the motive someone gives."""
    for token in span_tokens(sent):
        if token.lower_ not in cues.MOTIVE_NOUNS or quoted(token, sent):
            continue
        reason = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        target = _object_of(reason) if reason is not None else None
        if target is not None and not is_time(target):
            return _from(token, target)
    return None


def _speed(token: Token) -> Span | None:
    if token.lower_ == "at" and token.head.pos_ in VERB_POS:
        target = _object_of(token)
        if target is not None and target.lower_ in cues.SPEED_NOUNS:
            return _compared(_from(token, target), token.head)
    return None


def _speed_or_load(token: Token) -> Span | None:
    """ "travelling at high speed"; "a car packed with explosives" (the load is the means);
    "a roadside bomb hit the convoy" (the weapon in the actor's place)."""
    found = _speed(token) or _weapon_subject(token)
    if found is not None:
        return found
    if token.lower_ == "with" and token.head.lower_ in cues.LOADED_WORDS:
        target = _object_of(token)
        if target is not None:
            return _from(token.head, target)
    return None


def _weapon_subject(token: Token) -> Span | None:
    """A weapon that is the subject of an act done to something: "a roadside bomb hit the
    convoy" says with what. Not a weapon that only was ("a bomb was found")."""
    verb = token.head
    if token.dep_ != "nsubj" or token.lower_ not in cues.WEAPON_NOUNS or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return token.doc[token.left_edge.i : token.i + 1]


def _compared(span: Span, verb: Token) -> Span:
    """A speed with what it is measured against: "at a higher speed than is permitted". The
    parser hangs the "than" clause on the verb, not on the speed; it is kept when it follows
    the speed at once (a closing quotation mark between is allowed)."""
    doc = span.doc
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        than = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "than"), None)
        gap = doc[span.end : clause.left_edge.i]
        if than is None or any(t.text not in cues.QUOTE_CHARS for t in gap):
            continue
        if clause.right_edge.i + 1 - span.start <= MAX_PHRASE_TOKENS:
            return doc[span.start : clause.right_edge.i + 1]
    return span


def _purpose(token: Token) -> bool:
    """ "(in order) to meet Obama" after a verb that does not take an infinitive object, nor
    right after a noun that does ("blames the decision to reopen the probe")."""
    return (
        token.dep_ in ("advcl", "xcomp")
        and token.pos_ == "VERB"
        and _infinitive(token)
        and token.head.lemma_.lower() not in cues.CONTROL_VERBS
        and not _after_intent_noun(token)
    )


def _after_intent_noun(verb: Token) -> bool:
    start = verb.left_edge.i
    while start > 0 and verb.doc[start - 1].lower_ == "to":
        start -= 1
    return start > 0 and verb.doc[start - 1].lower_ in cues.INTENT_NOUNS


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _match(sent: Span, cue: tuple[str, ...], words: list[str]) -> Span | None:
    """The first run of the sentence's lower-cased `words` that spells `cue`."""
    if cue[0] not in words:
        return None
    for i in range(len(words) - len(cue) + 1):
        if tuple(words[i : i + len(cue)]) == cue:
            return sent[i : i + len(cue)]
    return None


def _object_of(token: Token) -> Token | None:
    """What a cue word governs: its object or clause, else the word it introduces."""
    for child in token.children:
        if child.dep_ in ("pobj", "pcomp", "dobj", "advcl", "xcomp", "ccomp"):
            return child
    head = token.head
    if head.i == token.i - 1 and token.dep_ == "pcomp":
        # "due to car problems": the parser hangs the object on "due", not on "to".
        found = next((c for c in head.children if c.dep_ == "pobj" and c.i > token.i), None)
        if found is not None:
            return found
    if token.lower_ == "to" and token.head.i > token.i and token.head.pos_ in VERB_POS:
        return token.head  # "in a bid to stop him": "to" hangs on the verb it introduces
    return None


def _trim(span: Span) -> Span:
    """Drop trailing prepositional phrases until the span fits `MAX_ADVERBIAL_TOKENS`; one that
    hangs on a participle goes with it ("after a petition signed by …" keeps "after a
    petition"). Words are cut only past `MAX_PHRASE_TOKENS`."""
    cut = False
    while len(span) > MAX_ADVERBIAL_TOKENS:
        cuts = [
            t.head.i if t.head.dep_ == "acl" and t.head.i > span.start else t.i
            for t in span[1:]
            if t.dep_ in ("prep", "agent") and t.right_edge.i >= span.end - 1
        ]
        if not cuts:
            break
        span, cut = span.doc[span.start : max(cuts)], True
    return shorten(_without_fragment(span) if cut else span, MAX_PHRASE_TOKENS)


def _without_fragment(span: Span) -> Span:
    """A cut phrase without the conjunct the cut left bare: "for stopping momentum and the
    other [for turning out voters]" keeps "for stopping momentum"."""
    last = span[-1]
    if last.dep_ != "conj":
        return span
    cc = next((c for c in last.head.children if c.dep_ == "cc"), None)
    if cc is None or not span.start < cc.i < last.i:
        return span
    return span.doc[span.start : cc.i]


def _from(start: Token, head: Token) -> Span:
    """From a cue word through what it governs, cut at a comma and at the length limit."""
    doc = start.doc
    end = max(head.right_edge.i, start.i) + 1
    stop = next((t.i for t in doc[start.i + 1 : end] if t.text in BREAK_PUNCT), end)
    span = _trim(doc[start.i : max(stop, start.i + 1)])
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span
