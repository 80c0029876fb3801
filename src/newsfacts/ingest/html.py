"""HTML pages -> RawArticle: trafilatura finds the article, our cleaning does the rest.

trafilatura (the best open extractor on the ScrapingHub benchmark) picks the main text and
reads the page's metadata (title, author, date). Its text is handed on with one blank line
between the page's blocks (paragraphs, headings, lists, quotes), so the clean stage sees the
page's own paragraphs; a <br> inside a block stays a line break within its paragraph.
Everything else a page states is reconciled here, one module per part: the JSON-LD /
OpenGraph record (metadata.py) fills missing fields and its `articleBody` checks the text
(article_body.py); the headline loses the site's name (headline.py, sitename.py); the byline
comes from the most trusted source that names someone (bylines.py); figure and caption
markup, with credits split off, and JSON-LD image captions become the captions (figures.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, cast

from newsfacts.article import Caption, RawArticle, Removed, Source
from newsfacts.clean.captions import split_caption_credit
from newsfacts.errors import EmptyInputError, NoArticleError, TooLargeError
from newsfacts.ingest.article_body import reconcile_body
from newsfacts.ingest.bylines import page_authors
from newsfacts.ingest.continuation import continue_text, page_blocks
from newsfacts.ingest.decode import decode_bytes, repair_mojibake, strip_controls
from newsfacts.ingest.figures import clean_credit, page_captions
from newsfacts.ingest.headline import confirmed_part, strip_site
from newsfacts.ingest.limits import HTML_MAX_DEPTH, MAX_HTML_ELEMENTS
from newsfacts.ingest.metadata import PageMetadata, page_metadata
from newsfacts.ingest.sitename import SiteNames

if TYPE_CHECKING:
    from lxml.etree import _Element
    from lxml.html import HtmlElement
    from trafilatura.settings import Document

    from newsfacts.sheet import PublishedFrom

# A charset is declared in the <head>; browsers look no further than the first 1024 bytes,
# we allow a little more for pages that put scripts first.
CHARSET_SNIFF_BYTES = 4096
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
PARAGRAPH_SEPARATOR = "\n\n"
# Wrappers in trafilatura's output tree that hold blocks rather than being one.
CONTAINER_TAGS = frozenset({"body", "div", "section", "article", "main"})
# Start and end tags, for measuring nesting when a page yields nothing (the message only).
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]{0,30})[^<>]{0,2000}?(/?)>")
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
# A block that is only machine data: a timestamp or addresses (leaked from a page's data
# attributes or JSON into the text; a reader never sees them as a paragraph).
MACHINE_BLOCK = re.compile(
    r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?"
    r"|(?:\S{0,40}\s)?(?:https?://\S++\s*+)++"  # possessive: no backtracking into a URL
)
# <h1>s looked at: an article page has one, a few at most (one per layout variant).
MAX_HEADINGS = 3
# How many of the text's first paragraphs may hold a byline line above the story.
OPENING_PARAGRAPHS = 4
# The language the model reads; a page declaring another gets a warning.
MODEL_LANGUAGE = "en"


def read_html(
    data: bytes | str,
    *,
    name: str,
    url: str | None = None,
    published: date | None = None,
    source: Source | None = None,
    charset: str | None = None,
) -> RawArticle:
    """Read one HTML page; `published` (given by the caller) wins over the page's metadata.

    `source` names where the page came from (a WARC record, a JSONL line, a URL; default an
    HTML file called `name`); `charset` is the one a transport declared (HTTP Content-Type).
    Raises EmptyInputError for an empty page, NoArticleError when no article text is found,
    InputError when the bytes are not text.
    """
    warnings: list[str] = []
    if isinstance(data, bytes):
        declared = charset or declared_charset(data)
        html, warnings = decode_bytes(data, name=name, declared=declared, repair=False)
    else:
        html = data
    # A stray NUL or escape code would end the parser's reading early: out, and recorded.
    html, controls, what = strip_controls(html)
    removed = (Removed(controls, "other", what),) if controls else ()
    if not html.strip():
        raise EmptyInputError(f"{name}: HTML page is empty (expected a news article page)")
    if (elements := html.count("<") - html.count("</")) > MAX_HTML_ELEMENTS:
        raise TooLargeError(
            f"{name}: the page has about {elements:,} HTML elements, more than "
            f"{MAX_HTML_ELEMENTS:,}; no article page has so many (a listing, or a hostile "
            f"page); save the article's own page"
        )
    tree = _parse(html)
    # Our own reading comes first: trafilatura works on a copy of the tree it is given.
    meta = page_metadata(tree) if tree is not None else PageMetadata()
    captions = page_captions(tree) if tree is not None else ()
    captions = _with_stated_captions(captions, meta.image_captions)
    headings = _h1_texts(tree) if tree is not None else []
    blocks = page_blocks(tree) if tree is not None else ()
    document = _extract(tree if tree is not None else html, url=url)
    if document is None or not (text := _paragraphs(document.body)):
        raise NoArticleError(_no_article_message(name, html))
    text, _ = continue_text(text, blocks)
    text = reconcile_body(text, meta.article_body)
    # Mojibake is repaired in the article's own text: minified markup is one huge line.
    text, repairs = repair_mojibake(text)
    warnings.extend(repairs)
    published_from: PublishedFrom | None
    if published is None and (page_date := _metadata_date(document.date) or meta.published):
        published, published_from = page_date, "metadata"
    else:
        published_from = "input" if published else None
    if meta.language and not meta.language.lower().startswith(MODEL_LANGUAGE):
        warnings.append(
            f"the page declares language '{meta.language}'; the model reads English, "
            f"so entities, quotes and dates may be missed"
        )
    source = source or Source(kind="html", path=name)
    site = SiteNames.of(meta.site_names, url or meta.url or document.url)
    titles = _titles(site, document.title, meta.headline, headings)
    restated = [_stripped(t, site) for t in (meta.document_title, *meta.restated_titles)]
    titles = _agreed_first(restated, titles, headings)
    return RawArticle(
        text=text,
        source=replace(source, url=source.url or url or document.url or meta.url),
        headline=_headline(text, *titles),
        published=published,
        published_from=published_from,
        byline=page_authors(tree, meta, document.author, site, _opening(text, titles)),
        byline_vetted=True,
        captions=tuple(Caption(_repaired(c.text) or c.text, _repaired(c.credit)) for c in captions),
        warnings=tuple(warnings),
        removed=removed,
    )


def declared_charset(data: bytes) -> str | None:
    """The charset a <meta> tag declares near the top of the page, if any."""
    found = CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    return found.group(1).decode("ascii") if found else None


def _parse(html: str) -> HtmlElement | None:
    from trafilatura.utils import load_html

    return load_html(html)


def _extract(html: HtmlElement | str, *, url: str | None) -> Document | None:
    import trafilatura

    # Comments under an article are not the article (the benchmark's setting too). Without
    # `as_dict` the reading is a Document.
    found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    return cast("Document | None", found)


def _no_article_message(name: str, html: str) -> str:
    depth = _nesting_depth(html)
    if depth > HTML_MAX_DEPTH:
        return (
            f"{name}: the HTML nests {depth:,} elements deep; the parser stops at "
            f"{HTML_MAX_DEPTH}, so no article text was found (a broken or hostile page)"
        )
    return (
        f"{name}: no article text found in the HTML (the page may be an index, a paywall, "
        f"or built by JavaScript); save the page as the browser shows it, or pass its text"
    )


def _nesting_depth(html: str) -> int:
    """How deep the start tags nest, roughly (unclosed <p>/<li> count as open)."""
    depth = deepest = 0
    for found in TAG.finditer(html):
        closing, tag, self_closing = found.groups()
        if closing:
            depth = max(depth - 1, 0)
        elif not self_closing and tag.lower() not in VOID_TAGS:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _repaired(value: str | None) -> str | None:
    return repair_mojibake(value)[0] if value else value


def _with_stated_captions(
    captions: tuple[Caption, ...], stated: tuple[tuple[str, str | None], ...]
) -> tuple[Caption, ...]:
    """The markup's captions, then the JSON-LD image captions the markup does not show.

    A stated caption the markup has too (one text inside the other) only lends its credit.
    """
    merged = list(captions)
    for text, credit in stated:
        text, own_credit = split_caption_credit(text)
        credit = credit or own_credit
        if not text.strip():
            continue
        plain = " ".join(text.split()).casefold()
        same = next(
            (
                i
                for i, c in enumerate(merged)
                if plain in c.text.casefold() or c.text.casefold() in plain
            ),
            None,
        )
        if same is None:
            merged.append(Caption(text, clean_credit(credit) if credit else None))
        elif merged[same].credit is None and credit:
            merged[same] = Caption(merged[same].text, clean_credit(credit))
    return tuple(merged)


def _h1_texts(tree: HtmlElement) -> list[str]:
    """The page's visible top headings, for telling the article's title from the extras."""
    texts = (" ".join(h.text_content().split()) for h in tree.iter("h1"))
    return [t for t in texts if t][:MAX_HEADINGS]


def _titles(
    site: SiteNames, title: str | None, stated: str | None, headings: list[str]
) -> list[str | None]:
    """trafilatura's title and the stated headline, each without the site's name; a part an
    <h1> confirms is the title (an <h1> itself may hold a kicker: it is not a candidate)."""
    stripped = [_stripped(t, site) for t in (title, stated)]
    others = [t for t in (*stripped, *headings) if t]
    confirmed = [confirmed_part(t, [o for o in others if o != t]) if t else None for t in stripped]
    return confirmed


def _stripped(title: str | None, site: SiteNames) -> str | None:
    return strip_site(repair_mojibake(title)[0], site) if title else None


def _agreed_first(
    restated: list[str | None], titles: list[str | None], headings: list[str]
) -> list[str | None]:
    """The CMS's own title first when another stated title (JSON-LD, an <h1>) is the same.

    og:title is the headline for sharing and often a rewrite of the article's; trafilatura
    reads it first. The CMS's headline field shows where only machines look (<meta
    name=title>, the JSON-LD alternativeHeadline, the title handed to analytics): restated
    there and stated once more as the headline, it outweighs og:title. (A site may hand
    og:title to its analytics too: the fields are asked in turn, not made to agree.)
    """
    if not titles or titles[0] is None:
        return titles
    others = {_plain(t) for t in (*titles[1:], *headings) if t}
    for title in restated:
        if title and _plain(title) != _plain(titles[0]) and _plain(title) in others:
            return [title, *titles]
    return titles


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _opening(text: str, titles: list[str | None]) -> tuple[str, ...]:
    """The text's first paragraphs, a title among them left out (a title-case headline reads
    like a line of names)."""
    known = {" ".join(t.split()).casefold() for t in titles if t}
    paragraphs = text.split(PARAGRAPH_SEPARATOR, OPENING_PARAGRAPHS)[:OPENING_PARAGRAPHS]
    return tuple(p for p in paragraphs if " ".join(p.split()).casefold() not in known)


def _headline(text: str, *titles: str | None) -> str | None:
    """The title that opens the text, if one does (so the clean stage takes that line out);
    else the first title stated (trafilatura's, then the metadata's)."""
    candidates = [c for c in map(_clean_field, titles) if c]
    first = " ".join(text.split(PARAGRAPH_SEPARATOR, 1)[0].split())
    for candidate in candidates:
        if " ".join(candidate.split()) == first:
            return candidate
    return candidates[0] if candidates else None


def _paragraphs(body: _Element | None) -> str:
    """trafilatura's text, one paragraph per block of its tree, a blank line between blocks."""
    if body is None:
        return ""
    paragraphs = (_tidy_lines(block) for block in _blocks(body))
    kept = (p for p in paragraphs if p and not MACHINE_BLOCK.fullmatch(p))
    # trafilatura's extract() normalises to NFC; so do we, for the same text.
    return unicodedata.normalize("NFC", PARAGRAPH_SEPARATOR.join(kept))


def _blocks(container: _Element) -> Iterator[str]:
    """The text of each block (paragraph, heading, list, quote, table) in document order.

    trafilatura's fallback extractors can leave the blocks wrapped in <div>s: those are
    walked into, and text lying loose in them becomes a block of its own.
    """
    from trafilatura.xml import xmltotxt

    if container.text:
        yield container.text
    for child in container:
        if child.tag in CONTAINER_TAGS:
            yield from _blocks(child)
            if child.tail:
                yield child.tail
        else:
            yield xmltotxt(child, include_formatting=False)  # includes the child's tail


def _tidy_lines(block: str) -> str:
    """Lines stripped and whitespace-only lines dropped: a blank line would split the block."""
    return "\n".join(line.strip() for line in block.splitlines() if line.strip())


def _metadata_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None  # a date the page states in a form we cannot read is simply not used


def _clean_field(value: str | None) -> str | None:
    return (value.strip() or None) if value else None
