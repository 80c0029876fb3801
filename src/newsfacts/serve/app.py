"""create_app(db): the API and the web reader over one corpus, in one FastAPI app.

The model is loaded once, in the lifespan, before the server takes requests. Every error leaves
as one shape: `{"error": "..."}` with a 4xx (5xx only for the server's own faults) on /api,
the same message on an HTML page elsewhere (datasette `tests/test_error_shape.py` tests the
same promise). Two small ASGI middlewares wrap everything: one caps request bodies (413), one
adds security headers, among them a Content-Security-Policy that allows only the app's own
scripts and styles: article text is escaped by the templates, and even a slip there could not
run a script. Static files come from the package's static/ folder, which Starlette's
StaticFiles never leaves (no absolute paths, no `..`, no symlinks out), and pages link to them
by path only: a URL built from the request's Host would echo any Host a client sends, and come
out as http:// behind an https proxy (issue #14). A third middleware refuses a Host that is not
the server's own (hosts.py): a web page on another site cannot make a browser read the corpus
through DNS rebinding.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsfacts import __version__
from newsfacts.errors import (
    InputError,
    ModelError,
    NewsfactsError,
    QueryError,
    StoreError,
    TooLargeError,
)
from newsfacts.nlp import get_nlp
from newsfacts.serve import api, pages, story
from newsfacts.serve.corpora import Corpora
from newsfacts.serve.extraction import Extractor
from newsfacts.serve.hosts import HostCheck
from newsfacts.serve.limits import ServeLimits
from newsfacts.serve.ratelimit import Busy, RateLimiter, retry_after
from newsfacts.store import DEFAULT_DB
from newsfacts.store.budget import Budget

HERE = Path(__file__).parent
STATIC = HERE / "static"
API_PREFIX = "/api"
# Only the app's own files; no inline script or style, no plugins, no framing, no <base>.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
# Library errors -> HTTP status (InputError: the body holds no article, a URL failed, ...).
STATUS = (
    (TooLargeError, 413),
    (InputError, 422),
    (QueryError, 400),
    (StoreError, 503),
    (ModelError, 503),
)
# Query parameters that choose a page: a value out of range is the client's paging, a 400
# like any other query that cannot run (issue #14), not a malformed request.
PAGING = frozenset({"limit", "offset", "page"})
DESCRIPTION = (
    "Fact sheets of news articles: extract one, or browse and query a corpus built with "
    '`newsfacts ingest`. Errors are `{"error": "..."}` with a 4xx status.'
)


def create_app(
    db: Path | str = DEFAULT_DB,
    *,
    model: str | None = None,
    limits: ServeLimits | None = None,
    fetch: bool = True,
    allow_private_urls: bool = False,
    allowed_hosts: Sequence[str] | None = None,
    load_model: bool = True,
) -> FastAPI:
    """The app over the corpus at `db`; `load_model=False` serves the corpus without extract
    (tests of the read-only endpoints); `fetch=False` refuses URL extraction, and
    `allow_private_urls` lets it fetch addresses inside the network (fetching.py).
    `allowed_hosts`: the Host names requests may carry (`newsfacts serve` always gives them;
    None, for an app embedded or tested, checks none)."""
    limits = limits or ServeLimits()
    extractor = Extractor(limits, fetch=fetch, allow_private=allow_private_urls)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if load_model:
            extractor.nlp = await run_in_threadpool(get_nlp, model)
        yield

    app = FastAPI(
        title="newsfacts",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,  # Swagger UI loads from a CDN; pages.py renders the reference itself
        redoc_url=None,
    )
    app.state.corpora = Corpora(db, budget=Budget(seconds=limits.query_seconds))
    app.state.extractor = extractor
    app.state.search_rate = RateLimiter(
        burst=limits.search_burst, per_minute=limits.search_per_minute, what="search"
    )
    app.state.limits = limits
    _add_error_handlers(app)
    if allowed_hosts is not None:  # innermost: its 400 gets the security headers too
        app.add_middleware(HostCheck, allowed=allowed_hosts, respond=error_response)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=limits.max_body_bytes)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(story.api)  # before pages: /stories/{id} beside /stories
    app.include_router(pages.router)
    app.include_router(story.pages)
    return app


def wants_json(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


def error_response(
    request: Request, status: int, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    return pages.error_page(request, status, message, headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        parts = [f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}" for item in errors]
        paging = bool(errors) and all(_is_paging(item["loc"]) for item in errors)
        message = "; ".join(parts) or "invalid request"
        if paging:
            message += " (out of range: ask for a page the list has, e.g. limit=20&offset=0)"
        return error_response(request, 400 if paging else 422, message)

    @app.exception_handler(NewsfactsError)
    async def library_error(request: Request, exc: NewsfactsError) -> Response:
        status = next((code for kind, code in STATUS if isinstance(exc, kind)), 400)
        return error_response(request, status, str(exc))

    @app.exception_handler(Busy)
    async def busy(request: Request, exc: Busy) -> Response:
        retry = {"Retry-After": retry_after(exc.retry_after)}
        return error_response(request, 429, str(exc), retry)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        return error_response(request, 500, f"internal error ({type(exc).__name__}); see the log")


def _is_paging(location: Sequence[object]) -> bool:
    return len(location) == 2 and location[0] == "query" and location[1] in PAGING


class BodyLimit:
    """413 for a body over `max_bytes`: by Content-Length at once, else while it streams in."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = self._too_large()
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await JSONResponse({"error": message}, status_code=413)(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            item = await receive()
            if item["type"] == "http.request":
                received += len(item.get("body", b""))
                if received > self.max_bytes:
                    raise TooLargeError(message)  # an app error handler answers 413
            return item

        await self.app(scope, counted, send)

    def _too_large(self) -> str:
        return (
            f"request body larger than {self.max_bytes:,} bytes, the server's cap; send one "
            "article, or run `newsfacts extract` / `newsfacts ingest` on larger inputs"
        )


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)
