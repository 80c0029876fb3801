"""Bounds on extraction: a token bucket per client, and a gate on extractions in flight.

A token bucket (Turner's leaky-bucket policing, as most API gateways apply it) lets a client
send a short burst and then a steady pace; the gate keeps the model busy with at most
`workers` extractions and `queue` more waiting, and turns the rest away at once instead of
letting them pile up in the thread pool. Both are plain objects with a lock: requests arrive on
the event loop, but tests and several TestClients may drive one app from different threads.
The clock is injectable, so tests never sleep.

Retry-After is a promise (issue #14): told only "when the next token comes", every client
refused meanwhile came back at that same moment and all but one were refused again (362
refusals for 50 successes). So each refusal books the next token not yet promised to an earlier
refusal, and says when that one comes (rounded up to whole seconds, as the header carries
them); a booking nobody claims lapses after BOOKING_GRACE seconds.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsfacts.serve.limits import MAX_CLIENTS

if TYPE_CHECKING:
    from starlette.requests import Request


class Busy(Exception):
    """No room: the caller should retry after `retry_after` seconds (HTTP 429)."""

    def __init__(self, message: str, *, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def client_key(request: Request) -> str:
    """Whom a request counts against: its client's address (the API and the reader alike)."""
    return request.client.host if request.client else "unknown"


# Seconds past its time a booked token waits for its client before anyone may have it.
BOOKING_GRACE = 30.0
# Float slack: a client back exactly when told finds a whole token, not 0.9999999.
EPSILON = 1e-6


def retry_after(seconds: float) -> str:
    """The Retry-After header for a wait: whole seconds, rounded up (never early), at least 1."""
    return str(max(1, math.ceil(seconds - EPSILON)))


@dataclass(slots=True)
class _Bucket:
    tokens: float
    at: float
    bookings: deque[float] = field(default_factory=deque)  # times promised to refused clients


class RateLimiter:
    """`burst` requests at once per client, refilled at `per_minute`; `what` names the
    requests in the message ("extraction", "search")."""

    def __init__(
        self,
        *,
        burst: int,
        per_minute: float,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = MAX_CLIENTS,
        what: str = "extraction",
    ) -> None:
        self.burst = burst
        self.per_second = per_minute / 60.0
        self.clock = clock
        self.max_clients = max_clients
        self.what = what
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, client: str) -> None:
        """Spend one token of `client`'s bucket; Busy (with the wait) when it is empty."""
        with self._lock:
            now = self.clock()
            bucket = self._buckets.pop(client, None) or _Bucket(float(self.burst), now)
            self._buckets[client] = bucket
            bucket.tokens = min(
                float(self.burst), bucket.tokens + (now - bucket.at) * self.per_second
            )
            bucket.at = now
            while bucket.bookings and bucket.bookings[0] < now - BOOKING_GRACE:
                bucket.bookings.popleft()  # lapsed: its client never came back
            if bucket.tokens < 1.0 - EPSILON:
                wait = self._book(bucket, now)
                raise Busy(
                    f"too many {self.what} requests from this client: at most {self.burst} at "
                    f"once, then {self.per_second * 60:g} a minute; retry in "
                    f"{retry_after(wait)} s",
                    retry_after=wait,
                )
            bucket.tokens -= 1.0
            if bucket.bookings and bucket.bookings[0] <= now + EPSILON:
                bucket.bookings.popleft()  # this request claims the booking that fell due
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)

    def _book(self, bucket: _Bucket, now: float) -> float:
        """Book the first token not promised yet; the seconds until it comes."""
        if self.per_second <= 0:
            return 60.0
        ahead = sum(1 for due in bucket.bookings if due > now + EPSILON)
        wait = (1.0 + ahead - bucket.tokens) / self.per_second
        # promised in whole seconds (the header's unit), so book the time the client returns
        bucket.bookings.append(now + float(retry_after(wait)))
        return wait


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
