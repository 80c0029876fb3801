"""Bytes to text: declared charset, BOM, else detection; binary input is refused.

News arrives in every encoding; a UnicodeDecodeError deep in a stage would be a traceback, so
every reader turns bytes into str here, once, and says so in a warning when it had to guess.
"""

from __future__ import annotations

import codecs

from newsfacts.errors import EmptyInputError, InputError

# Share of control characters (other than tab/newline/CR/FF) above which bytes are not text.
MAX_CONTROL_SHARE = 0.01
SNIFF_BYTES = 8192
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


def decode_bytes(data: bytes, *, name: str, declared: str | None = None) -> tuple[str, list[str]]:
    """Return (text, warnings). Raises EmptyInputError or InputError naming `name`."""
    if not data.strip():
        raise EmptyInputError(f"{name}: input is empty (expected the text of a news article)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), name), []
    if declared:
        try:
            return _checked(data.decode(declared), name), []
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall through to detection
    if b"\x00" in data[:SNIFF_BYTES]:
        raise InputError(f"{name}: input looks binary (NUL bytes); expected text, HTML or JSON")
    try:
        return _checked(data.decode("utf-8"), name), []
    except UnicodeDecodeError:
        pass
    return _detect(data, name=name)


def _detect(data: bytes, *, name: str) -> tuple[str, list[str]]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: input is not text in any known encoding (binary data?)")
    text = _checked(str(best), name)
    return text, [f"decoded as {best.encoding} (not valid UTF-8; encoding detected)"]


def _checked(text: str, name: str) -> str:
    sample = text[:SNIFF_BYTES]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise InputError(f"{name}: input looks binary (control characters); expected text")
    if not text.strip():
        raise EmptyInputError(f"{name}: input is empty (expected the text of a news article)")
    return text
