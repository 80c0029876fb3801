"""The JSON API under /api (docs/serve.md); OpenAPI at /api/openapi.json, read at /api/docs.

Each endpoint opens the corpus, calls one store function and returns its rows; the sheet
endpoints return the sheet's own pydantic model (sheet.FactSheet). Query strings reach SQL only
as bound parameters, inside the store. Errors are `{"error": "..."}` (app.py).

Lists are pages (issue #14): `limit` and `offset` choose the rows, and every list answer says
how many rows the question has in all (`total` in /api/articles' envelope; the other lists keep
their bare JSON array and carry it in `X-Total-Count`, with a relative `Link` to the next and
previous pages). A page out of range is a 400 (app.py), never a 500.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, Response
from fastapi.types import DecoratedCallable
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
from newsfacts.serve.ratelimit import client_key
from newsfacts.sheet import FactSheet
from newsfacts.store import Filters
from newsfacts.store.paging import MAX_OFFSET, Page
from newsfacts.store.search import QuerySyntaxError

router = APIRouter(prefix="/api")

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in {
        400: "The query cannot be run as written (FTS5 syntax, an empty name, too long, too "
        "expensive), or the page is out of range.",
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
Offset = Annotated[
    int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip: the next page is offset + limit.")
]
TOTAL = "X-Total-Count"
LISTED: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "One page of rows.",
        "headers": {
            TOTAL: {"description": "Rows the question has in all.", "schema": {"type": "integer"}},
            "Link": {"description": 'Relative links to the rel="next" and rel="prev" pages.'},
        },
    },
    **ERRORS,
}
SEARCH_LISTED: dict[int | str, dict[str, Any]] = {
    **LISTED,
    429: {"model": ErrorBody, "description": "Too many searches from this client (Retry-After)."},
}
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
    `url` (fetched); get its fact sheet (docs/schema.md). Parsing runs on a worker thread."""
    content_type = request.headers.get("content-type")
    require_media_type(content_type)
    body = await request.body()  # the size cap is the app's middleware (app.py)
    extractor = request.app.state.extractor
    return await extractor.extract(
        client_key(request),
        lambda: fields_from_body(body, content_type, published=published, url=url),
    )


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
    offset: Offset = 0,
) -> dict[str, Any]:
    """The corpus a page at a time, newest publication first (undated articles last)."""
    found = corpora.page("articles", limit=limit, offset=offset)
    return {"total": found.total, "limit": limit, "offset": offset, "items": found.items}


def listed(request: Request, response: Response, found: Page) -> list[dict[str, object]]:
    """The page's rows; its total and links to its neighbours in the headers."""
    response.headers[TOTAL] = str(found.total)
    links = []
    if found.has_next:
        links.append(f'<{_at_offset(request, found.last)}>; rel="next"')
    if found.offset > 0:
        links.append(f'<{_at_offset(request, max(0, found.offset - found.limit))}>; rel="prev"')
    if links:
        response.headers["Link"] = ", ".join(links)
    return found.items


def _at_offset(request: Request, offset: int) -> str:
    """This request's path and query with another offset: relative, never built from Host."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]
    return f"{request.url.path}?{urlencode([*params, ('offset', str(offset))])}"


def _list_route(
    path: str, summary: str, rows: Any, *, responses: dict[int | str, dict[str, Any]] | None = None
) -> Callable[[DecoratedCallable], DecoratedCallable]:
    """A corpus list endpoint: a bare JSON array of `rows` (a `list[...]` model), its total
    and its neighbours' links in the headers (`listed`)."""
    return router.get(
        path, summary=summary, response_model=rows, tags=["corpus"], responses=responses or LISTED
    )


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


@_list_route("/search", "Full-text search with snippets", list[SearchHit], responses=SEARCH_LISTED)
def search(
    request: Request,
    response: Response,
    corpora: CorporaDep,
    q: Annotated[str, Query(min_length=1, description="Words (all must match) or FTS5.")],
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
    since: Since = None,
    until: Until = None,
    source: Source = None,
    literal: Annotated[bool, Query(description="Search the words as typed.")] = False,
) -> list[dict[str, object]]:
    """Full-text search, best first, each hit with a snippet (matches between « and »)."""
    request.app.state.search_rate.take(client_key(request))
    filters = _filters(since, until, source)
    try:
        found = corpora.page(
            "search", q, limit=limit, offset=offset, filters=filters, literal=literal
        )
    except QuerySyntaxError as e:
        raise QuerySyntaxError(f"{e} (literal=true)") from e
    return listed(request, response, found)


@_list_route("/quotes", "Quotes, by speaker", list[QuoteRow])
def quotes(
    request: Request,
    response: Response,
    corpora: CorporaDep,
    speaker: Annotated[str | None, Query(description="Any name the speaker goes by.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
    since: Since = None,
    until: Until = None,
    source: Source = None,
) -> list[dict[str, object]]:
    """Quotes across the corpus, newest article first; one speaker's with `speaker`."""
    filters = _filters(since, until, source)
    found = corpora.page(
        "quotes", speaker=speaker or None, limit=limit, offset=offset, filters=filters
    )
    return listed(request, response, found)


@_list_route("/entities", "Entities across the corpus", list[EntityRow])
def entities(
    request: Request,
    response: Response,
    corpora: CorporaDep,
    type: Annotated[str | None, Query(description="PERSON, ORG, GPE, LOC, ...")] = None,
    name: Annotated[str | None, Query(description="Only entities so named.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> list[dict[str, object]]:
    """Corpus-level entities with counts, aliases, first and last seen."""
    found = corpora.page(
        "entities", type_=type or None, name=name or None, limit=limit, offset=offset
    )
    return listed(request, response, found)


@_list_route("/timeline", "An entity's dated statements", list[TimelineRow])
def timeline(
    request: Request,
    response: Response,
    corpora: CorporaDep,
    entity: Annotated[str, Query(min_length=1, description="A name, acronym or alias.")],
    limit: Limit = 50,
    offset: Offset = 0,
    since: Since = None,
    until: Until = None,
    source: Source = None,
) -> list[dict[str, object]]:
    """Dated statements about an entity across articles, oldest first."""
    filters = _filters(since, until, source)
    found = corpora.page("timeline", entity, limit=limit, offset=offset, filters=filters)
    return listed(request, response, found)


@_list_route("/stories", "Same-story clusters", list[Story])
def stories(
    request: Request,
    response: Response,
    corpora: CorporaDep,
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
) -> list[dict[str, object]]:
    """Same-story clusters, largest first, each with its articles. A story's id stays the same
    as more articles are stored (it is the row number of its first-stored article)."""
    return listed(request, response, corpora.page("stories", limit=limit, offset=offset))
