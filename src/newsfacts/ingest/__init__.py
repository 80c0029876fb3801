"""Readers: every kind of input becomes RawArticle objects.

`read_inputs` dispatches by what the input looks like. Plain text, stdin and the bundled
sample are read here; HTML, WARC, JSONL and URLs get readers of their own (issue #8).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import BinaryIO

from newsfacts.article import RawArticle, Source
from newsfacts.errors import InputError
from newsfacts.ingest.decode import decode_bytes

# Larger inputs are refused rather than read into memory: no news article comes near it.
MAX_TEXT_BYTES = 20 * 1024 * 1024
SAMPLE_NAME = "sample.txt"


def read_sample(*, published: date | None = None) -> RawArticle:
    """The bundled sample article, written by the project in the scraped-text style."""
    data = files("newsfacts.data").joinpath(SAMPLE_NAME).read_bytes()
    text, warnings = decode_bytes(data, name="sample")
    return _raw(text, Source(kind="sample", path=SAMPLE_NAME), published, warnings)


def read_text_file(path: Path, *, published: date | None = None) -> RawArticle:
    name = str(path)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a folder; expected a file")
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise InputError(
            f"{name}: {path.stat().st_size:,} bytes is too large for one article "
            f"(limit {MAX_TEXT_BYTES:,}); split it or pass a JSONL/WARC file"
        )
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{name}: cannot be read ({e.strerror})") from e
    text, warnings = decode_bytes(data, name=name)
    return _raw(text, Source(kind="text", path=name), published, warnings)


def read_stream(stream: BinaryIO, *, published: date | None = None) -> RawArticle:
    data = stream.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(f"stdin: more than {MAX_TEXT_BYTES:,} bytes; too large for one article")
    text, warnings = decode_bytes(data, name="stdin")
    return _raw(text, Source(kind="stdin"), published, warnings)


def read_input(
    spec: str, *, published: date | None = None, stdin: BinaryIO | None = None
) -> Iterator[RawArticle]:
    """Yield the articles of one input: a path, `-` for stdin."""
    if spec == "-":
        if stdin is None:
            raise InputError("-: no standard input to read")
        yield read_stream(stdin, published=published)
        return
    yield read_text_file(Path(spec), published=published)


def _raw(text: str, source: Source, published: date | None, warnings: list[str]) -> RawArticle:
    return RawArticle(
        text=text,
        source=source,
        published=published,
        published_from="input" if published else None,
        warnings=tuple(warnings),
    )
