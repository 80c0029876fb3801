"""Bytes to text: encodings, BOMs, and refusal of what is not text."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.errors import EmptyInputError, InputError, NewsfactsError
from newsfacts.ingest.decode import decode_bytes

TEXT = "Café owners in Lyon said the “festival” drew 40,000 visitors."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-8-sig"])
def test_decode_unicode_encodings(encoding: str) -> None:
    text, warnings = decode_bytes(TEXT.encode(encoding), name="x")
    assert text.lstrip("\ufeff") == TEXT
    assert warnings == []


def test_decode_detects_legacy_encoding_and_warns() -> None:
    data = ("Le maire a déclaré que la fête aura lieu à Noël. " * 5).encode("cp1252")
    text, warnings = decode_bytes(data, name="x")
    assert "déclaré" in text and "Noël" in text
    assert warnings and "detected" in warnings[0]


def test_decode_declared_charset_wins() -> None:
    text, _ = decode_bytes("Ærø".encode("latin-1"), name="x", declared="latin-1")
    assert text == "Ærø"


def test_decode_bom_utf8() -> None:
    text, _ = decode_bytes(codecs.BOM_UTF8 + b"Headline\n\nBody.", name="x")
    assert text == "Headline\n\nBody."


@pytest.mark.parametrize("data", [b"", b"   \n\t ", "\u00a0".encode()])
def test_decode_empty_input(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        decode_bytes(data, name="blank.txt")


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(256)) * 4, b"\x1f\x8b\x08\x00" * 40],
)
def test_decode_refuses_binary(data: bytes) -> None:
    with pytest.raises(InputError, match=r"binary|not text") as info:
        decode_bytes(data, name="photo.png")
    assert "photo.png" in str(info.value)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_decode_arbitrary_bytes_raise_only_newsfacts_errors(data: bytes) -> None:
    try:
        text, _ = decode_bytes(data, name="fuzz")
    except NewsfactsError:
        return
    assert isinstance(text, str) and text.strip()
