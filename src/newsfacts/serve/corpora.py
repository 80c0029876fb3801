"""The store dependency: each request opens the corpus in the thread that answers it.

sqlite3 connections belong to the thread that made them, and FastAPI answers plain `def`
endpoints on a pool of threads, so a request opens its own connection (a file open and a few
PRAGMAs: far below a millisecond) and closes it when done. WAL mode lets these readers run
while `newsfacts ingest` writes. Tests swap `get_corpora` for a Corpora of their own
(fastapi's dependency_overrides).

Every statement a request runs is bounded by a Budget (store/budget.py), enforced inside
SQLite by a progress handler: a query past it is stopped and answered with a 400 (issue #14).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request

from newsfacts.store import Corpus
from newsfacts.store.budget import Budget, bounded
from newsfacts.store.paging import Page, page


class Corpora:
    """Opens the corpus file at `path` (never creating it: that is `newsfacts ingest`'s job)."""

    def __init__(self, path: Path | str, *, budget: Budget | None = None) -> None:
        self.path = Path(path)
        self.budget = budget or Budget()

    @contextmanager
    def open(self) -> Iterator[Corpus]:
        with Corpus(self.path, create=False) as corpus, bounded(corpus.conn, self.budget):
            yield corpus

    def page(self, kind: str, *args: Any, **options: Any) -> Page:
        """One page of a corpus list (store/paging.py `page`), read on a connection of its own:
        every list endpoint and list page asks for its rows this one way."""
        with self.open() as corpus:
            return page(corpus.conn, kind, *args, **options)


async def get_corpora(request: Request) -> Corpora:
    corpora: Corpora = request.app.state.corpora
    return corpora


CorporaDep = Annotated[Corpora, Depends(get_corpora)]
