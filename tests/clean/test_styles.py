"""Each scraping style in tests/fixtures/scraped/ cleans to what its .expected.json says."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsfacts.article import RawArticle, Source
from newsfacts.clean import clean_article
from tests.clean.test_invariants import assert_nothing_lost
from tests.conftest import FIXTURES

STYLES = sorted(p.stem for p in (FIXTURES / "scraped").glob("*.txt"))


def _load(style: str):
    path = FIXTURES / "scraped" / f"{style}.txt"
    expected = json.loads((FIXTURES / "scraped" / f"{style}.expected.json").read_text())
    raw = RawArticle(text=path.read_text(encoding="utf-8"), source=Source("text", str(path)))
    return path, clean_article(raw), expected


def test_styles_cover_the_issue_list() -> None:
    assert {"wire", "tabloid", "liveblog", "bylines", "credits", "nocaptions"} <= set(STYLES)


@pytest.mark.parametrize("style", STYLES)
def test_clean_style_header(style: str) -> None:
    _, article, expected = _load(style)
    assert article.headline == expected["headline"]
    assert list(article.byline) == expected["byline"]
    published = date.fromisoformat(expected["published"]) if expected["published"] else None
    assert article.published == published
    if published:
        assert article.published_from == "text"


@pytest.mark.parametrize("style", STYLES)
def test_clean_style_body(style: str) -> None:
    _, article, expected = _load(style)
    assert len(article.paragraphs) == expected["paragraph_count"]
    assert article.text.startswith(expected["first_paragraph_starts"])
    for line in expected["removed_reasons"]:
        assert line not in article.text


@pytest.mark.parametrize("style", STYLES)
def test_clean_style_captions(style: str) -> None:
    _, article, expected = _load(style)
    got = [{"text": c.text, "credit": c.credit} for c in article.captions]
    assert got == expected["captions"]
    for caption in article.captions:
        assert caption.text not in article.text


@pytest.mark.parametrize("style", STYLES)
def test_clean_style_removed_reasons(style: str) -> None:
    _, article, expected = _load(style)
    reasons = {r.text: r.reason for r in article.removed if r.reason != "duplicate-caption"}
    for line in expected["date_lines"]:
        assert reasons.pop(line) == "other"
    assert reasons == expected["removed_reasons"]


@pytest.mark.parametrize("style", STYLES)
def test_clean_style_loses_nothing(style: str) -> None:
    path, _, _ = _load(style)
    assert_nothing_lost(path.read_text(encoding="utf-8"))


def test_clean_recognises_wire_dateline() -> None:
    _, article, _ = _load("wire")
    assert article.dateline == "LISBON (Reuters)"
    assert article.text.startswith("LISBON (Reuters) -")  # kept in the text


def test_clean_one_paragraph_per_line_without_blank_lines() -> None:
    _, article, _ = _load("noblanklines")
    for paragraph in article.paragraphs:
        assert "\n" not in article.text[paragraph.start : paragraph.end]


def test_sample_article_is_ours_and_complete() -> None:
    from importlib.resources import files

    text = files("newsfacts.data").joinpath("sample.txt").read_text(encoding="utf-8")
    article = clean_article(RawArticle(text=text, source=Source("sample")))
    assert article.byline and article.published
    assert len(article.captions) >= 3 and all(c.credit for c in article.captions)
    assert any(r.reason == "license" for r in article.removed)
    assert "Credit:" not in article.text
    assert "(" in article.text  # an acronym defined in parentheses
