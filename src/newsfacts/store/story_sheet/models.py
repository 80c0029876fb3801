"""The story sheet: one story's facts across its articles (pydantic, the JSON contract).

Field names are a contract (`newsfacts story --format json`, `/api/stories/{id}`): add fields,
rename none. Every reported value carries its article, outlet, date and character offsets into
the article's `field` (`text` or `headline`), so `article[field][start:end] == text`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "newsfacts/storysheet@1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StoryArticleRef(_Model):
    id: str
    headline: str
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


class Report(_Model):
    """Where one article states something: its article, outlet, date and offsets."""

    article: str
    outlet: str | None = None
    published: str | None = None
    field: str = "text"
    start: int
    end: int
    text: str


class FigureValue(Report):
    """One count as one article states it; `low`/`high` bound it ("about 40", "dozens")."""

    value: int | float | None = None
    low: int | float | None = None
    high: int | float | None = None
    approximate: bool = False
    counted: str | None = None
    # the sentence attributes it to an official source (police, a coroner, a spokesperson)
    official: bool = False


class DerivedValue(_Model):
    """A count no sentence states but one article's statements imply ("four shot, one
    fatally": three injured); `reports` are the statements it is computed from."""

    value: int | float
    article: str
    outlet: str | None = None
    published: str | None = None
    rule: str
    reports: list[Report] = Field(default_factory=list)


class First(_Model):
    """Who reported it first: the earliest dated article (ties: story order)."""

    article: str
    outlet: str | None = None
    published: str | None = None


class Figure(_Model):
    what: str
    predicate: str
    counted: str | None = None
    values: list[FigureValue] = Field(default_factory=list)
    reconciled: int | float | None = None
    rule: str
    disagree: bool = False
    first: First | None = None
    # counts implied by other figures of one article; they vote, they are not `values`
    derived: list[DerivedValue] = Field(default_factory=list)


class DateValue(Report):
    value: str


class StoryDate(_Model):
    """The main event's date (or place) as each article gives it, resolved and compared."""

    what: str
    values: list[DateValue] = Field(default_factory=list)
    reconciled: str | None = None
    rule: str
    disagree: bool = False
    first: First | None = None


class QuoteReport(Report):
    speaker_text: str | None = None


class StoryQuote(_Model):
    speaker: str | None = None
    quote: str
    reports: list[QuoteReport] = Field(default_factory=list)
    disagree: bool = False
    speakers: list[str] = Field(default_factory=list)
    first: First | None = None


class StorySheet(_Model):
    schema_: str = Field(default=SCHEMA_ID, alias="schema")
    id: str
    label: str | None = None
    articles: list[StoryArticleRef] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    dates: list[StoryDate] = Field(default_factory=list)
    places: list[StoryDate] = Field(default_factory=list)
    quotes: list[StoryQuote] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)
