"""The extract job and command: many inputs, workers, and hostile input never breaking a run.

Each hostile case of issue #8 is run through the command: a clear message naming the input on
stderr, the summary line, and the exit status of SPEC.md (0 ok, 1 some failed, 2 usage).
"""

from __future__ import annotations

import gzip
import io
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.ingest.limits import MIB, Limits
from newsfacts.jobs.extract import ExtractSummary, run_extract
from newsfacts.nlp import MAX_LENGTH
from tests.conftest import FIXTURES
from tests.ingest.warcs import Record, article_record, build_warc

runner = CliRunner()
WIRE = str(FIXTURES / "scraped" / "wire.txt")
HTML = str(FIXTURES / "html" / "article.html")
FEED = str(FIXTURES / "jsonl" / "feed.jsonl")


def invoke(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), input=stdin, env=env)


def sheets(stdout: str) -> list[dict]:
    """The JSON documents on stdout: one pretty sheet, or one sheet per line."""
    decoder, found, at = json.JSONDecoder(), [], 0
    while at < len(stdout.rstrip()):
        sheet, at = decoder.raw_decode(stdout, at)
        found.append(sheet)
        at += len(stdout[at:]) - len(stdout[at:].lstrip())
    return found


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> tuple[Path, list[int]]:
    records = [
        article_record(1),
        Record("https://tide.example.org/logo.png", b"\x89PNG" * 40, "image/png"),
        article_record(2),
        article_record(3),
    ]
    data, offsets = build_warc(records)
    path = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    path.write_bytes(data[: offsets[3] + (offsets[4] - offsets[3]) // 2])  # last record cut
    return path, offsets


def test_summary_line() -> None:
    assert ExtractSummary(ok=1).line() == "1 article ok, 0 failed, 0 skipped"
    assert ExtractSummary(ok=3, failed=1, skipped=2).line() == "3 articles ok, 1 failed, 2 skipped"


@pytest.mark.model
def test_extract_warc_with_a_truncated_record(nlp, crawl) -> None:
    path, offsets = crawl
    result = invoke("extract", str(path))
    assert result.exit_code == 1
    found = sheets(result.stdout)  # a WARC holds many articles: one JSON sheet per line
    assert [s["source"]["url"] for s in found] == [
        "https://tide.example.org/news/1",
        "https://tide.example.org/news/2",
    ]
    assert f"crawl.warc.gz: record at offset {offsets[3]}: record is truncated" in result.stderr
    assert result.stderr.strip().endswith("extract: 2 articles ok, 1 failed, 1 skipped")
    assert "Traceback" not in result.stderr


@pytest.mark.model
def test_extract_latin1_page_without_charset(nlp) -> None:
    result = invoke("extract", str(FIXTURES / "html" / "latin1-nocharset.html"))
    assert result.exit_code == 0, result.stderr
    (sheet,) = sheets(result.stdout)
    assert "£40 a week" in sheet["text"] and sheet["source"]["kind"] == "html"
    assert any("encoding detected" in warning for warning in sheet["warnings"])
    assert "extract: 1 article ok, 0 failed, 0 skipped" in result.stderr


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bomb.txt.gz", gzip.compress(bytes(64 * MIB)), "decompression bomb"),
        ("empty.txt", b"", "empty.txt: file is empty"),
        ("blank.html", b"  \n\t\n", "blank.html: input is empty"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4, "looks binary"),
        (
            "long.txt",
            b"Headline\n\n" + b"word " * (MAX_LENGTH // 5 + 10),
            "the parser reads at most",
        ),
    ],
)
def test_extract_hostile_file_is_named_and_the_rest_go_on(
    nlp, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    result = invoke("extract", str(bad), WIRE)
    assert result.exit_code == 1
    assert len(sheets(result.stdout)) == 1
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and name in error_lines[0] and message in error_lines[0]
    assert "extract: 1 article ok, 1 failed, 0 skipped" in result.stderr
    assert "Traceback" not in result.stderr


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(2)  # longer than the timeout the test sets
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # the client gave up: expected
        pass


@pytest.fixture
def slow_url() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), SlowHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/story"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.model
def test_extract_url_that_times_out(nlp, slow_url: str) -> None:
    result = invoke("extract", slow_url, WIRE, env={"NEWSFACTS_URL_TIMEOUT": "0.3"})
    assert result.exit_code == 1
    assert f"error: {slow_url}: no answer within 0.3 s (timed out)" in result.stderr
    assert len(sheets(result.stdout)) == 1


def test_extract_bad_setting_is_a_usage_error() -> None:
    result = invoke("extract", WIRE, env={"NEWSFACTS_MAX_ARTICLE_BYTES": "lots"})
    assert result.exit_code == 2
    assert "NEWSFACTS_MAX_ARTICLE_BYTES='lots' is not a size" in result.stderr


@pytest.mark.model
def test_extract_feed_lines_named_by_number(nlp) -> None:
    result = invoke("extract", FEED)
    assert result.exit_code == 1
    assert len(sheets(result.stdout)) == 3
    assert "error: feed.jsonl: line 3: not valid JSON" in result.stderr.replace(FEED, "feed.jsonl")
    assert "extract: 3 articles ok, 4 failed, 0 skipped" in result.stderr


@pytest.mark.model
def test_extract_html_on_stdin(nlp) -> None:
    result = invoke("extract", "-", stdin=Path(HTML).read_bytes())
    assert result.exit_code == 0
    (sheet,) = sheets(result.stdout)
    assert sheet["source"]["kind"] == "stdin"
    assert sheet["headline"] == "Harbour ferry returns after storm repairs"


@pytest.mark.model
@pytest.mark.slow
def test_run_extract_workers_give_the_same_output_in_order(nlp, crawl, tmp_path: Path) -> None:
    path, _ = crawl
    specs = [str(path), FEED, WIRE, HTML]

    def run(workers: int) -> tuple[str, ExtractSummary, list[str]]:
        out = tmp_path / f"out-{workers}.jsonl"
        errors: list[str] = []
        summary = run_extract(
            specs,
            published=None,
            model=None,
            fmt="jsonl",
            output=out,
            on_error=errors.append,
            workers=workers,
            stdin=io.BytesIO(b""),
            limits=Limits(),
        )
        return out.read_text(), summary, errors

    one, summary_one, errors_one = run(1)
    two, summary_two, errors_two = run(2)
    assert one == two
    assert summary_one == summary_two
    assert (summary_one.ok, summary_one.failed, summary_one.skipped) == (7, 5, 1)
    assert errors_one == errors_two


def test_extract_unwritable_output_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("extract", WIRE, "-o", str(tmp_path))
    assert result.exit_code == 2
    assert "cannot be written" in result.stderr and "Traceback" not in result.stderr
