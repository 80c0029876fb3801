"""Corpus questions besides full-text search: quotes by speaker, entities, entity timelines.

Names the user types are matched to corpus-level entities (canonical.py) by every name they go
by, aliases included, with rapidfuzz's token-set ratio: "Ferrante" finds every Ferrante quoted
(each listed under their own full name), "Tobias Ferrante" only him. Rows are plain dicts, ready
for JSON; each says which article (id, headline, date, source) it comes from.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sized

from rapidfuzz import fuzz, process

from newsfacts.errors import QueryError
from newsfacts.store.names import normalize
from newsfacts.store.search import Filters

# A name is a few words; a longer "name" only makes fuzzy matching slow (issue #14).
MAX_NAME_CHARS = 200
NAME_MATCH = 85  # token-set ratio at which a typed name finds an entity ("Ferante" ~ "Ferrante")
DEFAULT_LIMIT = 50
_ARTICLE = (
    "a.id AS article, a.headline, a.published, "
    "coalesce(a.outlet, a.source_url, a.source_path) AS source, "
    "a.source_path, a.source_url, json_extract(a.sheet, '$.source.line') AS source_line, "
    "json_extract(a.sheet, '$.source.record_id') AS source_record_id, "
    "json_extract(a.sheet, '$.source.offset') AS source_offset"
)


def _marks(values: Sized) -> str:
    """Placeholders for an IN list; NULL for an empty one (matches nothing)."""
    return ", ".join("?" * len(values)) or "NULL"


def _article(row: sqlite3.Row) -> dict[str, object]:
    return {
        "article": row["article"],
        "headline": row["headline"],
        "published": row["published"],
        "source": row["source"],
        "record": record(row),
    }


def record(row: sqlite3.Row) -> str | None:
    """Where the article was read, to find it again: "feed.jsonl line 7 (id a6)",
    "crawl.warc.gz offset 48213", a file's path, else the URL (issue #14)."""
    path = row["source_path"]
    if path and row["source_line"] is not None:
        ident = row["source_record_id"]
        return f"{path} line {row['source_line']}" + (f" (id {ident})" if ident else "")
    if path and row["source_offset"] is not None:
        return f"{path} offset {row['source_offset']}"
    return path or row["source_url"]


def _matching(query: str, choices: dict[str, list[int]]) -> set[int]:
    """Ids of the names that hold every word of `query` ("ferrante" in "tobias r ferrante"); when
    none does, of the names closest to it by token-set ratio (>= NAME_MATCH, ties kept)."""
    if len(query) > MAX_NAME_CHARS:
        raise QueryError(
            f"a name of {len(query):,} characters is longer than the {MAX_NAME_CHARS} a lookup "
            "takes; give the name, e.g. 'Ferrante'"
        )
    key = normalize(query)
    if not key:
        raise QueryError(f"{query!r} holds no name to look up; give a name such as 'Ferrante'")
    words = set(key.split())
    found = {
        ident for name, idents in choices.items() if words <= set(name.split()) for ident in idents
    }
    if found:
        return found
    scored = process.extract(
        key, list(choices), scorer=fuzz.token_set_ratio, score_cutoff=NAME_MATCH, limit=None
    )
    if not scored:
        return set()
    best = max(score for _, score, _ in scored)
    return {ident for name, score, _ in scored if score == best for ident in choices[name]}


def _names(conn: sqlite3.Connection, sql: str, params: tuple[object, ...] = ()) -> dict:
    choices: dict[str, list[int]] = {}
    for norm, ident in conn.execute(sql, params):
        choices.setdefault(norm, []).append(ident)
    return choices


def _quotes_sql(
    conn: sqlite3.Connection, speaker: str | None, filters: Filters | None
) -> tuple[str, list[object]]:
    """FROM ... WHERE of the quotes asked for (rows and total share it)."""
    where, params = (filters or Filters()).sql()
    who = ""
    if speaker is not None:
        quoted = _names(
            conn,
            "SELECT n.norm, n.canonical FROM canonical_names n WHERE n.canonical IN "
            "(SELECT canonical FROM quotes WHERE canonical IS NOT NULL)",
        )
        canonical = _matching(speaker, quoted) if quoted else set()
        # a speaker no entity stands for is matched by its own words ("a UN spokesman")
        unlinked = [
            text
            for (text,) in conn.execute(
                "SELECT DISTINCT speaker FROM quotes "
                "WHERE canonical IS NULL AND speaker IS NOT NULL"
            )
        ]
        by_words: dict[str, list[int]] = {}
        for index, text in enumerate(unlinked):
            by_words.setdefault(normalize(text), []).append(index)
        speakers = [unlinked[i] for i in sorted(_matching(speaker, by_words))] if by_words else []
        who = (
            f" AND (q.canonical IN ({_marks(canonical)})"
            f" OR (q.canonical IS NULL AND q.speaker IN ({_marks(speakers)})))"
        )
        params = [*sorted(canonical), *speakers, *params]
    sql = (
        "FROM quotes q JOIN articles a ON a.rowid = q.article "
        f"LEFT JOIN canonical c ON c.id = q.canonical WHERE 1{who}{where}"
    )
    return sql, params


def quotes_total(
    conn: sqlite3.Connection, *, speaker: str | None = None, filters: Filters | None = None
) -> int:
    """How many quotes `quotes` would list without a limit."""
    sql, params = _quotes_sql(conn, speaker, filters)
    return int(conn.execute(f"SELECT count(*) {sql}", params).fetchone()[0])


def quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    filters: Filters | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> list[dict[str, object]]:
    """Quotes across the corpus, newest article first; by one speaker when `speaker` is given."""
    sql, params = _quotes_sql(conn, speaker, filters)
    rows = conn.execute(
        "SELECT q.text, q.kind, q.cue, q.speaker, c.name AS canonical_name, c.id AS entity, "
        f"{_ARTICLE} {sql} "
        "ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC, q.start, q.rowid "
        "LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [
        {
            "speaker": row["canonical_name"] or row["speaker"],
            "speaker_text": row["speaker"],
            "entity": row["entity"],
            "quote": row["text"],
            "kind": row["kind"],
            "cue": row["cue"],
            **_article(row),
        }
        for row in rows
    ]


def _entities_sql(
    conn: sqlite3.Connection, type_: str | None, name: str | None
) -> tuple[str, list[object]]:
    """The ` AND ...` conditions on canonical `c` for a type and a name."""
    where = ""
    params: list[object] = []
    if type_:
        where += " AND c.type = ?"
        params.append(type_.upper())
    if name:
        every = _names(conn, "SELECT norm, canonical FROM canonical_names")
        found = sorted(_matching(name, every))
        where += f" AND c.id IN ({_marks(found)})"
        params += found
    return where, params


def entities_total(
    conn: sqlite3.Connection, *, type_: str | None = None, name: str | None = None
) -> int:
    """How many entities `entities` would list without a limit (those seen in an article)."""
    where, params = _entities_sql(conn, type_, name)
    seen = "EXISTS (SELECT 1 FROM entities e WHERE e.canonical = c.id)"
    sql = f"SELECT count(*) FROM canonical c WHERE {seen}{where}"
    return int(conn.execute(sql, params).fetchone()[0])


def entities(
    conn: sqlite3.Connection,
    *,
    type_: str | None = None,
    name: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> list[dict[str, object]]:
    """Corpus-level entities with counts, aliases and first/last publication dates seen."""
    where, params = _entities_sql(conn, type_, name)
    rows = conn.execute(
        "SELECT c.id, c.name, c.type, count(DISTINCT e.article) AS articles, "
        "sum(e.mentions) AS mentions, min(a.published) AS first, max(a.published) AS last "
        "FROM canonical c JOIN entities e ON e.canonical = c.id "
        f"JOIN articles a ON a.rowid = e.article WHERE 1{where} GROUP BY c.id "
        "ORDER BY articles DESC, mentions DESC, c.name, c.id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    aliases: dict[int, list[str]] = {}
    ids = [row["id"] for row in rows]
    if ids:
        for canonical, alias in conn.execute(
            f"SELECT canonical, name FROM canonical_names WHERE canonical IN "
            f"({_marks(ids)}) ORDER BY canonical, length(name) DESC",
            ids,
        ):
            aliases.setdefault(canonical, []).append(alias)
    return [
        {
            "id": row["id"],
            "name": row["name"],
            "type": row["type"],
            "articles": row["articles"],
            "mentions": row["mentions"],
            "aliases": [a for a in aliases.get(row["id"], []) if a != row["name"]],
            "first_seen": row["first"],
            "last_seen": row["last"],
        }
        for row in rows
    ]


def _timeline_sql(
    conn: sqlite3.Connection, entity: str, filters: Filters | None
) -> tuple[str, list[object]] | None:
    """FROM ... GROUP BY of `entity`'s statements; None when no entity goes by that name."""
    every = _names(conn, "SELECT norm, canonical FROM canonical_names")
    found = sorted(_matching(entity, every)) if every else []
    if not found:
        return None
    where, params = (filters or Filters()).sql()
    sql = (
        "FROM statement_entities se JOIN statements s ON s.rowid = se.statement "
        "JOIN articles a ON a.rowid = s.article JOIN canonical c ON c.id = se.canonical "
        f"WHERE se.canonical IN ({_marks(found)}){where} GROUP BY s.rowid"
    )
    return sql, [*found, *params]


def timeline_total(conn: sqlite3.Connection, entity: str, *, filters: Filters | None = None) -> int:
    """How many statements `timeline` would list without a limit."""
    built = _timeline_sql(conn, entity, filters)
    if built is None:
        return 0
    sql, params = built
    return int(conn.execute(f"SELECT count(*) FROM (SELECT 1 {sql})", params).fetchone()[0])


def timeline(
    conn: sqlite3.Connection,
    entity: str,
    *,
    filters: Filters | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> list[dict[str, object]]:
    """Dated statements about `entity` across articles, oldest first."""
    built = _timeline_sql(conn, entity, filters)
    if built is None:
        return []
    sql, params = built
    rows = conn.execute(
        'SELECT s.value, s.dated_by, substr(a.text, s.start + 1, s."end" - s.start) AS sentence, '
        f"group_concat(DISTINCT c.name) AS names, {_ARTICLE} {sql} "
        "ORDER BY s.value, a.published, a.rowid, s.start, s.rowid LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [
        {
            "date": row["value"],
            "dated_by": row["dated_by"],
            "entity": row["names"],
            "statement": row["sentence"],
            **_article(row),
        }
        for row in rows
    ]


def explain(conn: sqlite3.Connection, canonical: int) -> list[dict[str, object]]:
    """Why the article entities of corpus entity `canonical` were joined: one row per article
    entity, with the mentions the article itself joined and the rule and evidence that linked
    it across articles (canonical.py `Link`). Empty when there is no such entity."""
    rows = conn.execute(
        "SELECT e.rowid AS entity, e.local, e.name, e.type, a.id AS article, a.headline, "
        "a.text, l.rule, l.evidence FROM entities e JOIN articles a ON a.rowid = e.article "
        "LEFT JOIN canonical_links l ON l.entity = e.rowid WHERE e.canonical = ? "
        "ORDER BY e.rowid",
        (canonical,),
    ).fetchall()
    explained = []
    for row in rows:
        spans = conn.execute(
            'SELECT start, "end" FROM mentions WHERE entity = ? ORDER BY start', (row["entity"],)
        )
        said = list(dict.fromkeys(row["text"][start:end] for start, end in spans))
        explained.append(
            {
                "article": row["article"],
                "headline": row["headline"],
                "entity": row["local"],
                "name": row["name"],
                "type": row["type"],
                "mentions": said,
                "rule": row["rule"] or "unrecorded",
                "evidence": row["evidence"] or "linked before links were recorded",
            }
        )
    return explained
