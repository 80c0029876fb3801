"""HTML pages -> RawArticle: the article found, its metadata read, bad pages refused."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.article import Caption, Source
from newsfacts.clean import clean_article
from newsfacts.errors import (
    EmptyInputError,
    InputError,
    NewsfactsError,
    NoArticleError,
    TooLargeError,
)
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


@pytest.fixture(scope="module")
def figures_raw():
    return read_html((FIXTURES / "figures.html").read_bytes(), name="figures.html")


def test_read_html_byline_from_jsonld_people_and_organisation(figures_raw) -> None:
    # The JSON-LD names the site as an author too: the publisher's record is kept as stated.
    assert figures_raw.byline == ("Lina Osei", "Marek Vos", "The Marlow Tide")
    assert figures_raw.byline_vetted
    assert figures_raw.published == date(2024, 6, 2) and figures_raw.published_from == "metadata"
    assert figures_raw.source.url == "https://tide.example.org/news/gull-point-rescue"


def test_read_html_figure_captions_with_credits(figures_raw) -> None:
    assert figures_raw.captions == (
        Caption(
            "The Marlow lifeboat returns to the harbour on Sunday evening", "Jun Park/Marlow Tide"
        ),
        Caption("The headland at Gull Point, where the tide turns quickly", "AP"),
        Caption("Crew members Tom Reyes and Ada Brook after the rescue.", "RNLI"),
        Caption("The two kayaks were recovered on Monday morning", "Getty Images"),
    )
    for caption in figures_raw.captions:
        assert caption.text not in figures_raw.text  # captions are not body text


def test_read_html_captions_reach_the_clean_article(figures_raw) -> None:
    article = clean_article(figures_raw)
    assert article.captions[:4] == figures_raw.captions
    assert article.byline == figures_raw.byline  # vetted by the reader: kept whole


def test_read_html_latin1_page_without_charset_is_detected() -> None:
    raw = read_html((FIXTURES / "latin1-nocharset.html").read_bytes(), name="latin1-nocharset.html")
    assert raw.headline == "Café owners on Quay Street fear winter closures"
    assert "£40 a week" in raw.text and "Zoë Brook" in raw.text and "naïve" in raw.text
    assert raw.warnings == ("decoded as cp1252 (not valid UTF-8; encoding detected)",)


def test_read_html_declared_latin1_reads_windows_quotes() -> None:
    page = "<html><head><meta charset='iso-8859-1'></head><body><article><p>{}</p></article>"
    text = "\u201cWe are open,\u201d said the harbour master on Friday morning. " * 4
    raw = read_html(page.format(text).encode("cp1252"), name="quotes.html")
    assert "\u201cWe are open,\u201d" in raw.text and raw.warnings == ()


def test_read_html_transport_charset_wins_over_meta() -> None:
    page = "<html><head><meta charset='utf-8'></head><body><article><p>{}</p></article>"
    data = page.format("Zoë Brook runs the café by the quay in the old town. " * 4).encode(
        "latin-1"
    )
    raw = read_html(data, name="a.html", charset="ISO-8859-1")
    assert "Zoë Brook" in raw.text and raw.warnings == ()


def test_read_html_repairs_mojibake_with_a_warning() -> None:
    page = "<html><body><article><p>{}</p></article></body></html>"
    mangled = "The cafÃ© owners met on Monday to discuss the harbour fees. " * 4
    raw = read_html(page.format(mangled).encode("utf-8"), name="a.html")
    assert "café owners" in raw.text
    assert raw.warnings == (
        "mojibake repaired (text had been decoded with the wrong encoding upstream)",
    )


def test_read_html_warns_when_the_page_is_not_english() -> None:
    raw = read_html((FIXTURES / "latin1.html").read_bytes(), name="latin1.html")
    assert any("declares language 'fr'" in warning for warning in raw.warnings)


def test_read_html_source_given_by_the_caller() -> None:
    source = Source(kind="warc", path="crawl.warc.gz", url="https://tide.example.org/a")
    raw = read_html((FIXTURES / "article.html").read_bytes(), name="a", source=source)
    assert raw.source == source


def test_read_html_deep_nesting_is_a_clear_error() -> None:
    paragraph = "<p>" + "Words of the article. " * 40 + "</p>"
    page = "<html><body>" + "<div>" * 5_000 + paragraph + "</div>" * 5_000 + "</body></html>"
    with pytest.raises(NoArticleError, match=r"deep\.html: the HTML nests 5,00\d elements deep"):
        read_html(page, name="deep.html")


def test_read_html_no_article_is_no_article_error() -> None:
    with pytest.raises(NoArticleError):
        read_html((FIXTURES / "noarticle.html").read_bytes(), name="noarticle.html")


def test_read_html_drops_blocks_of_machine_data() -> None:
    paragraph = "<p>The ferry crossed the river at dawn, the harbour office said on Friday.</p>"
    page = (
        "<html><body><article>" + paragraph * 3 + "<p>2019-11-19T08:57:40+01:00</p>"
        "<p>Logo https://tide.example.org/img/logo.png</p>" + paragraph + "</article></body></html>"
    )
    raw = read_html(page, name="a.html")
    assert "2019-11-19T08" not in raw.text and "logo.png" not in raw.text
    assert raw.text.count("The ferry crossed") >= 1


def test_read_html_repairs_mojibake_in_title_and_captions_too() -> None:
    page = (
        "<html><head><title>CafÃ© owners protest</title></head><body><article>"
        "<h1>CafÃ© owners protest</h1>"
        + "<p>The cafÃ© owners met on Monday to discuss the harbour fees and the winter.</p>"
        * 3
        + "<figure><figcaption>The cafÃ© at dawn <span class='credit'>JosÃ© Ruiz</span>"
        "</figcaption></figure></article></body></html>"
    )
    raw = read_html(page.encode(), name="a.html")
    assert raw.headline == "Café owners protest" and raw.text.startswith("Café owners protest")
    assert raw.captions == (Caption("The café at dawn", "José Ruiz"),)


def test_read_html_page_with_too_many_elements_is_refused_before_parsing() -> None:
    page = "<html><body><ul>" + "<li>a listing</li>" * 40_000 + "</ul></body></html>"
    with pytest.raises(TooLargeError, match=r"listing\.html: the page has about 40,00\d HTML el"):
        read_html(page, name="listing.html")


def test_read_html_jsonld_image_caption_the_markup_does_not_show() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Ferry runs again",
        "image": [
            {"@type": "ImageObject", "caption": "The ferry at dawn", "creditText": "Kim Park"},
            {"@type": "ImageObject", "caption": "Gulls over the pier. Foto: Ola Berg/Agentur"},
            {"@type": "ImageObject", "url": "https://example.org/a.jpg"},
        ],
    }
    page = (
        f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
        "<body><article><h1>Ferry runs again</h1>"
        "<figure><img src='a.jpg'><figcaption>The ferry at dawn</figcaption></figure>"
        + "<p>The ferry ran again on Thursday after a week in dry dock, the harbour said.</p>" * 5
        + "</article></body></html>"
    )
    raw = read_html(page, name="ld.html")
    assert raw.captions == (
        Caption("The ferry at dawn", "Kim Park"),
        Caption("Gulls over the pier.", "Ola Berg/Agentur"),
    )


def _titled_page(og_title: str, cms_title: str) -> str:
    ld = {"@type": "NewsArticle", "headline": "Ferry runs again after a week of repairs"}
    return (
        f'<html><head><meta property="og:title" content="{og_title}">'
        f'<meta name="title" content="{cms_title}">'
        f'<meta property="og:site_name" content="Tide News">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
        "<header><h1>Ferry runs again after a week of repairs</h1></header><article>"
        + "<p>The ferry ran again on Thursday after a week in dry dock, the harbour said.</p>" * 5
        + "</article></body></html>"
    )


def test_read_html_cms_title_the_jsonld_confirms_outweighs_og_title() -> None:
    page = _titled_page("You won't believe the ferry", "Ferry runs again after a week of repairs")
    assert read_html(page, name="t.html").headline == "Ferry runs again after a week of repairs"
    # Its site part goes, as from any title.
    page = _titled_page(
        "You won't believe the ferry", "Ferry runs again after a week of repairs | Tide News"
    )
    assert read_html(page, name="t.html").headline == "Ferry runs again after a week of repairs"


def test_read_html_cms_title_alone_does_not_outweigh_og_title() -> None:
    page = _titled_page("You won't believe the ferry", "Ferry news from the harbour")
    assert read_html(page, name="t.html").headline == "You won't believe the ferry"


def _restated_page(og_title: str, ld: dict[str, str], extra_head: str = "", h1: str = "") -> str:
    return (
        f'<html><head><meta property="og:title" content="{og_title}">{extra_head}'
        f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **ld})}'
        f"</script></head><body><header><h1>{h1 or og_title}</h1></header><article>"
        + "<p>The ferry ran again on Thursday after a week in dry dock, the harbour said.</p>" * 5
        + "</article></body></html>"
    )


def test_read_html_jsonld_headline_restated_as_alternative_outweighs_og_title() -> None:
    twice = {"headline": "Ferry runs again", "alternativeHeadline": "Ferry runs again"}
    page = _restated_page("You won't believe the ferry", twice)
    assert read_html(page, name="t.html").headline == "Ferry runs again"
    # A different alternativeHeadline is a second title, not a restatement: og:title stays.
    other = {"headline": "Ferry runs again", "alternativeHeadline": "Harbour news"}
    page = _restated_page("You won't believe the ferry", other)
    assert read_html(page, name="t.html").headline == "You won't believe the ferry"


def test_read_html_analytics_title_the_h1_confirms_outweighs_og_title() -> None:
    analytics = '<meta name="cxenseparse:title" content="Ferry runs again">'
    ld = {"headline": "Ferry runs again"}
    page = _restated_page("You won't believe the ferry", ld, analytics, h1="Ferry runs again")
    assert read_html(page, name="t.html").headline == "Ferry runs again"
    # Alone (no <h1> or JSON-LD headline saying the same), it does not.
    page = _restated_page("You won't believe the ferry", {"headline": "Boats"}, analytics)
    assert read_html(page, name="t.html").headline == "You won't believe the ferry"
