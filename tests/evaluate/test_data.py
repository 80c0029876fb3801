"""The gold reader: bad lines named, and the two halves of `--half`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfacts.errors import DataError
from newsfacts.evaluate.data import half_of, only_half, read_jsonl


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_bad_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a"}\n{not json\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"gold.jsonl:2"):
        list(read_jsonl(path))


def test_the_two_halves_split_the_records_without_overlap(tmp_path: Path) -> None:
    records = [{"id": f"doc-{n}"} for n in range(200)]
    path = _write(tmp_path / "gold.jsonl", records)
    with only_half("A"):
        a = [r["id"] for r in read_jsonl(path)]
    with only_half("B"):
        b = [r["id"] for r in read_jsonl(path)]
    assert set(a).isdisjoint(b)
    assert sorted(a + b) == sorted(r["id"] for r in records)
    assert 60 < len(a) < 140  # a checksum, not a cut at one end
    assert len(list(read_jsonl(path))) == 200  # outside the block: everything


def test_records_of_one_story_stay_in_one_half() -> None:
    halves = {half_of({"id": f"doc-{n}", "topic": 7}) for n in range(50)}
    assert len(halves) == 1
    assert {half_of({"id": f"x{n}", "incident": "123"}) for n in range(50)} == {
        half_of({"incident": "123"})
    }


def test_limit_counts_only_the_records_of_the_half(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", [{"id": f"doc-{n}"} for n in range(100)])
    with only_half("B"):
        taken = list(read_jsonl(path, limit=5))
    assert len(taken) == 5
    assert all(half_of(r) == "B" for r in taken)
