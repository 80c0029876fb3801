"""Spark's Parquet output read back as FactSheet objects, with pyarrow alone (no Spark, no JVM).

`newsfacts ingest OUT/` loads a Spark job's output into the SQLite store on one machine; it
must not need a JVM for that. The job writes the sheets to OUT/ (part-*.parquet, one file per
task) and the failures to OUT/_errors/; both are read here file by file, batch by batch, so
memory stays flat on any output size. A sheet read back equals the one the job wrote, field by
field (tests/spark/test_reader.py): Parquet doubles, longs and dates carry the values exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from newsfacts.errors import ConfigError, InputError
from newsfacts.sheet import FactSheet

ERRORS_DIR = "_errors"
SUCCESS_FILE = "_SUCCESS"
PARQUET_SUFFIX = ".parquet"
# Rows converted to Python at a time: a few MB of sheets.
READ_BATCH_ROWS = 256
INSTALL_HINT = "pip install 'newsfacts[spark]' (pyarrow reads the Parquet output)"


def is_sheet_dataset(path: str | Path) -> bool:
    """A folder written by `newsfacts spark`: its _SUCCESS marker, or Parquet part files."""
    folder = Path(path)
    if not folder.is_dir():
        return False
    return (folder / SUCCESS_FILE).exists() or bool(_part_files(folder))


def read_sheets(path: str | Path) -> Iterator[FactSheet]:
    """The fact sheets of a `newsfacts spark` output folder, in the order the job wrote them."""
    folder = Path(path)
    for row in _rows(folder, what="fact sheets"):
        try:
            sheet = FactSheet.model_validate(row)
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise InputError(
                f"{folder}: a row is not a fact sheet ({where}: {first['msg']}); "
                f"expected the output of `newsfacts spark`"
            ) from e
        yield sheet


def read_errors(path: str | Path) -> Iterator[dict[str, Any]]:
    """The failed inputs and records of a job: {"input", "where", "reason"} each."""
    folder = Path(path) / ERRORS_DIR
    if not folder.is_dir():
        return
    yield from _rows(folder, what="errors")


def _rows(folder: Path, *, what: str) -> Iterator[dict[str, Any]]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise ConfigError(f"{folder}: reading Parquet {what} needs pyarrow; {INSTALL_HINT}") from e
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder (expected the output of `newsfacts spark`)")
    for part in _part_files(folder):
        try:
            parquet = pq.ParquetFile(part)
            for batch in parquet.iter_batches(batch_size=READ_BATCH_ROWS):
                yield from batch.to_pylist()
        except (OSError, pa.ArrowException) as e:
            raise InputError(f"{part}: not a readable Parquet file ({e})") from e


def _part_files(folder: Path) -> list[Path]:
    """Data files, in partition order; Spark's and Hadoop's hidden files (_*, .*) left out."""
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file()
        and path.name.endswith(PARQUET_SUFFIX)
        and not path.name.startswith(("_", "."))
    )
