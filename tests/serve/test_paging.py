"""Every list the server shows says how many rows it has and pages through all of them, and
no request runs unbounded (issue #14). The invented corpus has 23 filler articles that all
hold the word "number"."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsfacts.serve import create_app
from newsfacts.serve.corpora import Corpora, get_corpora
from newsfacts.serve.limits import ServeLimits
from newsfacts.store.budget import Budget
from tests.serve.corpus import UNDATED, make_corpus

EVERY = len(UNDATED)


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("paging") / "corpus.db")


def client_for(path: Path, *, budget: Budget | None = None, **limits: Any) -> TestClient:
    app = create_app(path, load_model=False, limits=ServeLimits(**limits))
    app.dependency_overrides[get_corpora] = lambda: Corpora(path, budget=budget)
    return TestClient(app)


@pytest.fixture
def client(corpus_path: Path) -> TestClient:
    return client_for(corpus_path)


def next_link(response) -> str | None:
    found = re.search(r'<([^>]+)>; rel="next"', response.headers.get("link", ""))
    return found.group(1) if found else None


def test_paging_api_search_says_the_true_total_and_links_the_next_page(client) -> None:
    first = client.get("/api/search", params={"q": "number"})
    assert first.status_code == 200
    assert int(first.headers["x-total-count"]) == EVERY and len(first.json()) == 20
    link = next_link(first)
    assert link and link.startswith("/api/search?") and "offset=20" in link  # relative
    second = client.get(link)
    assert len(second.json()) == EVERY - 20 and next_link(second) is None
    assert 'rel="prev"' in second.headers["link"]
    ids = [hit["id"] for hit in first.json() + second.json()]
    assert len(set(ids)) == EVERY


@pytest.mark.parametrize(
    "path",
    ["/api/quotes", "/api/entities", "/api/timeline?entity=Kovac", "/api/stories"],
)
def test_paging_api_lists_carry_their_total(client, path: str) -> None:
    whole = client.get(path)
    total = int(whole.headers["x-total-count"])
    assert total == len(whole.json())
    skipped = client.get(path + ("&" if "?" in path else "?") + "offset=1")
    assert skipped.json() == whole.json()[1:]
    assert int(skipped.headers["x-total-count"]) == total


def test_paging_web_search_shows_the_total_and_every_page(client) -> None:
    html = client.get("/search", params={"q": "number"}).text
    assert f"{EVERY} results" in html and f"showing 1–20 of {EVERY}" in html
    assert 'href="?q=number&amp;page=2" rel="next"' in html
    second = client.get("/search", params={"q": "number", "page": 2}).text
    assert f"showing 21–{EVERY} of {EVERY}" in second and 'rel="prev"' in second
    assert 'rel="next"' not in second


def test_paging_web_stories_every_story_reachable(client) -> None:
    html = client.get("/stories").text
    total = int(client.get("/api/stories").headers["x-total-count"])
    assert total >= 1 and f"of {total}" in html


@pytest.mark.parametrize("path", ["/search?q=number&page=0", "/stories?page=-1", "/?page=x"])
def test_paging_web_out_of_range_page_is_400(client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")


def test_paging_search_is_rate_limited_per_client(corpus_path: Path) -> None:
    client = client_for(corpus_path, search_burst=2, search_per_minute=1)
    for _ in range(2):
        assert client.get("/api/search", params={"q": "number"}).status_code == 200
    refused = client.get("/api/search", params={"q": "number"})
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert "search" in refused.json()["error"]
    assert client.get("/search", params={"q": "number"}).status_code == 429


@pytest.mark.parametrize("path", ["/api/search?q=number", "/search?q=number", "/api/entities"])
def test_paging_a_query_past_its_budget_is_a_400(corpus_path: Path, path: str) -> None:
    client = client_for(corpus_path, budget=Budget(every=1, max_checks=2))
    response = client.get(path)
    assert response.status_code == 400
    assert "query too expensive" in response.text


def test_paging_overlong_search_is_a_clear_400(client) -> None:
    response = client.get("/api/search", params={"q": "word " * 1000})
    assert response.status_code == 400 and "characters" in response.json()["error"]


def test_paging_story_links_lead_to_the_page_holding_the_story(client) -> None:
    stories = client.get("/api/stories").json()
    number = stories[0]["story"]
    assert f'href="/stories?story={number}"' in client.get("/").text
    moved = client.get(f"/stories?story={number}", follow_redirects=False)
    assert moved.status_code == 303
    assert moved.headers["location"] == f"/stories?page=1#story-{number}"
    assert f'id="story-{number}"' in client.get(moved.headers["location"]).text
    assert client.get("/stories?story=999999").status_code == 404


def test_paging_corpora_page_reads_one_page_on_its_own_connection(corpus_path: Path) -> None:
    """issue #17: every list endpoint and list page reads its rows through Corpora.page."""
    corpora = Corpora(corpus_path)
    found = corpora.page("search", "number", limit=5, offset=20)
    assert found.total == EVERY and len(found.items) == EVERY - 20
    assert (found.limit, found.offset, found.first) == (5, 20, 21)


def test_paging_corpora_page_stops_a_query_past_its_budget(corpus_path: Path) -> None:
    from newsfacts.errors import QueryError

    with pytest.raises(QueryError):
        Corpora(corpus_path, budget=Budget(every=1, max_checks=2)).page("search", "number", limit=5)
