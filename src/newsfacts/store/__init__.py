"""The corpus: fact sheets in one embedded SQLite file, and the questions it answers.

schema.py      tables, FTS5, migrations (PRAGMA user_version)
corpus.py      Corpus: add sheets (one transaction a batch), read them back
canonical.py   corpus-level entities merged across articles
statements.py  dated statements for entity timelines
duplicates.py  MinHash LSH near-duplicates
stories.py     same-story clustering (also scored by `newsfacts eval stories`)
story_table.py the corpus's stories table, rebuilt when the corpus changes
search.py      full-text search;  queries.py  quotes, entities, timelines
known.py       "stored already?": the check the ingest job (jobs/ingest.py) makes before parsing
"""

from __future__ import annotations

from newsfacts.store.corpus import DEFAULT_DB, Corpus, Prepared, prepare
from newsfacts.store.search import Filters

__all__ = ["DEFAULT_DB", "Corpus", "Filters", "Prepared", "prepare"]
