"""Authors reconciled from JSON-LD, <meta>, byline markup and trafilatura; the site only
where the JSON-LD names it as the author and no person signs."""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from newsfacts.ingest.bylines import markup_bylines, name_line, page_authors
from newsfacts.ingest.metadata import page_metadata
from newsfacts.ingest.sitename import SiteNames

URL = "https://www.harbour-gazette.example/news/ferry"


def _authors(head: str, body: str = "", trafilatura: str | None = None) -> tuple[str, ...]:
    tree = lxml_html.fromstring(f"<html><head>{head}</head><body>{body}<p>x</p></body></html>")
    meta = page_metadata(tree)
    return page_authors(tree, meta, trafilatura, SiteNames.of(meta.site_names, URL))


def _jsonld(author: object, **more: object) -> str:
    data = {"@type": "NewsArticle", "headline": "Ferry", "author": author, **more}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_jsonld_names_in_one_field_are_split_and_the_agency_kept() -> None:
    head = _jsonld({"@type": "Person", "name": "Lea Roth und Tom Berg, dpa"})
    assert _authors(head) == ("Lea Roth", "Tom Berg", "dpa")


def test_organisation_authors_the_jsonld_states_are_kept_with_the_site() -> None:
    head = _jsonld(
        [
            {"@type": "Organization", "name": "Harbour Gazette"},
            {"@type": "Organization", "name": "AFP"},
        ],
        publisher={"@type": "Organization", "name": "Harbour Gazette"},
    )
    assert _authors(head) == ("Harbour Gazette", "AFP")


@pytest.mark.parametrize(
    "stated", ["harbour-gazette.example", "harbour gazette", "Harbour Gazette"]
)
def test_site_as_the_only_jsonld_author_is_kept_as_written(stated: str) -> None:
    head = _jsonld({"@type": "Organization", "name": stated})
    assert _authors(head, trafilatura="Harbour Gazette") == (stated,)


def test_site_desk_in_jsonld_beats_an_agency_in_meta() -> None:
    head = _jsonld({"@type": "Person", "name": "Gazette staff reporter"}) + (
        '<meta property="og:site_name" content="Gazette">'
        '<meta name="author" content="Associated Press in Valencia">'
    )
    assert _authors(head) == ("Gazette staff reporter",)


def test_a_person_in_the_byline_beats_the_site_as_jsonld_author() -> None:
    head = _jsonld({"@type": "Organization", "name": "Harbour Gazette"})
    body = "<p class='byline'>Von Ina Roth, Kiel</p>"
    assert _authors(head, body) == ("Ina Roth",)


def test_a_desk_code_does_not_beat_the_site_as_jsonld_author() -> None:
    head = _jsonld({"@type": "Organization", "name": "Harbour Gazette"})
    assert _authors(head, "<span class='author'>amw</span>") == ("Harbour Gazette",)


def test_site_name_in_every_source_leaves_no_author() -> None:
    head = (
        '<meta property="og:site_name" content="Harbour Gazette">'
        '<meta name="author" content="harbour-gazette.example">'
    )
    body = "<span class='byline'>By The Harbour Gazette</span>"
    assert _authors(head, body, trafilatura="Harbour Gazette") == ()


def test_byline_markup_names_in_capitals_are_written_as_names() -> None:
    body = "<div class='author'><span class='author__prefix'>Von:</span> ANNA KOCH</div>"
    assert _authors("", body) == ("Anna Koch",)


def test_byline_markup_skips_quotes_comments_and_captions() -> None:
    body = (
        "<figure><figcaption><span class='author'>Kim Park</span></figcaption></figure>"
        "<span class='quoteAuthor'>Ola Lind</span><div class='comment-author'>gullfan</div>"
        "<p class='article-byline'>By Ines Vidal, Harbour Correspondent</p>"
    )
    assert _authors("", body) == ("Ines Vidal",)


def test_trafilatura_is_the_last_resort() -> None:
    assert _authors("", "", trafilatura="Mira Holt; Staff Writer") == ("Mira Holt",)


def test_meta_author_before_markup() -> None:
    head = '<meta name="author" content="Mira Holt">'
    assert _authors(head, "<p class='byline'>By Ines Vidal</p>") == ("Mira Holt",)


def test_markup_bylines_reads_meta_content_and_rel_author() -> None:
    tree = lxml_html.fromstring("<div><a rel='author' href='/a'>Ines Vidal</a></div>")
    assert markup_bylines(tree) == ("Ines Vidal",)


@pytest.mark.parametrize(
    ("name", "site"),
    [
        ("Harbour Gazette", True),
        ("harbour-gazette.example", True),
        ("The Harbour Gazette", True),
        ("Harbour Gazette Daily", False),
        ("Ines Vidal", False),
    ],
)
def test_site_names(name: str, site: bool) -> None:
    names = SiteNames.of(("Harbour Gazette",), URL)
    assert names.is_site(name) is site


@pytest.mark.parametrize(
    ("name", "desk"),
    [
        ("Harbour Gazette staff reporter", True),
        ("Harbour Gazette Redaktion", True),
        ("harbour-gazette.example", True),
        ("Harbour Gazette Daily", False),
        ("staff reporter", False),
        ("Ines Vidal Redaktion", False),
    ],
)
def test_site_or_desk(name: str, desk: bool) -> None:
    names = SiteNames.of(("Harbour Gazette",), URL)
    assert names.is_site_or_desk(name) is desk


def test_an_element_opening_with_a_byline_label_is_a_byline() -> None:
    body = (
        "<p>Von der Fähre aus sah man den Hafen, sagte sie am Montag.</p>"
        "<li class='information-item'>Von: <a href='/a'>Ina  ROTH</a>, "
        "<a href='/b'>Tom Berg</a></li>"
    )
    assert _authors("", body) == ("Ina ROTH", "Tom Berg")


def test_a_line_of_names_above_the_story_is_the_byline() -> None:
    opening = ("Ferry fares rise again", "INA ROTH/Tom Berg", "The ferry " + "ran late. " * 20)
    tree = lxml_html.fromstring("<html><body><p>x</p></body></html>")
    meta = page_metadata(tree)
    site = SiteNames.of(meta.site_names, URL)
    assert page_authors(tree, meta, None, site, opening) == ("Ina Roth", "Tom Berg")


@pytest.mark.parametrize(
    "opening",
    [
        ("The ferry " + "ran late. " * 20, "Ina Roth"),  # after the story began
        ("Ina Roth said the ferry was late.",),  # a sentence
        ("Kiel",),  # one word: a place or a section
        ("Ferry Timetable 2025",),  # digits
    ],
)
def test_no_byline_line(opening: tuple[str, ...]) -> None:
    assert name_line(opening) == ()


def test_a_named_source_beats_a_line_of_names() -> None:
    head = '<meta name="author" content="Mira Holt">'
    tree = lxml_html.fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>")
    meta = page_metadata(tree)
    site = SiteNames.of(meta.site_names, URL)
    assert page_authors(tree, meta, None, site, ("Ina Roth",)) == ("Mira Holt",)
