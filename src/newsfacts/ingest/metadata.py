"""What a page states about its article for machines: JSON-LD (schema.org) and OpenGraph.

trafilatura reads the page's metadata already; what these add is the publisher's own record
when trafilatura's heuristics fall short. Its byline guesser picks up job titles and dates
("Tom Krisher; Ap Auto Writer"), while a JSON-LD `author` of type Person is a name; a page
whose date htmldate cannot place often states `datePublished` or `article:published_time`.
References: schema.org/NewsArticle, ogp.me (article:published_time, og:title, og:url).
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_tz
from typing import TYPE_CHECKING, Any

from newsfacts.ingest.limits import MAX_JSONLD_BYTES, MAX_JSONLD_DEPTH, MAX_JSONLD_NODES

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# schema.org types that are one article (CreativeWork > Article and its news subtypes).
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "AnalysisNewsArticle",
        "AskPublicNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "SatiricalArticle",
        "Report",
        "BlogPosting",
        "LiveBlogPosting",
    }
)
# Keys under which one JSON-LD node nests the nodes that may be the article.
NESTING_KEYS = ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement")
# Years a publication date can have; JSON-LD placeholders say 0001-01-01.
FIRST_YEAR = 1900


@dataclass(frozen=True, slots=True)
class PageMetadata:
    headline: str | None = None
    published: date | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    language: str | None = None  # <html lang>, else og:locale


def page_metadata(tree: HtmlElement) -> PageMetadata:
    """JSON-LD first (the publisher's structured record), OpenGraph to fill the gaps."""
    article = next(_jsonld_articles(tree), {})
    meta = _meta_properties(tree)
    return PageMetadata(
        headline=_text(article.get("headline")) or _text(meta.get("og:title")),
        published=parse_date(article.get("datePublished"))
        or parse_date(meta.get("article:published_time")),
        authors=_persons(article.get("author")),
        url=_text(article.get("url")) or _text(meta.get("og:url")),
        language=_text(tree.getroottree().getroot().get("lang")) or _text(meta.get("og:locale")),
    )


def parse_date(value: Any) -> date | None:
    """An ISO 8601 date or date-time ("2024-03-14T08:30:00Z"), else an RFC 2822 one."""
    if not isinstance(value, str) or not (value := value.strip()):
        return None
    try:
        found = date.fromisoformat(value[:10])
    except ValueError:
        parts = parsedate_tz(value)
        if parts is None:
            return None
        try:
            found = date(*parts[:3])
        except ValueError:
            return None
    return found if FIRST_YEAR <= found.year <= date.today().year + 1 else None


def _jsonld_articles(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        source = script.text or ""
        if not source.strip() or len(source) > MAX_JSONLD_BYTES:
            continue
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):  # hand-written often enough to be broken; optional
            continue
        budget = [MAX_JSONLD_NODES]
        for node in _nodes(data, depth=0, budget=budget):
            if ARTICLE_TYPES.intersection(_types(node)):
                yield node


def _nodes(data: Any, *, depth: int, budget: list[int]) -> Iterator[dict[str, Any]]:
    """Every dict reachable through lists and the nesting keys, breadth and depth bounded."""
    if depth > MAX_JSONLD_DEPTH or budget[0] <= 0:
        return
    budget[0] -= 1
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item, depth=depth + 1, budget=budget)
    elif isinstance(data, dict):
        yield data
        for key in NESTING_KEYS:
            if key in data:
                yield from _nodes(data[key], depth=depth + 1, budget=budget)


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    # "schema:NewsArticle" and "http://schema.org/NewsArticle" name the same type.
    return {k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for k in kinds if isinstance(k, str)}


def _persons(value: Any) -> tuple[str, ...]:
    """Names of the authors who are people: strings, or objects that are not Organizations."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:MAX_JSONLD_NODES]:
        if isinstance(item, dict):
            if {t.lower() for t in _types(item)} - {"person"}:
                continue  # Organization, NewsMediaOrganization, ...: an outlet, not a byline
            item = item.get("name")
        name = _text(item)
        if name and "://" not in name:
            names.append(name)
    return tuple(dict.fromkeys(names))


def _meta_properties(tree: HtmlElement) -> dict[str, str]:
    """<meta property|name=... content=...>, the first of each name."""
    found: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        key = meta.get("property") or meta.get("name")
        content = meta.get("content")
        if key and content and key.lower() not in found:
            found[key.lower()] = content
    return found


def _text(value: Any) -> str | None:
    """A string value with whitespace collapsed; JSON-LD often carries HTML entities (&#8216;)."""
    if not isinstance(value, str):
        return None
    return " ".join(html.unescape(value).split()) or None
