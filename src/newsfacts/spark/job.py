"""The Spark job: the `extract` pipeline in mapPartitions, Parquet sheets and an _errors dataset.

Each feed file (WARC, JSONL) is one task, read record by record with `extract`'s own readers;
Parquet inputs are split by Spark. Every partition runs `pipeline.extract_many` with the model
of `nlp.get_nlp`, loaded once per executor Python process and kept across its tasks (PySpark
reuses its workers), so a sheet here equals `extract`'s for the same article, field by field.

A partition yields tagged rows: a sheet, a failure (input, where, reason) or a skip. They are
kept (memory, then disk) while two datasets are written from them: the sheets to OUTPUT (the
schema generated from sheet.py) and the failures to OUTPUT/_errors, which Spark and pyarrow
leave out when they read OUTPUT as a dataset. A record that cannot be read, an article too long
to parse, and an article whose extraction raises each become an _errors row; the rest go on.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from newsfacts.article import RawArticle
from newsfacts.errors import ConfigError, NewsfactsError
from newsfacts.ingest import Limits, RecordError, RecordSkipped
from newsfacts.ingest.jsonl import read_jsonl
from newsfacts.ingest.records import Item
from newsfacts.nlp import MAX_LENGTH, get_nlp
from newsfacts.pipeline import extract_many
from newsfacts.spark.inputs import InputFile, plan_inputs, read_file
from newsfacts.spark.reader import ERRORS_DIR

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

APP_NAME = "newsfacts"
# Spark's own INFO/WARN lines would drown the summary; failures still reach us as exceptions.
LOG_LEVEL = "ERROR"
# Articles handed to extract_many at a time on an executor: nlp.pipe batches within it.
EXTRACT_BATCH = 64
# Parquet input columns, as a JSONL line's fields (SPEC.md, Inputs); others are ignored.
PARQUET_COLUMNS = ("text", "html", "url", "headline", "published", "id")
FILE_COLUMN = "_newsfacts_file"
# Files of the _errors dataset: failures are few and small.
ERROR_FILES = 8
# Failures named on stderr at the end; the rest are in OUTPUT/_errors.
SHOWN_ERRORS = 20
OK, FAILED, SKIPPED = "ok", "failed", "skipped"
# The last Python exception named in a failed task's report, e.g. "newsfacts.errors.ModelError: …"
_PYTHON_ERROR = re.compile(r"^(?:[A-Za-z_][\w.]*\.)?([A-Z]\w*(?:Error|Exception)): (.+)$", re.M)


class JobError(NewsfactsError, RuntimeError):
    """The Spark job itself failed (Spark cannot start, a task failed past its retries)."""


@dataclass(frozen=True, slots=True)
class JobOptions:
    """What every task needs, shipped with it: the model's name, the date, the input caps."""

    model: str | None = None
    published: date | None = None
    limits: Limits = field(default_factory=Limits)


@dataclass(slots=True)
class SparkSummary:
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)  # the first SHOWN_ERRORS failures
    output: str = ""

    def line(self) -> str:
        articles = "article" if self.ok == 1 else "articles"
        return f"{self.ok} {articles} ok, {self.failed} failed, {self.skipped} skipped"


def build_session(master: str | None = None, *, conf: dict[str, str] | None = None) -> SparkSession:
    """A SparkSession; under spark-submit, the one it configured (its master, its conf)."""
    from pyspark.sql import SparkSession

    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started this process
    if not submitted and (master is None or master.startswith("local")):
        # Local workers must run this interpreter (the one with newsfacts and the model), and
        # bind to loopback: a laptop's hostname may resolve to an unreachable address.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = SparkSession.builder.appName(APP_NAME)
    if master:
        builder = builder.master(master)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    try:
        return builder.getOrCreate()
    except Exception as e:  # pyspark's own errors, or Java missing (no common base class)
        raise JobError(
            f"Spark could not start ({_short(str(e))}); it needs Java 17+ on PATH or JAVA_HOME"
        ) from e


def run_spark(
    specs: list[str],
    output: str,
    *,
    master: str | None = None,
    options: JobOptions | None = None,
    partitions: int | None = None,
    overwrite: bool = False,
    progress: bool = False,
) -> SparkSummary:
    """The `newsfacts spark` command: a session (made, or spark-submit's), the job, the end."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()  # a caller's session (a notebook, tests): kept
    conf = {"spark.ui.showConsoleProgress": "true" if progress else "false"}
    spark = active or build_session(master, conf=conf)
    if active is None:
        spark.sparkContext.setLogLevel(LOG_LEVEL)
    try:
        return run_job(
            spark, specs, output, options=options, partitions=partitions, overwrite=overwrite
        )
    finally:
        if active is None:
            spark.stop()


def run_job(
    spark: SparkSession,
    specs: list[str],
    output: str,
    *,
    options: JobOptions | None = None,
    partitions: int | None = None,
    overwrite: bool = False,
) -> SparkSummary:
    """Extract every article of `specs` into Parquet sheets at `output`; see the module doc."""
    from pyspark import StorageLevel

    from newsfacts.spark.schema import ERRORS_SCHEMA, sheet_schema

    options = options or JobOptions()
    if not overwrite and "://" not in output and Path(output).exists():
        raise ConfigError(
            f"{output}: already exists; pass --overwrite to replace it, or pick another folder"
        )
    tagged = _tagged_rows(spark, specs, options=options, partitions=partitions)
    tagged.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        sheets = spark.createDataFrame(tagged.filter(_is_ok).map(_payload), sheet_schema())
        sheets.write.mode("overwrite" if overwrite else "errorifexists").parquet(output)
        failures = tagged.filter(_is_failed).map(_payload)
        errors = spark.createDataFrame(failures, ERRORS_SCHEMA).coalesce(ERROR_FILES)
        errors.write.mode("overwrite").parquet(f"{output.rstrip('/')}/{ERRORS_DIR}")
        counts = tagged.map(_tag).countByValue()
        shown = failures.take(SHOWN_ERRORS)
    except Exception as e:  # Py4JJavaError / PySparkException: a task failed past its retries
        raise JobError(f"the Spark job failed: {_task_failure(e)}") from e
    finally:
        tagged.unpersist()
    return SparkSummary(
        ok=counts.get(OK, 0),
        failed=counts.get(FAILED, 0),
        skipped=counts.get(SKIPPED, 0),
        errors=[": ".join(part for part in row if part) for row in shown],
        output=output,
    )


def _tagged_rows(
    spark: SparkSession, specs: list[str], *, options: JobOptions, partitions: int | None
) -> RDD:
    """(tag, payload) for every record of every input, computed where the data is."""
    sc = spark.sparkContext
    plan = plan_inputs(specs)
    rdds = []
    if plan.files:  # one task per file: records stream through one reader, in order
        files = sc.parallelize(plan.files, len(plan.files))
        rdds.append(files.mapPartitions(partial(file_partition, options=options)))
    if plan.parquet:
        rdds.append(_parquet_rdd(spark, plan.parquet, options=options, partitions=partitions))
    if plan.unmatched:
        misses = [(FAILED, (spec, None, "no file matches")) for spec in plan.unmatched]
        rdds.append(sc.parallelize(misses, 1))
    if not rdds:
        raise ConfigError("no input given; pass WARC, JSONL or Parquet files, folders or globs")
    return rdds[0] if len(rdds) == 1 else sc.union(rdds)


def _parquet_rdd(
    spark: SparkSession, paths: list[str], *, options: JobOptions, partitions: int | None
) -> RDD:
    from pyspark.sql import functions as F

    frame = spark.read.parquet(*paths)
    columns = [name for name in PARQUET_COLUMNS if name in frame.columns]
    if "text" not in columns and "html" not in columns:
        raise ConfigError(
            f"{', '.join(paths)}: Parquet input needs a 'text' or 'html' column "
            f"(found: {', '.join(frame.columns) or 'none'})"
        )
    frame = frame.select(*columns, F.col("_metadata.file_path").alias(FILE_COLUMN))
    if partitions:
        frame = frame.repartition(partitions)
    return frame.rdd.mapPartitionsWithIndex(partial(parquet_partition, options=options))


# -- on the executors ------------------------------------------------------------------------


def file_partition(files: Iterable[InputFile], *, options: JobOptions) -> Iterator[tuple]:
    """The tagged rows of a partition of feed files (one file, as planned)."""
    items = (
        item
        for input_file in files
        for item in read_file(input_file, published=options.published, limits=options.limits)
    )
    return extract_items(items, options=options)


def parquet_partition(index: int, rows: Iterable[Any], *, options: JobOptions) -> Iterator[tuple]:
    return extract_items(parquet_items(index, rows, options=options), options=options)


def parquet_items(index: int, rows: Iterable[Any], *, options: JobOptions) -> Iterator[Item]:
    """Each Parquet row read as the JSONL line it would be, so both inputs mean the same."""
    for number, row in enumerate(rows, start=1):
        data = {key: value for key, value in row.asDict().items() if value is not None}
        name = _local_name(data.pop(FILE_COLUMN, "parquet"))
        where = _row_label(data, index=index, number=number)
        line = json.dumps(data, default=_iso, ensure_ascii=False).encode("utf-8")
        stream = io.BytesIO(line)
        items = read_jsonl(
            stream, name=name, path=name, published=options.published, limits=options.limits
        )
        for item in items:
            if isinstance(item, RawArticle):
                yield replace(item, source=replace(item.source, kind="parquet"))
            else:
                yield replace(item, where=where)


def extract_items(items: Iterable[Item], *, options: JobOptions) -> Iterator[tuple]:
    """Sheets for the articles, (input, where, reason) for the failures, in batches."""
    while batch := list(islice(items, EXTRACT_BATCH)):
        raws = []
        for item in batch:
            if isinstance(item, RecordSkipped):
                yield (SKIPPED, (item.input, item.where or None, item.reason))
            elif isinstance(item, RecordError):
                yield (FAILED, (item.input, item.where or None, item.reason))
            elif len(item.text) > MAX_LENGTH:
                yield (FAILED, (*_names(item), _too_long(item)))
            else:
                raws.append(item)
        if raws:
            yield from _sheet_rows(raws, options=options)


def _sheet_rows(raws: list[RawArticle], *, options: JobOptions) -> Iterator[tuple]:
    from newsfacts.spark.schema import sheet_row

    nlp = get_nlp(options.model)  # once per executor process; a ModelError fails the job
    try:
        sheets = list(extract_many(raws, nlp=nlp))
    except Exception:  # one article broke the batch: find it, keep the others
        yield from _one_by_one(raws, nlp=nlp)
        return
    for sheet in sheets:
        yield (OK, sheet_row(sheet))


def _one_by_one(raws: list[RawArticle], *, nlp: Any) -> Iterator[tuple]:
    from newsfacts.spark.schema import sheet_row

    for raw in raws:
        try:
            (sheet,) = extract_many([raw], nlp=nlp)
        except Exception as e:  # a stage's bug: an _errors row naming the article
            yield (FAILED, (*_names(raw), f"extraction failed ({type(e).__name__}: {e})"))
            continue
        yield (OK, sheet_row(sheet))


def _names(raw: RawArticle) -> tuple[str, str | None]:
    return raw.source.path or raw.source.kind, raw.source.url


def _too_long(raw: RawArticle) -> str:
    return (
        f"the article text is {len(raw.text):,} characters; the parser reads at most "
        f"{MAX_LENGTH:,} (is it one article?); split it"
    )


def _row_label(data: dict[str, Any], *, index: int, number: int) -> str:
    if "id" in data:
        return f"row id {data['id']}"
    if "url" in data:
        return f"row url {data['url']}"
    return f"row {number} of split {index}"


def _local_name(file_path: str) -> str:
    """Spark's `file:/tmp/x.parquet` as the path a user types; other URIs as they are."""
    if not file_path.startswith("file:"):
        return file_path
    return unquote(urlsplit(file_path).path)


def _iso(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _tag(row: tuple) -> str:
    return row[0]


def _payload(row: tuple) -> Any:
    return row[1]


def _is_ok(row: tuple) -> bool:
    return row[0] == OK


def _is_failed(row: tuple) -> bool:
    return row[0] == FAILED


def _task_failure(error: Exception) -> str:
    """The Python error inside a Java stack trace, else the first line of what Spark said."""
    text = str(error)
    found = _PYTHON_ERROR.findall(text)
    if found:
        name, message = found[-1]
        return f"{name}: {message}"
    return _short(text)


def _short(text: str, limit: int = 300) -> str:
    first = text.strip().splitlines()[0] if text.strip() else "no message"
    return first if len(first) <= limit else first[: limit - 3] + "..."
