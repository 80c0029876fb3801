"""Bytes to text: BOM, declared charset, else detection; mojibake repaired; binary refused.

Binary is what starts like a known binary format (PNG, PDF, ZIP...) or is mostly control
characters. A few stray control characters in readable text (a NUL byte left by a scraper, an
escape code) are no reason to refuse it: `strip_controls` takes them out, and the readers
record them in the sheet's `removed` (issue #14).

News arrives in every encoding; a UnicodeDecodeError deep in a stage would be a traceback, so
every reader turns bytes into str here, once, and says so in a warning when it had to guess or
repair. Mojibake ("cafÃ©": UTF-8 read as Windows-1252 somewhere upstream) is undone by ftfy,
with only its encoding fixes switched on, so correct text is never rewritten.
"""

from __future__ import annotations

import codecs
import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

from newsfacts.errors import EmptyInputError, InputError

# Share of control characters (other than tab/newline/CR/FF/VT) above which bytes are not
# text: no prose has one in twenty characters a control code; binary data has far more.
MAX_CONTROL_SHARE = 0.05
# How files of binary formats start: such a file is refused however little it holds.
MAGIC_BYTES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or a Word or OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (b"\x7fELF", "program"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"OggS", "Ogg audio"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)
# Control characters taken out of readable text: C0 codes other than whitespace, and DEL.
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
CONTROL_NAMES = {"\x00": "NUL", "\x1b": "ESC", "\x7f": "DEL", "\x08": "BS", "\x07": "BEL"}
SNIFF_BYTES = 8192
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes charset-normalizer looks at: enough to tell any encoding, bounded on a large file.
DETECT_BYTES = 256 * 1024
# The mark of UTF-8 read as Windows-1252 or Latin-1, the mojibake met in news text: a lead
# byte shown as one of Â-ô, then a continuation byte (0x80-0xBF) as either code page shows it.
_CONTINUATIONS = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore") + "".join(
    map(chr, range(0x80, 0xC0))
)
MOJIBAKE_HINT = re.compile(f"[\u00c2-\u00f4][{re.escape(_CONTINUATIONS)}]")
# Longer lines are not repaired: ftfy's cost grows with the line, and no prose line is this long.
MAX_REPAIR_LINE = 100_000
_WINDOWS_1252_ALIASES = {"iso8859-1", "latin-1", "ascii"}


def decode_bytes(
    data: bytes, *, name: str, declared: str | None = None, repair: bool = True
) -> tuple[str, list[str]]:
    """Return (text, warnings). Raises EmptyInputError or InputError naming `name`.

    `repair=False` leaves mojibake for the caller to repair in what it extracts (the HTML
    reader repairs the article text, not the markup).
    """
    if not data.strip():
        raise EmptyInputError(f"{name}: input is empty (expected the text of a news article)")
    text, warnings = _decode(data, name=name, declared=declared)
    if not repair:
        return text, warnings
    repaired, repairs = repair_mojibake(text)
    return repaired, warnings + repairs


def repair_mojibake(text: str) -> tuple[str, list[str]]:
    """Undo text decoded with the wrong encoding upstream ("cafÃ©" -> "café"), with a warning.

    Only lines showing the mark of UTF-8 read as Windows-1252 / Latin-1 go through ftfy (its
    own badness scan costs seconds on a 20 MB text); lines past MAX_REPAIR_LINE are left.
    """
    if text.isascii() or not MOJIBAKE_HINT.search(text):
        return text, []
    from ftfy import fix_text

    lines = text.splitlines(keepends=True)
    fixed = "".join(
        fix_text(line, _encoding_fixes())
        if len(line) <= MAX_REPAIR_LINE and MOJIBAKE_HINT.search(line)
        else line
        for line in lines
    )
    if fixed == text:
        return text, []
    return fixed, ["mojibake repaired (text had been decoded with the wrong encoding upstream)"]


@cache
def _encoding_fixes() -> TextFixerConfig:
    """ftfy's encoding repairs only: no quote uncurling, width folding or normalisation."""
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def binary_format(data: bytes) -> str | None:
    """The binary format `data` starts like, if it is one of MAGIC_BYTES."""
    return next((kind for magic, kind in MAGIC_BYTES if data.startswith(magic)), None)


def strip_controls(text: str) -> tuple[str, str | None, str | None]:
    """(text without stray control characters, the characters removed, what they were).

    The second and third are None when there was nothing to remove; otherwise they become a
    `removed` entry (reason "other") of the sheet, so nothing leaves the text unrecorded.
    """
    found = CONTROLS.findall(text)
    if not found:
        return text, None, None
    counts: dict[str, int] = {}
    for char in found:
        counts[char] = counts.get(char, 0) + 1
    names = ", ".join(
        f"{count} x {CONTROL_NAMES.get(char, 'control')} (U+{ord(char):04X})"
        for char, count in counts.items()
    )
    noun = "character" if len(found) == 1 else "characters"
    return CONTROLS.sub("", text), "".join(found), f"{len(found)} control {noun}: {names}"


def _decode(data: bytes, *, name: str, declared: str | None) -> tuple[str, list[str]]:
    if (kind := binary_format(data)) is not None:
        raise InputError(f"{name}: input looks binary (a {kind} file); expected text, HTML or JSON")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return check_text(data.decode(encoding, errors="replace"), name), []
    for encoding in _declared_codecs(declared):
        try:
            return check_text(data.decode(encoding), name), []
        except ValueError:  # UnicodeDecodeError, or a codec refusing these bytes
            continue  # a wrong declaration is common; detection follows
    try:
        return check_text(data.decode("utf-8"), name), []
    except UnicodeDecodeError:
        pass
    return _detect(data, name=name)


def _declared_codecs(declared: str | None) -> list[str]:
    """The codecs to try for a declared charset, if it is one a page can really be in.

    Browsers read "iso-8859-1" and "us-ascii" as windows-1252 (the WHATWG Encoding standard):
    pages that declare them put curly quotes in 0x80-0x9F. A page declaring UTF-16/32 was
    read as bytes, so it is not in it (browsers ignore such a <meta> too); bytes-to-bytes
    codecs (base64, zlib) and unknown names are no charset.
    """
    if not declared:
        return []
    try:
        info = codecs.lookup(declared)
    except LookupError:
        return []
    if not getattr(info, "_is_text_encoding", True) or info.name.startswith(("utf-16", "utf-32")):
        return []
    if info.name in _WINDOWS_1252_ALIASES:
        return ["cp1252", info.name]
    return [info.name]


def _detect(data: bytes, *, name: str) -> tuple[str, list[str]]:
    """charset-normalizer on the first DETECT_BYTES (seconds saved on a large file), the
    encoding it finds then applied to all the bytes."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:DETECT_BYTES]).best()
    if best is None:
        raise InputError(f"{name}: input is not text in any known encoding (binary data?)")
    text = check_text(data.decode(best.encoding, errors="replace"), name)
    warning = f"decoded as {best.encoding} (not valid UTF-8; encoding detected)"
    if (bad := text.count("\ufffd")) and len(data) > DETECT_BYTES:
        warning += f"; {bad:,} bytes further on did not fit it and were replaced"
    return text, [warning]


def check_text(text: str, name: str) -> str:
    """`text` if it reads as text: not empty, not mostly control characters (binary).

    A few control characters pass: `strip_controls` takes them out and says so."""
    sample = text[:SNIFF_BYTES]
    controls = len(CONTROLS.findall(sample))
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise InputError(f"{name}: input looks binary (control characters); expected text")
    if not CONTROLS.sub("", text).strip():
        raise EmptyInputError(f"{name}: input is empty (expected the text of a news article)")
    return text
