"""GeoJSON (RFC 7946): a FeatureCollection of the events that have coordinates.

Each feature is a Point at [longitude, latitude] of the event's place (or of the unit it lies in,
when the place has none: `geo_precision` says which); its properties are the event's fields of the
interchange format, its location and its provenance (document, offsets, sentence).
"""

from __future__ import annotations

from typing import Any, TextIO

from accordwatch.export.interchange import ExportInput, ExportStream, _event_json, as_stream, exporter
from accordwatch.export.json_parts import JsonParts
from accordwatch.export.selection import EventRow, event_rows


def feature(row: EventRow) -> dict[str, Any] | None:
    location = row.location
    if location is None or location.lat is None or location.lon is None:
        return None
    properties = _event_json(row.event)
    properties.update({
        "day": row.day.to_json() if row.day else None,  # its date, else the report's day
        "place_name": location.name, "place_kind": location.kind, "country": location.country,
        "iso3": location.iso3, "admin1": location.admin1, "admin2": location.admin2,
        "geo_precision": location.geo_precision, "provenance": row.provenance(),
    })
    return {"type": "Feature", "id": row.event.id,
            "geometry": {"type": "Point", "coordinates": [location.lon, location.lat]},
            "properties": properties}


@exporter("geojson")
def write_geojson(data: ExportInput | ExportStream, handle: TextIO) -> None:
    with JsonParts(["features"]) as parts:
        for batch in as_stream(data).batches:
            parts.add("features", (f for f in (feature(row) for row in event_rows(batch)) if f is not None))
        parts.write_object(handle, [("type", "FeatureCollection"), ("features", parts["features"])])
    handle.write("\n")
