"""Photo captions and their credits.

Scrapers copy a picture's caption twice: once as alt text, once with the credit appended
("A crowd gathers" / "A crowd gathers Credit: AP"). Both copies are one caption; the credit is
split off so the body keeps only the article's own sentences.
"""

from __future__ import annotations

import re

from newsfacts.clean.patterns import CREDIT_LINE, CREDIT_TAIL

# A caption is a description, not a paragraph: past this length a credited line is body text.
MAX_CAPTION_CHARS = 400
# Fewer words than this is a label or a table cell, not a photo description.
MIN_CAPTION_WORDS = 3
TABLE_ROW = re.compile(r"^\|.*\|$|^[-|: +]+$")
WORD = re.compile(r"[^\W\d_]{2,}")


def split_credit(line: str) -> tuple[str, str] | None:
    """("caption", "credit") when the line ends with a photo credit, else None."""
    match = CREDIT_TAIL.search(line)
    if match is None:
        return None
    caption = line[: match.start()].rstrip(" -–—|,;")
    if not caption or len(caption) > MAX_CAPTION_CHARS:
        return None
    groups = match.groupdict()
    credit = groups["paren"] or groups["credit"] or groups["copy"] or groups["slash"]
    if groups["copy"]:
        credit = "© " + groups["copy"]
    return caption, credit.strip()


def credit_of_line(line: str) -> str | None:
    """The credit when the whole line is a photo credit ("© Reuters", "Photo: X/Getty")."""
    if CREDIT_LINE.match(line) is None:
        return None
    tail = CREDIT_TAIL.search(" " + line)
    if tail is not None:
        groups = tail.groupdict()
        found = groups["paren"] or groups["credit"] or groups["slash"]
        if groups["copy"]:
            found = "© " + groups["copy"]
        if found:
            return found.strip()
    for prefix in (
        "Photos by",
        "Photo by",
        "Pictures by",
        "Picture by",
        "Images by",
        "Image by",
        "Photo courtesy of",
        "Picture courtesy of",
    ):
        if line.lower().startswith(prefix.lower()):
            return line[len(prefix) :].strip()
    return line.strip()


def is_repeat_with_credit(first: str, second: str) -> str | None:
    """The credit when `second` is `first` followed by a credit (the scraped caption pair)."""
    if not second.startswith(first) or second == first:
        return None
    split = split_credit(second)
    if split is None:
        return None
    caption, credit = split
    return credit if caption.rstrip() == first.rstrip(" -–—|,;") else None


def looks_like_caption(line: str) -> bool:
    """A short descriptive line of words: no closing sentence punctuation, not a table row."""
    stripped = line.rstrip()
    if TABLE_ROW.match(stripped) or len(WORD.findall(stripped)) < MIN_CAPTION_WORDS:
        return False
    return len(stripped) <= MAX_CAPTION_CHARS and not stripped.endswith((".", "?", "!", '"', "”"))
