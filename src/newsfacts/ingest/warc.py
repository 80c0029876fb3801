"""WARC / WARC.gz -> one RawArticle per HTML response record, streamed; broken records reported.

warcio reads one record at a time, so memory stays flat on a multi-GB crawl. A `response` (or
`resource`) record with an HTML body becomes an article carrying its WARC-Target-URI; a record
that cannot be read (truncated, corrupted so that its digest fails, or unparseable) becomes a
RecordError with its byte offset, the one `warcio extract FILE OFFSET` takes, and reading
resumes at the next record boundary in the file. Responses that are no article (images,
redirects, index pages) become RecordSkipped, counted in the job's summary line.

warcio prints some of its complaints to stderr itself; the library never prints, so those are
captured while warcio runs and turned into the record's reason.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, BinaryIO

from newsfacts.article import Source
from newsfacts.errors import EmptyInputError, InputError, NoArticleError
from newsfacts.ingest.html import read_html
from newsfacts.ingest.limits import CHUNK_BYTES, GZIP_RATIO_FLOOR_BYTES, Limits
from newsfacts.ingest.metadata import parse_date
from newsfacts.ingest.records import Item, RecordError, RecordSkipped
from newsfacts.ingest.streams import GZIP_MAGIC, sniff_kind

if TYPE_CHECKING:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.recordloader import ArcWarcRecord

ARTICLE_RECORDS = frozenset({"response", "resource"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
# Where a record may begin, for resuming after a broken one: a gzip member, or a WARC line.
GZIP_MEMBER = GZIP_MAGIC + b"\x08"
WARC_LINE = re.compile(rb"(?:^|\n)WARC/1\.[01]\r?\n")


def read_warc(
    stream: BinaryIO,
    *,
    name: str,
    path: str | None = None,
    published: date | None = None,
    limits: Limits | None = None,
) -> Iterator[Item]:
    """Yield an article, a RecordError or a RecordSkipped for each response record.

    `stream` is the raw file (gzip members are read by warcio, so offsets are the file's).
    Raises EmptyInputError for an empty file and InputError when it is no WARC at all.
    """
    limits = limits or Limits()
    walk = _Walk(stream, name=name, path=path, published=published, limits=limits)
    yield from walk.run()


class _Walk:
    """One pass over a WARC file: records, resumption after damage, limits on decompression."""

    def __init__(
        self,
        stream: BinaryIO,
        *,
        name: str,
        path: str | None,
        published: date | None,
        limits: Limits,
    ) -> None:
        self.stream = stream
        self.name = name
        self.path = path
        self.published = published
        self.limits = limits
        self.seekable = stream.seekable()
        self.start = stream.tell() if self.seekable else 0
        self.inflated = 0  # decompressed bytes read through, for the size and ratio limits
        self.broken: RecordError | None = None  # the failure that ended the current pass
        self.broken_at = 0
        self.last_start = -1  # offset of the last record whose header was read
        self.reported: set[int] = set()  # offsets of records already reported as failed
        self.stopped = False  # a limit was reached: the rest of the file is not read

    def run(self) -> Iterator[Item]:
        head = self._head()
        if not head.strip():
            raise EmptyInputError(f"{self.name}: WARC file is empty (expected WARC records)")
        gzipped = head.startswith(GZIP_MAGIC)
        if not gzipped and sniff_kind(head) != "warc":
            raise InputError(
                f"{self.name}: not a WARC file (it does not start with a WARC/1.x record); "
                f"pass .warc or .warc.gz files written by a crawler (wget --warc-file, warcio)"
            )
        damaged = False  # inside a damaged stretch whose first failure was reported already
        scan_from = self.start
        while True:
            iterator = _archive_iterator(self.stream)
            self.broken = None
            for item in self._records(iterator):
                damaged = False
                yield item
            if self.broken is None:
                yield from self._tail(iterator)
                return
            # A failure right after a record reported as damaged is that damage, told once.
            if self.stopped or not (damaged or self.last_start in self.reported):
                yield self.broken if self.seekable or self.stopped else _on_a_stream(self.broken)
            if self.stopped or not self.seekable:
                return
            # The last record read may have run over the next one (a wrong Content-Length):
            # the search starts just after its start, and always moves forward.
            scan_from = max(scan_from, self.last_start + 1)
            resume = self._next_boundary(scan_from, gzipped=gzipped)
            if resume is None:
                return
            self.stream.seek(resume)
            scan_from = resume + 1
            damaged = True

    def _head(self) -> bytes:
        if self.seekable:
            head = self.stream.read(CHUNK_BYTES)
            self.stream.seek(self.start)
            return head
        peek = getattr(self.stream, "peek", None)
        return peek(CHUNK_BYTES)[:CHUNK_BYTES] if peek else b"WARC/"

    def _records(self, iterator: ArchiveIterator) -> Iterator[Item]:
        """Items of the records `iterator` reads, until its end or `self.broken` is set."""
        while True:
            offset = iterator.offset
            try:
                with _quiet() as said:
                    record = next(iterator)
            except StopIteration:
                return
            # warcio raises a dozen unrelated types on damaged bytes (ArchiveLoadFailed,
            # zlib.error, EOFError, ValueError, StatusAndHeadersParserException, ...).
            except Exception as e:
                # warcio moves `offset` past the previous record before it parses the next.
                self._break(max(offset, iterator.offset), _reason(e, said))
                return
            offset = self.last_start = iterator.offset
            for item in self._record(record, iterator, offset):
                if isinstance(item, RecordError):
                    self.reported.add(offset)
                yield item
            if self._over_limit(iterator):
                self._break(offset, self._stop_reason(), stop=True)
                return

    def _break(self, offset: int, reason: str, *, stop: bool = False) -> None:
        self.broken = RecordError(self.name, f"record at offset {offset}", reason)
        self.broken_at = offset
        self.stopped = stop

    def _record(
        self, record: ArcWarcRecord, iterator: ArchiveIterator, offset: int
    ) -> Iterator[Item]:
        where = f"record at offset {offset}"
        if record.rec_type not in ARTICLE_RECORDS:
            problem = self._drain(record, iterator)
            if problem:
                yield RecordError(self.name, where, problem)
            return
        if (status := _status(record)) and not status.startswith("2"):
            yield from self._skip(record, iterator, where, f"HTTP status {status}")
            return
        mime, charset = _content_type(record)
        if mime and mime not in HTML_TYPES:
            yield from self._skip(record, iterator, where, f"not HTML ({mime})")
            return
        try:
            with _quiet() as said:
                body = record.content_stream().read(self.limits.article_bytes + 1)
        except Exception as e:
            self._drain(record, iterator)
            yield RecordError(self.name, where, "body cannot be read: " + _reason(e, said))
            return
        self.inflated += len(body)
        if problem := self._drain(record, iterator):
            yield RecordError(self.name, where, problem)
            return
        if self._over_limit(iterator):
            return
        if len(body) > self.limits.article_bytes:
            yield RecordError(
                self.name,
                where,
                f"body is larger than {self.limits.article_bytes:,} bytes "
                f"(NEWSFACTS_MAX_ARTICLE_BYTES); skipped",
            )
            return
        if not mime and sniff_kind(body[:CHUNK_BYTES]) != "html":
            yield RecordSkipped(self.name, where, "not HTML (no content type, no HTML markup)")
            return
        yield self._article(record, body, charset, offset)

    def _article(
        self, record: ArcWarcRecord, body: bytes, charset: str | None, offset: int
    ) -> Item:
        where = f"record at offset {offset}"
        uri = record.rec_headers.get_header("WARC-Target-URI")
        try:
            raw = read_html(
                body,
                name=f"{self.name} ({where})",
                url=uri,
                published=self.published,
                source=Source(kind="warc", path=self.path, url=uri, offset=offset),
                charset=charset,
            )
        except NoArticleError:
            return RecordSkipped(self.name, where, f"no article text in {uri or 'the page'}")
        except InputError as e:
            return RecordError(self.name, where, str(e).split(": ", 1)[-1])
        crawled = parse_date(record.rec_headers.get_header("WARC-Date"))
        if raw.published is None and crawled is not None:
            # The crawl date bounds the publication date; relative dates ("on Monday") need one.
            raw = replace(
                raw,
                published=crawled,
                published_from="input",
                warnings=(
                    *raw.warnings,
                    f"no publication date on the page: the crawl date {crawled} (WARC-Date) "
                    f"is used",
                ),
            )
        return raw

    def _skip(
        self, record: ArcWarcRecord, iterator: ArchiveIterator, where: str, reason: str
    ) -> Iterator[Item]:
        problem = self._drain(record, iterator)
        if problem:
            yield RecordError(self.name, where, problem)
        elif not self._over_limit(iterator):
            yield RecordSkipped(self.name, where, reason)

    def _drain(self, record: ArcWarcRecord, iterator: ArchiveIterator) -> str | None:
        """Read the rest of the record (decompression guarded); what is wrong with it, if any."""
        raw = record.raw_stream
        try:
            with _quiet() as said:
                while chunk := raw.read(CHUNK_BYTES):
                    self.inflated += len(chunk)
                    if self._over_limit(iterator):
                        return None  # _records reports it and stops the walk
        except Exception as e:
            return "record is damaged: " + _reason(e, said)
        if self._over_limit(iterator):
            return None
        missing = getattr(raw, "limit", 0)
        if missing > 0:
            declared = missing + raw.tell()
            return (
                f"record is truncated: {raw.tell():,} of {declared:,} bytes (the file ends early?)"
            )
        checker = record.digest_checker
        if checker is not None and checker.passed is False:
            return "record is corrupted: its content does not match its WARC digest"
        if said.getvalue().strip():
            return "record is damaged: " + _first_line(said.getvalue())
        return None

    def _over_limit(self, iterator: ArchiveIterator) -> bool:
        if self.inflated > self.limits.input_bytes:
            return True
        read = max(_tell(iterator) - self.start, 1)
        return (
            self.inflated > GZIP_RATIO_FLOOR_BYTES and self.inflated > self.limits.gzip_ratio * read
        )

    def _stop_reason(self) -> str:
        if self.inflated > self.limits.input_bytes:
            return (
                f"stopped reading: the file holds more than {self.limits.input_bytes:,} bytes "
                f"(NEWSFACTS_MAX_INPUT_BYTES); split it"
            )
        return (
            f"stopped reading: the file decompresses to more than "
            f"{self.limits.gzip_ratio:g} times its size "
            f"(a decompression bomb?; NEWSFACTS_MAX_GZIP_RATIO)"
        )

    def _tail(self, iterator: ArchiveIterator) -> Iterator[Item]:
        """After the last record: bytes left over are a record cut off (a truncated download)."""
        if not self.seekable:
            return
        end = iterator.offset
        self.stream.seek(end)
        rest = self.stream.read(CHUNK_BYTES)
        if rest.strip(b"\r\n\x00 "):
            yield RecordError(
                self.name,
                f"record at offset {end}",
                "record is truncated or unreadable (the file ends inside it)",
            )

    def _next_boundary(self, start: int, *, gzipped: bool) -> int | None:
        """The offset of the next place a record may begin, scanning forward from `start`."""
        self.stream.seek(start)
        position = start
        carry = b""
        while chunk := self.stream.read(CHUNK_BYTES * 16):
            data = carry + chunk
            base = position - len(carry)
            if gzipped:
                found = data.find(GZIP_MEMBER)
                at = found if found >= 0 else None
            else:
                match = WARC_LINE.search(data)
                at = (match.start() + (data[match.start()] == 0x0A)) if match else None
            if at is not None and base + at >= start:
                return base + at
            position += len(chunk)
            carry = data[-16:]
        return None


def _on_a_stream(error: RecordError) -> RecordError:
    return replace(
        error,
        reason=f"{error.reason}; the rest is not read, since a stream cannot be searched for "
        f"the next record (pass the file by name to read past the damage)",
    )


def _archive_iterator(stream: BinaryIO) -> ArchiveIterator:
    from warcio.archiveiterator import ArchiveIterator

    return ArchiveIterator(stream, check_digests=True)


@contextlib.contextmanager
def _quiet() -> Iterator[io.StringIO]:
    """Capture what warcio writes to stderr while it runs (single-threaded, per call)."""
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        yield said


def _reason(error: Exception, said: io.StringIO) -> str:
    text = _first_line(str(error)) or type(error).__name__
    extra = _first_line(said.getvalue())
    if "first line:" in text:  # warcio quotes the raw bytes it found: no use to a reader
        text = "not a WARC record at this offset"
    return f"{text} ({extra})" if extra else text


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0][:200] if lines else ""


def _tell(iterator: ArchiveIterator) -> int:
    try:
        return iterator.fh.tell()
    except (OSError, ValueError):
        return 0


def _status(record: ArcWarcRecord) -> str | None:
    headers = record.http_headers
    if record.rec_type != "response" or headers is None:
        return None
    return headers.get_statuscode()


def _content_type(record: ArcWarcRecord) -> tuple[str | None, str | None]:
    """(mime type, charset) from the HTTP header, else the WARC record's own Content-Type."""
    value = None
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    if value is None and record.rec_type == "resource":
        value = record.content_type
    if not value:
        return None, None
    mime = value.split(";", 1)[0].strip().lower() or None
    charset = CHARSET.search(value)
    return mime, charset.group(1) if charset else None
