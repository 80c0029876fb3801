"""Stray control characters in readable text are taken out and recorded, not refused (#14).

Only real binary is refused: a known binary format's first bytes, or mostly control codes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfacts.errors import EmptyInputError, InputError
from newsfacts.ingest import read_input
from newsfacts.ingest.decode import strip_controls
from newsfacts.pipeline import clean

STORY = "Ferry back in service\n\nThe harbour ferry ran again on Monday after repairs.\n"


def only_article(path: Path):
    (raw,) = list(read_input(str(path)))
    return raw


def test_a_text_file_with_one_nul_byte_is_read(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.replace("again", "ag\x00ain").encode())
    raw = only_article(path)
    assert raw.text == STORY
    ((removed),) = raw.removed
    assert (removed.text, removed.reason) == ("\x00", "other")
    assert removed.detail == "1 control character: 1 x NUL (U+0000)"
    article = clean(raw)
    assert "ran again on Monday" in article.text
    assert article.removed[-1] == removed


def test_a_few_escape_codes_are_named(tmp_path: Path) -> None:
    path = tmp_path / "story"  # no extension: told by its bytes
    path.write_bytes(("\x1b" + STORY + "\x1b\x07").encode())
    raw = only_article(path)
    assert raw.text == STORY
    assert raw.removed[0].detail == "3 control characters: 2 x ESC (U+001B), 1 x BEL (U+0007)"


def test_a_feed_line_with_a_nul_is_read(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps({"text": STORY.replace("Monday", "Mon\x00day")}) + "\n")
    raw = only_article(path)
    assert "Monday" in raw.text and raw.removed[0].text == "\x00"


def test_an_html_page_with_a_nul_is_read(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    body = "<p>The harbour ferry ran again on Monday after repairs to its engine.</p>" * 3
    path.write_bytes(
        f"<html><head><title>Ferry</title></head><body><article>{body}\x00</article>"
        "</body></html>".encode()
    )
    raw = only_article(path)
    assert "ferry ran again" in raw.text and raw.removed[0].text == "\x00"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"IHDR plain letters after the magic " * 20, "PNG image"),
        (b"%PDF-1.7\n" + b"some readable words " * 20, "PDF document"),
        (b"PK\x03\x04" + b"word/document.xml " * 20, "ZIP archive"),
    ],
)
def test_known_binary_formats_are_refused_by_their_magic(
    tmp_path: Path, data: bytes, kind: str
) -> None:
    path = tmp_path / "file.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=f"looks binary \\(a {kind}"):
        only_article(path)


def test_mostly_control_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b"ab\x00\x01\x02\x03" * 200)
    with pytest.raises(InputError, match="looks binary"):
        only_article(path)


def test_only_control_characters_and_spaces_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" " * 200 + b"\x00" + b"\n" * 10)
    with pytest.raises(EmptyInputError, match=r"blank\.txt"):
        only_article(path)


def test_strip_controls_keeps_whitespace() -> None:
    assert strip_controls("a\tb\nc\r\n\fd") == ("a\tb\nc\r\n\fd", None, None)
