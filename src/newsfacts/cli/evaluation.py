"""`eval`: newsfacts and its peers scored on public gold data (evaluate/)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsfacts.cli import app
from newsfacts.cli.common import reported_errors, stderr
from newsfacts.errors import EXIT_SOME_FAILED, UnknownTaskError
from newsfacts.evaluate.data import Half


@app.command(
    name="eval",
    epilog="Examples:\n\n"
    "  newsfacts eval quotes --peers\n\n"
    "  newsfacts eval all --peers --json -o scores.json\n\n"
    "  newsfacts eval ner --data /data/eval --limit 20\n\n"
    "  newsfacts eval quotes --half A",
)
def eval_(
    task: Annotated[
        str,
        typer.Argument(
            help="A task (article, ner, timex, quantities, quotes, "
            "5w1h, stories, coref, summary, pages, storyfacts, crossdoc) or all."
        ),
    ],
    data: Annotated[
        Path | None, typer.Option("--data", help="Gold folder (default ../shared/eval).")
    ] = None,
    peers: Annotated[
        bool, typer.Option("--peers/--no-peers", help="Add the peer baselines to the table.")
    ] = False,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="First N documents.")] = None,
    half: Annotated[
        Half | None,
        typer.Option(
            "--half",
            help="Only half A or B of the gold, fixed by a checksum of each story or document: "
            "develop on one, check on the other.",
        ),
    ] = None,
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
    from newsfacts.cli.eval_run import run_eval

    with reported_errors(UnknownTaskError):
        ok = run_eval(
            task,
            data=data,
            peers=peers or check,
            limit=limit,
            half=half,
            as_json=as_json,
            output=output,
            docs=docs,
            check=check,
            err=stderr,
        )
    if not ok:
        raise typer.Exit(EXIT_SOME_FAILED)
