"""The ingest job: inputs -> fact sheets (worker processes) -> the corpus (one writer, batched).

Reading happens in the main process, input by input, so a bad input is named and skipped while
the rest go on (`read_input` raising InputError; inside a feed, a RecordError is one failed
record and a RecordSkipped one record that holds no article). Articles travel in batches to N worker
processes (spawned: no fork of a threaded parent), each loading the spaCy model once
(`get_nlp`), cleaning each article to learn its id (identity.py: origin and content),
skipping articles the corpus already holds from this pipeline, and extracting the rest with
`pipeline.extract_many`; the main process stores each batch in one transaction as it comes
back, in input order. A killed ingest leaves every committed batch in place, and a rerun skips
them before parsing.

Every record read is counted exactly once in the report (new, near-duplicate, updated,
unchanged, not an article, failed), and progress is reported per article: workers count the
articles they finish in shared memory, which the main process reads while it waits.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from newsfacts import __version__
from newsfacts.article import RawArticle
from newsfacts.errors import InputError
from newsfacts.identity import article_id
from newsfacts.ingest import RecordError, RecordSkipped, read_input
from newsfacts.ingest.count import expected_records
from newsfacts.nlp import MAX_LENGTH, get_nlp, model_label
from newsfacts.pipeline import clean, extract_many
from newsfacts.spark.reader import is_sheet_dataset, read_sheets
from newsfacts.store import story_table
from newsfacts.store.corpus import AddCounts, Corpus, Prepared, is_current_generator, prepare
from newsfacts.store.schema import BUSY_TIMEOUT_MS

DEFAULT_WORKERS = 1
BATCH_SIZE = 32  # articles per worker task, and per transaction
IN_FLIGHT = 2  # batches queued per worker: enough to keep it busy, little memory
POLL_SECONDS = 0.5  # how often progress is looked at while waiting for a worker's batch
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a worker returns for one batch: prepared sheets, ids it skipped, failures."""

    prepared: list[Prepared]
    skipped: list[str]  # ids stored by this pipeline already: not parsed again
    failures: list[str]


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


Tick = Callable[[int], None]


class _Extractor:
    """Per-process state: the model and a read-only view of the corpus for the skip check.

    `tick(n)` is called as articles are done (parsed, or found stored): progress per article.
    """

    def __init__(self, db: Path, model: str | None, tick: Tick = lambda done: None) -> None:
        self.nlp = get_nlp(model)
        self.generator = f"{__version__} {model_label(self.nlp)}"
        uri = db.resolve().as_uri() + "?mode=ro"
        self.conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        self.tick = tick

    def is_current(self, ident: str) -> bool:
        row = self.conn.execute("SELECT generator FROM articles WHERE id = ?", (ident,))
        found = row.fetchone()
        return found is not None and is_current_generator(found[0], self.generator)

    def run(self, batch: list[tuple[str, RawArticle]]) -> Outcome:
        todo, skipped = [], []
        for name, raw in batch:
            ident = _clean_id(raw)
            if self.is_current(ident):
                skipped.append(ident)
            else:
                todo.append((name, raw))
        self.tick(len(skipped))
        sheets = []
        try:
            for sheet in extract_many((raw for _, raw in todo), nlp=self.nlp):
                sheets.append(sheet)
                self.tick(1)
        except Exception:  # one bad article must not sink its batch: retry one by one
            return self._one_by_one(todo, skipped, ticked=len(sheets))
        return Outcome([prepare(sheet) for sheet in sheets], skipped, [])

    def _one_by_one(
        self, todo: list[tuple[str, RawArticle]], skipped: list[str], *, ticked: int
    ) -> Outcome:
        prepared, failures = [], []
        for number, (name, raw) in enumerate(todo):
            if number >= ticked:  # the first `ticked` were counted on the batch's first try
                self.tick(1)
            try:
                sheet = next(extract_many([raw], nlp=self.nlp))
            except Exception as e:  # a stage's bug: name the article, keep going (exit 1)
                where = traceback.extract_tb(e.__traceback__)[-1]
                failures.append(
                    f"{name}: extraction failed ({type(e).__name__}: {e}, at "
                    f"{Path(where.filename).name}:{where.lineno})"
                )
                continue
            prepared.append(prepare(sheet))
        return Outcome(prepared, skipped, failures)


def _clean_id(raw: RawArticle) -> str:
    return article_id(clean(raw))


_worker: _Extractor | Exception | None = None


def _init_worker(db: str, model: str | None, done: Any) -> None:
    global _worker  # one per worker process, set once by the pool initializer

    def tick(count: int) -> None:
        with done.get_lock():
            done.value += count

    try:
        _worker = _Extractor(Path(db), model, tick)
    except Exception as e:  # a Pool whose initializer raises respawns it forever: keep the
        _worker = e  # error and raise it from the first task, where the main process sees it


def _work(batch: list[tuple[str, RawArticle]]) -> Outcome:
    if isinstance(_worker, Exception):
        raise _worker
    if _worker is None:  # pragma: no cover - the pool initializer always ran
        raise RuntimeError("ingest worker used before its initializer ran")
    return _worker.run(batch)


def _read(
    specs: Iterable[str],
    *,
    published: date | None,
    stdin: BinaryIO | None,
    report: IngestReport,
    on_error: Callable[[str], None],
) -> Iterator[tuple[str, RawArticle]]:
    for spec in specs:
        try:
            for item in read_input(spec, published=published, stdin=stdin):
                report.read += 1
                if isinstance(item, RecordSkipped):
                    report.not_articles += 1
                elif isinstance(item, RecordError):
                    report.failed_articles += 1
                    on_error(str(item))
                elif len(item.text) > MAX_LENGTH:
                    report.failed_articles += 1
                    on_error(
                        f"{item.source.url or spec}: {len(item.text):,} characters is more than "
                        f"the parser reads ({MAX_LENGTH:,}); is it one article? split it"
                    )
                else:
                    report.articles += 1
                    yield item.source.url or spec, item
        except InputError as e:
            report.read += 1
            report.failed_inputs.append(spec)
            on_error(str(e))


def _batches(items: Iterator[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


Progress = Callable[[int, int | None], None]


class _Tally:
    """Records done so far, for progress: those settled as they were read (no article in them,
    failed) plus articles the extractors finished; `total` when the inputs tell it."""

    def __init__(self, report: IngestReport, total: int | None, on_progress: Progress) -> None:
        self.report = report
        self.total = total
        self.on_progress = on_progress
        self.extracted = 0  # articles parsed or found stored, across every extractor
        self.from_sheets = 0  # sheets of `newsfacts spark` folders, stored as they are

    def tick(self, count: int) -> None:
        self.extracted += count
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
        raws = _read(specs, published=published, stdin=stdin, report=report, on_error=on_error)
        batches = _batches(raws, batch_size)

        def store(outcome: Outcome) -> None:
            report.skipped += len(outcome.skipped)
            corpus.mark_seen(outcome.skipped)
            report.failed_articles += len(outcome.failures)
            for failure in outcome.failures:
                on_error(failure)
            if outcome.prepared:
                counts = corpus.add(outcome.prepared)
                report.counts += counts
                report.failed_articles += len(counts.failed)
                for failure in counts.failed:
                    on_error(failure)
            tally.show()

        if workers <= 1:
            extractor = _Extractor(db, model, tally.tick)
            for batch in batches:
                store(extractor.run(batch))
        else:
            _pooled(batches, store, tally, db=db, model=model, workers=workers)
        if stories and story_table.is_stale(corpus.conn):
            report.stories = story_table.rebuild(corpus.conn)
    report.seconds = time.perf_counter() - started
    return report


def _store_sheets(
    folder: str,
    corpus: Corpus,
    report: IngestReport,
    tally: _Tally,
    batch_size: int,
    on_error: Callable[[str], None],
) -> None:
    try:
        for sheets in _batches(read_sheets(folder), batch_size):
            report.read += len(sheets)
            report.articles += len(sheets)
            counts = corpus.add(sheets)
            report.counts += counts
            report.failed_articles += len(counts.failed)
            for failure in counts.failed:
                on_error(failure)
            tally.from_sheets += len(sheets)
            tally.show()
    except InputError as e:
        report.read += 1
        report.failed_inputs.append(folder)
        on_error(str(e))


def _pooled(
    batches: Iterator[list],
    store: Callable[[Outcome], None],
    tally: _Tally,
    *,
    db: Path,
    model: str | None,
    workers: int,
) -> None:
    """Batches through `workers` spawned processes, stored in input order; their per-article
    count is shared memory, looked at while the main process waits for a batch."""
    context = multiprocessing.get_context("spawn")
    done = context.Value("q", 0)

    def wait(result: Any) -> Outcome:
        while True:
            try:
                outcome = result.get(timeout=POLL_SECONDS)
            except multiprocessing.TimeoutError:
                outcome = None
            tally.extracted = done.value
            if outcome is not None:
                return outcome
            tally.show()

    with context.Pool(workers, _init_worker, (str(db), model, done)) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.apply_async(_work, (batch,)))
            if len(pending) >= workers * IN_FLIGHT:
                store(wait(pending.popleft()))
        while pending:
            store(wait(pending.popleft()))
