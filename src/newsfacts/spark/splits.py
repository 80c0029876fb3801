"""How one feed becomes many tasks: a JSONL file by lines, a WARC.gz by records.

A researcher's input is one multi-gigabyte JSONL export or a few 1 GB WARCs; one task per
file would keep one core busy however big the cluster. So:

- a plain JSONL file is read by Spark's own text source, which splits it into blocks of
  lines. Each line keeps its position: Spark names the file and the block a line came from,
  the lines of each block are counted first (a cheap job in the JVM), and a line's number is
  the lines before its block plus its place in it. `read_jsonl_line` then reads it exactly as
  `read_jsonl` reads that line, so sheets and `_errors` rows equal `extract`'s.
- a WARC.gz is cut into pieces of whole records. Each record is its own gzip member, so a
  piece may start at any member whose first bytes inflate to a WARC header; the driver finds
  one just after each cut point (a short read there, not a scan of the file). A task reads
  its piece with `read_warc` through a window on the file (offsets stay the file's), so a
  damaged record still costs only that record.
  A remote WARC.gz (s3://, gs://, hdfs://) is cut the same way: the driver probes the cut
  points with ranged reads, and each task copies only its piece to scratch.
- everything else (JSONL.gz and plain WARC, which cannot be cut without reading them through,
  remote JSONL, files too large or empty) is read whole by one task, as before; the job
  repartitions what it read before extraction, so the cores still share the extraction.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import BinaryIO, cast

from newsfacts.errors import InputError
from newsfacts.ingest import Limits, RecordError, input_kind
from newsfacts.ingest.jsonl import read_jsonl_line
from newsfacts.ingest.records import Item
from newsfacts.ingest.warc import GZIP_MEMBER, read_warc
from newsfacts.spark.inputs import COPY_CHUNK_BYTES, InputFile, is_uri, pyarrow_uri, scratch_dir

# Below this a WARC piece is not worth a task: a task costs a few milliseconds to schedule,
# and a piece of this size holds a hundred or so records.
MIN_PIECE_BYTES = 256 * 1024
# Compressed bytes read at a candidate member to see whether a WARC record starts there.
PROBE_BYTES = 4096
SCAN_BYTES = 1024 * 1024
WARC_HEAD = b"WARC/"
# (Spark's file path, the start of its block) -> the number of the block's first line.
LineStarts = dict[tuple[str, int], int]


@dataclass(frozen=True, slots=True)
class WarcPiece:
    """The records of `file` whose gzip members start in [start, end)."""

    file: InputFile
    start: int
    end: int


@dataclass(slots=True)
class SplitPlan:
    """The feed files of a job, by how they are read."""

    lines: list[InputFile] = field(default_factory=list)  # plain JSONL: Spark's text source
    pieces: list[WarcPiece] = field(default_factory=list)  # WARC.gz: runs of records
    whole: list[InputFile] = field(default_factory=list)  # the rest: one task each


def plan_splits(files: list[InputFile], *, partitions: int, limits: Limits) -> SplitPlan:
    """On the driver: which files are split and how; a WARC.gz gets its share of `partitions`."""
    plan = SplitPlan()
    warcs: list[tuple[InputFile, int]] = []
    for file in files:
        size = _splittable_size(file, limits=limits)
        kind = input_kind(file.location)
        if size is not None and kind == ("jsonl", False) and not is_uri(file.location):
            plan.lines.append(file)
        elif size is not None and kind == ("warc", True):
            warcs.append((file, size))
        else:
            plan.whole.append(file)
    total = sum(size for _, size in warcs)
    for file, size in warcs:
        pieces = piece_count(size, total=total, partitions=partitions)
        try:
            plan.pieces.extend(warc_pieces(file, size=size, pieces=pieces))
        except (OSError, ValueError):  # unreadable after all: the whole-file reader says why
            plan.whole.append(file)
    return plan


def _splittable_size(file: InputFile, *, limits: Limits) -> int | None:
    """The size of a file that may be split; None for a missing, empty or over-limit file,
    which the whole-file reader reports (or reads) as `extract` does."""
    try:
        if is_uri(file.location):
            size = _remote_size(file.location)
        else:
            size = os.stat(file.location).st_size
    except (OSError, ValueError):  # pyarrow's errors are these too
        return None
    return size if 0 < size <= limits.input_bytes else None


def _remote_size(uri: str) -> int:
    from pyarrow import fs

    filesystem, path = fs.FileSystem.from_uri(pyarrow_uri(uri))
    info = filesystem.get_file_info(path)
    if info.type != fs.FileType.File or info.size is None:
        raise FileNotFoundError(uri)
    return info.size


@contextlib.contextmanager
def open_random(location: str) -> Iterator[BinaryIO]:
    """A seekable file: local, or remote through pyarrow (each read a ranged request)."""
    if not is_uri(location):
        with open(location, "rb") as stream:
            yield stream
        return
    from pyarrow import fs

    filesystem, path = fs.FileSystem.from_uri(pyarrow_uri(location))
    with filesystem.open_input_file(path) as stream:
        yield stream


def piece_count(size: int, *, total: int, partitions: int) -> int:
    """How many pieces a file of `size` bytes gets when `total` bytes share `partitions`."""
    share = max(total // max(partitions, 1), MIN_PIECE_BYTES)
    return max(1, min(partitions, -(-size // share)))


def warc_pieces(file: InputFile, *, size: int, pieces: int) -> list[WarcPiece]:
    """`file` (a local WARC.gz of `size` bytes) cut into up to `pieces` runs of whole records.

    One piece, the whole file, when it does not start with a WARC record in a gzip member:
    the reader then says what is wrong with it, as `extract` would.
    """
    with open_random(file.location) as stream:
        starts = [0]
        if pieces > 1 and record_starts_at(stream, 0):
            for number in range(1, pieces):
                found = next_record_start(stream, max(size * number // pieces, starts[-1] + 1))
                if found is None:
                    break
                if found > starts[-1]:
                    starts.append(found)
    ends = [*starts[1:], size]
    return [WarcPiece(file, start, end) for start, end in zip(starts, ends, strict=True)]


def record_starts_at(stream: BinaryIO, offset: int) -> bool:
    """Whether a gzip member starts at `offset` and inflates to a WARC record header."""
    stream.seek(offset)
    probe = stream.read(PROBE_BYTES)
    if not probe.startswith(GZIP_MEMBER):
        return False
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        head = inflate.decompress(probe, len(WARC_HEAD))
    except zlib.error:  # the magic bytes inside compressed data, not a member
        return False
    return head.startswith(WARC_HEAD)


def next_record_start(stream: BinaryIO, offset: int) -> int | None:
    """The first offset at or after `offset` where a WARC record's gzip member starts."""
    position = offset
    while True:
        stream.seek(position)
        chunk = stream.read(SCAN_BYTES)
        if len(chunk) < len(GZIP_MEMBER):
            return None
        found = chunk.find(GZIP_MEMBER)
        while found >= 0:
            if record_starts_at(stream, position + found):
                return position + found
            found = chunk.find(GZIP_MEMBER, found + 1)
        # The last bytes again: a member header may straddle two chunks.
        position += len(chunk) - len(GZIP_MEMBER) + 1


def read_warc_piece(piece: WarcPiece, *, published: date | None, limits: Limits) -> Iterator[Item]:
    """On an executor: the items of one piece, as `extract` gives them for those records."""
    name = piece.file.name
    try:
        with _piece_file(piece) as (raw, raw_offset):
            window = Window(raw, piece.start, piece.end, raw_offset=raw_offset)
            stream = cast(BinaryIO, window)  # a raw file: what warcio reads
            yield from read_warc(stream, name=name, path=name, published=published, limits=limits)
    except InputError as e:
        yield RecordError(name, "", str(e).removeprefix(f"{name}: "))
    except OSError as e:  # the file changed or vanished after the driver planned it
        yield RecordError(name, "", f"cannot be read ({e.strerror or e})")


@contextlib.contextmanager
def _piece_file(piece: WarcPiece) -> Iterator[tuple[BinaryIO, int]]:
    """(an open file holding the piece, the file offset of its first byte). A remote piece is
    copied to scratch in one ranged read: warcio's small reads would each be a request."""
    if not is_uri(piece.file.location):
        with open(piece.file.location, "rb") as raw:
            yield raw, 0
        return
    with tempfile.TemporaryFile(dir=scratch_dir()) as local:
        with open_random(piece.file.location) as remote:
            remote.seek(piece.start)
            left = piece.end - piece.start
            while left > 0 and (chunk := remote.read(min(COPY_CHUNK_BYTES, left))):
                local.write(chunk)
                left -= len(chunk)
        local.seek(0)
        yield local, piece.start


class Window(io.RawIOBase):
    """Bytes [start, end) of a seekable file, at the file's own offsets (warcio reports them)."""

    def __init__(self, raw: BinaryIO, start: int, end: int, *, raw_offset: int = 0) -> None:
        super().__init__()
        self._raw = raw  # holds the file from `raw_offset` on (all of it, or a copied piece)
        self._raw_offset = raw_offset
        self._start = start
        self._end = end
        self._position = start
        raw.seek(start - raw_offset)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._end}[whence]
        self._position = min(max(base + offset, self._start), self._end)
        self._raw.seek(self._position - self._raw_offset)
        return self._position

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        wanted = min(len(buffer), self._end - self._position)
        if wanted <= 0:
            return 0
        data = self._raw.read(wanted)
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)


def first_lines(blocks: Iterable[tuple[str, int, int]]) -> LineStarts:
    """(file, block start, lines in the block) -> each block's first line number (from 1)."""
    starts: LineStarts = {}
    before: dict[str, int] = {}
    for file, block, lines in sorted(blocks):
        starts[(file, block)] = before.get(file, 0) + 1
        before[file] = before.get(file, 0) + lines
    return starts


@dataclass(frozen=True, slots=True)
class JsonlLine:
    """One line of a JSONL feed with its position, read into an item after the repartition
    (so the cores share reading HTML lines too, however few blocks Spark made)."""

    name: str  # the file as the user named it
    number: int
    line: bytes

    def item(self, *, published: date | None, limits: Limits) -> Item | None:
        return read_jsonl_line(
            self.line,
            name=self.name,
            path=self.name,
            number=self.number,
            published=published,
            limits=limits,
        )


def numbered_lines(
    rows: Iterable[tuple[bytes, str, int]], *, starts: LineStarts, names: dict[str, str]
) -> Iterator[JsonlLine]:
    """On an executor: (line, Spark's file path, block start) rows -> numbered lines.

    Spark hands a block's lines in order and together, so counting within a block numbers them.
    """
    key: tuple[str, int] | None = None
    number = 0
    for line, file, block in rows:
        if file not in names:  # a path the driver could not match: that file is read whole
            continue
        if (file, block) != key:
            key = (file, block)
            number = starts[key]
        else:
            number += 1
        yield JsonlLine(names[file], number, bytes(line))
