"""Hypothesis strategies: generated scraped articles built from invented parts."""

from __future__ import annotations

from hypothesis import strategies as st

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


_UNIT_WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen".split()
_UNIT_WORDS += "fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


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
