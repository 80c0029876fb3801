"""Character spans of the clean text: the record several stages' own records extend, and
the trim the quote and time stages share."""

from __future__ import annotations

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
