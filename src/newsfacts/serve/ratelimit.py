"""Bounds on extraction: a token bucket per client, and a gate on extractions in flight.

A token bucket (Turner's leaky-bucket policing, as most API gateways apply it) lets a client
send a short burst and then a steady pace; the gate keeps the model busy with at most
`workers` extractions and `queue` more waiting, and turns the rest away at once instead of
letting them pile up in the thread pool. Both are plain objects with a lock: requests arrive on
the event loop, but tests and several TestClients may drive one app from different threads.
The clock is injectable, so tests never sleep.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from newsfacts.serve.limits import MAX_CLIENTS


class Busy(Exception):
    """No room: the caller should retry after `retry_after` seconds (HTTP 429)."""

    def __init__(self, message: str, *, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RateLimiter:
    """`burst` requests at once per client, refilled at `per_minute`."""

    def __init__(
        self,
        *,
        burst: int,
        per_minute: float,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = MAX_CLIENTS,
    ) -> None:
        self.burst = burst
        self.per_second = per_minute / 60.0
        self.clock = clock
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # tokens, at
        self._lock = threading.Lock()

    def take(self, client: str) -> None:
        """Spend one token of `client`'s bucket; Busy (with the wait) when it is empty."""
        with self._lock:
            now = self.clock()
            tokens, at = self._buckets.pop(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - at) * self.per_second)
            if tokens < 1.0:
                self._buckets[client] = (tokens, now)
                wait = (1.0 - tokens) / self.per_second if self.per_second > 0 else 60.0
                raise Busy(
                    f"too many extraction requests from this client: at most {self.burst} at "
                    f"once, then {self.per_second * 60:g} a minute; retry in {wait:.0f} s",
                    retry_after=wait,
                )
            self._buckets[client] = (tokens - 1.0, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)


class Gate:
    """At most `workers` jobs running and `queue` waiting; more are refused with Busy."""

    def __init__(self, *, workers: int, queue: int) -> None:
        self.workers = workers
        self.capacity = workers + queue
        self._running = threading.BoundedSemaphore(workers)
        self._admitted = 0
        self._lock = threading.Lock()

    @contextmanager
    def admit(self) -> Iterator[None]:
        """Hold a place in line (cheap; call on the event loop); Busy when the line is full."""
        with self._lock:
            if self._admitted >= self.capacity:
                raise Busy(
                    f"the server is extracting {self.capacity} articles already; retry shortly, "
                    "or run `newsfacts extract` locally for many articles",
                    retry_after=5.0,
                )
            self._admitted += 1
        try:
            yield
        finally:
            with self._lock:
                self._admitted -= 1

    @contextmanager
    def run(self) -> Iterator[None]:
        """A worker slot: blocks the calling (pool) thread until one is free."""
        with self._running:
            yield

    @property
    def admitted(self) -> int:
        return self._admitted
