"""Seam types between the early stages: ingest yields RawArticle, clean yields CleanArticle.

They are frozen dataclasses, not pydantic models: they never cross a process or API boundary
on their own, and every later stage only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsfacts.sheet import PublishedFrom, SourceKind


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article came from (SPEC.md `source`)."""

    kind: SourceKind
    path: str | None = None
    url: str | None = None
    record_id: str | None = None  # a feed line's own `id`
    line: int | None = None  # a feed line's number, from 1
    offset: int | None = None  # a WARC record's byte offset in its file


@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    text: str
    reason: str  # duplicate-caption | license | credit | share | navigation | other
    detail: str | None = None  # what exactly was recognised ("share count", "publication date")


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as read, before cleaning: its text plus whatever metadata the input carried."""

    text: str
    source: Source
    headline: str | None = None
    published: date | None = None
    published_from: PublishedFrom | None = None  # when `published` is set
    byline: tuple[str, ...] = ()
    # The reader vetted the byline itself (the HTML reader keeps an organisation the page
    # states as its author, "ndr.de", which no name rule would pass): cleaning keeps it whole.
    byline_vetted: bool = False
    captions: tuple[Caption, ...] = ()
    warnings: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()  # taken out while reading (stray control characters)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body paragraph as a half-open range into CleanArticle.text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class LineFate:
    """Where one non-empty input line went: the nothing-lost invariant made checkable.

    `place` is headline | byline | text | captions | removed; `index` indexes that list
    (paragraphs for `text`).
    """

    line: int
    place: str
    index: int


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """The article as a reader sees it; `text` is the paragraphs joined by a blank line."""

    source: Source
    headline: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    byline: tuple[str, ...] = ()
    published: date | None = None
    published_from: PublishedFrom | None = None
    captions: tuple[Caption, ...] = ()
    removed: tuple[Removed, ...] = ()
    dateline: str | None = None
    warnings: tuple[str, ...] = field(default=())
    fates: tuple[LineFate, ...] = field(default=())
