"""A story's article as the story sheet reads it: its stored sheet and where it comes from."""

from __future__ import annotations

from dataclasses import dataclass

from newsfacts.sheet import FactSheet
from newsfacts.store.story_sheet.models import First, Report


@dataclass(frozen=True, slots=True)
class StoryArticle:
    sheet: FactSheet
    outlet: str | None = None
    url: str | None = None
    order: int = 0  # place in the story, oldest first

    @property
    def id(self) -> str:
        return self.sheet.id

    @property
    def published(self) -> str | None:
        return self.sheet.published.isoformat() if self.sheet.published else None

    def field(self, name: str) -> str:
        return self.sheet.headline if name == "headline" else self.sheet.text

    def sentence(self, field: str, position: int) -> tuple[int, int]:
        """The bounds of the sentence around `position` (a headline is one sentence)."""
        if field == "headline":
            return 0, len(self.sheet.headline)
        for span in self.sheet.sentences:
            if span.start <= position < span.end:
                return span.start, span.end
        return position, position + 1

    def report(self, field: str, start: int, end: int) -> dict[str, object]:
        """The provenance fields of a value this article states at `field`[start:end]."""
        return {
            "article": self.id,
            "outlet": self.outlet,
            "published": self.published,
            "field": field,
            "start": start,
            "end": end,
            "text": self.field(field)[start:end],
        }

    def first(self) -> First:
        return First(article=self.id, outlet=self.outlet, published=self.published)


def earliest(articles: list[StoryArticle]) -> StoryArticle:
    """The first report: the earliest dated article, undated ones last, then story order."""
    return min(articles, key=lambda a: (a.published is None, a.published or "", a.order))


def as_report(article: StoryArticle, field: str, start: int, end: int) -> Report:
    return Report.model_validate(article.report(field, start, end))
