"""Shared fixtures: the real model loaded once per test run, and the paths tests read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy model, once per run (tests marked `model` use it)."""
    from newsfacts.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def shared() -> Callable[..., Path]:
    """`shared("eval", "ner")`: that path under ../shared, or the test skips when it is not
    there (a clone without the shared folder beside it still runs every other test)."""

    def path(*parts: str) -> Path:
        found = SHARED.joinpath(*parts)
        if not found.exists():
            pytest.skip(f"{found} is not there (../shared beside this checkout)")
        return found

    return path


@pytest.fixture(scope="session")
def eval_gold(shared: Callable[..., Path]) -> Callable[[str], Path]:
    """`eval_gold("timex")`: one task's gold folder under ../shared/eval, or the test skips."""
    return lambda task: shared("eval", task)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that reads a task's gold is an `eval` test: loading whole gold files is what makes
    them slow, and `make test` leaves them to `make test FULL=1` (README, Development)."""
    for item in items:
        if "eval_gold" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.eval)
