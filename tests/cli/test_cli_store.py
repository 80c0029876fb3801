"""The corpus commands: help with examples, formats, exit codes and messages on stderr."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app
from tests.conftest import FIXTURES
from tests.store.sheets import make_corpus

runner = CliRunner()
COMMANDS = ("ingest", "search", "quotes", "entities", "timeline", "stories")


def invoke(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "c.db"
    make_corpus(path).close()
    return str(path)


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_store_every_command_has_help_with_an_example(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout and f"newsfacts {command}" in result.stdout


def test_cli_store_search_json_when_piped(db) -> None:
    result = invoke("search", "soldier", "--db", db)
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows[0]["headline"] == "Wounded soldier awake"


def test_cli_store_search_jsonl_and_limit(db) -> None:
    result = invoke("search", "soldier", "--db", db, "--format", "jsonl", "--limit", "1")
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["snippet"]


def test_cli_store_search_text_view(db) -> None:
    result = invoke("search", "beds", "--db", db, "--format", "text")
    assert result.exit_code == 0
    assert "County hospital ward full" in result.stdout and "«beds»" in result.stdout


def test_cli_store_search_filters(db) -> None:
    result = invoke("search", "soldier", "--db", db, "--since", "2017-11-20", "-f", "json")
    assert [row["headline"] for row in json.loads(result.stdout)] == ["Wounded soldier awake"]


def test_cli_store_fts_syntax_error_is_a_message_not_a_traceback(db) -> None:
    result = invoke("search", "soldier AND (", "--db", db)
    assert result.exit_code == 2
    assert "FTS5" in result.stderr and "--literal" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_cli_store_literal_search(db) -> None:
    result = invoke("search", "soldier AND (", "--db", db, "--literal")
    assert result.exit_code == 0  # "soldier" and "and" as words; "(" holds no word
    assert [row["headline"] for row in json.loads(result.stdout)] == ["Wounded soldier awake"]


def test_cli_store_quotes_by_speaker(db) -> None:
    result = invoke("quotes", "--speaker", "Mary Ferrante", "--db", db, "-f", "json")
    assert [row["quote"] for row in json.loads(result.stdout)] == ["We are out of beds"]
    text = invoke("quotes", "--speaker", "Ferrante", "--db", db, "-f", "text").stdout
    assert "Tobias R. Ferrante" in text and "Mary Ferrante" in text


def test_cli_store_entities_by_type(db) -> None:
    result = invoke("entities", "--type", "ORG", "--db", db, "-f", "json")
    assert [row["name"] for row in json.loads(result.stdout)] == ["U.N. Command"]
    assert "U.N. Command" in invoke("entities", "--db", db, "-f", "text").stdout


def test_cli_store_timeline(db) -> None:
    result = invoke("timeline", "U.N. Command", "--db", db, "-f", "json")
    assert [row["date"] for row in json.loads(result.stdout)] == ["2017-11-13", "2017-11-21"]
    assert "(published)" in invoke("timeline", "UNC", "--db", db, "-f", "text").stdout


def test_cli_store_stories(db) -> None:
    result = invoke("stories", "--db", db, "-f", "json")
    assert result.exit_code == 0
    for story in json.loads(result.stdout):
        assert story["size"] == len(story["articles"]) >= 2
    assert invoke("stories", "--db", db, "-f", "text").exit_code == 0


def test_cli_store_missing_corpus_is_named(tmp_path) -> None:
    result = invoke("search", "soldier", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1
    assert "none.db" in result.stderr and "newsfacts ingest" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("search", "x", "--format", "md"),
        ("search", "x", "--since", "last week"),
        ("quotes", "--limit", "0"),
    ],
)
def test_cli_store_usage_errors_exit_2(db, args) -> None:
    assert invoke(*args, "--db", db).exit_code == 2


def test_cli_store_foreign_database_is_refused(tmp_path) -> None:
    import sqlite3

    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE accounts (name TEXT)")
    conn.commit()
    conn.close()
    result = invoke("entities", "--db", str(path))
    assert result.exit_code == 1 and "not made by newsfacts" in result.stderr


@pytest.mark.model
def test_cli_store_ingest_names_failures_and_exits_1(nlp, tmp_path) -> None:
    db = str(tmp_path / "c.db")
    wire = str(FIXTURES / "scraped" / "wire.txt")
    result = invoke("ingest", wire, str(tmp_path / "missing.txt"), "--db", db)
    assert result.exit_code == 1
    summary = " ".join(result.stderr.split())  # rich wraps the summary line
    assert "missing.txt" in summary
    assert "2 read (1 new, 0 near-duplicates, 0 updated, 0 unchanged, 1 failed)" in summary
    again = invoke("ingest", wire, "--db", db)
    summary = " ".join(again.stderr.split())
    assert (
        again.exit_code == 0
        and "1 read (0 new, 0 near-duplicates, 0 updated, 1 unchanged" in summary
    )
    found = invoke("search", "Lisbon OR Reuters", "--db", db)
    assert found.exit_code == 0 and len(json.loads(found.stdout)) == 1


def test_cli_store_search_says_which_rows_of_how_many(db) -> None:
    """Issue #14: a cut list says so, and --offset reaches the rest."""
    every = json.loads(invoke("search", "soldier", "--db", db, "-f", "json").stdout)
    assert len(every) >= 2
    first = invoke("search", "soldier", "--db", db, "-f", "json", "--limit", "1")
    assert f"showing 1–1 of {len(every)}" in first.stderr and "--offset 1" in first.stderr
    rest = invoke("search", "soldier", "--db", db, "-f", "json", "--limit", "1", "--offset", "1")
    assert f"showing 2–2 of {len(every)}" in rest.stderr
    paged = json.loads(first.stdout) + json.loads(rest.stdout)
    assert [row["id"] for row in paged] == [row["id"] for row in every[:2]]


@pytest.mark.parametrize("command", ["quotes", "entities", "stories"])
def test_cli_store_lists_take_an_offset(db, command: str) -> None:
    whole = invoke(command, "--db", db, "-f", "json")
    assert whole.exit_code == 0, whole.stderr
    rows = json.loads(whole.stdout)
    skipped = invoke(command, "--db", db, "-f", "json", "--offset", "1")
    assert json.loads(skipped.stdout) == rows[1:]
    assert f"of {len(rows)}" in whole.stderr


def test_cli_store_overlong_search_is_a_message(db) -> None:
    result = invoke("search", " ".join(["soldier"] * 100), "--db", db)
    assert result.exit_code == 2 and "words" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_cli_store_entities_explain(db) -> None:
    rows = json.loads(invoke("entities", "--type", "ORG", "--db", db, "-f", "json").stdout)
    ident = str(rows[0]["id"])
    result = invoke("entities", "--explain", ident, "--db", db, "-f", "json")
    explained = json.loads(result.stdout)
    assert result.exit_code == 0 and explained
    assert {"article", "name", "mentions", "rule", "evidence"} <= set(explained[0])
    assert "rule" in invoke("entities", "--explain", ident, "--db", db, "-f", "text").stdout
    missing = invoke("entities", "--explain", "99999", "--db", db, "-f", "text")
    assert missing.exit_code == 0 and "no such entity" in missing.stdout
