"""What the server refuses: big bodies, unknown types, floods, paths out of static/, and markup.

Escaping is checked here on the HTML the server sends; test_browser.py checks the same page
stays inert in a real browser.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsfacts.serve import create_app
from newsfacts.serve.app import STATIC
from newsfacts.serve.corpora import Corpora, get_corpora
from newsfacts.serve.limits import ServeLimits
from newsfacts.serve.pages import TEMPLATES
from tests.serve.corpus import HOSTILE, HOSTILE_URL, IMAGE, SCRIPT, make_corpus, sheet_of


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("serve") / "corpus.db", filler=False)


def client_for(corpus_path: Path, **limits: Any) -> TestClient:
    app = create_app(corpus_path, load_model=False, limits=ServeLimits(**limits))
    app.dependency_overrides[get_corpora] = lambda: Corpora(corpus_path)
    return TestClient(app)


@pytest.fixture
def client(corpus_path: Path) -> TestClient:
    return client_for(corpus_path)


# -- escaping ---------------------------------------------------------------------------------


def test_security_article_page_escapes_every_article_string(client: TestClient) -> None:
    sheet = sheet_of(HOSTILE)
    html = client.get(f"/articles/{sheet.id}").text
    assert SCRIPT not in html and IMAGE not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;window.__pwned = 1;" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    # parsed as a browser would: the only script is the app's own, no handler attributes
    elements = Elements.of(html)
    assert [attrs.get("src") for tag, attrs in elements if tag == "script"] == ["/static/reader.js"]
    assert not [name for _, attrs in elements for name in attrs if name.startswith("on")]
    assert not [tag for tag, _ in elements if tag in ("img", "b", "svg", "iframe")]


class Elements(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))

    @classmethod
    def of(cls, html: str) -> list[tuple[str, dict[str, str | None]]]:
        parser = cls()
        parser.feed(html)
        return parser.found


def test_security_javascript_source_url_is_not_a_link(client: TestClient) -> None:
    html = client.get(f"/articles/{sheet_of(HOSTILE).id}").text
    assert HOSTILE_URL not in html.replace("&#34;", '"')
    assert 'href="javascript:' not in html.lower()


@pytest.mark.parametrize(
    "path", ["/", "/search?q=markup", "/quotes", "/entities", "/timeline?entity=Mallory"]
)
def test_security_every_page_escapes(client: TestClient, path: str) -> None:
    html = client.get(path).text
    assert "<script>window" not in html and "<img src=" not in html


def test_security_query_strings_are_escaped_in_pages(client: TestClient) -> None:
    html = client.get("/search", params={"q": "<svg onload=alert(1)>"}).text
    assert "<svg" not in html and "&lt;svg onload=alert(1)&gt;" in html


def test_security_templates_never_mark_strings_safe() -> None:
    for template in Path(TEMPLATES).glob("*.html"):
        text = template.read_text()
        assert "|safe" not in text.replace(" ", "") and "autoescape false" not in text, template


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/", "/api/articles", "/static/style.css", "/nowhere"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


# -- static files -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static/%2e%2e%2f%2e%2e%2fcli.py",
        "/static//etc/passwd",
        "/static/%2fetc%2fpasswd",
        "/static/..%5capp.py",
    ],
)
def test_security_static_files_stay_in_their_folder(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "create_app" not in response.text and "root:" not in response.text


def test_security_static_files_are_served(client: TestClient) -> None:
    for asset in sorted(p.name for p in STATIC.iterdir()):
        assert client.get(f"/static/{asset}").status_code == 200


# -- sizes, types, pace -----------------------------------------------------------------------


def test_security_declared_large_body_is_413(corpus_path: Path) -> None:
    client = client_for(corpus_path, max_body_bytes=1_000)
    response = client.post(
        "/api/extract", content=b"x" * 1_001, headers={"content-type": "text/plain"}
    )
    assert response.status_code == 413
    assert "1,000 bytes" in response.json()["error"]


def test_security_streamed_large_body_is_413(corpus_path: Path) -> None:
    client = client_for(corpus_path, max_body_bytes=1_000)

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(20):
            yield b"y" * 100

    response = client.post("/api/extract", content=chunks(), headers={"content-type": "text/plain"})
    assert response.status_code == 413
    assert list(response.json()) == ["error"]


def test_security_form_post_over_the_cap_is_413(corpus_path: Path) -> None:
    client = client_for(corpus_path, max_body_bytes=1_000)
    response = client.post("/extract", data={"text": "z" * 2_000})
    assert response.status_code == 413


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "image/png", None])
def test_security_unknown_body_type_is_415(client: TestClient, content_type: str | None) -> None:
    headers = {"content-type": content_type} if content_type else {}
    response = client.post("/api/extract", content=b"abc", headers=headers)
    assert response.status_code == 415
    assert "text/plain" in response.json()["error"]


def test_security_extract_without_model_is_503(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": "Headline\n\nBody."})
    assert response.status_code == 503
    assert "model" in response.json()["error"]


def test_security_extraction_rate_is_bounded_per_client(corpus_path: Path) -> None:
    client = client_for(corpus_path, extract_burst=2, extract_per_minute=0.5)
    statuses = [
        client.post("/api/extract", json={"text": "Headline\n\nBody."}).status_code
        for _ in range(3)
    ]
    assert statuses == [503, 503, 429]  # no model here: the third is refused before that
    refused = client.post("/api/extract", json={"text": "Headline\n\nBody."})
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) >= 1
    assert "too many extraction requests" in refused.json()["error"]
