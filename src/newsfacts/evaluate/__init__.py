"""`newsfacts eval`: every stage scored on public gold, with the peers run beside it.

Each task is a module in `evaluate/tasks/` exposing `TASK: TaskSpec`; its gold loader lives in
`evaluate/gold/`, its peers in `evaluate/peers/`, shared matching in `evaluate/matching.py`.
Scores follow ../shared/eval/METRICS.md exactly, so the peers' figures there are reproduced.
"""

from __future__ import annotations

from newsfacts.evaluate.result import TaskResult, TaskSpec
from newsfacts.evaluate.runner import TASK_NAMES, default_data_dir, get_task, run_task

__all__ = ["TASK_NAMES", "TaskResult", "TaskSpec", "default_data_dir", "get_task", "run_task"]
