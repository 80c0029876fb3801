"""The spark-submit entry: a plain Python file taking `newsfacts spark`'s arguments."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsfacts.spark import submit

pytestmark = pytest.mark.spark


def test_submit_file_runs_as_a_script_with_the_spark_command_options() -> None:
    # spark-submit runs the file itself: its folder is sys.path[0] and must shadow nothing.
    done = subprocess.run(
        [sys.executable, submit.__file__, "--help"],
        capture_output=True,
        text=True,
        env={"COLUMNS": "100", "PATH": ""},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "newsfacts spark [OPTIONS]" in done.stdout and "--master" in done.stdout


def test_submit_without_arguments_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exit_:
        submit.main([])
    assert exit_.value.code == 2


def test_submit_takes_the_options_of_the_spark_command() -> None:
    """submit.py declares `newsfacts spark`'s options again (it may not import the CLI)."""
    from typer.core import TyperGroup
    from typer.main import get_command

    from newsfacts.cli import app

    group = get_command(app)
    assert isinstance(group, TyperGroup)
    command = group.commands["spark"]
    ours = {option for param in command.params for option in param.opts if option[:2] == "--"}
    theirs = {option for action in submit.parser()._actions for option in action.option_strings}
    assert ours == {option for option in theirs if option[:2] == "--"} - {"--help"}
