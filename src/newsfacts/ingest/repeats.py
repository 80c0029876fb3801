"""Short blocks a page repeats: placeholders and labels, not the article's own text.

A page that holds several embeds (charts, videos, social posts) shows the same short line in
place of each until the reader consents ("Enable the settings to display this content.",
"One click for privacy"), and the same label under each ("Infographic", "Read more").
The extractor keeps them as paragraphs. A story does not say the same short paragraph
twice, so every copy goes; a long paragraph said twice is left alone (a quoted notice, a
layout variant), as is a block repeated right after itself, which the clean stage handles.
"""

from __future__ import annotations

from collections import Counter

PARAGRAPH_SEPARATOR = "\n\n"
# Longest block, in words, taken for a placeholder or label when the page repeats it.
MAX_PLACEHOLDER_WORDS = 12
# How many times a short block must stand in the text to be a placeholder.
MIN_COPIES = 2


def _key(block: str) -> str:
    return " ".join(block.split())


def drop_repeated_blocks(text: str) -> tuple[str, tuple[str, ...]]:
    """The text without its short repeated blocks, and those blocks (once each)."""
    blocks = text.split(PARAGRAPH_SEPARATOR)
    copies = Counter(_key(b) for b in blocks)
    repeated = {
        key
        for key, count in copies.items()
        if count >= MIN_COPIES and key and len(key.split()) <= MAX_PLACEHOLDER_WORDS
    }
    repeated -= _adjacent_only(blocks, repeated)
    if not repeated:
        return text, ()
    kept = [b for b in blocks if _key(b) not in repeated]
    if not any(_key(b) for b in kept):
        return text, ()  # nothing but repeats: better the page's text than none
    return PARAGRAPH_SEPARATOR.join(kept), tuple(k for k in copies if k in repeated)


def _adjacent_only(blocks: list[str], repeated: set[str]) -> set[str]:
    """Blocks whose copies all follow one another: a doubled line (a caption and its copy),
    which the clean stage keeps once, not a placeholder scattered through the text."""
    runs: Counter[str] = Counter()
    previous = None
    for block in blocks:
        key = _key(block)
        if key in repeated and key != previous:
            runs[key] += 1
        previous = key
    return {key for key in repeated if runs[key] == 1}
