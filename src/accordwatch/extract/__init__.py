"""Extract: pure functions from a parsed document to records, each with its provenance."""

from accordwatch.extract.document import extract_document

__all__ = ["extract_document"]
