"""Request bodies -> RawArticle -> FactSheet, on a worker thread, within the server's bounds.

`POST /api/extract` and the reader's extract form take the same inputs as `newsfacts extract`:
scraped text, an HTML page, or a URL to fetch; they go through the same readers (ingest/) and
the same road to a sheet (jobs/road.py). The model is loaded once, in the app's lifespan;
the CPU-heavy part runs on Starlette's thread pool so the event loop keeps answering other
requests meanwhile, and the rate limiter and the gate (ratelimit.py) keep a burst of
extractions from queueing without end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from newsfacts.article import RawArticle, Source
from newsfacts.errors import InputError, ModelError, TooLargeError
from newsfacts.ingest import Limits
from newsfacts.ingest.html import read_html
from newsfacts.ingest.text import read_text
from newsfacts.ingest.url import is_url, read_url
from newsfacts.jobs.road import sheet_of
from newsfacts.serve.fetching import public_only_transport
from newsfacts.serve.limits import ServeLimits
from newsfacts.serve.models import ExtractRequest
from newsfacts.serve.ratelimit import Gate, RateLimiter
from newsfacts.sheet import FactSheet

if TYPE_CHECKING:
    from spacy.language import Language

BODY_NAME = "request body"  # how error messages name the input
TEXT_TYPES = frozenset({"text/plain"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
JSON_TYPES = frozenset({"application/json"})
MAX_URL_CHARS = 2_000


@dataclass(frozen=True, slots=True)
class Fields:
    """What a client sent, whichever way it sent it (JSON, a raw body, the web form)."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    published: date | None = None


def media_type(content_type: str | None) -> tuple[str, str | None]:
    """("text/html", "utf-8") from "text/html; charset=UTF-8"."""
    if not content_type:
        return "", None
    mime, _, rest = content_type.partition(";")
    charset = None
    for part in rest.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip().strip('"')
    return mime.strip().lower(), charset


def fields_from_body(
    body: bytes, content_type: str | None, *, published: date | None, url: str | None
) -> Fields | RawArticle:
    """A raw body becomes an article now (text, HTML) or Fields to resolve (JSON)."""
    mime, charset = media_type(content_type)
    source_url = check_url(url) if url else None
    if mime in TEXT_TYPES:
        source = Source(kind="text", url=source_url)
        return read_text(body, name=BODY_NAME, source=source, published=published)
    if mime in HTML_TYPES:
        source = Source(kind="html", url=source_url)
        return read_html(
            body,
            name=BODY_NAME,
            url=source_url,
            published=published,
            source=source,
            charset=charset,
        )
    if mime in JSON_TYPES:
        try:
            request = ExtractRequest.model_validate_json(body)
        except ValidationError as e:
            raise InputError(f"{BODY_NAME}: {validation_message(e)}") from e
        return Fields(
            text=request.text,
            html=request.html,
            url=request.url or url,
            published=request.published or published,
        )
    raise unsupported(mime)


def require_media_type(content_type: str | None) -> None:
    """Refuse (415) a body the API cannot read, before reading it."""
    mime, _ = media_type(content_type)
    if mime not in TEXT_TYPES | HTML_TYPES | JSON_TYPES:
        raise unsupported(mime)


def unsupported(mime: str) -> HTTPException:
    return HTTPException(
        415,
        f"content type {mime or '(none)'!r} is not one the API reads; send text/plain "
        '(scraped text), text/html (a page) or application/json ({"text"|"html"|"url": ...})',
    )


def validation_message(error: ValidationError) -> str:
    """pydantic's errors in one line: `published: Input should be a valid date; ...`."""
    parts = []
    for item in error.errors(include_url=False):
        where = ".".join(str(part) for part in item["loc"]) or "body"
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


def check_url(url: str) -> str:
    url = url.strip()
    if len(url) > MAX_URL_CHARS or not is_url(url):
        raise InputError(
            f"{url[:80]!r} is not an http(s) URL; give the article's address, "
            "e.g. https://example.org/news/story.html"
        )
    return url


def resolve(
    fields: Fields, *, fetch: bool, limits: Limits, allow_private: bool = False
) -> RawArticle:
    """Fields -> RawArticle: exactly one of text and html, or a URL alone (fetched: from
    public addresses only unless `allow_private`, see fetching.py)."""
    given = [name for name in ("text", "html") if getattr(fields, name) is not None]
    if len(given) > 1:
        raise InputError(f"{BODY_NAME}: give text or html, not both")
    url = check_url(fields.url) if fields.url else None
    if fields.text is not None:
        source = Source(kind="text", url=url)
        data = fields.text.encode("utf-8")
        return read_text(data, name=BODY_NAME, source=source, published=fields.published)
    if fields.html is not None:
        source = Source(kind="html", url=url)
        return read_html(
            fields.html, name=BODY_NAME, url=url, published=fields.published, source=source
        )
    if url is None:
        raise InputError(
            f"{BODY_NAME}: nothing to extract; give the article's text, its HTML, or its URL"
        )
    if not fetch:
        raise HTTPException(403, "this server does not fetch URLs (--no-fetch); send the text")
    transport = None if allow_private else public_only_transport()
    return read_url(url, published=fields.published, limits=limits, transport=transport)


class Extractor:
    """The model (set by the app's lifespan), the bounds, and the way to the thread pool."""

    def __init__(
        self, limits: ServeLimits, *, fetch: bool = True, allow_private: bool = False
    ) -> None:
        self.limits = limits
        self.fetch = fetch
        self.allow_private = allow_private
        self.nlp: Language | None = None
        self.gate = Gate(workers=limits.extract_workers, queue=limits.extract_queue)
        self.rate = RateLimiter(burst=limits.extract_burst, per_minute=limits.extract_per_minute)
        self.read_limits = Limits(article_bytes=limits.max_body_bytes)

    async def extract(self, client: str, make: Callable[[], RawArticle | Fields]) -> FactSheet:
        """Rate-limit `client`, wait for room, then read and extract on a worker thread."""
        self.rate.take(client)  # first: a refused request costs its client a token too
        if self.nlp is None:
            raise ModelError("the model is not loaded (the server is starting up); retry shortly")
        with self.gate.admit():
            return await run_in_threadpool(self._work, make)

    def _work(self, make: Callable[[], RawArticle | Fields]) -> FactSheet:
        item = make()
        raw = item if isinstance(item, RawArticle) else self.resolve(item)
        if len(raw.text) > self.limits.max_text_chars:
            raise TooLargeError(
                f"{BODY_NAME}: {len(raw.text):,} characters of text is more than this server "
                f"parses at once ({self.limits.max_text_chars:,}); run `newsfacts extract` on it"
            )
        nlp = self.nlp
        if nlp is None:  # narrowed for the type checker; extract() checked it
            raise ModelError("the model is not loaded")
        with self.gate.run():
            return sheet_of(raw, nlp=nlp, name=BODY_NAME)

    def resolve(self, fields: Fields) -> RawArticle:
        return resolve(
            fields, fetch=self.fetch, limits=self.read_limits, allow_private=self.allow_private
        )
