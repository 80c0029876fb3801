"""The ingest workers plan each sheet's rows (rows.plan); the writer only resolves and writes.

The plan travels pickled from a worker to the writer, and a corpus stored from planned sheets
holds exactly the rows of one stored from the bare sheets.
"""

from __future__ import annotations

import pickle
import sqlite3

import pytest

from newsfacts.store import Corpus, duplicates, names, rows, statements
from newsfacts.store.corpus import prepare
from tests.store.sheets import EVERY, build


def table_rows(path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without the time of ingest."""
    conn = sqlite3.connect(path)
    tables = [
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not name.startswith("articles_fts")
    ]
    found = {}
    for table in tables:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        kept = ", ".join(f'"{column}"' for column in columns if column != "ingested")
        found[table] = sorted(conn.execute(f"SELECT {kept} FROM {table}"), key=repr)
    conn.close()
    return found


def test_plan_stores_the_rows_the_bare_sheets_do(tmp_path) -> None:
    sheets = [build(article) for article in EVERY]
    planned = [pickle.loads(pickle.dumps(prepare(sheet))) for sheet in sheets]
    with Corpus(tmp_path / "bare.db") as corpus:
        corpus.add(sheets)
    with Corpus(tmp_path / "planned.db") as corpus:
        corpus.add(planned)
    assert table_rows(tmp_path / "planned.db") == table_rows(tmp_path / "bare.db")


def test_plan_leaves_the_writer_nothing_about_one_sheet(tmp_path, monkeypatch) -> None:
    planned = [prepare(build(article)) for article in EVERY]

    def refuse(*args: object, **kwargs: object) -> None:
        pytest.fail("the writer redid what the worker planned")

    for module, name in (
        (rows, "lower_words"),
        (rows, "corpus_view"),
        (rows, "dated_statements"),
        (rows, "speaker_entity"),
        (duplicates, "band_keys"),
        (duplicates, "signature"),
        (names, "lower_words"),
        (statements, "dated_statements"),
    ):
        monkeypatch.setattr(module, name, refuse)
    with Corpus(tmp_path / "c.db") as corpus:
        counts = corpus.add(planned)
    assert counts.added == len(EVERY) and not counts.failed
