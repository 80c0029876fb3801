"""Full-text search over headlines and bodies: FTS5, bm25-ranked, with snippets.

A query that uses FTS5 syntax (quotes, `*`, parentheses, `column:`, AND/OR/NOT/NEAR) is
passed to FTS5 as written; one without is searched word by word, each word quoted (sqlite-utils
`escape_fts`), so "U.S. troops" or a stray apostrophe never trips the parser. `literal=True`
quotes every word whatever it looks like. A query FTS5 still cannot parse is a QueryError that
says how to write it. Every value is a bound parameter: a query is never SQL.

A query's work grows with its terms (FTS5 walks one posting list per term and intersects them):
a pasted page of 1,000 words held a core for over a minute (issue #14). So a query is refused
past MAX_QUERY_CHARS or MAX_QUERY_TERMS, before SQLite sees it; the time it may then take is
bounded by the caller (budget.py), not here. `search_total` counts every match, so a page of
hits can say "21–40 of 71".
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from newsfacts.errors import QueryError

MARK = ("«", "»")  # around matched words in snippets
ELLIPSIS = "…"
SNIPPET_TOKENS = 20
HEADLINE_WEIGHT = 5.0  # bm25 column weights: a word in the headline counts five times
DEFAULT_LIMIT = 20
# A search box holds a phrase or a few words; a paragraph is not a query (issue #14).
MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 32
TERM = re.compile(r"\w+")
OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})  # syntax, not terms: no posting list
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
FTS_SYNTAX = re.compile(r'["*():^+]|\b(?:AND|OR|NOT|NEAR)\b')
# FTS5's messages for queries it cannot read (anything else is a real database error).
_QUERY_ERRORS = ("fts5:", "no such column", "unknown special query", "unterminated string")


class QuerySyntaxError(QueryError):
    """FTS5 cannot parse the query; each front end names its own way to search literally
    (`--literal`, `literal=true`, a checkbox), so the message ends with the general advice."""


@dataclass(frozen=True, slots=True)
class Filters:
    """Narrow a query to articles published in [since, until] and/or from one source."""

    since: str | None = None
    until: str | None = None
    source: str | None = None

    def sql(self, alias: str = "a") -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if self.since:
            clauses.append(f"{alias}.published >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"{alias}.published <= ?")
            params.append(self.until)
        if self.source:
            clauses.append(
                f"instr(lower(coalesce({alias}.outlet, '') || ' ' || coalesce({alias}.source_url, "
                f"'') || ' ' || coalesce({alias}.source_path, '') || ' ' || {alias}.source_kind), "
                "lower(?)) > 0"
            )
            params.append(self.source)
        return "".join(f" AND {clause}" for clause in clauses), params


def quote_words(query: str) -> str:
    """Every whitespace-separated word as an FTS5 string: matched as written, all required."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in query.split())


def fts_query(query: str, *, literal: bool = False) -> str:
    query = CONTROL.sub(" ", query)  # SQLite ends a string at NUL: "\x00" would unbalance it
    if literal or not FTS_SYNTAX.search(query):
        return quote_words(query)
    return query


def check_query(query: str) -> None:
    """QueryError for a query that is empty, or too long to be worth running (issue #14)."""
    if not CONTROL.sub(" ", query).strip():
        raise QueryError("empty search query; give one or more words, e.g. `harbour closure`")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(
            f"search query of {len(query):,} characters is longer than the {MAX_QUERY_CHARS} "
            "a search takes; search for a few distinctive words or a phrase"
        )
    terms = sum(1 for term in TERM.findall(query) if term not in OPERATORS)
    if terms > MAX_QUERY_TERMS:
        raise QueryError(
            f"search query of {terms} words is more than the {MAX_QUERY_TERMS} a search takes; "
            "search for a few distinctive words or a phrase"
        )


def _run(
    conn: sqlite3.Connection, sql: str, params: tuple[object, ...], query: str
) -> list[sqlite3.Row]:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as e:
        if not any(marker in str(e) for marker in _QUERY_ERRORS):
            raise
        raise QuerySyntaxError(
            f"search query {query!r} is not valid FTS5 syntax ({e}); put phrases in double "
            'quotes ("harbour closure"), or search the words as written'
        ) from e


_MATCHES = (
    "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?"
)


def search_total(
    conn: sqlite3.Connection,
    query: str,
    *,
    filters: Filters | None = None,
    literal: bool = False,
) -> int:
    """How many articles match `query` (every page of `search` together)."""
    check_query(query)
    where, params = (filters or Filters()).sql()
    sql = f"SELECT count(*) {_MATCHES}{where}"
    rows = _run(conn, sql, (fts_query(query, literal=literal), *params), query)
    return int(rows[0][0])


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    filters: Filters | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
    literal: bool = False,
) -> list[dict[str, object]]:
    """Articles matching `query`, best first, each with a snippet around the matches; skip
    the first `offset` to page through them."""
    check_query(query)
    where, params = (filters or Filters()).sql()
    sql = (
        "SELECT a.id, a.headline, a.published, a.outlet, a.source_path, a.source_url, "
        "a.duplicate_of IS NOT NULL AS duplicate, a.story, "
        f"snippet(articles_fts, 1, ?, ?, ?, {SNIPPET_TOKENS}) AS snippet, "
        f"bm25(articles_fts, {HEADLINE_WEIGHT}, 1.0) AS rank "
        # rowid breaks ties, so pages never repeat or skip an equally ranked hit
        f"{_MATCHES}{where} ORDER BY rank, a.rowid LIMIT ? OFFSET ?"
    )
    expression = fts_query(query, literal=literal)
    rows = _run(conn, sql, (*MARK, ELLIPSIS, expression, *params, limit, offset), query)
    return [
        {
            "id": row["id"],
            "headline": row["headline"],
            "published": row["published"],
            "source": row["outlet"] or row["source_url"] or row["source_path"],
            "snippet": row["snippet"],
            "score": round(-float(row["rank"]), 4),
            "duplicate": bool(row["duplicate"]),
            "story": row["story"],
        }
        for row in rows
    ]
