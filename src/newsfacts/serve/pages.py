"""The web reader: server-rendered pages over the same store calls as the API.

Templates are jinja2 with autoescape on for every file and no `|safe` anywhere: every string
from an article reaches the page escaped (tests/serve/test_security.py holds the reader to it,
in a real browser too). Pages work without JavaScript; static/reader.js only adds niceties.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.exceptions import HTTPException

from newsfacts.errors import InputError, QueryError, TooLargeError
from newsfacts.ingest.streams import sniff_kind
from newsfacts.serve import highlight
from newsfacts.serve.corpora import Corpora, CorporaDep
from newsfacts.serve.extraction import Fields
from newsfacts.serve.limits import PAGE_SIZE
from newsfacts.serve.ratelimit import client_key
from newsfacts.sheet import FactSheet
from newsfacts.store import Filters, listing, story_table
from newsfacts.store.paging import Page, page
from newsfacts.store.search import MARK, QuerySyntaxError

TEMPLATES = Path(__file__).parent / "templates"
FORM_FIELDS = ("text", "url", "published", "kind")
MAX_FORM_FIELDS = 16  # the form has four; a browser adds none
MAX_PAGE_NUMBER = 100_000
LIST_PAGE = 50  # rows on a page of quotes, entities or a timeline
LITERAL_HINT = "tick “Search the words as written” to search them exactly as typed"
EVENT_PARTS = ("who", "what", "when", "where", "why", "how")

router = APIRouter(include_in_schema=False)
# `?page=N` of a list page, 1-based.
PageNumber = Annotated[int, Query(alias="page", ge=1, le=MAX_PAGE_NUMBER)]


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template, whatever its name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


templates = Jinja2Templates(env=_environment())


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status, headers=headers)


def error_page(
    request: Request, status: int, message: str, *, headers: Mapping[str, str] | None = None
) -> HTMLResponse:
    return render(
        request,
        "error.html",
        {"status": status, "message": message},
        status=status,
        headers=headers,
    )


@router.get("/", response_class=HTMLResponse)
def home(
    request: Request,
    corpora: CorporaDep,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE_NUMBER)] = 1,
) -> HTMLResponse:
    with corpora.open() as corpus:
        counts = corpus.counts()
        rows = listing.articles(corpus.conn, limit=PAGE_SIZE, offset=_offset(page, PAGE_SIZE))
    pages = max(1, -(-counts["articles"] // PAGE_SIZE))
    if page > pages:
        raise HTTPException(404, f"no page {page}: the corpus has {pages} pages of articles")
    return render(
        request,
        "home.html",
        {"counts": counts, "articles": rows, "page": page, "pages": pages},
    )


def pager(request: Request, found: Page, number: int) -> dict[str, str | None]:
    """What a list page says under its rows: "showing 21–40 of 71", and relative links to the
    pages before and after (the other query parameters kept)."""
    pages = max(1, -(-found.total // found.limit))
    return {
        "showing": found.showing(),
        "prev": _page_href(request, number - 1) if number > 1 else None,
        "next": _page_href(request, number + 1) if number < pages else None,
    }


def _page_href(request: Request, number: int) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
    return "?" + urlencode([*params, ("page", str(number))])


def _page(
    corpora: Corpora, kind: str, *args: Any, number: int, size: int = LIST_PAGE, **options: Any
) -> Page:
    """Page `number` (1-based, `size` rows a page) of a corpus list."""
    return corpora.page(kind, *args, limit=size, offset=_offset(number, size), **options)


def _offset(number: int, size: int) -> int:
    return (number - 1) * size


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    corpora: CorporaDep,
    q: str = "",
    literal: bool = False,
    page_number: PageNumber = 1,
) -> HTMLResponse:
    """Results PAGE_SIZE at a time with the true total; a query that cannot run is a 400 with
    the form kept, and the literal-search box as the way out of FTS5 syntax (issue #14)."""
    context: dict[str, Any] = {"q": q, "literal": literal, "hits": [], "problem": None}
    if not q.strip():
        return render(request, "search.html", context)
    request.app.state.search_rate.take(client_key(request))
    try:
        found = _page(corpora, "search", q, number=page_number, size=PAGE_SIZE, literal=literal)
    except QueryError as e:
        hint = f"; {LITERAL_HINT}" if isinstance(e, QuerySyntaxError) else ""
        context["problem"] = f"{e}{hint}"
        return render(request, "search.html", context, status=400)
    for hit in found.items:
        hit["parts"] = list(snippet_parts(str(hit.get("snippet") or "")))
    context.update(hits=found.items, total=found.total, pager=pager(request, found, page_number))
    return render(request, "search.html", context)


def snippet_parts(snippet: str) -> Iterator[tuple[str, bool]]:
    """("text", matched?) pieces of a snippet whose matches sit between « and »."""
    opening, closing = MARK
    rest = snippet
    while rest:
        before, found, after = rest.partition(opening)
        if before:
            yield before, False
        if not found:
            return
        inside, _, rest = after.partition(closing)
        yield inside, True


@router.get("/articles/{sheet_id}", response_class=HTMLResponse)
def article_page(request: Request, sheet_id: str, corpora: CorporaDep) -> HTMLResponse:
    with corpora.open() as corpus:
        sheet = corpus.get(sheet_id)
    if sheet is None:
        raise HTTPException(404, f"no article with id {sheet_id!r} in this corpus")
    return render(request, "article.html", article_context(sheet, stored=True))


def article_context(sheet: FactSheet, *, stored: bool) -> dict[str, Any]:
    """What the article template shows: the body cut into runs, and the side panel's lists."""
    names = {entity.id: entity for entity in sheet.entities}
    by_quote = highlight.speakers(sheet)
    speakers = {speaker.key: speaker for speaker in by_quote.values()}
    by_type: dict[str, list[Any]] = {}
    for entity in sorted(sheet.entities, key=lambda e: (-len(e.mentions), e.name)):
        by_type.setdefault(entity.type, []).append(entity)
    event = [
        (part, getattr(sheet.event, part))
        for part in EVENT_PARTS
        if getattr(sheet.event, part) is not None
    ]
    return {
        "sheet": sheet,
        "stored": stored,
        "paragraphs": highlight.paragraphs(sheet),
        "speakers": list(speakers.values()),
        "quote_speakers": by_quote,
        "entities_by_type": sorted(by_type.items()),
        "entity_names": {ident: entity.name for ident, entity in names.items()},
        "event": event,
    }


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(
    request: Request,
    corpora: CorporaDep,
    speaker: str = "",
    page_number: PageNumber = 1,
) -> HTMLResponse:
    problem, status = None, 200
    rows: list[dict[str, Any]] = []
    shown = None
    try:
        found = _page(corpora, "quotes", number=page_number, speaker=speaker.strip() or None)
        rows, shown = found.items, pager(request, found, page_number)
    except QueryError as e:
        problem, status = str(e), 400
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(str(row.get("speaker") or highlight.UNATTRIBUTED), []).append(row)
    context = {"speaker": speaker, "groups": groups, "problem": problem, "pager": shown}
    return render(request, "quotes.html", context, status=status)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(
    request: Request,
    corpora: CorporaDep,
    type: str = "",
    page_number: PageNumber = 1,
) -> HTMLResponse:
    found = _page(corpora, "entities", number=page_number, type_=type.strip() or None)
    context = {"type": type, "entities": found.items, "pager": pager(request, found, page_number)}
    return render(request, "entities.html", context)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(
    request: Request,
    corpora: CorporaDep,
    entity: str = "",
    since: date | None = None,
    until: date | None = None,
    page_number: PageNumber = 1,
) -> HTMLResponse:
    rows: list[dict[str, Any]] = []
    found: list[dict[str, Any]] = []
    problem, status, shown = None, 200, None
    if entity.strip():
        filters = Filters(
            since=since.isoformat() if since else None,
            until=until.isoformat() if until else None,
        )
        try:
            with corpora.open() as corpus:
                found = corpus.entities(name=entity, limit=10)
                statements = page(
                    corpus.conn,
                    "timeline",
                    entity,
                    filters=filters,
                    limit=LIST_PAGE,
                    offset=_offset(page_number, LIST_PAGE),
                )
            rows, shown = statements.items, pager(request, statements, page_number)
        except QueryError as e:
            problem, status = str(e), 400
    context = {"entity": entity, "found": found, "rows": rows, "problem": problem, "pager": shown}
    return render(request, "timeline.html", context, status=status)


@router.get("/stories", response_class=HTMLResponse)
def stories_page(
    request: Request,
    corpora: CorporaDep,
    page_number: PageNumber = 1,
    story: Annotated[int | None, Query(ge=0, description="Show the page holding it.")] = None,
) -> Response:
    """Every story, PAGE_SIZE a page, largest first; `?story=N` goes to the page that holds
    story N (a link from an article row), which keeps its number as the corpus grows (#14)."""
    if story is not None:
        with corpora.open() as corpus:
            return _story_redirect(corpus.conn, story)
    found = _page(corpora, "stories", number=page_number, size=PAGE_SIZE)
    context = {"stories": found.items, "pager": pager(request, found, page_number)}
    return render(request, "stories.html", context)


def _story_redirect(conn: sqlite3.Connection, number: int) -> RedirectResponse:
    current = story_table.current_id(conn, number)  # merged since: the story holding it now
    where = story_table.position(conn, current) if current is not None else None
    if current is None or where is None:
        raise HTTPException(404, f"no story {number} in this corpus; see /stories for them all")
    return RedirectResponse(f"/stories?page={where // PAGE_SIZE + 1}#story-{current}", 303)


@router.get("/extract", response_class=HTMLResponse)
def extract_form(request: Request) -> HTMLResponse:
    return render(request, "extract.html", {"form": {}, "problem": None})


@router.post("/extract", response_class=HTMLResponse)
async def extract_submit(request: Request) -> Response:
    """The form posts urlencoded fields (no multipart: nothing to upload but text)."""
    body = await request.body()  # capped by the app's middleware
    form = read_form(body)
    try:
        fields = form_fields(form)
    except InputError as e:
        return render(request, "extract.html", {"form": form, "problem": str(e)}, status=422)
    extractor = request.app.state.extractor
    try:
        sheet = await extractor.extract(client_key(request), lambda: fields)
    except InputError as e:  # no article in it, a URL that failed: say so beside the form
        status = 413 if isinstance(e, TooLargeError) else 422
        return render(request, "extract.html", {"form": form, "problem": str(e)}, status=status)
    context = article_context(sheet, stored=False)
    context["sheet_json"] = sheet.model_dump_json(by_alias=True, indent=2)
    return render(request, "article.html", context)


def read_form(body: bytes) -> dict[str, str]:
    """The form's own fields from an urlencoded body; anything else is ignored."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise HTTPException(400, "the form was not sent as UTF-8") from e
    try:
        parsed = parse_qs(text, keep_blank_values=True, max_num_fields=MAX_FORM_FIELDS)
    except ValueError as e:  # more fields than the form has
        raise HTTPException(400, f"the form sent more than {MAX_FORM_FIELDS} fields") from e
    return {name: parsed[name][0] for name in FORM_FIELDS if parsed.get(name)}


def form_fields(form: dict[str, str]) -> Fields:
    text = form.get("text", "")
    url = form.get("url", "").strip() or None
    published = None
    if value := form.get("published", "").strip():
        try:
            published = date.fromisoformat(value)
        except ValueError as e:
            raise InputError(f"published: {value!r} is not a date; use YYYY-MM-DD") from e
    if not text.strip():
        return Fields(url=url, published=published)
    kind = form.get("kind", "auto")
    if kind == "auto":
        kind = "html" if sniff_kind(text[:4096].encode("utf-8")) == "html" else "text"
    if kind == "html":
        return Fields(html=text, url=url, published=published)
    return Fields(text=text, url=url, published=published)


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference, rendered here from the OpenAPI document (no CDN, no script)."""
    document = request.app.openapi()
    operations = [
        (path, method.upper(), operation)
        for path, item in document.get("paths", {}).items()
        for method, operation in item.items()
    ]
    return render(
        request,
        "api_docs.html",
        {"document": document, "operations": operations, "schemas": _schemas(document)},
    )


def _schemas(document: dict[str, Any]) -> list[tuple[str, list[tuple[str, str, bool]]]]:
    """Each component schema as (name, [(field, type, required)])."""
    result = []
    for name, schema in sorted(document.get("components", {}).get("schemas", {}).items()):
        required = set(schema.get("required", []))
        fields = [
            (field, schema_type(spec), field in required)
            for field, spec in schema.get("properties", {}).items()
        ]
        result.append((name, fields))
    return result


def schema_type(spec: dict[str, Any]) -> str:
    """A short type for the reference page: `string`, `array of Quote`, `integer | null`."""
    if "$ref" in spec:
        return str(spec["$ref"]).rsplit("/", 1)[-1]
    if "anyOf" in spec:
        return " | ".join(schema_type(option) for option in spec["anyOf"])
    if spec.get("type") == "array":
        return f"array of {schema_type(spec.get('items', {}))}"
    if "enum" in spec:
        return " | ".join(json_literal(value) for value in spec["enum"])
    if "const" in spec:
        return json_literal(spec["const"])
    kind = str(spec.get("type", "any"))
    return f"{kind} ({spec['format']})" if "format" in spec else kind


def json_literal(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) else str(value)


def http_url(value: str | None) -> str | None:
    """A link target only when it is http(s): a stored `javascript:` URL stays text."""
    if value and value.lower().startswith(("http://", "https://")):
        return value
    return None


templates.env.globals.update(http_url=http_url, schema_type=schema_type)
