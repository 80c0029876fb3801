"""The job as spark-submit runs it: `spark-submit [spark options] submit.py INPUT... OUTPUT`.

spark-submit wants a Python file, not a module: this one takes the same arguments and options
as `newsfacts spark` (they are parsed by the same command) and runs in the session spark-submit
made, with its master and conf. Print this file's path with
`python -c "import newsfacts.spark.submit as m; print(m.__file__)"` (docs/scale.md).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    from newsfacts.cli import app

    app(["spark", *(sys.argv[1:] if argv is None else argv)], prog_name="newsfacts")


if __name__ == "__main__":
    # Run as a file, this folder is sys.path[0]: its modules (schema, job, ...) must not shadow
    # top-level ones of the same name, so it is dropped; newsfacts is imported as installed.
    if sys.path and sys.path[0] and __package__ in (None, ""):
        del sys.path[0]
    main()
