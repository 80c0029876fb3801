"""How many records a list of inputs holds, when that can be told without parsing them.

Progress shows a total only when it is known: a text or HTML file or a URL is one article, a
plain JSONL feed one record a non-blank line (counted by a fast scan of its bytes). A WARC, a
gzipped feed or standard input is only known once read, so the total is None ("?").
"""

from __future__ import annotations

from pathlib import Path

from newsfacts.ingest import SINGLE, STDIN, input_kind
from newsfacts.ingest.limits import CHUNK_BYTES
from newsfacts.ingest.url import is_url


def expected_records(specs: list[str]) -> int | None:
    """The records `specs` hold (an unreadable input counts as one); None when unknown."""
    total = 0
    for spec in specs:
        count = _expected(spec)
        if count is None:
            return None
        total += count
    return total


def _expected(spec: str) -> int | None:
    if spec == STDIN:
        return None
    if is_url(spec):
        return 1
    path = Path(spec)
    kind, gzipped = input_kind(path.name)
    if kind in SINGLE:
        return 1
    if kind == "jsonl" and not gzipped:
        return _feed_lines(path)
    return None


def _feed_lines(path: Path) -> int | None:
    """Non-blank lines of a JSONL file, reading it in chunks (constant memory)."""
    count = 0
    pending = False  # the current line holds a non-space byte
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(CHUNK_BYTES):
                count, pending = _count_chunk(chunk, count, pending)
    except OSError:
        return 1  # the reader names the problem and counts the input as one failure
    # an empty feed is one input that fails
    return max(1, count + pending)


def _count_chunk(chunk: bytes, count: int, pending: bool) -> tuple[int, bool]:
    lines = chunk.split(b"\n")
    for line in lines[:-1]:
        if pending or line.strip():
            count += 1
        pending = False
    return count, pending or bool(lines[-1].strip())
