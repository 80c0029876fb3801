"""Ingest progress (issue #14): per article, a total when known and "?" when not, and on a
stderr that is no terminal a line every few seconds (a fake clock: no waiting in tests)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from newsfacts.cli import corpus_views
from newsfacts.cli.corpus_views import ProgressLines, progress_line, run_ingest
from newsfacts.jobs.ingest import ingest
from tests.ingest.warcs import article_record, build_warc


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_lines_only_every_interval() -> None:
    out = io.StringIO()
    clock = FakeClock()
    lines = ProgressLines(Console(file=out, width=200), interval=5.0, clock=clock)
    for done, at in ((1, 1.0), (2, 4.9), (3, 5.0), (4, 6.0), (8, 10.0)):
        clock.now = 100.0 + at
        lines(done, 10 if done < 8 else None)
    assert out.getvalue().splitlines() == [
        "ingest: 3/10 articles, 0.6 articles/s, 5 s",
        "ingest: 8/? articles, 0.8 articles/s, 10 s",
    ]


def test_progress_line_total_unknown_is_a_question_mark() -> None:
    assert progress_line(0, None, 0.0) == "ingest: 0/? articles, 0.0 articles/s, 0 s"
    assert progress_line(1200, 3000, 60.0) == "ingest: 1,200/3,000 articles, 20.0 articles/s, 60 s"


def write_feed(path: Path, count: int) -> str:
    lines = [
        {"text": f"Story {n}\n\nThe harbour council met for the {n}th time on Monday."}
        for n in range(count)
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines) + "\n")
    return str(path)


@pytest.mark.model
def test_ingest_progress_is_per_article_with_the_feed_total(nlp, tmp_path) -> None:
    calls: list[tuple[int, int | None]] = []
    feed = write_feed(tmp_path / "f.jsonl", 5)
    ingest([feed], db=tmp_path / "c.db", batch_size=32, on_progress=lambda *a: calls.append(a))
    done = [d for d, _ in calls]
    assert {1, 2, 3, 4, 5} <= set(done)  # each article, though all five are one batch
    assert done == sorted(done)
    assert {total for _, total in calls} == {5}


@pytest.mark.model
def test_ingest_progress_total_of_a_warc_is_unknown(nlp, tmp_path) -> None:
    data, _ = build_warc([article_record(1), article_record(2)])
    path = tmp_path / "c.warc.gz"
    path.write_bytes(data)
    calls: list[tuple[int, int | None]] = []
    ingest([str(path)], db=tmp_path / "c.db", on_progress=lambda *a: calls.append(a))
    assert calls and {total for _, total in calls} == {None}
    assert calls[-1][0] == 2


@pytest.mark.model
def test_run_ingest_piped_prints_progress_lines(nlp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(corpus_views, "PROGRESS_SECONDS", 0.0)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO()))
    out = io.StringIO()
    err = Console(file=out, width=300, force_terminal=False)
    run_ingest(
        [write_feed(tmp_path / "f.jsonl", 3)],
        db=tmp_path / "c.db",
        workers=1,
        model=None,
        published=date(2024, 1, 1),
        batch_size=32,
        stories=False,
        err=err,
    )
    lines = out.getvalue().splitlines()
    assert any(line.startswith("ingest: 3/3 articles") for line in lines)
    assert lines[-1].startswith("ingest: 3 read (3 new, 0 near-duplicates, 0 updated")


@pytest.mark.model
def test_run_ingest_on_a_terminal_shows_a_bar_then_the_summary(nlp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO()))
    out = io.StringIO()
    err = Console(file=out, width=300, force_terminal=True, color_system=None)
    data, _ = build_warc([article_record(1)])
    path = tmp_path / "c.warc.gz"
    path.write_bytes(data)
    report = run_ingest(
        [str(path)],
        db=tmp_path / "c.db",
        workers=1,
        model=None,
        published=None,
        batch_size=32,
        stories=False,
        err=err,
    )
    assert report.new == 1
    assert "ingest: 1 read (1 new" in out.getvalue()
