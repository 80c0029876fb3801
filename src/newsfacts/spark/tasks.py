"""What runs on the executors: a partition of inputs in, tagged rows out.

Two steps, with a repartition between them (job.py): reading turns a partition of inputs
(whole feed files, WARC pieces, lines of Spark's text source, Parquet rows) into items, with
`extract`'s readers (inputs.read_file, splits.py), Parquet rows read as the JSONL lines they
would be; extraction (`extract_items`) turns a partition of items into (tag, payload) rows:
(OK, the sheet as a nested dict), (FAILED, (input, where, reason)) or (SKIPPED, (input, where,
reason)). Articles take the road every driver takes (jobs/road.py: the same checks, batches and
retry as `extract`), with the model of `nlp.get_nlp`: loaded once per executor Python process
and kept, since PySpark reuses its workers across tasks.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from newsfacts.article import RawArticle
from newsfacts.ingest import Limits
from newsfacts.ingest.jsonl import read_jsonl
from newsfacts.ingest.records import Item
from newsfacts.jobs import road
from newsfacts.jobs.threads import one_numeric_thread
from newsfacts.spark.inputs import InputFile, read_file
from newsfacts.spark.schema import sheet_row
from newsfacts.spark.splits import (
    JsonlLine,
    LineStarts,
    WarcPiece,
    numbered_lines,
    read_warc_piece,
)

OK, FAILED, SKIPPED = "ok", "failed", "skipped"
# The column carrying each Parquet row's file (Spark's _metadata.file_path) into the task.
FILE_COLUMN = "_newsfacts_file"


@dataclass(frozen=True, slots=True)
class JobOptions:
    """What every task needs, shipped with it: the model's name, the date, the input caps."""

    model: str | None = None
    published: date | None = None
    limits: Limits = field(default_factory=Limits)


def file_items(files: Iterable[InputFile], *, options: JobOptions) -> Iterator[Item]:
    """The items of a partition of whole feed files (one file, as planned)."""
    for input_file in files:
        yield from read_file(input_file, published=options.published, limits=options.limits)


def piece_items(pieces: Iterable[WarcPiece], *, options: JobOptions) -> Iterator[Item]:
    """The items of a partition of WARC pieces (one piece, as planned)."""
    for piece in pieces:
        yield from read_warc_piece(piece, published=options.published, limits=options.limits)


def jsonl_lines(
    rows: Iterable[Any], *, starts: LineStarts, names: dict[str, str]
) -> Iterator[JsonlLine]:
    """The numbered lines of a partition of Spark's text source: (line, file, block) rows."""
    return numbered_lines(((row[0], row[1], row[2]) for row in rows), starts=starts, names=names)


def extract_partition(
    elements: Iterable[Item | JsonlLine], *, options: JobOptions
) -> Iterator[tuple]:
    """After the repartition: JSONL lines read as `extract` reads them, then extraction.

    A task slot is a core: its Python worker holds its numerical libraries to one thread (set
    by the worker daemon already, when it is newsfacts's; here for any other).
    """
    one_numeric_thread()
    return extract_items(_read_lines(elements, options=options), options=options)


def _read_lines(elements: Iterable[Item | JsonlLine], *, options: JobOptions) -> Iterator[Item]:
    for element in elements:
        if isinstance(element, JsonlLine):
            item = element.item(published=options.published, limits=options.limits)
            if item is not None:
                yield item
        else:
            yield element


def parquet_items(index: int, rows: Iterable[Any], *, options: JobOptions) -> Iterator[Item]:
    """Each Parquet row read as the JSONL line it would be, so both inputs mean the same."""
    for number, row in enumerate(rows, start=1):
        data = {key: value for key, value in row.asDict().items() if value is not None}
        name = local_name(data.pop(FILE_COLUMN, "parquet"))
        where = _row_label(data, index=index, number=number)
        line = json.dumps(data, default=_iso, ensure_ascii=False).encode("utf-8")
        stream = io.BytesIO(line)
        items = read_jsonl(
            stream, name=name, path=name, published=options.published, limits=options.limits
        )
        for item in items:
            if isinstance(item, RawArticle):
                # a row has no line of its own: the one-line stream's "line 1" is dropped
                yield replace(item, source=replace(item.source, kind="parquet", line=None))
            else:
                yield replace(item, where=where)


def extract_items(items: Iterable[Item], *, options: JobOptions) -> Iterator[tuple]:
    """Sheets for the articles, (input, where, reason) for the failures: the road, in order.

    The model is `nlp.get_nlp`'s: loaded once per executor process; a ModelError fails the job.
    """
    entries = ((_input_name(item), item) for item in items)
    recipe = road.Recipe(finish=sheet_row, model=options.model)
    for batch in road.run(entries, recipe):
        yield from (_tagged(event) for event in batch)


def _input_name(item: Item) -> str:
    """An article's input as its `_errors` row names it: the file, else the kind of input."""
    if isinstance(item, RawArticle):
        return item.source.path or item.source.kind
    return item.input


def _tagged(event: road.Event) -> tuple:
    if isinstance(event, road.Made):
        return (OK, event.value)
    if isinstance(event, road.Skipped):
        record = event.record
        return (SKIPPED, (record.input, record.where or None, record.reason))
    if isinstance(event, road.Failed):
        return (FAILED, (event.input, event.where, event.reason))
    raise TypeError(f"no row for {event!r}: Spark's road stores nothing, so nothing is known")


def _row_label(data: dict[str, Any], *, index: int, number: int) -> str:
    if "id" in data:
        return f"row id {data['id']}"
    if "url" in data:
        return f"row url {data['url']}"
    return f"row {number} of split {index}"


def local_name(file_path: str) -> str:
    """Spark's `file:/tmp/x.parquet` as the path a user types; other URIs as they are."""
    if not file_path.startswith("file:"):
        return file_path
    return unquote(urlsplit(file_path).path)


def _iso(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def tag(row: tuple) -> str:
    return row[0]


def payload(row: tuple) -> Any:
    return row[1]


def is_ok(row: tuple) -> bool:
    return row[0] == OK


def is_failed(row: tuple) -> bool:
    return row[0] == FAILED


def wide(row: tuple) -> tuple:
    """(tag, sheet, failure) with the one that does not apply None: job.py's DataFrame row."""
    tag, payload = row
    return (tag, payload if tag == OK else None, payload if tag == FAILED else None)
