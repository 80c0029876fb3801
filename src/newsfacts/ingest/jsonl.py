"""JSONL / JSONL.gz -> one RawArticle per line; a bad line is reported by number, the rest go on.

Each line is one JSON object with the fields docs/inputs.md lists: `text` or `html` (text wins
when both are given), and optionally `url`, `headline` (or `title`, as many exporters name it),
`published` (ISO date or date-time) and `id`. Other fields are ignored, so a feed exported by
another tool can be passed as it is. Lines are read one at a time with a length cap, so a file
of any size runs in constant memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any, BinaryIO

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationError, field_validator

from newsfacts.article import Source
from newsfacts.errors import EmptyInputError, InputError
from newsfacts.ingest.decode import check_text, repair_mojibake
from newsfacts.ingest.html import read_html
from newsfacts.ingest.limits import CHUNK_BYTES, Limits
from newsfacts.ingest.metadata import parse_date
from newsfacts.ingest.records import Item, RecordError
from newsfacts.ingest.text import raw_article

# Python's names for what json.loads returns, as JSON calls them.
JSON_NAMES = {
    "list": "array",
    "str": "string",
    "int": "number",
    "float": "number",
    "bool": "true/false",
    "NoneType": "null",
}
# A record id longer than this is not repeated in messages.
MAX_ID_CHARS = 80


class JsonlArticle(BaseModel):
    """One line of a JSONL feed (SPEC.md, Inputs)."""

    model_config = ConfigDict(extra="ignore", strict=False)

    text: str | None = None
    html: str | None = None
    url: str | None = None
    # Feeds exported by crawlers and datasets often call the headline `title`; without it the
    # first paragraph would become the headline. `headline` wins when a line has both.
    headline: str | None = Field(default=None, validation_alias=AliasChoices("headline", "title"))
    published: date | None = None
    id: str | int | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _date(cls, value: Any) -> date | None:
        if value is None or isinstance(value, date):
            return value
        found = parse_date(value) if isinstance(value, str) else None
        if found is None:
            raise ValueError(f"{value!r} is not a date; expected YYYY-MM-DD or an ISO date-time")
        return found


def read_jsonl(
    stream: BinaryIO,
    *,
    name: str,
    path: str | None = None,
    published: date | None = None,
    limits: Limits | None = None,
) -> Iterator[Item]:
    """Yield an article or a RecordError for each non-blank line of `stream`.

    `published` (the caller's date) wins over a line's own. Raises EmptyInputError when the
    stream holds no line at all; a stream that breaks off (truncated gzip, a limit reached)
    ends with a RecordError naming the line it stopped at.
    """
    limits = limits or Limits()
    number = 0
    seen = False
    while True:
        number += 1
        try:
            line = stream.readline(limits.article_bytes + 1)
        except InputError as e:  # the decompressing stream under us: truncated, bomb, ...
            yield RecordError(name, f"line {number}", str(e).split(": ", 1)[-1])
            return
        if not line:
            break
        if len(line) > limits.article_bytes and not line.endswith(b"\n"):
            yield RecordError(
                name,
                f"line {number}",
                f"longer than {limits.article_bytes:,} bytes "
                f"(NEWSFACTS_MAX_ARTICLE_BYTES); skipped",
            )
            if not _skip_rest_of_line(stream, name=name):
                return
            seen = True
            continue
        if not line.strip():
            continue
        seen = True
        yield _line_item(line, name=name, path=path, number=number, published=published)
    if not seen:
        raise EmptyInputError(f"{name}: JSONL file has no lines (expected one JSON object a line)")


def _skip_rest_of_line(stream: BinaryIO, *, name: str) -> bool:
    """Read past the end of an overlong line; False when the stream ended or broke."""
    try:
        while chunk := stream.readline(CHUNK_BYTES):
            if chunk.endswith(b"\n"):
                return True
    except InputError:
        return False
    return False


def _line_item(
    line: bytes, *, name: str, path: str | None, number: int, published: date | None
) -> Item:
    where = f"line {number}"
    try:
        data = json.loads(line)
    except ValueError as e:  # JSONDecodeError, or bytes that are not UTF-8/16/32
        return RecordError(name, where, f"not valid JSON ({_short(e)})")
    except RecursionError:
        return RecordError(name, where, "JSON nested too deeply to read (not an article)")
    if not isinstance(data, dict):
        found = JSON_NAMES.get(type(data).__name__, type(data).__name__)
        return RecordError(name, where, f"a JSON {found}, expected an object")
    if isinstance(data.get("id"), str | int) and len(str(data["id"])) <= MAX_ID_CHARS:
        where = f"{where} (id {data['id']})"
    try:
        record = JsonlArticle.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(_problem(error) for error in e.errors())
        return RecordError(name, where, problems)
    if not (record.text and record.text.strip()) and not (record.html and record.html.strip()):
        found = ", ".join(sorted(data)[:8]) or "none"
        return RecordError(
            name,
            where,
            f"no 'text' or 'html' (fields found: {found}); each line needs the article as one",
        )
    source = Source(
        kind="jsonl",
        path=path,
        url=record.url,
        record_id=None if record.id is None else str(record.id),
        line=number,
    )
    when = published or record.published
    label = f"{name} ({where})"
    try:
        if record.text and record.text.strip():
            text, warnings = repair_mojibake(check_text(record.text, label))
            raw = raw_article(
                text,
                source=source,
                published=when,
                headline=record.headline,
                warnings=warnings,
                name=label,
            )
        else:
            raw = read_html(
                record.html or "", name=label, url=record.url, published=when, source=source
            )
    except InputError as e:
        return RecordError(name, where, str(e).split(": ", 1)[-1])
    if record.headline and raw.headline != record.headline:
        raw = replace(raw, headline=record.headline)
    return raw


def _problem(error: Any) -> str:
    """ "published: 'x' is not a date" from one pydantic error."""
    field = ".".join(str(part) for part in error["loc"])
    return f"{field}: {error['msg'].removeprefix('Value error, ')}"


def _short(error: ValueError) -> str:
    text = str(error)
    return text if len(text) <= 120 else text[:117] + "..."


def read_jsonl_line(
    line: bytes,
    *,
    name: str,
    path: str | None,
    number: int,
    published: date | None = None,
    limits: Limits | None = None,
) -> Item | None:
    """What `read_jsonl` yields for line `number` of a feed read elsewhere; None when blank.

    For readers that split a feed by lines (the Spark job): `line` is the line's bytes, with
    or without its newline, and `number` counts from 1 as in `read_jsonl`, so a line gives the
    same article or the same RecordError however the feed was split.
    """
    limits = limits or Limits()
    if len(line.removesuffix(b"\n")) > limits.article_bytes:
        return RecordError(
            name,
            f"line {number}",
            f"longer than {limits.article_bytes:,} bytes (NEWSFACTS_MAX_ARTICLE_BYTES); skipped",
        )
    if not line.strip():
        return None
    return _line_item(line, name=name, path=path, number=number, published=published)
