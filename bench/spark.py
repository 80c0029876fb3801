"""Spark throughput: `newsfacts spark` on local[N] beside `ingest --workers N`, on one big file.

Prints, all measured in one run on the same ARTICLES synthetic articles (bench/synthetic.py,
seeded), written as .txt files, as ONE JSONL feed and as ONE WARC.gz of as many records (news
pages around the same text), so the job must split a single file to keep N cores busy:
- the pipeline alone (extract_many, one process, model loaded first): articles/s, and so the
  core-seconds one article costs;
- ingest with N workers (read, parse, extract, store) of the JSONL feed and of the WARC;
- start-up apart: each tool first runs a small JSONL feed and WARC of WARMUP articles (ingest:
  workers spawned, each loading the model; Spark: the session, then the first job, in which
  the worker daemon loads the model and the JVM compiles its code);
- the Spark job on local[N] on the big JSONL feed and on the big WARC: articles/s and the
  Spark job / ingest ratio on the same file, two ways, each tool's start-up handled alike:
  with it (ingest's run includes spawning its workers; Spark's adds its session start and the
  first job's extra time over a warm run of the same small feeds), and without it (each
  tool's rate over the big file's articles beyond the small feed's, (N - WARMUP) / (time of
  the big file - time of the small feed), both on a warm Spark session, both in fresh ingest
  runs: start-up and per-run costs cancel on both sides);
- the projection of docs/scale.md: CPU seconds per article on Spark (the JVM and its Python
  workers, read from /proc) x CORPUS articles -> core-hours, and executor-hours for executors
  of EXECUTOR_CORES cores.
Rates are wall-clock and fall when other work shares the machine (the load average is
printed); CPU seconds per article hardly do, so the projection uses them. Linux only (/proc).
Tests never assert any of it.

    make bench            # or: .venv/bin/python bench/spark.py --articles 1000 --cores 2
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import corpus
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsfacts.article import RawArticle, Source
from newsfacts.ingest import read_input
from newsfacts.jobs.ingest import ingest
from newsfacts.nlp import get_nlp
from newsfacts.pipeline import extract_many

DEFAULT_ARTICLES = 400
WARMUP = 16  # articles of the small feed each tool runs first: its start-up, measured apart
DEFAULT_CORES = 2
CORPUS = 100_000_000
EXECUTOR_CORES = 4
# Real news text, when the shared gold is next to the checkout: articles there are longer than
# the synthetic ones, and parsing cost grows with length.
NEWS_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes" / "gold.jsonl"
NEWS_ARTICLES = 200


def write_inputs(folder: Path, count: int) -> tuple[list[str], Path, Path]:
    """The same articles as .txt files (the pipeline alone), one JSONL feed and one WARC.gz."""
    texts = [item.text for item in corpus(count)]
    paths = []
    for number, text in enumerate(texts):
        path = folder / f"a{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    feed, crawl = write_feeds(folder / "big", texts)
    return paths, feed, crawl


def write_feeds(stem: Path, texts: list[str]) -> tuple[Path, Path]:
    """`texts` as STEM.jsonl (text and url a line) and STEM.warc.gz (one news page a record)."""
    feed = stem.with_suffix(".jsonl")
    lines = (json.dumps({"text": t, "url": url(n)}) + "\n" for n, t in enumerate(texts))
    feed.write_text("".join(lines), encoding="utf-8")
    crawl = stem.with_suffix(".warc.gz")
    with crawl.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number, text in enumerate(texts):
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url(number), "response", payload=io.BytesIO(page(text)), http_headers=http
            )
            writer.write_record(record)
    return feed, crawl


def url(number: int) -> str:
    return f"https://news.example.org/{number:05d}"


def page(text: str) -> bytes:
    """The article as a news page: headline, byline and paragraphs inside site furniture."""
    headline, *paragraphs = text.strip().split("\n\n")
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(headline)}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{html.escape(headline)}</h1>{body}</article>"
        f"<footer>Copyright Example News</footer></body></html>"
    ).encode()


def tree_cpu() -> dict[int, float]:
    """CPU seconds (user + system) of each live process below this one: the JVM, its workers."""
    tick = os.sysconf("SC_CLK_TCK")
    parents, cpu = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while we looked
            continue
        parents[int(entry.name)] = int(fields[1])
        cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    below, todo = set(), [os.getpid()]
    while todo:
        pid = todo.pop()
        children = [child for child, parent in parents.items() if parent == pid]
        below.update(children)
        todo.extend(children)
    return {pid: cpu[pid] for pid in below}


def spent(before: dict[int, float], after: dict[int, float]) -> float:
    return sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())


def news_cpu() -> tuple[int, float, float] | None:
    """(articles, mean characters, CPU seconds per article) of the pipeline on real news."""
    if not NEWS_GOLD.is_file():
        return None
    with NEWS_GOLD.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in islice(lines, NEWS_ARTICLES)]
    raws = [RawArticle(text=text, source=Source("text")) for text in texts]
    cpu = time.process_time()
    for _ in extract_many(raws, nlp=get_nlp()):
        pass
    each = (time.process_time() - cpu) / len(raws)
    return len(raws), sum(map(len, texts)) / len(texts), each


def bench(folder: Path, count: int, cores: int) -> None:
    from newsfacts.spark.job import build_session, run_job

    paths, feed, crawl = write_inputs(folder, count)
    get_nlp()  # the model load is not pipeline work: loaded before the clock starts
    start, cpu = time.perf_counter(), time.process_time()
    for _ in extract_many((raw for path in paths for raw in read_input(path)), nlp=get_nlp()):
        pass
    alone = count / (time.perf_counter() - start)
    alone_cpu = (time.process_time() - cpu) / count
    chars = sum(len(raw.text) for path in paths[:100] for raw in read_input(path)) / 100
    news = news_cpu()

    # Start-up apart: each tool first runs a small feed of WARMUP articles; its time is the
    # start-up (ingest: spawning workers that load the model; Spark: the worker daemon loading
    # the model, the JVM compiling), and the big file's rate is taken after it.
    small = write_feeds(folder / "small", [item.text for item in corpus(WARMUP, seed=11)])
    ingested, ingest_start, steady = {}, {}, {}
    for kind, path, warm in (("jsonl", feed, small[0]), ("warc", crawl, small[1])):
        report = ingest([str(warm)], db=folder / f"warm-{kind}.db", workers=cores, stories=False)
        ingest_start[kind] = report.seconds
        big = ingest([str(path)], db=folder / f"{kind}.db", workers=cores, stories=False)
        ingested[kind] = big.articles / big.seconds
        steady[kind] = marginal(big.articles, big.seconds, report.articles, report.seconds)

    start = time.perf_counter()
    spark = build_session(
        f"local[{cores}]",
        conf={"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false"},
    )
    spark.sparkContext.setLogLevel("ERROR")
    session = time.perf_counter() - start
    start = time.perf_counter()
    run_job(spark, [str(path) for path in small], str(folder / "out-warm"))
    warmup = time.perf_counter() - start
    runs = []  # (input kind, articles/s with start-up, without, CPU seconds per article)
    warm_small = 0.0  # the small feeds again on the warm session: the first job's extra time
    for kind, path, warm in (("jsonl", feed, small[0]), ("warc", crawl, small[1])):
        start = time.perf_counter()
        first = run_job(spark, [str(warm)], str(folder / f"out-small-{kind}"))
        small_seconds = time.perf_counter() - start
        warm_small += small_seconds
        start, before = time.perf_counter(), tree_cpu()
        summary = run_job(spark, [str(path)], str(folder / f"out-{kind}"))
        seconds = time.perf_counter() - start
        fair = marginal(summary.ok, seconds, first.ok, small_seconds)
        runs.append((kind, seconds, fair, spent(before, tree_cpu()) / summary.ok, summary.ok))
    spark.stop()
    spark_start = session + max(warmup - warm_small, 0.0)  # Spark's start-up, as ingest pays it

    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"spark: {count} synthetic articles on {cores} cores (load average {load})")
    print(f"  one JSONL feed ({feed.stat().st_size / 1e6:.1f} MB) and one WARC.gz of {count}"
          f" records ({crawl.stat().st_size / 1e6:.1f} MB)")  # fmt: skip
    print(f"  {'':44s} {'wall':>8s}              {'CPU per article':>15s}")
    print(f"  pipeline alone, 1 process                    {alone:8.1f} articles/s"
          f"   {alone_cpu * 1000:8.1f} ms")  # fmt: skip
    for kind in ingested:
        print(f"  ingest --workers {cores}, {kind:5s} (into SQLite)          "
              f"{ingested[kind]:8.1f} articles/s")  # fmt: skip
    for kind in ingested:
        print(f"  ingest --workers {cores}, start-up ({WARMUP} {kind} articles) "
              f"{ingest_start[kind]:8.1f} s")  # fmt: skip
    print(f"  spark local[{cores}], session start                {session:8.1f} s")
    print(f"  spark local[{cores}], first job ({WARMUP} + {WARMUP} articles)     "
          f"{warmup:8.1f} s   (worker daemon loads the model, the JVM compiles)")  # fmt: skip
    print(f"  spark local[{cores}], start-up (session, first job over warm runs)"
          f" {spark_start:8.1f} s")  # fmt: skip
    for kind, seconds, fair, cost, ok in runs:
        rate = ok / (seconds + spark_start)
        print(
            f"  spark local[{cores}], {kind:5s}, start-up in          {rate:8.1f} articles/s"
            f"   {cost * 1000:8.1f} ms   spark / ingest = {rate / ingested[kind]:.2f}"
        )
        print(f"  spark local[{cores}], {kind:5s}, start-up out         {fair:8.1f} articles/s"
              f"               spark / ingest = {fair / steady[kind]:.2f}"
              f" (ingest {steady[kind]:.1f} articles/s)")  # fmt: skip
    per_article = runs[0][3]  # CPU seconds one article costs on Spark, JSONL
    overhead = per_article / alone_cpu
    print(f"  spark CPU / pipeline-alone CPU = {overhead:.2f} (JSONL)")
    print(f"  projection, synthetic articles ({chars:,.0f} characters each):")
    project(per_article)
    if news is not None:
        count_news, news_chars, news_each = news
        print(f"  pipeline alone on {count_news} real news articles ({news_chars:,.0f} characters"
              f" each): {news_each * 1000:.1f} ms CPU per article")  # fmt: skip
        print(f"  projection, real news (their pipeline CPU x the spark overhead {overhead:.2f}):")
        project(news_each * overhead)


def marginal(articles: int, seconds: float, small_articles: int, small_seconds: float) -> float:
    """Articles/s beyond a small run's: what each article adds, start-up and per-run costs
    (paid by both runs) cancelled."""
    return (articles - small_articles) / max(seconds - small_seconds, 1e-3)


def project(per_article: float) -> None:
    core_hours = per_article * CORPUS / 3600
    print(f"    {per_article * 1000:.1f} core-ms per article x {CORPUS:,} articles"
          f" = {core_hours:,.0f} core-hours"
          f" = {core_hours / EXECUTOR_CORES:,.0f} executor-hours"
          f" ({EXECUTOR_CORES} cores each)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--cores", type=int, default=DEFAULT_CORES)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-spark-") as folder:
        bench(Path(folder), args.articles, args.cores)


if __name__ == "__main__":
    main()
