"""read_input: kinds from names and bytes, limits before reading, one line per bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsfacts.article import RawArticle
from newsfacts.errors import EmptyInputError, InputError, TooLargeError
from newsfacts.ingest import input_kind, read_input, read_text_file
from newsfacts.ingest.limits import MIB, Limits
from newsfacts.ingest.records import RecordError
from tests.conftest import FIXTURES
from tests.ingest.warcs import article_record, build_warc

HTML = (FIXTURES / "html" / "article.html").read_bytes()
TEXT = (FIXTURES / "scraped" / "wire.txt").read_bytes()
HEADLINE = "Harbour ferry returns after storm repairs"


def read(spec: str | Path, **options) -> list:
    return list(read_input(str(spec), limits=options.pop("limits", Limits()), **options))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("story.txt", ("text", False)),
        ("page.HTML", ("html", False)),
        ("page.htm", ("html", False)),
        ("crawl.warc.gz", ("warc", True)),
        ("crawl.warc", ("warc", False)),
        ("feed.jsonl.gz", ("jsonl", True)),
        ("feed.ndjson", ("jsonl", False)),
        ("story.txt.gz", ("text", True)),
        ("download.gz", (None, True)),
        ("article", (None, False)),
        ("index.php", (None, False)),
    ],
)
def test_input_kind(name: str, expected: tuple[str | None, bool]) -> None:
    assert input_kind(name) == expected


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("page.html", HTML, "html"),
        ("page", HTML, "html"),  # no extension: sniffed
        ("page.php", HTML, "html"),
        ("page.html.gz", gzip.compress(HTML), "html"),
        ("download.gz", gzip.compress(HTML), "html"),
        ("story.txt", TEXT, "text"),
        ("story", TEXT, "text"),
        ("story.txt.gz", gzip.compress(TEXT), "text"),
    ],
)
def test_read_input_single_article_kinds(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    (raw,) = read(write(tmp_path, name, data))
    assert raw.source.kind == kind and raw.source.path == str(tmp_path / name)
    expected = HEADLINE if kind == "html" else None
    assert raw.headline == expected


def test_read_input_sniffs_feeds_without_extension(tmp_path: Path) -> None:
    warc, _ = build_warc([article_record(1)])
    assert [r.source.kind for r in read(write(tmp_path, "crawl", warc))] == ["warc"]
    feed = json.dumps({"text": TEXT.decode()}).encode() + b"\n"
    assert [r.source.kind for r in read(write(tmp_path, "feed.gz", gzip.compress(feed)))] == [
        "jsonl"
    ]


def test_read_input_stdin_sniffs_html_text_and_feeds() -> None:
    (html,) = read("-", stdin=io.BytesIO(HTML))
    assert html.source.kind == "stdin" and html.headline == HEADLINE
    (text,) = read("-", stdin=io.BytesIO(TEXT))
    assert text.source.kind == "stdin" and text.text.startswith("Portuguese")
    warc, _ = build_warc([article_record(1), article_record(2)])
    assert len(read("-", stdin=io.BytesIO(warc))) == 2
    (zipped,) = read("-", stdin=io.BytesIO(gzip.compress(TEXT)))
    assert zipped.text.startswith("Portuguese")


def test_read_input_stdin_feed_names_its_records_stdin_and_no_path() -> None:
    line = json.dumps({"text": "Ferry back in service.\n\nThe ferry sailed again today."})
    good, bad = read("-", stdin=io.BytesIO(f"{line}\n{{not json\n".encode()))
    assert isinstance(good, RawArticle) and good.source.path is None
    assert isinstance(bad, RecordError) and str(bad).startswith("stdin: line 2: ")


def test_read_input_without_stdin() -> None:
    with pytest.raises(InputError, match="no standard input"):
        read("-")


@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.warc.gz", "empty.jsonl", "x"])
def test_read_input_empty_file(tmp_path: Path, name: str) -> None:
    with pytest.raises(EmptyInputError, match=f"{name}: file is empty"):
        read(write(tmp_path, name, b""))


@pytest.mark.parametrize("name", ["photo.txt", "photo.html", "photo"])
def test_read_input_binary_file(tmp_path: Path, name: str) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    with pytest.raises(InputError, match=f"{name}: input looks binary"):
        read(write(tmp_path, name, data))


def test_read_input_two_gigabyte_file_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:  # sparse: takes no disk space
        handle.truncate(2 * 1024 * MIB)
    with pytest.raises(TooLargeError, match=r"dump\.txt: 2,147,483,648 bytes is too large"):
        read(path)


def test_read_input_gzip_bomb(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt.gz", gzip.compress(bytes(64 * MIB)))
    with pytest.raises(TooLargeError, match=r"story\.txt\.gz: decompresses to more than"):
        read(path)


def test_read_input_broken_gzip(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt.gz", gzip.compress(TEXT)[:-30])
    with pytest.raises(InputError, match="gzip data is truncated"):
        read(path)


def test_read_input_input_limit(tmp_path: Path) -> None:
    warc, _ = build_warc([article_record(1)])
    with pytest.raises(TooLargeError, match="NEWSFACTS_MAX_INPUT_BYTES"):
        read(write(tmp_path, "a.warc.gz", warc), limits=Limits(input_bytes=100))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "missing.txt: no such file"),
        (lambda p: p, "is a folder"),
    ],
)
def test_read_input_missing_or_folder(tmp_path: Path, make, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read(make(tmp_path))


def test_read_input_feed_records_pass_through(tmp_path: Path) -> None:
    feed = json.dumps({"text": TEXT.decode()}).encode() + b"\n{bad\n"
    found = read(write(tmp_path, "feed.jsonl", feed))
    assert [type(item) for item in found] == [RawArticle, RecordError]


def test_read_text_file_returns_the_one_article(tmp_path: Path) -> None:
    raw = read_text_file(write(tmp_path, "a.html", HTML))
    assert raw.headline == HEADLINE
