"""The token bucket and the gate, on a fake clock: no test sleeps."""

from __future__ import annotations

import heapq
import random

import pytest

from newsfacts.serve.ratelimit import Busy, Gate, RateLimiter, retry_after


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def test_ratelimit_burst_then_refused_with_the_wait() -> None:
    clock = Clock()
    limiter = RateLimiter(burst=3, per_minute=6, clock=clock)  # a token every 10 s
    for _ in range(3):
        limiter.take("a")
    with pytest.raises(Busy) as refused:
        limiter.take("a")
    assert refused.value.retry_after == pytest.approx(10.0)


def test_ratelimit_refills_at_the_pace_and_never_past_the_burst() -> None:
    clock = Clock()
    limiter = RateLimiter(burst=2, per_minute=6, clock=clock)
    limiter.take("a")
    limiter.take("a")
    clock.now += 10
    limiter.take("a")  # one token back after 10 s
    with pytest.raises(Busy):
        limiter.take("a")
    clock.now += 3_600
    limiter.take("a")
    limiter.take("a")
    with pytest.raises(Busy):  # an hour idle still holds only `burst` tokens
        limiter.take("a")


def test_ratelimit_clients_are_counted_apart() -> None:
    limiter = RateLimiter(burst=1, per_minute=1, clock=Clock())
    limiter.take("a")
    limiter.take("b")
    with pytest.raises(Busy):
        limiter.take("a")


def test_ratelimit_forgets_the_oldest_clients_past_the_cap() -> None:
    limiter = RateLimiter(burst=1, per_minute=1, clock=Clock(), max_clients=2)
    for client in ("a", "b", "c"):
        limiter.take(client)
    limiter.take("a")  # forgotten, so a full bucket again: memory stays bounded


def test_gate_admits_workers_plus_queue_then_refuses() -> None:
    gate = Gate(workers=1, queue=2)
    with gate.admit(), gate.admit(), gate.admit():
        assert gate.admitted == 3
        with pytest.raises(Busy) as refused, gate.admit():
            pass
        assert refused.value.retry_after > 0
    assert gate.admitted == 0
    with gate.admit():  # room again once they are done
        pass


@pytest.mark.parametrize("threads", [1, 4, 16])
def test_ratelimit_a_client_honouring_retry_after_is_rarely_refused_twice(threads: int) -> None:
    """Issue #14: `threads` requests from one address, each sent again after the Retry-After
    it was given (plus a little network delay); 90% of those retries must succeed."""
    clock = Clock()
    limiter = RateLimiter(burst=3, per_minute=40, clock=clock)  # a token every 1.5 s
    jitter = random.Random(14)
    events = [(clock.now, thread, False) for thread in range(threads)]
    successes = retries = retried_ok = 0
    while successes < 50:
        clock.now, thread, is_retry = heapq.heappop(events)
        retries += is_retry
        try:
            limiter.take("one address")
        except Busy as refused:
            wait = int(retry_after(refused.retry_after)) + jitter.uniform(0, 0.05)
            heapq.heappush(events, (clock.now + wait, thread, True))
            continue
        successes += 1
        retried_ok += is_retry
        heapq.heappush(events, (clock.now + jitter.uniform(0, 0.05), thread, False))
    assert retries and retried_ok / retries >= 0.9


def test_ratelimit_retry_after_rounds_up() -> None:
    waits = (0.0, 0.2, 1.0, 1.4, 1.5, 9.01)
    assert [retry_after(s) for s in waits] == ["1", "1", "1", "2", "2", "10"]
