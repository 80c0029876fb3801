"""Story sheets on the web: `/api/stories/{id}` and the reader's story page.

A story page shows the figures table with the disagreements highlighted, each value linked to
its place in its article: `/articles/{id}/at/{field}/{start}-{end}` shows the paragraph that
states it with exactly those characters marked, so a reader can check every number.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.exceptions import HTTPException

from newsfacts.errors import QueryError
from newsfacts.serve.corpora import CorporaDep
from newsfacts.serve.pages import render
from newsfacts.store.story_sheet import StorySheet, story_sheet

api = APIRouter(prefix="/api")
pages = APIRouter(include_in_schema=False)
FIELDS = ("text", "headline")
CONTEXT_CHARS = 400  # around a value when its paragraph is not known


def _story(corpora: CorporaDep, story_id: str) -> StorySheet:
    with corpora.open() as corpus:
        try:
            return story_sheet(corpus.conn, story_id)
        except QueryError as e:  # an id that names no story: not found, whatever its shape
            raise HTTPException(404, str(e)) from None


@api.get(
    "/stories/{story_id}",
    summary="One story across outlets: figures reconciled, disagreements flagged",
    response_model=StorySheet,
    tags=["corpus"],
    responses={404: {"description": "No such story"}},
)
def story_api(story_id: str, corpora: CorporaDep) -> StorySheet:
    """The story sheet: every figure, date, place and shared quote, with provenance."""
    return _story(corpora, story_id)


@pages.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str, corpora: CorporaDep) -> HTMLResponse:
    sheet = _story(corpora, story_id)
    disputed = [f for f in sheet.figures if f.disagree] + [d for d in sheet.dates if d.disagree]
    return render(request, "story.html", {"story": sheet, "disputed": len(disputed)})


def passage(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(before, marked, after): the paragraph around `start:end`, cut at blank lines."""
    opening = text.rfind("\n\n", 0, start)
    opening = 0 if opening < 0 else opening + 2
    closing = text.find("\n\n", end)
    closing = len(text) if closing < 0 else closing
    opening = max(opening, start - CONTEXT_CHARS)
    closing = min(closing, end + CONTEXT_CHARS)
    return text[opening:start], text[start:end], text[end:closing]


@pages.get("/articles/{sheet_id}/at/{field}/{start}-{end}", response_class=HTMLResponse)
def article_at(
    request: Request, sheet_id: str, field: str, start: int, end: int, corpora: CorporaDep
) -> HTMLResponse:
    """Where an article states something: its paragraph, those characters marked."""
    with corpora.open() as corpus:
        sheet = corpus.get(sheet_id)
    if sheet is None:
        raise HTTPException(404, f"no article with id {sheet_id!r} in this corpus")
    if field not in FIELDS:
        raise HTTPException(404, f"an article has no field {field!r}; use text or headline")
    text = sheet.headline if field == "headline" else sheet.text
    if not 0 <= start < end <= len(text):
        raise HTTPException(404, f"{start}-{end} is outside the article's {field}")
    before, marked, after = passage(text, start, end)
    context: dict[str, Any] = {
        "sheet": sheet,
        "field": field,
        "start": start,
        "end": end,
        "before": before,
        "marked": marked,
        "after": after,
    }
    return render(request, "article_at.html", context)
