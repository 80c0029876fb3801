"""The corpus in Datasette (issue #14): its search box finds the FTS table and searches it.

Datasette is not a dependency: these are the queries it runs, as its source spells them
(`detect_fts_sql` finds an FTS table by `content="table"` or `content=[table]` in its SQL, then
the table's search filters rows with `rowid in (select rowid from fts where fts match ?)`).
"""

from __future__ import annotations

import sqlite3

from newsfacts.store import Corpus
from tests.store.sheets import EVERY, build

DETECT_FTS = """
select name from sqlite_master
    where rootpage = 0
    and (
        sql like '%VIRTUAL TABLE%USING FTS%content="{table}"%'
        or sql like '%VIRTUAL TABLE%USING FTS%content=[{table}]%'
        or (tbl_name = "{table}" and sql like '%VIRTUAL TABLE%USING FTS%')
    )
"""
SEARCH = (
    "select id, headline from articles where rowid in "
    "(select rowid from [{fts}] where [{fts}] match :search) order by rowid"
)


def test_datasette_finds_the_fts_table_and_searches_it(tmp_path) -> None:
    path = tmp_path / "c.db"
    with Corpus(path) as corpus:
        corpus.add([build(article) for article in EVERY])
    conn = sqlite3.connect(path)  # plain sqlite3, as Datasette opens it
    try:
        found = conn.execute(DETECT_FTS.format(table="articles")).fetchall()
        assert found == [("articles_fts",)]
        hits = conn.execute(SEARCH.format(fts=found[0][0]), {"search": "stable"}).fetchall()
    finally:
        conn.close()
    assert [headline for _, headline in hits] == ["Soldier stable, says command spokesman"]
