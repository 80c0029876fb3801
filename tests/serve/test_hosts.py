"""The Host allow-list against DNS rebinding, and pages that never echo the Host (issue #14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsfacts.serve import create_app
from newsfacts.serve.hosts import allowed_hosts, is_allowed, normalize
from tests.serve.corpus import make_corpus


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("hosts") / "corpus.db", filler=False)


def guarded(path: Path, bound: str = "127.0.0.1", *extra: str) -> TestClient:
    app = create_app(path, load_model=False, allowed_hosts=allowed_hosts(bound, extra))
    return TestClient(app, base_url=f"http://{bound}:8000")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Example.ORG:8000", "example.org"),
        ("[::1]:8000", "::1"),
        ("::1", "::1"),
        ("news.example.org.", "news.example.org"),
    ],
)
def test_hosts_normalize(value: str, expected: str) -> None:
    assert normalize(value) == expected


def test_hosts_allow_list_holds_the_bound_address_and_loopback() -> None:
    assert allowed_hosts("10.0.0.5", ["news.example.org"]) == sorted(
        ["10.0.0.5", "127.0.0.1", "::1", "localhost", "news.example.org"]
    )
    assert "0.0.0.0" not in allowed_hosts("0.0.0.0")  # no client types it
    assert not is_allowed(None, allowed_hosts("127.0.0.1"))
    assert is_allowed("anything.example", ["*"])


@pytest.mark.parametrize("path", ["/", "/api/articles", "/static/style.css", "/search?q=ferry"])
def test_hosts_rebound_name_is_refused(corpus_path: Path, path: str) -> None:
    client = guarded(corpus_path)
    assert client.get(path).status_code == 200
    response = client.get(path, headers={"host": "attacker.example"})
    assert response.status_code == 400
    assert "attacker.example" in response.text and "--allowed-host" in response.text
    assert response.headers["content-security-policy"]


def test_hosts_refusal_is_json_on_the_api_and_a_page_elsewhere(corpus_path: Path) -> None:
    client = guarded(corpus_path)
    api = client.get("/api/articles", headers={"host": "attacker.example"})
    assert list(api.json()) == ["error"]
    page = client.get("/", headers={"host": "attacker.example"})
    assert page.headers["content-type"].startswith("text/html")


def test_hosts_operator_names_are_allowed(corpus_path: Path) -> None:
    client = guarded(corpus_path, "0.0.0.0", "news.example.org", "192.168.1.20")
    for host in ("news.example.org", "192.168.1.20:8000", "localhost:8000"):
        assert client.get("/", headers={"host": host}).status_code == 200


def test_hosts_pages_link_static_files_by_path_not_by_host(corpus_path: Path) -> None:
    """Behind an https proxy an absolute http:// URL is blocked as mixed content, and a URL
    built from Host echoes whatever a client sends."""
    app = create_app(corpus_path, load_model=False)
    html = TestClient(app).get("/", headers={"host": "echo.example"}).text
    assert "echo.example" not in html
    assert 'href="/static/style.css"' in html and 'src="/static/reader.js"' in html
