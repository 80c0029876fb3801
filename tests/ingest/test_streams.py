"""Byte streams: kinds told from bytes, guarded gunzip (bombs, truncation), sniffing stdin."""

from __future__ import annotations

import gzip
import io

import pytest

from newsfacts.errors import InputError, TooLargeError
from newsfacts.ingest.limits import MIB, Limits
from newsfacts.ingest.streams import gunzip, gunzip_head, peek, read_capped, sniff_kind


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"<!DOCTYPE html><html><body>", "html"),
        (b"\xef\xbb\xbf\n  <!doctype HTML>", "html"),
        (b"<!-- saved page --><html lang='en'>", "html"),
        (b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', "html"),
        (b"<p>A fragment of a page</p>", "html"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b'{"text": "An article"}\n{"text": "Another"}', "jsonl"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"Harbour ferry returns\n\nThe ferry carried...", "text"),
        (b"<3 this story, said the reader", "text"),
        (b"", "text"),
    ],
)
def test_sniff_kind(head: bytes, kind: str) -> None:
    assert sniff_kind(head) == kind


def test_gunzip_head_sees_inside() -> None:
    assert sniff_kind(gunzip_head(gzip.compress(b"WARC/1.0\r\n" + b"x" * 10_000))) == "warc"
    assert gunzip_head(b"\x1f\x8bnot really gzip") == b""


def unzip(data: bytes, *, cap: int = 10 * MIB, limits: Limits | None = None) -> bytes:
    stream = gunzip(io.BytesIO(data), name="a.txt.gz", cap=cap, limits=limits or Limits())
    return stream.read()


def test_gunzip_reads_every_member() -> None:
    assert unzip(gzip.compress(b"first\n") + gzip.compress(b"second\n")) == b"first\nsecond\n"


def test_gunzip_ignores_zero_padding_after_the_last_member() -> None:
    assert unzip(gzip.compress(b"text\n") + bytes(512)) == b"text\n"


def test_gunzip_truncated() -> None:
    data = gzip.compress(bytes(range(256)) * 400)
    with pytest.raises(InputError, match=r"a\.txt\.gz: gzip data is truncated"):
        unzip(data[:-20])


@pytest.mark.parametrize("data", [b"plain text, not gzip", b"\x1f\x8b\x08" + b"\xff" * 40])
def test_gunzip_not_gzip(data: bytes) -> None:
    with pytest.raises(InputError, match="not valid gzip data"):
        unzip(data)


def test_gunzip_trailing_garbage() -> None:
    with pytest.raises(InputError, match="unexpected data after the gzip stream"):
        unzip(gzip.compress(b"text\n") + b"garbage after the end")


def test_gunzip_bomb_stops_early() -> None:
    bomb = gzip.compress(bytes(64 * MIB))  # ~64 kB that would become 64 MB
    assert len(bomb) < 100_000
    with pytest.raises(TooLargeError, match=r"more than 200 times its size.*decompression bomb"):
        unzip(bomb, cap=1024 * MIB)


def test_gunzip_size_cap() -> None:
    data = gzip.compress(b"word " * 100_000)
    with pytest.raises(TooLargeError, match="decompresses to more than 10,000 bytes"):
        unzip(data, cap=10_000)


def test_gunzip_ratio_is_configurable() -> None:
    data = gzip.compress(bytes(8 * MIB))
    assert len(unzip(data, limits=Limits(gzip_ratio=5_000))) == 8 * MIB


def test_read_capped() -> None:
    assert read_capped(io.BytesIO(b"12345"), name="x", cap=5) == b"12345"
    with pytest.raises(TooLargeError, match="x: more than 4 bytes"):
        read_capped(io.BytesIO(b"12345"), name="x", cap=4)


class Trickle(io.RawIOBase):
    """A pipe that hands over a few bytes per read, like a slow producer on stdin."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        size = min(len(buffer), 3, len(self.data))
        buffer[:size] = self.data[:size]
        self.data = self.data[size:]
        return size


def test_peek_gets_enough_bytes_from_a_trickling_pipe_and_loses_none() -> None:
    data = b"<!DOCTYPE html>" + b"x" * 10_000
    head, stream = peek(io.BufferedReader(Trickle(data), 4))
    assert sniff_kind(head) == "html" and len(head) == 4096
    assert stream.read() == data


def test_sniff_kind_many_comments_is_linear() -> None:
    # A lazy comment loop would try 2**500 ways to split these; possessive matching, one.
    assert sniff_kind(b"<!---->" * 500 + b"x") == "text"
    assert sniff_kind(b"<!---->" * 500 + b"<html>") == "html"
