"""The corpus: `ingest`, then the questions `search`, `quotes`, `entities`, `timeline`,
`stories` (store/, corpus_views.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from newsfacts.cli import app
from newsfacts.cli.common import (
    DbOption,
    ModelOption,
    PublishedOption,
    parse_date,
    reported_errors,
    stderr,
)
from newsfacts.errors import EXIT_SOME_FAILED
from newsfacts.jobs import BATCH_SIZE

if TYPE_CHECKING:
    from newsfacts.store.search import Filters

QueryFormat = Annotated[
    str | None,
    typer.Option("--format", "-f", help="text, json or jsonl; text on a terminal, else json."),
]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help="At most N rows.")]
OffsetOption = Annotated[
    int, typer.Option("--offset", min=0, help="Skip the first N rows (the next page).")
]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="Articles published on or after YYYY-MM-DD.")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="Articles published on or before YYYY-MM-DD.")
]
SourceOption = Annotated[
    str | None, typer.Option("--source", help="Outlet, URL or path containing this.")
]


def _filters(since: str | None, until: str | None, source: str | None) -> Filters:
    from newsfacts.store.search import Filters

    return Filters(
        since=day.isoformat() if (day := parse_date(since)) else None,
        until=day.isoformat() if (day := parse_date(until)) else None,
        source=source,
    )


def _query(kind: str, db: Path, fmt: str | None, **options: Any) -> None:
    """Run one corpus question; a malformed query exits 2, an unusable corpus 1."""
    from newsfacts.cli.corpus_views import QUERY_FORMATS, run_query
    from newsfacts.errors import QueryError
    from newsfacts.store.search import QuerySyntaxError

    if fmt is not None and fmt not in QUERY_FORMATS:
        raise typer.BadParameter(f"'{fmt}' is not a format; use one of {', '.join(QUERY_FORMATS)}")
    with reported_errors(QueryError):
        try:
            run_query(kind, db=db, fmt=fmt, err=stderr_line, **options)
        except QuerySyntaxError as e:
            raise QuerySyntaxError(f"{e} (pass --literal)") from e


def stderr_line(line: str) -> None:
    stderr.print(line, soft_wrap=True, markup=False)


@app.command(
    epilog="Examples:\n\n"
    "  newsfacts ingest archive/*.txt --db news.db\n\n"
    "  newsfacts ingest crawl.warc.gz feed.jsonl --workers 2\n\n"
    "  cat story.txt | newsfacts ingest - --published 2017-11-22"
)
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Inputs as for extract; - for stdin.")],
    db: DbOption = Path("newsfacts.db"),
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Processes, each loading the model.")
    ] = 1,
    model: ModelOption = None,
    published: PublishedOption = None,
    batch: Annotated[
        int, typer.Option("--batch", min=1, help="Articles per transaction.")
    ] = BATCH_SIZE,
    stories: Annotated[
        bool, typer.Option("--stories/--no-stories", help="Recluster stories at the end.")
    ] = True,
) -> None:
    """Store the fact sheets of many articles in a corpus; idempotent, resumable."""
    from newsfacts.cli.corpus_views import run_ingest

    with reported_errors():
        report = run_ingest(
            inputs,
            db=db,
            workers=workers,
            model=model,
            published=parse_date(published),
            batch_size=batch,
            stories=stories,
            err=stderr,
        )
    if report.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command(
    epilog="Examples:\n\n"
    '  newsfacts search "harbour closure"\n\n'
    "  newsfacts search 'truce OR ceasefire' --since 2017-11-01 --format json\n\n"
    '  newsfacts search "U.N. (Command)" --literal'
)
def search(
    query: Annotated[str, typer.Argument(help="Words (all must match) or an FTS5 query.")],
    db: DbOption = Path("newsfacts.db"),
    fmt: QueryFormat = None,
    limit: LimitOption = 20,
    offset: OffsetOption = 0,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = None,
    literal: Annotated[
        bool, typer.Option("--literal", help="Search the words as typed, no FTS5 syntax.")
    ] = False,
) -> None:
    """Full-text search of the corpus, best matches first, with snippets."""
    filters = _filters(since, until, source)
    _query(
        "search",
        db,
        fmt,
        query=query,
        limit=limit,
        offset=offset,
        filters=filters,
        literal=literal,
    )


@app.command(
    epilog="Examples:\n\n"
    "  newsfacts quotes --speaker Ferrante\n\n"
    '  newsfacts quotes --speaker "Tobias Ferrante" --format jsonl --limit 200'
)
def quotes(
    speaker: Annotated[
        str | None, typer.Option("--speaker", "-s", help="Who (any name they go by).")
    ] = None,
    db: DbOption = Path("newsfacts.db"),
    fmt: QueryFormat = None,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = None,
) -> None:
    """Quotes across the corpus, by speaker, newest first, with article and date."""
    filters = _filters(since, until, source)
    _query("quotes", db, fmt, speaker=speaker, limit=limit, offset=offset, filters=filters)


@app.command(
    epilog="Examples:\n\n"
    "  newsfacts entities --type ORG\n\n"
    "  newsfacts entities --name Ferrante --format json\n\n"
    "  newsfacts entities --explain 12"
)
def entities(
    type_: Annotated[
        str | None, typer.Option("--type", "-t", help="PERSON, ORG, GPE, LOC, ...")
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="Only entities so named.")] = None,
    db: DbOption = Path("newsfacts.db"),
    fmt: QueryFormat = None,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    explain: Annotated[
        int | None,
        typer.Option(
            "--explain",
            min=1,
            help="Show why the articles' mentions of entity ID (the id column) were joined.",
        ),
    ] = None,
) -> None:
    """Entities across the corpus with counts, aliases, first and last seen."""
    if explain is not None:
        _query("explain", db, fmt, canonical=explain)
        return
    _query("entities", db, fmt, type_=type_, name=name, limit=limit, offset=offset)


@app.command(
    epilog="Examples:\n\n"
    '  newsfacts timeline "United Nations Command"\n\n'
    "  newsfacts timeline Ferrante --since 2017-11-01 --format json"
)
def timeline(
    entity: Annotated[str, typer.Argument(help="A name, acronym or alias.")],
    db: DbOption = Path("newsfacts.db"),
    fmt: QueryFormat = None,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = None,
) -> None:
    """Dated statements about an entity across articles, oldest first."""
    filters = _filters(since, until, source)
    _query("timeline", db, fmt, entity=entity, limit=limit, offset=offset, filters=filters)


@app.command(
    epilog="Examples:\n\n  newsfacts stories\n\n  newsfacts stories --limit 10 --format json"
)
def stories(
    db: DbOption = Path("newsfacts.db"),
    fmt: QueryFormat = None,
    limit: LimitOption = 20,
    offset: OffsetOption = 0,
) -> None:
    """Same-story clusters: one event as told by several outlets, largest first."""
    _query("stories", db, fmt, limit=limit, offset=offset)


@app.command(epilog="Examples:\n\n  newsfacts story 3\n\n  newsfacts story 3 --format json")
def story(
    story_id: Annotated[
        str, typer.Argument(metavar="ID", help="A story id from `newsfacts stories`.")
    ],
    db: DbOption = Path("newsfacts.db"),
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help="text or json; text on a terminal, else json."),
    ] = None,
) -> None:
    """One story across outlets: its figures reconciled, every disagreement shown."""
    import json
    import sys

    from newsfacts.errors import QueryError
    from newsfacts.render.story import render_story
    from newsfacts.store import Corpus
    from newsfacts.store.story_sheet import story_sheet

    if fmt is not None and fmt not in ("text", "json"):
        raise typer.BadParameter(f"'{fmt}' is not a format; use text or json")
    with reported_errors(QueryError), Corpus(db, create=False) as corpus:
        sheet = story_sheet(corpus.conn, story_id)
    chosen = fmt or ("text" if sys.stdout.isatty() else "json")
    if chosen == "json":
        sys.stdout.write(json.dumps(sheet.to_json_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_story(sheet, color=sys.stdout.isatty()))
