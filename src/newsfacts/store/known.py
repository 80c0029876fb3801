"""Is an article stored already, by this pipeline? The check ingest makes before parsing.

It runs where the article is cleaned (a worker process, or the ingest process itself), on a
read-only connection of its own, so it never waits on the writer. It pickles as the corpus
path alone: each process opens its connection on first use.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from newsfacts.store.corpus import is_current_generator
from newsfacts.store.schema import BUSY_TIMEOUT_MS


class StoredAlready:
    """`check(id, generator)`: True when the corpus holds the article from this pipeline or a
    newer one, so parsing it again could change nothing."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self._conn: sqlite3.Connection | None = None

    def __call__(self, ident: str, generator: str) -> bool:
        row = self._reader().execute("SELECT generator FROM articles WHERE id = ?", (ident,))
        found = row.fetchone()
        return found is not None and is_current_generator(found[0], generator)

    def _reader(self) -> sqlite3.Connection:
        if self._conn is None:
            uri = self.db.resolve().as_uri() + "?mode=ro"
            self._conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __getstate__(self) -> dict[str, Any]:
        return {"db": self.db}  # a connection does not travel to another process

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.db = state["db"]
        self._conn = None
