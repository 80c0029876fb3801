"""Reading gold files: JSON Lines, with errors that say which file and line is wrong."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsfacts.errors import DataError


def read_jsonl(path: Path, *, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The records of a gold .jsonl file, in order; `limit` stops early."""
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
            count += 1
            yield record
