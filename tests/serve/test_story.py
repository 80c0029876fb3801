"""The story sheet on the web: `/api/stories/{id}`, the story page, values linked to their place."""

from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest
from fastapi.testclient import TestClient

from newsfacts.serve import create_app
from newsfacts.serve.corpora import Corpora, get_corpora
from newsfacts.serve.story import passage
from newsfacts.store import Corpus
from newsfacts.store.story_table import rebuild
from tests.store.sheets import Article, build

TEXTS = (
    "Two people were killed in a shooting at the Larkspur freight depot in Quillon on Friday, "
    "Quillon police said. The Larkspur depot gunman fled in a grey van.\n\nNo arrests yet.",
    "Three people were killed in a shooting at the Larkspur freight depot in Quillon on Friday, "
    "Quillon police said. The Larkspur depot gunman fled in a grey van.\n\nNo arrests yet.",
)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, int]:
    path = tmp_path_factory.mktemp("story") / "corpus.db"
    sheets = [
        build(
            Article(
                text=text,
                headline=f"Depot shooting <b>{number}</b>",
                published=date(2031, 5, 3 + number),
                url=f"https://outlet{number}.example/depot",
            )
        )
        for number, text in enumerate(TEXTS)
    ]
    with Corpus(path) as corpus:
        corpus.add(sheets)
        rebuild(corpus.conn)
        story = corpus.stories()[0]["story"]
        assert isinstance(story, int)
    app = create_app(path, load_model=False)
    app.dependency_overrides[get_corpora] = lambda: Corpora(path)
    return TestClient(app), story


def test_story_api_returns_the_story_sheet(served) -> None:
    client, story = served
    response = client.get(f"/api/stories/{story}")
    assert response.status_code == 200
    data = response.json()
    assert data["id"] == str(story) and len(data["articles"]) == 2
    killed = next(f for f in data["figures"] if f["what"] == "killed")
    assert killed["disagree"] and sorted(v["value"] for v in killed["values"]) == [2, 3]


@pytest.mark.parametrize("story_id", ["999", "not-a-number"])
def test_story_api_unknown_story_is_404(served, story_id: str) -> None:
    client, _ = served
    response = client.get(f"/api/stories/{story_id}")
    assert response.status_code == 404 and "story" in response.json()["error"]


def test_story_page_highlights_disagreements_and_links_values(served) -> None:
    client, story = served
    html = client.get(f"/stories/{story}").text
    assert "outlets disagree" in html and 'class="disagree"' in html
    assert "<b>" not in html  # headlines are escaped
    links = re.findall(r'href="(/articles/[^"]+/at/text/\d+-\d+)"', html)
    assert links
    page = client.get(unescape(links[0]))
    assert page.status_code == 200
    marked = re.search(r'<mark class="lit" id="at">([^<]*)</mark>', page.text)
    assert marked and marked.group(1) in ("Two people were killed", "Three people were killed")


def test_story_list_links_to_the_story_page(served) -> None:
    client, story = served
    assert f'href="/stories/{story}"' in client.get("/stories").text


@pytest.mark.parametrize("tail", ["text/500-900", "body/0-3", "text/5-2"])
def test_article_at_out_of_range_is_404(served, tail: str) -> None:
    client, story = served
    sheet_id = client.get(f"/api/stories/{story}").json()["articles"][0]["id"]
    assert client.get(f"/articles/{sheet_id}/at/{tail}").status_code == 404


def test_passage_is_the_paragraph_around_the_span() -> None:
    text = "First paragraph.\n\nSecond one, with the words.\n\nThird."
    start = text.index("the words")
    assert passage(text, start, start + 9) == ("Second one, with ", "the words", ".")
