"""From raw inputs to Documents: content hash, publication date and line kinds."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from accordwatch.ingest.boilerplate import classify_lines
from accordwatch.ingest.published import publication_date
from accordwatch.ingest.readers import READERS, SIDECAR_SUFFIX, RawDocument, folder_entries, read_path
from accordwatch.model import Document, Failure


@dataclass(slots=True)
class IngestBatch:
    documents: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    not_documents: list[str] = field(default_factory=list)  # files in folders that are not reports


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_document(raw: RawDocument) -> Document:
    published, published_from, warnings = publication_date(raw.published, raw.text, raw.title)
    metadata = dict(raw.metadata)
    if raw.html is not None:
        metadata["html_sha256"] = content_hash(raw.html)
    return Document(
        id=raw.id,
        text=raw.text,
        content_hash=content_hash(raw.text),
        source=raw.source,
        published=published,
        published_from=published_from,
        title=raw.title,
        url=raw.url,
        outlet=raw.outlet,
        metadata=metadata,
        lines=classify_lines(raw.text, raw.title),
        warnings=warnings,
    )


def iter_documents(paths: Iterable[Path]) -> Iterator[Document | Failure]:
    for path in paths:
        for item in read_path(path):
            yield item if isinstance(item, Failure) else to_document(item)


def stream_documents(paths: Iterable[Path], not_documents: list[str]) -> Iterator[Document | Failure]:
    """Each document (or failure) of PATHS as it is read, one at a time; the files in their folders
    that are not reports are added to NOT_DOCUMENTS. Nothing raises: bad inputs become failures.

    Paths are made absolute first, so that what is stored (a document's source, a failure to retry)
    means the same file from any folder.
    """
    for path in (Path(os.path.abspath(p)) for p in paths):
        if path.is_dir():
            not_documents += [
                str(p) for p in folder_entries(path)
                if isinstance(p, Path) and p.suffix.lower() not in READERS and not p.name.endswith(SIDECAR_SUFFIX)
            ]
        yield from iter_documents([path])


def read_documents(paths: Iterable[Path]) -> IngestBatch:
    """Read every path at once (stream_documents holds one document at a time)."""
    batch = IngestBatch()
    for item in stream_documents(paths, batch.not_documents):
        (batch.failures if isinstance(item, Failure) else batch.documents).append(item)
    return batch
