"""POST /api/extract and the extract form: real model end to end, and off the event loop."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from newsfacts.serve import create_app, extraction
from newsfacts.serve.limits import ServeLimits
from newsfacts.sheet import FactSheet
from tests.serve.corpus import ARTICLE, make_corpus

PAGE = (
    "<html><head><title>Harbour council names contractor for new ferry crossing</title></head>"
    "<body><article><h1>Harbour council names contractor for new ferry crossing</h1>"
    + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[2:])
    + "</article></body></html>"
)


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("serve") / "corpus.db", filler=False)


@pytest.fixture(scope="module")
def client(corpus_path: Path, nlp) -> Iterator[TestClient]:
    limits = ServeLimits(max_text_chars=5_000, extract_burst=1_000)
    app = create_app(corpus_path, fetch=False, limits=limits)
    with TestClient(app) as client:  # runs the lifespan: the model is loaded once, here
        yield client


@pytest.mark.model
def test_extraction_text_body_gives_the_sheet(client: TestClient) -> None:
    response = client.post(
        "/api/extract?published=2024-03-12",
        content=ARTICLE.encode(),
        headers={"content-type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 200, response.text
    sheet = FactSheet.model_validate(response.json())
    assert response.json()["schema"] == "newsfacts/factsheet@1"
    assert sheet.headline.startswith("Harbour council names contractor")
    assert str(sheet.published) == "2024-03-12" and sheet.source.kind == "text"
    assert any("Kovac" in (q.speaker.text if q.speaker else "") for q in sheet.quotes)
    for quote in sheet.quotes:
        assert sheet.text[quote.start : quote.end] == quote.text


@pytest.mark.model
def test_extraction_json_and_html_bodies(client: TestClient) -> None:
    as_json = client.post("/api/extract", json={"text": ARTICLE, "published": "2024-03-12"})
    assert as_json.status_code == 200
    assert as_json.json()["published"] == "2024-03-12"
    as_html = client.post(
        "/api/extract", content=PAGE.encode(), headers={"content-type": "text/html"}
    )
    assert as_html.status_code == 200, as_html.text
    assert as_html.json()["source"]["kind"] == "html"
    assert "Brightwater Marine" in as_html.json()["text"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"text": ARTICLE, "html": PAGE}, 422, "not both"),
        ({}, 422, "nothing to extract"),
        ({"text": "   "}, 422, "request body"),
        ({"text": ARTICLE, "author": "x"}, 422, "author"),
        ({"text": ARTICLE, "published": "tuesday"}, 422, "published"),
        ({"url": "https://example.org/story"}, 403, "does not fetch"),
        ({"url": "ftp://example.org/story"}, 422, "not an http(s) URL"),
        ({"text": "Headline\n\n" + "word " * 2_000}, 413, "characters"),
    ],
)
def test_extraction_bad_requests(
    client: TestClient, body: dict[str, Any], status: int, words: str
) -> None:
    response = client.post("/api/extract", json=body)
    assert response.status_code == status
    assert list(response.json()) == ["error"] and words in response.json()["error"]


@pytest.mark.model
def test_extraction_invalid_json_is_422(client: TestClient) -> None:
    response = client.post(
        "/api/extract", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert "request body" in response.json()["error"]


@pytest.mark.model
def test_extraction_form_renders_the_sheet_unstored(client: TestClient) -> None:
    response = client.post("/extract", data={"text": ARTICLE, "kind": "auto"})
    assert response.status_code == 200
    assert "not stored in the corpus" in response.text
    assert 'class="quote sp-0"' in response.text and "Kovac" in response.text
    assert "&#34;schema&#34;: &#34;newsfacts/factsheet@1&#34;" in response.text  # JSON shown


@pytest.mark.model
def test_extraction_form_without_article_keeps_the_form(client: TestClient) -> None:
    response = client.post("/extract", data={"text": "<html><body></body></html>"})
    assert response.status_code == 422
    assert 'role="alert"' in response.text and "<textarea" in response.text


def test_extraction_runs_off_the_event_loop(corpus_path: Path, monkeypatch) -> None:
    """While one extraction is stuck on a worker thread, the server answers other requests."""
    started, release = threading.Event(), threading.Event()

    def stuck(raw, *, nlp, name):  # stands in for the road: blocks its worker thread
        started.set()
        release.wait(timeout=60)
        raise AssertionError("released")

    monkeypatch.setattr(extraction, "sheet_of", stuck)
    app = create_app(corpus_path, load_model=False)
    app.state.extractor.nlp = object()  # "loaded"
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            threading.Event().wait(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        base = f"http://127.0.0.1:{port}"
        results: dict[str, int] = {}

        def post() -> None:
            response = httpx.post(f"{base}/api/extract", json={"text": ARTICLE}, timeout=60)
            results["extract"] = response.status_code

        poster = threading.Thread(target=post)
        poster.start()
        assert started.wait(timeout=30)
        assert httpx.get(f"{base}/api/articles", timeout=10).status_code == 200
        assert "extract" not in results  # still running, and the loop answered meanwhile
        release.set()
        poster.join(timeout=30)
        assert results["extract"] == 500
    finally:
        release.set()
        server.should_exit = True
        thread.join(timeout=30)
