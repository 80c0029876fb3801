"""One corpus entity absorbed into another, when an article shows the two are one.

A one-word name ("Chargers") may have become a corpus entity of its own before any article
wrote the full name beside it ("San Diego Chargers"). Once one does, every row that pointed
at the short entity points at the full one, its names become the full one's, and
its article entities keep their evidence with the reason they moved.
"""

from __future__ import annotations

import sqlite3

# Tables whose `canonical` column names a corpus entity.
POINTING = ("entities", "quotes", "statement_entities")


def absorb(conn: sqlite3.Connection, keep: int, gone: int, evidence: str) -> None:
    """Move everything of corpus entity `gone` to `keep`, then delete `gone`."""
    conn.execute(
        "UPDATE canonical_links SET rule = 'short name in story', evidence = ? "
        "WHERE entity IN (SELECT rowid FROM entities WHERE canonical = ?)",
        (evidence, gone),
    )
    for table in POINTING:
        conn.execute(f"UPDATE {table} SET canonical = ? WHERE canonical = ?", (keep, gone))
    conn.execute(
        "INSERT OR IGNORE INTO canonical_names (canonical, norm, name, merges) "
        "SELECT ?, norm, name, merges FROM canonical_names WHERE canonical = ?",
        (keep, gone),
    )
    conn.execute("DELETE FROM canonical_names WHERE canonical = ?", (gone,))
    conn.execute("DELETE FROM canonical WHERE id = ?", (gone,))
