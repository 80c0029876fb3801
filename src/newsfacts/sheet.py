"""The fact sheet: the pydantic models behind SPEC.md's `newsfacts/factsheet@1` contract.

Field names are a contract read by tools outside the project: fields may be added, never
renamed. `tests/test_sheet.py` checks every name in SPEC.md's schema block against these models.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID: Final = "newsfacts/factsheet@1"

PublishedFrom = Literal["input", "metadata", "text"]
SourceKind = Literal["text", "html", "warc", "jsonl", "parquet", "url", "stdin", "sample"]
RemovedReason = Literal["duplicate-caption", "license", "credit", "share", "navigation", "other"]
QuoteKind = Literal["direct", "indirect", "mixed"]
SourceType = Literal["person", "organization", "document", "media", "unnamed"]
QuantityKind = Literal[
    "mass",
    "length",
    "count",
    "money",
    "percent",
    "duration",
    "age",
    "speed",
    "area",
    "volume",
    "other",
]
TimeType = Literal["date", "time", "duration", "set", "range"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    kind: SourceKind
    path: str | None = None
    # A WARC record's WARC-Target-URI, a feed line's `url`, the fetched URL.
    url: str | None = None
    # Where in a many-article input the article was read, so any row of the corpus can be
    # traced back to its feed line or WARC record (issue #14): the JSONL line's own `id`,
    # its line number (1-based), the WARC record's byte offset (`warcio extract FILE OFFSET`).
    record_id: str | None = None
    line: int | None = None
    offset: int | None = None


class Span(_Model):
    """A half-open character range into the field named by `field`."""

    start: int
    end: int


class Paragraph(Span):
    pass


class Caption(_Model):
    text: str
    credit: str | None = None


class Removed(_Model):
    text: str
    reason: RemovedReason
    detail: str | None = None


class Generator(_Model):
    name: str = "newsfacts"
    version: str
    model: str


MentionKind = Literal["name", "pronoun", "description"]


class Mention(_Model):
    field: str = "text"
    start: int
    end: int
    text: str
    # What the mention is: a name ("Ferrante"), a pronoun ("he"), a description ("the soldier").
    # Scorers of named-entity spans read only kind "name" (issue #4).
    kind: MentionKind = "name"


class Entity(_Model):
    id: str
    name: str
    type: str
    named: bool = True
    aliases: list[str] = Field(default_factory=list)
    descriptors: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Acronym(_Model):
    short: str
    long: str
    entity: str | None = None


class Speaker(_Model):
    text: str
    entity: str | None = None
    start: int
    end: int


class Quote(_Model):
    id: str
    kind: QuoteKind
    text: str
    start: int
    end: int
    speaker: Speaker | None = None
    cue: str | None = None
    source_type: SourceType | None = None
    # The quote this one goes on from: the second half of a quote split around its cue
    # ('"A," X said. "B."'), or the next paragraph of a long one (issue #5).
    continues: str | None = None
    # Who reports the speaker's words, when the article has it second-hand: "he said X, the
    # newspaper reported" is his quote, reported by the newspaper (issue #5).
    reported_by: Speaker | None = None


class NormalizedQuantity(_Model):
    value: float
    unit: str


class Quantity(_Model):
    text: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: QuantityKind = "other"
    normalized: NormalizedQuantity | None = None
    approximate: bool = False
    qualifier: str | None = None
    counted: str | None = None


class Time(_Model):
    id: str | None = None
    text: str
    start: int
    end: int
    type: TimeType
    value: str | None = None
    anchored: bool = False


class TimelineEntry(_Model):
    value: str
    time: str
    sentence: str
    start: int
    end: int
    entities: list[str] = Field(default_factory=list)


class EventPart(_Model):
    text: str
    entity: str | None = None
    value: str | None = None
    start: int | None = None
    end: int | None = None
    # Offsets index `text` unless the part was read off the headline or dateline (issue #7).
    field: str = "text"


class EventSpan(_Model):
    """Where a string part of the event (what, why, how) stands: `field`[start:end]."""

    field: str = "text"
    start: int
    end: int


class Event(_Model):
    who: EventPart | None = None
    what: str | None = None
    when: EventPart | None = None
    where: EventPart | None = None
    why: str | None = None
    how: str | None = None
    # SPEC.md keeps what/why/how as strings; their offsets ride alongside (issue #7).
    what_span: EventSpan | None = None
    why_span: EventSpan | None = None
    how_span: EventSpan | None = None


class FactSheet(_Model):
    """One article's facts. Lists stay empty where a stage has nothing (or is not built yet)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["newsfacts/factsheet@1"] = Field(default=SCHEMA_ID, alias="schema")
    id: str
    source: Source
    language: str = "en"
    headline: str
    byline: list[str] = Field(default_factory=list)
    published: date | None = None
    published_from: PublishedFrom | None = None
    dateline: str | None = None
    text: str
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sentences: list[Span] = Field(default_factory=list)  # spaCy's sentences of `text`
    captions: list[Caption] = Field(default_factory=list)
    removed: list[Removed] = Field(default_factory=list)
    generator: Generator
    entities: list[Entity] = Field(default_factory=list)
    acronyms: list[Acronym] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    event: Event = Field(default_factory=Event)
    summary: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_json_dict(self) -> dict:
        """The sheet as SPEC.md spells it (`schema`, not the Python-side `schema_`)."""
        return self.model_dump(mode="json", by_alias=True)


def sheet_id(text: str) -> str:
    """A hash of `text` alone: the id newsfacts gave every sheet before issue #14.

    Kept to recognise rows stored under it (store/corpus.py) and as a plain content hash;
    sheets now get `identity.article_id`, which adds where the article came from.
    """
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def json_schema() -> dict:
    return FactSheet.model_json_schema(by_alias=True)
