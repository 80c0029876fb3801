"""Response and request models of the API besides the fact sheet itself (sheet.FactSheet).

The rows mirror what the store's queries return (store/queries.py, search.py, story_table.py,
listing.py), so the API and `newsfacts search|quotes|... --format json` agree field for field.
Fields the store adds later pass through (`extra="allow"`) until they are declared here.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field


class _Row(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorBody(BaseModel):
    """Every error the API returns, whatever the status."""

    error: str = Field(examples=["no article with id 'sha256:0000000000000000'"])


class ArticleRow(_Row):
    id: str
    headline: str
    byline: list[str] = Field(default_factory=list)
    published: str | None = None
    source: str | None = None
    source_kind: str | None = None
    duplicate: bool = False
    story: int | None = None
    ingested: str | None = None


class ArticlePage(BaseModel):
    """One page of the corpus, newest first; `total` counts every article."""

    total: int
    limit: int
    offset: int
    items: list[ArticleRow]


class _ArticleLink(_Row):
    """The article a row links to; a row's own fields follow these."""

    id: str
    headline: str
    published: str | None = None
    source: str | None = None


class SearchHit(_ArticleLink):
    snippet: str = Field(description="Text around the matches, each match between « and ».")
    score: float
    duplicate: bool = False
    story: int | None = None


class QuoteRow(_Row):
    speaker: str | None = Field(description="The speaker's corpus-wide name, else as written.")
    speaker_text: str | None = None
    entity: int | None = Field(None, description="Corpus-level entity id of the speaker.")
    quote: str
    kind: str
    cue: str | None = None
    article: str
    headline: str
    published: str | None = None
    source: str | None = None


class EntityRow(_Row):
    id: int
    name: str
    type: str
    articles: int
    mentions: int | None = None
    aliases: list[str] = Field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None


class TimelineRow(_Row):
    date: str
    dated_by: str | None = None
    entity: str | None = None
    statement: str
    article: str
    headline: str
    published: str | None = None
    source: str | None = None


class StoryArticle(_ArticleLink):
    duplicate: bool = False


class Story(_Row):
    story: int
    label: str
    size: int
    first: str | None = None
    last: str | None = None
    outlets: list[str] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list)
    articles: list[StoryArticle] = Field(default_factory=list)


class ExtractRequest(BaseModel):
    """`POST /api/extract` as JSON: the article's text or HTML, or a URL to fetch."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="Scraped plain text (first line: the headline).")
    html: str | None = Field(None, description="An article page's HTML.")
    url: str | None = Field(
        None, description="Alone: the page to fetch. With text or html: where it came from."
    )
    published: date | None = Field(None, description="Publication date; resolves 'last week'.")
