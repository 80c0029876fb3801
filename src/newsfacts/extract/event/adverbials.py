"""Adverbials of one sentence that answer why and how (issue #7): a cause or purpose ("because
…", "after …", "due to …", "in a bid to …"), a means or manner ("by crashing …", "on foot").

The cue families follow Giveme5W1H's why/how candidates (Hamborg et al. 2019, section 3.3);
the cue words are data in `words.py`. Each phrase runs from its cue through what the cue
governs, cut at a comma and shortened by whole trailing phrases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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


def cause_phrase(sent: Span, *, verb: Token | None = None, strong: bool = False) -> Span | None:
    """A cause or purpose in one sentence: "because …", "after …", "due to …", and with the
    sentence's main `verb` given, its purpose infinitive ("… to meet Obama"). `strong`: only
    cues that say cause outright, not "after"/"following" (often just time)."""
    weak = cues.WEAK_CAUSES if strong else frozenset()
    markers = cues.CAUSE_MARKERS - weak
    for token in sent:
        if token.dep_ != "mark" or token.lower_ not in markers or quoted(token, sent):
            continue
        if token.head.dep_ == "advcl":
            return _from(token, token.head)
    for token in sent:
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
    for token in sent:
        if verb is not None and token.head == verb and _purpose(token):
            return _from(token.doc[token.left_edge.i], token)
        if token.lower_ == "for" and token.head.lemma_.lower() in cues.REASON_FOR_VERBS:
            target = _object_of(token)
            if target is not None:
                return _from(token, target)
    return None


def manner_phrase(sent: Span) -> Span | None:
    """The means or manner in one sentence: "on foot", "by crashing …", "with a truck bomb"."""
    words = [t.lower_ for t in sent]
    for cue in cues.MANNER_PHRASES:
        found = _match(sent, cue, words)
        if found is not None:
            return found
    for token in sent:
        if token.lower_ not in cues.MEANS_PREPOSITIONS or token.head.pos_ not in VERB_POS:
            continue
        target = _object_of(token)
        if target is None:
            continue
        if token.lower_ in ("by", "using", "despite") and target.tag_ == "VBG":
            return _from(token, target)
        if token.lower_ in ("via", "through") or (
            token.lower_ == "with" and target.pos_ == "NOUN" and not target.ent_type_
        ):
            return _from(token, target)
    return None


def _purpose(token: Token) -> bool:
    """ "(in order) to meet Obama" after a verb that does not take an infinitive object."""
    return (
        token.dep_ in ("advcl", "xcomp")
        and token.pos_ == "VERB"
        and _infinitive(token)
        and token.head.lemma_.lower() not in cues.CONTROL_VERBS
    )


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
    if token.lower_ == "to" and token.head.i > token.i and token.head.pos_ in VERB_POS:
        return token.head  # "in a bid to stop him": "to" hangs on the verb it introduces
    return None


def _from(start: Token, head: Token) -> Span:
    """From a cue word through what it governs, cut at a comma and at the length limit."""
    doc = start.doc
    end = max(head.right_edge.i, start.i) + 1
    stop = next((t.i for t in doc[start.i + 1 : end] if t.text in BREAK_PUNCT), end)
    span = shorten(doc[start.i : max(stop, start.i + 1)], MAX_PHRASE_TOKENS)
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span
