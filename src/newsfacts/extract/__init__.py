"""Extract stages: pure functions over the one parsed Doc, returning sheet records.

One subpackage per stage, each named for the sheet field it makes: `entities/`, `quotes/`,
`quantities/`, `times/`, `event/`, and `summary.py`. What several stages read lives here at the
top: word lists (`lexicon.py`), name keys (`names.py`, `given_names.py`), numbers
(`numbers.py`, `number_words.py`) and text spans (`spans.py`); a list one stage alone reads
is in that stage's `words.py`. Records carry character offsets into the clean text;
`pipeline.py` is the only place that calls the stages in order. Stages never import the store,
the CLI, the server or Spark.
"""
