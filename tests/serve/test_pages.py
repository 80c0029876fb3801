"""The web reader's pages over the invented corpus (TestClient; the browser is test_browser.py)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsfacts.serve import create_app
from newsfacts.serve.corpora import Corpora, get_corpora
from newsfacts.serve.pages import form_fields, read_form, snippet_parts
from tests.serve.corpus import FERRY, FERRY_FOLLOWUP, ORCHARD, make_corpus, sheet_of


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    path = make_corpus(tmp_path_factory.mktemp("serve") / "corpus.db")
    app = create_app(path, load_model=False)
    app.dependency_overrides[get_corpora] = lambda: Corpora(path)
    return TestClient(app)


def test_pages_home_lists_newest_first_with_pages(client: TestClient) -> None:
    html = client.get("/").text
    assert html.index(FERRY_FOLLOWUP.headline) < html.index(FERRY.headline)
    assert "Page 1 of 2" in html
    second = client.get("/?page=2").text
    assert "Page 2 of 2" in second and FERRY.headline not in second
    assert client.get("/?page=3").status_code == 404


def test_pages_search_marks_matches(client: TestClient) -> None:
    html = client.get("/search", params={"q": "frost"}).text
    assert ORCHARD.headline in html
    assert "<mark>frost</mark>" in html


def test_pages_search_bad_query_says_how(client: TestClient) -> None:
    """Issue #14: a 400 as docs/serve.md says, and the page's own way out (no CLI flag)."""
    response = client.get("/search", params={"q": '"open'})
    assert response.status_code == 400
    assert "not valid FTS5 syntax" in response.text
    assert "Search the words as written" in response.text and "--literal" not in response.text
    literal = client.get("/search", params={"q": '"open', "literal": "true"})
    assert literal.status_code == 200 and 'name="literal" value="true" checked' in literal.text


def test_pages_article_shows_facts_in_place(client: TestClient) -> None:
    sheet = sheet_of(FERRY)
    html = client.get(f"/articles/{sheet.id}").text
    assert 'class="quote sp-0"' in html and 'data-speaker="Ines Kovac"' in html
    assert '<mark class="ent ent-PERSON" title="PERSON: Ines Kovac" data-entity="e1">' in html
    assert '<mark class="time" title="date: 2024-03-12">Tuesday</mark>' in html
    assert '<mark class="qty"' in html
    assert "Legend" in html and "The event" in html and "Summary" in html
    assert 'href="https://www.harbourpost.example/ferry-slip"' in html
    assert f'href="/api/articles/{sheet.id}"' in html


def test_pages_article_unknown_is_a_404_page(client: TestClient) -> None:
    response = client.get("/articles/sha256:nothing")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "no article with id" in response.text


def test_pages_quotes_grouped_by_speaker(client: TestClient) -> None:
    html = client.get("/quotes", params={"speaker": "Kovac"}).text
    assert "Work starts in the spring" in html and "The pier is not safe" in html
    assert "Tomas Brenner" not in html


def test_pages_entities_link_to_timelines(client: TestClient) -> None:
    html = client.get("/entities", params={"type": "PERSON"}).text
    assert 'href="/timeline?entity=Ines%20Kovac"' in html
    assert "Port Alder" not in html


def test_pages_timeline_of_an_entity(client: TestClient) -> None:
    html = client.get("/timeline", params={"entity": "Kovac"}).text
    assert html.index("2024-03-12") < html.index("2024-03-18")
    assert "Work starts in the spring" in html


def test_pages_stories(client: TestClient) -> None:
    html = client.get("/stories").text
    assert FERRY.headline in html and "harbourpost.example" in html


def test_pages_extract_form_and_its_errors(client: TestClient) -> None:
    assert 'action="/extract" method="post"' in client.get("/extract").text
    response = client.post("/extract", data={"text": "Headline\n\nBody.", "published": "soon"})
    assert response.status_code == 422
    assert "is not a date" in response.text and "Headline" in response.text  # form kept


def test_pages_extract_form_without_model_is_503_page(client: TestClient) -> None:
    response = client.post("/extract", data={"text": "Headline\n\nBody."})
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("text/html")


def test_pages_every_page_has_one_h1_and_a_main(client: TestClient) -> None:
    article = f"/articles/{sheet_of(FERRY).id}"
    for path in (
        "/",
        "/search?q=ferry",
        article,
        "/quotes",
        "/entities",
        "/timeline?entity=Kovac",
        "/stories",
        "/extract",
        "/api/docs",
    ):
        html = client.get(path).text
        assert html.count("<h1") == 1 and '<main id="main"' in html, path


@pytest.mark.parametrize(
    ("snippet", "parts"),
    [
        ("a «b» c", [("a ", False), ("b", True), (" c", False)]),
        ("«b»", [("b", True)]),
        ("plain", [("plain", False)]),
        ("«open", [("open", True)]),
        ("", []),
    ],
)
def test_pages_snippet_parts(snippet: str, parts: list[tuple[str, bool]]) -> None:
    assert list(snippet_parts(snippet)) == parts


def test_pages_form_reads_only_its_fields_and_detects_html() -> None:
    form = read_form(b"text=%3Chtml%3E%3Cbody%3E%3Cp%3Ehi&other=1&url=&kind=auto")
    assert form == {"text": "<html><body><p>hi", "url": "", "kind": "auto"}
    assert form_fields(form).html == "<html><body><p>hi"
    assert form_fields({"text": "Headline\n\nBody."}).text == "Headline\n\nBody."
    assert form_fields({"url": "https://example.org/a"}).url == "https://example.org/a"


def test_pages_form_with_too_many_fields_is_400(client: TestClient) -> None:
    response = client.post(
        "/extract",
        content=b"&".join([b"a=1"] * 100),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 400
