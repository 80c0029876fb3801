"""The job as spark-submit runs it: `spark-submit [spark options] submit.py INPUT... OUTPUT`.

spark-submit wants a Python file, not a module: this one takes the same arguments and options
as `newsfacts spark` and runs in the session spark-submit made, with its master and conf. It
parses them itself (argparse) rather than through the CLI, which sits above this package. Print
this file's path with `python -c "import newsfacts.spark.submit as m; print(m.__file__)"`
(docs/scale.md).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

PROG = "newsfacts spark"
EXIT_USAGE = 2  # errors.EXIT_USAGE; argparse exits with it too


def parser() -> argparse.ArgumentParser:
    """`newsfacts spark`'s arguments and options (cli/scale.py declares the same)."""
    found = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [OPTIONS] INPUT... OUTPUT",
        description="Extract fact sheets on Apache Spark: the same sheets as extract, as Parquet.",
    )
    found.add_argument("inputs", nargs="+", metavar="INPUT", help="WARC, JSONL, Parquet inputs.")
    found.add_argument("output", metavar="OUTPUT", help="Folder for the Parquet sheets.")
    found.add_argument("--master", help="Spark master URL (default: spark-submit's).")
    found.add_argument("--partitions", type=_positive, help="Extract in N tasks.")
    found.add_argument("--model", help="spaCy model (default: $NEWSFACTS_MODEL).")
    found.add_argument("--published", type=_date, help="Publication date YYYY-MM-DD.")
    found.add_argument("--overwrite", action="store_true", help="Replace OUTPUT if it exists.")
    return found


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number of 1 or more")
    return int(value)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date; expected YYYY-MM-DD") from None


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(sys.argv[1:] if argv is None else argv)
    sys.exit(_run(args))


def _run(args: argparse.Namespace) -> int:
    from newsfacts.errors import EXIT_SOME_FAILED, ConfigError, NewsfactsError

    try:
        from newsfacts.spark.job import JobOptions, run_spark
    except ImportError as e:
        _error(f"the spark command needs pyspark ({e}); pip install 'newsfacts[spark]'")
        return EXIT_USAGE
    options = JobOptions(model=args.model, published=args.published)
    try:
        summary = run_spark(
            args.inputs,
            args.output,
            master=args.master,
            options=options,
            partitions=args.partitions,
            overwrite=args.overwrite,
            progress=sys.stderr.isatty(),
        )
    except NewsfactsError as e:
        _error(str(e))
        return EXIT_USAGE if isinstance(e, ConfigError) else EXIT_SOME_FAILED
    return summary.report(error=_error, say=lambda line: print(line, file=sys.stderr))


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


if __name__ == "__main__":
    # Run as a file, this folder is sys.path[0]: its modules (schema, job, ...) must not shadow
    # top-level ones of the same name, so it is dropped; newsfacts is imported as installed.
    if sys.path and sys.path[0] and __package__ in (None, ""):
        del sys.path[0]
    main()
