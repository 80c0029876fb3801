"""Quotation-mark scanning: which stretches of the clean text stand inside quotation marks.

Scraped news mixes every style: curly “…”, straight "…", the wire's ``…'' and ''…'',
guillemets, curly marks typed the wrong way round, and the multi-paragraph convention (an
opening mark at the start of each paragraph, the closing one only at the end of the last).
Pairing marks through a whole document fails on one stray mark (textacy raises on an odd
count), so marks are paired paragraph by paragraph, each mark's role read from its neighbours
(a mark after a space and before a word opens), and a quote still open at a paragraph's end is
closed there, as PolNeAR's converter does (../shared/eval/quotes/SOURCE.md).

Single marks (‘…’, '…') are apostrophes far more often than quotes; they count only in a
paragraph without double marks, and only where both ends look like quotation marks. They find
a quotation, but do not make its kind (`find.py`): the converter reads double marks only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsfacts.extract.quotes.words import (
    AFTER_CLOSING,
    BEFORE_OPENING,
    DOUBLE_CLOSING,
    DOUBLE_MARK,
    DOUBLE_OPENING,
    MARKUP_TAG,
    PARAGRAPH_BREAK,
    SINGLE_CLOSING,
    SINGLE_MARK,
    SINGLE_OPENING,
    WIRE_OPENING,
)
from newsfacts.extract.spans import strip_span

if TYPE_CHECKING:
    from newsfacts.extract.quotes.records import Cue

OPEN, CLOSE, EITHER = "open", "close", "either"
# A quoted stretch needs a letter or digit to be a quote at all.
WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Quoted:
    """A stretch inside quotation marks: `start`/`end` the words inside (marks and edge spaces
    excluded), `outer_start`/`outer_end` with the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    double: bool = True
    closed: bool = True  # False: still open at the paragraph end
    continued: bool = False  # True: continues the previous paragraph's open quote

    def __contains__(self, offset: int) -> bool:
        return self.start <= offset < self.end


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Half-open (start, end) of each blank-line separated paragraph, edge spaces excluded."""
    bounds = []
    position = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        bounds.append((position, match.start()))
        position = match.end()
    bounds.append((position, len(text)))
    return [strip_span(text, start, end) for start, end in bounds if text[start:end].strip()]


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch of `text`, in text order. Marks inside markup left in scraped text
    (`<tweet author="...">`) are attribute delimiters, not quotation marks."""
    tags = [(m.start(), m.end()) for m in MARKUP_TAG.finditer(text)]
    found: list[Quoted] = []
    was_open = False
    for index, (start, end) in enumerate(paragraph_bounds(text)):
        pieces = _double_quoted(text, start, end, index, tags)
        if not pieces:
            pieces = _single_quoted(text, start, end, index, tags)
        if pieces and was_open and pieces[0].outer_start == start:
            first = pieces[0]
            pieces[0] = Quoted(
                first.start,
                first.end,
                first.outer_start,
                first.outer_end,
                index,
                first.double,
                first.closed,
                continued=True,
            )
        found.extend(pieces)
        was_open = bool(pieces) and not pieces[-1].closed
    return found


def _double_quoted(
    text: str, start: int, end: int, paragraph: int, tags: list[tuple[int, int]]
) -> list[Quoted]:
    marks = [
        (m.start(), m.end(), _role(text, m.start(), m.end(), start, end))
        for m in DOUBLE_MARK.finditer(text, start, end)
        if not _in_tag(m.start(), tags)
    ]
    if not marks:
        return []
    return _pair(text, marks, start, end, paragraph, double=True)


def _single_quoted(
    text: str, start: int, end: int, paragraph: int, tags: list[tuple[int, int]]
) -> list[Quoted]:
    """Single-quote style paragraphs: a mark counts only when it is clearly an opener (space
    before, word after) or a closer (word or punctuation before, space or punctuation after)."""
    marks: list[tuple[int, int, str]] = []
    for m in SINGLE_MARK.finditer(text, start, end):
        if _in_tag(m.start(), tags):
            continue
        role = _role(text, m.start(), m.end(), start, end)
        char = m.group()
        if role == EITHER:
            continue  # mid-word: an apostrophe ("don't")
        if role == OPEN and char in SINGLE_CLOSING:
            continue  # ’90s, ’em
        if role == CLOSE and char in SINGLE_OPENING:
            continue
        # "the soldiers’ guns": a plural possessive, unless an opener is waiting.
        possessive = role == CLOSE and text[m.start() - 1 : m.start()] in ("s", "S")
        if possessive and not any(r == OPEN for _, _, r in marks[-1:]):
            continue
        marks.append((m.start(), m.end(), role))
    pieces = _pair(text, marks, start, end, paragraph, double=False)
    # "rock 'n' roll": a one-letter stretch between apostrophes is a contraction.
    return [
        piece
        for piece in pieces
        if piece.closed and sum(c.isalnum() for c in text[piece.start : piece.end]) > 1
    ]


def _in_tag(offset: int, tags: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in tags)


def _role(text: str, mark_start: int, mark_end: int, start: int, end: int) -> str:
    """Whether a mark opens or closes, from the characters on both sides of it."""
    before = text[mark_start - 1] if mark_start > start else " "
    after = text[mark_end] if mark_end < end else " "
    opens = (before in BEFORE_OPENING or before in DOUBLE_OPENING + "‘") and not after.isspace()
    closes = not before.isspace() and (
        after in AFTER_CLOSING or after in DOUBLE_CLOSING + "’" or after == "'"
    )
    mark = text[mark_start:mark_end]
    if mark in DOUBLE_OPENING or mark == WIRE_OPENING or mark in SINGLE_OPENING:
        # Typed as an opener; trust it unless both sides say it closes ("end“ ").
        return CLOSE if closes and not opens else OPEN
    if mark in DOUBLE_CLOSING or mark in SINGLE_CLOSING:
        return OPEN if opens and not closes else CLOSE
    if opens and not closes:
        return OPEN
    if closes and not opens:
        return CLOSE
    return EITHER


def _pair(
    text: str,
    marks: list[tuple[int, int, str]],
    start: int,
    end: int,
    paragraph: int,
    *,
    double: bool,
) -> list[Quoted]:
    """Pair a paragraph's marks left to right: one quote open at a time."""
    pieces = []
    opened: tuple[int, int] | None = None
    for mark_start, mark_end, role in marks:
        if opened is None:
            if role in (OPEN, EITHER):
                opened = (mark_start, mark_end)
            continue
        if role == OPEN and text[opened[0] : opened[1]] == text[mark_start:mark_end]:
            # Two openers of one kind in a row: the first was never closed. Its quote ends
            # where the second begins (a missing closing mark is the commonest scraping slip).
            pieces.append(_quoted(text, opened, (mark_start, mark_start), paragraph, double))
            opened = (mark_start, mark_end)
            continue
        pieces.append(_quoted(text, opened, (mark_start, mark_end), paragraph, double))
        opened = None
    if opened is not None:
        pieces.append(_quoted(text, opened, (end, end), paragraph, double, closed=False))
    return [piece for piece in pieces if WORD_CHAR.search(text, piece.start, piece.end)]


def _quoted(
    text: str,
    opening: tuple[int, int],
    closing: tuple[int, int],
    paragraph: int,
    double: bool,
    *,
    closed: bool = True,
) -> Quoted:
    inner_start, inner_end = strip_span(text, opening[1], closing[0])
    return Quoted(
        inner_start,
        inner_end,
        opening[0],
        closing[1],
        paragraph,
        double=double,
        closed=closed and closing[1] > closing[0],
    )


# Small words a title leaves in lower case.
TITLE_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with"})
# Characters trimmed from the end of a direct quote's text ('"She is stable," X said').
TRAILING = " ,;:—–-"


def quotation_distance(cue: Cue, region: Quoted) -> int:
    """Characters between a cue and the quotation, on whichever side it stands."""
    if cue.start >= region.outer_end:
        return cue.start - region.outer_end
    return region.outer_start - cue.end


def looks_like_title(words: list[str]) -> bool:
    """ "Morning Joe", "Bridge Over Troubled Water": every word capitalised."""
    capitals = [w[0].isupper() for w in words if w[0].isalpha() and w.lower() not in TITLE_SMALL]
    return len(words) >= 2 and bool(capitals) and all(capitals)


def inside_quotation(offset: int, quoted: list[Quoted]) -> bool:
    return any(r.start <= offset < r.end for r in quoted)


def trim_quote_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return end
