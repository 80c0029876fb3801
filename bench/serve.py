"""Load test of `newsfacts serve`: requests/s and latency percentiles, with zero errors expected.

Builds a corpus of synthetic sheets (bench/synthetic.py, seeded; no parse), starts the real
command (`python -m newsfacts serve --port 0`) on loopback, and from this process sends:
1. a paced run: REQUESTS requests at RATE per second (2,000 over ~20 s by default) spread over
   the read endpoints and pages, from WORKERS threads with keep-alive connections;
2. a flat-out run: BURST requests as fast as WORKERS threads can send them (the ceiling).
Prints, per endpoint and overall, requests/s, p50 / p99 / max latency and errors; and as the
baseline, the median time of the same store call in-process (what HTTP, FastAPI and JSON add).
Every loop is bounded in count and in time (DEADLINE); only 127.0.0.1 is contacted.

    .venv/bin/python bench/serve.py                  # or: --requests 4000 --rate 200
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import corpus

from newsfacts.store import Corpus, listing

ARTICLES = 2_000
REQUESTS = 2_000
RATE = 100.0  # per second, paced
BURST = 2_000
WORKERS = 8
DEADLINE = 120.0  # seconds for either run, whatever happens
STARTUP = 120.0
READY = re.compile(r"Uvicorn running on (http://127\.0\.0\.1:\d+)")
SEED = 11


def build(db: Path, count: int) -> tuple[list[str], list[str], list[str]]:
    """The corpus; its ids, some words to search, some people to ask about."""
    items = list(corpus(count, seed=SEED))
    with Corpus(db) as store:
        for start in range(0, len(items), 500):
            store.add(item.sheet for item in items[start : start + 500])
    ids = [item.sheet.id for item in items]
    words = sorted({w.lower() for item in items[:50] for w in item.sheet.headline.split()[:4]})
    people = sorted(
        {e.name for item in items[:50] for e in item.sheet.entities if e.type == "PERSON"}
    )
    return ids, [w for w in words if w.isalpha() and len(w) > 3], people


def endpoints(ids: list[str], words: list[str], people: list[str], rng: random.Random):
    """(name, make a path) pairs: the mix every run draws from, equally often."""
    return [
        ("GET /api/articles", lambda: f"/api/articles?limit=20&offset={rng.randrange(1000)}"),
        ("GET /api/articles/{id}", lambda: f"/api/articles/{rng.choice(ids)}"),
        ("GET /api/search", lambda: f"/api/search?q={rng.choice(words)}"),
        ("GET /api/quotes", lambda: f"/api/quotes?speaker={rng.choice(people)}"),
        ("GET /api/entities", lambda: "/api/entities?type=PERSON&limit=50"),
        ("GET /api/timeline", lambda: f"/api/timeline?entity={rng.choice(people)}"),
        ("GET /articles/{id}", lambda: f"/articles/{rng.choice(ids)}"),
        ("GET /", lambda: f"/?page={1 + rng.randrange(50)}"),
    ]


def baseline(db: Path, ids: list[str], words: list[str], people: list[str]) -> dict[str, float]:
    """Median ms of the same store calls in this process: the floor under each endpoint."""
    rng = random.Random(SEED)
    calls: dict[str, Callable[[Corpus], object]] = {
        "GET /api/articles": lambda c: listing.articles(c.conn, offset=rng.randrange(1000)),
        "GET /api/articles/{id}": lambda c: c.get(rng.choice(ids)),
        "GET /api/search": lambda c: c.search(rng.choice(words)),
        "GET /api/quotes": lambda c: c.quotes(speaker=rng.choice(people)),
        "GET /api/entities": lambda c: c.entities(type_="PERSON"),
        "GET /api/timeline": lambda c: c.timeline(rng.choice(people)),
    }
    result = {}
    with Corpus(db, create=False) as store:
        for name, call in calls.items():
            call(store)
            times = []
            for _ in range(50):
                start = time.perf_counter()
                call(store)
                times.append(time.perf_counter() - start)
            result[name] = statistics.median(times) * 1000
    return result


def run(base: str, mix, *, count: int, rate: float | None) -> tuple[dict, int, float]:
    """Send `count` requests (paced at `rate`/s, or flat out); latencies by endpoint."""
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    lock = threading.Lock()
    local = threading.local()
    begin = time.perf_counter()
    rng = random.Random(SEED)
    plan = [rng.choice(mix) for _ in range(count)]

    def one(index: int) -> None:
        name, make = plan[index]
        if rate:  # open-loop pacing: request i is due at i / rate
            due = begin + index / rate
            time.sleep(max(0.0, due - time.perf_counter()))
        if time.perf_counter() - begin > DEADLINE:
            return
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(base_url=base, timeout=30)
        path = make()
        start = time.perf_counter()
        try:
            response = client.get(path)
            ok = response.status_code == 200
            problem = f"{response.status_code} {path}"
        except httpx.HTTPError as e:
            ok, problem = False, f"{type(e).__name__} {path}"
        took = time.perf_counter() - start
        with lock:
            latencies[name].append(took)
            if not ok:
                errors.append(problem)

    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(one, range(count)))
    elapsed = time.perf_counter() - begin
    if errors:
        print(f"  errors ({len(errors)}), first: {errors[:5]}")
    return latencies, len(errors), elapsed


def report(title: str, latencies: dict, errors: int, elapsed: float, floor: dict) -> None:
    every = [t for times in latencies.values() for t in times]
    rate = len(every) / elapsed
    print(
        f"\n{title}: {len(every)} requests in {elapsed:.1f} s = {rate:.0f} req/s, {errors} errors"
    )
    print(f"  {'endpoint':<24} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'store ms':>9}")
    rows = [*sorted(latencies.items()), ("all", every)]
    for name, times in rows:
        ordered = sorted(times)
        p50 = ordered[len(ordered) // 2] * 1000
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
        store = f"{floor[name]:9.2f}" if name in floor else f"{'':9}"
        print(
            f"  {name:<24} {len(times):>5} {p50:8.1f} {p99:8.1f} {ordered[-1] * 1000:8.1f} {store}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=ARTICLES)
    parser.add_argument("--requests", type=int, default=REQUESTS)
    parser.add_argument("--rate", type=float, default=RATE)
    parser.add_argument("--burst", type=int, default=BURST)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        ids, words, people = build(db, args.articles)
        floor = baseline(db, ids, words, people)
        server = subprocess.Popen(
            # one client sends every request here: lift the per-client search pace (issue #14)
            [
                *(sys.executable, "-m", "newsfacts", "serve", "--db", str(db), "--port", "0"),
                *("--search-per-minute", "1000000"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            base = wait_ready(server)
            mix = endpoints(ids, words, people, random.Random(SEED))
            print(f"newsfacts serve at {base}; {args.articles} articles; {WORKERS} client threads")
            run(base, mix, count=50, rate=None)  # warm-up
            paced = run(base, mix, count=args.requests, rate=args.rate)
            report(f"paced at {args.rate:g}/s", *paced, floor)
            flat = run(base, mix, count=args.burst, rate=None)
            report("flat out", *flat, floor)
        finally:
            server.terminate()
            server.wait(timeout=30)


def wait_ready(server: subprocess.Popen) -> str:
    """The server's URL from its start-up line; its stderr is drained from then on."""
    assert server.stderr is not None
    deadline = time.monotonic() + STARTUP
    for line in server.stderr:
        if match := READY.search(line):
            threading.Thread(target=server.stderr.read, daemon=True).start()
            return match.group(1)
        if time.monotonic() > deadline:
            break
    raise SystemExit("newsfacts serve did not start")


if __name__ == "__main__":
    main()
