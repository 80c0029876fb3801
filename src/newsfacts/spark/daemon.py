"""PySpark's worker daemon with the spaCy model loaded once, before it forks the workers.

PySpark starts one daemon per executor, which forks a Python worker per task slot. Loading the
model in each worker costs every core the same seconds of CPU at the start of the job, and
250 MB of memory each; loaded in the daemon, it is read once per executor and the forked
workers share its pages; they inherit its one numerical thread each (jobs/threads.py), since
a task slot is a core. `build_session` names this module as `spark.python.daemon.module` on a
local master; on a cluster whose executors have newsfacts installed (an environment
archive, an image) pass `--conf spark.python.daemon.module=newsfacts.spark.daemon`.

The model is the default one (`NEWSFACTS_MODEL` on the executors, else the bundled one): a job
run with another `--model` loads that one in each worker, as before. A model that cannot be
loaded here is left for the first task to report, with `get_nlp`'s message.
"""

from __future__ import annotations


def preload() -> None:
    try:
        from newsfacts.jobs.threads import one_numeric_thread
        from newsfacts.nlp import get_nlp

        # Before the model: its libraries load with one thread, and the forked workers (a
        # task slot a core) inherit the setting, so none oversubscribes the executor's cores.
        one_numeric_thread()
        from newsfacts.spark import tasks  # noqa: F401  (the workers' imports, done once too)

        get_nlp()
    except Exception:  # the task that needs the model raises it, with its message
        return


if __name__ == "__main__":
    from pyspark import daemon

    preload()
    daemon.manager()
