"""Corpus speed and size: ingest articles/s with 1 and 2 workers, bytes per article, query latency.

Prints, all measured in one run on the same inputs (bench/synthetic.py, seeded):
- ingest of ARTICLES scraped-text files with 1 and 2 workers (the whole job: read, parse,
  extract, store), the 2/1 ratio, and the pipeline alone (extract_many, no store) as baseline;
- store bytes per article (and per byte of article text) of that corpus;
- a STORE-article corpus built from the templates' perfect sheets (no parse): write rate,
  bytes per article, and the median latency of search / quotes / entities / timeline against
  a LIKE scan of the same table as baseline.
Times are wall-clock medians after a warm-up; tests never assert them.

    make bench            # or: .venv/bin/python bench/ingest.py --articles 1000 --store 10000
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import corpus

from newsfacts.ingest import read_input
from newsfacts.jobs.ingest import ingest
from newsfacts.nlp import get_nlp
from newsfacts.pipeline import extract_many
from newsfacts.store import Corpus

DEFAULT_ARTICLES = 1000
DEFAULT_STORE = 10_000
REPEATS = 20
STORE_BATCH = 500


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--store", type=int, default=DEFAULT_STORE)
    args = parser.parse_args()
    # 2 workers can only beat 1 on idle cores: the load says how idle the machine was
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as folder:
        bench_store(Path(folder), args.store)
        bench_ingest(Path(folder), args.articles)


if __name__ == "__main__":
    main()
