"""The article's authors, reconciled from every place a page names them.

A page names its authors in JSON-LD (`author`), in <meta name=author> and its kin, in byline
markup (rel=author, itemprop=author, a class saying byline or author) and in the text
trafilatura reads (an element opening with "By"/"Von" comes after the byline markup). The
first of these that yields a name wins, in that order of trust.

The site's own name (og:site_name, the JSON-LD publisher, the host) is an author only where
the publisher's structured record says so: a JSON-LD `author` that is the site or one of its
desks ("Harbour Gazette", "gazette.example", "Gazette staff reporter") stands for an article
no person signed, and is kept as written. Anywhere else the site's name is boilerplate (a
"By The Gazette" line, a <meta name=author> filled with the brand) and is dropped; a news
agency is kept everywhere.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfacts.clean.header import author_names
from newsfacts.ingest.sitename import SiteNames

if TYPE_CHECKING:
    from collections.abc import Iterable

    from lxml.html import HtmlElement

    from newsfacts.ingest.metadata import PageMetadata

# trafilatura joins several authors with "; " in its `author` field.
TRAFILATURA_SEPARATOR = ";"
BYLINE_XPATH = (
    "//*[@rel='author' or contains(@itemprop, 'author') or contains(@class, 'yline')"
    " or contains(@class, 'uthor') or contains(@class, 'utor')]"
)
# A class token that says byline or author ("byline", "article-author", "author__name"), not
# one that merely ends so ("quoteAuthor", "commentAuthor").
BYLINE_CLASS = re.compile(r"(?:^|[-_])(?:by-?line|authors?|autor(?:en|in)?)", re.IGNORECASE)
# Markup that holds other people's names: quotes, comments, captions, teasers, bios.
NOT_BYLINE = re.compile(
    r"comment|quote|caption|image|photo|credit|related|teaser|recommend|bio\b|description",
    re.IGNORECASE,
)
NOT_BYLINE_TAGS = frozenset({"figure", "figcaption", "blockquote", "aside", "footer", "nav"})
MAX_BYLINE_CHARS = 160
# The label a byline opens with, capitalised as a line starts: "By", "Von:", "Par", "Por".
BYLINE_LABEL = re.compile(r"^(?:By|BY|Von|VON|Par|Por|Door|Av|Af|Przez)(?:\s*:|\s|$)")
LABELLED_TAGS = ("p", "li", "span", "div", "address")
MAX_MARKUP_BYLINES = 40
# A byline line above the story names people apart with slashes, commas or "and".
NAME_LINE_SPLIT = re.compile(r"\s*(?:[/,;&]|\s(?:and|und|et|y|en|i)\s)\s*")
# Words in one name on such a line: a single word is a place or a section, not a byline.
NAME_WORDS = range(2, 5)
# A paragraph this long is the story itself: no byline line comes after it.
MAX_OPENING_CHARS = 100
# How far up a byline element's ancestors are judged (a page's outer classes say nothing).
ANCESTOR_DEPTH = 6


def page_authors(
    tree: HtmlElement | None,
    meta: PageMetadata,
    trafilatura_author: str | None,
    site: SiteNames,
    opening: tuple[str, ...] = (),
) -> tuple[str, ...]:
    """The authors from the most trusted source that names any, the site's names left out.

    `opening` is the article text's first paragraphs, the headline left out: a byline set
    as a bare line of names above the story is read there.
    """
    stated = _stated_names((*meta.authors, *meta.author_organisations), site)
    if stated and not all(site.is_site(name) for name in stated):
        return stated
    sources = (
        lambda: meta.meta_authors,
        lambda: markup_bylines(tree) if tree is not None else (),
        lambda: labelled_bylines(tree) if tree is not None else (),
        lambda: name_line(opening),
        lambda: (trafilatura_author or "").split(TRAFILATURA_SEPARATOR),
    )
    for source in sources:
        if names := _names(source(), site):
            # The site's name is the CMS's default author: a person signing wins over it,
            # a desk code ("amw", "red") does not.
            return names if not stated or any(_signed(n) for n in names) else stated
    return stated


def _names(fields: Iterable[str], site: SiteNames) -> tuple[str, ...]:
    kept: dict[str, str] = {}
    for field in fields:
        for name in author_names(field):
            if not site.is_site(name):
                kept.setdefault(name.casefold(), name)
    return tuple(kept.values())


def _stated_names(fields: Iterable[str], site: SiteNames) -> tuple[str, ...]:
    """The JSON-LD authors: people and agencies as name-shaped, the site and its desks as
    written (a domain such as "gazette.example" or a lower-case brand is no name shape)."""
    kept: dict[str, str] = {}
    for field in fields:
        names = [field] if site.is_site_or_desk(field) else author_names(field)
        for name in names:
            kept.setdefault(name.casefold(), name)
    return tuple(kept.values())


def name_line(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """A paragraph above the story that is only names: "Ina Roth/Tom Berg", "INA ROTH".

    Each name two to four name-shaped words; the search stops at the first long paragraph
    (the story has begun), so a name in a sentence is never taken.
    """
    for paragraph in paragraphs:
        line = " ".join(paragraph.split())
        if len(line) > MAX_OPENING_CHARS:
            return ()
        if names := _only_names(line):
            return names
    return ()


def _only_names(line: str) -> tuple[str, ...]:
    if any(c.isdigit() for c in line) or line.endswith((".", "!", "?", ":", '"', "”")):
        return ()
    names = []
    for part in NAME_LINE_SPLIT.split(line):
        found = author_names(part)
        words = len(part.split())
        if len(found) != 1 or len(found[0].split()) != words or words not in NAME_WORDS:
            return ()
        names.append(found[0])
    return tuple(names)


def _signed(name: str) -> bool:
    """A name with a capital (a person, an agency in capitals), not a lower-case desk code."""
    return not name.islower()


def markup_bylines(tree: HtmlElement) -> tuple[str, ...]:
    """The text of the first byline element that is not in a quote, caption or comment."""
    for element in tree.xpath(BYLINE_XPATH)[:MAX_MARKUP_BYLINES]:
        if not isinstance(element.tag, str) or not _is_byline(element):
            continue
        text = element.get("content") or " ".join(element.text_content().split())
        if text and len(text) <= MAX_BYLINE_CHARS:
            return (text,)
    return ()


def labelled_bylines(tree: HtmlElement) -> tuple[str, ...]:
    """A short element that opens with a byline label: "<li>Von: <a>Ina Roth</a></li>"."""
    for element in tree.iter(*LABELLED_TAGS):
        if not element.text or not BYLINE_LABEL.match(element.text.strip()):
            continue
        text = " ".join(element.text_content().split())
        if len(text) > MAX_BYLINE_CHARS or text.endswith((".", "!", "?")):
            continue  # a sentence that happens to open with "Von" or "By"
        if author_names(text) and _outside_other_names(element):
            return (text,)
    return ()


def _is_byline(element: HtmlElement) -> bool:
    said = (
        element.get("rel") == "author"
        or "author" in (element.get("itemprop") or "")
        or any(BYLINE_CLASS.search(token) for token in (element.get("class") or "").split())
    )
    if not said or element.tag in ("script", "style", "img", "link"):
        return False
    return _outside_other_names(element)


def _outside_other_names(element: HtmlElement) -> bool:
    """Not in a figure, quote, aside or footer, nor in a comment, caption or teaser."""
    for depth, node in enumerate((element, *element.iterancestors())):
        if node.tag in NOT_BYLINE_TAGS:
            return False
        if depth < ANCESTOR_DEPTH and NOT_BYLINE.search(node.get("class") or ""):
            return False
    return True
