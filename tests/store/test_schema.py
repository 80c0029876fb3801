"""Schema: migrations recorded in PRAGMA user_version; newer and foreign files refused."""

from __future__ import annotations

import sqlite3

import pytest

from newsfacts.errors import StoreError
from newsfacts.store import Corpus, schema


def test_schema_fresh_corpus_is_at_the_latest_version(tmp_path) -> None:
    with Corpus(tmp_path / "c.db") as corpus:
        conn = corpus.conn
        assert schema.user_version(conn) == schema.LATEST
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        triggers = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        assert triggers.fetchone()[0] == 3


def test_schema_reopening_migrates_nothing(tmp_path) -> None:
    path = tmp_path / "c.db"
    Corpus(path).close()
    before = sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    with Corpus(path) as corpus:
        assert schema.migrate(corpus.conn) == schema.LATEST
    after = sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    assert before == after


def test_schema_newer_corpus_is_refused_with_a_clear_message(tmp_path) -> None:
    path = tmp_path / "c.db"
    Corpus(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this newsfacts"):
        Corpus(path)


def test_schema_foreign_database_is_left_alone(tmp_path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE accounts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not made by newsfacts"):
        Corpus(path)
    tables = sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("accounts",)]


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b"\x00\xff" * 4096])
def test_schema_a_file_that_is_no_database_is_a_store_error(tmp_path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=r"notes\.db"):
        Corpus(path)


def test_schema_missing_corpus_says_how_to_make_one(tmp_path) -> None:
    with pytest.raises(StoreError, match="newsfacts ingest"):
        Corpus(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def test_schema_a_folder_is_not_a_corpus(tmp_path) -> None:
    with pytest.raises(StoreError, match="folder"):
        Corpus(tmp_path)


def test_schema_migration_splits_trigger_bodies_whole() -> None:
    statements = schema._statements(
        "CREATE TABLE t (a);\n-- a comment; with a semicolon\n"
        "CREATE TRIGGER x AFTER INSERT ON t BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
    )
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")


def test_schema_fts_triggers_made_again_by_version_2_are_version_1s() -> None:
    """Version 2 remakes the FTS table and must remake the very triggers version 1 made."""

    def triggers(sql: str) -> list[str]:
        return [s for s in schema._statements(sql) if s.startswith("CREATE TRIGGER")]

    first, second = (triggers(m.sql) for m in schema.MIGRATIONS[:2])
    assert len(first) == 3 and second == first


def test_schema_fts_follows_updates_and_deletes(tmp_path) -> None:
    conn = schema.connect(tmp_path / "c.db")
    row = (
        "INSERT INTO articles (id, headline, source_kind, text, sheet, generator, ingested) "
        "VALUES ('a', 'Ferry', 'text', 'The ferry sailed.', '{}', 'g', 'now')"
    )
    conn.execute(row)
    match = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"
    assert conn.execute(match, ("sailed",)).fetchone()[0] == 1
    conn.execute("UPDATE articles SET text = 'The tug waited.' WHERE id = 'a'")
    assert conn.execute(match, ("sailed",)).fetchone()[0] == 0
    assert conn.execute(match, ("waited",)).fetchone()[0] == 1
    conn.execute("DELETE FROM articles WHERE id = 'a'")
    assert conn.execute(match, ("waited",)).fetchone()[0] == 0
    conn.close()
