"""The ingest job: inputs -> fact sheets (the road, in worker processes) -> the corpus.

Inputs take the one road (road.py): read and checked in this process, cleaned once and parsed
in batches by N worker processes (or here, with one), each loading the spaCy model once. An
article is cleaned to learn its id (identity.py: origin and content); one the corpus holds
already from this pipeline is not parsed again (store/known.py). Workers send back rows ready
to store (`store.prepare`), and this process, the one writer, stores each batch in one
transaction as it comes back, in input order. A killed ingest leaves every committed batch in
place, and a rerun skips them before parsing.

Every record read is counted exactly once in the report (new, near-duplicate, updated,
unchanged, not an article, failed), and progress is reported per article as workers finish
them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import BinaryIO, TypeVar

from newsfacts.errors import InputError
from newsfacts.ingest.count import expected_records
from newsfacts.jobs import BATCH_SIZE, road
from newsfacts.sheet import FactSheet
from newsfacts.spark.reader import is_sheet_dataset, read_sheets
from newsfacts.store import story_table
from newsfacts.store.corpus import AddCounts, Corpus, Prepared, prepare
from newsfacts.store.known import StoredAlready

DEFAULT_WORKERS = 1
T = TypeVar("T")


@dataclass(slots=True)
class IngestReport:
    """What one ingest did. Every record read lands in exactly one of new, near_duplicates,
    updated, unchanged, not_articles, failed: they add up to `read` (issue #14)."""

    read: int = 0  # records read: articles, records that hold none, failed records and inputs
    articles: int = 0  # articles handed on to be parsed and stored
    counts: AddCounts = field(default_factory=AddCounts)
    skipped: int = 0  # already stored by this pipeline: not parsed again (in `unchanged`)
    not_articles: int = 0  # feed records that hold no article (images, redirects)
    failed_inputs: list[str] = field(default_factory=list)
    failed_articles: int = 0  # records that failed to read, articles that failed to extract
    stories: int | None = None
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return bool(self.failed_inputs or self.failed_articles)

    @property
    def new(self) -> int:
        """Rows added that copy no stored article."""
        return self.counts.added - self.counts.new_copies

    @property
    def near_duplicates(self) -> int:
        """Rows added that are near-duplicates (syndicated copies) of a stored article."""
        return self.counts.new_copies

    @property
    def unchanged(self) -> int:
        return self.counts.unchanged + self.skipped

    @property
    def failures(self) -> int:
        return len(self.failed_inputs) + self.failed_articles


Progress = Callable[[int, int | None], None]


class _Tally:
    """Records done so far, for progress: those settled once their batch is back (no article
    in them, failed) plus articles the workers finished; `total` when the inputs tell it."""

    def __init__(self, report: IngestReport, total: int | None, on_progress: Progress) -> None:
        self.report = report
        self.total = total
        self.on_progress = on_progress
        self.extracted = 0  # articles parsed or found stored, across every worker
        self.from_sheets = 0  # sheets of `newsfacts spark` folders, stored as they are

    def done(self, extracted: int) -> None:
        self.extracted = extracted
        self.show()

    def show(self) -> None:
        settled = self.report.read - self.report.articles
        done = settled + self.extracted + self.from_sheets
        total = self.total if self.total is None else max(self.total, done)
        self.on_progress(done, total)


def ingest(
    specs: list[str],
    *,
    db: Path,
    workers: int = DEFAULT_WORKERS,
    model: str | None = None,
    published: date | None = None,
    batch_size: int = BATCH_SIZE,
    stdin: BinaryIO | None = None,
    stories: bool = True,
    on_error: Callable[[str], None] = lambda message: None,
    on_progress: Progress = lambda done, total: None,
) -> IngestReport:
    """Store the articles of `specs` in the corpus at `db`; see the module docstring.

    `on_progress(done, total)` is called as each record is done; `total` is None when the
    inputs do not tell it before they are read (a WARC, a gzipped feed, standard input).
    """
    started = time.perf_counter()
    report = IngestReport()
    with Corpus(db) as corpus:
        # A `newsfacts spark` output folder holds finished sheets: stored as they are (#11).
        folders = [spec for spec in specs if is_sheet_dataset(spec)]
        specs = [spec for spec in specs if spec not in folders]
        tally = _Tally(report, None if folders else expected_records(specs), on_progress)
        for folder in folders:
            _store_sheets(folder, corpus, report, tally, batch_size, on_error)
        if stories and workers > 1:  # one core is the workers', the other mostly waits
            threading.Thread(target=story_table.preload, daemon=True).start()
        known = StoredAlready(db)
        recipe = road.Recipe(finish=prepare, model=model, known=known)
        entries = road.read(specs, published=published, stdin=stdin)
        batches = road.run(
            entries,
            recipe,
            workers=workers,
            batch_size=batch_size,
            on_done=tally.done,
            expected=tally.total,
        )
        try:
            for events in batches:
                _store(events, corpus, report, on_error)
                tally.show()
        finally:
            known.close()
        if stories and story_table.is_stale(corpus.conn):
            report.stories = story_table.rebuild(corpus.conn)
    report.seconds = time.perf_counter() - started
    return report


def _store(
    events: list[road.Event],
    corpus: Corpus,
    report: IngestReport,
    on_error: Callable[[str], None],
) -> None:
    """One batch's events counted, and its sheets stored in one transaction."""
    prepared: list[Prepared] = []
    known: list[str] = []
    for event in events:
        report.read += 1
        if isinstance(event, road.Skipped):
            report.not_articles += 1
            continue
        if isinstance(event, road.Failed):
            if event.stage == "input":
                report.failed_inputs.append(event.input)
            else:
                report.failed_articles += 1
            on_error(event.message)
        if isinstance(event, road.Failed) and event.stage != "extract":
            continue
        report.articles += 1  # handed on to be parsed: made, found stored, or failed there
        if isinstance(event, road.Made):
            prepared.append(event.value)
        elif isinstance(event, road.Known):
            known.append(event.ident)
    report.skipped += len(known)
    corpus.mark_seen(known)
    if prepared:
        _add(prepared, corpus, report, on_error)


def _add(
    prepared: Sequence[Prepared | FactSheet],
    corpus: Corpus,
    report: IngestReport,
    on_error: Callable[[str], None],
) -> None:
    counts = corpus.add(prepared)
    report.counts += counts
    report.failed_articles += len(counts.failed)
    for failure in counts.failed:
        on_error(failure)


def _store_sheets(
    folder: str,
    corpus: Corpus,
    report: IngestReport,
    tally: _Tally,
    batch_size: int,
    on_error: Callable[[str], None],
) -> None:
    try:
        for sheets in _chunks(read_sheets(folder), batch_size):
            report.read += len(sheets)
            report.articles += len(sheets)
            _add(sheets, corpus, report, on_error)
            tally.from_sheets += len(sheets)
            tally.show()
    except InputError as e:
        report.read += 1
        report.failed_inputs.append(folder)
        on_error(str(e))


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    return iter(lambda: list(islice(iterator, size)), [])
