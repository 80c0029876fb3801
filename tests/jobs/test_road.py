"""The one road from inputs to sheets: input order kept with any number of workers, a failure
per input, a failed batch retried one article at a time, and input read lazily (streaming)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from itertools import accumulate, chain, count, islice
from pathlib import Path

import pytest

from newsfacts.article import RawArticle, Source
from newsfacts.errors import TooLargeError
from newsfacts.ingest import RecordError, RecordSkipped
from newsfacts.jobs import road
from newsfacts.jobs.extract import run_extract
from newsfacts.nlp import MAX_LENGTH
from newsfacts.render import render_jsonl

pytestmark = pytest.mark.model
TOWNS = ("Ardmore", "Bellhaven", "Corran", "Dunlow", "Eskby", "Fairholm", "Glenrath")


def article(number: int, town: str | None = None) -> RawArticle:
    """A short invented article whose headline names it."""
    town = town or TOWNS[number % len(TOWNS)]
    text = (
        f"{town} ferry story {number}\n\n"
        f"The {town} harbour board said on Monday that the ferry would sail again in May. "
        f'"We have waited {number + 2} weeks," said Mara Quint, who runs the café by the pier.'
    )
    return RawArticle(text=text, source=Source("text", path=f"story-{number}.txt"))


def events_of(*args, **options) -> Iterator[road.Event]:
    """The road's events one by one, as the batches come."""
    return chain.from_iterable(road.run(*args, **options))


def headline(event: road.Event) -> str:
    """A finished sheet's headline; what else came back, by its kind and stage."""
    if isinstance(event, road.Made):
        return json.loads(event.value)["headline"]
    if isinstance(event, road.Failed):
        return f"failed:{event.stage}"
    return type(event).__name__.lower()


def mixed_entries() -> list[road.Entry]:
    """Articles with every kind of entry that is no article between them."""
    too_long = RawArticle(text="x" * (MAX_LENGTH + 1), source=Source("text", path="long.txt"))
    return [
        ("a.txt", article(0)),
        road.Failed("input", "gone.txt", None, "no such file", "gone.txt: no such file"),
        ("feed.jsonl", RecordSkipped("feed.jsonl", "line 2", "an image")),
        ("b.txt", article(1)),
        ("feed.jsonl", RecordError("feed.jsonl", "line 3", "not valid JSON")),
        ("long.txt", too_long),
        ("c.txt", article(2)),
        ("d.txt", article(3)),
        ("e.txt", article(4)),
    ]


EXPECTED = [
    "Ardmore ferry story 0",
    "failed:input",
    "skipped",
    "Bellhaven ferry story 1",
    "failed:record",
    "failed:size",
    "Corran ferry story 2",
    "Dunlow ferry story 3",
    "Eskby ferry story 4",
]


@pytest.mark.parametrize("workers", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_road_keeps_input_order_and_names_each_failure(nlp, workers: int) -> None:
    recipe = road.Recipe(finish=render_jsonl)
    events = list(events_of(mixed_entries(), recipe, workers=workers, batch_size=2))
    assert [headline(event) for event in events] == EXPECTED
    failures = [event for event in events if isinstance(event, road.Failed)]
    assert [failure.message for failure in failures] == [
        "gone.txt: no such file",
        "feed.jsonl: line 3: not valid JSON",
        f"long.txt: the article text is {MAX_LENGTH + 1:,} characters; the parser reads at most "
        f"{MAX_LENGTH:,} (is it one article?); split it",
    ]


def break_sheets_naming(town: str, error: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sheet of the article naming `town` raises `error` (a stage's bug, say)."""
    built = road.build_sheet

    def breaks(parsed, **options):
        if town in parsed.article.text:
            raise error
        return built(parsed, **options)

    monkeypatch.setattr(road, "build_sheet", breaks)


def test_road_retries_a_failed_batch_one_article_at_a_time(nlp, monkeypatch) -> None:
    break_sheets_naming("Corran", ValueError("the parse of Corran is broken"), monkeypatch)
    entries = [(f"{n}.txt", article(n)) for n in range(4)]
    events = list(events_of(entries, road.Recipe(finish=render_jsonl), batch_size=4))
    assert [headline(event) for event in events] == [
        "Ardmore ferry story 0",
        "Bellhaven ferry story 1",
        "failed:extract",
        "Dunlow ferry story 3",
    ]
    failure = events[2]
    assert isinstance(failure, road.Failed) and failure.input == "2.txt"
    assert failure.message.startswith(
        "2.txt: extraction failed (ValueError: the parse of Corran is broken, at test_road.py:"
    )  # the place is where the error was raised: here, in break_sheets_naming


def test_extract_a_bad_article_costs_only_its_own_sheet(nlp, monkeypatch, tmp_path: Path) -> None:
    break_sheets_naming("Bellhaven", RuntimeError("stage bug"), monkeypatch)
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": article(n).text}) for n in range(3)]
    feed.write_text("\n".join(lines) + "\n")
    errors: list[str] = []
    out = tmp_path / "out.jsonl"
    summary = run_extract(
        [str(feed)],
        published=None,
        model=None,
        fmt="jsonl",
        output=out,
        on_error=errors.append,
        stdin=io.BytesIO(b""),
    )
    written = [json.loads(line)["headline"] for line in out.read_text().splitlines()]
    assert written == ["Ardmore ferry story 0", "Corran ferry story 2"]
    assert (summary.ok, summary.failed, summary.skipped) == (2, 1, 0)
    assert len(errors) == 1 and "extraction failed (RuntimeError: stage bug" in errors[0]


def test_road_reads_lazily_from_an_endless_input(nlp) -> None:
    read: list[int] = []

    def endless() -> Iterator[road.Entry]:
        for number in count():
            read.append(number)
            yield f"{number}.txt", article(number)

    events = events_of(endless(), road.Recipe(finish=render_jsonl), batch_size=2)
    first = [headline(event) for event in islice(events, 3)]
    assert first == ["Ardmore ferry story 0", "Bellhaven ferry story 1", "Corran ferry story 2"]
    assert len(read) == 4  # two batches of two: nothing read beyond the batch being made


def test_road_passes_over_articles_the_caller_knows(nlp) -> None:
    seen: list[str] = []

    def known(ident: str, generator: str) -> bool:
        seen.append(generator)
        return len(seen) == 2  # the second article is "stored already"

    entries = [(f"{n}.txt", article(n)) for n in range(3)]
    events = list(events_of(entries, road.Recipe(finish=render_jsonl, known=known)))
    assert [type(event).__name__ for event in events] == ["Made", "Known", "Made"]
    known_event = events[1]
    assert isinstance(known_event, road.Known) and known_event.ident.startswith("sha256:")
    assert all(generator.split()[1].startswith("en_core_web_sm") for generator in seen)


def test_sheet_of_one_article_and_one_too_long(nlp) -> None:
    sheet = road.sheet_of(article(5), nlp=nlp, name="request body")
    assert sheet.headline == "Fairholm ferry story 5"
    too_long = RawArticle(text="y" * (MAX_LENGTH + 1), source=Source("text"))
    with pytest.raises(TooLargeError, match=r"^request body: the article text is"):
        road.sheet_of(too_long, nlp=nlp, name="request body")


def test_the_road_gives_the_stored_sheet_of_every_fixture(nlp, tmp_path: Path, monkeypatch) -> None:
    """The sheets `extract` writes (the road: its batches, its parse batch) are the stored
    sheets that tests/test_golden_sheets.py makes through the pipeline alone."""
    from tests.test_golden_sheets import GOLDEN, INPUTS, ROOT

    monkeypatch.chdir(ROOT)
    expected = [
        line
        for spec in INPUTS
        for line in (GOLDEN / f"{spec.name}.jsonl").read_text(encoding="utf-8").splitlines()
        if not line.startswith("# ")
    ]
    out = tmp_path / "sheets.jsonl"
    run_extract(
        [str(spec) for spec in INPUTS],
        published=None,
        model=None,
        fmt="jsonl",
        output=out,
        on_error=lambda message: None,
        stdin=io.BytesIO(b""),
    )
    assert out.read_text(encoding="utf-8").splitlines() == expected


def test_road_splits_a_small_input_so_every_worker_gets_work() -> None:
    # 40 articles on 2 workers: a first batch of 10, not 32 + 8 (one worker idle most of the run)
    assert road.split(32, 2, 40) == 10
    assert road.split(32, 2, 41) == 11
    assert road.split(32, 2, 3) == 1
    assert road.split(32, 2, 1000) == 32  # a large input keeps the batch size
    assert road.split(32, 1, 40) == 32  # one process: nothing to share
    assert road.split(32, 2, None) == 32  # a WARC or standard input: the size is unknown


def test_extract_tells_the_road_how_many_records_come(monkeypatch, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": f"Story {n}."}) + "\n" for n in range(7)))
    told: list[int | None] = []

    def fake_run(entries, recipe, **options) -> Iterator[list[road.Event]]:
        told.append(options.get("expected"))
        return iter([])

    monkeypatch.setattr(road, "run", fake_run)
    run_extract(
        [str(feed)], published=None, model=None, fmt="jsonl", output=tmp_path / "out.jsonl",
        on_error=print, workers=2,
    )  # fmt: skip
    assert told == [7]


def test_road_batches_shrink_towards_the_end_so_workers_finish_together() -> None:
    entries = [road.Failed("input", f"in{n}", None, "gone", "gone") for n in range(200)]
    sizes = [
        len(batch.slots)
        for batch in road._batches(entries, lambda read: road.split(32, 2, 200 - read))
    ]
    assert sum(sizes) == 200
    assert sizes[:5] == [32, 32, 32, 26, 20]  # a quarter of what is left, at most 32
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] == 1


def test_the_window_counts_entries_so_the_tail_is_all_out_at_once() -> None:
    """Full batches: 4 out (2 workers, 2 each), as always. Then the one-article batches of the
    tail all go out behind the first, so a worker is never idle behind one slow batch."""
    sizes = [32, 32, 32, 32] + [1] * 20
    entries = [road.Failed("input", f"in{n}", None, "gone", "gone") for n in range(sum(sizes))]
    size_at = dict(zip(accumulate([0, *sizes]), sizes, strict=False))  # entry -> batch size
    batches = list(road._batches(entries, lambda read: size_at.get(read, 1)))
    for batch in batches:  # every batch has an article to make, as the pool would get
        batch.todo.append(("in", article(0)))
    log: list[str] = []
    submitted = iter(range(len(sizes)))

    def submit(batch: road._Batch) -> int:
        log.append(f"submit {(number := next(submitted))}")
        return number

    def settle(batch: road._Batch, number: int | None) -> list[road.Event]:
        log.append(f"settle {number}")
        return batch.merge([])

    events = road.in_order(batches, submit, settle, road.window(2, 32))
    assert sum(len(batch) for batch in events) == sum(sizes)  # every entry, none repeated
    assert log[:5] == ["submit 0", "submit 1", "submit 2", "submit 3", "settle 0"]
    assert log.index("submit 23") < log.index("settle 1")  # the whole tail out
    assert [line for line in log if line.startswith("settle")] == [
        f"settle {number}" for number in range(len(sizes))
    ]  # in input order


def test_the_window_bounds_what_is_out_whatever_the_batches_hold() -> None:
    """Batches of settled entries only (no article to make) count too: memory stays bounded."""
    entries = [road.Failed("input", f"in{n}", None, "gone", "gone") for n in range(1000)]
    read = settled = 0
    out_at_settle: list[int] = []

    def counted() -> Iterator[road._Batch]:
        nonlocal read
        for batch in road._batches(entries, lambda _: 8):
            read += len(batch.slots)
            yield batch

    def settle(batch: road._Batch, result: None) -> list[road.Event]:
        nonlocal settled
        out_at_settle.append(read - settled)
        settled += len(batch.slots)
        return batch.merge([])

    limit = road.window(2, 8)
    events = list(road.in_order(counted(), lambda batch: None, settle, limit))
    assert sum(map(len, events)) == 1000
    assert max(out_at_settle) == limit  # never more out than the window
