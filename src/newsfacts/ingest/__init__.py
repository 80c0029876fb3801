"""Readers: every kind of input becomes RawArticle values; feeds add record errors and skips.

`read_input` tells an input's kind from its name: `-` is stdin, `http(s)://` a URL, else the
extension (.txt, .html/.htm, .warc, .jsonl, each optionally .gz); with no known extension
(and on stdin) from its first bytes (streams.sniff_kind). A single-article input (text, HTML,
URL) is read whole up to the article cap; WARC and JSONL are streamed record by record.
Whatever is wrong with an input is an InputError naming it (errors.py); inside a feed, a bad
record is a RecordError value in the stream and the records after it are still read.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from newsfacts.article import RawArticle, Source
from newsfacts.errors import EmptyInputError, InputError, TooLargeError
from newsfacts.ingest.html import read_html
from newsfacts.ingest.jsonl import read_jsonl
from newsfacts.ingest.limits import SNIFF_BYTES, Limits
from newsfacts.ingest.records import Item, RecordError, RecordSkipped
from newsfacts.ingest.streams import GZIP_MAGIC, gunzip, gunzip_head, peek, read_capped, sniff_kind
from newsfacts.ingest.text import read_sample, read_text
from newsfacts.ingest.url import is_url, read_url
from newsfacts.ingest.warc import read_warc

STDIN = "-"
SUFFIX_KINDS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".warc": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
GZIP_SUFFIX = ".gz"
# Kinds holding one article (read whole, capped) and kinds holding many (streamed).
SINGLE = frozenset({"text", "html"})

__all__ = [
    "Item",
    "Limits",
    "RecordError",
    "RecordSkipped",
    "input_kind",
    "read_input",
    "read_sample",
    "read_text_file",
]


def read_input(
    spec: str,
    *,
    published: date | None = None,
    stdin: BinaryIO | None = None,
    limits: Limits | None = None,
) -> Iterator[Item]:
    """Yield the articles of one input (a path, a URL, `-` for stdin) and its record problems.

    Items are RawArticle, RecordError (a record that failed; count it as failed) or
    RecordSkipped (a record that is no article). Raises InputError (or a subclass) when the
    input as a whole cannot be read; `published` wins over any date the input carries.
    """
    limits = limits or Limits.from_env()
    if spec == STDIN:
        if stdin is None:
            raise InputError("-: no standard input to read")
        head, stream = peek(stdin)
        yield from _read(stream, head, path=None, published=published, limits=limits)
        return
    if is_url(spec):
        yield read_url(spec, published=published, limits=limits)
        return
    path = Path(spec)
    size = _size(path, spec)
    kind, gzipped = input_kind(path.name)
    if size == 0:
        raise EmptyInputError(f"{spec}: file is empty (expected a news article, or a feed)")
    if not gzipped and (kind in SINGLE and size > limits.article_bytes):
        raise TooLargeError(
            f"{spec}: {size:,} bytes is too large for one article "
            f"(limit {limits.article_bytes:,}, NEWSFACTS_MAX_ARTICLE_BYTES); "
            f"split it, or pass a JSONL or WARC file of articles"
        )
    if size > limits.input_bytes:
        raise TooLargeError(
            f"{spec}: {size:,} bytes is beyond the limit for one input "
            f"({limits.input_bytes:,}, NEWSFACTS_MAX_INPUT_BYTES); split it"
        )
    try:
        stream = path.open("rb")
    except OSError as e:
        raise InputError(f"{spec}: cannot be read ({e.strerror})") from e
    with stream:
        head = b""
        if kind is None or (gzipped and kind != "warc"):
            head = stream.read(SNIFF_BYTES)
            stream.seek(0)
        yield from _read(
            stream, head, path=spec, kind=kind, gzipped=gzipped, published=published, limits=limits
        )


def input_kind(filename: str) -> tuple[str | None, bool]:
    """(kind, gzipped) from a file name: ("warc", True) for crawl.warc.gz; kind None: sniff."""
    suffixes = [s.lower() for s in Path(filename).suffixes]
    gzipped = bool(suffixes) and suffixes[-1] == GZIP_SUFFIX
    if gzipped:
        suffixes = suffixes[:-1]
    return (SUFFIX_KINDS.get(suffixes[-1]) if suffixes else None), gzipped


def read_text_file(path: Path, *, published: date | None = None) -> RawArticle:
    """The one article of a text (or HTML) file; for callers that want exactly one."""
    for item in read_input(str(path), published=published):
        if isinstance(item, RawArticle):
            return item
        raise InputError(str(item))
    raise EmptyInputError(f"{path}: no article in the file")


def _read(
    stream: BinaryIO,
    head: bytes,
    *,
    path: str | None,
    kind: str | None = None,
    gzipped: bool = False,
    published: date | None,
    limits: Limits,
) -> Iterator[Item]:
    """Dispatch an open stream by kind; `head` is its first bytes when the kind is unknown.
    `path` None is standard input, named "stdin" in messages."""
    stdin = path is None
    name = "stdin" if path is None else path
    if kind is None and head.startswith(GZIP_MAGIC):
        gzipped = True
    if gzipped and kind is None:
        kind = sniff_kind(gunzip_head(head))
    elif kind is None:
        kind = sniff_kind(head)
    if kind == "warc":  # warcio reads gzip members itself, keeping the file's offsets
        yield from read_warc(stream, name=name, path=path, published=published, limits=limits)
        return
    if kind == "jsonl":
        if gzipped:
            stream = gunzip(stream, name=name, cap=limits.input_bytes, limits=limits)
        yield from read_jsonl(stream, name=name, path=path, published=published, limits=limits)
        return
    if gzipped:
        stream = gunzip(stream, name=name, cap=limits.article_bytes, limits=limits)
    data = read_capped(stream, name=name, cap=limits.article_bytes)
    source = Source(kind="stdin" if stdin else ("html" if kind == "html" else "text"), path=path)
    if kind == "html":
        yield read_html(data, name=name, published=published, source=source)
    else:
        yield read_text(data, name=name, source=source, published=published)


def _size(path: Path, spec: str) -> int:
    try:
        if path.is_dir():
            raise InputError(f"{spec}: is a folder; expected a file (pass its files: {spec}/*)")
        return path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{spec}: no such file") from None
    except OSError as e:
        raise InputError(f"{spec}: cannot be read ({e.strerror})") from e
