"""HTML pages -> RawArticle: trafilatura finds the article, our cleaning does the rest.

trafilatura (the best open extractor on the ScrapingHub benchmark) picks the main text and
reads the page's metadata (title, author, date). Its text is handed on with one blank line
between the page's blocks (paragraphs, headings, lists, quotes), so the clean stage sees the
page's own paragraphs; a <br> inside a block stays a line break within its paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from newsfacts.article import RawArticle, Source
from newsfacts.errors import EmptyInputError, InputError
from newsfacts.ingest.decode import decode_bytes

if TYPE_CHECKING:
    from lxml.etree import _Element
    from trafilatura.settings import Document

# A charset is declared in the <head>; browsers look no further than the first 1024 bytes,
# we allow a little more for pages that put scripts first.
CHARSET_SNIFF_BYTES = 4096
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
PARAGRAPH_SEPARATOR = "\n\n"
# trafilatura joins several authors with "; " in its `author` field.
AUTHOR_SEPARATOR = "; "
# Wrappers in trafilatura's output tree that hold blocks rather than being one.
CONTAINER_TAGS = frozenset({"body", "div", "section", "article", "main"})


def read_html(
    data: bytes | str,
    *,
    name: str,
    url: str | None = None,
    published: date | None = None,
) -> RawArticle:
    """Read one HTML page; `published` (given by the caller) wins over the page's metadata.

    Raises EmptyInputError for an empty page, InputError when no article text can be found.
    """
    warnings: list[str] = []
    if isinstance(data, bytes):
        html, warnings = decode_bytes(data, name=name, declared=declared_charset(data))
    else:
        html = data
    if not html.strip():
        raise EmptyInputError(f"{name}: HTML page is empty (expected a news article page)")
    document = _extract(html, url=url)
    if document is None or not (text := _paragraphs(document.body)):
        raise InputError(
            f"{name}: no article text found in the HTML (the page may be an index, a paywall, "
            f"or built by JavaScript); save the page as the browser shows it, or pass its text"
        )
    page_date = _metadata_date(document.date)
    if published is None and page_date is not None:
        published, published_from = page_date, "metadata"
    else:
        published_from = "input" if published else None
    return RawArticle(
        text=text,
        source=Source(kind="html", path=name, url=url or document.url),
        headline=_clean_field(document.title),
        published=published,
        published_from=published_from,
        byline=_authors(document.author),
        warnings=tuple(warnings),
    )


def declared_charset(data: bytes) -> str | None:
    """The charset a <meta> tag declares near the top of the page, if any."""
    found = CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    return found.group(1).decode("ascii") if found else None


def _extract(html: str, *, url: str | None) -> Document | None:
    import trafilatura

    # Comments under an article are not the article (the benchmark's setting too).
    return trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)


def _paragraphs(body: _Element | None) -> str:
    """trafilatura's text, one paragraph per block of its tree, a blank line between blocks."""
    if body is None:
        return ""
    paragraphs = (_tidy_lines(block) for block in _blocks(body))
    # trafilatura's extract() normalises to NFC; so do we, for the same text.
    return unicodedata.normalize("NFC", PARAGRAPH_SEPARATOR.join(p for p in paragraphs if p))


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


def _authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(name.strip() for name in value.split(AUTHOR_SEPARATOR) if name.strip())


def _clean_field(value: str | None) -> str | None:
    return (value.strip() or None) if value else None
