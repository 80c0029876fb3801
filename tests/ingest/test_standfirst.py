"""The standfirst a page shows above the article, recognised by the page's description."""

from __future__ import annotations

import json

from lxml import html as lxml_html

from newsfacts.ingest.html import read_html
from newsfacts.ingest.standfirst import missing_standfirst

DEK = "The harbour ferry is back after a week in dry dock, and fares stay the same."
BODY = "<p>The ferry ran again on Thursday after a week in dry dock, the harbour said.</p>" * 5


def _page(head: str, header: str) -> str:
    return (
        f"<html><head>{head}</head><body><article><header><h1>Ferry runs again</h1>{header}"
        f"</header><div class='story'>{BODY}</div></article></body></html>"
    )


def test_shown_description_missing_from_the_text_is_the_standfirst() -> None:
    head = f'<meta property="og:description" content="{DEK}">'
    tree = lxml_html.fromstring(_page(head, f"<p class='dek'>{DEK}</p>"))
    assert missing_standfirst(tree, (DEK,), "The ferry ran again on Thursday.") == DEK
    assert missing_standfirst(tree, (DEK,), f"{DEK}\n\nThe ferry ran again.") is None


def test_a_description_shown_nowhere_is_not_article_text() -> None:
    tree = lxml_html.fromstring(_page("", "<nav><p>" + DEK + "</p></nav>"))
    assert missing_standfirst(tree, (DEK,), "The ferry ran again on Thursday.") is None


def test_read_html_puts_the_standfirst_after_the_headline() -> None:
    ld = {"@type": "NewsArticle", "headline": "Ferry runs again", "description": DEK}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    raw = read_html(_page(head, f"<div class='article-lead'>{DEK}</div>"), name="dek.html")
    paragraphs = raw.text.split("\n\n")
    assert DEK in paragraphs[:2]
    assert paragraphs.index(DEK) == (1 if paragraphs[0] == raw.headline else 0)
