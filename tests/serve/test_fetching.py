"""URL fetching by the server stays on the public internet (issue #14). No test touches the
network: names resolve through a fake resolver, "servers" are a patched transport, and the one
real fetch goes to a loopback test server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from newsfacts.errors import FetchError
from newsfacts.ingest.url import read_url
from newsfacts.serve import create_app
from newsfacts.serve.extraction import Extractor, Fields
from newsfacts.serve.fetching import is_public, public_address, public_only_transport
from newsfacts.serve.limits import ServeLimits
from tests.serve.corpus import ARTICLE

PUBLIC = "93.184.216.34"
PAGE = (
    "<html><head><title>Ferry</title></head><body><article><h1>Harbour ferry</h1>"
    + ("<p>The harbour council named a contractor for the new ferry crossing on Monday.</p>" * 5)
    + "</article></body></html>"
)


class Names:
    """A resolver over a fixed table; `answers` may list several replies per name (rebinding)."""

    def __init__(self, **answers: list[list[str]]) -> None:
        self.answers = {name.replace("_", "."): list(replies) for name, replies in answers.items()}
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        replies = self.answers[host]
        return replies.pop(0) if len(replies) > 1 else replies[0]


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "2002:7f00:1::1",
        "ff02::1",
    ],
)
def test_fetching_refuses_every_non_public_address(address: str) -> None:
    import ipaddress

    assert not is_public(ipaddress.ip_address(address))
    with pytest.raises(FetchError, match="private network"):
        public_address(address, 80, Names())
    with pytest.raises(FetchError, match="--allow-private-urls"):
        public_address("inside.example", 80, Names(inside_example=[[PUBLIC, address]]))


def test_fetching_a_public_name_gives_its_address() -> None:
    assert public_address("news.example", 443, Names(news_example=[[PUBLIC]])) == PUBLIC


class Upstream:
    """Stands in for the network under httpx's own transport: records what it is sent."""

    def __init__(self, answers: dict[str, httpx.Response]) -> None:
        self.answers = answers
        self.sent: list[tuple[httpx.URL, httpx.Headers, dict]] = []  # as they were on the wire

    def send(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.url, request.headers.copy(), dict(request.extensions)))
        return self.answers[str(request.url.host)]


@pytest.fixture
def upstream(monkeypatch: pytest.MonkeyPatch) -> Iterator[Upstream]:
    fake = Upstream({})
    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", lambda _, r: fake.send(r))
    yield fake


def test_fetching_connects_to_the_checked_address_with_the_name_kept(upstream) -> None:
    upstream.answers[PUBLIC] = httpx.Response(200, html=PAGE)
    names = Names(news_example=[[PUBLIC], ["127.0.0.1"]])  # a second lookup would rebind
    raw = read_url("https://news.example/ferry", transport=public_only_transport(names))
    ((url, headers, extensions),) = upstream.sent
    assert url.host == PUBLIC  # pinned: no second lookup between check and connect
    assert names.asked == ["news.example"]
    assert headers["host"] == "news.example"
    assert extensions["sni_hostname"] == "news.example"  # the certificate is checked
    assert raw.source.url == "https://news.example/ferry"


@pytest.mark.parametrize(
    "location",
    ["http://169.254.169.254/latest/meta-data/", "http://intranet.example/", "http://[::1]/"],
)
def test_fetching_every_redirect_is_checked_again(upstream, location: str) -> None:
    upstream.answers[PUBLIC] = httpx.Response(302, headers={"location": location})
    names = Names(news_example=[[PUBLIC]], intranet_example=[["10.0.0.7"]])
    with pytest.raises(FetchError, match="private network"):
        read_url("http://news.example/a", transport=public_only_transport(names))
    assert len(upstream.sent) == 1  # the private hop was never sent


@pytest.fixture
def loopback_server() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/story"
    server.shutdown()
    server.server_close()


def test_fetching_loopback_refused_unless_the_operator_opts_in(loopback_server: str) -> None:
    with pytest.raises(FetchError, match="private network"):
        Extractor(ServeLimits()).resolve(Fields(url=loopback_server))
    raw = Extractor(ServeLimits(), allow_private=True).resolve(Fields(url=loopback_server))
    assert "Harbour ferry" in raw.text


def test_fetching_api_extract_of_a_loopback_url_is_a_422(
    tmp_path: Path, loopback_server: str
) -> None:
    app = create_app(tmp_path / "unused.db", load_model=False)
    app.state.extractor.nlp = object()  # refused before any parsing: no model needed
    client = TestClient(app)
    for url in (loopback_server, "http://169.254.169.254/latest/meta-data/"):
        response = client.post("/api/extract", json={"url": url})
        assert response.status_code == 422
        assert "private network" in response.json()["error"]


def test_fetching_text_with_a_private_source_url_is_not_fetched(tmp_path: Path) -> None:
    """A URL given beside the text only says where it came from: nothing to refuse."""
    raw = Extractor(ServeLimits()).resolve(Fields(text=ARTICLE, url="http://10.0.0.1/a"))
    assert raw.source.url == "http://10.0.0.1/a"
