"""Reading gold files: JSON Lines, with errors that say which file and line is wrong.

`--half A|B` keeps one half of every gold file, so that a change can be developed on one
half and checked on the other. The halves are fixed by a checksum of each record's group
key: the topic or incident it belongs to when it has one (records of one story stay
together), else its id. They do not move when records are added or reordered.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Literal

from newsfacts.errors import DataError

Half = Literal["A", "B"]
HALVES: tuple[Half, ...] = ("A", "B")
# The fields that tie records into one unit that must not be split, most binding first.
_GROUP_FIELDS = ("topic", "incident", "id")

_half: ContextVar[Half | None] = ContextVar("newsfacts_eval_half", default=None)


def half_of(record: dict[str, Any]) -> Half:
    """Which half of the shared gold a record belongs to (stable across runs and machines)."""
    key = next((record[f] for f in _GROUP_FIELDS if record.get(f) is not None), None)
    if key is None:
        key = json.dumps(record, sort_keys=True)
    return HALVES[zlib.crc32(str(key).encode("utf-8")) % 2]


@contextmanager
def only_half(half: Half | None) -> Iterator[None]:
    """Within the block, read_jsonl yields only the records of `half` (None: all)."""
    token = _half.set(half)
    try:
        yield
    finally:
        _half.reset(token)


def read_jsonl(path: Path, *, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The records of a gold .jsonl file, in order; `limit` stops early.

    Inside `only_half(...)` the records of the other half are skipped (before `limit` counts).
    """
    if not path.is_file():
        raise DataError(
            f"{path}: gold file not found. Pass --data pointing at a folder laid out like "
            f"../shared/eval (one sub-folder per task with gold.jsonl)."
        )
    with path.open(encoding="utf-8") as lines:
        count = 0
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            if limit is not None and count >= limit:
                return
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise DataError(f"{path}:{number}: not valid JSON ({e.msg})") from e
            if (half := _half.get()) is not None and half_of(record) != half:
                continue
            count += 1
            yield record
