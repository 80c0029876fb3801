"""`spark`: the same sheets as `extract`, on Apache Spark (spark/); pyspark loads only here."""

from __future__ import annotations

from typing import Annotated

import typer

from newsfacts.cli import app
from newsfacts.cli.common import (
    ModelOption,
    PublishedOption,
    parse_date,
    print_error,
    reported_errors,
    stderr,
)
from newsfacts.errors import EXIT_USAGE, ConfigError


@app.command(
    epilog="Examples:\n\n"
    "  newsfacts spark crawl/*.warc.gz feed.jsonl.gz out/ --master local[4]\n\n"
    "  newsfacts spark s3a://bucket/crawl/ s3a://bucket/sheets/ --overwrite\n\n"
    "  spark-submit --master yarn $(python -c 'import newsfacts.spark.submit as m; "
    "print(m.__file__)') in/ out/\n\n"
    "  newsfacts ingest out/ --db news.db      # load the Parquet sheets into a corpus"
)
def spark(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT",
            help="WARC(.gz) and JSONL(.gz) files (big ones split into many tasks), Parquet with "
            "text/html/url/published/id columns; folders, globs and s3a:// gs:// hdfs:// URIs too.",
        ),
    ],
    output: Annotated[
        str,
        typer.Argument(
            metavar="OUTPUT", help="Folder for the Parquet sheets; failures go to OUTPUT/_errors."
        ),
    ],
    master: Annotated[
        str | None,
        typer.Option("--master", help="Spark master URL (default: spark-submit's, or local[*])."),
    ] = None,
    partitions: Annotated[
        int | None,
        typer.Option(
            "--partitions",
            min=1,
            help="Extract in N tasks, for every input kind (default: one per core).",
        ),
    ] = None,
    model: ModelOption = None,
    published: PublishedOption = None,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace OUTPUT if it exists.")
    ] = False,
) -> None:
    """Extract fact sheets on Apache Spark: the same sheets as extract, as Parquet."""
    try:
        from newsfacts.spark.job import JobOptions, run_spark
    except ImportError as e:
        print_error(f"the spark command needs pyspark ({e}); pip install 'newsfacts[spark]'")
        raise typer.Exit(EXIT_USAGE) from None
    options = JobOptions(model=model, published=parse_date(published))
    with reported_errors(ConfigError):
        summary = run_spark(
            inputs,
            output,
            master=master,
            options=options,
            partitions=partitions,
            overwrite=overwrite,
            progress=stderr.is_terminal,
        )
    status = summary.report(
        error=print_error, say=lambda line: stderr.print(line, soft_wrap=True, markup=False)
    )
    if status:
        raise typer.Exit(status)
