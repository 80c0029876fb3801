"""What a request to the server may cost: sizes, pages, and the pace of extraction.

Reading the corpus is cheap (milliseconds, bounded by page sizes); extracting a sheet costs a
second or more of CPU per article and holds the model. So every request body is capped, the
text the server will parse is capped, extraction runs on a bounded number of threads with a
short queue, and each client gets a token bucket of extractions. Over a cap: 413; over the pace
or the queue: 429 with Retry-After. Each default can be changed per app (`create_app`).
"""

from __future__ import annotations

from dataclasses import dataclass

KIB = 1024
MIB = 1024 * KIB

DEFAULT_HOST = "127.0.0.1"  # loopback unless told otherwise (datasette binds the same)
DEFAULT_PORT = 8000

# Any request body: a heavy article page is a few MB of HTML; nothing the API takes is larger.
MAX_BODY_BYTES = 5 * MIB
# Characters of article text the server parses for one request: a long feature is ~100 k;
# a longer text is a book or a dump, for `newsfacts extract` on the command line.
MAX_TEXT_CHARS = 300_000
# Extractions that run at once (each holds the model for a second or more) ...
EXTRACT_WORKERS = 1
# ... and that may wait for a free worker; past this the server says 429 at once.
EXTRACT_QUEUE = 4
# Per client: a bucket of EXTRACT_BURST extractions, refilled at EXTRACT_PER_MINUTE.
EXTRACT_BURST = 10
EXTRACT_PER_MINUTE = 30.0
# Searches per client: cheap one by one, but each may spend up to QUERY_SECONDS of a core, so
# a client gets a burst of SEARCH_BURST and then SEARCH_PER_MINUTE (issue #14).
SEARCH_BURST = 30
SEARCH_PER_MINUTE = 120.0
# Seconds of SQLite work one request may spend (store/budget.py): with the page rendering
# around it, no request holds a core for 2 s.
QUERY_SECONDS = 1.5
# Clients the rate limiter remembers (the least recently seen are forgotten past this).
MAX_CLIENTS = 10_000

# Pages of rows: the default, and the most one request may ask for.
PAGE_SIZE = 20
MAX_PAGE = 500


@dataclass(frozen=True, slots=True)
class ServeLimits:
    """The caps one app applies (see the module docstring)."""

    max_body_bytes: int = MAX_BODY_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    extract_workers: int = EXTRACT_WORKERS
    extract_queue: int = EXTRACT_QUEUE
    extract_burst: int = EXTRACT_BURST
    extract_per_minute: float = EXTRACT_PER_MINUTE
    search_burst: int = SEARCH_BURST
    search_per_minute: float = SEARCH_PER_MINUTE
    query_seconds: float = QUERY_SECONDS
