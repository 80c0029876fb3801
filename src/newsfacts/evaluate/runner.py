"""Find tasks, find the data, run them: the library side of `newsfacts eval`."""

from __future__ import annotations

import importlib
from pathlib import Path

from newsfacts.errors import DataError, UnknownTaskError
from newsfacts.evaluate.data import Half, only_half
from newsfacts.evaluate.result import TaskResult, TaskSpec, Track, no_progress

# In the order `eval all` runs them (cheap first).
TASK_NAMES = (
    "article",
    "ner",
    "timex",
    "quantities",
    "quotes",
    "5w1h",
    "stories",
    "coref",
    "summary",
    "pages",
    "storyfacts",
    "crossdoc",
)
_MODULES = {
    name: f"newsfacts.evaluate.tasks.{name.replace('5w1h', 'fivew1h')}" for name in TASK_NAMES
}
# Where the shared gold lives next to a checkout of the project.
SHARED_EVAL = Path("..") / "shared" / "eval"


def default_data_dir() -> Path:
    candidates = [SHARED_EVAL, Path(__file__).resolve().parents[3].parent / "shared" / "eval"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise DataError(
        "no evaluation data found at ../shared/eval; pass --data DIR, a folder with one "
        "sub-folder per task (article/, ner/, ...) each holding gold.jsonl"
    )


def get_task(name: str) -> TaskSpec:
    if name not in _MODULES:
        choices = ", ".join(TASK_NAMES)
        raise UnknownTaskError(f"unknown task '{name}'; choose one of: {choices}, all")
    module = importlib.import_module(_MODULES[name])
    return module.TASK


def run_task(
    name: str,
    data_dir: Path,
    *,
    peers: bool = True,
    limit: int | None = None,
    half: Half | None = None,
    track: Track = no_progress,
) -> TaskResult:
    task = get_task(name)
    folder = task.folder(data_dir)
    if not folder.is_dir():
        raise DataError(f"{folder}: no such folder; --data must hold a '{name}/' sub-folder")
    with only_half(half):
        result = task.run(folder, peers=peers, limit=limit, track=track)
    if half is not None:
        result.notes.append(f"half {half} of the gold only (see `--half`)")
    return result
