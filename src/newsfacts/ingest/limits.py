"""What one input may cost: sizes, decompression, fetching. Named here, changeable by setting.

A news article is small: a long feature is under 100 kB of text, a heavy page under 5 MB of
HTML. The caps sit far above that and far below what would exhaust memory, so a mistaken or
hostile input (a 2 GB log file, a gzip bomb, a server that never answers) ends with a message
naming the input instead of a swap storm or a hang. Each default can be changed with the
environment variable next to it (docs/inputs.md); `Limits.from_env` reads them once per run.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields

from newsfacts.errors import ConfigError

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB

# One article: a text file, an HTML page, a WARC record's body, a JSONL line, a fetched URL.
MAX_ARTICLE_BYTES = 20 * MIB
# One streamed input (WARC, JSONL), counted after decompression: a large crawl file is a few GB.
MAX_INPUT_BYTES = 64 * GIB
# Decompressed / compressed size. Prose gzips 3-5x, repetitive HTML and WARC 10-30x; deflate
# tops out near 1032x, which only runs of one byte reach: a bomb, not an article.
MAX_GZIP_RATIO = 200.0
# The ratio is judged only past this much output: a small file of repeated lines compresses
# far better than 200x and is harmless.
GZIP_RATIO_FLOOR_BYTES = 4 * MIB
# Fetching: connect / read / write / pool timeout each, the whole fetch (a server dripping one
# byte a second never trips a read timeout), and redirects followed.
URL_TIMEOUT_SECONDS = 15.0
URL_DEADLINE_SECONDS = 60.0
URL_MAX_REDIRECTS = 5

# Bytes looked at to tell HTML / WARC / JSONL / gzip from plain text (inputs with no extension).
SNIFF_BYTES = 4 * KIB
# Read size for streams; also the step of the decompression-ratio check.
CHUNK_BYTES = 64 * KIB
# JSON-LD blocks larger than this are not metadata; they are skipped unread.
MAX_JSONLD_BYTES = 1 * MIB
# Objects walked inside one JSON-LD block (@graph lists can be long; nesting can be deep).
MAX_JSONLD_NODES = 2_000
MAX_JSONLD_DEPTH = 12
# Figure captions kept from one page: a gallery page can hold hundreds of images.
MAX_CAPTIONS = 100
# Elements in one HTML page. trafilatura's time grows with them (about 0.5 s per 1,000 past
# a few thousand); article pages hold a few thousand at most (under 1,800 on every page of the
# ScrapingHub benchmark), so a page past this is a listing or a hostile page.
MAX_HTML_ELEMENTS = 30_000
# libxml2 (under lxml and trafilatura) stops building the tree past this nesting depth.
HTML_MAX_DEPTH = 256

# NEWSFACTS_MAX_ARTICLE_BYTES=50M: a number with an optional K, M or G (binary units).
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)i?B?\s*", re.IGNORECASE)
_UNITS = {"": 1, "K": KIB, "M": MIB, "G": GIB}


@dataclass(frozen=True, slots=True)
class Limits:
    """The caps one run applies; every reader takes them as `limits=`."""

    article_bytes: int = MAX_ARTICLE_BYTES
    input_bytes: int = MAX_INPUT_BYTES
    gzip_ratio: float = MAX_GZIP_RATIO
    url_timeout: float = URL_TIMEOUT_SECONDS
    url_deadline: float = URL_DEADLINE_SECONDS
    url_redirects: int = URL_MAX_REDIRECTS

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """Defaults, overridden by NEWSFACTS_<FIELD> variables; a bad value is a ConfigError."""
        environ = os.environ if environ is None else environ
        values: dict[str, int | float] = {}
        for field in fields(cls):
            name = env_name(field.name)
            if (raw := environ.get(name)) is None or not raw.strip():
                continue
            values[field.name] = _parse(name, raw, field.name)
        return cls(**values)  # type: ignore[arg-type]


def env_name(field: str) -> str:
    """`article_bytes` -> NEWSFACTS_MAX_ARTICLE_BYTES, `url_timeout` -> NEWSFACTS_URL_TIMEOUT."""
    return (
        f"NEWSFACTS_{field.upper()}"
        if field.startswith("url_")
        else f"NEWSFACTS_MAX_{field.upper()}"
    )


def _parse(name: str, raw: str, field: str) -> int | float:
    if field.endswith("_bytes"):
        found = _SIZE.fullmatch(raw)
        if found is None or float(found.group(1)) <= 0:
            raise ConfigError(f"{name}={raw!r} is not a size; expected e.g. 20000000, 500K or 50M")
        return int(float(found.group(1)) * _UNITS[found.group(2).upper()])
    count = field == "url_redirects"
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if (value < 0 or not value.is_integer()) if count else value <= 0:
        expected = "a whole number (0 follows none)" if count else "a positive number of seconds"
        raise ConfigError(f"{name}={raw!r} is not valid; expected {expected}")
    return int(value) if count else value
