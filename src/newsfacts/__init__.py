"""newsfacts: turn news articles into structured, verifiable fact sheets.

The pipeline reads an article (ingest), cleans it (clean), parses it once with spaCy (nlp),
extracts facts from that one parse (extract) and returns a FactSheet (sheet).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsfacts")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
