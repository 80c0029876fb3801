"""The `newsfacts` command: thin typer commands that parse, call one library function, render.

Only this module maps NewsfactsError to messages and exit codes (errors.py): each failed input
is named on stderr, the others go on, and no user error ever shows a traceback.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from newsfacts import __version__
from newsfacts.errors import EXIT_SOME_FAILED, EXIT_USAGE, NewsfactsError
from newsfacts.render import FORMATS

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
    "  cat story.txt | newsfacts extract - --format md -o story.md"
)
def extract(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="Files to read, or - for stdin. None: the bundled sample."),
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
) -> None:
    """Extract the fact sheet of each article."""
    from newsfacts.extracting import run_extract

    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"'{fmt}' is not a format; use one of {', '.join(FORMATS)}")
    specs = inputs or []
    chosen = fmt or (
        "text"
        if output is None and sys.stdout.isatty()
        else ("json" if len(specs) <= 1 else "jsonl")
    )
    try:
        failures = run_extract(
            specs,
            published=_parse_date(published),
            model=model,
            fmt=chosen,
            output=output,
            on_error=lambda message: stderr.print(f"[red]error:[/red] {message}"),
        )
    except NewsfactsError as e:
        stderr.print(f"[red]error:[/red] {e}")
        raise typer.Exit(EXIT_SOME_FAILED) from None
    if failures:
        raise typer.Exit(EXIT_SOME_FAILED)


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
