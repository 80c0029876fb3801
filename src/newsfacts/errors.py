"""The one exception hierarchy of newsfacts, and the exit codes the CLI maps it to.

    NewsfactsError                      anything newsfacts raises on purpose
    ├── InputError (ValueError)         one input cannot be read: empty, binary, malformed, ...
    │   ├── EmptyInputError             nothing but whitespace
    │   ├── NoArticleError              readable, but holds no article (an index page, an image)
    │   ├── TooLargeError               beyond a size limit, or a decompression bomb
    │   └── FetchError                  a URL cannot be fetched: timeout, HTTP status, type
    ├── ConfigError (ValueError)        a NEWSFACTS_* setting is not a valid value
    ├── ModelError (RuntimeError)       the spaCy model cannot be loaded
    ├── DataError (ValueError)          eval data missing or not in the documented layout
    │   └── UnknownTaskError            `eval` was asked for a task that does not exist (usage)
    ├── StoreError (RuntimeError)       the corpus database cannot be used: foreign, newer, broken
    └── QueryError (ValueError)         a corpus query cannot be run as given (FTS5 syntax, ...)

Library code raises these and never prints; only the `cli` package turns them into messages and exit
codes, so one bad input is reported by name and the others go on.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


class NewsfactsError(Exception):
    """Root of every error newsfacts raises on purpose."""


class InputError(NewsfactsError, ValueError):
    """One input cannot be turned into an article; the message names what was found."""


class EmptyInputError(InputError):
    """The input holds no text at all."""


class NoArticleError(InputError):
    """The input is readable but holds no article text (an index page, an image, a redirect)."""


class TooLargeError(InputError):
    """The input is beyond a size limit (ingest/limits.py), or decompresses suspiciously far."""


class FetchError(InputError):
    """A URL cannot be fetched: no answer in time, an HTTP error, or not a web page."""


class ConfigError(NewsfactsError, ValueError):
    """A setting (environment variable) holds a value newsfacts cannot use."""


class ModelError(NewsfactsError, RuntimeError):
    """The spaCy model named by --model / NEWSFACTS_MODEL is not installed or not loadable."""


class DataError(NewsfactsError, ValueError):
    """Evaluation data is missing or does not follow the documented layout."""


class UnknownTaskError(DataError):
    """`newsfacts eval` was given a task name it does not know: a usage error."""


class StoreError(NewsfactsError, RuntimeError):
    """The corpus database (store/) is not ours, is newer than this newsfacts, or is damaged."""


class QueryError(NewsfactsError, ValueError):
    """A corpus query cannot be run as written; the message says how to write it."""
