"""One numerical thread per worker process: N workers on N cores, not N times N threads.

numpy's OpenBLAS (and OpenMP, MKL or BLIS, where a model's libraries bring them) starts a
thread per core when it loads, to share each matrix product; those threads spin for a while
after one. Two workers on two cores that each ran threads for both cores would take cores from
each other. So every process that is one of several workers calls `one_numeric_thread` before
it parses: the road's pool workers, PySpark's worker daemon and its Python workers. The process
that parses alone (`--workers 1`) keeps its threads. With today's model this is a guard, not a
speed-up: thinc multiplies through its own single-threaded BLIS and nothing calls OpenBLAS, so
its threads never run (docs/architecture.md, "One numerical thread per worker"); a model or a
stage that multiplies through numpy or OpenMP would start them in every worker.

Two mechanisms, because the libraries read their settings at different times: a library
already loaded (numpy's OpenBLAS is, once the recipe's imports ran) is told through
threadpoolctl, which calls its own `set_num_threads`; one loaded later reads the environment
variable at its load, and so does any process this one starts.
"""

from __future__ import annotations

import os
from typing import Any

# The variables OpenMP, OpenBLAS, MKL and BLIS read when they load.
THREAD_VARIABLES = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
)

_pinned = False


def one_numeric_thread() -> None:
    """This process's numerical libraries, loaded or yet to load, use one thread; idempotent."""
    global _pinned  # once per process: threadpoolctl scans the loaded libraries each call
    if _pinned:
        return
    for name in THREAD_VARIABLES:
        os.environ[name] = "1"
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)  # not a `with`: the limit stays for the process's life
    _pinned = True


def numeric_threads() -> list[dict[str, Any]]:
    """The loaded numerical libraries and their thread counts (threadpoolctl's report)."""
    from threadpoolctl import threadpool_info

    return threadpool_info()
