"""Quotations no cue's content took: whose they are, read off what stands near them (issue #5).

In the order a reader looks: a cue in the quotation's own sentence ('"...," X said'), a colon
introduction ('X said: "..."'), a dash after it ('"..." — X'; both in `frames.py`), the quote
before it in the paragraph (the second half of a split quote), the speaker of the paragraph
before (a quote standing alone; it continues the quote ending that paragraph when only the
cue's sentence stands between). Quoted words with none of these (scare quotes, titles) are
not quotes; a short one a sentence after a paraphrase goes on with it as an indirect piece.
Called by `find.py` for each quotation left over once the cues took their contents.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import sentences
from newsfacts.extract.quotes.content import TokenRange
from newsfacts.extract.quotes.cues import BARE, PASSIVE, Cue
from newsfacts.extract.quotes.frames import (
    Tokens,
    colon_before,
    colon_frame,
    dash_frame,
    frame_cue,
    subject_frame,
    tail_frame,
)
from newsfacts.extract.quotes.joins import across_line
from newsfacts.extract.quotes.marks import (
    Quoted,
    looks_like_title,
    paragraph_bounds,
    quotation_distance,
    trim_quote_end,
)
from newsfacts.extract.quotes.records import Found

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A line break before a line that opens as a sentence or a heading does (a capital, a
# quotation mark): no report runs over it. A line wrapped inside a sentence is no break.
LINE_BREAK = re.compile(r"\n(?=[ \t]*[A-Z0-9\"“‘'])")
# Quoted words with no cue and fewer words than this are scare quotes or titles, not quotes.
MIN_UNCUED_WORDS = 4
# A short quotation takes a cue at most this many characters away ('"No," the mayor said').
MAX_SHORT_GAP = 40
# A quotation with this share of its paragraph's letters stands alone in it.
STANDALONE_SHARE = 0.6
# A sentence starting this few characters after a closing mark is the quotation's own cue
# sentence ('"...." X said.', split by the sentencizer after the mark).
CUE_SENTENCE_GAP = 3
_SENTENCE_END = re.compile(r"[.!?]")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# The close of the writer's sentence, set inside the marks ('a "dead end."').
_CLOSING = ".!?,;: "


class Layout:
    """Sentence and paragraph positions of a Doc, for finding what is near a quote."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.sentences = [(s.start_char, s.end_char) for s in sentences(doc)]
        self.sentence_starts = [start for start, _ in self.sentences]
        self.paragraphs = paragraph_bounds(text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]

    def sentence(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def paragraph(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)


def attribute(
    text: str,
    tokens: Tokens,
    layout: Layout,
    region: Quoted,
    cues: list[Cue],
    found: list[Found],
    silent: list[Found],
    asides: set[tuple[int, int]],
) -> Found | None:
    """A quotation no cue's content took: find its speaker nearby, or drop it. A `silent`
    cue before it in its paragraph lends its speaker, with nothing to continue."""
    end = trim_quote_end(text, region.start, region.end)
    direct = Found(kind="direct", start=region.start, end=end, cue=None)
    cue = _cue_beside(text, layout, region, cues) or _framing_cue(
        text, tokens, layout, region, cues
    )
    if cue is not None:
        # '"A," X said, "B."': the second piece continues the first.
        before = [item for item in found if item.cue == cue and item.start < region.start]
        quoted = _quotation_before(layout, region, cue.speaker, found)
        if quoted is None and before and before[-1].kind != "direct":
            quoted = _quotation_of_head(layout, region, tokens.doc[cue.token].head.i, found)
        if quoted is not None and before and before[-1].kind != "direct":
            # '"A," X said, suggesting that Y. "B."': B runs on from A, not from Y.
            cue, before = quoted.cue or cue, [quoted]
        return replace(
            direct,
            cue=cue,
            speaker=cue.speaker,
            speaker_head=cue.speaker_head,
            cue_text=cue.text,
            continues=(before[-1].start, before[-1].end) if before else None,
        )
    paragraph = layout.paragraph(region.start)
    earlier = [item for item in found if item.start < region.start and item.speaker is not None]
    same_paragraph = [
        item
        for item in earlier + [item for item in silent if item.speaker is not None]
        if item.start < region.start and layout.paragraph(item.start) == paragraph
    ]
    if same_paragraph and _heading_line(text, region):
        return None  # a title standing as a line of its own: a heading, no one's words
    if same_paragraph:
        # The second half of a split quote: the speaker of the quote before it.
        item = max(same_paragraph, key=lambda item: item.start)
        if item.kind != "direct":
            # '"A," X said, suggesting that Y. "B."': B runs on from A, not from Y.
            item = _quotation_before(layout, region, item.speaker, found, item.speaker_head) or item
        if item.kind != "direct" and _aside(text, tokens, layout, region, item, asides, silent):
            # A scare quote or a title after the paraphrase is the writer's: it goes on with
            # the paraphrase, whose kind it leaves indirect.
            direct = replace(direct, kind="indirect")
            asides.add((region.start, end))
        return replace(
            direct,
            speaker=item.speaker,
            speaker_head=item.speaker_head,
            cue=item.cue,
            cue_text=item.cue_text,
            continues=None if item in silent else (item.start, item.end),
        )
    if earlier and _stands_alone(text, layout, region):
        # A quotation standing alone in its paragraph: the speaker of the paragraph before.
        item = max(earlier, key=lambda item: item.start)
        if layout.paragraph(item.start) >= paragraph - 1:
            return replace(
                direct,
                speaker=item.speaker,
                speaker_head=item.speaker_head,
                continues=(item.start, item.end)
                if region.continued or _runs_on(text, layout, region, item)
                else None,
            )
    return None


def _heading_line(text: str, region: Quoted) -> bool:
    """The quotation is a line of its own, every word capitalised ('"A BOLD PLAN"' between
    two lines of a paragraph): a heading."""
    before = text.rfind("\n", 0, region.outer_start)
    after = text.find("\n", region.outer_end)
    if before < 0 or after < 0:
        return False
    if text[before : region.outer_start].strip() or text[region.outer_end : after].strip(" .,:"):
        return False
    return looks_like_title(text[region.start : region.end].split())


def _aside(
    text: str,
    tokens: Tokens,
    layout: Layout,
    region: Quoted,
    item: Found,
    asides: set[tuple[int, int]],
    silent: list[Found],
) -> bool:
    """A short quotation (a scare quote, a title: no sentence ends inside it) with no cue
    beside it, in a later sentence than the paraphrase it follows, or after another such."""
    words = text[region.start : region.end].split()
    inner = text[region.start : region.end].rstrip(_CLOSING)
    if len(words) >= MIN_UNCUED_WORDS or _SENTENCE_END.search(inner):
        return False
    if (item.start, item.end) in asides:
        return True
    if layout.sentence(region.start) > layout.sentence(max(item.start, item.end - 1)):
        return True
    return item not in silent and _clause_between(text, tokens, item.end, region.outer_start)


def _clause_between(text: str, tokens: Tokens, start: int, end: int) -> bool:
    """A clause of its own, a subject and its verb, opens between `start` and `end`
    ("X backed the deal, although she has "concerns"")."""
    if end <= start or ":" in text[start:end]:
        return False  # "that X: Y is "A"": what follows a colon spells the content out
    doc = tokens.doc
    first, last = tokens.at(start), tokens.at(end - 1)
    return any(
        doc[i].dep_ in _SUBJECTS and first <= doc[i].head.i <= last and doc[i].idx >= start
        for i in range(first, last + 1)
    )


def _runs_on(text: str, layout: Layout, region: Quoted, item: Found) -> bool:
    """A quotation opening its paragraph goes on with the quotation that ends the paragraph
    before, its cue sentence aside ('"A," she said.' then '"B."'): one attribution in pieces.
    Not after another sentence ('"A," she said. She then took questions.')."""
    if item.kind != "direct" or region.outer_start != layout.paragraphs[region.paragraph][0]:
        return False
    previous = layout.paragraph(item.start)
    if previous != region.paragraph - 1:
        return False
    last = layout.sentence(layout.paragraphs[previous][1] - 1)
    own = layout.sentence(item.end - 1)
    if last == own:
        return True
    following = layout.sentences[own + 1][0]
    return last == own + 1 and not any(c.isalnum() for c in text[item.end : following])


def _quotation_before(
    layout: Layout,
    region: Quoted,
    speaker: TokenRange | None,
    found: list[Found],
    head: int | None = None,
) -> Found | None:
    """The last direct quote before `region` in its paragraph by `speaker`, or by the one
    `head` stands for ('"A," said X, who wrote B. "C."': C runs on from A, X's)."""
    return _last_direct(
        layout,
        region,
        found,
        lambda item: item.speaker == speaker or (head is not None and item.speaker_head == head),
    )


def _quotation_of_head(
    layout: Layout, region: Quoted, head: int, found: list[Found]
) -> Found | None:
    """The last direct quote before `region` in its paragraph whose cue is the verb `head`:
    '"A," X said as she took the stage. "B."' ("took" hangs on "said"): B runs on from A."""
    return _last_direct(
        layout, region, found, lambda item: item.cue is not None and item.cue.token == head
    )


def _last_direct(
    layout: Layout, region: Quoted, found: list[Found], belongs: Callable[[Found], bool]
) -> Found | None:
    """The last direct quote with a speaker before `region` in its paragraph that `belongs`."""
    paragraph = layout.paragraph(region.start)
    same = [
        item
        for item in found
        if item.kind == "direct"
        and item.start < region.start
        and item.speaker is not None
        and belongs(item)
        and layout.paragraph(item.start) == paragraph
    ]
    return max(same, key=lambda item: item.start) if same else None


def _framing_cue(
    text: str, tokens: Tokens, layout: Layout, region: Quoted, cues: list[Cue]
) -> Cue | None:
    """A colon before the quotation ('X said: "..."', with the quotation perhaps in the next
    paragraph; 'From X: "..."') or a dash after it ('"..." — X')."""
    colon = colon_before(text, tokens, region.outer_start)
    if colon is not None:
        sentence = layout.sentence(tokens.doc[colon].idx)
        before = [
            cue
            for cue in cues
            if cue.token < colon
            and layout.sentence(cue.start) == sentence
            and cue.speaker is not None
        ]
        if before:
            return before[-1]
        frame = colon_frame(tokens, colon) or subject_frame(tokens, colon)
        if frame is not None:
            return frame_cue(tokens, frame, content=None)
    limit = layout.paragraphs[layout.paragraph(region.start)][1]
    frame = dash_frame(text, tokens, region.outer_end, limit) or tail_frame(
        text, tokens, region.end, region.outer_end
    )
    return frame_cue(tokens, frame, content=None) if frame is not None else None


def _cue_beside(text: str, layout: Layout, region: Quoted, cues: list[Cue]) -> Cue | None:
    """A cue of saying in the sentences the quotation touches, outside it, nearest first.
    A quotation of a few words takes only a cue right next to it ('"No," he said'): a short
    quotation further off is a title or a scare quote."""
    first = layout.sentence(region.outer_start)
    last = layout.sentence(max(region.outer_start, region.outer_end - 1))
    paragraph = layout.paragraph(region.outer_start)
    following = last + 1
    if (
        following < len(layout.sentences)
        and layout.sentences[following][0] - region.outer_end < CUE_SENTENCE_GAP
        and "\n" not in text[region.outer_end : layout.sentences[following][0]]
    ):
        last = following
    near = [
        cue
        for cue in cues
        if first <= layout.sentence(cue.start) <= last
        and layout.paragraph(cue.start) == paragraph
        and not region.outer_start <= cue.start < region.outer_end
        and not across_line(text, cue, region)
        and (cue.via == BARE or (cue.speaker is not None and cue.via != PASSIVE))
        and not (cue.start >= region.outer_end and _line_between(text, region.outer_end, cue.start))
    ]
    if not near:
        return None
    cue = min(near, key=lambda cue: quotation_distance(cue, region))
    words = text[region.start : region.end].split()
    if len(words) < MIN_UNCUED_WORDS and (
        quotation_distance(cue, region) > MAX_SHORT_GAP or looks_like_title(words)
    ):
        return None
    return cue


def _line_between(text: str, start: int, end: int) -> bool:
    """A line break opening a sentence or a heading (`LINE_BREAK`) lies between a quotation
    ending at `start` and a cue at `end` that does not open its line: the cue's clause is a
    report of its own (a line "Jo Roe said B"), not the quotation's (a line "According to X")."""
    return LINE_BREAK.search(text, start, end) is not None


def _stands_alone(text: str, layout: Layout, region: Quoted) -> bool:
    """The quotation is most of its paragraph: a quote running on from the one before. Not
    a title standing as a heading ("'The River Comes Home'"): every word capitalised."""
    start, end = layout.paragraphs[layout.paragraph(region.start)]
    letters = sum(c.isalnum() for c in text[start:end])
    inside = sum(c.isalnum() for c in text[region.start : region.end])
    words = text[region.start : region.end].split()
    if looks_like_title(words):
        return False
    return len(words) >= MIN_UNCUED_WORDS and inside >= STANDALONE_SHARE * letters
