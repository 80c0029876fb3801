"""What `ingest`, `search`, `quotes`, `entities`, `timeline`, `stories` show (cli/corpus.py).

Kept apart from the commands so they stay thin shells: each calls one library function (the
ingest job, a store query), and this module renders what it returns as a text view (rich),
JSON (one array) or JSONL (one object a line). Progress and summaries go to stderr, data to stdout.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import IO, Any, cast

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from newsfacts.cli.common import progress_bar
from newsfacts.jobs.ingest import IngestReport, ingest
from newsfacts.store.search import MARK

QUERY_FORMATS = ("text", "json", "jsonl")
# A page on the command line may be long (a pipe wants everything); this is only a sanity cap.
MAX_CLI_ROWS = 1_000_000
QUERY_NOUNS = {"search": "results", "timeline": "statements"}
TEXT_WIDTH = 100


# On a stderr that is no terminal (a log, a pipe), a progress line this often.
PROGRESS_SECONDS = 5.0


class _Rate(ProgressColumn):
    """Records per second since the start (rich's own speed column is for bytes)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} articles/s", style="progress.data.speed")


class ProgressLines:
    """Progress for a stderr that is no terminal: one line every `interval` seconds.

    `clock` is injected so tests need not wait: `ProgressLines(console, clock=fake)`.
    """

    def __init__(
        self,
        err: Console,
        *,
        interval: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.err = err
        self.interval = PROGRESS_SECONDS if interval is None else interval
        self.clock = clock
        self.started = clock()
        self.last = self.started

    def __call__(self, done: int, total: int | None) -> None:
        now = self.clock()
        if now - self.last < self.interval:
            return
        self.last = now
        self.err.print(progress_line(done, total, now - self.started), highlight=False)


def progress_line(done: int, total: int | None, seconds: float) -> str:
    """ "ingest: 120/300 articles, 4.1 articles/s, 29 s"; the total is "?" until known."""
    rate = done / seconds if seconds > 0 else 0.0
    of = "?" if total is None else f"{total:,}"
    return f"ingest: {done:,}/{of} articles, {rate:.1f} articles/s, {seconds:.0f} s"


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
    """Ingest with progress on stderr (a bar on a terminal, else a line every few seconds)
    and a summary line whose counts add up to the records read."""
    columns = (BarColumn(), MofNCompleteColumn(), _Rate(), TimeElapsedColumn())
    with progress_bar(err, TextColumn("ingest"), *columns, TimeRemainingColumn()) as progress:
        bar = progress.add_task("ingest", total=None)

        def advance(done: int, total: int | None) -> None:
            progress.update(bar, completed=done, total=total)

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
            on_progress=advance if err.is_terminal else ProgressLines(err),
        )
    err.print(summary_line(report, db), highlight=False)
    return report


def summary_line(report: IngestReport, db: Path) -> str:
    """One line whose counts add up to the records read (issue #14)."""
    rate = report.articles / report.seconds if report.seconds else 0.0
    parts = [
        f"{report.new} new",
        f"{report.near_duplicates} near-duplicates",
        f"{report.counts.updated} updated",
        f"{report.unchanged} unchanged",
        f"{report.failures} failed",
    ]
    if report.not_articles:
        parts.append(f"{report.not_articles} not articles")
    line = (
        f"ingest: {report.read} read ({', '.join(parts)}) into {db} in "
        f"{report.seconds:.1f} s ({rate:.1f} articles/s)"
    )
    if report.stories is not None:
        line += f"; {report.stories} stories"
    return line


def run_query(
    kind: str,
    *,
    db: Path,
    fmt: str | None,
    out: Callable[[str], None] | None = None,
    err: Callable[[str], None] | None = None,
    **options: Any,
) -> int:
    """Answer one corpus question and write one page of it (`limit`, `offset`); say on stderr
    which rows of how many it shows, so a cut list never passes for the whole (issue #14).
    Return the number of rows written."""
    from newsfacts.store import Corpus, paging

    args = (options.pop("entity"),) if kind == "timeline" else ()
    if kind == "search":
        args = (options.pop("query"),)
    with Corpus(db, create=False) as corpus:
        if kind == "explain":  # one entity's links: never more than its articles, not paged
            links = corpus.explain(options["canonical"])
            page = paging.Page(items=links, total=len(links), limit=max(len(links), 1), offset=0)
        else:
            page = paging.page(corpus.conn, kind, *args, max_limit=MAX_CLI_ROWS, **options)
    rows = page.items
    chosen = fmt or ("text" if sys.stdout.isatty() else "json")
    write = out or sys.stdout.write
    if chosen == "json":
        write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    elif chosen == "jsonl":
        write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    else:
        write(render_text(kind, rows, color=out is None and sys.stdout.isatty(), first=page.first))
    (err or _stderr_line)(_showing(kind, page))
    return len(rows)


def _showing(kind: str, page: Any) -> str:
    """ "showing 1–20 of 71 search results; --offset 20 for the next 20"."""
    line = f"{page.showing()} {QUERY_NOUNS.get(kind, kind)}"
    if page.has_next:
        line += f"; --offset {page.last} for the next {min(page.limit, page.total - page.last)}"
    return line


def _stderr_line(line: str) -> None:
    print(line, file=sys.stderr)


def render_text(
    kind: str, rows: list[dict[str, Any]], *, color: bool = False, first: int = 1
) -> str:
    """The human view of query rows: a table, or a list for search and stories."""
    console = Console(
        width=TEXT_WIDTH if not color else None,
        record=True,
        file=cast(IO[str], _Null()),  # Rich only writes and flushes it
        force_terminal=color,
        highlight=False,
        markup=False,  # headlines and quotes are data: "[b]" in one is printed as written
    )
    if not rows and kind == "explain":
        console.print("no such entity; `newsfacts entities` lists the ids")
    elif not rows:
        console.print(f"no {kind} found")
    elif kind == "search":
        for number, row in enumerate(rows, start=max(first, 1)):
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
