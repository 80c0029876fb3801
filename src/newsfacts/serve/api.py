"""The JSON API under /api, as SPEC.md lists it; OpenAPI at /api/openapi.json, read at /api/docs.

Each endpoint opens the corpus, calls one store function and returns its rows; the sheet
endpoints return the sheet's own pydantic model (sheet.FactSheet). Query strings reach SQL only
as bound parameters, inside the store. Errors are `{"error": "..."}` (app.py).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.exceptions import HTTPException

from newsfacts.serve.corpora import CorporaDep
from newsfacts.serve.extraction import fields_from_body, require_media_type
from newsfacts.serve.limits import MAX_PAGE, PAGE_SIZE
from newsfacts.serve.models import (
    ArticlePage,
    EntityRow,
    ErrorBody,
    ExtractRequest,
    QuoteRow,
    SearchHit,
    Story,
    TimelineRow,
)
from newsfacts.sheet import FactSheet
from newsfacts.store import Filters, listing

router = APIRouter(prefix="/api")

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in {
        400: "The query cannot be run as written (FTS5 syntax, an empty name).",
        422: "A parameter or the body is not valid.",
        503: "The corpus cannot be opened.",
    }.items()
}
EXTRACT_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in {
        403: "A URL was given alone and this server does not fetch URLs.",
        413: "The body, or the article text in it, is larger than the server's cap.",
        415: "The content type is not text/plain, text/html or application/json.",
        422: "No article in the body, a bad field, or a URL that cannot be fetched.",
        429: "Too many extractions from this client, or too many in flight (Retry-After).",
        503: "The model is not loaded yet.",
    }.items()
}

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="At most this many rows.")]
Since = Annotated[date | None, Query(description="Articles published on or after this date.")]
Until = Annotated[date | None, Query(description="Articles published on or before this date.")]
Source = Annotated[str | None, Query(description="Outlet, URL or path containing this.")]


def _filters(since: date | None, until: date | None, source: str | None) -> Filters:
    return Filters(
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        source=source or None,
    )


@router.post(
    "/extract",
    response_model=FactSheet,
    tags=["extract"],
    summary="The fact sheet of one article (not stored)",
    responses=EXTRACT_ERRORS,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
                "application/json": {"schema": ExtractRequest.model_json_schema()},
            },
        }
    },
)
async def extract(
    request: Request,
    published: Annotated[
        date | None, Query(description="Publication date (text and HTML bodies).")
    ] = None,
    url: Annotated[str | None, Query(description="Where a text or HTML body came from.")] = None,
) -> FactSheet:
    """Send scraped text (`text/plain`), a page (`text/html`) or JSON with `text`, `html` or
    `url` (fetched); get the sheet SPEC.md describes. Parsing runs on a worker thread."""
    content_type = request.headers.get("content-type")
    require_media_type(content_type)
    body = await request.body()  # the size cap is the app's middleware (app.py)
    extractor = request.app.state.extractor
    return await extractor.extract(
        client_key(request),
        lambda: fields_from_body(body, content_type, published=published, url=url),
    )


def client_key(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.get(
    "/articles",
    summary="The corpus, a page at a time",
    response_model=ArticlePage,
    tags=["corpus"],
    responses=ERRORS,
)
def articles(
    corpora: CorporaDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page size.")] = PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, description="Rows to skip.")] = 0,
) -> dict[str, Any]:
    """The corpus a page at a time, newest publication first (undated articles last)."""
    with corpora.open() as corpus:
        total = listing.article_count(corpus.conn)
        items = listing.articles(corpus.conn, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get(
    "/articles/{sheet_id}",
    summary="One stored fact sheet",
    response_model=FactSheet,
    tags=["corpus"],
    responses={404: {"model": ErrorBody, "description": "No such article."}, **ERRORS},
)
def article(sheet_id: str, corpora: CorporaDep) -> FactSheet:
    """One stored fact sheet, by its id (`sha256:` and 16 hex digits)."""
    with corpora.open() as corpus:
        sheet = corpus.get(sheet_id)
    if sheet is None:
        raise HTTPException(404, f"no article with id {sheet_id!r} in this corpus")
    return sheet


@router.get(
    "/search",
    summary="Full-text search with snippets",
    response_model=list[SearchHit],
    tags=["corpus"],
    responses=ERRORS,
)
def search(
    corpora: CorporaDep,
    q: Annotated[str, Query(min_length=1, description="Words (all must match) or FTS5.")],
    limit: Limit = PAGE_SIZE,
    since: Since = None,
    until: Until = None,
    source: Source = None,
    literal: Annotated[bool, Query(description="Search the words as typed.")] = False,
) -> list[dict[str, object]]:
    """Full-text search, best first, each hit with a snippet (matches between « and »)."""
    with corpora.open() as corpus:
        return corpus.search(
            q, limit=limit, filters=_filters(since, until, source), literal=literal
        )


@router.get(
    "/quotes",
    summary="Quotes, by speaker",
    response_model=list[QuoteRow],
    tags=["corpus"],
    responses=ERRORS,
)
def quotes(
    corpora: CorporaDep,
    speaker: Annotated[str | None, Query(description="Any name the speaker goes by.")] = None,
    limit: Limit = 50,
    since: Since = None,
    until: Until = None,
    source: Source = None,
) -> list[dict[str, object]]:
    """Quotes across the corpus, newest article first; one speaker's with `speaker`."""
    with corpora.open() as corpus:
        return corpus.quotes(
            speaker=speaker or None, limit=limit, filters=_filters(since, until, source)
        )


@router.get(
    "/entities",
    summary="Entities across the corpus",
    response_model=list[EntityRow],
    tags=["corpus"],
    responses=ERRORS,
)
def entities(
    corpora: CorporaDep,
    type: Annotated[str | None, Query(description="PERSON, ORG, GPE, LOC, ...")] = None,
    name: Annotated[str | None, Query(description="Only entities so named.")] = None,
    limit: Limit = 50,
) -> list[dict[str, object]]:
    """Corpus-level entities with counts, aliases, first and last seen."""
    with corpora.open() as corpus:
        return corpus.entities(type_=type or None, name=name or None, limit=limit)


@router.get(
    "/timeline",
    summary="An entity's dated statements",
    response_model=list[TimelineRow],
    tags=["corpus"],
    responses=ERRORS,
)
def timeline(
    corpora: CorporaDep,
    entity: Annotated[str, Query(min_length=1, description="A name, acronym or alias.")],
    limit: Limit = 50,
    since: Since = None,
    until: Until = None,
    source: Source = None,
) -> list[dict[str, object]]:
    """Dated statements about an entity across articles, oldest first."""
    with corpora.open() as corpus:
        return corpus.timeline(entity, limit=limit, filters=_filters(since, until, source))


@router.get(
    "/stories",
    summary="Same-story clusters",
    response_model=list[Story],
    tags=["corpus"],
    responses=ERRORS,
)
def stories(corpora: CorporaDep, limit: Limit = PAGE_SIZE) -> list[dict[str, object]]:
    """Same-story clusters, largest first, each with its articles."""
    with corpora.open() as corpus:
        return corpus.stories(limit=limit)
