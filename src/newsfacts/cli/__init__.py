"""The `newsfacts` command: thin typer commands that parse, call one library function, render.

One module per command group: extract.py (extract, schema), evaluation.py (eval), corpus.py
(ingest and the corpus questions), web.py (serve) and scale.py (spark); what a command shows
beyond a line lives beside it (corpus_views.py, eval_run.py), the jobs it runs in jobs/.
Heavy extras (fastapi, uvicorn, pyspark) are imported only inside the commands that need them.
"""

from __future__ import annotations

import importlib
import sys
from typing import Annotated

import typer

from newsfacts import __version__
from newsfacts.cli.common import stderr
from newsfacts.errors import EXIT_USAGE

app = typer.Typer(
    name="newsfacts",
    help="Turn news articles into structured, verifiable fact sheets.\n\n"
    "Example: newsfacts extract article.txt --published 2024-03-11",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


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


def main() -> None:
    """Console entry point: usage errors exit 2, failed inputs 1, never a traceback."""
    try:
        app(standalone_mode=True)
    except KeyboardInterrupt:
        stderr.print("interrupted")
        sys.exit(130)


# Each module registers its commands on `app` when imported; this order is the --help order.
COMMAND_MODULES = ("extract", "evaluation", "corpus", "web", "scale")
for _module in COMMAND_MODULES:
    importlib.import_module(f"newsfacts.cli.{_module}")

__all__ = ["EXIT_USAGE", "app", "main"]
