"""One page of any corpus list, with the true total: "showing 21–40 of 71" (issue #14).

A list cut at its limit without saying so misleads: search said "50 results" when 71 matched.
So every list the CLI, the API and the reader show (articles, search hits, quotes, entities,
timeline statements, stories) is read as a Page: the rows from `offset`, at most `limit` of
them, and the total count of rows the question has. The rows come from the query modules
(search.py, queries.py, story_table.py, listing.py); this module only pairs each with its count.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsfacts.errors import QueryError
from newsfacts.store import listing, queries, search, story_table

# Beyond this an offset is a typo or a probe, not a page (SQLite's integers stop at 2**63).
MAX_OFFSET = 10_000_000
KINDS = ("articles", "search", "quotes", "entities", "timeline", "stories")


@dataclass(frozen=True, slots=True)
class Page:
    """Rows `offset` to `offset + len(items)` of `total`."""

    items: list[dict[str, object]]
    total: int
    limit: int
    offset: int

    @property
    def first(self) -> int:
        """1-based number of the first row shown (0 when none is)."""
        return self.offset + 1 if self.items else 0

    @property
    def last(self) -> int:
        return self.offset + len(self.items)

    @property
    def has_next(self) -> bool:
        return self.last < self.total

    def showing(self) -> str:
        """ "showing 1–20 of 71", or "none of 71 on this page" past the end."""
        if not self.items:
            return f"none of {self.total} from row {self.offset + 1}" if self.total else "none"
        return f"showing {self.first}–{self.last} of {self.total}"


def check_paging(limit: int, offset: int, *, max_limit: int) -> None:
    """QueryError (a 400 on the server) for a page that cannot be asked for."""
    if not 1 <= limit <= max_limit:
        raise QueryError(f"limit {limit} is out of range; ask for 1 to {max_limit} rows a page")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(
            f"offset {offset} is out of range; give 0 to {MAX_OFFSET:,} (rows to skip)"
        )


def _counter(kind: str) -> Callable[..., int]:
    counters: dict[str, Callable[..., int]] = {
        "articles": lambda conn: listing.article_count(conn),
        "search": search.search_total,
        "quotes": queries.quotes_total,
        "entities": queries.entities_total,
        "timeline": queries.timeline_total,
        "stories": lambda conn: story_table.story_count(conn),
    }
    return counters[kind]


def _lister(kind: str) -> Callable[..., list[dict[str, object]]]:
    listers: dict[str, Callable[..., list[dict[str, object]]]] = {
        "articles": listing.articles,
        "search": search.search,
        "quotes": queries.quotes,
        "entities": queries.entities,
        "timeline": queries.timeline,
        "stories": story_table.stories,
    }
    return listers[kind]


def page(
    conn: sqlite3.Connection,
    kind: str,
    *args: Any,
    limit: int,
    offset: int = 0,
    max_limit: int = listing.MAX_LIMIT,
    **options: Any,
) -> Page:
    """Rows of the `kind` list (see KINDS) and their total; `args`/`options` narrow it as the
    list's own function takes them (the query, `filters`, `speaker`, ...)."""
    if kind not in KINDS:
        raise QueryError(f"no list called {kind!r}; use one of {', '.join(KINDS)}")
    check_paging(limit, offset, max_limit=max_limit)
    total = _counter(kind)(conn, *args, **options)
    items = _lister(kind)(conn, *args, limit=limit, offset=offset, **options)
    return Page(items=items, total=total, limit=limit, offset=offset)
