"""The Spark job: the `extract` pipeline in mapPartitions, Parquet sheets and an _errors dataset.

This is the driver's side. Inputs are read in as many tasks as they split into: a JSONL feed by
blocks of lines (Spark's text source), a WARC.gz by runs of records, Parquet by Spark's splits,
the rest one task per file (splits.py), always with `extract`'s own readers. What was read is
then repartitioned to a few tasks per core (or `--partitions N`) and every partition runs the
pipeline (tasks.py), so the cores share the work whatever the inputs' sizes, and a sheet here
equals `extract`'s for the same article, field by field (their order is not kept).

A partition yields tagged rows: a sheet, a failure (input, where, reason) or a skip. They
become one DataFrame (tag, sheet, failure), kept in Spark's columnar cache (memory, then disk)
while two datasets are written from it in the JVM: the sheets to OUTPUT (the schema generated
from sheet.py) and the failures to OUTPUT/_errors, which Spark and pyarrow leave out when they
read OUTPUT as a dataset. A record that cannot be read, an article too long
to parse, and an article whose extraction raises each become an _errors row; the rest go on.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from newsfacts.errors import EXIT_OK, EXIT_SOME_FAILED, ConfigError, NewsfactsError
from newsfacts.spark import tasks
from newsfacts.spark.inputs import InputFile, plan_inputs
from newsfacts.spark.reader import ERRORS_DIR
from newsfacts.spark.splits import first_lines, plan_splits
from newsfacts.spark.tasks import JobOptions

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StructType

APP_NAME = "newsfacts"
# Spark's own INFO/WARN lines would drown the summary; failures still reach us as exceptions.
LOG_LEVEL = "ERROR"
# The Python worker daemon that loads the model before forking workers (daemon.py).
DAEMON_CONF = "spark.python.daemon.module"
DAEMON_MODULE = "newsfacts.spark.daemon"
# Parquet input columns, as a JSONL line's fields (SPEC.md, Inputs); others are ignored.
PARQUET_COLUMNS = ("text", "html", "url", "headline", "published", "id")
# What bytes.strip() takes away (a blank JSONL line), as a Java regex for Spark SQL.
BLANK_BYTES = "[ \\t\\r\\n\\x0B\\f]"
# Characters Hadoop expands in a path (globs, and its escape character itself).
HADOOP_GLOB = frozenset("\\{}[]*?")
# Files of the _errors dataset: failures are few and small.
ERROR_FILES = 8
# Extraction tasks per core by default: with one task per core, the core whose articles are
# slower finishes alone while the other idles (1.5-3 s of a 15 s stage, measured); with a few
# smaller tasks the last ones are short. Spark's tuning guide advises 2-3 tasks per core; each
# extra task costs a few milliseconds, the model stays loaded in the reused Python worker.
TASKS_PER_CORE = 4
# The column of the tag (tasks.OK, FAILED, SKIPPED) in the job's one DataFrame of rows.
TAG = "tag"
# Failures named on stderr at the end; the rest are in OUTPUT/_errors.
SHOWN_ERRORS = 20
# The last Python exception named in a failed task's report, e.g. "newsfacts.errors.ModelError: …"
_PYTHON_ERROR = re.compile(r"^(?:[A-Za-z_][\w.]*\.)?([A-Z]\w*(?:Error|Exception)): (.+)$", re.M)


class JobError(NewsfactsError, RuntimeError):
    """The Spark job itself failed (Spark cannot start, a task failed past its retries)."""


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

    def report(self, *, error: Callable[[str], None], say: Callable[[str], None]) -> int:
        """The failures named (the first few), the rest counted, the summary line; the exit
        status. The command and spark-submit's entry both end this way."""
        for message in self.errors:
            error(message)
        if self.failed > len(self.errors):
            say(f"... {self.failed - len(self.errors)} more in {self.output}/{ERRORS_DIR}")
        say(f"spark: {self.line()}")
        return EXIT_SOME_FAILED if self.failed else EXIT_OK


def build_session(master: str | None = None, *, conf: dict[str, str] | None = None) -> SparkSession:
    """A SparkSession; under spark-submit, the one it configured (its master, its conf)."""
    from pyspark.sql import SparkSession

    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started this process
    local = not submitted and (master is None or master.startswith("local"))
    builder = SparkSession.builder.appName(APP_NAME)
    if local:
        # Local workers must run this interpreter (the one with newsfacts and the model), and
        # bind to loopback: a laptop's hostname may resolve to an unreachable address.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        # Only here is newsfacts surely importable when the daemon starts: shipped with
        # --py-files, it is on sys.path only once a task runs (docs/scale.md says how to opt in).
        builder = builder.config(DAEMON_CONF, DAEMON_MODULE)
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
    from pyspark.sql import functions as F

    options = options or JobOptions()
    if not overwrite and "://" not in output and Path(output).exists():
        raise ConfigError(
            f"{output}: already exists; pass --overwrite to replace it, or pick another folder"
        )
    tagged = tagged_rows(spark, specs, options=options, partitions=partitions)
    # Python touches each row once: the tagged rows become one DataFrame (a sheet or a failure
    # a row), kept in Spark's columnar cache; both writes and the counts then run in the JVM,
    # never unpickling the sheets again in Python (that cost 1.2 x the pipeline's CPU).
    rows = spark.createDataFrame(tagged.map(tasks.wide), rows_schema(), verifySchema=False)
    rows.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        sheets = rows.where(F.col(TAG) == tasks.OK).select(f"{tasks.OK}.*")
        sheets.write.mode("overwrite" if overwrite else "errorifexists").parquet(output)
        failures = rows.where(F.col(TAG) == tasks.FAILED).select(f"{tasks.FAILED}.*")
        errors = failures.coalesce(ERROR_FILES)
        errors.write.mode("overwrite").parquet(f"{output.rstrip('/')}/{ERRORS_DIR}")
        counts = {row[TAG]: row["count"] for row in rows.groupBy(TAG).count().collect()}
        shown = [tuple(row) for row in failures.take(SHOWN_ERRORS)]
    except Exception as e:  # Py4JJavaError / PySparkException: a task failed past its retries
        raise JobError(f"the Spark job failed: {_task_failure(e)}") from e
    finally:
        rows.unpersist()
    return SparkSummary(
        ok=counts.get(tasks.OK, 0),
        failed=counts.get(tasks.FAILED, 0),
        skipped=counts.get(tasks.SKIPPED, 0),
        errors=[": ".join(part for part in row if part) for row in shown],
        output=output,
    )


def rows_schema() -> StructType:
    """One row per record: its tag, and the sheet or the failure (the other one null)."""
    from pyspark.sql.types import StringType, StructField, StructType

    from newsfacts.spark.schema import ERRORS_SCHEMA, sheet_schema

    return StructType(
        [
            StructField(TAG, StringType(), nullable=False),
            StructField(tasks.OK, sheet_schema(), nullable=True),
            StructField(tasks.FAILED, ERRORS_SCHEMA, nullable=True),
        ]
    )


def tagged_rows(
    spark: SparkSession, specs: list[str], *, options: JobOptions, partitions: int | None
) -> RDD:
    """(tag, payload) for every record of every input, computed where the data is.

    Two stages: the inputs are read in as many tasks as they split into (splits.py), then what
    was read is repartitioned to `partitions` (default: TASKS_PER_CORE for every core Spark
    has) and extracted, so the cores share the parsing whatever the inputs' sizes.
    """
    sc = spark.sparkContext
    plan = plan_inputs(specs)
    cores = partitions or sc.defaultParallelism
    target = partitions or TASKS_PER_CORE * sc.defaultParallelism
    split = plan_splits(plan.files, partitions=cores, limits=options.limits)
    reads = []
    if split.lines:
        reads.append(_lines_rdd(spark, split.lines, whole=split.whole))
    if split.pieces:
        pieces = sc.parallelize(split.pieces, len(split.pieces))
        reads.append(pieces.mapPartitions(partial(tasks.piece_items, options=options)))
    if split.whole:  # one task per file: records stream through one reader, in order
        files = sc.parallelize(split.whole, len(split.whole))
        reads.append(files.mapPartitions(partial(tasks.file_items, options=options)))
    if plan.parquet:
        reads.append(_parquet_rdd(spark, plan.parquet, options=options))
    rdds = []
    if reads:
        read = reads[0] if len(reads) == 1 else sc.union(reads)
        balanced = read.repartition(target)
        rdds.append(balanced.mapPartitions(partial(tasks.extract_partition, options=options)))
    if plan.unmatched:
        misses = [(tasks.FAILED, (spec, None, "no file matches")) for spec in plan.unmatched]
        rdds.append(sc.parallelize(misses, 1))
    if not rdds:
        raise ConfigError("no input given; pass WARC, JSONL or Parquet files, folders or globs")
    return rdds[0] if len(rdds) == 1 else sc.union(rdds)


def _lines_rdd(spark: SparkSession, files: list[InputFile], *, whole: list[InputFile]) -> RDD:
    """The numbered lines of plain JSONL files, read by Spark's text source in blocks.

    A first job counts each block's lines (in the JVM); a file with no line that is not blank
    joins `whole`, so its reader reports it as `extract` does.
    """
    from pyspark.sql import functions as F

    frame = spark.read.option("lineSep", "\n").text([_text_path(f.location) for f in files])
    frame = frame.select(
        "value",
        F.col("_metadata.file_path").alias("file"),
        F.col("_metadata.file_block_start").alias("block"),
    )
    filled = F.length(F.regexp_replace("value", BLANK_BYTES, "")) > 0
    counts = (
        frame.groupBy("file", "block")
        .agg(F.count(F.lit(1)).alias("lines"), F.sum(filled.cast("long")).alias("filled"))
        .collect()
    )
    by_location = {f.location: f for f in files}
    names = {row.file: by_location.get(tasks.local_name(row.file)) for row in counts}
    filled_files = {names[row.file] for row in counts if row.filled}
    whole.extend(f for f in files if f not in filled_files)
    starts = first_lines((row.file, row.block, row.lines) for row in counts)
    lines = frame.select(F.col("value").cast("binary"), "file", "block")
    known = {file: f.name for file, f in names.items() if f is not None}
    return lines.rdd.mapPartitions(partial(tasks.jsonl_lines, starts=starts, names=known))


def _text_path(location: str) -> str:
    """A local file as Spark's text source takes it: a file: URI, its glob characters escaped
    (Spark expands globs in paths; a file may be called `feed[1].jsonl`)."""
    escaped = "".join(f"\\{c}" if c in HADOOP_GLOB else c for c in location)
    return f"file://{escaped}"


def _parquet_rdd(spark: SparkSession, paths: list[str], *, options: JobOptions) -> RDD:
    from pyspark.sql import functions as F

    try:
        frame = spark.read.parquet(*paths)
    except Exception as e:  # AnalysisException: a path that is missing or not Parquet
        raise JobError(f"{', '.join(paths)}: cannot be read as Parquet ({_short(str(e))})") from e
    columns = [name for name in PARQUET_COLUMNS if name in frame.columns]
    if "text" not in columns and "html" not in columns:
        raise ConfigError(
            f"{', '.join(paths)}: Parquet input needs a 'text' or 'html' column "
            f"(found: {', '.join(frame.columns) or 'none'})"
        )
    frame = frame.select(*columns, F.col("_metadata.file_path").alias(tasks.FILE_COLUMN))
    return frame.rdd.mapPartitionsWithIndex(partial(tasks.parquet_items, options=options))


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
