"""The rest of an article the extractor stopped short of: blocks marked up like its own.

Pages often cut the article into several containers, one between each advert or "Read more"
box, and the extractor may keep only the first. The blocks it did keep say how the page
marks up its story: the paragraphs share one tag and class ("p.story-paragraph"), and their
containers share classes too. A later block with the tag and class of the kept ones, in
another container of that kind, is the same story going on; it is put back after the kept
block that precedes it on the page. Teaser lists and footers use their own classes, and a
class seen only in one container proves nothing, so only the dominant paragraph markup
(at least MIN_SIGNATURE_BLOCKS kept blocks) and the markup sharing its containers count.
A page that runs on into the next story (infinite scroll) gives it its own <h1> or
<article>: nothing is taken past another <h1>, nor from inside an <article> element the
kept blocks are not in (teaser cards are <article>s too); a block outside every <article>
may be the story's (a page can close its <article> too soon).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

PARAGRAPH_SEPARATOR = "\n\n"
BLOCK_TAGS = ("p", "h2", "h3")
# Kept blocks of one markup needed before that markup is taken for the story's.
MIN_SIGNATURE_BLOCKS = 3


@dataclass(frozen=True, slots=True)
class PageBlock:
    tag: str
    cls: str  # the class attribute as written
    home: int  # which container holds it (document order of first sight)
    home_classes: frozenset[str]
    text: str  # whitespace collapsed, NFC (as the extracted text is)
    section: int  # how many <h1>s stand before it
    article: int  # which <article> element holds it, -1 for none


def page_blocks(tree: HtmlElement) -> tuple[PageBlock, ...]:
    """The page's classed paragraphs and subheads in document order, read before extraction."""
    # Keyed by the elements themselves: the dicts keep them alive, so lxml hands back the
    # same proxy (an id() of a freed proxy can be reused by the next one).
    homes: dict[HtmlElement, int] = {}
    articles: dict[HtmlElement, int] = {}
    found = []
    headings = 0
    for element in tree.iter("h1", *BLOCK_TAGS):
        if element.tag == "h1":
            headings += 1
            continue
        cls, parent = element.get("class") or "", element.getparent()
        if not cls.strip() or parent is None:
            continue
        text = _key(element.text_content())
        if not text:
            continue
        home = homes.setdefault(parent, len(homes))
        classes = frozenset((parent.get("class") or "").split())
        holder = next(element.iterancestors("article"), None)
        article = -1 if holder is None else articles.setdefault(holder, len(articles))
        found.append(PageBlock(str(element.tag), cls, home, classes, text, headings, article))
    return tuple(found)


def continue_text(text: str, blocks: tuple[PageBlock, ...]) -> tuple[str, int]:
    """The text with the story's blocks the extractor left out put back; how many."""
    paragraphs = text.split(PARAGRAPH_SEPARATOR)
    present = {_key(p) for p in paragraphs}
    kept = [i for i, b in enumerate(blocks) if b.text in present]
    markup = _story_markup([blocks[i] for i in kept])
    if not markup:
        return text, 0
    signatures, homes, home_classes = markup
    sections, articles = {blocks[i].section for i in kept}, {blocks[i].article for i in kept}
    added = 0
    for index in range(kept[0] + 1, len(blocks)):
        block = blocks[index]
        if block.section not in sections or block.article not in {*articles, -1}:
            continue
        if (
            block.text in present
            or (block.tag, block.cls) not in signatures
            or block.home in homes
            or not _alike(block.home_classes, home_classes)
        ):
            continue
        anchor = next(b.text for b in reversed(blocks[:index]) if b.text in present)
        at = max(i for i, p in enumerate(paragraphs) if _key(p) == anchor)
        paragraphs.insert(at + 1, block.text)
        present.add(block.text)
        added += 1
    return PARAGRAPH_SEPARATOR.join(paragraphs), added


def _story_markup(
    kept: list[PageBlock],
) -> tuple[set[tuple[str, str]], set[int], list[frozenset[str]]] | None:
    """The tag+class pairs of the story's blocks, the containers the extractor took them
    from, and those containers' classes; None when no markup is dominant enough."""
    counts = Counter((b.tag, b.cls) for b in kept)
    if not counts:
        return None
    dominant, count = counts.most_common(1)[0]
    if count < MIN_SIGNATURE_BLOCKS:
        return None
    story_homes = {b.home for b in kept if (b.tag, b.cls) == dominant}
    signatures = {(b.tag, b.cls) for b in kept if b.home in story_homes}
    home_classes = [b.home_classes for b in kept if b.home in story_homes and b.home_classes]
    return signatures, {b.home for b in kept}, home_classes


def _alike(classes: frozenset[str], known: list[frozenset[str]]) -> bool:
    """A container sharing at least half the classes of one the story was taken from."""
    return bool(classes) and any(
        2 * len(classes & other) >= max(len(classes), len(other)) for other in known
    )


def _key(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))
