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


def test_command_checks_host_and_keeps_url_fetching_public(tmp_path, monkeypatch) -> None:
    """Issue #14: the served app answers only to its own names (plus --allowed-host) and
    fetches public addresses only unless --allow-private-urls."""
    import uvicorn
    from fastapi.testclient import TestClient

    from newsfacts.store import Corpus

    db = tmp_path / "c.db"
    Corpus(db).close()
    served: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda web, **options: served.update(app=web))
    monkeypatch.setattr("newsfacts.nlp.get_nlp", lambda model=None: None)
    result = runner.invoke(
        app, ["serve", "--db", str(db), "--port", "0", "--allowed-host", "news.example.org"]
    )
    assert result.exit_code == 0, result.stderr
    client = TestClient(served["app"])  # no lifespan: the model is not needed here
    for host in ("127.0.0.1:8000", "localhost", "news.example.org", "NEWS.example.org.:443"):
        assert client.get("/api/articles", headers={"host": host}).status_code == 200, host
    refused = client.get("/api/articles", headers={"host": "rebound.example:8000"})
    assert refused.status_code == 400 and "--allowed-host" in refused.json()["error"]
    assert served["app"].state.extractor.allow_private is False
    runner.invoke(app, ["serve", "--db", str(db), "--allow-private-urls"])
    assert served["app"].state.extractor.allow_private is True
