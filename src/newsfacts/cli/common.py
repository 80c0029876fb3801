"""What every command shares: the stderr console, error lines, exit codes, common options.

Only the cli package maps NewsfactsError to messages and exit codes (errors.py): each failed
input is named on stderr, the others go on, and no user error ever shows a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from newsfacts.errors import EXIT_SOME_FAILED, EXIT_USAGE, NewsfactsError

if TYPE_CHECKING:
    from rich.progress import Progress, ProgressColumn

stderr = Console(stderr=True, highlight=False)

ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy model (default: $NEWSFACTS_MODEL or en_core_web_sm)."),
]
DbOption = Annotated[
    Path, typer.Option("--db", envvar="NEWSFACTS_DB", help="Corpus file (SQLite).")
]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Publication date YYYY-MM-DD (resolves 'last week')."),
]


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date; expected YYYY-MM-DD") from None


def print_error(message: str) -> None:
    """One line per problem, never wrapped, the message printed as given (no markup)."""
    from rich.markup import escape

    stderr.print(f"[red]error:[/red] {escape(message)}", soft_wrap=True)


def progress_bar(err: Console, *columns: ProgressColumn) -> Progress:
    """A bar on a terminal, gone once done; nothing on a log or a pipe (they get lines)."""
    from rich.progress import Progress

    return Progress(*columns, console=err, transient=True, disable=not err.is_terminal)


@contextmanager
def reported_errors(*usage: type[NewsfactsError]) -> Iterator[None]:
    """Turn library errors into one stderr line and an exit code: `usage` kinds exit 2, others 1."""
    try:
        yield
    except usage as e:
        print_error(str(e))
        raise typer.Exit(EXIT_USAGE) from None
    except NewsfactsError as e:
        print_error(str(e))
        raise typer.Exit(EXIT_SOME_FAILED) from None
