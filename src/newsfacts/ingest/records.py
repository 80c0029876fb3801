"""What a multi-article input yields besides articles: a record that failed, a record passed over.

A WARC or JSONL file holds many articles; one broken record must not cost the others, and
raising would end the reader's generator. So readers yield these values in the article stream
and the caller names them (stderr, a store log) and goes on. Both are plain frozen values: they
pickle to worker processes and print as one line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from newsfacts.article import RawArticle


@dataclass(frozen=True, slots=True)
class RecordError:
    """One record could not be read: counted as failed (exit status 1), the others go on."""

    input: str  # the input as the user named it
    where: str  # "line 7", "record at offset 1234"
    reason: str  # what was found, what was expected

    def __str__(self) -> str:
        return f"{self.input}: {self.where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class RecordSkipped:
    """A record that is no article (an image, a redirect, an index page): counted, not failed."""

    input: str
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input}: {self.where}: skipped: {self.reason}"


# What `read_input` yields.
Item: TypeAlias = RawArticle | RecordError | RecordSkipped
