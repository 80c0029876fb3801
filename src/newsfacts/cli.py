"""The `newsfacts` command: thin typer commands that parse, call one library function, render.

Only this module maps NewsfactsError to messages and exit codes (errors.py): each failed input
is named on stderr, the others go on, and no user error ever shows a traceback.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from newsfacts import __version__
from newsfacts.errors import EXIT_SOME_FAILED, EXIT_USAGE, NewsfactsError
from newsfacts.extract.summary import DEFAULT_SENTENCES, MAX_SENTENCES, MIN_SENTENCES
from newsfacts.render import FORMATS

if TYPE_CHECKING:
    from newsfacts.store.search import Filters

app = typer.Typer(
    name="newsfacts",
    help="Turn news articles into structured, verifiable fact sheets.\n\n"
    "Example: newsfacts extract article.txt --published 2024-03-11",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True, highlight=False)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsfacts {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Turn news articles into structured, verifiable fact sheets."""


ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy model (default: $NEWSFACTS_MODEL or en_core_web_sm)."),
]


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date; expected YYYY-MM-DD") from None


def _default_format(count: int) -> str:
    if sys.stdout.isatty():
        return "text"
    return "json" if count <= 1 else "jsonl"


@app.command(
    epilog="Examples:\n\n"
    "  newsfacts extract                       # the bundled sample\n\n"
    "  newsfacts extract story.txt --published 2017-11-22 --format json\n\n"
    "  newsfacts extract page.html https://example.org/news/story.html\n\n"
    "  newsfacts extract crawl.warc.gz feed.jsonl.gz --workers 4 -o sheets.jsonl\n\n"
    "  cat story.txt | newsfacts extract - --format md -o story.md"
)
def extract(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Text, HTML, WARC(.gz) or JSONL(.gz) files, http(s) URLs, or - for stdin. "
            "None: the bundled sample."
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date YYYY-MM-DD (resolves 'last week')."),
    ] = None,
    model: ModelOption = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}; text on a terminal."),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    workers: Annotated[
        int,
        typer.Option("--workers", "-w", min=1, help="Parallel processes, each loading the model."),
    ] = 1,
    summary_sentences: Annotated[
        int,
        typer.Option(
            "--summary-sentences",
            min=MIN_SENTENCES,
            max=MAX_SENTENCES,
            help=f"Sentences in each sheet's summary ({MIN_SENTENCES}-{MAX_SENTENCES}).",
        ),
    ] = DEFAULT_SENTENCES,
) -> None:
    """Extract the fact sheet of each article; a summary line (ok, failed, skipped) on stderr."""
    from newsfacts.errors import ConfigError
    from newsfacts.extracting import run_extract
    from newsfacts.ingest import input_kind

    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"'{fmt}' is not a format; use one of {', '.join(FORMATS)}")
    specs = inputs or []
    # A WARC or JSONL file holds many articles: one JSON sheet per line, like several inputs.
    many = len(specs) > 1 or any(input_kind(spec)[0] in ("warc", "jsonl") for spec in specs)
    chosen = fmt or (
        "text" if output is None and sys.stdout.isatty() else ("jsonl" if many else "json")
    )
    try:
        summary = run_extract(
            specs,
            published=_parse_date(published),
            model=model,
            fmt=chosen,
            output=output,
            on_error=_print_error,
            workers=workers,
            summary_sentences=summary_sentences,
        )
    except ConfigError as e:
        _print_error(str(e))
        raise typer.Exit(EXIT_USAGE) from None
    except NewsfactsError as e:
        _print_error(str(e))
        raise typer.Exit(EXIT_SOME_FAILED) from None
    stderr.print(f"extract: {summary.line()}", soft_wrap=True, markup=False)
    if summary.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def _print_error(message: str) -> None:
    """One line per problem, never wrapped, the message printed as given (no markup)."""
    from rich.markup import escape

    stderr.print(f"[red]error:[/red] {escape(message)}", soft_wrap=True)


@app.command(epilog="Example:\n\n  newsfacts schema > factsheet.schema.json")
def schema() -> None:
    """Print the JSON Schema of the fact sheet."""
    import json

    from newsfacts.sheet import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


@app.command(
    name="eval",
    epilog="Examples:\n\n"
    "  newsfacts eval quotes --peers\n\n"
    "  newsfacts eval all --peers --json -o scores.json\n\n"
    "  newsfacts eval ner --data /data/eval --limit 20",
)
def eval_(
    task: Annotated[
        str,
        typer.Argument(
            help="A task (article, ner, timex, quantities, quotes, "
            "5w1h, stories, coref, summary) or all."
        ),
    ],
    data: Annotated[
        Path | None, typer.Option("--data", help="Gold folder (default ../shared/eval).")
    ] = None,
    peers: Annotated[
        bool, typer.Option("--peers/--no-peers", help="Add the peer baselines to the table.")
    ] = False,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="First N documents.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    docs: Annotated[
        Path | None, typer.Option("--docs", help="Also write the accuracy page (markdown).")
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 if a peer drifts from METRICS.md's figures.")
    ] = False,
) -> None:
    """Score newsfacts (and the peers) against public gold data."""
    from newsfacts.evaluating import run_eval

    try:
        ok = run_eval(
            task,
            data=data,
            peers=peers or check,
            limit=limit,
            as_json=as_json,
            output=output,
            docs=docs,
            check=check,
            err=stderr,
        )
    except NewsfactsError as e:
        stderr.print(f"[red]error:[/red] {e}")
        raise typer.Exit(EXIT_USAGE if "unknown task" in str(e) else EXIT_SOME_FAILED) from None
    if not ok:
        raise typer.Exit(EXIT_SOME_FAILED)


# -- the corpus: ingest and questions (store/, storing.py) ----------------------------------

DbOption = Annotated[
    Path, typer.Option("--db", envvar="NEWSFACTS_DB", help="Corpus file (SQLite).")
]
QueryFormat = Annotated[
    str | None,
    typer.Option("--format", "-f", help="text, json or jsonl; text on a terminal, else json."),
]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help="At most N rows.")]
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
        since=(day := _parse_date(since)) and day.isoformat(),
        until=(day := _parse_date(until)) and day.isoformat(),
        source=source,
    )


def _query(kind: str, db: Path, fmt: str | None, **options: object) -> None:
    """Run one corpus question; a malformed query exits 2, an unusable corpus 1."""
    from newsfacts.errors import QueryError
    from newsfacts.storing import QUERY_FORMATS, run_query

    if fmt is not None and fmt not in QUERY_FORMATS:
        raise typer.BadParameter(f"'{fmt}' is not a format; use one of {', '.join(QUERY_FORMATS)}")
    try:
        run_query(kind, db=db, fmt=fmt, **options)
    except QueryError as e:
        _print_error(str(e))
        raise typer.Exit(EXIT_USAGE) from None
    except NewsfactsError as e:
        _print_error(str(e))
        raise typer.Exit(EXIT_SOME_FAILED) from None


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
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD.")
    ] = None,
    batch: Annotated[int, typer.Option("--batch", min=1, help="Articles per transaction.")] = 32,
    stories: Annotated[
        bool, typer.Option("--stories/--no-stories", help="Recluster stories at the end.")
    ] = True,
) -> None:
    """Store the fact sheets of many articles in a corpus; idempotent, resumable."""
    from newsfacts.storing import run_ingest

    try:
        report = run_ingest(
            inputs,
            db=db,
            workers=workers,
            model=model,
            published=_parse_date(published),
            batch_size=batch,
            stories=stories,
            err=stderr,
        )
    except NewsfactsError as e:
        _print_error(str(e))
        raise typer.Exit(EXIT_SOME_FAILED) from None
    if report.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command(
    epilog="Examples:\n\n"
    '  newsfacts search "armistice violation"\n\n'
    "  newsfacts search 'truce OR ceasefire' --since 2017-11-01 --format json\n\n"
    '  newsfacts search "U.N. (Command)" --literal'
)
def search(
    query: Annotated[str, typer.Argument(help="Words (all must match) or an FTS5 query.")],
    db: DbOption = Path("newsfacts.db"),
    fmt: QueryFormat = None,
    limit: LimitOption = 20,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = None,
    literal: Annotated[
        bool, typer.Option("--literal", help="Search the words as typed, no FTS5 syntax.")
    ] = False,
) -> None:
    """Full-text search of the corpus, best matches first, with snippets."""
    filters = _filters(since, until, source)
    _query("search", db, fmt, query=query, limit=limit, filters=filters, literal=literal)


@app.command(
    epilog="Examples:\n\n"
    "  newsfacts quotes --speaker Carroll\n\n"
    '  newsfacts quotes --speaker "Chad Carroll" --format jsonl --limit 200'
)
def quotes(
    speaker: Annotated[
        str | None, typer.Option("--speaker", "-s", help="Who (any name they go by).")
    ] = None,
    db: DbOption = Path("newsfacts.db"),
    fmt: QueryFormat = None,
    limit: LimitOption = 50,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = None,
) -> None:
    """Quotes across the corpus, by speaker, newest first, with article and date."""
    filters = _filters(since, until, source)
    _query("quotes", db, fmt, speaker=speaker, limit=limit, filters=filters)


@app.command(
    epilog="Examples:\n\n"
    "  newsfacts entities --type ORG\n\n"
    "  newsfacts entities --name Carroll --format json"
)
def entities(
    type_: Annotated[
        str | None, typer.Option("--type", "-t", help="PERSON, ORG, GPE, LOC, ...")
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="Only entities so named.")] = None,
    db: DbOption = Path("newsfacts.db"),
    fmt: QueryFormat = None,
    limit: LimitOption = 50,
) -> None:
    """Entities across the corpus with counts, aliases, first and last seen."""
    _query("entities", db, fmt, type_=type_, name=name, limit=limit)


@app.command(
    epilog="Examples:\n\n"
    '  newsfacts timeline "United Nations Command"\n\n'
    "  newsfacts timeline Carroll --since 2017-11-01 --format json"
)
def timeline(
    entity: Annotated[str, typer.Argument(help="A name, acronym or alias.")],
    db: DbOption = Path("newsfacts.db"),
    fmt: QueryFormat = None,
    limit: LimitOption = 50,
    since: SinceOption = None,
    until: UntilOption = None,
    source: SourceOption = None,
) -> None:
    """Dated statements about an entity across articles, oldest first."""
    filters = _filters(since, until, source)
    _query("timeline", db, fmt, entity=entity, limit=limit, filters=filters)


@app.command(
    epilog="Examples:\n\n  newsfacts stories\n\n  newsfacts stories --limit 10 --format json"
)
def stories(
    db: DbOption = Path("newsfacts.db"),
    fmt: QueryFormat = None,
    limit: LimitOption = 20,
) -> None:
    """Same-story clusters: one event as told by several outlets, largest first."""
    _query("stories", db, fmt, limit=limit)


# -- the web reader and API (serve/; fastapi and uvicorn are imported only when it runs) ------


@app.command(
    epilog="Examples:\n\n"
    "  newsfacts serve                          # http://127.0.0.1:8000 over ./newsfacts.db\n\n"
    "  newsfacts serve --db news.db --port 8080\n\n"
    "  newsfacts serve --host 0.0.0.0 --no-fetch    # other machines may connect; no URL fetching"
)
def serve(
    db: DbOption = Path("newsfacts.db"),
    host: Annotated[
        str, typer.Option("--host", help="Address to bind; 127.0.0.1 keeps it to this machine.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0: any free one).")
    ] = 8000,
    model: ModelOption = None,
    fetch: Annotated[
        bool, typer.Option("--fetch/--no-fetch", help="Let extract requests fetch URLs.")
    ] = True,
) -> None:
    """Serve the web reader and the JSON API (/api, reference at /api/docs) over a corpus."""
    try:
        import uvicorn

        from newsfacts.serve import create_app
    except ImportError as e:
        _print_error(
            f"the serve command needs the [serve] extra ({e}); pip install 'newsfacts[serve]'"
        )
        raise typer.Exit(EXIT_USAGE) from None
    from newsfacts.nlp import get_nlp
    from newsfacts.store import Corpus

    try:
        Corpus(db, create=False).close()  # a missing or foreign corpus is named up front
        get_nlp(model)  # a missing model too; the app's lifespan then finds it loaded
    except NewsfactsError as e:
        _print_error(str(e))
        raise typer.Exit(EXIT_SOME_FAILED) from None
    # proxy_headers off: a client's X-Forwarded-For must not pick its own rate-limit bucket
    web = create_app(db, model=model, fetch=fetch)
    uvicorn.run(web, host=host, port=port, log_level="info", proxy_headers=False)


# -- scale-out (spark/; pyspark is imported only there, and only when this command runs) ------


@app.command(
    epilog="Examples:\n\n"
    "  newsfacts spark crawl/*.warc.gz feed.jsonl.gz out/ --master local[4]\n\n"
    "  newsfacts spark s3a://bucket/crawl/ s3a://bucket/sheets/ --overwrite\n\n"
    "  spark-submit --master yarn $(python -c 'import newsfacts.spark.submit as m; "
    "print(m.__file__)') in/ out/\n\n"
    "  newsfacts ingest out/ --db news.db      # load the Parquet sheets into a corpus"
)
def spark(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT",
            help="WARC(.gz) and JSONL(.gz) files (one task each), Parquet with text/html/url/"
            "published/id columns; folders, globs and s3a:// gs:// hdfs:// URIs too.",
        ),
    ],
    output: Annotated[
        str,
        typer.Argument(
            metavar="OUTPUT", help="Folder for the Parquet sheets; failures go to OUTPUT/_errors."
        ),
    ],
    master: Annotated[
        str | None,
        typer.Option("--master", help="Spark master URL (default: spark-submit's, or local[*])."),
    ] = None,
    partitions: Annotated[
        int | None,
        typer.Option("--partitions", min=1, help="Split Parquet input into N tasks."),
    ] = None,
    model: ModelOption = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD.")
    ] = None,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace OUTPUT if it exists.")
    ] = False,
) -> None:
    """Extract fact sheets on Apache Spark: the same sheets as extract, as Parquet."""
    try:
        from newsfacts.spark.job import JobOptions, run_spark
    except ImportError as e:
        _print_error(f"the spark command needs pyspark ({e}); pip install 'newsfacts[spark]'")
        raise typer.Exit(EXIT_USAGE) from None
    from newsfacts.errors import ConfigError

    options = JobOptions(model=model, published=_parse_date(published))
    try:
        summary = run_spark(
            inputs,
            output,
            master=master,
            options=options,
            partitions=partitions,
            overwrite=overwrite,
            progress=stderr.is_terminal,
        )
    except ConfigError as e:
        _print_error(str(e))
        raise typer.Exit(EXIT_USAGE) from None
    except NewsfactsError as e:
        _print_error(str(e))
        raise typer.Exit(EXIT_SOME_FAILED) from None
    for message in summary.errors:
        _print_error(message)
    if summary.failed > len(summary.errors):
        stderr.print(f"... {summary.failed - len(summary.errors)} more in {output}/_errors")
    stderr.print(f"spark: {summary.line()}", soft_wrap=True, markup=False)
    if summary.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def main() -> None:
    """Console entry point: usage errors exit 2, failed inputs 1, never a traceback."""
    try:
        app(standalone_mode=True)
    except KeyboardInterrupt:
        stderr.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()

__all__ = ["EXIT_USAGE", "app", "main"]
