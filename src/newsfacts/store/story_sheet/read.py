"""Reading a story's articles back from the corpus, for `build`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from newsfacts.errors import QueryError
from newsfacts.sheet import FactSheet
from newsfacts.store import story_table
from newsfacts.store.story_sheet.article import StoryArticle
from newsfacts.store.story_sheet.build import build
from newsfacts.store.story_sheet.models import StorySheet

_COLUMNS = "id, sheet, text, outlet, source_url, published, rowid"


def _article(row: sqlite3.Row, order: int) -> StoryArticle:
    data = json.loads(row["sheet"])
    data["text"] = row["text"]
    sheet = FactSheet.model_validate(data)
    return StoryArticle(sheet, outlet=row["outlet"], url=row["source_url"], order=order)


def articles_by_id(conn: sqlite3.Connection, ids: Sequence[str]) -> list[StoryArticle]:
    """Stored articles by sheet id, in the order given (ids not stored are skipped)."""
    found = []
    for order, ident in enumerate(ids):
        row = conn.execute(f"SELECT {_COLUMNS} FROM articles WHERE id = ?", (ident,)).fetchone()
        if row is not None:
            found.append(_article(row, order))
    return found


def story_sheet(conn: sqlite3.Connection, story: int | str) -> StorySheet:
    """The story sheet of story `story` (an id `newsfacts stories` lists)."""
    if story_table.is_stale(conn):
        story_table.rebuild(conn)
    # the id as `newsfacts stories` prints it; SQLite compares it by the column's own type,
    # so a numeric id given as text ("3") finds story 3
    ident = str(story).strip()
    label = conn.execute("SELECT label FROM stories WHERE id = ?", (ident,)).fetchone()
    if not ident or label is None:
        raise QueryError(f"no story {ident!r} in this corpus; `newsfacts stories` lists them")
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM articles WHERE story = ? "
        "ORDER BY published IS NULL, published, rowid",
        (ident,),
    ).fetchall()
    articles = [_article(row, order) for order, row in enumerate(rows)]
    return build(ident, articles, label=label["label"])
