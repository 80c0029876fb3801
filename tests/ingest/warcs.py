"""WARC files built in the tests with warcio's own writer: pages, images, damage on demand."""

from __future__ import annotations

import io
from dataclasses import dataclass

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CRAWL_DATE = "2024-05-20T09:30:00Z"


def page(headline: str, *paragraphs: str, date: str | None = None) -> bytes:
    """A small article page; `date` goes into an article:published_time meta tag."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{headline}</title>"
        f"{meta}</head><body><nav><a href='/'>Home</a></nav><article><h1>{headline}</h1>"
        f"{body}</article><footer>Copyright The Marlow Tide</footer></body></html>"
    ).encode()


PARAGRAPHS = (
    "The council voted on Tuesday to keep the harbour ferry running through the winter, "
    "after residents on the far bank said the road route added an hour to their journey.",
    "The service will cost about 40,000 pounds a year, the harbour office said, paid from "
    "the reserve the council keeps for flood repairs and from a small rise in fares.",
    "Engineers will also inspect the landing ramps in January, when the crossings are fewest.",
)


@dataclass(frozen=True)
class Record:
    uri: str
    payload: bytes
    content_type: str | None = "text/html; charset=utf-8"
    status: str = "200 OK"
    record_type: str = "response"


def article_record(number: int, *, date: str | None = None) -> Record:
    return Record(
        f"https://tide.example.org/news/{number}",
        page(f"Harbour story number {number} for the test crawl", *PARAGRAPHS, date=date),
    )


def build_warc(records: list[Record], *, gzip: bool = True) -> tuple[bytes, list[int]]:
    """The WARC bytes and each record's start offset (plus the end offset last)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    offsets = []
    for number, record in enumerate(records):
        offsets.append(buffer.tell())
        headers = {
            "WARC-Date": CRAWL_DATE,
            "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>",
        }
        http = None
        if record.record_type == "response":
            fields = [("Content-Type", record.content_type)] if record.content_type else []
            http = StatusAndHeaders(record.status, fields, protocol="HTTP/1.1")
        built = writer.create_warc_record(
            record.uri,
            record.record_type,
            payload=io.BytesIO(record.payload),
            length=len(record.payload),
            http_headers=http,
            warc_content_type=record.content_type or "",
            warc_headers_dict=headers,
        )
        writer.write_record(built)
    offsets.append(buffer.tell())
    return buffer.getvalue(), offsets
