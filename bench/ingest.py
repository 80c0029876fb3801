"""Corpus speed and size: ingest articles/s with 1 and 2 workers, bytes per article, query latency.

Prints, all measured in one run on the same inputs (bench/synthetic.py, seeded):
- ingest of ARTICLES scraped-text files with 1 and 2 workers (the whole job: read, parse,
  extract, store), the 2/1 ratio, and the pipeline alone (extract_many, no store) as baseline;
- store bytes per article (and per byte of article text) of that corpus;
- a STORE-article corpus built from the templates' perfect sheets (no parse): write rate,
  bytes per article, and the median latency of search / quotes / entities / timeline against
  a LIKE scan of the same table as baseline;
- the road (jobs/road.py) on real news texts (bench/pipeline.py's, repeated to SIZES): extract
  and ingest with 1 and 2 workers, articles/s and the peak RSS of each process (the main one,
  and the largest worker), each run in a fresh process so no peak carries over, and the CPU
  and involuntary context switches an article of all its processes (load-robust, unlike
  wall time); `--one-thread` adds 1 worker with its numerical libraries held to one thread,
  `--windows 2 4` a 2-worker cell per in-flight window (batches a worker), and `--repeats R`
  runs the cells in turn R times (1, 2, 1, 2 ...) and prints the median 2 / 1 and its spread.
Times are wall-clock medians after a warm-up; tests never assert them.

    make bench            # or: .venv/bin/python bench/ingest.py --articles 1000 --store 10000
    .venv/bin/python bench/ingest.py --road-only --sizes 40 1000   # the road's table alone
    .venv/bin/python bench/ingest.py --road-only --sizes 200 --jobs ingest --repeats 3
    .venv/bin/python bench/ingest.py --profile-main 200   # ingest's writer: CPU, top functions

`--profile-main N` runs `ingest --workers 2` of N real news texts under cProfile with a CPU
clock: the main process (the corpus's one writer) competes with both workers on 2 cores, so
its CPU time per article bounds what 2 workers can gain; CPU time moves little with the load.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline import load_texts
from synthetic import corpus

from newsfacts.ingest import read_input
from newsfacts.jobs import road
from newsfacts.jobs.extract import run_extract
from newsfacts.jobs.ingest import ingest
from newsfacts.jobs.threads import THREAD_VARIABLES
from newsfacts.nlp import get_nlp
from newsfacts.pipeline import extract_many
from newsfacts.store import Corpus

DEFAULT_ARTICLES = 1000
DEFAULT_STORE = 10_000
REPEATS = 20
STORE_BATCH = 500
SIZES = (40, 1000)  # articles: the real texts once, and repeated
JOBS = ("extract", "ingest")
REAL_TEXTS = 40  # bench/pipeline.py's texts: the same ones, so the figures compare


def median_ms(run: Callable[[], object], repeats: int = REPEATS) -> float:
    run()  # warm-up: page cache, statement cache
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def size(db: Path) -> int:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db.stat().st_size


def write_files(folder: Path, count: int) -> tuple[list[str], int]:
    paths, chars = [], 0
    for number, item in enumerate(corpus(count)):
        path = folder / f"a{number:05d}.txt"
        path.write_text(item.text, encoding="utf-8")
        paths.append(str(path))
        chars += len(item.sheet.text.encode("utf-8"))
    return paths, chars


def bench_ingest(folder: Path, count: int) -> None:
    paths, text_bytes = write_files(folder, count)
    get_nlp()  # the model load is not ingest work: load it before the clock starts
    wall, cpu = time.perf_counter(), time.process_time()
    raws = (raw for path in paths for raw in read_input(path))
    for _ in extract_many(raws, nlp=get_nlp()):
        pass
    alone = count / (time.perf_counter() - wall)
    alone_cpu = (time.process_time() - cpu) / count * 1000
    rates, ingest_cpu = {}, 0.0
    for workers in (1, 2):
        cpu = time.process_time()
        report = ingest(paths, db=folder / f"w{workers}.db", workers=workers)
        rates[workers] = report.articles / report.seconds
        if workers == 1:  # CPU time of this process: the whole job, unlike wall time on a
            ingest_cpu = (time.process_time() - cpu) / count * 1000  # shared machine
    stored = size(folder / "w1.db")
    each = text_bytes / count
    print(f"ingest: {count} synthetic articles (scraped text, {each:.0f} B of text each)")
    print(f"  pipeline alone (no store), 1 process   {alone:8.1f} articles/s"
          f"   {alone_cpu:6.1f} ms CPU an article")  # fmt: skip
    print(f"  ingest, 1 worker                       {rates[1]:8.1f} articles/s"
          f"   {ingest_cpu:6.1f} ms CPU an article   ingest / pipeline alone = "
          f"{rates[1] / alone:.2f} (wall), {alone_cpu / ingest_cpu:.2f} (CPU)")  # fmt: skip
    print(f"  ingest, 2 workers                      {rates[2]:8.1f} articles/s"
          f"   2 workers / 1 worker = {rates[2] / rates[1]:.2f}")  # fmt: skip
    print(f"  store: {stored / count:,.0f} bytes per article "
          f"({stored / text_bytes:.1f} x the article text)")  # fmt: skip


def bench_store(folder: Path, count: int) -> None:
    db = folder / "store.db"
    items = list(corpus(count, seed=11))
    text_bytes = sum(len(item.sheet.text.encode("utf-8")) for item in items)
    start = time.perf_counter()
    with Corpus(db) as store:
        for begin in range(0, count, STORE_BATCH):
            store.add([item.sheet for item in items[begin : begin + STORE_BATCH]])
        write_rate = count / (time.perf_counter() - start)
        start = time.perf_counter()
        stories = len(store.stories(limit=count))
        cluster_seconds = time.perf_counter() - start
    stored = size(db)
    person = items[0].sheet.entities[0].name
    surname = person.split()[-1]
    town = items[0].sheet.entities[-1].name
    print(f"store: {count:,} synthetic sheets (perfect entities, quotes, times; no parse)")
    print(f"  write (Corpus.add, {STORE_BATCH} a transaction)  {write_rate:8.1f} articles/s")
    print(f"  stories: {stories:,} clusters in {cluster_seconds:.1f} s")
    print(f"  size: {stored / count:,.0f} bytes per article "
          f"({stored / text_bytes:.1f} x the article text)")  # fmt: skip
    with Corpus(db) as store:
        conn = store.conn

        def like(word: str) -> Callable[[], object]:
            """The baseline: every article containing `word`, by a scan of the text column."""
            sql = "SELECT id FROM articles WHERE text LIKE ?"
            return lambda: conn.execute(sql, (f"%{word}%",)).fetchall()

        cases = [
            (f"search {town!r}", lambda: store.search(town), like(town)),
            ("search 'warehouse fire'", lambda: store.search("warehouse fire"), like("warehouse")),
            (f"quotes --speaker {surname!r}", lambda: store.quotes(speaker=surname), like(surname)),
            (f"quotes --speaker {person!r}", lambda: store.quotes(speaker=person), like(person)),
            ("entities --type PERSON", lambda: store.entities(type_="PERSON"), None),
            (f"timeline {person!r}", lambda: store.timeline(person), None),
        ]
        print(f"  query latency at {count:,} articles (median of {REPEATS}):")
        for name, run, baseline in cases:
            ours = median_ms(run)
            line = f"    {name:40s} {ours:8.1f} ms"
            if baseline is not None:
                scan = median_ms(baseline)
                line += f"   LIKE scan {scan:7.1f} ms   ours / scan = {ours / scan:.2f}"
            print(line)


def write_feed(folder: Path, count: int) -> Path:
    """`count` real news texts as one JSONL feed (the texts repeated past the first ones)."""
    feed = folder / f"news-{count}.jsonl"
    texts = [raw.text for raw in load_texts(REAL_TEXTS)]
    lines = [json.dumps({"text": texts[number % len(texts)]}) for number in range(count)]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return feed


def run_one(job: str, workers: int, feed: Path, folder: Path) -> dict[str, float]:
    """In a fresh process (--one): one job, timed from after this process's model load."""
    load = time.perf_counter()
    if workers == 1:
        get_nlp()  # with workers, each worker loads its own: part of their time, as in use
    start = time.perf_counter()
    load = start - load
    used = usage()
    if job == "extract":
        summary = run_extract(
            [str(feed)],
            published=None,
            model=None,
            fmt="jsonl",
            output=folder / f"sheets-{workers}.jsonl",
            on_error=print,
            workers=workers,
        )
        done = summary.ok
    else:
        report = ingest([str(feed)], db=folder / f"road-{workers}.db", workers=workers)
        done = report.counts.added
    seconds = time.perf_counter() - start
    cpu, switches = (after - before for after, before in zip(usage(), used, strict=True))
    here = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "articles": done,
        "seconds": seconds,
        "load_seconds": load,
        "main_mb": here,
        "worker_mb": workers_peak,
        "cpu_ms": cpu / max(done, 1) * 1000,
        "switches": switches / max(done, 1),
    }


def usage() -> tuple[float, int]:
    """CPU seconds (user and system) and involuntary context switches of this process and its
    ended children (the pool's workers, once it has joined them): CPU per article moves little
    with the machine's load, and threads that oversubscribe the cores show in both figures."""
    cpu, switches = 0.0, 0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        used = resource.getrusage(who)
        cpu += used.ru_utime + used.ru_stime
        switches += used.ru_nivcsw
    return cpu, switches


def bench_road(
    folder: Path,
    sizes: list[int],
    cells: list[Cell],
    repeats: int = 1,
    jobs: tuple[str, ...] = JOBS,
) -> None:
    """Each size and job: the cells run in turn (1, 2, 1, 2 ...) `repeats` times, so a busy
    spell hits both alike, then the median 2 / 1 of those rounds and its spread."""
    print("road: extract and ingest of real news texts (a JSONL feed), each run a fresh process;")
    print(f"  load average {os.getloadavg()[0]:.1f} at start; {repeats} round(s) of the cells")
    print(f"  {'job':8s} {'articles':>8s} {'workers':>9s} {'articles/s':>10s} {'2 / 1':>6s}"
          f" {'peak RSS main':>14s} {'largest worker':>15s}"
          f" {'2 / 1 load in both':>19s} {'CPU ms/art':>10s} {'invol. cs/art':>13s}"
          f" {'load':>5s}")  # fmt: skip
    for count in sizes:
        feed = write_feed(folder, count)
        for job in jobs:
            rounds = [run_round(job, count, feed, cells) for _ in range(repeats)]
            summarise(job, count, cells, rounds)
    print("  (2 / 1: 2 workers include spawning them and their model loads, 1 worker loads it")
    print("   before the clock; 2 / 1 load in both: the wall time a user waits, model load")
    print("   counted for both; CPU ms/art: all processes' user + system CPU an article, the")
    print("   workers' model loads included; invol. cs/art: involuntary context switches;")
    print("   load: the 1-minute load average as the run ended; '1 (1 th)': one worker with its")
    print("   numerical libraries held to one thread; '2 w4': 4 batches in flight per worker)")


@dataclass(frozen=True, slots=True)
class Cell:
    """One configuration of a job: its workers, numerical threads and in-flight window."""

    workers: int
    pinned: bool = False  # numerical libraries held to one thread
    window: int | None = None  # batches in flight per worker; None: the road's own

    @property
    def label(self) -> str:
        pinned = " (1 th)" if self.pinned else ""
        window = f" w{self.window}" if self.window is not None else ""
        return f"{self.workers}{pinned}{window}"


def cells_of(workers: list[int], one_thread: bool, windows: list[int] | None) -> list[Cell]:
    """The cells of a round, one worker first: 1, [1 (1 th)], 2 [per window]."""
    cells: list[Cell] = []
    for count in workers:
        if count == 1:
            cells += [Cell(1)] + ([Cell(1, pinned=True)] if one_thread else [])
        else:
            cells += [Cell(count, window=window) for window in windows or [None]]
    return cells


def run_round(job: str, count: int, feed: Path, cells: list[Cell]) -> dict[Cell, dict[str, float]]:
    """Every cell once, each printed as it ends (2 / 1 against this round's best 1 worker)."""
    rows: dict[Cell, dict[str, float]] = {}
    for cell in cells:
        row = run_cell(job, cell, feed)
        row["load"] = os.getloadavg()[0]
        rows[cell] = row
        one = best(rows, 1)
        ratio = both = None
        if cell.workers == 2 and one is not None:
            ratio = rate(row) / rate(one)
            both = rate(row, loaded=True) / rate(one, loaded=True)
        worker = f"{row['worker_mb']:12.0f} MB" if cell.workers > 1 else " " * 15
        print(f"  {job:8s} {count:8d} {cell.label:>9s} {rate(row):10.1f} {cell_text(ratio, 6)}"
              f" {row['main_mb']:11.0f} MB {worker} {cell_text(both, 19)}"
              f" {row['cpu_ms']:10.1f} {row['switches']:13.1f} {row['load']:5.1f}",
              flush=True)  # fmt: skip
    return rows


def rate(row: dict[str, float], *, loaded: bool = False) -> float:
    return row["articles"] / (row["seconds"] + (row["load_seconds"] if loaded else 0.0))


def best(rows: dict[Cell, dict[str, float]], workers: int) -> dict[str, float] | None:
    """The fastest run with `workers` (the ratio is against the best one-worker cell)."""
    found = [row for cell, row in rows.items() if cell.workers == workers]
    return max(found, key=rate) if found else None


def cell_text(value: float | None, width: int) -> str:
    return f"{value:{width}.2f}" if value is not None else " " * width


def summarise(
    job: str, count: int, cells: list[Cell], rounds: list[dict[Cell, dict[str, float]]]
) -> None:
    """Per 2-worker cell: the median 2 / 1 of the rounds, its spread, and CPU an article."""
    for cell in cells:
        if cell.workers != 2:
            continue
        ratios = [rate(rows[cell]) / rate(one) for rows in rounds if (one := best(rows, 1))]
        if not ratios:
            continue
        cpu_one = statistics.median(best(rows, 1)["cpu_ms"] for rows in rounds)  # type: ignore[index]
        cpu_two = statistics.median(rows[cell]["cpu_ms"] for rows in rounds)
        loads = [rows[cell]["load"] for rows in rounds]
        print(
            f"  {job} {count}, {cell.label} / 1 over {len(ratios)} round(s): median "
            f"{statistics.median(ratios):.2f} (spread {min(ratios):.2f}-{max(ratios):.2f}); "
            f"CPU ms an article, median: 1 worker {cpu_one:.1f}, 2 workers {cpu_two:.1f} "
            f"({cpu_two / cpu_one:.2f} x); load average {min(loads):.1f}-{max(loads):.1f}"
        )


def run_cell(job: str, cell: Cell, feed: Path) -> dict[str, float]:
    """One job in a fresh process (the numerical threads and window as `cell` says)."""
    env = dict(os.environ)
    if cell.pinned:
        env.update(dict.fromkeys(THREAD_VARIABLES, "1"))
    command = [sys.executable, __file__, "--one", job, str(cell.workers), str(feed)]
    if cell.window is not None:
        command += ["--window", str(cell.window)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    return json.loads(done.stdout.splitlines()[-1])


def profile_main(folder: Path, count: int, top: int = 15) -> None:
    """CPU ms per article of ingest's main process (2 workers), first without a profiler
    (cProfile's own cost per call triples the figure), then its costliest functions."""
    feed = write_feed(folder, count)
    cpu, stored = main_cpu(lambda: ingest([str(feed)], db=folder / "plain.db", workers=2))
    print(f"ingest --workers 2 of {count} real news texts (load average "
          f"{os.getloadavg()[0]:.1f}): the main process spent {cpu / count * 1000:.1f} ms CPU "
          f"an article, {stored / count * 1000:.1f} ms of it in Corpus.add")  # fmt: skip
    profiler = cProfile.Profile(time.process_time)
    cpu = time.process_time()
    profiler.enable()
    ingest([str(feed)], db=folder / "profile.db", workers=2)
    profiler.disable()
    cpu = time.process_time() - cpu
    print(f"under cProfile: {cpu / count * 1000:.1f} ms CPU an article; the top {top} functions "
          "by own time:")  # fmt: skip
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(top)


def main_cpu(run: Callable[[], object]) -> tuple[float, float]:
    """CPU seconds of this process during `run`, and those spent inside `Corpus.add`."""
    add, stored = Corpus.add, 0.0

    def timed_add(corpus: Corpus, *args: Any, **kwargs: Any) -> Any:
        nonlocal stored
        start = time.process_time()
        try:
            return add(corpus, *args, **kwargs)
        finally:
            stored += time.process_time() - start

    Corpus.add = timed_add  # type: ignore[method-assign]
    try:
        cpu = time.process_time()
        run()
        return time.process_time() - cpu, stored
    finally:
        Corpus.add = add  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--store", type=int, default=DEFAULT_STORE)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--road-only", action="store_true", help="Only the road's table.")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], choices=[1, 2])
    parser.add_argument(
        "--one-thread",
        action="store_true",
        help="Also run 1 worker with its numerical libraries held to one thread.",
    )
    parser.add_argument(
        "--repeats", type=int, default=1, help="Rounds of the road's cells (median, spread)."
    )
    parser.add_argument(
        "--windows",
        type=int,
        nargs="+",
        metavar="W",
        help="Batches in flight per worker for the 2-worker cells (default: the road's).",
    )
    parser.add_argument("--jobs", nargs="+", default=list(JOBS), choices=JOBS)
    parser.add_argument("--window", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--profile-main", type=int, metavar="N", help="Profile ingest's writer.")
    parser.add_argument(
        "--one", nargs=3, metavar=("JOB", "WORKERS", "FEED"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.one:
        job, workers, feed = args.one
        if args.window is not None:
            road.IN_FLIGHT_PER_WORKER = args.window
        with tempfile.TemporaryDirectory(prefix="newsfacts-road-") as folder:
            print(json.dumps(run_one(job, int(workers), Path(feed), Path(folder))))
        return
    if args.profile_main:
        with tempfile.TemporaryDirectory(prefix="newsfacts-profile-") as folder:
            profile_main(Path(folder), args.profile_main)
        return
    # 2 workers can only beat 1 on idle cores: the load says how idle the machine was
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as folder:
        if not args.road_only:
            bench_store(Path(folder), args.store)
            bench_ingest(Path(folder), args.articles)
        cells = cells_of(args.workers, args.one_thread, args.windows)
        bench_road(Path(folder), args.sizes, cells, args.repeats, tuple(args.jobs))


if __name__ == "__main__":
    main()
