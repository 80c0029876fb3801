"""`extract` (fact sheets of articles) and `schema` (the sheet's JSON Schema)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from newsfacts.cli import app
from newsfacts.cli.common import (
    ModelOption,
    PublishedOption,
    parse_date,
    print_error,
    reported_errors,
    stderr,
)
from newsfacts.errors import EXIT_SOME_FAILED, ConfigError
from newsfacts.extract.summary import DEFAULT_SENTENCES, MAX_SENTENCES, MIN_SENTENCES
from newsfacts.render import FORMATS


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
    published: PublishedOption = None,
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
    from newsfacts.ingest import input_kind
    from newsfacts.jobs.extract import run_extract

    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"'{fmt}' is not a format; use one of {', '.join(FORMATS)}")
    specs = inputs or []
    # A WARC or JSONL file holds many articles: one JSON sheet per line, like several inputs.
    many = len(specs) > 1 or any(input_kind(spec)[0] in ("warc", "jsonl") for spec in specs)
    chosen = fmt or (
        "text" if output is None and sys.stdout.isatty() else ("jsonl" if many else "json")
    )
    with reported_errors(ConfigError):
        summary = run_extract(
            specs,
            published=parse_date(published),
            model=model,
            fmt=chosen,
            output=output,
            on_error=print_error,
            workers=workers,
            summary_sentences=summary_sentences,
        )
    stderr.print(f"extract: {summary.line()}", soft_wrap=True, markup=False)
    if summary.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


@app.command(epilog="Example:\n\n  newsfacts schema > factsheet.schema.json")
def schema() -> None:
    """Print the JSON Schema of the fact sheet."""
    import json

    from newsfacts.sheet import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))
