"""Speed of the newsfacts pipeline as ratios against spaCy's parse alone, measured in one run.

Prints: per-article time of the full pipeline / `nlp.pipe` alone on the same texts with the
same model, components and batch size (for each article the least of REPEATS, after a
warm-up), each stage's share of the pipeline's time, the peak RSS, and the load average
during the run. Numbers are ratios because machines here are small and
noisy; tests never assert times. `--profile` adds the newsfacts functions that cost most.

    make bench            # or: .venv/bin/python bench/pipeline.py --articles 40 --profile
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import time
from collections.abc import Callable
from pathlib import Path

from newsfacts.article import RawArticle, Source
from newsfacts.ingest import read_sample
from newsfacts.nlp import get_nlp
from newsfacts.pipeline import PARSE_BATCH, build_sheet, clean, extract_many, parse_many

ROOT = Path(__file__).resolve().parents[1]
# Real news text when the shared gold is next to the checkout; our fixtures otherwise.
NEWS_GOLD = ROOT.parent / "shared" / "eval" / "quotes" / "gold.jsonl"
FIXTURES = ROOT / "tests" / "fixtures" / "scraped"
REPEATS = 5
DEFAULT_ARTICLES = 20
PROFILE_TOP = 10
PACKAGE_DIR = "newsfacts"
# pipeline.py's drivers: their cumulative time is everything's, so the profile leaves them out.
DRIVERS = frozenset({"extract_many", "parse_many", "build_sheet", "__call__", "_run"})


def load_texts(count: int) -> list[RawArticle]:
    raws: list[RawArticle] = []
    if NEWS_GOLD.is_file():
        with NEWS_GOLD.open(encoding="utf-8") as lines:
            for line in lines:
                if len(raws) >= count:
                    break
                raws.append(RawArticle(text=json.loads(line)["text"], source=Source("text")))
    else:
        raws = [read_sample()] + [
            RawArticle(text=p.read_text(encoding="utf-8"), source=Source("text", str(p)))
            for p in sorted(FIXTURES.glob("*.txt"))
        ]
        raws = (raws * (count // len(raws) + 1))[:count]
    return raws


def clock() -> float:
    """CPU seconds of this process: other work on a shared machine moves it far less than
    wall time, and the model runs single-threaded here, so the ratios stay comparable."""
    return time.process_time()


def timed(run: Callable[[], object]) -> float:
    start = clock()
    run()
    return clock() - start


def per_article_minima(runs: dict[str, Callable[[int], object]], n: int) -> dict[str, float]:
    """Each run's CPU seconds over the n articles, counting for each article the least of
    REPEATS. The runs are interleaved article by article, so a busy spell of the shared machine
    hits them alike and each article is timed in its quietest moment: two runs under a load
    average of 9 to 13 gave the same ratio, where whole passes had moved by 0.05 on a quiet
    machine."""
    for run in runs.values():  # warm-up: caches, lazy imports, vocab growth
        for i in range(n):
            run(i)
    least = {name: [float("inf")] * n for name in runs}
    for _ in range(REPEATS):
        for i in range(n):
            for name, run in runs.items():
                least[name][i] = min(least[name][i], timed(lambda: run(i)))  # noqa: B023
    return {name: sum(seconds) for name, seconds in least.items()}


def stage_times(raws: list[RawArticle]) -> dict[str, float]:
    """Seconds per stage over all articles in one pass: clean, parse (body and headline in
    one `nlp.pipe`), each extract stage, and the sheet's assembly (the rest of build_sheet)."""
    nlp = get_nlp()
    times: dict[str, float] = {}
    start = clock()
    cleaned = [clean(raw) for raw in raws]
    times["clean"] = clock() - start
    start = clock()
    parsed = list(parse_many(cleaned, nlp=nlp))
    times["parse"] = clock() - start
    start = clock()
    for one in parsed:
        build_sheet(one, nlp=nlp, timings=times)
    built = clock() - start
    times["sheet"] = built - sum(v for k, v in times.items() if k not in ("clean", "parse"))
    return times


def top_functions(raws: list[RawArticle], count: int) -> list[tuple[str, int, float]]:
    """Our functions by cumulative seconds over one run of the pipeline, most first."""
    nlp = get_nlp()
    profile = cProfile.Profile(clock)  # CPU time, as every other figure here
    profile.runcall(lambda: list(extract_many(raws, nlp=nlp)))
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    ours = [
        (f"{Path(path).parent.name}/{Path(path).name}:{line}({name})", calls, cumulative)
        for (path, line, name), (_, calls, _, cumulative, _) in stats.items()
        if f"/{PACKAGE_DIR}/" in path and not name.startswith("<") and name not in DRIVERS
    ]
    return sorted(ours, key=lambda row: -row[2])[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--profile", action="store_true", help="print the costliest functions")
    args = parser.parse_args()

    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    nlp = get_nlp()
    load_seconds = time.perf_counter() - started
    raws = load_texts(args.articles)
    n = len(raws)
    chars = sum(len(r.text) for r in raws)
    texts = [clean(raw).text for raw in raws]

    best = per_article_minima(
        {
            "baseline": lambda i: list(nlp.pipe(texts[i : i + 1], batch_size=PARSE_BATCH)),
            "whole": lambda i: list(extract_many(raws[i : i + 1], nlp=nlp)),
        },
        n,
    )
    baseline, t_whole = best["baseline"], best["whole"]
    stages = min((stage_times(raws) for _ in range(REPEATS)), key=lambda run: sum(run.values()))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"newsfacts bench: {n} articles, {chars:,} characters, model {nlp.meta['name']}")
    print(f"  components {', '.join(nlp.pipe_names)}; batch size {PARSE_BATCH}")
    print(f"  model load (once per process)      {load_seconds:8.2f} s")
    load = f"{load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    print(f"  load average (1 minute)            {load}")
    print(f"  CPU time of this process, each article's least of {REPEATS}")
    print(f"  spaCy nlp.pipe alone (baseline)    {baseline / n * 1000:8.1f} ms/article")
    print(f"  newsfacts pipeline                 {t_whole / n * 1000:8.1f} ms/article")
    print(f"  ratio pipeline / spaCy alone       {t_whole / baseline:8.2f} x")
    print(f"  stage shares of the pipeline (the least of {REPEATS} instrumented passes):")
    total = sum(stages.values())
    for name, seconds in stages.items():
        print(f"    {name:<16} {seconds / total * 100:6.1f} %")
    print(f"  peak RSS                           {peak_mb:8.0f} MB")
    if args.profile:
        print(f"  top {PROFILE_TOP} newsfacts functions by cumulative time (cProfile, one pass):")
        for where, calls, seconds in top_functions(raws, PROFILE_TOP):
            print(f"    {seconds / n * 1000:7.1f} ms/article {calls:8d} calls  {where}")
    print("  ingest with 1 and 2 workers: bench/ingest.py (make bench runs it next)")


if __name__ == "__main__":
    main()
