"""HTML pages -> RawArticle: the article found, its metadata read, bad pages refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.clean import clean_article
from newsfacts.errors import EmptyInputError, InputError, NewsfactsError
from newsfacts.ingest.html import declared_charset, read_html

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"


@pytest.fixture(scope="module")
def article_raw():
    return read_html((FIXTURES / "article.html").read_bytes(), name="article.html")


def test_read_html_reads_metadata(article_raw) -> None:
    assert article_raw.headline == "Harbour ferry returns after storm repairs"
    assert article_raw.byline == ("Ada Brook",)
    assert article_raw.published == date(2024, 3, 14)
    assert article_raw.published_from == "metadata"
    assert article_raw.source.kind == "html"
    assert article_raw.source.path == "article.html"
    assert article_raw.source.url == "https://tide.example.org/news/harbour-ferry-returns"
    assert article_raw.warnings == ()


def test_read_html_keeps_the_article_only(article_raw) -> None:
    text = article_raw.text
    assert "landing ramp that the February storm tore loose" in text
    assert "no longer stop the crossing for weeks" in text
    for outside in ("Subscribe today", "Great news for the market stalls", "Privacy policy"):
        assert outside not in text


def test_read_html_separates_paragraphs_with_blank_lines(article_raw) -> None:
    paragraphs = article_raw.text.split("\n\n")
    assert paragraphs[0] == "Harbour ferry returns after storm repairs"
    assert paragraphs[1].startswith("The Marlow harbour ferry carried")
    assert len(paragraphs) == 6
    assert all(p.strip() == p and p for p in paragraphs)


def test_read_html_line_break_stays_inside_its_paragraph(article_raw) -> None:
    quote = next(p for p in article_raw.text.split("\n\n") if p.startswith('"We lost'))
    assert quote.endswith('"People were patient with us."')


def test_read_html_then_clean_gives_body_without_headline(article_raw) -> None:
    article = clean_article(article_raw)
    assert article.headline == "Harbour ferry returns after storm repairs"
    assert article.text.startswith("The Marlow harbour ferry carried")
    assert len(article.paragraphs) == 5


def test_read_html_given_date_wins_over_metadata() -> None:
    raw = read_html((FIXTURES / "article.html").read_bytes(), name="a", published=date(2024, 3, 15))
    assert raw.published == date(2024, 3, 15)
    assert raw.published_from == "input"


def test_read_html_given_url_is_kept() -> None:
    raw = read_html((FIXTURES / "article.html").read_text("utf-8"), name="a", url="https://x.test/")
    assert raw.source.url == "https://x.test/"


def test_read_html_decodes_declared_legacy_charset() -> None:
    raw = read_html((FIXTURES / "latin1.html").read_bytes(), name="latin1.html")
    assert raw.headline == "La fête du port de Lérac attire les familles"
    assert "« Nous n'avions jamais vu autant de monde »" in raw.text
    assert "malgré la pluie" in raw.text
    assert raw.published is None and raw.published_from is None


def test_read_html_refuses_page_without_article() -> None:
    with pytest.raises(InputError, match=r"noarticle\.html: no article text found"):
        read_html((FIXTURES / "noarticle.html").read_bytes(), name="noarticle.html")


@pytest.mark.parametrize("data", [b"", b"  \n\t", "", "   \n"])
def test_read_html_refuses_empty_input(data: bytes | str) -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        read_html(data, name="blank.html")


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<meta charset="utf-8">', "utf-8"),
        (b"<META CHARSET=windows-1252>", "windows-1252"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "ISO-8859-1"),
        (b"<meta name='viewport' content='width=device-width'>", None),
        (b"", None),
    ],
)
def test_declared_charset(head: bytes, charset: str | None) -> None:
    assert declared_charset(b"<html><head>" + head + b"</head><body></body></html>") == charset


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda s: f"<p>{s}</p>".encode()))
def test_read_html_arbitrary_bytes_raise_only_newsfacts_errors(data: bytes) -> None:
    try:
        raw = read_html(data, name="fuzz")
    except NewsfactsError:
        return
    assert raw.text.strip()
