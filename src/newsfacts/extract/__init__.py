"""Extract stages: pure functions over the one parsed Doc, returning sheet records.

One subpackage per stage, each named for the sheet field it makes: `entities/`, `quotes/`,
`quantities/`, `times/`, `event/`, and `summary.py`. What several stages read lives here at the
top: numbers (`numbers.py`), text spans (`spans.py`) and views of the Doc read once
(`doc_cache.py`); the word lists and name keys that the store reads too are one layer down, in
`newsfacts/words/`; a list one stage alone reads is in that stage's `words.py`. Records carry
character offsets into the clean text; `pipeline.py` is the only place that calls the stages in
order. Stages never import the store,
the CLI, the server or Spark.
"""
