"""The Spark job on local[2]: its sheets equal `extract`'s field by field; failures in _errors.

One SparkSession serves the whole run (about 6 s to start, longer on a loaded machine), and one
job over a small corpus of the project's fixtures feeds most assertions. The session reads
files in blocks of a few hundred bytes and the job cuts WARCs into pieces of a few records, so
every feed spans several splits, as a big feed does on a cluster: line numbers, offsets and
damaged records must come out as `extract` gives them however the input was cut.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
from datetime import date

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.jobs.extract import run_extract
from newsfacts.sheet import FactSheet
from newsfacts.spark import splits
from newsfacts.spark.reader import read_errors, read_sheets
from tests.conftest import FIXTURES
from tests.ingest.warcs import Record, article_record, build_warc

pytest.importorskip("pyspark")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pytestmark = [pytest.mark.spark, pytest.mark.model]

FEED = str(FIXTURES / "jsonl" / "feed.jsonl")
DAY = date(2024, 5, 13)
PARQUET_ROWS = [
    {
        "id": "p1",
        "text": (FIXTURES / "scraped" / "wire.txt").read_text(),
        "published": DAY,
    },
    {
        "id": "p2",
        "html": (FIXTURES / "html" / "article.html").read_text(),
        "url": "https://x.org/a",
    },
    {"id": "p3", "url": "https://x.org/empty"},  # neither text nor html: an _errors row
]


@pytest.fixture(scope="session")
def spark():
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java 17+ (no java on PATH, no JAVA_HOME)")
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from newsfacts.spark.job import build_session

    session = build_session(
        "local[2]",
        conf={
            "spark.ui.enabled": "false",
            "spark.ui.showConsoleProgress": "false",
            "spark.sql.shuffle.partitions": "2",
            # Blocks of 512 bytes: the JSONL feed spans several splits of the text source.
            "spark.sql.files.maxPartitionBytes": "512",
            "spark.sql.files.openCostInBytes": "0",
        },
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, str]:
    """The fixtures as Spark inputs: a JSONL feed, a damaged WARC.gz, a JSONL.gz, Parquet."""
    folder = tmp_path_factory.mktemp("corpus")
    records = [
        article_record(1),
        Record("https://tide.example.org/logo.png", b"\x89PNG" * 40, "image/png"),
        article_record(2, date="2024-05-18T08:00:00Z"),
        article_record(3),
    ]
    data, offsets = build_warc(records)
    crawl = folder / "crawl.warc.gz"
    crawl.write_bytes(data[: offsets[3] + (offsets[4] - offsets[3]) // 2])  # last record cut
    lines = [
        json.dumps({"id": path.stem, "text": path.read_text(), "url": f"https://x.org/{path.stem}"})
        for path in sorted((FIXTURES / "scraped").glob("*.txt"))
    ]
    many = [article_record(10 + number) for number in range(12)]
    data, many_offsets = build_warc(many)
    middle = many_offsets[6] + (many_offsets[7] - many_offsets[6]) // 2
    damaged = data[:middle] + bytes(b ^ 0xFF for b in data[middle : middle + 40])
    (folder / "many.warc.gz").write_bytes(damaged + data[middle + 40 :])
    scraped = folder / "scraped.jsonl.gz"
    scraped.write_bytes(gzip.compress("\n".join(lines).encode()))
    table = folder / "table.parquet"
    columns = {"id": pa.string(), "text": pa.string(), "html": pa.string(), "url": pa.string()}
    schema = pa.schema([*columns.items(), ("published", pa.date32())])
    pq.write_table(pa.Table.from_pylist(PARQUET_ROWS, schema=schema), table)
    as_jsonl = folder / "table.jsonl"  # the same rows as `extract` reads them
    as_jsonl.write_text("".join(json.dumps(row, default=str) + "\n" for row in PARQUET_ROWS))
    return {
        "feed": FEED,
        "crawl": str(crawl),
        "many": str(folder / "many.warc.gz"),
        "damaged": str(many_offsets[6]),
        "scraped": str(scraped),
        "table": str(table),
        "table_jsonl": str(as_jsonl),
        "offset": str(offsets[3]),
    }


@pytest.fixture(scope="module")
def extracted(corpus, tmp_path_factory) -> tuple[list[FactSheet], list[str]]:
    out = tmp_path_factory.mktemp("extract") / "sheets.jsonl"
    errors: list[str] = []
    specs = [corpus["feed"], corpus["crawl"], corpus["many"], corpus["scraped"]]
    specs.append(corpus["table_jsonl"])
    run_extract(specs, published=None, model=None, fmt="jsonl", output=out, on_error=errors.append)
    lines = out.read_text(encoding="utf-8").splitlines()
    return [FactSheet.model_validate(json.loads(line)) for line in lines], errors


@pytest.fixture(scope="module")
def job(spark, corpus, tmp_path_factory):
    from newsfacts.spark.job import run_job

    out = tmp_path_factory.mktemp("spark") / "out"
    specs = [corpus["feed"], corpus["crawl"], corpus["many"], corpus["scraped"], corpus["table"]]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(splits, "MIN_PIECE_BYTES", 1)  # pieces of a few records each
        summary = run_job(spark, specs, str(out), partitions=4)
    return out, summary


def by_article(sheets: list[FactSheet]) -> dict[tuple, FactSheet]:
    """Sheets keyed by their article: the job repartitions, so its order is not `extract`'s."""
    keyed = {(sheet.source.url, sheet.text): sheet for sheet in sheets}
    assert len(keyed) == len(sheets)
    return keyed


def test_spark_sheets_equal_extract_field_by_field(job, corpus, extracted) -> None:
    out, _ = job
    ours, theirs = by_article(list(read_sheets(out))), by_article(extracted[0])
    assert len(theirs) == 25 and set(ours) == set(theirs)
    for key, expected in theirs.items():
        mine = ours[key]
        if expected.source.path == corpus["table_jsonl"]:  # the Parquet rows, as JSONL lines
            assert mine.source.kind == "parquet" and mine.source.path == corpus["table"]
            assert mine.source.url == expected.source.url
            assert mine.source.record_id == expected.source.record_id
            assert mine.source.line is None
            # the id hashes the origin: the URL when the row has one, else the file and row id
            assert (mine.id == expected.id) == (mine.source.url is not None)
            assert (
                mine.model_copy(update={"source": expected.source, "id": expected.id}) == expected
            )
            continue
        for name in FactSheet.model_fields:
            assert getattr(mine, name) == getattr(expected, name), (expected.source, name)


def test_spark_broken_records_land_in_errors_the_others_succeed(job, corpus, extracted) -> None:
    out, summary = job
    errors = {(row["input"], row["where"]): row["reason"] for row in read_errors(out)}
    assert set(errors) == {
        (FEED, "line 3"),
        (FEED, "line 5"),
        (FEED, "line 6 (id a5)"),
        (FEED, "line 7 (id a6)"),
        (corpus["crawl"], f"record at offset {corpus['offset']}"),
        (corpus["many"], f"record at offset {corpus['damaged']}"),
        (corpus["table"], "row id p3"),
    }
    assert errors[(FEED, "line 5")] == "a JSON array, expected an object"
    assert (summary.ok, summary.failed, summary.skipped) == (25, 7, 1)
    assert summary.line() == "25 articles ok, 7 failed, 1 skipped"
    assert len(extracted[1]) == summary.failed  # `extract` names the same number of failures


def test_spark_output_is_a_structured_parquet_dataset(spark, job) -> None:
    from newsfacts.spark.schema import sheet_schema

    out, summary = job
    frame = spark.read.parquet(str(out))  # _errors is hidden from the sheets dataset
    assert frame.count() == summary.ok
    assert frame.schema.simpleString() == sheet_schema().simpleString()
    speakers = frame.selectExpr("explode(quotes.speaker.text) AS speaker").collect()
    assert all(isinstance(row.speaker, str | None) for row in speakers)


def test_spark_command_names_failures_and_exits_1(spark, corpus, tmp_path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["spark", corpus["crawl"], str(out)])
    assert result.exit_code == 1, result.output
    assert f"record at offset {corpus['offset']}: record is truncated" in result.stderr
    assert result.stderr.strip().endswith("spark: 2 articles ok, 1 failed, 1 skipped")
    again = CliRunner().invoke(app, ["spark", corpus["crawl"], str(out)])
    assert again.exit_code == 2 and "already exists; pass --overwrite" in again.stderr


def test_ingest_loads_the_spark_output_into_the_store(job, tmp_path) -> None:
    from newsfacts.jobs.ingest import ingest
    from newsfacts.store import Corpus

    out, summary = job
    db = tmp_path / "news.db"
    report = ingest([str(out)], db=db, stories=False)
    assert not report.failed and report.articles == summary.ok
    sheets = list(read_sheets(out))
    with Corpus(db, create=False) as corpus:
        assert corpus.get(sheets[0].id) == sheets[0]
    again = ingest([str(out)], db=db, stories=False)  # idempotent: nothing new the second time
    assert again.counts.added == 0


def test_the_corpus_spans_several_splits(spark, corpus) -> None:
    """The equality above covers split reading: the feed is several blocks, a WARC pieces."""
    from newsfacts.ingest import Limits
    from newsfacts.spark.inputs import plan_inputs

    assert spark.read.text(corpus["feed"]).rdd.getNumPartitions() >= 3
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(splits, "MIN_PIECE_BYTES", 1)
        plan = splits.plan_splits(
            plan_inputs([corpus["many"]]).files, partitions=4, limits=Limits()
        )
    assert len(plan.pieces) == 4


@pytest.mark.parametrize("partitions", [1, 3])
def test_partitions_apply_to_feeds_too(spark, corpus, partitions) -> None:
    from newsfacts.spark.job import tagged_rows
    from newsfacts.spark.tasks import JobOptions

    specs = [corpus["feed"], corpus["scraped"]]
    rows = tagged_rows(spark, specs, options=JobOptions(), partitions=partitions)
    assert rows.getNumPartitions() == partitions


def test_by_default_each_core_gets_a_few_extraction_tasks(spark, corpus) -> None:
    """One task per core left a core idle while the other finished its slower share."""
    from newsfacts.spark.job import TASKS_PER_CORE, tagged_rows
    from newsfacts.spark.tasks import JobOptions

    rows = tagged_rows(spark, [corpus["feed"]], options=JobOptions(), partitions=None)
    cores = spark.sparkContext.defaultParallelism
    assert rows.getNumPartitions() == TASKS_PER_CORE * cores > cores


def test_a_feed_named_with_glob_characters_and_spaces(spark, tmp_path) -> None:
    """Spark's text source expands globs in paths, and hands lines over as bytes as they are."""
    from newsfacts.spark.inputs import InputFile, read_file
    from newsfacts.spark.job import tagged_rows
    from newsfacts.spark.tasks import OK, JobOptions

    folder = tmp_path / "feeds"
    folder.mkdir()
    feed = folder / "feed [1]*.jsonl"
    feed.write_text(json.dumps({"text": (FIXTURES / "scraped" / "wire.txt").read_text()}) + "\n")
    other = folder / "feed 1.jsonl"  # what the unescaped glob would also match
    other.write_bytes(b'[1]\n{"text": "caf\xe9 au lait, not UTF-8"}\r\n')
    blank = folder / "blank.jsonl"  # lines, but none that is not blank: an input error
    blank.write_bytes(b"\n  \n\t\n")
    rows = tagged_rows(spark, [str(folder)], options=JobOptions(), partitions=2).collect()
    sheets = [payload for tag, payload in rows if tag == OK]
    assert [sheet["source"]["path"] for sheet in sheets] == [str(feed)]
    limits = JobOptions().limits
    expected = [
        (error.input, error.where or None, error.reason)
        for path in (blank, other)
        for error in read_file(InputFile(str(path), str(path)), published=None, limits=limits)
    ]
    assert len(expected) == 3
    assert sorted(row[1] for row in rows if row[0] != OK) == expected


def _worker_state(_) -> list[tuple[str, int]]:
    import sys

    from newsfacts.nlp import get_nlp

    main = getattr(sys.modules["__main__"], "__spec__", None)
    return [(main.name if main else "", get_nlp.cache_info().currsize)]


def test_local_workers_fork_from_a_daemon_holding_the_model(spark) -> None:
    """The model is loaded once per executor (the daemon), not once per worker or task."""
    assert spark.conf.get("spark.python.daemon.module") == "newsfacts.spark.daemon"
    states = spark.sparkContext.parallelize(range(4), 4).mapPartitions(_worker_state).collect()
    # No task here asked for the model: each worker has it from the daemon (earlier jobs of
    # the session may have loaded other names besides).
    assert all(main == "newsfacts.spark.daemon" and models >= 1 for main, models in states)
    assert len(states) == 4


def _worker_threads(_) -> list[dict]:
    from newsfacts.jobs.threads import THREAD_VARIABLES, numeric_threads

    return [
        {
            "environment": {name: os.environ.get(name) for name in THREAD_VARIABLES},
            "threads": {info["internal_api"]: info["num_threads"] for info in numeric_threads()},
        }
    ]


def test_local_workers_use_one_numerical_thread_each(spark) -> None:
    """A task slot is a core: a worker's BLAS must not start a thread per core of its own."""
    states = spark.sparkContext.parallelize(range(2), 2).mapPartitions(_worker_threads).collect()
    assert len(states) == 2
    for state in states:
        assert state["environment"] == {name: "1" for name in state["environment"]}
        assert state["threads"] and set(state["threads"].values()) == {1}
