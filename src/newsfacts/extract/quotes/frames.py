"""Speakers framed by punctuation rather than by a verb: colons and dashes around quotes.

'The mayor said: "..."' with the quotation in the next paragraph, 'From the mayor: "..."',
a headline or transcript line 'Mayor: We will rebuild', and the pull-quote signature
'"..." — Harbourmaster Ola Dahl' name their speaker with a colon or a dash. The parse rarely
links these, so the phrase is read off the tokens: a short stretch shaped like a noun phrase
(a noun or name, no verb) right before the colon or right after the dash. A quotation
closed on a comma and followed by a short clause of its own ('"...," an angry mayor
retaliated.') is framed the same way: the shape names the speaker whatever the verb.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import tokens
from newsfacts.extract.quotes.heads import named_head, referent, speaker_span
from newsfacts.extract.quotes.records import FRAME, Cue
from newsfacts.extract.quotes.speakers import is_someone
from newsfacts.extract.quotes.words import (
    DOCUMENT_NOUNS,
    FRAME_DASHES,
    FRAME_PREPOSITIONS,
    LABEL_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A framing phrase ("Harbourmaster Ola Dahl", "From the mayor") is at most this many tokens.
MAX_FRAME_TOKENS = 8
# A labelled line ("Mayor: We will rebuild") says at least this many words after its colon.
MIN_LABELLED_WORDS = 3
# A transcript label names one speaker: "TAPPER", "JAKE TAPPER", "SEN. JO ROE" at most.
MAX_LABEL_WORDS = 3
# What a tail clause's verb may not have: it reports the quotation, not a thing of its own.
TAIL_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "dative"})
# Entity types of a dateline in capitals ("WASHINGTON:"), not a speaker.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class Frame:
    """A speaker read off punctuation: token range, head token, and the mark as the cue."""

    speaker: tuple[int, int]
    head: int
    cue: str
    cue_token: int


class Tokens:
    """Character offset -> token index, for a Doc whose text is already at hand."""

    def __init__(self, doc: Doc) -> None:
        toks = tokens(doc)
        self.doc = doc
        self.starts = [token.idx for token in toks]

    def at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def colon_before(text: str, tokens: Tokens, offset: int) -> int | None:
    """The token of a colon right before `offset` (spaces and one paragraph break between)."""
    position = offset
    while position > 0 and text[position - 1].isspace():
        position -= 1
    if position == 0 or text[position - 1] != ":" or text.count("\n", position, offset) > 2:
        return None
    return tokens.at(position - 1)


def colon_frame(tokens: Tokens, colon: int) -> Frame | None:
    """ "From the mayor:", "Mayor Ola Dahl:": a noun phrase opening its line before a colon."""
    doc = tokens.doc
    start = colon
    while start > 0 and colon - start < MAX_FRAME_TOKENS:
        previous = doc[start - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_ or previous.is_sent_end:
            break
        if _spaced_dash(doc, start - 1):
            break  # "A HEADING - Jo Roe and Tim Doe:": the dash opens the phrase
        start -= 1
    if start > 0 and not (_line_start(doc, start) or _spaced_dash(doc, start - 1)):
        return None
    if start + 1 < colon and doc[start].lower_ == "more" and doc[start + 1].lower_ == "from":
        start += 1  # "More from Jo Roe:"
    if start < colon and doc[start].lower_ in FRAME_PREPOSITIONS:
        start += 1
    return _frame(doc, start, colon, cue=":", cue_token=colon)


def subject_frame(tokens: Tokens, colon: int) -> Frame | None:
    """'She then turned to the crowd: "..."': the subject of the sentence a colon ends, when
    no verb of saying is there to name the speaker."""
    sentence = tokens.doc[colon].sent
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX") or root.i > colon:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < colon), None)
    if subject is None:
        return None
    return Frame(speaker_span(subject), referent(subject).i, ":", colon)


def dash_frame(text: str, tokens: Tokens, offset: int, limit: int) -> Frame | None:
    """'"..." — Harbourmaster Ola Dahl': a noun phrase after a dash, ending its paragraph
    (or running to a comma before more about the speaker)."""
    position = offset
    while position < limit and text[position] in " ,\t":
        position += 1
    dash = next((d for d in FRAME_DASHES if text.startswith(d, position)), None)
    if dash is None:
        return None
    doc = tokens.doc
    first = tokens.at(position + len(dash))
    while first < len(doc) and (doc[first].text in FRAME_DASHES or doc[first].is_space):
        first += 1
    end = first
    while end < len(doc) and doc[end].idx < limit and doc[end].text not in (",", ".", ";"):
        end += 1
    return _frame(doc, first, end, cue=dash, cue_token=tokens.at(position))


def tail_frame(text: str, tokens: Tokens, quoted_end: int, offset: int) -> Frame | None:
    """'"...," an angry mayor retorted.': a quotation closed on a comma (or "?", "!") and
    followed by a short clause of its own, a subject and a verb with no object, that ends the
    sentence. Whatever the verb ("retorted", "quipped", "shot back"), the shape says who
    spoke the words; the lexicon of saying is not needed."""
    if quoted_end == 0 or text[quoted_end - 1] not in ",?!":
        return None
    doc = tokens.doc
    first = tokens.at(offset)
    if first < len(doc) and doc[first].idx < offset:
        first += 1
    end = first
    while end < len(doc) and not _tail_end(doc[end]):
        end += 1
    if end >= len(doc) or doc[end].text != "." or not 2 <= end - first <= MAX_FRAME_TOKENS:
        return None
    verbs = [t for t in doc[first:end] if t.pos_ == "VERB"]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    if any(c.dep_ in TAIL_OBJECTS and first <= c.i < end for c in verb.children):
        return None  # the quotation itself may hang on the verb as its clause
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and first <= c.i), None)
    if subject is None or subject.i > verb.i:
        return None
    if any(not verb.left_edge.i <= t.i <= verb.right_edge.i for t in doc[first:end]):
        return None  # not one clause: '"...," and the crowd cheered as she left'
    return Frame(speaker_span(subject), referent(subject).i, verb.text, verb.i)


def _tail_end(token: Token) -> bool:
    return token.text in (".", ";", "!", "?") or token.is_quote or "\n" in token.text


def label_frame(tokens: Tokens, start: int, end: int) -> tuple[Frame, int] | None:
    """A line that opens "Name: what they said" (headlines, transcripts): the frame and the
    token where the words after the colon begin."""
    doc = tokens.doc
    first = tokens.at(start)
    for i in range(first, min(first + MAX_FRAME_TOKENS + 1, len(doc))):
        if doc[i].idx >= end:
            return None
        if doc[i].text == ":":
            after = [t for t in doc[i + 1 :] if t.idx < end and not t.is_punct]
            if len(after) < MIN_LABELLED_WORDS:
                return None
            frame = _transcript_frame(doc, first, i) or _named_frame(doc, first, i)
            if frame is not None and any(t.pos_ in ("VERB", "AUX") for t in after):
                return frame, i + 1
            quoted = any(t.is_quote for t in doc[i + 1 :] if t.idx < end)
            if start == 0 and not quoted:
                frame = _headline_frame(doc, first, i)  # the headline: "Poll: X leads Y"
                return (frame, i + 1) if frame is not None else None
            return None
        if doc[i].pos_ in ("VERB", "AUX") and not _capitals(doc[i]):
            return None
    return None


def _named_frame(doc: Doc, first: int, colon: int) -> Frame | None:
    """A person's name before the colon ("Mayor Dahl: We will rebuild"), not a topic ("Big
    Win For X: ...") or a label ("Update: ...")."""
    frame = _frame(doc, first, colon, cue=":", cue_token=colon)
    if frame is None:
        return None
    head = doc[frame.head]
    if head.lower_ in LABEL_WORDS or head.ent_type_ != "PERSON":
        return None
    return frame


def _headline_frame(doc: Doc, first: int, colon: int) -> Frame | None:
    """A headline's source before its colon, with or without a verb after it: someone ("Roe:
    No deal on the pier", "Dockworkers: X will win"), a group or a document ("Poll: X leads");
    not a place, nor a label word. Only with no quotation marks after the colon: a headline's
    quotation is found as one (`marks.py`)."""
    frame = _frame(doc, first, colon, cue=":", cue_token=colon)
    if frame is None:
        return None
    head = doc[frame.head]
    if head.lower_ in LABEL_WORDS or head.ent_type_ in PLACE_TYPES:
        return None
    if head.ent_type_ == "PERSON" or is_someone(head) or head.lemma_.lower() in DOCUMENT_NOUNS:
        return frame
    return None


def _transcript_frame(doc: Doc, first: int, colon: int) -> Frame | None:
    """A transcript's speaker label in capitals ("TAPPER:", "JAKE TAPPER:"), whatever the
    model tags it (it reads such names as anything from a verb to an organisation); a place in
    capitals ("WASHINGTON:") is a dateline and a label word ("UPDATE:") no speaker."""
    words = [t for t in doc[first:colon] if not t.is_punct and not t.is_space]
    if not 0 < len(words) <= MAX_LABEL_WORDS or not all(_capitals(t) for t in words):
        return None
    if any(t.ent_type_ in PLACE_TYPES or t.lower_ in LABEL_WORDS for t in words):
        return None
    return Frame((words[0].i, words[-1].i + 1), words[-1].i, ":", colon)


def _capitals(token: Token) -> bool:
    return token.is_alpha and token.is_upper and len(token) > 1


def _frame(doc: Doc, start: int, end: int, *, cue: str, cue_token: int) -> Frame | None:
    tokens = [t for t in doc[start:end] if not t.is_space]
    if not tokens or len(tokens) > MAX_FRAME_TOKENS:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    if not any(t.pos_ in ("PROPN", "NOUN") for t in tokens):
        return None
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head == t]
    head = _head_noun(roots[-1] if roots else tokens[-1])
    return Frame((tokens[0].i, tokens[-1].i + 1), head.i, cue, cue_token)


def _head_noun(token: Token) -> Token:
    return named_head(token)


def _spaced_dash(doc: Doc, i: int) -> bool:
    """A dash set off by spaces, as between a heading and what follows it on its line."""
    return (
        i > 0
        and doc[i].text in FRAME_DASHES
        and bool(doc[i].whitespace_)
        and bool(doc[i - 1].whitespace_)
    )


def _line_start(doc: Doc, i: int) -> bool:
    previous = doc[i - 1]
    return "\n" in previous.text or "\n" in previous.whitespace_ or previous.is_sent_end is True


def frame_cue(tokens: Tokens, frame: Frame, *, content: tuple[int, int] | None) -> Cue:
    """The cue a frame's mark makes, with the frame's speaker and the content given."""
    mark = tokens.doc[frame.cue_token]
    return Cue(
        token=frame.cue_token,
        start=mark.idx,
        end=mark.idx + len(mark),
        text=frame.cue,
        lemma=frame.cue,
        via=FRAME,
        content=content,
        speaker=frame.speaker,
        speaker_head=frame.head,
    )
