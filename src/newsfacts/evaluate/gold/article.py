"""Gold for `article`: news pages as HTML, each with the article body a person marked.

The pages are the ScrapingHub article-extraction benchmark's own files (gzip-compressed,
UTF-8); article/SOURCE.md. Pages are read lazily, one at a time: together they are large.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

from newsfacts.errors import DataError
from newsfacts.evaluate.data import read_jsonl

GOLD_FILE = "gold.jsonl"
GZIP_SUFFIX = ".gz"


@dataclass(frozen=True, slots=True)
class ArticlePage:
    id: str
    url: str | None
    html_file: Path  # absolute: folder / the record's `html_file`
    encoding: str
    lang: str | None  # the page's own <html lang>, lower-cased: metadata, not gold
    body: str  # the gold article body, paragraphs mostly separated by blank lines

    @property
    def english(self) -> bool:
        """The `[lang=en*]` subset of METRICS.md."""
        return (self.lang or "").startswith("en")


def load_article(folder: Path, *, limit: int | None = None) -> list[ArticlePage]:
    """The gold pages of `folder/gold.jsonl`, in file order (the HTML is not read yet)."""
    return [
        ArticlePage(
            id=record["id"],
            url=record.get("url"),
            html_file=folder / record["html_file"],
            encoding=record.get("html_encoding") or "utf-8",
            lang=record.get("html_lang"),
            body=record["article_body"],
        )
        for record in read_jsonl(folder / GOLD_FILE, limit=limit)
    ]


def page_html(page: ArticlePage) -> str:
    """The page's HTML as text: gunzipped when the file is `.gz`, decoded as SOURCE.md says.

    Read in text mode (universal newlines), as the benchmark's own extractor scripts do.
    """
    path = page.html_file
    try:
        if path.name.endswith(GZIP_SUFFIX):
            with gzip.open(path, "rt", encoding=page.encoding) as f:
                return f.read()
        return path.read_text(encoding=page.encoding)
    except (OSError, UnicodeDecodeError) as e:
        raise DataError(f"{path}: HTML of gold page {page.id} cannot be read ({e})") from e
