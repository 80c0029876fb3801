"""JSONL / JSONL.gz: one article per line; a bad line reported by number, the others read."""

from __future__ import annotations

import gzip
import io
import json
import random
import re
from datetime import date

import pytest

from newsfacts.article import RawArticle
from newsfacts.errors import EmptyInputError
from newsfacts.ingest.limits import MIB, Limits
from newsfacts.ingest.records import RecordError
from newsfacts.ingest.streams import gunzip
from tests.conftest import FIXTURES

FEED = FIXTURES / "jsonl" / "feed.jsonl"
ARTICLE = "Ferry fares frozen\n\nThe harbour office froze ferry fares for a year on Monday."


def read(data: bytes, **options) -> list:
    from newsfacts.ingest.jsonl import read_jsonl

    return list(read_jsonl(io.BytesIO(data), name="feed.jsonl", path="feed.jsonl", **options))


def line(**fields) -> bytes:
    return json.dumps(fields).encode() + b"\n"


@pytest.fixture(scope="module")
def feed() -> list:
    return read(FEED.read_bytes())


def test_read_jsonl_reads_the_good_lines(feed) -> None:
    articles = [item for item in feed if isinstance(item, RawArticle)]
    assert [a.headline for a in articles] == [
        None,  # scraped text: the clean stage takes the first line as the headline
        "Library opens on Sundays",
        "Harbour wall repaired before storms",
    ]
    text, page, wall = articles
    assert text.source.kind == "jsonl" and text.source.path == "feed.jsonl"
    assert text.published == date(2024, 5, 13) and text.published_from == "input"
    assert page.published == date(2024, 4, 7) and page.published_from == "metadata"
    assert page.source.url == "https://tide.example.org/library"
    assert wall.source.url == "https://tide.example.org/wall"


def test_read_jsonl_names_each_bad_line_by_number(feed) -> None:
    errors = [str(item) for item in feed if isinstance(item, RecordError)]
    assert errors == [
        "feed.jsonl: line 3: not valid JSON (Invalid control character at: line 1 column 54 "
        "(char 53))",
        "feed.jsonl: line 5: a JSON array, expected an object",
        "feed.jsonl: line 6 (id a5): no 'text' or 'html' (fields found: content, id, title); "
        "each line needs the article as one",
        "feed.jsonl: line 7 (id a6): published: 'last Tuesday' is not a date; expected "
        "YYYY-MM-DD or an ISO date-time",
    ]


def test_read_jsonl_items_keep_line_order(feed) -> None:
    order = [item.where if isinstance(item, RecordError) else "article" for item in feed]
    assert order == [
        "article",
        "article",
        "line 3",
        "line 5",
        "line 6 (id a5)",
        "line 7 (id a6)",
        "article",
    ]


def test_read_jsonl_given_date_wins_over_the_line() -> None:
    (raw,) = read(line(text=ARTICLE, published="2024-05-13"), published=date(2024, 6, 1))
    assert raw.published == date(2024, 6, 1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-05-13", date(2024, 5, 13)), ("2024-05-13T22:10:00+02:00", date(2024, 5, 13))],
)
def test_read_jsonl_published_dates_and_datetimes(value: str, expected: date) -> None:
    (raw,) = read(line(text=ARTICLE, published=value))
    assert raw.published == expected


def test_read_jsonl_takes_title_as_the_headline_when_no_headline_is_given() -> None:
    (raw,) = read(line(text=ARTICLE, title="Quarry road reopens after landslip"))
    assert raw.headline == "Quarry road reopens after landslip"
    (both,) = read(line(text=ARTICLE, headline="Road reopens", title="Road reopens | Site"))
    assert both.headline == "Road reopens"


def test_read_jsonl_text_wins_over_html() -> None:
    (raw,) = read(line(text=ARTICLE, html="<p>Other words entirely, from the page.</p>"))
    assert raw.text == ARTICLE


def test_read_jsonl_repairs_mojibake_in_text() -> None:
    (raw,) = read(line(text="CafÃ© owners protest\n\nThe cafÃ© owners met on Monday."))
    assert raw.text.startswith("Café owners") and "mojibake" in raw.warnings[0]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (line(text="   "), "no 'text' or 'html'"),
        (line(text=12), "text: Input should be a valid string"),
        (line(text="\x00\x01\x02" * 50), "binary"),
        (line(html="<html><body><div id='app'></div></body></html>"), "no article text"),
        (b"[" * 100_000 + b"\n", "not valid JSON|nested too deeply"),
        (b"\xff\xfe\x00garbage\n", "not valid JSON"),
        (b"null\n", "a JSON null, expected an object"),
    ],
)
def test_read_jsonl_bad_lines(data: bytes, reason: str) -> None:
    (item,) = read(data + line(text=ARTICLE))[:1]
    assert isinstance(item, RecordError)
    assert item.where == "line 1"
    assert re.search(reason, item.reason), item.reason


def test_read_jsonl_bad_line_does_not_stop_the_rest() -> None:
    found = read(line(text=ARTICLE) + b"{oops\n" + line(text=ARTICLE))
    assert [type(item).__name__ for item in found] == ["RawArticle", "RecordError", "RawArticle"]


def test_read_jsonl_overlong_line_is_skipped_with_its_number() -> None:
    data = line(text=ARTICLE) + line(text="word " * 5_000) + line(text=ARTICLE)
    found = read(data, limits=Limits(article_bytes=2_000))
    assert [type(item).__name__ for item in found] == ["RawArticle", "RecordError", "RawArticle"]
    assert found[1].where == "line 2" and "longer than 2,000 bytes" in found[1].reason


def test_read_jsonl_last_line_without_newline() -> None:
    (raw,) = read(line(text=ARTICLE).rstrip(b"\n"))
    assert raw.text == ARTICLE


@pytest.mark.parametrize("data", [b"", b"\n\n  \n"])
def test_read_jsonl_empty(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match="no lines"):
        read(data)


def gz_read(data: bytes, **options) -> list:
    from newsfacts.ingest.jsonl import read_jsonl

    limits = Limits()
    stream = gunzip(io.BytesIO(data), name="feed.jsonl.gz", cap=limits.input_bytes, limits=limits)
    return list(read_jsonl(stream, name="feed.jsonl.gz", **options))


def test_read_jsonl_gz() -> None:
    found = gz_read(gzip.compress(FEED.read_bytes()))
    assert [type(item).__name__ for item in found].count("RawArticle") == 3


def test_read_jsonl_gz_truncated_ends_with_a_record_error() -> None:
    rng = random.Random(8)
    words = ARTICLE.split()
    lines = (line(text=" ".join(rng.choices(words, k=40))) for _ in range(200))
    data = gzip.compress(b"".join(lines))
    found = gz_read(data[: len(data) // 2])
    assert all(isinstance(item, RawArticle) for item in found[:-1]) and len(found) > 1
    assert isinstance(found[-1], RecordError)
    assert "truncated" in found[-1].reason


def test_read_jsonl_gz_bomb_stops_with_a_record_error() -> None:
    bomb = gzip.compress(line(text=ARTICLE) + b" " * (64 * MIB) + b"\n")
    found = gz_read(bomb)
    assert isinstance(found[0], RawArticle)
    assert isinstance(found[-1], RecordError) and "decompression bomb" in found[-1].reason
