"""`newsfacts serve`: help with an example, clear errors, and a core that never imports fastapi."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from newsfacts.cli import app

runner = CliRunner()


def test_command_help_has_an_example() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout and "newsfacts serve" in result.stdout
    assert "127.0.0.1" in result.stdout


def test_command_missing_corpus_is_named(tmp_path) -> None:
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "none.db" in result.stderr and "newsfacts ingest" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_command_bad_port_is_a_usage_error(tmp_path) -> None:
    result = runner.invoke(app, ["serve", "--port", "70000"])
    assert result.exit_code == 2


def test_command_core_never_imports_the_server_stack() -> None:
    """The CLI and the pipeline load without fastapi, uvicorn, starlette, jinja2, playwright."""
    code = (
        "import sys, newsfacts.cli, newsfacts.pipeline, newsfacts.store, newsfacts.ingest\n"
        "from typer.testing import CliRunner\n"
        "CliRunner().invoke(newsfacts.cli.app, ['--help'])\n"
        "heavy = {'fastapi', 'uvicorn', 'starlette', 'jinja2', 'playwright'}\n"
        "print(sorted(heavy & {name.split('.')[0] for name in sys.modules}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
