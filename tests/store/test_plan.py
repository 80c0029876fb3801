"""The ingest workers plan each sheet's rows (rows.plan); the writer only resolves and writes.

The plan travels pickled from a worker to the writer, and a corpus stored from planned sheets
holds exactly the rows of one stored from the bare sheets.
"""

from __future__ import annotations

import pickle
import sqlite3

import pytest

from newsfacts.store import Corpus, duplicates, names, recovery, rows, statements
from newsfacts.store.corpus import prepare
from tests.store.sheets import EVERY, Article, E, build

# Descriptions ("the actress"), a relative pronoun ("who") and names the tagger missed that
# the corpus knows (recovery): what the writer stores beyond the sheet's own mentions.
VOSS = Article(
    text=(
        "Maria Voss, who won the prize, thanked Peter Holm. The actress said Holm was kind, "
        "and the man smiled. Flowers came from Brackwater."
    ),
    url="https://example.org/voss",
    entities=[E("Maria Voss"), E("Peter Holm", forms=("Peter Holm", "Holm"))],
)
ARTICLES = (*EVERY, VOSS)


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
    sheets = [build(article) for article in ARTICLES]
    planned = [pickle.loads(pickle.dumps(prepare(sheet))) for sheet in sheets]
    with Corpus(tmp_path / "bare.db") as corpus:
        corpus.add(sheets)
    with Corpus(tmp_path / "planned.db") as corpus:
        corpus.add(planned)
    assert table_rows(tmp_path / "planned.db") == table_rows(tmp_path / "bare.db")


def test_plan_leaves_the_writer_nothing_about_one_sheet(tmp_path, monkeypatch) -> None:
    planned = [prepare(build(article)) for article in ARTICLES]

    def refuse(*args: object, **kwargs: object) -> None:
        pytest.fail("the writer redid what the worker planned")

    for module, name in (
        (rows, "lower_words"),
        (rows, "corpus_view"),
        (rows, "dated_statements"),
        (rows, "speaker_entity"),
        (rows, "description_mentions"),
        (rows, "phrases"),
        (recovery, "capitalised_runs"),
        (names, "stem"),
        (duplicates, "band_keys"),
        (duplicates, "signature"),
        (names, "lower_words"),
        (statements, "dated_statements"),
    ):
        monkeypatch.setattr(module, name, refuse)
    with Corpus(tmp_path / "c.db") as corpus:
        counts = corpus.add(planned)
    assert counts.added == len(ARTICLES) and not counts.failed


def test_the_writer_stores_descriptions_relatives_and_recovered_names(tmp_path) -> None:
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add([prepare(build(article)) for article in ARTICLES])
        found = corpus.conn.execute(
            'SELECT e.name, m.start, m."end" FROM mentions m JOIN entities e ON e.rowid = m.entity'
            " WHERE e.article = (SELECT rowid FROM articles WHERE source_url LIKE '%voss')"
        ).fetchall()
    said = {(name, VOSS.text[start:end]) for name, start, end in found}
    assert {("Maria Voss", "actress"), ("Maria Voss", "who"), ("Peter Holm", "man")} <= said
    assert ("Brackwater", "Brackwater") in said  # recovered: the corpus knows the place


def test_unnamed_entities_are_resolved_after_every_name() -> None:
    # "the actress" is judged by the people the article names, so every name is linked first,
    # one-word names too, whatever the order the sheet lists them in
    article = Article(
        text="The actress thanked Holm. Maria Voss smiled; Brackwater Mills paid.",
        entities=[
            E("The actress", named=False, forms=("The actress",)),
            E("Holm"),
            E("Maria Voss"),
            E("Brackwater Mills", "ORG"),
        ],
    )
    order = [entity.name for entity, _ in rows.plan_entities(build(article)).views]
    assert order == ["Brackwater Mills", "Maria Voss", "Holm", "The actress"]
