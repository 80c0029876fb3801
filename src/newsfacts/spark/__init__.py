"""Scale-out on Apache Spark: the `extract` pipeline over a cluster, Parquet fact sheets out.

schema.py   the Spark schema, generated from the pydantic FactSheet (sheet.py)
inputs.py   inputs planned on the driver (globs, folders, URIs); feed files read on executors
job.py      the job: mapPartitions over the pipeline, sheets + _errors written, the summary
reader.py   the Parquet output read back as FactSheet objects (pyarrow only, no Spark)
submit.py   the entry point for spark-submit (`python -m newsfacts.spark` runs it too)

pyspark is imported only in this package, and only by schema.py and job.py when they run:
`reader.py` needs pyarrow alone, so `newsfacts ingest OUT/` works without a JVM.
"""
