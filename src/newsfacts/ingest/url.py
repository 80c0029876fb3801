"""http(s):// URLs -> RawArticle: fetched with a timeout, a redirect limit and a size cap.

Whatever goes wrong on the network becomes one FetchError line naming the URL: no answer in
time, too many redirects, an HTTP error status, a body that is not a web page or is too large.
Besides httpx's per-operation timeouts, the whole fetch has a deadline, since a server that
drips a byte every few seconds never trips a read timeout.
"""

from __future__ import annotations

import time
from datetime import date
from typing import TYPE_CHECKING

from newsfacts import __version__
from newsfacts.article import RawArticle, Source
from newsfacts.errors import FetchError, TooLargeError
from newsfacts.ingest.html import read_html
from newsfacts.ingest.limits import CHUNK_BYTES, Limits
from newsfacts.ingest.streams import sniff_kind
from newsfacts.ingest.text import read_text

if TYPE_CHECKING:
    import httpx

URL_SCHEMES = ("http://", "https://")
USER_AGENT = f"newsfacts/{__version__} (news fact sheets; +https://pypi.org/project/newsfacts/)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"


def is_url(spec: str) -> bool:
    return spec.lower().startswith(URL_SCHEMES)


def read_url(
    url: str,
    *,
    published: date | None = None,
    limits: Limits | None = None,
    transport: httpx.BaseTransport | None = None,
) -> RawArticle:
    """Fetch one article page (HTML or plain text). `transport` is for tests (MockTransport)."""
    import httpx

    limits = limits or Limits()
    client = httpx.Client(
        follow_redirects=True,
        max_redirects=limits.url_redirects,
        timeout=httpx.Timeout(limits.url_timeout),
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
        transport=transport,
    )
    try:
        with client:
            body, mime, charset, final = _fetch(client, url, limits)
    except httpx.TimeoutException as e:
        raise FetchError(
            f"{url}: no answer within {limits.url_timeout:g} s (timed out); try again later, "
            f"or allow longer with NEWSFACTS_URL_TIMEOUT"
        ) from e
    except httpx.TooManyRedirects as e:
        raise FetchError(
            f"{url}: more than {limits.url_redirects} redirects (a redirect loop?); "
            f"pass the final address"
        ) from e
    except httpx.InvalidURL as e:
        raise FetchError(f"{url}: not a valid URL ({e})") from e
    except httpx.HTTPError as e:  # connection refused, DNS failure, TLS, protocol errors
        raise FetchError(f"{url}: cannot fetch ({type(e).__name__}: {e or 'no detail'})") from e
    source = Source(kind="url", url=final)
    kind = _kind(mime, body)
    if kind == "html":
        return read_html(
            body, name=url, url=final, published=published, source=source, charset=charset
        )
    return read_text(body, name=url, source=source, published=published)


def _fetch(
    client: httpx.Client, url: str, limits: Limits
) -> tuple[bytes, str | None, str | None, str]:
    """(body, mime type, charset, final URL) of a successful fetch; FetchError otherwise."""
    deadline = time.monotonic() + limits.url_deadline
    with client.stream("GET", url) as response:
        if response.status_code >= 400:
            raise FetchError(
                f"{url}: HTTP {response.status_code} {response.reason_phrase}"
                f"{_status_hint(response.status_code)}"
            )
        if not response.is_success:
            raise FetchError(f"{url}: HTTP {response.status_code}; expected a page (200 OK)")
        mime, charset = _content_type(response.headers.get("content-type"))
        if mime is not None and mime not in HTML_TYPES | TEXT_TYPES:
            raise FetchError(
                f"{url}: the server sends {mime}, not a web page (expected text/html); "
                f"pass the article's own page"
            )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limits.article_bytes:
            raise TooLargeError(_too_large(url, limits))
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():  # as they arrive, so the deadline is checked
            size += len(chunk)
            if size > limits.article_bytes:
                raise TooLargeError(_too_large(url, limits))
            if time.monotonic() > deadline:
                raise FetchError(
                    f"{url}: the page did not arrive within {limits.url_deadline:g} s "
                    f"(the server is sending very slowly); try again later"
                )
            chunks.append(chunk)
        return b"".join(chunks), mime, charset, str(response.url)


def _kind(mime: str | None, body: bytes) -> str:
    if mime in HTML_TYPES:
        return "html"
    if mime in TEXT_TYPES:
        return "text"
    return "html" if sniff_kind(body[:CHUNK_BYTES]) == "html" else "text"


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return mime.strip().lower() or None, charset


def _status_hint(status: int) -> str:
    if status in (401, 402, 403):
        return " (behind a login or paywall?); save the page from the browser and pass the file"
    if status == 404:
        return " (no such page); check the address"
    if status == 429:
        return " (too many requests); wait, then try again"
    if status >= 500:
        return " (a server error); try again later"
    return ""


def _too_large(url: str, limits: Limits) -> str:
    return (
        f"{url}: the page is larger than {limits.article_bytes:,} bytes "
        f"(NEWSFACTS_MAX_ARTICLE_BYTES); save the article's own page and pass the file"
    )
