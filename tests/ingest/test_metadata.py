"""JSON-LD and OpenGraph: the publisher's record of headline, date, authors and URL."""

from __future__ import annotations

import json
from datetime import date

import pytest
from lxml import html as lxml_html

from newsfacts.ingest.metadata import page_metadata, parse_date


def tree(head: str, lang: str = "en"):
    return lxml_html.fromstring(
        f"<html lang='{lang}'><head>{head}</head><body><p>x</p></body></html>"
    )


def jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_page_metadata_from_jsonld_news_article() -> None:
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": ["NewsArticle", "ReportageNewsArticle"],
            "headline": "Council approves &#8216;harbour plan&#8217;",
            "datePublished": "2024-03-14T08:30:00+01:00",
            "url": "https://tide.example.org/plan",
            "author": [
                {"@type": "Person", "name": "Ada  Brook"},
                "Tom Reyes",
                {"@type": "Organization", "name": "Marlow Tide"},
                {"@type": "Person", "name": "https://tide.example.org/staff/1"},
            ],
        }
    )
    meta = page_metadata(tree(head))
    assert meta.headline == "Council approves ‘harbour plan’"
    assert meta.published == date(2024, 3, 14)
    assert meta.authors == ("Ada Brook", "Tom Reyes")
    assert meta.url == "https://tide.example.org/plan"
    assert meta.language == "en"


def test_page_metadata_finds_the_article_in_a_graph() -> None:
    head = jsonld(
        {
            "@graph": [
                {"@type": "WebSite", "name": "The Tide"},
                {
                    "@type": "schema:BlogPosting",
                    "headline": "A post",
                    "author": {"name": "Eve Sato"},
                },
            ]
        }
    )
    meta = page_metadata(tree(head))
    assert meta.headline == "A post" and meta.authors == ("Eve Sato",)


def test_page_metadata_falls_back_to_opengraph_and_skips_broken_jsonld() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", broken</script>'
        '<meta property="og:title" content="Ferry back in service">'
        '<meta property="article:published_time" content="2024-03-15">'
        '<meta property="og:url" content="https://tide.example.org/ferry">'
        '<meta property="og:locale" content="fr_FR">'
    )
    meta = page_metadata(lxml_html.fromstring(f"<html><head>{head}</head><body>x</body></html>"))
    assert meta.headline == "Ferry back in service"
    assert meta.published == date(2024, 3, 15)
    assert meta.url == "https://tide.example.org/ferry"
    assert meta.authors == ()
    assert meta.language == "fr_FR"
    assert meta.document_title is None


def test_page_metadata_keeps_the_cms_title_apart_from_og_title() -> None:
    head = (
        '<meta property="og:title" content="Back at last!">'
        '<meta name="title" content="Ferry  back in service &amp; on time">'
    )
    meta = page_metadata(tree(head))
    assert meta.headline == "Back at last!"
    assert meta.document_title == "Ferry back in service & on time"


def test_page_metadata_reads_the_titles_the_cms_restates_for_machines() -> None:
    head = (
        jsonld(
            {
                "@type": "NewsArticle",
                "headline": "Ferry back in service",
                "alternativeHeadline": "Ferry  back in service",
            }
        )
        + '<meta property="og:title" content="Back at last!">'
        + '<meta name="parsely-title" content="Ferry back in service &amp; on time">'
        + '<meta name="sailthru.title" content="Ferry back in service">'
    )
    meta = page_metadata(tree(head))
    # In order, each once: the JSON-LD alternativeHeadline, then the analytics titles.
    assert meta.restated_titles == ("Ferry back in service", "Ferry back in service & on time")
    assert page_metadata(tree('<meta property="og:title" content="A">')).restated_titles == ()


def test_page_metadata_deep_or_huge_jsonld_is_bounded() -> None:
    article = json.dumps({"@type": "NewsArticle", "headline": "Deep"})
    for depth in (40, 5_000):  # beyond the depth walked; beyond what json.loads can read
        script = '{"@graph": [' * depth + article + "]}" * depth
        head = f'<script type="application/ld+json">{script}</script>'
        assert page_metadata(tree(head)).headline is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-14", date(2024, 3, 14)),
        ("2024-03-14T23:59:00-05:00", date(2024, 3, 14)),
        ("Thu, 14 Mar 2024 08:30:00 GMT", date(2024, 3, 14)),
        ("19 Nov 2019 07:09 GMT", date(2019, 11, 19)),
        ("0001-01-01T00:00:00Z", None),
        ("2999-01-01", None),
        ("last Tuesday", None),
        ("", None),
        (20240314, None),
    ],
)
def test_parse_date(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected
