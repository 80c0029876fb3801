"""The quote records passed between the quote modules: found, then linked to a speaker.

Kept apart from `find.py` and `nesting.py` so that each imports them without importing the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsfacts.extract.quotes.cues import Cue
from newsfacts.sheet import Speaker


@dataclass(frozen=True, slots=True)
class Found:
    """A quote before numbering: content offsets, its cue and where its speaker came from."""

    kind: str
    start: int
    end: int
    cue: Cue | None
    speaker: tuple[int, int] | None = None  # token range
    speaker_head: int | None = None
    cue_text: str | None = None
    continues: tuple[int, int] | None = None  # offsets of the quote this one continues
    reporter: tuple[int, int] | None = None  # "X reported, citing Y": X (token range)
    reporter_head: int | None = None


@dataclass(frozen=True, slots=True)
class Linked:
    """A found quote with its speaker linked to an entity."""

    item: Found
    speaker: Speaker | None
    source_type: str | None
    reported_by: Speaker | None = None
