"""The corpus's stories: clusters of articles about one event, recomputed when the corpus changes.

Clustering is global (a new article can join or bridge two stories), so the `stories` table is
rebuilt from every article's profile after an ingest, or on the first `stories` query after a
change (`meta`: `changes` counts writes, `stories_at` the count last clustered). Each story
keeps a label (the headline of its most central article), its outlets, its first and last
publication dates and the entities most of its articles share.

A story's id is the rowid of its first-stored article (issue #14): re-clustering after more
articles arrive keeps it as long as that article stays in the story, so links and bookmarks
keep working; numbering stories 1..n afresh moved every id whenever a new story came first.
When stories merge, the merged story takes the smaller id, and `current_id` still leads an old
id to the story that now holds its article.
"""

from __future__ import annotations

import json
import sqlite3

import numpy as np

from newsfacts.store.stories import Profile, cluster_similar, similarities

MIN_STORY = 2  # a lone article is not a story
SHARED_ENTITIES = 8
LABEL_CHARS = 120
ORDER = "size DESC, last DESC, id"  # largest first, then the latest


def preload() -> None:
    """Import the libraries `rebuild` clusters with (scipy's sparse graphs, hierarchical
    clustering, distances): seconds of imports, which ingest runs on a thread while its
    workers parse instead of after them."""
    import scipy.cluster.hierarchy
    import scipy.sparse.csgraph
    import scipy.spatial.distance  # noqa: F401


def is_stale(conn: sqlite3.Connection) -> bool:
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('changes', 'stories_at')"))
    return meta.get("changes", "0") != meta.get("stories_at", "0")


def rebuild(conn: sqlite3.Connection) -> int:
    """Recluster the whole corpus into `stories`; return the number of stories (size >= 2)."""
    rows = conn.execute(
        "SELECT a.rowid, a.headline, a.text, a.published, coalesce(a.outlet, a.source_url, "
        "a.source_path) AS source, p.profile FROM articles a "
        "JOIN profiles p ON p.article = a.rowid ORDER BY a.rowid"
    ).fetchall()
    index = {row["rowid"]: position for position, row in enumerate(rows)}
    copies = [
        (index[a], index[b], score)
        for a, b, score in conn.execute("SELECT article, other, jaccard FROM near_duplicates")
        if a in index and b in index
    ]
    texts = [f"{row['headline']}\n{row['text']}" for row in rows]
    profiles = [Profile.from_json(row["profile"]) for row in rows]
    if len(rows) >= MIN_STORY:
        similarity = similarities(texts, profiles, duplicates=copies)
        labels = cluster_similar(similarity)
    else:
        labels = list(range(len(rows)))
    groups: dict[int, list[int]] = {}
    for position, label in enumerate(labels):
        groups.setdefault(label, []).append(position)
    stories = [members for members in groups.values() if len(members) >= MIN_STORY]
    changes = dict(conn.execute("SELECT key, value FROM meta WHERE key = 'changes'"))
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM stories")
        conn.execute("UPDATE articles SET story = NULL WHERE story IS NOT NULL")
        for members in stories:
            # the label is the headline of the article most like the others
            block = similarity[members][:, members]
            centre = members[int(np.asarray(block.sum(axis=1)).ravel().argmax())]
            number = min(rows[m]["rowid"] for m in members)  # stable: see the docstring
            _insert(conn, number, [rows[m] for m in members], rows[centre], texts[centre])
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('stories_at', ?) ON CONFLICT(key) "
            "DO UPDATE SET value = excluded.value",
            (changes.get("changes", "0"),),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(stories)


def _insert(
    conn: sqlite3.Connection, number: int, rows: list[sqlite3.Row], centre: sqlite3.Row, text: str
) -> None:
    label = centre["headline"] or text.strip().split("\n", 1)[0]
    articles = [row["rowid"] for row in rows]
    dates = sorted(row["published"] for row in rows if row["published"])
    outlets = sorted({row["source"] for row in rows if row["source"]})
    conn.executemany(
        "UPDATE articles SET story = ? WHERE rowid = ?", [(number, a) for a in articles]
    )
    marks = ", ".join("?" * len(articles))
    common = [
        name
        for name, count in conn.execute(
            "SELECT c.name, count(DISTINCT e.article) AS n FROM entities e "
            f"JOIN canonical c ON c.id = e.canonical WHERE e.article IN ({marks}) "
            "GROUP BY c.id ORDER BY n DESC, c.name LIMIT ?",
            (*articles, SHARED_ENTITIES),
        )
        if count * 2 >= len(rows) and count >= MIN_STORY
    ]
    conn.execute(
        "INSERT INTO stories (id, label, size, first, last, outlets, entities) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            number,
            label[:LABEL_CHARS],
            len(rows),
            dates[0] if dates else None,
            dates[-1] if dates else None,
            json.dumps(outlets, ensure_ascii=False),
            json.dumps(common, ensure_ascii=False),
        ),
    )


def story_count(conn: sqlite3.Connection) -> int:
    """How many stories `stories` pages through."""
    if is_stale(conn):
        rebuild(conn)
    return int(conn.execute("SELECT count(*) FROM stories").fetchone()[0])


def current_id(conn: sqlite3.Connection, number: int) -> int | None:
    """The id of the story `number` names now: itself, or (after a merge) the story that holds
    the article it was named after; None when neither exists."""
    if is_stale(conn):
        rebuild(conn)
    if conn.execute("SELECT 1 FROM stories WHERE id = ?", (number,)).fetchone():
        return number
    found = conn.execute("SELECT story FROM articles WHERE rowid = ?", (number,)).fetchone()
    return found[0] if found else None


def position(conn: sqlite3.Connection, number: int) -> int | None:
    """Where story `number` stands in `stories`' order (0 = first), to find its page; None
    when there is no such story."""
    if is_stale(conn):
        rebuild(conn)
    found = conn.execute(
        f"SELECT position FROM (SELECT id, row_number() OVER (ORDER BY {ORDER}) - 1 AS position "
        "FROM stories) WHERE id = ?",
        (number,),
    ).fetchone()
    return int(found[0]) if found else None


def stories(
    conn: sqlite3.Connection, *, limit: int = 50, offset: int = 0, articles_each: int = 10
) -> list[dict[str, object]]:
    """Stories, largest first, each with its articles (oldest first)."""
    if is_stale(conn):
        rebuild(conn)
    result = []
    for row in conn.execute(
        f"SELECT * FROM stories ORDER BY {ORDER} LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall():
        members = conn.execute(
            "SELECT id, headline, published, coalesce(outlet, source_url, source_path) AS source, "
            "duplicate_of IS NOT NULL AS duplicate FROM articles WHERE story = ? "
            "ORDER BY published IS NULL, published, rowid LIMIT ?",
            (row["id"], articles_each),
        )
        result.append(
            {
                "story": row["id"],
                "label": row["label"],
                "size": row["size"],
                "first": row["first"],
                "last": row["last"],
                "outlets": json.loads(row["outlets"]),
                "entities": json.loads(row["entities"]),
                "articles": [
                    {
                        "id": m["id"],
                        "headline": m["headline"],
                        "published": m["published"],
                        "source": m["source"],
                        "duplicate": bool(m["duplicate"]),
                    }
                    for m in members
                ],
            }
        )
    return result
