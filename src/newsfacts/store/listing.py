"""The corpus as a list to browse: articles newest first, a page at a time (issue #10).

The web reader's home page and `GET /api/articles` page through the whole corpus; search,
quotes and timelines answer questions, this only lists. Rows say what a list shows (headline,
date, source, byline) and never carry the text; `Corpus.get` returns the whole sheet.
"""

from __future__ import annotations

import sqlite3

DEFAULT_LIMIT = 20
MAX_LIMIT = 500  # a page larger than this is a dump: use `newsfacts extract --format jsonl`


def article_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def articles(
    conn: sqlite3.Connection, *, limit: int = DEFAULT_LIMIT, offset: int = 0
) -> list[dict[str, object]]:
    """One page of articles, newest publication first (undated last, then latest ingested)."""
    rows = conn.execute(
        "SELECT id, headline, byline, published, coalesce(outlet, source_url, source_path) "
        "AS source, source_kind, duplicate_of IS NOT NULL AS duplicate, story, ingested "
        # SQLite sorts NULL lowest, so DESC puts undated articles last and the index serves it
        "FROM articles ORDER BY published DESC, rowid DESC LIMIT ? OFFSET ?",
        (min(max(limit, 0), MAX_LIMIT), max(offset, 0)),
    )
    return [
        {
            "id": row["id"],
            "headline": row["headline"],
            "byline": [name for name in row["byline"].split("; ") if name],
            "published": row["published"],
            "source": row["source"],
            "source_kind": row["source_kind"],
            "duplicate": bool(row["duplicate"]),
            "story": row["story"],
            "ingested": row["ingested"],
        }
        for row in rows
    ]
