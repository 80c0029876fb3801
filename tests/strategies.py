"""Hypothesis strategies: generated scraped articles built from invented parts."""

from __future__ import annotations

from hypothesis import strategies as st

from newsfacts.words.number_words import TENS, UNITS

WORDS = [
    "council",
    "harbour",
    "river",
    "ferry",
    "storm",
    "budget",
    "vote",
    "school",
    "bridge",
    "farmers",
    "police",
    "hospital",
    "minister",
    "union",
    "strike",
    "rain",
    "road",
    "market",
    "station",
    "engineers",
    "residents",
    "mayor",
    "tide",
]
NAMES = ["Ada Brook", "Tom Reyes", "Lina Osei", "Marek Vos", "Jun Park", "Eve Sato"]
AGENCIES = ["AP", "Reuters", "AFP", "PA", "Getty Images"]
BOILERPLATE = [
    "License this content",
    "Share this article",
    "Advertisement",
    "Follow us on Twitter",
    "Read more: Another headline about the harbour",
    "Sign up for our newsletter",
    "3.4k shares",
]

word = st.sampled_from(WORDS)
# Unicode that a scraper passes through: accents, curly quotes, non-breaking spaces.
flourish = st.sampled_from(["", "", "", " café", " “quoted”", "\u00a0", " naïve", " — "])


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(word, min_size=4, max_size=14))
    text = " ".join(words).capitalize() + draw(flourish)
    return text.strip() + "."


@st.composite
def paragraphs(draw) -> str:
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=3)))


@st.composite
def captions(draw) -> list[str]:
    text = " ".join(draw(st.lists(word, min_size=3, max_size=10))).capitalize()
    agency = draw(st.sampled_from(AGENCIES))
    style = draw(st.sampled_from(["repeat", "credit-only", "photo-line"]))
    if style == "repeat":
        return [text, f"{text} Credit: {agency}"]
    if style == "credit-only":
        return [f"{text} (Image: {agency})"]
    return [text, f"Photo: {draw(st.sampled_from(NAMES))}/{agency}"]


@st.composite
def articles(draw) -> str:
    """A scraped article: headline, maybe a byline, paragraphs, captions and boilerplate."""
    blocks: list[list[str]] = [[" ".join(draw(st.lists(word, min_size=3, max_size=9))).title()]]
    if draw(st.booleans()):
        blocks.append([f"By {draw(st.sampled_from(NAMES))}"])
    for _ in range(draw(st.integers(min_value=0, max_value=8))):
        kind = draw(st.sampled_from(["paragraph", "paragraph", "paragraph", "caption", "boiler"]))
        if kind == "paragraph":
            blocks.append([draw(paragraphs())])
        elif kind == "caption":
            blocks.append(draw(captions()))
        else:
            blocks.append([draw(st.sampled_from(BOILERPLATE))])
    separator = draw(st.sampled_from(["\n\n", "\n\n", "\n", "\r\n\r\n", "\n \n\n"]))
    return separator.join("\n".join(block) for block in blocks)


_UNIT_WORDS = list(UNITS)  # zero ... nineteen, in order
_TENS_WORDS = list(TENS)  # twenty ... ninety


def _below_thousand(value: int) -> str:
    hundreds, rest = divmod(value, 100)
    words = [f"{_UNIT_WORDS[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        tens, units = divmod(rest, 10)
        words.append(_TENS_WORDS[tens - 2] + (f"-{_UNIT_WORDS[units]}" if units else ""))
    elif rest or not hundreds:
        words.append(_UNIT_WORDS[rest])
    return " ".join(words)


@st.composite
def number_in_words(draw) -> tuple[int, str]:
    """(n, n in English words) for n below a billion: "three million, forty-two"."""
    value = draw(st.integers(min_value=0, max_value=999_999_999))
    groups = []
    rest = value
    for scale in ("", " thousand", " million"):
        rest, group = divmod(rest, 1000)
        if group:
            groups.append(_below_thousand(group) + scale)
    words = ", ".join(reversed(groups)) if groups else "zero"
    return value, words


# Hostile input for the readers (issue #8): HTML fragments, mutations of valid bytes.
TAGS = ["p", "div", "span", "a", "figure", "figcaption", "article", "h1", "br", "script", "b"]
ATTRIBUTES = ["", ' class="credit"', ' class="caption"', ' itemprop="author"', ' href="/x"']
html_text = st.one_of(
    st.text(max_size=40),
    sentences(),
    st.sampled_from(
        ["&amp;", "&#0;", "&#xD800;", "<!--", "-->", "<![CDATA[", "\x00", "é", "\ufeff"]
    ),
)


@st.composite
def html_fragments(draw, depth: int = 0) -> str:
    """Random nested markup, with unclosed tags, stray entities and control characters."""
    parts = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(st.sampled_from(TAGS))
            inner = draw(html_fragments(depth=depth + 1))
            close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", ""]))
            parts.append(f"<{tag}{draw(st.sampled_from(ATTRIBUTES))}>{inner}{close}")
        else:
            parts.append(draw(html_text))
    return "".join(parts)


@st.composite
def html_pages(draw) -> str:
    """A page around random fragments, sometimes with JSON-LD metadata in its head."""
    head = draw(
        st.sampled_from(
            [
                "",
                '<meta charset="latin-1">',
                '<script type="application/ld+json">{"@type": "NewsArticle", "author": 3}</script>',
                '<script type="application/ld+json">[[[[{"@graph": null}]]]]</script>',
            ]
        )
    )
    return (
        f"<html><head>{head}</head><body><article>{draw(html_fragments())}</article></body></html>"
    )


@st.composite
def mutated(draw, data: bytes) -> bytes:
    """`data` truncated, with a slice overwritten, removed or duplicated: damage as it happens."""
    size = len(data)
    cut = draw(st.integers(min_value=0, max_value=size))
    width = draw(st.integers(min_value=1, max_value=64))
    kind = draw(st.sampled_from(["truncate", "overwrite", "delete", "duplicate", "flip"]))
    if kind == "truncate":
        return data[:cut]
    if kind == "overwrite":
        return data[:cut] + draw(st.binary(min_size=width, max_size=width)) + data[cut + width :]
    if kind == "delete":
        return data[:cut] + data[cut + width :]
    if kind == "duplicate":
        return data[:cut] + data[cut : cut + width] * 2 + data[cut + width :]
    if not data:
        return data
    at = min(cut, size - 1)
    return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def jsonl_lines(draw) -> bytes:
    """A line of a feed: an article, a wrong value in a known field, or no JSON at all."""
    import json

    kind = draw(st.sampled_from(["article", "field", "value", "bytes"]))
    if kind == "article":
        record = {"text": draw(articles())}
        if draw(st.booleans()):
            record["published"] = draw(st.sampled_from(["2024-05-01", "May 1", "", "0001-01-01"]))
        return json.dumps(record).encode()
    if kind == "field":
        key = draw(st.sampled_from(["text", "html", "url", "headline", "published", "id"]))
        return json.dumps({key: draw(json_values)}).encode()
    if kind == "value":
        return json.dumps(draw(json_values)).encode()
    return draw(st.binary(max_size=80)).replace(b"\n", b" ")
