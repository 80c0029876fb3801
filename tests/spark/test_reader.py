"""Spark's Parquet output read back as sheets with pyarrow: exact, ordered, hidden files skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.errors import InputError
from newsfacts.spark.reader import is_sheet_dataset, read_errors, read_sheets
from tests.spark.sheets import rich_sheet

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pytestmark = pytest.mark.spark


def write_part(folder: Path, name: str, rows: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows), folder / name)


def test_read_sheets_round_trip_is_exact(tmp_path) -> None:
    sheet = rich_sheet()
    other = sheet.model_copy(update={"headline": "Second", "published": None})
    write_part(tmp_path, "part-00001-x.snappy.parquet", [other.model_dump(by_alias=True)])
    write_part(tmp_path, "part-00000-x.snappy.parquet", [sheet.model_dump(by_alias=True)])
    (tmp_path / "_SUCCESS").write_bytes(b"")
    (tmp_path / ".part-00000-x.snappy.parquet.crc").write_bytes(b"crc")
    assert list(read_sheets(tmp_path)) == [sheet, other]  # partition order, values exact
    assert is_sheet_dataset(tmp_path)


def test_read_errors_reads_the_errors_folder(tmp_path) -> None:
    write_part(tmp_path, "part-00000.parquet", [rich_sheet().model_dump(by_alias=True)])
    row = {"input": "feed.jsonl", "where": "line 3", "reason": "not valid JSON"}
    write_part(tmp_path / "_errors", "part-00000.parquet", [row])
    assert list(read_errors(tmp_path)) == [row]
    assert len(list(read_sheets(tmp_path))) == 1  # _errors is not a sheet
    assert list(read_errors(tmp_path / "nowhere")) == []


def test_is_sheet_dataset_only_for_output_folders(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("text")
    assert not is_sheet_dataset(tmp_path)
    assert not is_sheet_dataset(tmp_path / "a.txt")
    assert not is_sheet_dataset(tmp_path / "missing")


def test_read_sheets_names_a_broken_part_file(tmp_path) -> None:
    (tmp_path / "part-00000.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(InputError, match=r"part-00000\.parquet: not a readable Parquet file"):
        list(read_sheets(tmp_path))
    with pytest.raises(InputError, match="no such folder"):
        list(read_sheets(tmp_path / "missing"))


def test_read_sheets_refuses_rows_that_are_no_sheets(tmp_path) -> None:
    write_part(tmp_path, "part-00000.parquet", [{"text": "an input row, not a sheet"}])
    with pytest.raises(InputError, match="a row is not a fact sheet"):
        list(read_sheets(tmp_path))
