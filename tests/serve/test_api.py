"""The JSON API over an invented corpus: FastAPI's TestClient, the store dependency overridden.

The app is made for a corpus path that does not exist; every endpoint still answers from the
test corpus because `get_corpora` is overridden (fastapi's dependency-testing pattern). No
model is loaded here (no lifespan): extraction with the real model is in test_extract.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsfacts.serve import create_app
from newsfacts.serve.corpora import Corpora, get_corpora
from newsfacts.serve.limits import MAX_PAGE, PAGE_SIZE
from newsfacts.sheet import FactSheet
from tests.serve.corpus import FERRY, FERRY_FOLLOWUP, ORCHARD, make_corpus, sheet_of

SPEC_PATHS = (
    "/api/extract",
    "/api/articles",
    "/api/articles/{sheet_id}",
    "/api/search",
    "/api/quotes",
    "/api/entities",
    "/api/timeline",
    "/api/stories",
)


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("serve") / "corpus.db")


@pytest.fixture
def client(corpus_path: Path, tmp_path: Path) -> TestClient:
    app = create_app(tmp_path / "not-this-one.db", load_model=False)
    app.dependency_overrides[get_corpora] = lambda: Corpora(corpus_path)
    return TestClient(app)


def test_api_articles_first_page_newest_first(client: TestClient) -> None:
    page = client.get("/api/articles").json()
    assert page["total"] == 27 and page["limit"] == PAGE_SIZE and page["offset"] == 0
    assert len(page["items"]) == PAGE_SIZE
    dated = [row["published"] for row in page["items"] if row["published"]]
    assert dated == sorted(dated, reverse=True)
    assert page["items"][0]["headline"] == FERRY_FOLLOWUP.headline


def test_api_articles_pages_cover_the_corpus_once(client: TestClient) -> None:
    seen: list[str] = []
    for offset in range(0, 30, 7):
        seen += [
            row["id"]
            for row in client.get(f"/api/articles?limit=7&offset={offset}").json()["items"]
        ]
    assert len(seen) == 27 == len(set(seen))


def test_api_article_is_the_stored_sheet(client: TestClient) -> None:
    sheet = sheet_of(ORCHARD)
    response = client.get(f"/api/articles/{sheet.id}")
    assert response.status_code == 200
    data = response.json()
    assert data["schema"] == "newsfacts/factsheet@1"  # SPEC's name, not the python alias
    assert FactSheet.model_validate(data) == sheet


def test_api_search_ranks_and_marks_matches(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "ferry slip"}).json()
    assert {hit["headline"] for hit in hits} >= {sheet_of(FERRY).headline}
    assert all("«" in hit["snippet"] for hit in hits)


def test_api_quotes_by_speaker_alias(client: TestClient) -> None:
    rows = client.get("/api/quotes", params={"speaker": "Kovac"}).json()
    assert {row["quote"] for row in rows} == {
        "The pier is not safe for another winter",
        "Work starts in the spring",
    }
    assert {row["speaker"] for row in rows} == {"Ines Kovac"}


def test_api_entities_by_type(client: TestClient) -> None:
    rows = client.get("/api/entities", params={"type": "GPE"}).json()
    assert [row["name"] for row in rows] == ["Port Alder"]
    assert rows[0]["articles"] == 2


def test_api_timeline_oldest_first(client: TestClient) -> None:
    rows = client.get("/api/timeline", params={"entity": "Ines Kovac"}).json()
    assert [row["date"] for row in rows] == ["2024-03-12", "2024-03-18"]


def test_api_stories_hold_the_ferry_story(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    ferry = [s for s in stories if s["label"] == FERRY.headline]
    assert ferry and ferry[0]["size"] == 2
    assert {a["source"] for a in ferry[0]["articles"]} == {
        "harbourpost.example",
        "coastnews.example",
    }


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/articles/sha256:0000000000000000", 404),
        (f"/api/articles?limit={MAX_PAGE + 1}", 400),  # out-of-range paging (issue #14)
        ("/api/articles?offset=-1", 400),
        ("/api/articles?limit=ten", 400),
        ("/api/articles?offset=1e20", 400),
        (f"/api/articles?offset={10**20}", 400),
        (f"/api/articles?offset={2**63}", 400),
        ("/api/search?q=ferry&offset=-5", 400),
        ("/api/stories?limit=0", 400),
        ("/api/quotes?offset=99999999999999999999999", 400),
        ("/api/search?q=" + "+".join(["ferry"] * 100), 400),
        ("/api/search", 422),
        ("/api/search?q=%22unbalanced", 400),
        ("/api/search?q=x&since=yesterday", 422),
        ("/api/timeline", 422),
        ("/api/quotes?speaker=%21%21", 400),
        ("/api/nothing-here", 404),
    ],
)
def test_api_errors_are_one_json_shape(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["error"] and isinstance(body["error"], str) and body["error"]


def test_api_wrong_method_is_json_405(client: TestClient) -> None:
    response = client.delete("/api/articles")
    assert response.status_code == 405
    assert list(response.json()) == ["error"]


def test_api_missing_corpus_is_503_naming_it(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path / "absent.db", load_model=False))
    response = client.get("/api/articles")
    assert response.status_code == 503
    assert "absent.db" in response.json()["error"]
    assert not (tmp_path / "absent.db").exists()  # the server never creates a corpus


def test_api_openapi_lists_every_spec_endpoint(client: TestClient) -> None:
    document = client.get("/api/openapi.json").json()
    assert set(SPEC_PATHS) <= set(document["paths"])
    extract = document["paths"]["/api/extract"]["post"]
    assert set(extract["requestBody"]["content"]) == {"text/plain", "text/html", "application/json"}
    ok = extract["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok["$ref"].endswith("/FactSheet")
    assert {"413", "415", "429"} <= set(extract["responses"])


def test_api_docs_page_renders_offline(client: TestClient) -> None:
    response = client.get("/api/docs")
    assert response.status_code == 200
    for path in SPEC_PATHS:
        assert path in response.text
    assert "cdn" not in response.text.lower() and "https://" not in response.text
