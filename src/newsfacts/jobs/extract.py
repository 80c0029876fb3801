"""The `extract` job: inputs -> sheets -> rendered output, one bad input never stopping the rest.

The command (cli/extract.py) stays a thin shell and the job is callable from code. Inputs take
the one road (road.py): read and checked here, parsed here or, with `workers` above 1, in
worker processes that each load the model once and send back rendered sheets. Sheets are
written in input order either way, so output does not depend on `workers`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import BinaryIO, TextIO

from newsfacts.errors import ConfigError
from newsfacts.ingest import Limits, read_sample
from newsfacts.ingest.count import expected_records
from newsfacts.jobs import road
from newsfacts.pipeline import DEFAULT_SUMMARY_SENTENCES
from newsfacts.render import render_json, render_jsonl, render_markdown, render_text
from newsfacts.sheet import FactSheet


@dataclass
class ExtractSummary:
    """What one run did: the summary line on stderr and the exit status come from this."""

    ok: int = 0  # sheets written
    failed: int = 0  # inputs or records unread, articles too long to parse or that raised
    skipped: int = 0  # records that are no article (images, redirects, index pages)
    failed_inputs: list[str] = field(default_factory=list)

    def line(self) -> str:
        articles = "article" if self.ok == 1 else "articles"
        return f"{self.ok} {articles} ok, {self.failed} failed, {self.skipped} skipped"


def render(sheet: FactSheet, fmt: str, *, width: int = 100, color: bool = False) -> str:
    if fmt == "json":
        return render_json(sheet)
    if fmt == "jsonl":
        return render_jsonl(sheet)
    if fmt == "md":
        return render_markdown(sheet)
    return render_text(sheet, width=width, color=color)


@dataclass(frozen=True, slots=True)
class _View:
    """How sheets are rendered; picklable, so workers render too."""

    fmt: str
    width: int = 100
    color: bool = False


def run_extract(
    specs: list[str],
    *,
    published: date | None,
    model: str | None,
    fmt: str,
    output: Path | None,
    on_error: Callable[[str], None],
    workers: int = 1,
    stdin: BinaryIO | None = None,
    limits: Limits | None = None,
    summary_sentences: int = DEFAULT_SUMMARY_SENTENCES,
) -> ExtractSummary:
    """Write one rendered sheet per article; failures go to `on_error` as their turn comes.

    No inputs: the bundled sample. Raises NewsfactsError only for what stops every input
    (a model that cannot load, a bad NEWSFACTS_* setting); anything wrong with one input,
    record or article is counted, named through `on_error`, and the run goes on.
    """
    limits = limits or Limits.from_env()
    summary = ExtractSummary()
    view = _view(fmt, output)
    out = _open_output(output)
    try:
        recipe = road.Recipe(
            finish=partial(_render, view=view), model=model, summary_sentences=summary_sentences
        )
        entries = _entries(specs, published=published, stdin=stdin, limits=limits)
        expected = expected_records(specs) if specs else 1
        for batch in road.run(entries, recipe, workers=workers, expected=expected):
            for event in batch:
                _write(event, out=out, view=view, summary=summary, on_error=on_error)
    finally:
        if output:
            out.close()
    return summary


def _write(
    event: road.Event,
    *,
    out: TextIO,
    view: _View,
    summary: ExtractSummary,
    on_error: Callable[[str], None],
) -> None:
    if isinstance(event, road.Made):
        out.write(event.value)
        if not (view.fmt == "text" and view.color):
            out.write("\n")
        out.flush()
        summary.ok += 1
    elif isinstance(event, road.Skipped):
        summary.skipped += 1
    elif isinstance(event, road.Failed):
        summary.failed += 1
        if event.stage == "input":
            summary.failed_inputs.append(event.input)
        on_error(event.message)


def _entries(
    specs: list[str], *, published: date | None, stdin: BinaryIO | None, limits: Limits
) -> Iterator[road.Entry]:
    if not specs:
        yield "sample", read_sample(published=published)
        return
    stream = stdin if stdin is not None else sys.stdin.buffer
    yield from road.read(specs, published=published, stdin=stream, limits=limits)


def _render(sheet: FactSheet, *, view: _View) -> str:
    return render(sheet, view.fmt, width=view.width, color=view.color)


def _open_output(output: Path | None) -> TextIO:
    if output is None:
        return sys.stdout
    try:
        return output.open("w", encoding="utf-8")
    except OSError as e:
        raise ConfigError(
            f"-o {output}: cannot be written ({e.strerror}); pick another path"
        ) from e


def _view(fmt: str, output: Path | None) -> _View:
    color = output is None and sys.stdout.isatty()
    if not color:
        return _View(fmt)
    from shutil import get_terminal_size

    return _View(fmt, width=min(get_terminal_size().columns, 120), color=True)
