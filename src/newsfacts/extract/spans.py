"""Character spans of the clean text: the record several stages' own records extend, and
the trim the quote and time stages share."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TextSpan:
    """Half-open character offsets into a text, and the text between them."""

    start: int
    end: int
    text: str


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` without its leading and trailing whitespace, as offsets."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class Covered:
    """Character spans taken already, asked whether a new span overlaps any of them: one
    binary search instead of a test against every taken span (stages ask it per noun phrase,
    per proper noun). The answer is the pairwise test's, `s < end and start < e` for some taken
    span, empty ones included."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        merged: list[list[int]] = []
        for start, end in self._spans:
            if start >= end:
                continue  # overlaps no span of its own; kept in _spans for the pairwise test
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]
        self._empty = [(start, end) for start, end in self._spans if start >= end]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether `[start, end)` overlaps a taken span (`s < end and start < e`)."""
        if start >= end:  # an empty span asked: the pairwise test as it stands
            return any(s < end and start < e for s, e in self._spans)
        # the first merged span ending after `start` is the only one that can overlap it
        at = bisect_left(self._ends, start + 1)
        if at < len(self._starts) and self._starts[at] < end:
            return True
        return any(s < end and start < e for s, e in self._empty)
