"""WARC / WARC.gz: one article per HTML response; damage reported by offset, the rest read."""

from __future__ import annotations

import io
from datetime import date

import pytest

from newsfacts.article import RawArticle
from newsfacts.errors import EmptyInputError, InputError
from newsfacts.ingest.limits import MIB, Limits
from newsfacts.ingest.records import RecordError, RecordSkipped
from newsfacts.ingest.streams import peek
from newsfacts.ingest.warc import read_warc
from tests.ingest.warcs import PARAGRAPHS, Record, article_record, build_warc, page


def items(data: bytes, **options) -> list:
    return list(read_warc(io.BytesIO(data), name="crawl.warc.gz", **options))


def kinds(found: list) -> list[str]:
    return [type(item).__name__ for item in found]


@pytest.mark.parametrize("gzip", [True, False])
def test_read_warc_yields_one_article_per_html_response(gzip: bool) -> None:
    data, _ = build_warc([article_record(1), article_record(2)], gzip=gzip)
    found = items(data, path="crawl.warc.gz")
    assert kinds(found) == ["RawArticle", "RawArticle"]
    first = found[0]
    assert first.source.kind == "warc" and first.source.path == "crawl.warc.gz"
    assert first.source.url == "https://tide.example.org/news/1"
    assert first.headline == "Harbour story number 1 for the test crawl"
    assert "\n\nThe service will cost about 40,000 pounds" in first.text


def test_read_warc_uses_page_date_else_crawl_date_with_a_warning() -> None:
    data, _ = build_warc([article_record(1, date="2024-05-18T08:00:00Z"), article_record(2)])
    dated, undated = items(data)
    assert (dated.published, dated.published_from, dated.warnings) == (
        date(2024, 5, 18),
        "metadata",
        (),
    )
    assert undated.published == date(2024, 5, 20) and undated.published_from == "input"
    assert "crawl date 2024-05-20 (WARC-Date)" in undated.warnings[0]


def test_read_warc_given_date_wins() -> None:
    data, _ = build_warc([article_record(1, date="2024-05-18T08:00:00Z")])
    (raw,) = items(data, published=date(2024, 5, 1))
    assert raw.published == date(2024, 5, 1) and raw.published_from == "input"


def test_read_warc_skips_what_is_no_article_with_reasons() -> None:
    records = [
        Record("https://tide.example.org/logo.png", b"\x89PNG" * 50, "image/png"),
        Record("https://tide.example.org/old", page("Moved", "gone"), status="404 Not Found"),
        Record("https://tide.example.org/r", b"", None, status="301 Moved Permanently"),
        Record("https://tide.example.org/app", b"<html><body><div id='root'></div></body></html>"),
        Record("https://tide.example.org/", b"", "application/warc-fields", record_type="warcinfo"),
        Record(
            "https://tide.example.org/feed",
            page("Resource", *PARAGRAPHS),
            "text/html",
            record_type="resource",
        ),
    ]
    data, offsets = build_warc(records)
    found = items(data)
    assert kinds(found) == ["RecordSkipped"] * 4 + ["RawArticle"]
    reasons = [item.reason for item in found[:4]]
    assert reasons == [
        "not HTML (image/png)",
        "HTTP status 404",
        "HTTP status 301",
        "no article text in https://tide.example.org/app",
    ]
    assert found[0].where == f"record at offset {offsets[0]}"
    assert found[1].where == f"record at offset {offsets[1]}"


@pytest.mark.parametrize("gzip", [True, False])
def test_read_warc_truncated_last_record_is_reported_the_others_kept(gzip: bool) -> None:
    data, offsets = build_warc([article_record(n) for n in range(3)], gzip=gzip)
    cut = data[: offsets[2] + (offsets[3] - offsets[2]) // 2]
    found = items(cut)
    assert kinds(found) == ["RawArticle", "RawArticle", "RecordError"]
    error = found[2]
    assert error.where == f"record at offset {offsets[2]}"
    assert "truncated" in error.reason
    assert str(error).startswith(f"crawl.warc.gz: record at offset {offsets[2]}: record is trunc")


@pytest.mark.parametrize("gzip", [True, False])
def test_read_warc_damaged_middle_record_is_reported_and_reading_resumes(gzip: bool) -> None:
    data, offsets = build_warc([article_record(n) for n in range(4)], gzip=gzip)
    middle = offsets[1] + (offsets[2] - offsets[1]) // 2
    damaged = data[:middle] + b"\x00garbage!" * 8 + data[middle + 60 :]
    found = items(damaged)
    assert kinds(found) == ["RawArticle", "RecordError", "RawArticle", "RawArticle"]
    assert found[1].where == f"record at offset {offsets[1]}"
    assert [raw.source.url for raw in found if isinstance(raw, RawArticle)] == [
        "https://tide.example.org/news/0",
        "https://tide.example.org/news/2",
        "https://tide.example.org/news/3",
    ]


def test_read_warc_record_cut_short_inside_is_reported_once() -> None:
    data, offsets = build_warc([article_record(n) for n in range(3)], gzip=False)
    middle = offsets[1] + (offsets[2] - offsets[1]) // 2
    found = items(data[:middle] + data[middle + 100 :])  # its Content-Length now overruns
    assert kinds(found) == ["RawArticle", "RecordError", "RawArticle"]
    assert "corrupted" in found[1].reason


def test_read_warc_damage_on_a_stream_ends_the_input_with_a_hint() -> None:
    data, offsets = build_warc([article_record(n) for n in range(3)])
    middle = offsets[1] + (offsets[2] - offsets[1]) // 2
    _, stream = peek(io.BytesIO(data[:middle] + b"\x00" * 40 + data[middle + 40 :]))
    found = list(read_warc(stream, name="stdin"))
    assert kinds(found) == ["RawArticle", "RecordError"]
    assert "pass the file by name" in found[1].reason


def test_read_warc_decompression_bomb_stops_the_input() -> None:
    bomb = Record("https://tide.example.org/huge.bin", bytes(16 * MIB), "application/octet-stream")
    data, _ = build_warc([article_record(1), bomb, article_record(2)])
    assert len(data) < 200_000
    found = items(data)
    assert kinds(found) == ["RawArticle", "RecordError"]
    assert "decompression bomb" in found[1].reason and "stopped reading" in found[1].reason


def test_read_warc_input_size_limit_stops_the_input() -> None:
    data, _ = build_warc([article_record(n) for n in range(3)])
    found = items(data, limits=Limits(input_bytes=1_000))
    assert isinstance(found[-1], RecordError)
    assert "NEWSFACTS_MAX_INPUT_BYTES" in found[-1].reason


def test_read_warc_oversized_body_fails_that_record_only() -> None:
    big = Record("https://tide.example.org/big", page("Big", "word " * 5_000))
    data, _ = build_warc([big, article_record(2)])
    found = items(data, limits=Limits(article_bytes=10_000))
    assert kinds(found) == ["RecordError", "RawArticle"]
    assert "larger than 10,000 bytes" in found[0].reason


def test_read_warc_empty_file() -> None:
    with pytest.raises(EmptyInputError, match=r"crawl\.warc\.gz: WARC file is empty"):
        items(b"")


@pytest.mark.parametrize("data", [b"just some text, not a crawl\n", b"\x89PNG\r\n\x1a\n" * 30])
def test_read_warc_refuses_what_is_no_warc(data: bytes) -> None:
    with pytest.raises(InputError, match="not a WARC file"):
        items(data)


def test_read_warc_records_are_items_of_the_documented_types() -> None:
    data, _ = build_warc([article_record(1), Record("https://x.test/a.css", b"p{}", "text/css")])
    for item in items(data):
        assert isinstance(item, RawArticle | RecordError | RecordSkipped)


def test_read_warc_record_with_a_url_too_broken_to_split_is_still_read() -> None:
    # An unclosed IPv6 bracket makes urllib raise; the page is an article all the same.
    broken = "https://[tide.example.org/news/1"
    good = article_record(2)
    record = Record(broken, article_record(1).payload)
    data, _ = build_warc([record, good])
    found = items(data)
    assert kinds(found) == ["RawArticle", "RawArticle"]
    assert found[0].source.url == broken
    assert found[0].headline == "Harbour story number 1 for the test crawl"
