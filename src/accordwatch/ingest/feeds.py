"""RSS and Atom feeds (read with feedparser): one document per item or entry.

A document's id is the entry's id (else its link), its text the entry's content (else its summary)
with HTML turned into text as for .html inputs (trafilatura), its title and link the entry's, its
publication day the entry's own date (the day where it was written, not in UTC), its outlet the
feed's title. A feed that is not well-formed XML is one failure naming the file and the problem; an
entry without text is a failure naming the file and the entry; the other entries are read.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from xml.sax import SAXParseException

from accordwatch.ingest.readers import RawDocument, reader
from accordwatch.model import Failure

HTML_TYPES = ("text/html", "application/xhtml+xml")
TAG = re.compile(r"<[a-zA-Z/!][^>]*>")


def entry_text(value: str, content_type: str | None) -> str:
    """Plain text of an entry's content: HTML cleaned as .html inputs are, plain text as it is."""
    if content_type not in HTML_TYPES and not TAG.search(value):
        return value.strip()
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    page = f"<html><body><article>{value}</article></body></html>"
    text = trafilatura.extract(page, include_comments=False, include_tables=False, favor_precision=True)
    return (text or trafilatura.html2txt(page) or html.unescape(TAG.sub(" ", value))).strip()


def _content(entry: Any) -> tuple[str, str | None]:
    """The entry's fullest text and its type: a content element first, else the summary."""
    for part in entry.get("content") or []:
        if (part.get("value") or "").strip():
            return part["value"], part.get("type")
    detail = entry.get("summary_detail") or {}
    return entry.get("summary") or "", detail.get("type")


def entry_day(entry: Any) -> str | None:
    """The entry's date as the feed wrote it (its own time zone's day); feedparser's parsed form,
    in UTC, only when the written one cannot be read."""
    for key in ("published", "updated", "created"):
        written = entry.get(key)
        if not written:
            continue
        for parse in (parsedate_to_datetime, lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))):
            try:
                return parse(written.strip()).date().isoformat()
            except (TypeError, ValueError, IndexError):
                continue
        parsed: time.struct_time | None = entry.get(f"{key}_parsed")
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


def _malformed(result: Any) -> str | None:
    """Why the feed is not well-formed XML, or None."""
    problem = result.get("bozo_exception") if result.get("bozo") else None
    if isinstance(problem, SAXParseException):
        return f"malformed feed: line {problem.getLineNumber()}, column {problem.getColumnNumber()}: " \
               f"{problem.getMessage()}"
    return None


def _url(entry: Any) -> str | None:
    link = entry.get("link")
    return link if isinstance(link, str) and re.match(r"https?://", link) else None


@reader(".rss", ".atom", ".xml")
def read_feed_file(path: Path) -> Iterator[RawDocument | Failure]:
    import feedparser  # imported here: only feeds need it

    data = path.read_bytes()
    if not data.strip():
        yield Failure(str(path), "empty file")
        return
    result = feedparser.parse(data)
    problem = _malformed(result)
    if problem:
        yield Failure(str(path), problem)
        return
    if not result.get("version"):
        yield Failure(str(path), "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)")
        return
    feed = result.feed
    outlet = (feed.get("title") or "").strip() or None
    for number, entry in enumerate(result.entries, start=1):
        entry_id = (entry.get("id") or entry.get("link") or "").strip()
        named = f"entry {number}" + (f" ({entry_id})" if entry_id else "")
        value, content_type = _content(entry)
        text = entry_text(value, content_type) if value.strip() else ""
        if not text:
            yield Failure(str(path), f"{named} has no text (no content or summary)")
            continue
        title = entry.get("title")
        yield RawDocument(
            id=entry_id or f"{path.stem}-{number}",
            text=text,
            source=f"{path}#{number}",
            published=entry_day(entry),
            title=entry_text(title, (entry.get("title_detail") or {}).get("type")) if title else None,
            url=_url(entry),
            outlet=outlet,
            metadata={"encoding": result.get("encoding"), "feed": result.version,
                      **({"feed_url": feed["link"]} if feed.get("link") else {}),
                      **({"author": entry["author"]} if entry.get("author") else {})},
        )
