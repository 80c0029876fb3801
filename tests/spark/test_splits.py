"""Feeds cut into tasks (no Spark needed): WARC.gz pieces of whole records, numbered JSONL lines.

Whatever the cut, the items must be those `extract`'s readers give for the whole file.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from newsfacts.ingest import Limits, RecordError
from newsfacts.ingest.jsonl import read_jsonl, read_jsonl_line
from newsfacts.spark import splits
from newsfacts.spark.inputs import InputFile, read_file
from newsfacts.spark.splits import (
    JsonlLine,
    Window,
    first_lines,
    numbered_lines,
    piece_count,
    plan_splits,
    read_warc_piece,
    warc_pieces,
)
from tests.ingest.warcs import Record, article_record, build_warc

pytestmark = pytest.mark.spark


def write_warc(tmp_path, count: int, *, damage: int | None = None) -> tuple[InputFile, list[int]]:
    """A WARC.gz of `count` article records; record `damage` has bytes flipped mid-member."""
    data, offsets = build_warc([article_record(number) for number in range(count)])
    if damage is not None:
        middle = (offsets[damage] + offsets[damage + 1]) // 2
        data = (
            data[:middle]
            + bytes(b ^ 0xFF for b in data[middle : middle + 30])
            + data[middle + 30 :]
        )
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    return InputFile("crawl.warc.gz", str(path)), offsets


def piece_items(file: InputFile, pieces: int) -> list:
    size = os.path.getsize(file.location)
    cut = warc_pieces(file, size=size, pieces=pieces)
    return [item for p in cut for item in read_warc_piece(p, published=None, limits=Limits())]


def whole_items(file: InputFile) -> list:
    """The file read whole by `extract`'s reader, named as the user named it."""
    return list(read_file(file, published=None, limits=Limits()))


def test_warc_pieces_start_at_records(tmp_path) -> None:
    file, offsets = write_warc(tmp_path, 20)
    cut = warc_pieces(file, size=offsets[-1], pieces=4)
    assert len(cut) == 4
    assert cut[0].start == 0
    assert all(p.start in offsets for p in cut)
    assert [p.end for p in cut] == [p.start for p in cut[1:]] + [offsets[-1]]


def test_warc_pieces_read_as_the_whole_file_reads(tmp_path) -> None:
    file, _ = write_warc(tmp_path, 12, damage=5)
    expected = whole_items(file)
    assert sum(isinstance(item, RecordError) for item in expected) == 1
    for pieces in (1, 3, 12, 40):
        assert piece_items(file, pieces) == expected, pieces


def test_gzip_magic_inside_a_record_is_no_cut_point(tmp_path) -> None:
    # A record whose stored bytes hold the gzip magic: the probe must not start a piece there.
    trap = Record("https://tide.example.org/data.bin", b"\x1f\x8b\x08" * 300, "text/html")
    data, offsets = build_warc([article_record(1), trap, article_record(2)], gzip=True)
    path = tmp_path / "trap.warc.gz"
    path.write_bytes(data)
    with path.open("rb") as stream:
        assert splits.next_record_start(stream, offsets[1] + 1) == offsets[2]
        assert not splits.record_starts_at(stream, offsets[1] + 5)


def test_a_file_that_is_no_warc_is_one_piece_read_as_extract_reads_it(tmp_path) -> None:
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08 not a warc at all" * 100)
    file = InputFile("fake.warc.gz", str(path))
    (piece,) = warc_pieces(file, size=path.stat().st_size, pieces=8)
    found = list(read_warc_piece(piece, published=None, limits=Limits()))
    assert found == whole_items(file) and found[0].input == "fake.warc.gz"


def test_piece_count_shares_partitions_by_size() -> None:
    mb = 1024 * 1024
    assert piece_count(100 * mb, total=100 * mb, partitions=8) == 8
    assert piece_count(10 * mb, total=100 * mb, partitions=10) == 1
    assert piece_count(10 * 1024, total=10 * 1024, partitions=8) == 1  # too small to cut


def test_a_remote_warc_is_cut_and_read_by_pieces(tmp_path) -> None:
    local, _ = write_warc(tmp_path, 12, damage=5)
    uri = Path(local.location).as_uri()
    remote = InputFile(uri, uri)
    plan = plan_splits([remote], partitions=3, limits=Limits())
    assert len(plan.pieces) == 1  # below MIN_PIECE_BYTES: one piece
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(splits, "MIN_PIECE_BYTES", 1)
        plan = plan_splits([remote], partitions=3, limits=Limits())
    assert len(plan.pieces) == 3 and not plan.whole
    found = [i for p in plan.pieces for i in read_warc_piece(p, published=None, limits=Limits())]
    assert found == whole_items(remote)


def test_window_keeps_the_file_offsets() -> None:
    raw = io.BytesIO(bytes(range(100)))
    window = Window(raw, 10, 20)
    assert window.tell() == 10 and window.read(4) == bytes(range(10, 14))
    assert window.read() == bytes(range(14, 20)) and window.read() == b""
    window.seek(15)
    assert window.tell() == 15 and window.read(100) == bytes(range(15, 20))
    piece = Window(io.BytesIO(bytes(range(10, 20))), 10, 20, raw_offset=10)  # a copied piece
    piece.seek(12)
    assert piece.read(3) == bytes(range(12, 15))


def test_plan_splits_by_kind(tmp_path) -> None:
    file, _ = write_warc(tmp_path, 3)
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "x"}\n')
    packed = tmp_path / "feed.jsonl.gz"
    packed.write_bytes(b"\x1f\x8b")
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    files = [
        file,
        InputFile("feed.jsonl", str(feed)),
        InputFile("feed.jsonl.gz", str(packed)),
        InputFile("empty.jsonl", str(empty)),
        InputFile("gone.jsonl", str(tmp_path / "gone.jsonl")),
        InputFile("s3://b/x.jsonl", "s3://b/x.jsonl"),
    ]
    plan = plan_splits(files, partitions=2, limits=Limits())
    assert [f.name for f in plan.lines] == ["feed.jsonl"]
    assert [p.file for p in plan.pieces] == [file]
    assert [f.name for f in plan.whole] == [
        "feed.jsonl.gz",
        "empty.jsonl",
        "gone.jsonl",
        "s3://b/x.jsonl",
    ]


FEED_LINES = [
    json.dumps({"id": "a1", "text": "Tide mill reopens\n\nThe tide mill reopened on Friday."}),
    "",
    "not json",
    "   ",
    json.dumps({"id": "a2", "url": "https://x.org/2"}),
    "[1, 2]",
    json.dumps({"text": "Ferry fares\n\nFares rise by ten pence.", "published": "2024-05-13"}),
]


def test_read_jsonl_line_gives_what_read_jsonl_gives() -> None:
    data = "\n".join(FEED_LINES).encode() + b"\n"
    expected = list(read_jsonl(io.BytesIO(data), name="f.jsonl", path="f.jsonl"))
    lines = [line.encode() for line in FEED_LINES]
    found = [
        read_jsonl_line(line, name="f.jsonl", path="f.jsonl", number=number)
        for number, line in enumerate(lines, start=1)
    ]
    assert [item for item in found if item is not None] == expected


def test_read_jsonl_line_refuses_an_overlong_line_as_read_jsonl_does() -> None:
    limits = Limits(article_bytes=20)
    line = json.dumps({"text": "x" * 40}).encode()
    (expected,) = read_jsonl(io.BytesIO(line + b"\n"), name="f", path="f", limits=limits)
    assert read_jsonl_line(line, name="f", path="f", number=1, limits=limits) == expected


def test_lines_numbered_across_blocks() -> None:
    # Two files, blocks listed out of order; block 1 of "a" holds lines 1-3, block 2 lines 4-5.
    starts = first_lines([("a", 100, 2), ("b", 0, 4), ("a", 0, 3)])
    assert starts == {("a", 0): 1, ("a", 100): 4, ("b", 0): 1}
    rows = [(b"x", "a", 100), (b"y", "a", 100), (b"z", "b", 0), (b"w", "a", 0)]
    names = {"a": "a.jsonl", "b": "b.jsonl"}
    assert list(numbered_lines(rows, starts=starts, names=names)) == [
        JsonlLine("a.jsonl", 4, b"x"),
        JsonlLine("a.jsonl", 5, b"y"),
        JsonlLine("b.jsonl", 1, b"z"),
        JsonlLine("a.jsonl", 1, b"w"),
    ]
    # A file the driver could not match to an input is read whole: its rows are left out here.
    assert list(numbered_lines(rows, starts=starts, names={"b": "b.jsonl"})) == [
        JsonlLine("b.jsonl", 1, b"z")
    ]
