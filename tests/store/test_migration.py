"""Upgrading a corpus built by the previous release (schema 1, ids from the text alone, #14).

The old file is made the way that release made it: its one migration, and rows written with
the same row helpers, under ids that hashed the text alone.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from newsfacts.sheet import FactSheet, sheet_id
from newsfacts.store import Corpus, duplicates, rows, schema
from newsfacts.store.corpus import generator_label, outlet
from tests.store.sheets import EVERY, Article, build, long_text

COUNTED = ("articles", "entities", "mentions", "quotes", "quantities", "times", "statements")


def old_store(path: Path, sheets: list[FactSheet]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for statement in schema._statements(schema.MIGRATIONS[0].sql):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    for sheet in sheets:
        data = sheet.to_json_dict()
        del data["text"]
        data["source"] = {key: data["source"][key] for key in ("kind", "path", "url")}
        data["id"] = sheet_id(sheet.text)
        cursor = conn.execute(
            "INSERT INTO articles (id, headline, byline, published, source_kind, source_path, "
            "source_url, outlet, text, sheet, generator, ingested) "
            "VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00+00:00')",
            (
                sheet_id(sheet.text),
                sheet.headline,
                sheet.published.isoformat() if sheet.published else None,
                sheet.source.kind,
                sheet.source.path,
                sheet.source.url,
                outlet(sheet.source.url),
                sheet.text,
                json.dumps(data),
                generator_label(sheet),
            ),
        )
        article = int(cursor.lastrowid or 0)
        entity_rows = rows.insert_entities(conn, article, sheet, None)
        rows.insert_quotes(conn, article, sheet, entity_rows)
        rows.insert_facts(conn, article, sheet, entity_rows)
        rows.insert_duplicates(conn, article, duplicates.signature(sheet.text))
    conn.close()


def tally(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        conn.close()


def old_sheets() -> list[FactSheet]:
    copy = build(Article(text=long_text(9), headline="Copy", url="https://south.example/c"))
    return [*(build(article) for article in EVERY), copy]


def test_migration_keeps_every_row_and_id(tmp_path) -> None:
    path = tmp_path / "old.db"
    sheets = old_sheets()
    old_store(path, sheets)
    before = tally(path)
    with Corpus(path) as corpus:
        assert schema.user_version(corpus.conn) == schema.LATEST
        for sheet in sheets:
            found = corpus.get(sheet_id(sheet.text))
            assert found is not None and found.headline == sheet.headline
        assert corpus.search("stable")  # the full-text index was rebuilt from the rows
    assert tally(path) == before
    assert before["articles"] == len(sheets)


def test_reingest_after_upgrade_updates_old_rows_in_place(tmp_path) -> None:
    path = tmp_path / "old.db"
    sheets = old_sheets()
    old_store(path, sheets)
    before = tally(path)
    renamed = [s.model_copy(update={"id": f"sha256:{n:016x}"}) for n, s in enumerate(sheets)]
    with Corpus(path) as corpus:
        rowids = [r[0] for r in corpus.conn.execute("SELECT rowid FROM articles ORDER BY rowid")]
        counts = corpus.add(renamed)
        assert (counts.added, counts.updated) == (0, len(sheets))
        after = corpus.conn.execute("SELECT rowid, id FROM articles ORDER BY rowid").fetchall()
    assert [tuple(r) for r in after] == [
        (rowid, s.id) for rowid, s in zip(rowids, renamed, strict=True)
    ]
    assert tally(path) == before


def test_an_old_row_from_another_source_is_not_taken_over(tmp_path) -> None:
    path = tmp_path / "old.db"
    sheet = build(Article(text=long_text(10), url="https://north.example/a"))
    old_store(path, [sheet])
    other = sheet.model_copy(
        update={
            "id": "sha256:00000000000000aa",
            "source": sheet.source.model_copy(update={"url": "https://south.example/b"}),
        }
    )
    with Corpus(path) as corpus:
        counts = corpus.add([other])
    assert (counts.added, counts.updated, counts.new_copies) == (1, 0, 1)
    assert tally(path)["articles"] == 2


def test_updating_an_original_never_points_it_at_its_later_copy(tmp_path) -> None:
    path = tmp_path / "old.db"
    text = long_text(11)
    original = build(Article(text=text, headline="First", url="https://north.example/a"))
    copy = build(Article(text=text, headline="Second", url="https://south.example/b"))
    old_store(path, [original])
    with Corpus(path) as corpus:
        corpus.add([copy.model_copy(update={"id": "sha256:00000000000000b1"})])
        # the original comes back under its new id: updated in place, still the original
        counts = corpus.add([original.model_copy(update={"id": "sha256:00000000000000a1"})])
        assert counts.updated == 1
        links = corpus.conn.execute(
            "SELECT headline, duplicate_of FROM articles ORDER BY rowid"
        ).fetchall()
    assert [tuple(row) for row in links] == [("First", None), ("Second", 1)]
