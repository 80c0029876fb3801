"""Jobs: inputs -> sheets -> where they go, for the CLI, the server and Spark to call.

road.py     the one road: read, check, clean once, parse in batches, sheets, in input order
extract.py  `extract`: sheets rendered to stdout or a file
ingest.py   `ingest`: sheets stored in the corpus, a batch a transaction, idempotent

Below this layer nothing knows about jobs: the stages make sheets, the store keeps what it is
given (the ingest job hands it the prepared rows and the check for articles stored already).
"""

# Articles per batch: one nlp.pipe call, one worker task, one ingest transaction. Large enough
# to amortise pickling and spaCy's batching, small enough that workers share a short input.
# Here, not in road.py, so the CLI can show it as a default without loading the pipeline.
BATCH_SIZE = 32
