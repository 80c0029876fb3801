"""Shared fixtures: the real model loaded once per test run, and the paths tests read."""

from __future__ import annotations

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
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not next to this checkout")
    return SHARED
