"""Scale-out on Apache Spark: the `extract` pipeline over a cluster, Parquet fact sheets out.

schema.py   the Spark schema, generated from the pydantic FactSheet (sheet.py)
inputs.py   inputs planned on the driver (globs, folders, URIs); feed files read on executors
job.py      the driver: session, inputs planned, sheets + _errors written, the summary
tasks.py    the executors: a partition of inputs -> the road (jobs/road.py) -> tagged rows
reader.py   the Parquet output read back as FactSheet objects (pyarrow only, no Spark)
submit.py   the entry point for spark-submit (`python -m newsfacts.spark` runs it too);
            it reads `newsfacts spark`'s arguments itself: nothing here imports the CLI

pyspark is imported only in this package (schema.py, and job.py and tasks.py through it):
`reader.py` needs pyarrow alone, so `newsfacts ingest OUT/` works without a JVM.
"""
