"""A byline the reader vetted (the HTML reader's) is kept whole; any other is cleaned."""

from __future__ import annotations

from dataclasses import replace

from newsfacts.article import RawArticle, Source
from newsfacts.clean import clean_article

GIVEN = ("tide.example", "Ina Roth, Staff Writer")
SOURCE = Source(kind="html", path="x.html")
RAW = RawArticle(text="Ferry runs again\n\nThe ferry ran.", source=SOURCE, byline=GIVEN)


def test_unvetted_byline_keeps_only_names() -> None:
    assert clean_article(RAW).byline == ("Ina Roth",)


def test_vetted_byline_is_kept_whole_by_the_clean_stage() -> None:
    assert clean_article(replace(RAW, byline_vetted=True)).byline == GIVEN
