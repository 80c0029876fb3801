"""A time budget for the queries of one request, enforced inside SQLite (issue #14).

A server request must not hold a core for long: an FTS5 query with many common terms, or a
prefix query such as `a*`, can take minutes, and a client that gives up does not stop it. So
while a request reads the corpus, SQLite calls a progress handler every `every` virtual-machine
steps; once the budget is spent the handler returns non-zero, SQLite abandons the statement
("interrupted") and the caller gets a QueryError, which the server answers with a 400. The
clock is injectable and `max_checks` caps the number of handler calls, so tests never sleep.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from newsfacts.errors import QueryError

# Seconds a request's queries may run: under the 2 s a request may hold a core in all.
QUERY_SECONDS = 1.5
# SQLite VM steps between two looks at the clock: ~1 ms of work, so a look costs nothing.
CHECK_EVERY = 10_000


class QueryTooExpensive(QueryError):
    """The query ran past its budget and SQLite abandoned it."""


@dataclass(frozen=True, slots=True)
class Budget:
    """What one request's queries may spend: `seconds` by `clock`, or `max_checks` looks."""

    seconds: float = QUERY_SECONDS
    every: int = CHECK_EVERY
    max_checks: int | None = None
    clock: Callable[[], float] = time.monotonic


@contextmanager
def bounded(conn: sqlite3.Connection, budget: Budget) -> Iterator[None]:
    """Run the block's statements on `conn` within `budget`; QueryTooExpensive past it."""
    deadline = budget.clock() + budget.seconds
    checks = 0
    stopped = False

    def spent() -> int:
        nonlocal checks, stopped
        checks += 1
        over = budget.max_checks is not None and checks > budget.max_checks
        stopped = stopped or over or budget.clock() > deadline
        return 1 if stopped else 0

    conn.set_progress_handler(spent, budget.every)
    try:
        yield
    except sqlite3.OperationalError as e:
        # "interrupted", or whatever the abandoned step reports ("vtable constructor failed")
        if not stopped:
            raise
        raise QueryTooExpensive(
            f"query too expensive: it ran past the server's budget of {budget.seconds:g} s and "
            "was stopped; use fewer or more distinctive words, or fewer `*` prefixes"
        ) from e
    finally:
        conn.set_progress_handler(None, 0)
