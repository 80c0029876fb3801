"""Byte streams for the readers: bounded reads, guarded gunzip, and telling the kind from bytes.

Every read here is bounded: a single-article input is read up to its cap and no further, and
gzip output is counted as it is produced, so a 10 GB bomb stops after a few MB of work with a
message, not after filling memory.
"""

from __future__ import annotations

import io
import re
import zlib
from typing import BinaryIO

from newsfacts.errors import InputError, TooLargeError
from newsfacts.ingest.limits import CHUNK_BYTES, GZIP_RATIO_FLOOR_BYTES, SNIFF_BYTES, Limits

GZIP_MAGIC = b"\x1f\x8b"
# How a document starts once a BOM, whitespace and comments are passed. The comment loop is
# possessive: a lazy `.*?` repeated would try every way to split "<!---->" * 30 (exponential).
_HTML_START = re.compile(
    rb"(?:<!--(?:(?!-->).)*+-->\s*+)*+"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|h1)\b",
    re.IGNORECASE | re.DOTALL,
)
_XML_THEN_HTML = re.compile(rb"<\?xml[^>]*>.*?<html\b", re.IGNORECASE | re.DOTALL)
_LEADING = (b"\xef\xbb\xbf", b" ", b"\t", b"\r", b"\n")


def sniff_kind(head: bytes) -> str:
    """gzip | warc | jsonl | html | text, from the first bytes of an input with no extension."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    start = _lstrip(head)
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if _HTML_START.match(start) or _XML_THEN_HTML.match(start):
        return "html"
    return "text"


def _lstrip(head: bytes) -> bytes:
    start = head
    while start.startswith(_LEADING):
        for lead in _LEADING:
            start = start.removeprefix(lead)
    return start


def read_capped(stream: BinaryIO, *, name: str, cap: int) -> bytes:
    """All of a single-article stream, refused with TooLargeError past `cap` bytes."""
    data = stream.read(cap + 1)
    if len(data) > cap:
        raise TooLargeError(too_large(name, cap))
    return data


def too_large(name: str, cap: int, what: str = "one article") -> str:
    return (
        f"{name}: more than {cap:,} bytes, too large for {what} (NEWSFACTS_MAX_ARTICLE_BYTES); "
        f"split it, or pass a JSONL or WARC file of articles"
    )


class GuardedGunzip(io.RawIOBase):
    """gunzip as a stream (every member, like `gzip -d`), stopped at a size or ratio limit.

    Raises TooLargeError when the output passes `cap` bytes, or passes the floor while being
    more than `limits.gzip_ratio` times the input read so far (a decompression bomb);
    InputError when the data is not gzip or ends inside a member.
    """

    def __init__(self, raw: BinaryIO, *, name: str, cap: int, limits: Limits) -> None:
        self._raw = raw
        self._name = name
        self._cap = cap
        self._ratio = limits.gzip_ratio
        self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._input = b""  # compressed bytes read but not yet inflated
        self._pending = b""  # inflated bytes not yet handed out
        self._read_in = 0
        self._written = 0
        self._members = 0
        self._in_member = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            if not self._fill():
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def _fill(self) -> bool:
        """Inflate at most one chunk into `_pending`; False at the clean end of the data."""
        if self._inflate.eof:  # a member ended: another member, zero padding, or the end follows
            self._input = self._inflate.unused_data + self._input
            self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self._members += 1
            self._in_member = False
        if not self._input:
            self._input = self._raw.read(CHUNK_BYTES)
            self._read_in += len(self._input)
            if not self._input:
                if self._in_member:
                    raise InputError(f"{self._name}: gzip data is truncated (the file ends early)")
                return False
        if not self._in_member and self._members:
            if not self._input.strip(b"\x00"):
                self._input = b""  # padding after the last member, as tape archives leave
                return True
            if not self._input.startswith(GZIP_MAGIC[: len(self._input)]):
                raise InputError(
                    f"{self._name}: unexpected data after the gzip stream "
                    f"(at byte {self._read_in - len(self._input):,}); the file may be damaged"
                )
        try:
            out = self._inflate.decompress(self._input, CHUNK_BYTES)
        except zlib.error as e:
            raise InputError(f"{self._name}: not valid gzip data ({e})") from e
        self._in_member = not self._inflate.eof
        self._input = self._inflate.unconsumed_tail
        self._count(len(out))
        self._pending = out
        return True

    def _count(self, size: int) -> None:
        self._written += size
        if self._written > self._cap:
            raise TooLargeError(
                f"{self._name}: decompresses to more than {self._cap:,} bytes, beyond the limit "
                f"(NEWSFACTS_MAX_ARTICLE_BYTES, or _INPUT_BYTES for a feed); split the file"
            )
        if self._written > GZIP_RATIO_FLOOR_BYTES and self._written > self._ratio * self._read_in:
            raise TooLargeError(
                f"{self._name}: decompresses to more than {self._ratio:g} times its size, "
                f"which no article does (a decompression bomb?); refused "
                f"(NEWSFACTS_MAX_GZIP_RATIO)"
            )


def gunzip(raw: BinaryIO, *, name: str, cap: int, limits: Limits) -> io.BufferedReader:
    """A guarded, buffered gunzip stream (readline works) over a raw compressed stream."""
    return io.BufferedReader(GuardedGunzip(raw, name=name, cap=cap, limits=limits), CHUNK_BYTES)


class Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read to sniff it: those bytes, then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def peek(stream: BinaryIO) -> tuple[bytes, io.BufferedReader]:
    """The first SNIFF_BYTES of a stream, and a stream that still starts with them."""
    head = b""
    while len(head) < SNIFF_BYTES and (data := stream.read(SNIFF_BYTES - len(head))):
        head += data  # a pipe hands over what has been written so far: keep reading
    return head, io.BufferedReader(Prefixed(head, stream), CHUNK_BYTES)


def gunzip_head(head: bytes) -> bytes:
    """As much of the start of gzip data as `head` holds, for sniffing what is inside."""
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        return inflate.decompress(head, SNIFF_BYTES)
    except zlib.error:
        return b""
