"""Inputs planned on the driver (globs, folders, URIs) and one feed file read on an executor."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsfacts.article import RawArticle
from newsfacts.ingest import RecordError
from newsfacts.ingest.limits import Limits
from newsfacts.spark.inputs import InputFile, plan_inputs, pyarrow_uri, read_file

pytestmark = pytest.mark.spark

LINE = {"id": "n1", "text": "Tide mill reopens\n\nThe tide mill in Marlow reopened on Friday."}


@pytest.fixture
def tree(tmp_path, monkeypatch) -> Path:
    """feeds/ with two JSONL files, a WARC name, hidden and marker files; a Parquet dataset."""
    feeds = tmp_path / "feeds"
    (feeds / "sub").mkdir(parents=True)
    (feeds / "b.jsonl").write_text(json.dumps(LINE) + "\n")
    (feeds / "a.jsonl.gz").write_bytes(b"")
    (feeds / "sub" / "c.warc.gz").write_bytes(b"")
    (feeds / "_SUCCESS").write_bytes(b"")
    (feeds / ".a.jsonl.crc").write_bytes(b"")
    (feeds / "notes.pdf").write_bytes(b"")
    table = tmp_path / "table"
    table.mkdir()
    (table / "part-00000.parquet").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_plan_inputs_expands_folders_and_globs_keeping_names(tree) -> None:
    plan = plan_inputs(["feeds", "feeds/*.jsonl", "table", "nothing/*.warc.gz"])
    assert [f.name for f in plan.files] == [
        "feeds/a.jsonl.gz",
        "feeds/b.jsonl",
        "feeds/sub/c.warc.gz",
        "feeds/b.jsonl",
    ]
    assert all(os.path.isabs(f.location) for f in plan.files)
    assert plan.parquet == [str(tree / "table")]
    assert plan.unmatched == ["nothing/*.warc.gz"]


def test_plan_inputs_keeps_a_missing_file_for_the_reader_to_report(tree) -> None:
    plan = plan_inputs(["missing.jsonl", "x.parquet"])
    assert [f.name for f in plan.files] == ["missing.jsonl"]
    assert plan.parquet == [str(tree / "x.parquet")]


def test_plan_inputs_lists_uris_with_their_scheme(tree) -> None:
    base = (tree / "feeds").as_uri()
    plan = plan_inputs([base + "/*.jsonl*", base, (tree / "table").as_uri(), base + "/*.zip"])
    assert [f.name for f in plan.files[:2]] == [base + "/a.jsonl.gz", base + "/b.jsonl"]
    assert [f.name for f in plan.files[2:]] == [
        base + "/a.jsonl.gz",
        base + "/b.jsonl",
        base + "/sub/c.warc.gz",
    ]
    assert plan.parquet == [(tree / "table").as_uri()]
    assert plan.unmatched == [base + "/*.zip"]


def test_pyarrow_uri_maps_hadoop_schemes() -> None:
    assert pyarrow_uri("s3a://bucket/crawl/x.warc.gz") == "s3://bucket/crawl/x.warc.gz"
    assert pyarrow_uri("hdfs://nn:8020/x") == "hdfs://nn:8020/x"


@pytest.mark.parametrize("remote", [False, True])
def test_read_file_names_articles_and_errors_as_the_user_did(tree, remote) -> None:
    path = tree / "feeds" / "mixed.jsonl"
    path.write_text(json.dumps(LINE) + "\n[1]\n")
    location = path.as_uri() if remote else str(path)
    name = location if remote else "feeds/mixed.jsonl"
    items = list(read_file(InputFile(name, location), published=None, limits=Limits()))
    article, error = items
    assert isinstance(article, RawArticle) and article.source.path == name
    assert isinstance(error, RecordError)
    assert (error.input, error.where) == (name, "line 2")


def test_read_file_turns_an_unreadable_input_into_one_error(tree) -> None:
    empty = InputFile("feeds/sub/c.warc.gz", str(tree / "feeds" / "sub" / "c.warc.gz"))
    missing = InputFile("gone.jsonl", str(tree / "gone.jsonl"))
    (error,) = read_file(empty, published=None, limits=Limits())
    assert error == RecordError(
        "feeds/sub/c.warc.gz", "", "file is empty (expected a news article, or a feed)"
    )
    (error,) = read_file(missing, published=None, limits=Limits())
    assert error == RecordError("gone.jsonl", "", "no such file")
    (error,) = read_file(
        InputFile("x", (tree / "gone.jsonl").as_uri()), published=None, limits=Limits()
    )
    assert error.input == "x" and "cannot be read" in error.reason
