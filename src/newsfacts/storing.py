"""The corpus jobs behind `ingest`, `search`, `quotes`, `entities`, `timeline`, `stories`.

Kept apart from cli.py so the commands stay thin shells: each opens the corpus, calls one
library function (store/), and renders the rows it returns as a text view (rich), JSON (one
array) or JSONL (one object a line). Progress and summaries go to stderr, data to stdout.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from newsfacts.store.ingest import IngestReport, ingest
from newsfacts.store.search import MARK

QUERY_FORMATS = ("text", "json", "jsonl")
TEXT_WIDTH = 100


class _Rate(ProgressColumn):
    """Articles per second since the start (rich's own speed column is for bytes)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} articles/s", style="progress.data.speed")


def run_ingest(
    specs: list[str],
    *,
    db: Path,
    workers: int,
    model: str | None,
    published: date | None,
    batch_size: int,
    stories: bool,
    err: Console,
) -> IngestReport:
    """Ingest with a progress bar on stderr (when it is a terminal) and a summary line."""
    with Progress(
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        _Rate(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        # One article per input until a reader says otherwise (a WARC holds many).
        bar = progress.add_task("ingest", total=max(1, len(specs)))

        def advance(done: int) -> None:
            total = progress.tasks[0].total or 0
            progress.update(bar, completed=done, total=max(total, done))

        report = ingest(
            specs,
            db=db,
            workers=workers,
            model=model,
            published=published,
            batch_size=batch_size,
            stdin=sys.stdin.buffer,
            stories=stories,
            on_error=lambda message: err.print(f"[red]error:[/red] {message}", highlight=False),
            on_progress=advance,
        )
    counts = report.counts
    rate = report.articles / report.seconds if report.seconds else 0.0
    parts = [
        f"{counts.added} new",
        f"{counts.updated} updated",
        f"{counts.unchanged + report.skipped} already stored",
        f"{counts.duplicates} near-duplicates",
    ]
    if report.stories is not None:
        parts.append(f"{report.stories} stories")
    failed = len(report.failed_inputs) + report.failed_articles
    err.print(
        f"ingest: {report.articles} articles ({', '.join(parts)}) into {db} in "
        f"{report.seconds:.1f} s ({rate:.1f} articles/s)"
        + (f"; {failed} failed" if failed else ""),
        highlight=False,
    )
    return report


def run_query(
    kind: str,
    *,
    db: Path,
    fmt: str | None,
    out: Callable[[str], None] | None = None,
    **options: Any,
) -> int:
    """Answer one corpus question and write it; return the number of rows."""
    from newsfacts.store import Corpus

    with Corpus(db, create=False) as corpus:
        if kind == "timeline":
            rows = corpus.timeline(options.pop("entity"), **options)
        else:
            rows = getattr(corpus, kind)(**options)
    chosen = fmt or ("text" if sys.stdout.isatty() else "json")
    write = out or sys.stdout.write
    if chosen == "json":
        write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    elif chosen == "jsonl":
        write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    else:
        write(render_text(kind, rows, color=out is None and sys.stdout.isatty()))
    return len(rows)


def render_text(kind: str, rows: list[dict[str, Any]], *, color: bool = False) -> str:
    """The human view of query rows: a table, or a list for search and stories."""
    console = Console(
        width=TEXT_WIDTH if not color else None,
        record=True,
        file=_Null(),
        force_terminal=color,
        highlight=False,
        markup=False,  # headlines and quotes are data: "[b]" in one is printed as written
    )
    if not rows and kind == "explain":
        console.print("no such entity; `newsfacts entities` lists the ids")
    elif not rows:
        console.print(f"no {kind} found")
    elif kind == "search":
        for number, row in enumerate(rows, start=1):
            console.print(
                Text.assemble((f"{number}. ", "dim"), (row["headline"] or "(no headline)", "bold"))
            )
            console.print(Text(f"   {_where(row)}", style="dim"))
            snippet = _marked(row["snippet"]) if color else Text(row["snippet"])
            console.print(Text("   ").append_text(snippet))
    elif kind == "stories":
        for row in rows:
            dates = " – ".join(sorted({d for d in (row["first"], row["last"]) if d}))
            console.print(Text.assemble((f"story {row['story']}: ", "dim"), (row["label"], "bold")))
            details = [f"{row['size']} articles", dates, ", ".join(row["outlets"][:6])]
            console.print(Text("   " + " · ".join(d for d in details if d), style="dim"))
            if row["entities"]:
                console.print(f"   shared: {', '.join(row['entities'])}")
            for article in row["articles"]:
                copy = " (copy)" if article["duplicate"] else ""
                title = article["headline"] or article["id"]
                console.print(f"   - {title}{copy}  [{_where(article)}]", markup=False)
    else:
        console.print(_table(kind, rows))
    return console.export_text(styles=color)


COLUMNS = {
    "quotes": ("published", "speaker", "quote", "source"),
    "entities": (
        "id",
        "name",
        "type",
        "articles",
        "mentions",
        "first_seen",
        "last_seen",
        "aliases",
    ),
    "timeline": ("date", "entity", "statement", "source"),
    "explain": ("article", "name", "mentions", "rule", "evidence"),
}
TITLES = {"published": "date", "first_seen": "first", "last_seen": "last"}


def _table(kind: str, rows: list[dict[str, Any]]) -> Table:
    table = Table(show_lines=False, expand=False)
    for key in COLUMNS[kind]:
        table.add_column(TITLES.get(key, key), overflow="fold")
    for row in rows:
        cells = []
        for key in COLUMNS[kind]:
            value = row.get(key)
            if isinstance(value, list):
                value = ", ".join(value)
            if kind == "timeline" and key == "date" and row.get("dated_by") == "published":
                value = f"{value} (published)"
            cells.append("" if value is None else str(value))
        table.add_row(*cells)
    return table


def _where(row: dict[str, Any]) -> str:
    return " · ".join(str(part) for part in (row.get("published"), row.get("source")) if part)


def _marked(snippet: str) -> Text:
    """A snippet with the matched words («…») in bold."""
    text = Text()
    rest = snippet
    while MARK[0] in rest and MARK[1] in rest:
        before, _, tail = rest.partition(MARK[0])
        word, _, rest = tail.partition(MARK[1])
        text.append(before)
        text.append(word, style="bold")
    text.append(rest)
    return text


class _Null:
    """A file that drops writes: the console records, export_text renders."""

    def write(self, data: str) -> int:
        return len(data)

    def flush(self) -> None:
        pass
