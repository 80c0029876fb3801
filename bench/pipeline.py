"""Speed of the newsfacts pipeline as ratios against spaCy's parse alone, measured in one run.

Prints: per-article time of the full pipeline / `nlp.pipe` alone on the same texts (best of
REPEATS after a warm-up), each stage's share of the pipeline's time, and the peak RSS. Numbers
are ratios because machines here are small and noisy; tests never assert times.

    make bench            # or: .venv/bin/python bench/pipeline.py --articles 50
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections.abc import Callable
from pathlib import Path

from newsfacts.article import RawArticle, Source
from newsfacts.ingest import read_sample
from newsfacts.nlp import get_nlp
from newsfacts.pipeline import Parsed, build_sheet, clean

ROOT = Path(__file__).resolve().parents[1]
# Real news text when the shared gold is next to the checkout; our fixtures otherwise.
NEWS_GOLD = ROOT.parent / "shared" / "eval" / "quotes" / "gold.jsonl"
FIXTURES = ROOT / "tests" / "fixtures" / "scraped"
REPEATS = 3
DEFAULT_ARTICLES = 20


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


def best_of(run: Callable[[], object]) -> float:
    run()  # warm-up: caches, lazy imports, vocab growth
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    args = parser.parse_args()

    started = time.perf_counter()
    nlp = get_nlp()
    load_seconds = time.perf_counter() - started
    raws = load_texts(args.articles)
    n = len(raws)
    chars = sum(len(r.text) for r in raws)

    cleaned = [clean(raw) for raw in raws]
    texts = [article.text for article in cleaned]
    docs = list(nlp.pipe(texts))

    baseline = best_of(lambda: list(nlp.pipe(texts)))
    t_clean = best_of(lambda: [clean(raw) for raw in raws])
    pairs = list(zip(cleaned, docs, strict=True))
    t_build = best_of(lambda: [build_sheet(Parsed(a, d), nlp=nlp) for a, d in pairs])

    def whole() -> None:
        articles = [clean(raw) for raw in raws]
        pairs = ((a.text, a) for a in articles)
        for doc, article in nlp.pipe(pairs, as_tuples=True):
            build_sheet(Parsed(article, doc), nlp=nlp)

    t_whole = best_of(whole)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"newsfacts bench: {n} articles, {chars:,} characters, model {nlp.meta['name']}")
    print(f"  model load (once per process)      {load_seconds:8.2f} s")
    print(f"  spaCy nlp.pipe alone (baseline)    {baseline / n * 1000:8.1f} ms/article")
    print(f"  newsfacts pipeline                 {t_whole / n * 1000:8.1f} ms/article")
    print(f"  ratio pipeline / spaCy alone       {t_whole / baseline:8.2f} x")
    print("  stage shares of the pipeline:")
    parse = max(t_whole - t_clean - t_build, 0.0)
    for name, seconds in (("clean", t_clean), ("parse", parse), ("extract+sheet", t_build)):
        print(f"    {name:<16} {seconds / t_whole * 100:6.1f} %")
    print(f"  peak RSS                           {peak_mb:8.0f} MB")
    print("  ingest with 1 and 2 workers: bench/ingest.py (make bench runs it next)")


if __name__ == "__main__":
    main()
