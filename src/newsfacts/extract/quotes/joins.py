"""One attribution the cue's pieces came apart from (issue #19).

'"If the dam holds," the mayor said, "the town is safe."' is one attribution in two pieces:
the parse hangs the second quotation on "said" as its content, and the first, standing before
the cue, borrows it (`uncued.py`), so the two came out as two quotes of one speaker. PolNeAR
annotates them as one, and so does a fragment before the cue that the cue's content goes on
from ('the "rigged game" that she says is kept up by donors'). A quotation lent a cue that it
stands before is the first piece of what that cue reports after it.
Called once, from `find.py`, when every quotation has its cue.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract.quotes.records import Cue, Found

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsfacts.extract.quotes.marks import Quoted


def join_lent(doc: Doc, text: str, found: list[Found]) -> list[Found]:
    """The first quote a cue reports after itself continues the quotation lent that cue
    right before it ('"A," X said, "B."'), when nothing continues either yet."""
    tails = {item.continues for item in found if item.continues is not None}
    lent: dict[int, Found] = {}
    for item in found:
        cue = item.cue
        if (
            cue is None
            or cue.content is None
            or item.kind == "indirect"
            or item.end > cue.start
            or (item.start, item.end) in tails
            or (cue.token in lent and lent[cue.token].start >= item.start)
        ):
            continue
        if _right_before(doc, text, item, cue):
            lent[cue.token] = item
    heads: dict[int, int] = {}
    for index, item in enumerate(found):
        cue = item.cue
        if cue is None or cue.token not in lent or item.continues is not None:
            continue
        if item.start >= cue.end and (
            cue.token not in heads or found[heads[cue.token]].start > item.start
        ):
            heads[cue.token] = index
    joined = list(found)
    for token, index in heads.items():
        if _verb_between(doc, found[index].cue, found[index]):
            continue
        first = lent[token]
        joined[index] = replace(found[index], continues=(first.start, first.end))
    return joined


def _right_before(doc: Doc, text: str, item: Found, cue: Cue) -> bool:
    """The quotation opens its sentence and only the cue's speaker and marks stand between
    it and its cue ('"A," X said', '"A," said X'); not '"A." X then said', nor 'To a
    question on "A," X said'."""
    if cue.speaker is None:
        return False
    sentence = doc[cue.token].sent.start_char
    if sentence > item.start or any(c.isalnum() for c in text[sentence : item.start]):
        return False
    first, last = doc[cue.speaker[0]], doc[cue.speaker[1] - 1]
    if first.idx < item.end:
        return False
    between = text[item.end : cue.start]
    start, end = first.idx - item.end, last.idx + len(last) - item.end
    if end <= len(between):
        between = between[:start] + between[end:]
    return not any(c.isalnum() for c in between)


def _verb_between(doc: Doc, cue: Cue | None, item: Found) -> bool:
    """A verb between the cue and what it reports after it ('"A," X said before adding: "B."'):
    a report of its own, which the gold keeps apart."""
    if cue is None:
        return False
    span = doc.char_span(cue.end, item.start, alignment_mode="contract")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def across_line(text: str, cue: Cue, region: Quoted) -> bool:
    """A line break stands between the cue and the quotation: the parse ran a sentence over
    two lines ('"A," he said. "B."' then a line 'Y told reporters ...'), and the cue is the
    next line's, not the quotation's. Not for single marks, which count only in a paragraph
    without double ones (mostly a headline, whose lines are one report and its deck)."""
    if not region.double:
        return False
    if cue.start >= region.outer_end:
        return "\n" in text[region.outer_end : cue.start]
    return "\n" in text[cue.end : region.outer_start]
