"""Export: the interchange JSON of ../shared/gold/FORMAT.md (more formats register in EXPORTERS)."""

from accordwatch.export.interchange import EXPORTERS, ExportInput, interchange

__all__ = ["EXPORTERS", "ExportInput", "interchange"]
