"""No article lost on ingest (issue #14): colliding articles are each a row, counts add up.

Every test ingests real inputs (invented text) through the whole pipeline and counts rows.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsfacts.jobs.ingest import IngestReport, ingest
from newsfacts.store import Corpus
from tests.ingest.warcs import PARAGRAPHS, Record, build_warc, page
from tests.store.sheets import long_text

pytestmark = pytest.mark.model


def rows(db: Path, columns: str = "id, headline, source_url, outlet, duplicate_of") -> list:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT {columns} FROM articles ORDER BY rowid").fetchall()
    finally:
        conn.close()


def adds_up(report: IngestReport) -> bool:
    """The summary's counts: each record read is in exactly one of them."""
    parts = (
        report.new,
        report.near_duplicates,
        report.counts.updated,
        report.unchanged,
        report.not_articles,
        report.failures,
    )
    return sum(parts) == report.read


def feed(path: Path, *lines: dict | str) -> str:
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)
    )
    return str(path)


def test_same_body_from_two_outlets_is_two_rows_linked_as_copies(nlp, tmp_path) -> None:
    body = long_text(1)
    path = feed(
        tmp_path / "wire.jsonl",
        {"text": body, "headline": "Harbour slip to close", "url": "https://north.example/a"},
        {"text": body, "headline": "Council shuts ferry slip", "url": "https://south.example/b"},
    )
    db = tmp_path / "c.db"
    report = ingest([path], db=db)
    stored = rows(db)
    assert len(stored) == 2
    assert [(r[1], r[2], r[3]) for r in stored] == [
        ("Harbour slip to close", "https://north.example/a", "north.example"),
        ("Council shuts ferry slip", "https://south.example/b", "south.example"),
    ]
    assert stored[1][4] is not None and stored[0][4] is None  # the copy points at the first
    assert (report.new, report.near_duplicates, report.read) == (1, 1, 2)
    assert adds_up(report)


def test_same_body_other_headline_no_url_is_two_rows(nlp, tmp_path) -> None:
    body = long_text(2)
    path = feed(
        tmp_path / "f.jsonl",
        {"text": body, "headline": "First outlet's headline"},
        {"text": body, "headline": "Second outlet's headline"},
    )
    db = tmp_path / "c.db"
    report = ingest([path], db=db)
    assert len(rows(db)) == 2
    assert (report.new, report.near_duplicates) == (1, 1) and adds_up(report)


def test_headline_only_articles_are_each_a_row(nlp, tmp_path) -> None:
    paths = []
    for number, headline in enumerate(("Ferry fares to rise", "Pier closed", "Storm due")):
        path = tmp_path / f"only-{number}.txt"
        path.write_text(headline + "\n")
        paths.append(str(path))
    db = tmp_path / "c.db"
    report = ingest(paths, db=db)
    assert sorted(r[1] for r in rows(db)) == ["Ferry fares to rise", "Pier closed", "Storm due"]
    assert report.new == 3 and adds_up(report)


def test_same_feed_twice_stores_each_line_once(nlp, tmp_path) -> None:
    path = feed(
        tmp_path / "f.jsonl",
        {"id": "a1", "text": long_text(3), "headline": "One"},
        {"id": "a2", "text": long_text(4), "headline": "Two"},
        {"text": "Pier closed\n\nThe pier is closed for repairs until spring."},
    )
    db = tmp_path / "c.db"
    first = ingest([path], db=db)
    again = ingest([path], db=db)
    assert len(rows(db)) == 3
    assert (first.new, again.new, again.unchanged, again.counts.updated) == (3, 0, 3, 0)
    assert adds_up(first) and adds_up(again)


def test_one_line_repeated_in_a_feed_is_kept_twice_as_copies(nlp, tmp_path) -> None:
    line = {"text": long_text(5), "headline": "Wire story"}
    db = tmp_path / "c.db"
    report = ingest([feed(tmp_path / "f.jsonl", line, line)], db=db)
    assert len(rows(db)) == 2
    assert (report.new, report.near_duplicates) == (1, 1) and adds_up(report)


def test_a_feed_repeating_a_url_loses_neither_article(nlp, tmp_path) -> None:
    url = "https://north.example/live"
    path = feed(
        tmp_path / "f.jsonl",
        {"url": url, "text": long_text(6), "headline": "Morning"},
        {"url": url, "text": long_text(7), "headline": "Evening"},
    )
    db = tmp_path / "c.db"
    report = ingest([path], db=db)
    assert [r[1] for r in rows(db)] == ["Morning", "Evening"]
    assert report.new == 2 and adds_up(report)
    again = ingest([path], db=db)
    assert len(rows(db)) == 2 and again.unchanged == 2


def test_an_article_changed_at_its_origin_is_updated_in_place(nlp, tmp_path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Pier to close\n\nThe pier will close on Monday for repairs.\n")
    db = tmp_path / "c.db"
    ingest([str(path)], db=db)
    before = rows(db, "rowid, id")
    path.write_text("Pier to close\n\nThe pier will close on Tuesday for repairs.\n")
    report = ingest([str(path)], db=db)
    after = rows(db, "rowid, id")
    assert len(after) == 1 and after[0][0] == before[0][0] and after[0][1] != before[0][1]
    assert (report.new, report.counts.updated) == (0, 1) and adds_up(report)
    with Corpus(db) as corpus:
        assert corpus.search("Tuesday") and not corpus.search("Monday")


def test_same_warc_twice_and_syndicated_records(nlp, tmp_path) -> None:
    records = [
        Record("https://north.example/ferry", page("Ferry kept running", *PARAGRAPHS)),
        Record("https://south.example/ferry", page("Winter ferry saved", *PARAGRAPHS)),
        Record("https://south.example/logo.png", b"\x89PNG", content_type="image/png"),
    ]
    data, offsets = build_warc(records)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    db = tmp_path / "c.db"
    first = ingest([str(path)], db=db)
    again = ingest([str(path)], db=db)
    assert [r[2] for r in rows(db)] == [records[0].uri, records[1].uri]
    assert (first.new, first.near_duplicates, first.not_articles) == (1, 1, 1)
    assert (again.new, again.unchanged) == (0, 2)
    assert adds_up(first) and adds_up(again)
    with Corpus(db) as corpus:
        sheets = [corpus.get(r[0]) for r in rows(db)]
    assert [s.source.offset for s in sheets if s] == offsets[:2]


def test_feed_line_number_and_id_are_on_the_sheet(nlp, tmp_path) -> None:
    path = feed(
        tmp_path / "f.jsonl",
        "not json",
        {"id": 17, "text": long_text(8), "headline": "Line two"},
    )
    db = tmp_path / "c.db"
    report = ingest([path], db=db)
    assert (report.new, report.failures, report.read) == (1, 1, 2) and adds_up(report)
    with Corpus(db) as corpus:
        sheet = corpus.get(rows(db)[0][0])
    assert sheet is not None
    assert (sheet.source.line, sheet.source.record_id) == (2, "17")


def test_counts_add_up_with_missing_inputs(nlp, tmp_path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Pier to close\n\nThe pier will close on Monday.\n")
    report = ingest([str(story), str(tmp_path / "missing.txt")], db=tmp_path / "c.db")
    assert (report.read, report.new, report.failures) == (2, 1, 1) and adds_up(report)
