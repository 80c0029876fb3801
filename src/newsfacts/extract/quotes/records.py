"""The quote records passed between the quote modules: found, then linked to a speaker.

Kept apart from `find.py`, `cues.py`, `nouns.py` and `nesting.py` so that each imports them
without importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsfacts.extract.quotes.content import TokenRange
from newsfacts.sheet import Speaker

# How a cue found its content.
CLAUSE, INVERSION, ACCORDING, NAMING, BARE = "clause", "inversion", "according", "naming", "bare"
INTENT, OBJECT, FRAME = "intent", "object", "frame"  # FRAME: a colon or dash (frames)
NOUN = "noun"  # "his claim that ...", "X's position is that ...", "in the view of X"
SEEMING = "seeming"  # "voters seem to prefer X": the clause, no source named
TOPIC = "topic"  # "his attack on X", "her call for a ban": what a cue noun is about
PASSIVE = "passive"  # "X is expected to win", "X was described as Y": subject and complement


@dataclass(frozen=True, slots=True)
class Cue:
    """One reporting cue: character offsets into the Doc's text; token indices for the rest."""

    token: int  # the cue verb, or "according"
    start: int
    end: int
    text: str
    lemma: str
    via: str  # CLAUSE, INVERSION, ACCORDING, NAMING, INTENT, OBJECT or BARE (no content)
    content: tuple[int, int] | None  # characters of the reported content
    speaker: TokenRange | None  # the speaker phrase as written ("he", "who", "Col. X")
    speaker_head: int | None  # the word it stands for (a relative pronoun's noun)
    # "X reported, citing Y, that ...": Y is the source, X reports it (issue #5).
    cited: TokenRange | None = None
    cited_head: int | None = None


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
