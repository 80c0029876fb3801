"""The one road from inputs to sheets: read, check, clean once, parse in batches, build sheets.

`extract`, `ingest`, the server and the Spark executors all take it, so an input is judged
the same way everywhere: one copy of the rules for a record that holds no article, a record
that failed, and an article too long to parse (`check`). What travels is an `Entry` (the input
as the user named it, and what its reader yielded); what comes back, in input order, is one
`Event` per entry: `Made` (the sheet, finished by the caller's `finish`), `Known` (stored
already: cleaned to learn its id, never parsed), `Skipped` (no article) or `Failed`.

Articles go in batches of at most `batch_size` (smaller towards the end of an input whose size
is known, so that the workers finish together: `split`): one `parse_many` each (PARSE_BATCH
articles and their headline parts to a minibatch, which bounds memory), one worker task, one
unit of retry (a batch that raises is done again one article at a time, so one bad article
costs only its own sheet). With `workers` above 1 the batches run in spawned processes of one
ordered pool, each loading the model once and using one numerical thread (threads.py); the
processes send back finished values (rendered text, store rows), never Docs. Reading is lazy
and at most `workers * IN_FLIGHT_PER_WORKER * batch_size` entries are out at a time (`window`),
so memory does not grow with the number of articles.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeAlias, TypeVar

from newsfacts import __version__
from newsfacts.article import CleanArticle, RawArticle
from newsfacts.errors import InputError, TooLargeError
from newsfacts.identity import article_id
from newsfacts.ingest import Item, Limits, RecordError, RecordSkipped, read_input
from newsfacts.jobs import BATCH_SIZE
from newsfacts.jobs.threads import one_numeric_thread
from newsfacts.nlp import MAX_LENGTH, get_nlp, model_label
from newsfacts.pipeline import (
    DEFAULT_SUMMARY_SENTENCES,
    build_sheet,
    clean,
    memory_zone,
    parse_many,
)
from newsfacts.sheet import FactSheet

if TYPE_CHECKING:
    from spacy.language import Language

# Batches out per worker: one being parsed, one queued, so a worker never waits for the reader.
IN_FLIGHT_PER_WORKER = 2
# How often the pool's shared article count is looked at while a batch is awaited.
POLL_SECONDS = 0.5

T = TypeVar("T")
R = TypeVar("R")  # what a submitted batch gives to wait on (a pool's AsyncResult)
Stage = Literal["input", "record", "size", "extract"]


@dataclass(frozen=True, slots=True)
class Made(Generic[T]):
    """An article's sheet, as the caller's `finish` made it (rendered text, store rows...)."""

    value: T


@dataclass(frozen=True, slots=True)
class Known:
    """An article stored by this pipeline already (`Recipe.known`): not parsed again."""

    ident: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """A feed record that holds no article (an image, a redirect): counted, never failed."""

    record: RecordSkipped


@dataclass(frozen=True, slots=True)
class Failed:
    """An input, a record or an article that gave no sheet; `message` is its stderr line.

    `stage` says where: the whole input could not be read, one record of a feed failed, the
    article is too long to parse, or extraction raised on it.
    """

    stage: Stage
    input: str
    where: str | None
    reason: str
    message: str


Event: TypeAlias = Made[Any] | Known | Skipped | Failed
# An input's name (as the user typed it) and one thing its reader yielded, or an input that
# failed as a whole.
Entry: TypeAlias = tuple[str, Item] | Failed


@dataclass(frozen=True, slots=True)
class Recipe(Generic[T]):
    """How a worker makes sheets; picklable, so it travels to spawned workers.

    `finish` turns a sheet into what the caller keeps (a module-level function or a partial
    of one); `known(id, generator)` says whether the corpus holds the article from this
    pipeline already, so it is not parsed again.
    """

    finish: Callable[[FactSheet], T]
    model: str | None = None
    known: Callable[[str, str], bool] | None = None
    summary_sentences: int = DEFAULT_SUMMARY_SENTENCES


def read(
    specs: Iterable[str],
    *,
    published: date | None = None,
    stdin: BinaryIO | None = None,
    limits: Limits | None = None,
) -> Iterator[Entry]:
    """Every input's items in order; an input that cannot be read is one `Failed` entry."""
    limits = limits or Limits.from_env()
    for spec in specs:
        try:
            for item in read_input(spec, published=published, stdin=stdin, limits=limits):
                yield spec, item
        except InputError as e:
            yield Failed("input", spec, None, str(e), str(e))


def check(spec: str, item: Item) -> RawArticle | Skipped | Failed:
    """The one copy of the rules: what of a reader's output is an article to parse."""
    if isinstance(item, RecordSkipped):
        return Skipped(item)
    if isinstance(item, RecordError):
        return Failed("record", item.input, item.where or None, item.reason, str(item))
    return too_long(spec, item) or item


def too_long(spec: str, raw: RawArticle) -> Failed | None:
    """An article longer than the parser reads: a failure, never a parse."""
    if len(raw.text) <= MAX_LENGTH:
        return None
    reason = (
        f"the article text is {len(raw.text):,} characters; the parser reads at most "
        f"{MAX_LENGTH:,} (is it one article?); split it"
    )
    return _failed_article("size", spec, raw, reason)


def _failed_article(stage: Stage, spec: str, raw: RawArticle, reason: str) -> Failed:
    return Failed(stage, spec, raw.source.url, reason, f"{raw.source.url or spec}: {reason}")


def sheet_of(raw: RawArticle, *, nlp: Language, name: str) -> FactSheet:
    """One article's sheet, here and now (the server's road); raises what the road would name."""
    failed = too_long(name, raw)
    if failed is not None:
        raise TooLargeError(failed.message)
    article = clean(raw)
    (parsed,) = parse_many([article], nlp=nlp)
    return build_sheet(parsed, nlp=nlp)


def run(
    entries: Iterable[Entry],
    recipe: Recipe[T],
    *,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    on_done: Callable[[int], None] | None = None,
    expected: int | None = None,
) -> Iterator[list[Event]]:
    """One event per entry, in input order, a batch at a time (ingest stores a batch in one
    transaction); see the module docstring.

    `on_done(n)` is told, as it grows, how many articles the workers have finished so far;
    `expected` is how many entries the inputs hold, when that is known before reading them.
    """

    def size(read: int) -> int:
        left = None if expected is None else max(expected - read, 1)
        return split(batch_size, workers, left)

    batches = _batches(entries, size)
    if workers <= 1:
        return _here(batches, recipe, on_done)
    return _pooled(batches, recipe, workers, batch_size, on_done)


def split(batch_size: int, workers: int, left: int | None) -> int:
    """The next batch's size with `left` entries still to read: at most `batch_size`, and a
    share of what is left small enough that each worker gets IN_FLIGHT_PER_WORKER batches of
    it. Batches shrink towards the end (guided scheduling), so no worker is left with a long
    last batch while the other idles: 40 articles on 2 workers go as 10, 8, 6, 4, 3 ... not as
    32 + 8. One worker, or an input of unknown size, keeps `batch_size`."""
    if workers <= 1 or left is None:
        return batch_size
    share = -(-left // (workers * IN_FLIGHT_PER_WORKER))  # rounded up
    return max(1, min(batch_size, share))


@dataclass(slots=True)
class _Batch:
    """Up to `batch_size` entries: the settled ones in place, the articles to make apart."""

    slots: list[Event | None]  # None where an article's event goes
    todo: list[tuple[str, RawArticle]]

    def merge(self, made: list[Event]) -> list[Event]:
        events = iter(made)
        return [slot if slot is not None else next(events) for slot in self.slots]


def _batches(entries: Iterable[Entry], size_at: Callable[[int], int]) -> Iterator[_Batch]:
    """Entries in batches; `size_at(n)` is the size of the batch that starts at entry n."""
    batch, read = _Batch([], []), 0
    size = size_at(read)
    for entry in entries:
        read += 1
        if isinstance(entry, Failed):
            batch.slots.append(entry)
        else:
            spec, item = entry
            checked = check(spec, item)
            batch.slots.append(None if isinstance(checked, RawArticle) else checked)
            if isinstance(checked, RawArticle):
                batch.todo.append((spec, checked))
        if len(batch.slots) >= size:
            yield batch
            batch, size = _Batch([], []), size_at(read)
    if batch.slots:
        yield batch


class _Worker(Generic[T]):
    """One process's maker of sheets: the model, loaded once, and the caller's recipe."""

    def __init__(self, recipe: Recipe[T], tick: Callable[[], None]) -> None:
        self.recipe = recipe
        self.nlp = get_nlp(recipe.model)
        self.generator = f"{__version__} {model_label(self.nlp)}"
        self.tick = tick

    def make(self, todo: list[tuple[str, RawArticle]]) -> list[Event]:
        """Clean each article once; the known ones stop there, the rest are parsed together."""
        events: list[Event | None] = []
        parse: list[tuple[int, str, RawArticle, CleanArticle]] = []
        for spec, raw in todo:
            try:
                article = clean(raw)
            except Exception as e:  # a cleaning bug: this article fails, the batch goes on
                events.append(self._failed(spec, raw, e))
                continue
            known = self.recipe.known
            if known is not None and known(article_id(article), self.generator):
                events.append(Known(article_id(article)))
                self.tick()
            else:
                events.append(None)
                parse.append((len(events) - 1, spec, raw, article))
        with memory_zone(self.nlp):  # the batch's new words are forgotten at its end
            for at, event in self._parse(parse):
                events[at] = event
        return [event for event in events if event is not None]

    def _parse(
        self, todo: list[tuple[int, str, RawArticle, CleanArticle]]
    ) -> Iterator[tuple[int, Event]]:
        done = 0
        try:
            articles = (item[3] for item in todo)
            for parsed in parse_many(articles, nlp=self.nlp):
                yield todo[done][0], self._finish(parsed)
                done += 1
        except Exception:  # one article broke the batch: the rest again, one at a time
            for at, spec, raw, article in todo[done:]:
                yield at, self._one(spec, raw, article)

    def _one(self, spec: str, raw: RawArticle, article: CleanArticle) -> Event:
        try:
            (parsed,) = parse_many([article], nlp=self.nlp)
            return self._finish(parsed)
        except Exception as e:  # a stage's bug: name the article, keep going (exit 1)
            return self._failed(spec, raw, e)

    def _finish(self, parsed: Any) -> Made[T]:
        sheet = build_sheet(parsed, nlp=self.nlp, summary_sentences=self.recipe.summary_sentences)
        made = Made(self.recipe.finish(sheet))
        self.tick()
        return made

    def _failed(self, spec: str, raw: RawArticle, error: Exception) -> Failed:
        self.tick()
        where = traceback.extract_tb(error.__traceback__)[-1]
        reason = (
            f"extraction failed ({type(error).__name__}: {error}, at "
            f"{Path(where.filename).name}:{where.lineno})"
        )
        return _failed_article("extract", spec, raw, reason)


def _here(
    batches: Iterator[_Batch], recipe: Recipe[T], on_done: Callable[[int], None] | None
) -> Iterator[list[Event]]:
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if on_done is not None:
            on_done(done)

    worker = _Worker(recipe, tick)  # the model loads before the first input is read
    for batch in batches:
        yield batch.merge(worker.make(batch.todo) if batch.todo else [])


_worker: _Worker[Any] | Exception | None = None


def _init_worker(recipe: Recipe[Any], done: Any) -> None:
    global _worker  # one per worker process, set once by the pool initializer
    one_numeric_thread()  # one of several workers: a core each, not a thread pool each

    def tick() -> None:
        with done.get_lock():
            done.value += 1

    try:
        _worker = _Worker(recipe, tick)
    except Exception as e:  # a Pool whose initializer raises respawns it forever: keep the
        _worker = e  # error and raise it from the first task, where the main process sees it


def _work(todo: list[tuple[str, RawArticle]]) -> list[Event]:
    if isinstance(_worker, Exception):
        raise _worker
    if _worker is None:  # pragma: no cover - the pool initializer always ran
        raise RuntimeError("road worker used before its initializer ran")
    return _worker.make(todo)


def _pooled(
    batches: Iterator[_Batch],
    recipe: Recipe[T],
    workers: int,
    batch_size: int,
    on_done: Callable[[int], None] | None,
) -> Iterator[list[Event]]:
    """Batches through `workers` spawned processes (no fork of a threaded parent), in order."""
    context = multiprocessing.get_context("spawn")
    done = context.Value("q", 0)

    def wait(result: Any) -> list[Event]:
        while on_done is not None:
            try:
                return result.get(timeout=POLL_SECONDS)
            except multiprocessing.TimeoutError:
                on_done(done.value)
        return result.get()

    def settle(batch: _Batch, result: Any) -> list[Event]:
        events = batch.merge(wait(result) if result is not None else [])
        if on_done is not None:
            on_done(done.value)
        return events

    with context.Pool(workers, _init_worker, (recipe, done)) as pool:

        def submit(batch: _Batch) -> Any:
            return pool.apply_async(_work, (batch.todo,))

        yield from in_order(batches, submit, settle, window(workers, batch_size))


def window(workers: int, batch_size: int) -> int:
    """How many entries may be out at a time: IN_FLIGHT_PER_WORKER full batches a worker.

    Counted in entries, not batches: towards the end batches shrink to one article (`split`),
    and a window of so many batches would shrink with them, to a few articles, so that one
    slow article held the results behind it and left the other worker idle (20 s of 330 on 200
    texts under load). Counted in entries, everything left is out once the tail begins, and
    memory stays bounded as before."""
    return workers * IN_FLIGHT_PER_WORKER * batch_size


def in_order(
    batches: Iterable[_Batch],
    submit: Callable[[_Batch], R],
    settle: Callable[[_Batch, R | None], list[Event]],
    limit: int,
) -> Iterator[list[Event]]:
    """Each batch submitted as read, settled in input order once `limit` entries are out."""
    pending: deque[tuple[_Batch, R | None]] = deque()
    out = 0
    for batch in batches:
        pending.append((batch, submit(batch) if batch.todo else None))
        out += len(batch.slots)
        while out >= limit:
            oldest, result = pending.popleft()
            out -= len(oldest.slots)
            yield settle(oldest, result)
    while pending:
        yield settle(*pending.popleft())
