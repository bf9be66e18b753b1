"""Ingest: files, HTML pages and JSON Lines into :class:`Document` records (or failures)."""

from accordwatch.ingest.documents import IngestBatch, read_documents

__all__ = ["IngestBatch", "read_documents"]
