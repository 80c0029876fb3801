"""Several workers on as many cores: each holds its numerical libraries to one thread.

Two workers that each ran a BLAS thread per core would oversubscribe the cores (the threads
spin between matrix products); the parent process keeps its own settings.
"""

from __future__ import annotations

import os
from itertools import chain
from typing import Any

import pytest

from newsfacts.jobs import road
from newsfacts.jobs.threads import THREAD_VARIABLES, numeric_threads
from newsfacts.sheet import FactSheet
from tests.jobs.test_road import article

pytestmark = [pytest.mark.model, pytest.mark.slow]


def threads_seen(sheet: FactSheet) -> dict[str, Any]:
    """The road's `finish`, in the worker that made the sheet: its numerical threads."""
    return {
        "pid": os.getpid(),
        "environment": {name: os.environ.get(name) for name in THREAD_VARIABLES},
        "threads": {info["internal_api"]: info["num_threads"] for info in numeric_threads()},
    }


def test_pool_workers_use_one_numerical_thread_each(nlp) -> None:
    before = {name: os.environ.get(name) for name in THREAD_VARIABLES}
    entries = [(f"{n}.txt", article(n)) for n in range(4)]
    recipe = road.Recipe(finish=threads_seen)
    events = list(chain.from_iterable(road.run(entries, recipe, workers=2, batch_size=1)))
    seen = [event.value for event in events if isinstance(event, road.Made)]
    assert len(seen) == 4
    for worker in seen:
        assert worker["pid"] != os.getpid()
        assert worker["environment"] == dict.fromkeys(THREAD_VARIABLES, "1")
        assert worker["threads"]  # numpy's BLAS, at least, is loaded once the model is
        assert set(worker["threads"].values()) == {1}
    # the parent, and a run with one worker (in this process), keep their own settings
    assert {name: os.environ.get(name) for name in THREAD_VARIABLES} == before
