"""The corpus database's tables, and the recorded migrations that build and upgrade them.

One SQLite file holds the whole corpus. `PRAGMA application_id` marks the file as ours and
`PRAGMA user_version` records how many migrations it has had; `connect` runs the missing ones
inside one transaction, so a crash mid-upgrade leaves the previous version intact. A database
written by a newer newsfacts, or by another program, is refused with a message that says so,
never silently altered (sqlite-utils `migrations.py` keeps the same record of applied steps).

WAL mode lets readers query while one ingest writes; `synchronous=NORMAL` in WAL mode keeps
every committed transaction across a killed process (only a power cut can lose the last ones).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from newsfacts.errors import StoreError

# "NFct" as a big-endian int: marks a newsfacts corpus for `PRAGMA application_id`.
APPLICATION_ID = 0x4E466374
# How long a connection waits for another one's write lock before giving up.
BUSY_TIMEOUT_MS = 30_000


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


# The triggers that keep articles_fts (external content) in step with `articles`: made in V1,
# and made again in V2 after it drops and remakes the FTS table.
_FTS_TRIGGERS = """
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, headline, text) VALUES (new.rowid, new.headline, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, headline, text)
  VALUES ('delete', old.rowid, old.headline, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF headline, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, headline, text)
  VALUES ('delete', old.rowid, old.headline, old.text);
  INSERT INTO articles_fts(rowid, headline, text) VALUES (new.rowid, new.headline, new.text);
END;
"""

_V1 = (
    """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- One row per article: the sheet JSON (without `text`, kept once in its own column for FTS5)
-- plus the columns queries filter on.
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  headline TEXT NOT NULL,
  byline TEXT NOT NULL DEFAULT '',
  published TEXT,
  source_kind TEXT NOT NULL,
  source_path TEXT,
  source_url TEXT,
  outlet TEXT,
  text TEXT NOT NULL,
  sheet TEXT NOT NULL,
  generator TEXT NOT NULL,
  ingested TEXT NOT NULL,
  duplicate_of INTEGER REFERENCES articles(rowid) ON DELETE SET NULL,
  story INTEGER
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_story ON articles(story);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  headline, text, content='articles', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2'
);
"""
    + _FTS_TRIGGERS
    + """
-- Corpus-level entities: one row per real-world thing, merged across articles (canonical.py).
CREATE TABLE canonical (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL
);
CREATE INDEX canonical_type ON canonical(type);
-- Every normalised name a canonical entity goes by. `merges` = 1: another article's entity
-- with this name (and type) is the same thing; 0: shown and searched, never merged on
-- (a bare surname).
CREATE TABLE canonical_names (
  canonical INTEGER NOT NULL REFERENCES canonical(id) ON DELETE CASCADE,
  norm TEXT NOT NULL,
  name TEXT NOT NULL,
  merges INTEGER NOT NULL,
  PRIMARY KEY (canonical, norm)
) WITHOUT ROWID;
CREATE INDEX canonical_names_norm ON canonical_names(norm);

CREATE TABLE entities (
  rowid INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  local TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  named INTEGER NOT NULL,
  aliases TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  canonical INTEGER REFERENCES canonical(id) ON DELETE SET NULL,
  UNIQUE (article, local)
);
-- covering the `entities` query: per canonical entity, its articles and mention counts
CREATE INDEX entities_canonical ON entities(canonical, article, mentions);

CREATE TABLE mentions (
  entity INTEGER NOT NULL REFERENCES entities(rowid) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity);

CREATE TABLE quotes (
  rowid INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  local TEXT NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  speaker TEXT,
  entity INTEGER REFERENCES entities(rowid) ON DELETE SET NULL,
  canonical INTEGER REFERENCES canonical(id) ON DELETE SET NULL,
  cue TEXT,
  source_type TEXT
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_canonical ON quotes(canonical);
CREATE INDEX quotes_entity ON quotes(entity);

CREATE TABLE quantities (
  article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  value REAL, low REAL, high REAL, unit TEXT, kind TEXT NOT NULL,
  normalized_value REAL, normalized_unit TEXT
);
CREATE INDEX quantities_article ON quantities(article);

CREATE TABLE times (
  article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  local TEXT,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  type TEXT NOT NULL,
  value TEXT,
  anchored INTEGER NOT NULL
);
CREATE INDEX times_article ON times(article);

-- Dated statements: a sentence (offsets into the article's text) and the date it is about,
-- from the sheet's timeline or its resolved times (`dated_by` = 'text'), or else dated by the
-- article's publication ('published'). statement_entities says whom each one is about.
CREATE TABLE statements (
  rowid INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  value TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  dated_by TEXT NOT NULL
);
CREATE INDEX statements_article ON statements(article);
CREATE TABLE statement_entities (
  statement INTEGER NOT NULL REFERENCES statements(rowid) ON DELETE CASCADE,
  entity INTEGER NOT NULL REFERENCES entities(rowid) ON DELETE CASCADE,
  canonical INTEGER,
  PRIMARY KEY (statement, entity)
) WITHOUT ROWID;
CREATE INDEX statement_entities_canonical ON statement_entities(canonical);
CREATE INDEX statement_entities_entity ON statement_entities(entity);

-- Near-duplicates (syndicated copies): MinHash signatures and their LSH band keys, so a new
-- article finds its copies with one indexed lookup per band, across ingest runs.
CREATE TABLE signatures (
  article INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
  minhash BLOB NOT NULL
);
CREATE TABLE lsh_bands (
  band INTEGER NOT NULL,
  key INTEGER NOT NULL,
  article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  PRIMARY KEY (band, key, article)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_article ON lsh_bands(article);
CREATE TABLE near_duplicates (
  article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  other INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  jaccard REAL NOT NULL,
  PRIMARY KEY (article, other)
) WITHOUT ROWID;
CREATE INDEX near_duplicates_other ON near_duplicates(other);

-- What the story clusterer reads (stories.py): names, years, place, date; small JSON.
CREATE TABLE profiles (
  article INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
  profile TEXT NOT NULL
);
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  size INTEGER NOT NULL,
  first TEXT,
  last TEXT,
  outlets TEXT NOT NULL,
  entities TEXT NOT NULL
);
"""
)

# Issue #14. `origin`: where an article came from (identity.origin), so a changed article at
# its origin replaces its row ("updated") while every other article gets a row of its own;
# NULL on rows stored before (their ids hashed the text alone) and on standard-input articles.
# The FTS table is made again with `content="articles"`, the spelling Datasette looks for to
# offer its search box (datasette.utils.detect_fts_sql); its index is rebuilt from `articles`.
_V2 = (
    """
ALTER TABLE articles ADD COLUMN origin TEXT;
CREATE INDEX articles_origin ON articles(origin) WHERE origin IS NOT NULL;

DROP TRIGGER articles_ai;
DROP TRIGGER articles_ad;
DROP TRIGGER articles_au;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  headline, text, content="articles", content_rowid="rowid",
  tokenize='porter unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
"""
    + _FTS_TRIGGERS
)

# Issue #15.
_V3 = """
-- Why an article entity belongs to its canonical entity (canonical.py `Link`): the rule that
-- joined it ("full name", "surname in story", "alias", "new", ...) and its evidence in words.
CREATE TABLE canonical_links (
  entity INTEGER PRIMARY KEY REFERENCES entities(rowid) ON DELETE CASCADE,
  rule TEXT NOT NULL,
  evidence TEXT NOT NULL
);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "corpus: articles, entities, quotes, stories", _V1),
    Migration(2, "article origins; FTS table as Datasette finds it", _V2),
    Migration(3, "canonical_links: why entities were merged across articles", _V3),
)
LATEST = MIGRATIONS[-1].version


def connect(path: Path | str, *, create: bool = True) -> sqlite3.Connection:
    """Open (and create or upgrade) the corpus at `path`; StoreError when it is not usable."""
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"{path}: no corpus here; create one with `newsfacts ingest --db {path}`")
    if path.is_dir():
        raise StoreError(f"{path}: is a folder; expected a database file (e.g. newsfacts.db)")
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as e:
        raise StoreError(f"{path}: cannot be opened as a database ({e})") from e
    try:
        _configure(conn)
        migrate(conn, name=str(path))
    except sqlite3.DatabaseError as e:
        conn.close()
        raise StoreError(f"{path}: not a newsfacts corpus ({e}); pass another --db") from e
    except StoreError:
        conn.close()
        raise
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, *, name: str = "database") -> int:
    """Apply the migrations `conn` lacks, all in one transaction; return the version reached."""
    application = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = user_version(conn)
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if application not in (0, APPLICATION_ID) or (application == 0 and tables):
        raise StoreError(
            f"{name}: this SQLite database was not made by newsfacts (it already holds other "
            "tables); pass a new or newsfacts-made file with --db"
        )
    if version > LATEST:
        raise StoreError(
            f"{name}: corpus schema version {version} is newer than this newsfacts knows "
            f"({LATEST}); upgrade newsfacts to read it"
        )
    if version == LATEST:
        return version
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = user_version(conn)  # another process may have migrated while we waited
        for migration in MIGRATIONS:
            if migration.version > version:
                for statement in _statements(migration.sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return LATEST


def _statements(script: str) -> list[str]:
    """Split a migration into statements; `executescript` would commit our transaction."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
