"""`newsfacts story ID`: the story sheet as text or JSON, clear errors for a bad id."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.store import Corpus
from newsfacts.store.story_table import rebuild
from tests.serve.test_story import TEXTS
from tests.store.sheets import Article, build

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> tuple[str, str]:
    path = tmp_path_factory.mktemp("cli-story") / "c.db"
    sheets = [
        build(
            Article(
                text=text,
                headline="Depot shooting",
                published=date(2031, 5, 3 + number),
                url=f"https://outlet{number}.example/depot",
            )
        )
        for number, text in enumerate(TEXTS)
    ]
    with Corpus(path) as corpus:
        corpus.add(sheets)
        rebuild(corpus.conn)
        story = str(corpus.stories()[0]["story"])
    return str(path), story


def test_cli_story_help_has_an_example() -> None:
    result = runner.invoke(app, ["story", "--help"])
    assert result.exit_code == 0 and "newsfacts story" in result.stdout


def test_cli_story_json(db) -> None:
    path, story = db
    result = runner.invoke(app, ["story", story, "--db", path, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    killed = next(f for f in data["figures"] if f["what"] == "killed")
    assert killed["disagree"] and killed["rule"]


def test_cli_story_text_marks_disagreements(db) -> None:
    path, story = db
    result = runner.invoke(app, ["story", story, "--db", path, "--format", "text"])
    assert result.exit_code == 0, result.stderr
    assert "figures" in result.stdout and "≠ disagree" in result.stdout
    assert "outlet0.example" in result.stdout


@pytest.mark.parametrize("story_id", ["999", "abc"])
def test_cli_story_unknown_id_exits_2_with_a_message(db, story_id: str) -> None:
    path, _ = db
    result = runner.invoke(app, ["story", story_id, "--db", path])
    assert result.exit_code == 2
    assert "newsfacts stories" in result.stderr and "Traceback" not in result.stderr


def test_cli_story_missing_corpus_is_named(tmp_path) -> None:
    result = runner.invoke(app, ["story", "1", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no corpus" in result.stderr
