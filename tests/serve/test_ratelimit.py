"""The token bucket and the gate, on a fake clock: no test sleeps."""

from __future__ import annotations

import pytest

from newsfacts.serve.ratelimit import Busy, Gate, RateLimiter


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
