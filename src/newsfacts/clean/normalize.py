"""Unicode normalisation applied before any line is classified.

NFC so that composed and decomposed accents compare equal; exotic spaces become plain spaces
so that patterns and offsets behave. Quotation marks are left exactly as written: which
marks an article uses is evidence for the quote extractor.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")


def normalize_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    return text.replace("\t", " ")


def normalize_line(line: str) -> str:
    """A line as stored in the sheet: inner runs of spaces folded, ends stripped."""
    return re.sub(r" {2,}", " ", line).strip()
