"""What a Spark job reads: inputs planned on the driver, feed files read on the executors.

The driver expands the user's inputs (globs, folders, URIs) into feed files, which splits.py
cuts into tasks where it can, and Parquet datasets, which Spark splits itself. A feed file read
whole (a remote one, a JSONL.gz, a plain WARC) is read on an executor with the same
reader `extract` uses (`ingest.read_input`), so a record gives the same article, the same
error or the same skip in both; only the names change back to what the user typed, because the
executor opens an absolute path (its working directory is not the driver's) or a local copy of
a remote file (`read_input` wants a seekable local file: WARC resumes after damage by seeking).

Remote files (s3://, s3a://, gs://, hdfs://, file://) are listed and copied with pyarrow's file
systems; Parquet datasets are handed to Spark, which reads any URI its Hadoop setup knows.
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from newsfacts.article import RawArticle
from newsfacts.errors import InputError
from newsfacts.ingest import Limits, RecordError, RecordSkipped, input_kind, read_input
from newsfacts.ingest.records import Item

GLOB_CHARS = frozenset("*?[")
PARQUET_SUFFIX = ".parquet"
# Hadoop's names for object stores, as pyarrow knows them.
PYARROW_SCHEMES = {"s3a": "s3", "s3n": "s3", "gcs": "gs"}
COPY_CHUNK_BYTES = 1024 * 1024
# Where executors copy remote files: Spark's scratch folders when it names them.
SPARK_LOCAL_DIRS = "SPARK_LOCAL_DIRS"


@dataclass(frozen=True, slots=True)
class InputFile:
    """One feed file: `name` as the user would write it (source.path, messages), `location`
    what an executor opens (an absolute local path or a URI)."""

    name: str
    location: str


@dataclass(slots=True)
class InputPlan:
    files: list[InputFile] = field(default_factory=list)
    parquet: list[str] = field(default_factory=list)  # paths or URIs for spark.read.parquet
    unmatched: list[str] = field(default_factory=list)  # globs that matched nothing


def is_uri(spec: str) -> bool:
    return "://" in spec


def plan_inputs(specs: list[str]) -> InputPlan:
    """Expand globs and folders: feed files in a stable order, Parquet inputs apart."""
    plan = InputPlan()
    for spec in specs:
        if is_uri(spec):
            _plan_uri(spec, plan)
        elif GLOB_CHARS & set(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                plan.unmatched.append(spec)
            for match in matches:
                _plan_local(match, plan)
        else:
            _plan_local(spec, plan)
    return plan


def _plan_local(spec: str, plan: InputPlan) -> None:
    path = Path(spec)
    if path.suffix == PARQUET_SUFFIX or (path.is_dir() and any(path.glob(f"*{PARQUET_SUFFIX}"))):
        plan.parquet.append(str(path.resolve()))
    elif path.is_dir():
        for found in sorted(p for p in path.rglob("*") if p.is_file() and _is_feed(p.name)):
            plan.files.append(InputFile(str(found), str(found.resolve())))
    else:  # a missing file is the executor's to report, in `extract`'s words
        plan.files.append(InputFile(spec, str(path.resolve())))


def _plan_uri(spec: str, plan: InputPlan) -> None:
    from pyarrow import fs

    base, pattern = spec.rstrip("/"), None
    if GLOB_CHARS & set(PurePosixPath(urlsplit(spec).path).name):
        base, _, pattern = base.rpartition("/")
    if pattern is None and base.endswith(PARQUET_SUFFIX):
        plan.parquet.append(spec)
        return
    filesystem, root = fs.FileSystem.from_uri(pyarrow_uri(base))
    info = filesystem.get_file_info(root)
    if info.type == fs.FileType.File:
        plan.files.append(InputFile(spec, spec))
        return
    names = []
    if info.type == fs.FileType.Directory:
        selector = fs.FileSelector(root, recursive=pattern is None)
        found = sorted(i.path for i in filesystem.get_file_info(selector) if i.is_file)
        names = [path[len(root) :].lstrip("/") for path in found]
    if pattern is not None:
        names = [name for name in names if fnmatch(name, pattern)]
    parquet = [name for name in names if name.endswith(PARQUET_SUFFIX)]
    feeds = [name for name in names if _is_feed(PurePosixPath(name).name)]
    if parquet and pattern is None:  # a Parquet dataset folder: Spark reads it whole
        plan.parquet.append(spec)
    else:
        plan.parquet.extend(f"{base}/{name}" for name in parquet)
        plan.files.extend(InputFile(f"{base}/{name}", f"{base}/{name}") for name in feeds)
    if not parquet and not feeds:
        plan.unmatched.append(spec)


def _is_feed(filename: str) -> bool:
    """A file `read_input` knows by its name; hidden and Hadoop marker files are not."""
    if filename.startswith(("_", ".")):
        return False
    return input_kind(filename)[0] is not None


def pyarrow_uri(uri: str) -> str:
    scheme, _, rest = uri.partition("://")
    return f"{PYARROW_SCHEMES.get(scheme, scheme)}://{rest}"


def read_file(
    item: InputFile, *, published: date | None, limits: Limits
) -> Iterator[RawArticle | RecordError | RecordSkipped]:
    """On an executor: the items of one feed file, named as the user named the file.

    An input that cannot be read at all is one RecordError with an empty `where`.
    """
    if is_uri(item.location):
        with tempfile.TemporaryDirectory(dir=scratch_dir()) as folder:
            local = os.path.join(folder, PurePosixPath(urlsplit(item.location).path).name)
            try:
                _copy(item.location, local)
            except OSError as e:
                yield RecordError(item.name, "", f"cannot be read ({e})")
                return
            yield from _read_local(item.name, local, published=published, limits=limits)
    else:
        yield from _read_local(item.name, item.location, published=published, limits=limits)


def _read_local(
    name: str, location: str, *, published: date | None, limits: Limits
) -> Iterator[Item]:
    try:
        for item in read_input(location, published=published, limits=limits):
            yield _renamed(item, location, name)
    except InputError as e:
        reason = str(e).removeprefix(f"{location}: ").replace(location, name)
        yield RecordError(name, "", reason)


def _renamed(item: Item, location: str, name: str) -> Item:
    if isinstance(item, RawArticle):
        if item.source.path != location:
            return item
        return replace(item, source=replace(item.source, path=name))
    return replace(item, input=name, reason=item.reason.replace(location, name))


def _copy(uri: str, local: str) -> None:
    from pyarrow import fs

    filesystem, path = fs.FileSystem.from_uri(pyarrow_uri(uri))
    # compression=None: gzip is the readers' to open (warcio keeps a WARC.gz's offsets).
    with filesystem.open_input_stream(path, compression=None) as src, open(local, "wb") as dst:
        shutil.copyfileobj(src, dst, COPY_CHUNK_BYTES)


def scratch_dir() -> str | None:
    dirs = os.environ.get(SPARK_LOCAL_DIRS, "")
    return dirs.split(",")[0] or None
