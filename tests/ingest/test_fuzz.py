"""Fuzzing every reader and the cleaner: whatever the bytes, only the project's errors escape.

Each test runs a few dozen examples in the normal suite; `make fuzz` runs the same tests with
NEWSFACTS_FUZZ_EXAMPLES set high (docs/inputs.md).
"""

from __future__ import annotations

import gzip
import io
import json
import os

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.article import RawArticle
from newsfacts.clean import clean_article
from newsfacts.errors import NewsfactsError
from newsfacts.ingest import read_input
from newsfacts.ingest.html import read_html
from newsfacts.ingest.jsonl import read_jsonl
from newsfacts.ingest.limits import Limits
from newsfacts.ingest.records import RecordError, RecordSkipped
from newsfacts.ingest.url import read_url
from newsfacts.ingest.warc import read_warc
from tests.ingest.warcs import Record, article_record, build_warc, page
from tests.strategies import articles, html_fragments, html_pages, jsonl_lines, mutated

EXAMPLES = int(os.environ.get("NEWSFACTS_FUZZ_EXAMPLES", "40"))
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Small limits make the size and ratio checks reachable with small examples.
LIMITS = Limits(article_bytes=200_000, input_bytes=2_000_000)
WARC_GZ, _ = build_warc(
    [
        article_record(1),
        Record("https://tide.example.org/a.png", b"\x89PNG" * 20, "image/png"),
        article_record(2),
    ]
)
WARC_PLAIN, _ = build_warc([article_record(1), article_record(2)], gzip=False)


def drain(items) -> list:
    """Every item, each of a documented type; the cleaner must accept every article."""
    found = []
    try:
        for item in items:
            assert isinstance(item, RawArticle | RecordError | RecordSkipped), item
            if isinstance(item, RawArticle):
                clean_article(item)
            found.append(item)
    except NewsfactsError:
        pass
    return found


@fuzz
@given(st.binary(max_size=3_000), st.sampled_from(["-", "txt", "html", "warc", "jsonl", "gz"]))
def test_fuzz_read_input_any_bytes(data: bytes, kind: str) -> None:
    if kind == "-":
        drain(read_input("-", stdin=io.BytesIO(data), limits=LIMITS))
        return
    from tempfile import TemporaryDirectory

    with TemporaryDirectory() as folder:
        path = os.path.join(folder, f"input.{kind}")
        with open(path, "wb") as handle:
            handle.write(data)
        drain(read_input(path, limits=LIMITS))


@fuzz
@given(st.sampled_from([WARC_GZ, WARC_PLAIN]).flatmap(mutated))
def test_fuzz_read_warc_damaged(data: bytes) -> None:
    found = drain(read_warc(io.BytesIO(data), name="crawl.warc", limits=LIMITS))
    assert sum(isinstance(item, RawArticle) for item in found) <= 2


@fuzz
@given(st.sampled_from([WARC_GZ, WARC_PLAIN]).flatmap(mutated))
def test_fuzz_read_warc_damaged_on_a_stream(data: bytes) -> None:
    from newsfacts.ingest.streams import peek

    _, stream = peek(io.BytesIO(data))
    drain(read_warc(stream, name="stdin", limits=LIMITS))


@fuzz
@given(html_pages())
def test_fuzz_read_warc_of_random_pages(html: str) -> None:
    data, _ = build_warc([Record("https://x.test/a", html.encode("utf-8", "surrogatepass"))])
    drain(read_warc(io.BytesIO(data), name="crawl.warc.gz", limits=LIMITS))


@fuzz
@given(st.lists(jsonl_lines(), max_size=6), st.booleans())
def test_fuzz_read_jsonl(lines: list[bytes], zipped: bool) -> None:
    data = b"\n".join(lines)
    if zipped:
        drain(read_input("-", stdin=io.BytesIO(gzip.compress(data)), limits=LIMITS))
    else:
        found = drain(read_jsonl(io.BytesIO(data), name="feed.jsonl", limits=LIMITS))
        assert len(found) <= len(lines)


@fuzz
@given(html_fragments() | html_pages())
def test_fuzz_read_html_fragments(html: str) -> None:
    try:
        raw = read_html(html, name="fuzz.html")
    except NewsfactsError:
        return
    assert raw.text.strip()
    article = clean_article(raw)
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end].strip()


@fuzz
@given(st.text(max_size=2_000) | articles(), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_fuzz_read_input_unicode_text(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    drain(read_input("-", stdin=io.BytesIO(data), limits=LIMITS))


@fuzz
@given(
    st.binary(max_size=2_000) | html_pages().map(lambda html: html.encode("utf-8", "replace")),
    st.sampled_from([None, "text/html", "text/plain; charset=bogus", "image/png", "text/html;;"]),
    st.sampled_from([200, 204, 301, 404, 500]),
)
def test_fuzz_read_url_any_answer(body: bytes, content_type: str | None, status: int) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": content_type} if content_type else {}
        if status == 301:
            headers["Location"] = "/elsewhere"
        return httpx.Response(status, content=body, headers=headers)

    try:
        raw = read_url("https://fuzz.test/a", limits=LIMITS, transport=httpx.MockTransport(answer))
    except NewsfactsError:
        return
    clean_article(raw)


def test_fuzz_corpus_pages_are_valid_fixtures() -> None:
    """The fixtures the fuzzers start from are readable, so damage is what fails."""
    assert len(drain(read_warc(io.BytesIO(WARC_GZ), name="a", limits=LIMITS))) == 3
    assert read_html(page("A headline for the fuzz page", "Words " * 40), name="p").text
    assert json.loads(json.dumps({"text": "x"}))
