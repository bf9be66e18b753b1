"""Ingest: files, HTML pages and JSON Lines into :class:`Document` records (or failures)."""

from accordwatch.ingest.documents import IngestBatch, read_documents, stream_documents
from accordwatch.ingest.release_numbers import date_by_numbering

__all__ = ["IngestBatch", "date_by_numbering", "read_documents", "stream_documents"]
