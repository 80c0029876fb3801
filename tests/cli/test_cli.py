"""The command line: exit codes, stderr messages, formats, stdin, and help with examples."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsfacts import __version__
from newsfacts.cli import app
from tests.conftest import FIXTURES

runner = CliRunner()
WIRE = str(FIXTURES / "scraped" / "wire.txt")


def invoke(*args: str, stdin: bytes | None = None):
    return runner.invoke(app, list(args), input=stdin)


def test_cli_lists_every_command() -> None:
    result = invoke("--help")
    for command in ("extract", "eval", "ingest", "search", "serve", "spark"):
        assert command in result.stdout


def test_cli_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


@pytest.mark.parametrize(
    "command",
    [
        "extract",
        "schema",
        "eval",
        "ingest",
        "search",
        "quotes",
        "entities",
        "timeline",
        "stories",
        "serve",
        "spark",
    ],
)
def test_cli_every_command_has_help_with_an_example(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout and f"newsfacts {command}" in result.stdout


def test_cli_schema_is_json_schema() -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "schema" in schema["properties"] and "quotes" in schema["properties"]


@pytest.mark.model
def test_cli_extract_sample_json_when_piped(nlp) -> None:
    result = invoke("extract")
    assert result.exit_code == 0, result.stderr
    sheet = json.loads(result.stdout)
    assert sheet["schema"] == "newsfacts/factsheet@1"
    assert sheet["source"]["kind"] == "sample"
    assert sheet["captions"] and sheet["generator"]["model"].startswith("en_core_web_sm")


@pytest.mark.model
def test_cli_extract_published_option(nlp) -> None:
    result = invoke("extract", WIRE, "--published", "2023-05-02", "--format", "json")
    sheet = json.loads(result.stdout)
    assert sheet["published"] == "2023-05-02" and sheet["published_from"] == "input"


@pytest.mark.model
def test_cli_extract_stdin_markdown(nlp) -> None:
    data = (FIXTURES / "scraped" / "nocaptions.txt").read_bytes()
    result = invoke("extract", "-", "--format", "md", stdin=data)
    assert result.exit_code == 0
    assert result.stdout.startswith("# Hedgehogs")
    assert "## Captions" in result.stdout


@pytest.mark.model
def test_cli_extract_text_view(nlp) -> None:
    result = invoke("extract", WIRE, "--format", "text")
    assert result.exit_code == 0
    for section in ("Published", "Byline", "Paragraphs", "Removed", "Quotes"):
        assert section in result.stdout


@pytest.mark.model
def test_cli_bad_inputs_are_named_and_the_rest_go_on(nlp, tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    result = invoke("extract", str(empty), WIRE, str(binary), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1 and lines[0]["headline"].startswith("Portuguese")
    for name in ("empty.txt", "photo.txt", "missing.txt"):
        assert name in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.model
def test_cli_output_file(nlp, tmp_path) -> None:
    out = tmp_path / "sheet.json"
    result = invoke("extract", WIRE, "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text())["byline"] == ["Ana Ferreira"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("extract", "--format", "yaml"), "yaml"),
        (("extract", "--published", "yesterday"), "YYYY-MM-DD"),
        (("eval", "nonsense"), "unknown task"),
        (("frobnicate",), "No such command"),
    ],
)
def test_cli_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_missing_model_is_a_clear_message() -> None:
    result = invoke("extract", WIRE, "--model", "xx_no_such_model")
    assert result.exit_code == 1
    assert "xx_no_such_model" in result.stderr and "install" in result.stderr.lower()


def test_cli_eval_without_data_says_what_to_pass(tmp_path) -> None:
    result = invoke("eval", "ner", "--data", str(tmp_path))
    assert result.exit_code == 1
    assert "ner" in result.stderr and "--data" in result.stderr
