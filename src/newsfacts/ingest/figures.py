"""Figure captions and their credits, read from the page's markup into RawArticle.captions.

trafilatura leaves figures out of the main text (the ScrapingHub gold leaves captions out of
the body too), so the captions a reader sees under photos are read here: every <figcaption>
and WordPress `wp-caption-text`, those of one <figure> taken together. The credit is split off
by markup first (a child whose class or itemprop says credit, copyright or creator, or a
<cite>), else by a trailing "Credit: X", "(AP)" or "[File: Reuters]". Captions of promotions,
author cards and widgets (in <nav>, <aside>, <footer>, or text that is mostly a link) are not
the article's.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from newsfacts.article import Caption
from newsfacts.clean.captions import CREDIT_MARK, split_caption_credit
from newsfacts.ingest.limits import MAX_CAPTIONS

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Class names that say caption ("caption", "wp-caption-text", "imageCaption", "caption__text");
# a picture or photo container; a description class in one.
CAPTION_CLASS = re.compile(r"caption|bildunterschrift|legende|légende|leyenda", re.IGNORECASE)
PICTURE_CLASS = re.compile(r"image|picture|photo|\bimg|bild", re.IGNORECASE)
MEDIA_CLASS = re.compile(r"image|picture|photo|\bimg|bild|media", re.IGNORECASE)
DESCRIPTION_CLASS = re.compile(r"description|text|subtitle", re.IGNORECASE)
CAPTION_TEXT_TAGS = frozenset({"p", "span", "div"})
# A caption set beside a photo with no telling class: its tags, what it may hold, its size.
BESIDE_TAGS = frozenset({"p", "span", "div", "h1", "h2", "h3", "h4", "h5", "h6", "small"})
INLINE_TAGS = frozenset({"i", "em", "b", "strong", "span", "br", "small"})
MIN_BESIDE_WORDS = 3
MAX_BESIDE_WORDS = 80
# Beside a photo but no caption: a byline ("Von Ina Roth", "Eine Analyse von Ina Roth"),
# a loading notice; images that are no photo (logos, icons, portraits, placeholders).
NOT_CAPTION_TEXT = re.compile(
    r"^(?:(?:\w+\s+){0,2}(?:by|von|par|por|door|av|af)\s+\W?[A-Z].{0,60}$|©|copyright\b"
    r"|(?:audio|video|podcast|live)\s*:)",
    re.IGNORECASE,
)
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)", re.IGNORECASE)
NOT_A_PHOTO_IMAGE = re.compile(
    r"logo|icon|avatar|author|portrait|loading|spinner|placeholder|brand", re.IGNORECASE
)
OUTSIDE_ARTICLE = frozenset({"nav", "aside", "footer"})
BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "section", "figcaption", "blockquote", "dd", "dt", "td"}
)
SENTENCE_END = frozenset(".!?;:,")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
UNREAD_TAGS = frozenset({"script", "style", "noscript", "svg", "button", "template"})
# Classes of screen-reader labels ("Image caption", "Media caption") and of non-photo cards.
HIDDEN_CLASS = re.compile(r"off-?screen|visually-?hidden|sr-only|screen-?reader", re.IGNORECASE)
NOT_A_PHOTO_CLASS = re.compile(r"author|\bbio\b|promo|newsletter|advert", re.IGNORECASE)
# "author" only as a whole part of a class ("author", "image-author", "caption_author"):
# within a photo's box it is the photographer; "authorBox" and the like are cards.
CREDIT_CLASS = re.compile(
    r"credit|copyright|copywrite|attribution|photographer|byline|\bsource\b"
    r"|(?<![^\s_-])author(?![^\s_-])",
    re.IGNORECASE,
)
CREDIT_ITEMPROPS = frozenset({"copyrightholder", "creator", "author", "creditText".lower()})
# A caption or credit is short; longer text in a figcaption is an embedded article or a widget.
MAX_CAPTION_CHARS = 1_500
MAX_CREDIT_CHARS = 120
# A caption mostly made of link text is a teaser ("Watch live", "Subscribe to ...").
MAX_LINK_SHARE = 0.5
# "Credit: AFP", "Photograph: X/Getty", "Image credit: X", "Photo by X", "Credit... X".
CREDIT_MARKER = re.compile(
    r"^(?:(?:image|photo(?:graph)?|picture|pic|illustration)\s*(?:credit|by)?|credit|"
    r"source|file)\s*(?::|\.{2,}|…|(?<=by))\s*",
    re.IGNORECASE,
)
# The credit at the end of a caption: "… Credit: SpaceX" or "… (AP)", "… [File: Reuters]".
TRAILING_MARKED = re.compile(
    r"(?:^|\s)(?:photo(?:graph)?|image|picture|credit)(?:\s+credit)?\s*:\s*(?P<credit>[^:()\[\]]{2,80}?)\.?$",
    re.IGNORECASE,
)
TRAILING_BRACKETED = re.compile(r"\s*[(\[]\s*(?P<credit>[^()\[\]]{2,80}?)\s*[)\]]\.?$")
# Bracketed words that are no credit: "(pictured)", "(left)", "(2019)".
BRACKET_CREDIT_START = re.compile(r"[A-Z]")
MAX_BRACKET_CREDIT_WORDS = 8
# Levels above a caption searched for its credit, and the JSON-LD a photo's container holds.
CREDIT_CLIMB = 4
JSONLD = "application/ld+json"
MAX_JSONLD_CREDIT_CHARS = 5_000
# The tail of a caption the trailing patterns look at: bounded work on any input.
TAIL_CHARS = 160


def caption_elements(tree: HtmlElement) -> list[HtmlElement]:
    """<figcaption>s and the elements whose class or itemprop says caption, the outermost of
    nested ones; else the text blocks of an element whose class says image or photo."""
    found: list[HtmlElement] = []
    chosen: set[HtmlElement] = set()
    for element in tree.iter():
        if len(found) >= MAX_CAPTIONS * 4:
            break
        if not isinstance(element.tag, str) or element.tag in UNREAD_TAGS:
            continue
        if not _says_caption(element):
            continue
        if any(a in chosen for a in element.iterancestors()):
            continue  # the wrapper was taken already, with its credit
        if _visible_chars(element) > MAX_CAPTION_CHARS:
            continue  # a section classed "with-captions": the captions are inside it
        chosen.add(element)
        found.append(element)
    return found


def _says_caption(element: HtmlElement) -> bool:
    if element.tag == "figcaption":
        return True
    classes = element.get("class") or ""
    if CAPTION_CLASS.search(classes) or "caption" in (element.get("itemprop") or "").lower():
        return True
    if any(PICTURE_CLASS.search(t) and DESCRIPTION_CLASS.search(t) for t in classes.split()):
        return True  # one class naming both: "image-description", "photo-text"
    if beside_photo(element):
        return True
    parent = element.getparent()
    if parent is None or element.tag not in CAPTION_TEXT_TAGS:
        return False
    # <div class="article-picture"><img><p>Caption</p></div>: the text block beside a photo;
    # <div class="media-info"><span class="media-subtitle">: a described medium.
    around = parent.get("class") or ""
    if element.tag == "p" and PICTURE_CLASS.search(around):
        return True
    return bool(DESCRIPTION_CLASS.search(classes)) and bool(MEDIA_CLASS.search(around))


def beside_photo(element: HtmlElement) -> bool:
    """A short text block right after a photo, in a box holding only the photo, this text and
    perhaps a credit: "<div><picture>…</picture><div>Caption</div><div>AP</div></div>", the
    caption of a page whose class names say nothing (generated, "sc-x1y2")."""
    if element.tag not in BESIDE_TAGS or any(c.tag not in INLINE_TAGS for c in element):
        return False
    before = _element_siblings(element, before=True)
    after = _element_siblings(element, before=False)
    if len(before) != 1 or not _is_photo(before[0]) or len(after) > 1:
        return False
    if after and (len(after[0]) or not _short(after[0].text_content())):
        return False  # the block after the caption can only be its credit
    if after and "://" in after[0].text_content():
        return False  # a teaser's link, not a credit
    if any(_says_by_class(inner) for inner in element.iterdescendants()):
        return False  # the markup names its caption or credit: the class rules read it
    text = " ".join(element.text_content().split())
    if not MIN_BESIDE_WORDS <= len(text.split()) <= MAX_BESIDE_WORDS:
        return False
    if CREDIT_MARK.match(text) or CREDIT_MARKER.match(text) or NOT_CAPTION_TEXT.match(text):
        return False  # a copyright line, an author card's "Von Ina Roth"
    if _not_a_photo_image(before[0]):
        return False
    return next(element.iterancestors("a"), None) is None  # a linked card is a teaser


def _not_a_photo_image(node: HtmlElement) -> bool:
    """A logo, an icon, an author's portrait or a loading placeholder: no photo to caption."""
    image = node if node.tag == "img" else next(node.iter("img"))
    said = " ".join(image.get(key) or "" for key in ("src", "alt", "class"))
    if NOT_A_PHOTO_IMAGE.search(said) or said.startswith("data:image/svg"):
        return True
    # A photo linking to another page is a teaser card; one linking to its full size is not.
    links = (a.get("href") or "" for a in (*node.iterancestors("a"), *node.iter("a")))
    return any(href and not IMAGE_FILE.search(href) for href in links)


def _says_by_class(node: HtmlElement) -> bool:
    classes = node.get("class") or ""
    return bool(CAPTION_CLASS.search(classes) or CREDIT_CLASS.search(classes))


def _element_siblings(element: HtmlElement, *, before: bool) -> list[HtmlElement]:
    siblings = element.itersiblings(preceding=before)
    return [s for s in siblings if isinstance(s.tag, str) and s.tag not in UNREAD_TAGS]


def _is_photo(node: HtmlElement) -> bool:
    """An <img> or <picture>, or a box holding one and no text."""
    if node.tag in ("img", "picture"):
        return True
    if next(node.iter("img"), None) is None:
        return False
    for inner in node.iter():
        if inner is not node and (inner.tail or "").strip():
            return False  # text beside the image ("<img>Gallery"): a card, not a bare photo
    return _visible_chars(node) == 0


def _beside_credit(element: HtmlElement) -> str | None:
    """The short block after a caption found beside a photo: its credit, label or none."""
    after = _element_siblings(element, before=False)
    text = " ".join(after[0].text_content().split()) if after else ""
    return text or None


def page_captions(tree: HtmlElement) -> tuple[Caption, ...]:
    """The page's figure captions in document order, each once, with their credits."""
    captions: dict[str, Caption] = {}
    # The figure and text of the caption just read.
    last: tuple[HtmlElement | None, str] | None = None
    for element in caption_elements(tree):
        if not isinstance(element.tag, str) or _not_a_photo(element):
            continue
        figure = next(element.iterancestors("figure"), None)
        text, credit = _read_caption(element)
        if not text and credit and last is not None and last[0] is figure and _short(credit):
            # "Photo: Getty Images" in a figcaption of its own, under the caption it credits.
            kept = captions[last[1]]
            if kept.credit is None:
                captions[last[1]] = Caption(kept.text, clean_credit(credit))
            continue
        if not text:
            continue
        known = captions.get(text)
        if known is not None and known.credit is not None:
            continue
        beside = _beside_credit(element) if beside_photo(element) else None
        credit = credit or _sibling_credit(element) or beside or _nearby_credit(element, text)
        if known is not None and credit is None:
            continue
        # A caption shown twice (a lead photo and its gallery copy): one of them may credit it.
        captions[text] = Caption(text, clean_credit(credit) if credit else None)
        last = (figure, text)
        if len(captions) >= MAX_CAPTIONS:
            break
    return tuple(captions.values())


def _not_a_photo(element: HtmlElement) -> bool:
    """In a <nav>, <aside> or <footer>; a teaser card (it has a heading); an author card."""
    heading = next(element.iter(*HEADINGS), None)
    if heading is element and beside_photo(element):
        heading = None  # a caption set in a heading tag, under its photo
    if heading is not None and not CAPTION_CLASS.search(heading.get("class") or ""):
        return True
    in_figure = True  # class names are judged up to the figure only: the page's are not telling
    for node in (element, *element.iterancestors()):
        if node.tag in OUTSIDE_ARTICLE and not PICTURE_CLASS.search(node.get("class") or ""):
            return True  # an <aside class="image"> is a photo set beside the text
        if in_figure and NOT_A_PHOTO_CLASS.search(node.get("class") or ""):
            return True
        in_figure = in_figure and node.tag != "figure"
    return False


def _read_caption(element: HtmlElement) -> tuple[str, str | None]:
    """(caption text, raw credit) of one caption element; ("", None) for a teaser."""
    text, credit, linked = _read(element)
    if linked > MAX_LINK_SHARE * len(text):
        return "", None
    if text and credit is None and _only_credit(text):
        return "", text
    if len(text) > MAX_CAPTION_CHARS:
        return "", None
    if text and credit is None:
        text, credit = split_caption_credit(text)
    if text and credit is None:
        text, credit = split_trailing_credit(text)
    return text, credit


def _nearby_credit(element: HtmlElement, text: str) -> str | None:
    """A credit the photo's container holds outside the caption: a credit-classed element,
    the image's title ("Caption | Credit"), the ImageObject's `author` in JSON-LD.

    Looks up a few levels, and no further than the figure or a container holding much more
    text than the caption (it would hold other photos' credits too).
    """
    inside = set(element.iter())
    node = element
    for _ in range(CREDIT_CLIMB):
        parent = node.getparent()
        if parent is None or _visible_chars(parent) > len(text) + 2 * MAX_CREDIT_CHARS:
            return None
        for other in parent.iter():
            if other not in inside and (found := _credit_of(other)):
                return found
        if parent.tag == "figure":
            return None
        node = parent
    return None


def _credit_of(node: HtmlElement) -> str | None:
    if not isinstance(node.tag, str):
        return None
    if node.tag == "img":
        title = node.get("title") or ""
        credit = title.rsplit(" | ", 1)[1] if " | " in title else ""
        return credit if credit and _short(credit) else None
    if node.tag == "script":
        return _jsonld_credit(node.text or "") if node.get("type") == JSONLD else None
    if node.tag in UNREAD_TAGS or not (node.tag == "footer" or _is_credit(node)):
        return None
    text = node.get("title") or " ".join(node.text_content().split())
    # A sentence is no credit, whatever its class says.
    return text if 0 < len(text.split()) <= MAX_BRACKET_CREDIT_WORDS else None


def _jsonld_credit(source: str) -> str | None:
    """The credit of an ImageObject in JSON-LD: creditText, copyrightHolder or author."""
    if len(source) > MAX_JSONLD_CREDIT_CHARS:
        return None
    try:
        data = json.loads(source)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    for key in ("creditText", "copyrightHolder", "author"):
        value = data.get(key)
        value = value.get("name") if isinstance(value, dict) else value
        if isinstance(value, str) and 0 < len(value.strip()) <= MAX_CREDIT_CHARS:
            return value.strip()
    return None


def _visible_chars(node: HtmlElement) -> int:
    """Characters of text a reader sees in the node (scripts and styles left out)."""
    return sum(
        len("".join(n.text_content().split())) if n.tag not in UNREAD_TAGS else 0
        for n in node
        if isinstance(n.tag, str)
    ) + len((node.text or "").strip())


def _sibling_credit(element: HtmlElement) -> str | None:
    """The credit in the element right after the caption: "<p>Caption</p><p>Foto: X</p>"."""
    sibling = element.getnext()
    if sibling is None or not isinstance(sibling.tag, str):
        return None
    text = " ".join(sibling.text_content().split())
    if not text or len(text.split()) > MAX_BRACKET_CREDIT_WORDS:
        return None
    if _is_credit(sibling) or CREDIT_MARK.match(text):
        return text
    return None


def _read(element: HtmlElement) -> tuple[str, str | None, int]:
    """(caption text, credit text or None, characters inside links) of one caption element."""
    text_parts: list[str] = []
    credit_parts: list[str] = []
    linked = 0
    stack: list[tuple[HtmlElement, bool, bool]] = [(element, False, False)]
    while stack:  # iterative: a deeply nested figcaption must not exhaust the recursion limit
        node, in_credit, in_link = stack.pop()
        if isinstance(node, _Tail):
            (credit_parts if in_credit else text_parts).append(node.tail)
            linked += len(node.tail.strip()) if in_link and not in_credit else 0
            continue
        if not isinstance(node.tag, str):  # comments, processing instructions (tails queued)
            continue
        if node.tag in UNREAD_TAGS or HIDDEN_CLASS.search(node.get("class") or ""):
            continue
        in_credit = in_credit or _is_credit(node, by_label=node is not element)
        in_link = in_link or node.tag == "a"
        if node.tag in BLOCK_TAGS:  # block boundaries are word boundaries; inline ones are not
            text_parts.append(" ")
            credit_parts.append(" ")
        if node.text:
            (credit_parts if in_credit else text_parts).append(node.text)
            linked += len(node.text.strip()) if in_link and not in_credit else 0
        # Children in reverse so they pop in document order; each child's tail follows it.
        for child in reversed(node):
            if child.tail or child.tag in BLOCK_TAGS:
                tail = (" " if child.tag in BLOCK_TAGS else "") + (child.tail or "")
                stack.append((_Tail(tail), in_credit, in_link))  # type: ignore[arg-type]
            stack.append((child, in_credit, in_link))
    text = _joined(text_parts)
    credit = _joined(credit_parts) or None
    return text, credit, linked


def _joined(parts: list[str]) -> str:
    """Text pieces as a browser shows them: inline pieces abut, but a sentence end followed
    directly by a word (two <span>s styled apart: "Austria.</span><span>Reuters") is spaced."""
    out: list[str] = []
    for part in parts:
        if out and out[-1][-1:] in SENTENCE_END and part[:1].isalnum():
            out.append(" ")
        if part:
            out.append(part)
    return " ".join("".join(out).split())


class _Tail:
    """A child's tail text, queued to be read after the child (it belongs to the parent)."""

    tag = None

    def __init__(self, tail: str) -> None:
        self.tail = tail


def _short(credit: str) -> bool:
    """A credit names someone; a sentence under a credit class is not one."""
    return len(credit.split()) <= MAX_BRACKET_CREDIT_WORDS


def _only_credit(text: str) -> bool:
    return len(text.split()) <= MAX_BRACKET_CREDIT_WORDS and CREDIT_MARKER.match(text) is not None


def _is_credit(node: HtmlElement, *, by_label: bool = False) -> bool:
    if node.tag == "cite":
        return True
    if by_label and node.text and CREDIT_MARK.match(node.text.lstrip()) and len(node) <= 1:
        # "<span>Foto: Kim Park/AP</span>" inside the caption: a credit by its label.
        return len(node.text_content()) <= MAX_CREDIT_CHARS
    prop = (node.get("itemprop") or "").lower().split()
    return bool(CREDIT_ITEMPROPS.intersection(prop)) or bool(
        CREDIT_CLASS.search(node.get("class") or "")
    )


def split_trailing_credit(text: str) -> tuple[str, str | None]:
    """Split "A ship leaves port. (AP)" into ("A ship leaves port.", "AP")."""
    head, tail = text[:-TAIL_CHARS], text[-TAIL_CHARS:]
    if found := TRAILING_MARKED.search(tail):
        return (head + tail[: found.start()]).rstrip(" ,;-–—"), found.group("credit").strip()
    found = TRAILING_BRACKETED.search(tail)
    if found is None:
        return text, None
    credit = found.group("credit")
    if not BRACKET_CREDIT_START.match(credit) or len(credit.split()) > MAX_BRACKET_CREDIT_WORDS:
        return text, None
    rest = (head + tail[: found.start()]).rstrip()
    # "… Antony (Manchester United)" describes; ". (Jo Lee)", "(X/AP)", "(AP)" credit.
    credit_shaped = "/" in credit or ":" in credit or credit.isupper()
    if not rest or not (credit_shaped or rest.endswith((".", "!", "?"))):
        return text, None
    return rest, credit


def clean_credit(credit: str) -> str | None:
    """The name in a credit: "(Image credit: TNG Collaboration)" -> "TNG Collaboration"."""
    credit = credit.strip().strip("()[]").strip()
    credit = CREDIT_MARKER.sub("", credit, count=1).strip(" :;,.-–—()[]")
    credit = CREDIT_MARK.sub("", credit, count=1) if CREDIT_MARK.match(credit) else credit
    credit = re.sub(r"^courtesy(?: of)?\s+", "", credit, flags=re.IGNORECASE)
    if not credit or len(credit) > MAX_CREDIT_CHARS:
        return None
    return credit
