"""The standfirst: the sentence or two a page shows between headline and article.

Body extractors often leave it out: it sits in the page's header, apart from the article's
paragraphs. Pages state it as their description too (og:description, <meta
name=description>, JSON-LD `description`), which is how it is recognised here: an element
in the page's visible body whose text is that description (nearly word for word). A
description shown nowhere on the page is metadata, not article text, and is not added.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

WORD = re.compile(r"\w+")
CANDIDATE_TAGS = ("p", "div", "h2", "span", "strong")
# Where a description-like text is not the article's standfirst.
NOT_STANDFIRST_TAGS = frozenset(
    {"head", "script", "style", "noscript", "nav", "footer", "aside", "figure", "figcaption"}
)
# The shown text matches the description at this token F1 or above.
MIN_MATCH = 0.9
# The extracted text already has it when it holds this share of its words.
ALREADY_THERE = 0.8
MAX_CANDIDATES = 5_000


def _words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in WORD.findall(text))


def _f1(a: Counter[str], b: Counter[str]) -> float:
    shared = (a & b).total()
    if not shared:
        return 0.0
    precision, recall = shared / b.total(), shared / a.total()
    return 2 * precision * recall / (precision + recall)


def missing_standfirst(tree: HtmlElement, descriptions: tuple[str, ...], text: str) -> str | None:
    """The standfirst as the page shows it, when the extracted text lacks it; else None."""
    extracted = _words(text)
    for description in descriptions:
        wanted = _words(description)
        if not wanted:
            continue
        if (wanted & extracted).total() >= ALREADY_THERE * wanted.total():
            return None
        return _shown(tree, wanted, len(description))
    return None


def _shown(tree: HtmlElement, wanted: Counter[str], length: int) -> str | None:
    for count, element in enumerate(tree.iter(*CANDIDATE_TAGS)):
        if count >= MAX_CANDIDATES:
            return None
        shown = " ".join(element.text_content().split())
        if not shown or len(shown) > 2 * length + 50:
            continue
        if _f1(wanted, _words(shown)) < MIN_MATCH:
            continue
        if not any(a.tag in NOT_STANDFIRST_TAGS for a in element.iterancestors()):
            return shown
    return None
