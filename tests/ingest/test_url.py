"""URLs: fetched from a server the test starts on 127.0.0.1; every failure one clear line."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from newsfacts.errors import FetchError, TooLargeError
from newsfacts.ingest.limits import Limits
from newsfacts.ingest.url import is_url, read_url
from tests.conftest import FIXTURES

ARTICLE = (FIXTURES / "html" / "article.html").read_bytes()
LATIN1 = (FIXTURES / "html" / "latin1-nocharset.html").read_bytes()
SCRAPED = (FIXTURES / "scraped" / "wire.txt").read_bytes()
# Short limits, so the slow routes fail in a fraction of a second.
FAST = Limits(url_timeout=0.3, url_deadline=0.8, url_redirects=3)


class Handler(BaseHTTPRequestHandler):
    """Routes for every case: pages, errors, loops, slow and oversized answers."""

    def do_GET(self) -> None:
        route = getattr(self, "route_" + self.path.strip("/").replace("-", "_"), None)
        if route is None:
            self.answer(404, b"<html><body>Not found</body></html>", "text/html")
        else:
            route()

    def answer(self, status: int, body: bytes, content_type: str | None, **headers: str) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", headers.pop("length", str(len(body))))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def route_article(self) -> None:
        self.answer(200, ARTICLE, "text/html; charset=utf-8")

    def route_latin(self) -> None:
        self.answer(200, LATIN1, "text/html; charset=ISO-8859-1")

    def route_latin_unlabelled(self) -> None:
        self.answer(200, LATIN1, "text/html")

    def route_text(self) -> None:
        self.answer(200, SCRAPED, "text/plain; charset=utf-8")

    def route_untyped(self) -> None:
        self.answer(200, ARTICLE, None)

    def route_image(self) -> None:
        self.answer(200, b"\x89PNG\r\n\x1a\n" * 10, "image/png")

    def route_gone(self) -> None:
        self.answer(410, b"gone", "text/plain")

    def route_paywall(self) -> None:
        self.answer(403, b"subscribe", "text/html")

    def route_moved(self) -> None:
        self.answer(301, b"", "text/html", Location="/article")

    def route_loop(self) -> None:
        self.answer(302, b"", "text/html", Location="/loop")

    def route_huge_declared(self) -> None:
        self.answer(200, b"<html>", "text/html", length="900000000")

    def route_huge_streamed(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()  # no Content-Length: the body runs until the connection closes
        for _ in range(40):
            self.wfile.write(b"<p>" + b"word " * 1_000 + b"</p>")
        self.close_connection = True

    def route_slow(self) -> None:
        time.sleep(2)
        self.route_article()

    def route_drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        for _ in range(20):
            self.wfile.write(b"<p>a</p>")
            self.wfile.flush()
            time.sleep(0.1)
        self.close_connection = True

    def log_message(self, *args) -> None:  # keep the test output clean
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # client gave up: expected here
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_read_url_html_page(server: str) -> None:
    raw = read_url(f"{server}/article", limits=FAST)
    assert raw.source.kind == "url" and raw.source.url == f"{server}/article"
    assert raw.headline == "Harbour ferry returns after storm repairs"
    assert raw.published == date(2024, 3, 14)
    assert "landing ramp" in raw.text


def test_read_url_follows_redirects_and_keeps_the_final_url(server: str) -> None:
    raw = read_url(f"{server}/moved", limits=FAST)
    assert raw.source.url == f"{server}/article"


@pytest.mark.parametrize("route", ["latin", "latin-unlabelled"])
def test_read_url_charset_from_header_or_detected(server: str, route: str) -> None:
    raw = read_url(f"{server}/{route}", limits=FAST)
    assert "£40 a week" in raw.text and "Zoë Brook" in raw.text


def test_read_url_plain_text(server: str) -> None:
    raw = read_url(f"{server}/text", limits=FAST, published=date(2023, 5, 2))
    assert raw.text.startswith("Portuguese") and raw.published_from == "input"


def test_read_url_without_content_type_is_sniffed(server: str) -> None:
    raw = read_url(f"{server}/untyped", limits=FAST)
    assert raw.headline == "Harbour ferry returns after storm repairs"


@pytest.mark.parametrize(
    ("route", "error", "message"),
    [
        ("image", FetchError, "sends image/png, not a web page"),
        ("gone", FetchError, "HTTP 410 Gone"),
        ("nowhere", FetchError, r"HTTP 404 Not Found \(no such page\)"),
        ("paywall", FetchError, r"HTTP 403 Forbidden \(behind a login or paywall\?\)"),
        ("loop", FetchError, "more than 3 redirects"),
        ("huge-declared", TooLargeError, "larger than"),
        ("slow", FetchError, r"no answer within 0\.3 s \(timed out\)"),
        ("drip", FetchError, r"did not arrive within 0\.8 s"),
    ],
)
def test_read_url_failures_are_one_clear_line(
    server: str, route: str, error: type, message: str
) -> None:
    url = f"{server}/{route}"
    with pytest.raises(error, match=message) as info:
        read_url(url, limits=FAST)
    text = str(info.value)
    assert text.startswith(url + ": ") and "\n" not in text


def test_read_url_streamed_body_over_the_cap(server: str) -> None:
    with pytest.raises(TooLargeError, match="larger than 20,000 bytes"):
        read_url(f"{server}/huge-streamed", limits=Limits(article_bytes=20_000))


def test_read_url_connection_refused() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match=r"cannot fetch \(ConnectError"):
        read_url(f"http://127.0.0.1:{port}/article", limits=FAST)


def test_read_url_with_mock_transport() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.headers["user-agent"].startswith("newsfacts/")
        return httpx.Response(200, content=ARTICLE, headers={"Content-Type": "text/html"})

    raw = read_url("https://tide.test/a", transport=httpx.MockTransport(answer))
    assert raw.source.url == "https://tide.test/a" and raw.byline == ("Ada Brook",)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [("https://x.test/a", True), ("HTTP://X.TEST", True), ("ftp://x", False), ("a.html", False)],
)
def test_is_url(spec: str, expected: bool) -> None:
    assert is_url(spec) is expected
