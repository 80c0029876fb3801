"""The ingest job: idempotent, crash-safe, readable while it writes, bad inputs named."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from newsfacts.jobs.ingest import ingest
from newsfacts.store import Corpus
from tests.conftest import FIXTURES
from tests.store.sheets import write_articles
from tests.store.test_plan import table_rows

pytestmark = pytest.mark.model
SCRAPED = sorted(str(path) for path in (FIXTURES / "scraped").glob("*.txt"))
WAIT_SECONDS = 120  # generous: a slow machine still finishes; no assertion on time


def count(db) -> int:
    """Articles committed so far (0 while the ingest has not yet made its tables)."""
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        made = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles'")
        if not made.fetchone()[0]:
            return 0
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def test_ingest_twice_gives_the_same_counts(nlp, tmp_path) -> None:
    db = tmp_path / "c.db"
    first = ingest(SCRAPED, db=db)
    with Corpus(db) as corpus:
        counts = corpus.counts()
    second = ingest(SCRAPED, db=db)
    with Corpus(db) as corpus:
        assert corpus.counts() == counts
    assert first.counts.added == len(SCRAPED) == counts["articles"]
    assert second.counts.added == 0 and second.skipped == len(SCRAPED)
    assert not first.failed and not second.failed


def test_ingest_names_bad_inputs_and_stores_the_rest(nlp, tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    errors: list[str] = []
    report = ingest(
        [SCRAPED[0], str(tmp_path / "missing.txt"), str(empty), SCRAPED[1]],
        db=tmp_path / "c.db",
        on_error=errors.append,
    )
    assert report.failed_inputs == [str(tmp_path / "missing.txt"), str(empty)]
    assert any("missing.txt" in error for error in errors)
    assert report.counts.added == 2 and count(tmp_path / "c.db") == 2


@pytest.mark.slow
def test_ingest_with_two_workers_stores_the_same_articles(nlp, tmp_path) -> None:
    paths = write_articles(tmp_path / "in", 12)
    ingest(paths, db=tmp_path / "one.db", batch_size=4)
    report = ingest(paths, db=tmp_path / "two.db", workers=2, batch_size=4)
    assert report.counts.added == 12

    def ids(db) -> list[str]:
        conn = sqlite3.connect(db)
        return [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY rowid")]

    assert ids(tmp_path / "one.db") == ids(tmp_path / "two.db")
    # row for row (the workers use one numerical thread each: jobs/threads.py), but for
    # `meta`'s count of transactions: two workers' batches shrink towards the end
    one, two = table_rows(tmp_path / "one.db"), table_rows(tmp_path / "two.db")
    del one["meta"], two["meta"]
    assert one == two


@pytest.fixture
def ingest_process():
    """Start `newsfacts ingest` in a subprocess (batches of 2); killed if a test fails."""
    started: list[subprocess.Popen] = []

    def start(paths: list[str], db) -> subprocess.Popen:
        command = [sys.executable, "-m", "newsfacts", "ingest", *paths, "--db", str(db)]
        command += ["--batch", "2", "--no-stories"]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()
        if process.stderr:
            process.stderr.close()


@pytest.mark.slow
def test_ingest_killed_midway_keeps_what_it_committed_and_a_rerun_finishes(
    tmp_path, ingest_process
) -> None:
    paths = write_articles(tmp_path / "in", 60)
    db = tmp_path / "c.db"
    process = ingest_process(paths, db)
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        if count(db) >= 4:
            break
        time.sleep(0.05)
    if process.poll() is not None:
        pytest.skip("the ingest finished before it could be killed")
    process.send_signal(signal.SIGKILL)
    process.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    committed = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    assert 4 <= committed < 60
    report = ingest(paths, db=db)
    assert report.skipped == committed and report.counts.added == 60 - committed
    assert count(db) == 60


@pytest.mark.slow
def test_ingest_a_reader_queries_while_an_ingest_writes(tmp_path, ingest_process) -> None:
    paths = write_articles(tmp_path / "in", 40)
    db = tmp_path / "c.db"
    process = ingest_process(paths, db)
    seen: list[int] = []
    deadline = time.monotonic() + WAIT_SECONDS
    while process.poll() is None and time.monotonic() < deadline:
        if count(db):
            with Corpus(db, create=False) as corpus:
                seen.append(corpus.counts()["articles"])
                corpus.search("harbour")
                corpus.quotes(speaker="Ferrante")
        time.sleep(0.02)
    assert process.wait(WAIT_SECONDS) == 0, process.stderr.read().decode() if process.stderr else ""
    assert seen == sorted(seen) and seen and seen[0] < 40
    assert count(db) == 40


@pytest.mark.parametrize("workers", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_ingest_a_missing_model_is_a_model_error_not_a_hang(tmp_path, workers: int) -> None:
    from newsfacts.errors import ModelError

    with pytest.raises(ModelError, match="no_such_model"):
        ingest(SCRAPED[:2], db=tmp_path / "c.db", workers=workers, model="no_such_model")
