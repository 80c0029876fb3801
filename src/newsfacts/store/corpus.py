"""The corpus: fact sheets stored in one SQLite file, with the tables queries read.

`Corpus.add` writes a batch of prepared sheets in one transaction. A sheet's id hashes where
the article came from and what it says (identity.py): a sheet whose id is stored by the same
pipeline (`generator`) is left alone, one stored by an older pipeline is replaced in place
(same rowid), so re-ingesting is idempotent and an upgrade refreshes. A sheet with a new id
whose origin (URL, or path and record) is stored replaces that row too: the article changed
at its source ("updated"). Every other sheet is a row of its own; a syndicated copy (the same
body under another outlet's headline and URL) is stored and linked to the first copy. Each
sheet's entities are linked to corpus-level entities (canonical.py), its dated statements
derived (statements.py), its near-duplicates found (duplicates.py) and its story profile kept
(stories.py). Workers do the CPU-heavy parts (`prepare`); only this writer touches the file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsfacts.identity import origin, url_host
from newsfacts.sheet import FactSheet, sheet_id
from newsfacts.store import duplicates, queries, rows, schema, search, story_table
from newsfacts.store.canonical import Canonicalizer
from newsfacts.store.stories import Profile, profile

DEFAULT_DB = "newsfacts.db"


@dataclass(frozen=True, slots=True)
class Prepared:
    """A sheet with what a worker computed for it: its MinHash, its story profile, its stored
    JSON (without the text) and the rest of what its rows need (rows.Plan)."""

    sheet: FactSheet
    minhash: bytes | None
    profile: Profile
    json: str
    plan: rows.Plan


def prepare(sheet: FactSheet) -> Prepared:
    """Everything about one sheet that does not need the corpus (run in the ingest workers)."""
    minhash = duplicates.signature(sheet.text)
    return Prepared(sheet, minhash, profile(sheet), sheet_json(sheet), rows.plan(sheet, minhash))


def sheet_json(sheet: FactSheet) -> str:
    """The sheet as the `articles.sheet` column keeps it: compact JSON, the text apart."""
    data = sheet.to_json_dict()
    del data["text"]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@dataclass(slots=True)
class AddCounts:
    added: int = 0  # new rows, near-duplicates among them
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0  # added or updated rows that are near-duplicates of a stored article
    new_copies: int = 0  # added rows that are near-duplicates: `added` counts them too
    ids: list[str] = field(default_factory=list)  # added or updated
    failed: list[str] = field(default_factory=list)  # "id: why", sheets the store refused

    def __iadd__(self, other: AddCounts) -> AddCounts:
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.duplicates += other.duplicates
        self.new_copies += other.new_copies
        self.ids += other.ids
        self.failed += other.failed
        return self


def generator_label(sheet: FactSheet) -> str:
    return f"{sheet.generator.version} {sheet.generator.model}"


def _version(label: str) -> tuple[int, ...]:
    head = label.split(" ", 1)[0]
    return tuple(int(part) if part.isdigit() else 0 for part in head.split("."))


def is_current_generator(stored: str, generator: str) -> bool:
    """Stored by this pipeline, or by a newer one: an older pipeline never overwrites."""
    return stored == generator or _version(stored) > _version(generator)


def outlet(url: str | None) -> str | None:
    """The publication a URL belongs to: its host without "www."."""
    return url_host(url).removeprefix("www.") or None


class Corpus:
    """One corpus file. Use as a context manager; `add` is the only writer."""

    def __init__(self, path: Path | str = DEFAULT_DB, *, create: bool = True) -> None:
        self.path = Path(path)
        self.conn = schema.connect(self.path, create=create)
        self._canonical: Canonicalizer | None = None
        # Rows this session stored or found unchanged: never "updated" again by a later sheet
        # of the same origin, which is another article (a feed that repeats a URL or an id).
        self._seen: set[int] = set()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT: the write lock up front, all or nothing."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- reading -------------------------------------------------------------------------

    def stored_generator(self, sheet_id: str) -> str | None:
        row = self.conn.execute("SELECT generator FROM articles WHERE id = ?", (sheet_id,))
        found = row.fetchone()
        return found[0] if found else None

    def is_current(self, sheet_id: str, generator: str) -> bool:
        """Whether `sheet_id` is stored by this pipeline or a newer one (nothing to redo)."""
        stored = self.stored_generator(sheet_id)
        return stored is not None and (
            stored == generator or _version(stored) > _version(generator)
        )

    def get(self, sheet_id: str) -> FactSheet | None:
        row = self.conn.execute("SELECT sheet, text FROM articles WHERE id = ?", (sheet_id,))
        found = row.fetchone()
        if found is None:
            return None
        data = json.loads(found["sheet"])
        data["text"] = found["text"]
        return FactSheet.model_validate(data)

    def counts(self) -> dict[str, int]:
        tables = (
            "articles",
            "entities",
            "canonical",
            "quotes",
            "quantities",
            "times",
            "statements",
        )
        counts = {
            table: int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in tables
        }
        counts["statements"] = int(
            self.conn.execute("SELECT count(*) FROM statements").fetchone()[0]
        )
        counts["near_duplicates"] = int(
            self.conn.execute(
                "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"
            ).fetchone()[0]
        )
        return counts

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- questions (see search.py, queries.py, story_table.py) -----------------------------

    def search(self, query: str, **options: Any) -> list[dict[str, object]]:
        return search.search(self.conn, query, **options)

    def quotes(self, **options: Any) -> list[dict[str, object]]:
        return queries.quotes(self.conn, **options)

    def entities(self, **options: Any) -> list[dict[str, object]]:
        return queries.entities(self.conn, **options)

    def explain(self, canonical: int) -> list[dict[str, object]]:
        return queries.explain(self.conn, canonical)

    def timeline(self, entity: str, **options: Any) -> list[dict[str, object]]:
        return queries.timeline(self.conn, entity, **options)

    def stories(self, **options: Any) -> list[dict[str, object]]:
        return story_table.stories(self.conn, **options)

    # -- writing -------------------------------------------------------------------------

    def add(self, items: Iterable[Prepared | FactSheet]) -> AddCounts:
        """Store a batch in one transaction; see the module docstring for what is skipped."""
        counts = AddCounts()
        try:
            with self.transaction() as conn:
                if self._canonical is None:
                    self._canonical = Canonicalizer(conn)
                else:
                    self._canonical.refresh()
                phrases: dict[str, rows.Phrases] = {}
                for item in items:
                    prepared = item if isinstance(item, Prepared) else prepare(item)
                    phrases[prepared.sheet.id] = prepared.plan.entities.phrases
                    self._add_guarded(conn, prepared, counts)
                rows.recover_batch(conn, self._canonical, counts.ids, phrases)
                if counts.added or counts.updated:
                    conn.execute(
                        "INSERT INTO meta (key, value) VALUES ('changes', '1') ON CONFLICT(key) "
                        "DO UPDATE SET value = CAST(value AS INTEGER) + 1"
                    )
        except BaseException:
            self._canonical = None  # its caches may hold rows the rollback removed
            raise
        return counts

    def mark_seen(self, ids: Iterable[str]) -> None:
        """Articles found unchanged without being added (the ingest workers skip them)."""
        for ident in ids:
            row = self.conn.execute("SELECT rowid FROM articles WHERE id = ?", (ident,))
            if (found := row.fetchone()) is not None:
                self._seen.add(int(found[0]))

    def _add_guarded(self, conn: sqlite3.Connection, prepared: Prepared, counts: AddCounts) -> None:
        """One sheet inside a savepoint: a sheet the schema refuses (two entities with one id,
        say) is named in `counts.failed` and the rest of the batch is stored."""
        conn.execute("SAVEPOINT sheet")
        try:
            outcome, duplicate = self._add_one(conn, prepared)
        except sqlite3.IntegrityError as e:
            conn.execute("ROLLBACK TO sheet")
            conn.execute("RELEASE sheet")
            counts.failed.append(f"{prepared.sheet.id}: not stored ({e})")
            self._canonical = Canonicalizer(conn)  # drop cached rows the rollback removed
            return
        conn.execute("RELEASE sheet")
        if outcome == "unchanged":
            counts.unchanged += 1
            return
        counts.added += outcome == "added"
        counts.updated += outcome == "updated"
        counts.duplicates += duplicate
        counts.new_copies += duplicate and outcome == "added"
        counts.ids.append(prepared.sheet.id)

    def _add_one(self, conn: sqlite3.Connection, prepared: Prepared) -> tuple[str, bool]:
        """Store one sheet: ("added" | "updated" | "unchanged", is a near-duplicate)."""
        sheet = prepared.sheet
        generator = generator_label(sheet)
        row = conn.execute(
            "SELECT rowid, generator FROM articles WHERE id = ?", (sheet.id,)
        ).fetchone()
        if row is not None and is_current_generator(row["generator"], generator):
            self._seen.add(int(row["rowid"]))
            return "unchanged", False
        if row is None:
            row = self._earlier_version(conn, sheet)
        values: tuple[object, ...] = (
            sheet.headline,
            "; ".join(sheet.byline),
            sheet.published.isoformat() if sheet.published else None,
            sheet.source.kind,
            sheet.source.path,
            sheet.source.url,
            outlet(sheet.source.url),
            sheet.text,
            prepared.json,
            generator,
            datetime.now(UTC).isoformat(timespec="seconds"),
        )
        columns = (
            "id, origin, headline, byline, published, source_kind, source_path, source_url, "
            "outlet, text, sheet, generator, ingested"
        )
        values = (sheet.id, origin(sheet.source), *values)
        if row is None:
            cursor = conn.execute(
                f"INSERT INTO articles ({columns}) VALUES (?{', ?' * (len(values) - 1)})",
                values,
            )
            article = int(cursor.lastrowid or 0)
        else:
            article = int(row["rowid"])
            rows.clear(conn, article)
            assignments = ", ".join(f"{column.strip()} = ?" for column in columns.split(","))
            conn.execute(
                f"UPDATE articles SET {assignments}, duplicate_of = NULL WHERE rowid = ?",
                (*values, article),
            )
        self._seen.add(article)
        planned = prepared.plan
        entity_rows = rows.insert_entities(conn, article, sheet, self._canonical, planned.entities)
        rows.insert_quotes(conn, article, sheet, entity_rows, planned.speakers)
        rows.insert_facts(conn, article, sheet, entity_rows, planned.statements)
        duplicate = rows.insert_duplicates(conn, article, prepared.minhash, planned.band_keys)
        conn.execute(
            "INSERT INTO profiles (article, profile) VALUES (?, ?)",
            (article, prepared.profile.to_json()),
        )
        return ("added" if row is None else "updated"), duplicate

    def _earlier_version(self, conn: sqlite3.Connection, sheet: FactSheet) -> sqlite3.Row | None:
        """The row an article with a new id replaces: the one stored from the same origin (it
        changed there), or a row stored before origins were kept (its id hashed the text
        alone, schema version 1) from the same source. Never a row this session stored."""
        key = origin(sheet.source)
        found = []
        if key is not None:
            found = conn.execute(
                "SELECT rowid, generator FROM articles WHERE origin = ? ORDER BY rowid", (key,)
            ).fetchall()
        if not found:
            found = conn.execute(
                "SELECT rowid, generator FROM articles WHERE id = ? AND origin IS NULL "
                "AND source_kind = ? AND source_path IS ? AND source_url IS ?",
                (sheet_id(sheet.text), sheet.source.kind, sheet.source.path, sheet.source.url),
            ).fetchall()
        return next((row for row in found if int(row["rowid"]) not in self._seen), None)
