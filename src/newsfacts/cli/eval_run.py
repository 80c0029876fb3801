"""The `eval` job: run tasks with a progress bar, print tables or JSON, write the docs page.

Kept apart from the command (cli/evaluation.py) so it stays a thin shell; the scoring lives
in evaluate/.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn

from newsfacts.cli.common import progress_bar
from newsfacts.evaluate import TASK_NAMES, TaskResult, default_data_dir, get_task, run_task
from newsfacts.evaluate.data import Half
from newsfacts.evaluate.report import accuracy_page, check_figures, result_table

T = TypeVar("T")


def _tasks(task: str) -> list[str]:
    if task == "all":
        return list(TASK_NAMES)
    get_task(task)  # raises DataError naming the choices
    return [task]


def run_eval(
    task: str,
    *,
    data: Path | None,
    peers: bool,
    limit: int | None,
    as_json: bool,
    half: Half | None = None,
    output: Path | None,
    docs: Path | None,
    check: bool,
    err: Console,
) -> bool:
    """Run one task or all; return False when --check found a drifting peer figure."""
    names = _tasks(task)
    data_dir = data or default_data_dir()
    started = time.perf_counter()
    results: list[TaskResult] = []
    out_console = Console(
        file=output.open("w", encoding="utf-8") if output else sys.stdout,
        width=200 if output else None,
    )
    columns = (BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with progress_bar(err, TextColumn("{task.description}"), *columns) as progress:

        def track(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
            bar = progress.add_task(description, total=total)
            for item in items:
                yield item
                progress.advance(bar)
            progress.remove_task(bar)

        for name in names:
            result = run_task(name, data_dir, peers=peers, limit=limit, half=half, track=track)
            results.append(result)
            if not as_json:
                out_console.print(result_table(result))
                for note in result.notes:
                    out_console.print(f"  note: {note}", highlight=False)
    seconds = time.perf_counter() - started
    if as_json:
        payload = results[0].to_json() if task != "all" else [r.to_json() for r in results]
        out_console.file.write(json.dumps(payload, indent=2) + "\n")
    if docs is not None:
        docs.parent.mkdir(parents=True, exist_ok=True)
        docs.write_text(accuracy_page(results, seconds=seconds), encoding="utf-8")
        err.print(f"wrote {docs}")
    if output:
        out_console.file.close()
    err.print(f"eval: {len(results)} task(s) in {seconds:.0f} s")
    if not check:
        return True
    problems = []
    for result in results:
        if limit is None and half is None:
            problems += check_figures(result, get_task(result.task).figures)
    for problem in problems:
        err.print(f"[red]drift:[/red] {problem}")
    if not problems:
        err.print("eval-check: every peer figure matches METRICS.md")
    return not problems
