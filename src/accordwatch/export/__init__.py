"""Export: the interchange JSON of ../shared/gold/FORMAT.md and the field's exchange formats
(ACLED-style CSV, PLOVER JSON, GeoJSON, Parquet), each registered in EXPORTERS by its module."""

from accordwatch.export import acled_csv, geojson, parquet, plover_json  # noqa: F401  (they register)
from accordwatch.export.interchange import EXPORTERS, FOLDER_FORMATS, ExportInput, interchange
from accordwatch.export.selection import between

__all__ = ["EXPORTERS", "FOLDER_FORMATS", "ExportInput", "between", "interchange"]
