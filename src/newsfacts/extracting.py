"""The `extract` job: inputs -> sheets -> rendered output, one bad input never stopping the rest.

Kept apart from cli.py so the command stays a thin shell and the job is callable from code.
Reading happens here, in order; parsing and extracting happen here too, or, with `workers`
above 1, in worker processes that each load the model once and take batches of articles.
Sheets are written in input order either way, so output does not depend on `workers`.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import BinaryIO, TextIO

from newsfacts.article import RawArticle
from newsfacts.errors import ConfigError, InputError
from newsfacts.ingest import Limits, RecordError, RecordSkipped, read_input, read_sample
from newsfacts.nlp import MAX_LENGTH, get_nlp
from newsfacts.pipeline import DEFAULT_SUMMARY_SENTENCES, extract_many
from newsfacts.render import render_json, render_jsonl, render_markdown, render_text
from newsfacts.sheet import FactSheet

# Articles sent to a worker at a time: large enough to amortise pickling and nlp.pipe's
# batching, small enough that the workers share a short input evenly.
WORKER_BATCH = 16
# Batches in flight per worker: one being parsed, one queued, so a worker never waits.
IN_FLIGHT_PER_WORKER = 2


@dataclass
class ExtractSummary:
    """What one run did: the summary line on stderr and the exit status come from this."""

    ok: int = 0  # sheets written
    failed: int = 0  # inputs or records that could not be read, articles too long to parse
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
    """Write one rendered sheet per article; failures go to `on_error` as they happen.

    No inputs: the bundled sample. Raises NewsfactsError only for what stops every input
    (a model that cannot load, a bad NEWSFACTS_* setting); anything wrong with one input or
    record is counted, named through `on_error`, and the run goes on.
    """
    limits = limits or Limits.from_env()
    summary = ExtractSummary()
    articles = _articles(
        specs,
        published=published,
        stdin=stdin,
        limits=limits,
        summary=summary,
        on_error=on_error,
    )
    view = _view(fmt, output)
    out = _open_output(output)
    try:
        sheets = _Sheets(model=model, summary_sentences=summary_sentences)
        if workers > 1:
            rendered = _in_workers(articles, sheets=sheets, view=view, workers=workers)
        else:
            rendered = _here(articles, sheets=sheets, view=view)
        for text in rendered:
            out.write(text)
            if not (view.fmt == "text" and view.color):
                out.write("\n")
            out.flush()
            summary.ok += 1
    finally:
        if output:
            out.close()
    return summary


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


def _articles(
    specs: list[str],
    *,
    published: date | None,
    stdin: BinaryIO | None,
    limits: Limits,
    summary: ExtractSummary,
    on_error: Callable[[str], None],
) -> Iterator[RawArticle]:
    """The articles of every input in order; every problem counted and named on the way."""
    if not specs:
        yield read_sample(published=published)
        return
    for spec in specs:
        stream = stdin if stdin is not None else sys.stdin.buffer
        try:
            for item in read_input(spec, published=published, stdin=stream, limits=limits):
                if isinstance(item, RecordSkipped):
                    summary.skipped += 1
                elif isinstance(item, RecordError):
                    summary.failed += 1
                    on_error(str(item))
                elif len(item.text) > MAX_LENGTH:
                    summary.failed += 1
                    on_error(_too_long(spec, item))
                else:
                    yield item
        except InputError as e:
            summary.failed += 1
            summary.failed_inputs.append(spec)
            on_error(str(e))


def _too_long(spec: str, raw: RawArticle) -> str:
    where = raw.source.url or spec
    return (
        f"{where}: the article text is {len(raw.text):,} characters; the parser reads at most "
        f"{MAX_LENGTH:,} (is it one article?); split it"
    )


@dataclass(frozen=True, slots=True)
class _Sheets:
    """How sheets are built: the model and the stage options; picklable, for workers."""

    model: str | None
    summary_sentences: int = DEFAULT_SUMMARY_SENTENCES


def _here(articles: Iterable[RawArticle], *, sheets: _Sheets, view: _View) -> Iterator[str]:
    nlp = get_nlp(sheets.model)
    for sheet in extract_many(articles, nlp=nlp, summary_sentences=sheets.summary_sentences):
        yield render(sheet, view.fmt, width=view.width, color=view.color)


def _in_workers(
    articles: Iterable[RawArticle], *, sheets: _Sheets, view: _View, workers: int
) -> Iterator[str]:
    """Batches parsed in `workers` processes, results yielded in input order."""
    from multiprocessing import get_context

    # spawn, not fork: a forked copy of a process holding threads (rich, httpx) can deadlock.
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
    pending: deque[Future[list[str]]] = deque()
    batches = iter(lambda: list(islice(articles, WORKER_BATCH)), [])
    try:
        for batch in batches:
            pending.append(pool.submit(_work, batch, sheets, view))
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)


def _work(batch: list[RawArticle], sheets: _Sheets, view: _View) -> list[str]:
    """In a worker process: the model is loaded on the first batch and kept (nlp.get_nlp)."""
    nlp = get_nlp(sheets.model)
    return [
        render(sheet, view.fmt, width=view.width, color=view.color)
        for sheet in extract_many(batch, nlp=nlp, summary_sentences=sheets.summary_sentences)
    ]
