"""Corpus.add: idempotent by sheet id, refreshed by a newer pipeline, all-or-nothing batches."""

from __future__ import annotations

import dataclasses

import pytest

from newsfacts.store import Corpus, rows
from newsfacts.store.corpus import outlet
from newsfacts.store.rows import speaker_entity
from tests.store.sheets import (
    EVERY,
    FERRANTE,
    MARY_FERRANTE,
    UNLINKED,
    Article,
    E,
    Q,
    build,
    long_text,
)


def test_corpus_add_twice_keeps_the_same_counts(tmp_path) -> None:
    with Corpus(tmp_path / "c.db") as corpus:
        sheets = [build(article) for article in EVERY]
        first = corpus.add(sheets)
        counts = corpus.counts()
        again = corpus.add(sheets)
        assert (first.added, again.added, again.unchanged) == (4, 0, 4)
        assert corpus.counts() == counts
        assert counts["articles"] == 4 and counts["quotes"] == 4


def test_corpus_get_round_trips_the_sheet(tmp_path) -> None:
    sheet = build(FERRANTE)
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add([sheet])
        assert corpus.get(sheet.id) == sheet
        assert corpus.get("sha256:0000000000000000") is None


def test_corpus_newer_pipeline_updates_in_place_older_never(tmp_path) -> None:
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add([build(FERRANTE)])
        rowid = corpus.conn.execute("SELECT rowid FROM articles").fetchone()[0]
        newer = dataclasses.replace(FERRANTE, version="0.2.0", headline="A better headline")
        counts = corpus.add([build(newer)])
        assert (counts.added, counts.updated) == (0, 1)
        row = corpus.conn.execute("SELECT rowid, headline FROM articles").fetchone()
        assert tuple(row) == (rowid, "A better headline")
        assert corpus.counts()["quotes"] == 1  # the old rows went, the new ones came
        older = dataclasses.replace(FERRANTE, version="0.0.9", headline="Old")
        assert corpus.add([build(older)]).unchanged == 1
        assert corpus.search("better")[0]["headline"] == "A better headline"


def test_corpus_a_failing_batch_stores_nothing(tmp_path, monkeypatch) -> None:
    calls = []

    def fail_second(*args, **kwargs) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(rows, "insert_quotes", fail_second)
    with Corpus(tmp_path / "c.db") as corpus:
        with pytest.raises(RuntimeError):
            corpus.add([build(FERRANTE), build(MARY_FERRANTE)])
        assert corpus.counts()["articles"] == 0
        assert corpus.counts()["canonical"] == 0
        monkeypatch.undo()
        corpus.add([build(FERRANTE)])  # the entity caches were dropped with the rollback
        assert corpus.counts()["canonical"] == 2


def test_corpus_near_duplicates_point_at_the_first_copy(tmp_path) -> None:
    original = long_text(1)
    copy = original.replace("winter storms", "spring tides", 1) + " Reporting by wire staff."
    other = long_text(2)
    with Corpus(tmp_path / "c.db") as corpus:
        counts = corpus.add([build(Article(text=t)) for t in (original, other, copy)])
        assert counts.duplicates == 1
        marked = corpus.conn.execute(
            "SELECT a.text, b.text FROM articles a JOIN articles b ON b.rowid = a.duplicate_of"
        ).fetchall()
        assert [tuple(row) for row in marked] == [(copy, original)]


def test_corpus_unlinked_speaker_found_by_name(tmp_path) -> None:
    article = Article(
        text='"Rates will rise," Dana Whitlow said on Monday.',
        entities=[E("Dana Whitlow", forms=("Dana Whitlow",))],
        quotes=[Q("Rates will rise", "Dana Whitlow", linked=False)],
    )
    sheet = build(article)
    assert speaker_entity(sheet, "economist Dana Whitlow") == "e1"
    assert speaker_entity(sheet, "a port official") is None
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add([sheet])
        row = corpus.conn.execute("SELECT canonical FROM quotes").fetchone()
        assert row[0] is not None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.northwire.example/a", "northwire.example"),
        ("http://harbourpost.example:8080/x", "harbourpost.example"),
        (None, None),
        ("not a url", None),
        ("https://[northwire.example/a", None),  # unclosed IPv6 bracket: urllib raises
    ],
)
def test_corpus_outlet_from_url(url, expected) -> None:
    assert outlet(url) == expected


def test_corpus_counts_unlinked_quote(tmp_path) -> None:
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add([build(UNLINKED)])
        row = corpus.conn.execute("SELECT speaker, canonical FROM quotes").fetchone()
        assert tuple(row) == ("a port official", None)


def test_corpus_a_sheet_the_schema_refuses_is_named_the_rest_stored(tmp_path) -> None:
    broken = build(FERRANTE)
    twin = broken.entities[0].model_copy(update={"name": "Someone Else"})
    broken = broken.model_copy(update={"entities": [*broken.entities, twin]})  # ids clash
    with Corpus(tmp_path / "c.db") as corpus:
        counts = corpus.add([build(MARY_FERRANTE), broken, build(UNLINKED)])
        assert counts.added == 2 and len(counts.failed) == 1
        assert broken.id in counts.failed[0]
        assert corpus.counts()["articles"] == 2
        assert corpus.get(broken.id) is None
        assert [row["name"] for row in corpus.entities(type_="PERSON")] == ["Mary Ferrante"]
