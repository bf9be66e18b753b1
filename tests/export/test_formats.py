"""Each exchange format written from a small export made by hand, read back with the library made
for it, every column or field checked against the specification's list, provenance kept."""

from __future__ import annotations

import io
import json
import math
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from accordwatch.export import EXPORTERS, FOLDER_FORMATS, between, interchange

# The ACLED codebook's columns, in its order
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
# PLOVER's event record (names as PLOVER's gold records and the interchange format write them)
PLOVER_FIELDS = {"id", "date", "date_precision", "event", "mode", "context", "actor", "recipient", "location",
                 "modality", "dead", "injured", "size", "arrested", "prisoners", "reported_by", "contested",
                 "text", "evidence", "source", "review"}
PLOVER_ACTOR_FIELDS = {"id", "name", "country", "kind", "affiliation"}
PARQUET_TABLES = {"documents", "events", "claims", "actors", "places", "quantities", "times", "mentions"}


def written(fmt, data) -> str:
    handle = io.StringIO()
    EXPORTERS[fmt](data, handle)
    return handle.getvalue()


# ------------------------------------------------------------------------------------ acled-csv

@pytest.fixture
def acled(sample) -> pd.DataFrame:
    frame = pd.read_csv(io.StringIO(written("acled-csv", sample)), keep_default_na=False, dtype=str)
    return frame.set_index(frame["notes"].str.extract(r"accordwatch event (\S+);")[0])


def test_acled_csv_has_the_codebook_columns_in_order(acled):
    assert list(acled.columns) == ACLED_COLUMNS


def test_acled_csv_keeps_only_what_acled_codes(acled):
    # the planned deployment and the attack that did not happen are no rows
    assert sorted(acled.index) == ["herat-1:e1", "herat-1:e2", "herat-1:e3", "kabul-2:e1"]


def test_acled_csv_row_of_a_clash_in_a_district(acled):
    row = acled.loc["herat-1:e1"]
    assert (row.event_date, row.year, row.time_precision) == ("2020-04-13", "2020", "1")
    assert (row.disorder_type, row.event_type, row.sub_event_type) == ("Political violence", "Battles",
                                                                        "Armed clash")
    assert (row.actor1, row.inter1, row.actor2, row.inter2) == ("Taliban", "2",
                                                                "Afghan National Defense and Security Forces", "1")
    assert row.interaction == "12"  # the smaller code first
    assert (row.iso, row.region, row.country) == ("4", "South Asia", "Afghanistan")
    assert (row.admin1, row.admin2, row.location, row.geo_precision) == ("Herat", "Injil", "Injil", "2")
    assert math.isclose(float(row.latitude), 34.30157) and math.isclose(float(row.longitude), 62.2465)
    assert row.fatalities == "4" and row.civilian_targeting == ""
    assert row.event_id_cnty.startswith("AFG") and row.event_id_cnty[3:].isdigit()
    assert row.timestamp.isdigit()


def test_acled_csv_dates_of_a_month_and_of_a_few_days_set_the_time_precision(acled):
    month, days = acled.loc["herat-1:e2"], acled.loc["herat-1:e3"]
    assert month.time_precision == "3" and month.event_date.startswith("2020-04-")
    assert days.time_precision == "2" and "2020-04-06" <= days.event_date <= "2020-04-11"


def test_acled_csv_civilians_are_named_with_the_country_and_targeted(acled):
    row = acled.loc["herat-1:e2"]
    assert (row.actor2, row.inter2, row.interaction) == ("Civilians (Afghanistan)", "7", "27")
    assert row.civilian_targeting == "Civilian targeting"
    assert "modality=alleged" in row.tags
    # a province without a district: admin1 only, the province's precision
    assert (row.admin1, row.admin2, row.geo_precision) == ("Herat", "", "3")


def test_acled_csv_agreement_of_two_sides_abroad(acled):
    row = acled.loc["herat-1:e3"]
    # both sides are actors of the agreement: ACLED's actor1 and actor2; the US government abroad is external
    assert (row.actor1, row.inter1, row.actor2, row.inter2) == ("United States Government", "8", "Taliban", "2")
    assert row.interaction == "28"
    assert (row.country, row.iso, row.region, row.geo_precision) == ("Qatar", "634", "Middle East", "1")


def test_acled_csv_event_without_place_or_day_of_its_own(acled):
    row = acled.loc["kabul-2:e1"]
    assert row.event_date == "2020-05-02" and "date=publication day" in row.tags  # the report's day
    assert row.location == "" and row.latitude == "" and row.event_id_cnty.startswith("XXX")
    assert (row.inter1, row.interaction) == ("1", "10")  # state forces acting alone


def test_acled_csv_keeps_provenance_in_notes_and_source(acled, sample):
    for event in sample.records.events:
        if event.id not in acled.index:
            continue
        row = acled.loc[event.id]
        assert event.evidence.sentence in row.notes
        assert f"document {event.doc_id}, characters {event.evidence.start}-{event.evidence.end}" in row.notes
        assert f"document {event.doc_id}" in row.source
    assert acled.loc["herat-1:e1"].source.startswith("Western Herald")


# ------------------------------------------------------------------------------------ plover-json

def test_plover_json_records_have_the_specification_fields(sample):
    records = json.loads(written("plover-json", sample))
    assert isinstance(records, list)
    assert [r["id"] for r in records] == [e.id for e in sample.records.events if not e.negated]
    for record in records:
        assert set(record) == PLOVER_FIELDS
        for actor in record["actor"] + record["recipient"] + record["reported_by"]:
            assert set(actor) == PLOVER_ACTOR_FIELDS
    clash = records[0]
    assert (clash["event"], clash["mode"], clash["date"], clash["date_precision"]) == ("ASSAULT", "firearms",
                                                                                      "2020-04-13", "day")
    assert [(a["name"], a["country"]) for a in clash["actor"]] == [("Taliban", "AFG")]
    assert [(a["name"], a["country"]) for a in clash["recipient"]] == [
        ("Afghan National Defense and Security Forces", "AFG")]
    assert clash["location"]["name"] == "Injil" and clash["location"]["admin1"] == "Herat"
    assert clash["dead"] == 4 and isinstance(clash["context"], list)


def test_plover_json_keeps_provenance(sample):
    by_id = {e.id: e for e in sample.records.events}
    for record in json.loads(written("plover-json", sample)):
        event = by_id[record["id"]]
        assert record["source"]["doc_id"] == event.doc_id
        assert (record["evidence"]["start"], record["evidence"]["end"]) == (event.evidence.start, event.evidence.end)
        assert record["text"] == event.evidence.sentence
        document = next(d for d in sample.documents if d.id == event.doc_id)
        assert document.text[event.evidence.start:event.evidence.end] == record["evidence"]["text"]


def test_plover_json_dates_an_undated_act_by_its_report(sample):
    record = next(r for r in json.loads(written("plover-json", sample)) if r["id"] == "kabul-2:e1")
    assert record["date"] == "2020-05-02" and record["evidence"]["date_basis"] == "publication"


# ------------------------------------------------------------------------------------ geojson

def assert_rfc7946_feature_collection(value: dict) -> None:
    """The structure RFC 7946 asks of a FeatureCollection of Point features."""
    assert value["type"] == "FeatureCollection" and isinstance(value["features"], list)
    assert "crs" not in value  # RFC 7946 dropped it: coordinates are WGS 84
    for feature in value["features"]:
        assert feature["type"] == "Feature"
        assert set(feature) <= {"type", "id", "geometry", "properties", "bbox"}
        assert isinstance(feature.get("id"), str | int | type(None))
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        position = geometry["coordinates"]
        assert isinstance(position, list) and len(position) in (2, 3)
        assert all(isinstance(x, int | float) for x in position)
        lon, lat = position[:2]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert isinstance(feature["properties"], dict | type(None))


def test_geojson_is_a_feature_collection_of_located_events(sample):
    value = json.loads(written("geojson", sample))
    assert_rfc7946_feature_collection(value)
    kb = sample.kb
    ids = [f["id"] for f in value["features"]]
    # the events with a place (the undated arrest has none)
    assert ids == [e.id for e in sample.records.events if e.place]
    for feature in value["features"]:
        place = kb.places[feature["properties"]["place"]]
        lon, lat = feature["geometry"]["coordinates"]
        if place.lat is not None:
            assert (lon, lat) == (place.lon, place.lat)  # longitude first


def test_geojson_properties_are_the_event_and_its_provenance(sample):
    value = json.loads(written("geojson", sample))
    by_id = {e.id: e for e in sample.records.events}
    interchange_events = {e["id"]: e for e in interchange(sample)["events"]}
    for feature in value["features"]:
        properties = feature["properties"]
        assert set(interchange_events[feature["id"]]) <= set(properties)  # every field of the event
        event = by_id[feature["id"]]
        provenance = properties["provenance"]
        assert (provenance["doc_id"], provenance["start"], provenance["end"]) == (
            event.doc_id, event.evidence.start, event.evidence.end)
        assert provenance["sentence"] == event.evidence.sentence


# ------------------------------------------------------------------------------------ parquet

PARQUET_COLUMNS = {
    "events": ["id", "doc_id", "event", "mode", "actor", "recipient", "date", "date_first", "date_last",
               "date_basis", "place", "dead", "injured", "size", "arrested", "prisoners", "modality", "historical",
               "reported_by", "contested", "contested_with", "cumulative", "outside_agreement", "negated",
               "acled_event_type", "acled_sub_event_type", "predicate", "evidence_start", "evidence_end",
               "evidence_text", "sentence", "sentence_start", "also_told_in", "reviewed", "reviewer", "review"],
    "claims": ["id", "doc_id", "speaker", "channel", "date", "date_first", "date_last", "quote", "events", "stance",
               "evidence_start", "evidence_end", "evidence_text", "sentence", "sentence_start", "reviewed",
               "reviewer", "review"],
    "documents": ["id", "published", "published_from", "title", "source", "url", "outlet", "copy_of", "story_of",
                  "warnings", "metadata", "text"],
    "mentions": ["doc_id", "start", "end", "text", "actor", "place"],
    "quantities": ["doc_id", "start", "end", "text", "value", "unit", "of", "bound"],
    "times": ["doc_id", "start", "end", "text", "value", "value_first", "value_last", "rule"],
    "actors": ["id", "name", "kind", "aliases", "affiliation", "part_of", "country", "role"],
    "places": ["id", "name", "kind", "country", "admin1", "lat", "lon", "aliases", "code"],
}
PROVISION_COLUMNS = ["id", "text", "target", "reported_done", "status", "disputed", "deadline", "days_late", "as_of",
                     "events", "band_low", "band_high", "detail"]


def test_parquet_writes_one_file_per_table(sample, tmp_path: Path):
    assert "parquet" in FOLDER_FORMATS
    EXPORTERS["parquet"](sample, tmp_path / "out")
    assert {p.stem for p in (tmp_path / "out").glob("*.parquet")} == PARQUET_TABLES  # no assessment: no provisions
    for name, columns in PARQUET_COLUMNS.items():
        assert pq.read_table(tmp_path / "out" / f"{name}.parquet").column_names == columns


def test_parquet_tables_read_back_with_types_and_provenance(sample, tmp_path: Path):
    EXPORTERS["parquet"](sample, tmp_path)
    events = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert [e["id"] for e in events] == [e.id for e in sample.records.events]
    clash = events[0]
    assert clash["date_first"] == date(2020, 4, 13) and clash["dead"] == 4 and clash["actor"] == ["taliban"]
    month = events[1]
    assert (month["date"], month["date_first"], month["date_last"]) == ("2020-04", date(2020, 4, 1), date(2020, 4, 30))
    documents = {d["id"]: d for d in pq.read_table(tmp_path / "documents.parquet").to_pylist()}
    for event in events:  # the offsets point into the document's text, kept in the documents table
        text = documents[event["doc_id"]]["text"]
        assert text[event["evidence_start"]:event["evidence_end"]] == event["evidence_text"]
        assert event["sentence"] in text
    assert documents["herat-1"]["published"] == date(2020, 4, 14)
    actors = {a["id"] for a in pq.read_table(tmp_path / "actors.parquet").to_pylist()}
    assert {"taliban", "afg_mil", "civilians"} <= actors
    assert pq.read_table(tmp_path / "places.parquet").num_rows >= 3


# ------------------------------------------------------------------------------------ --since / --until

def test_since_keeps_events_and_claims_from_that_day_dated_by_their_report_when_they_have_no_day(sample):
    kept = between(sample, date(2020, 5, 1), None)
    assert [e.id for e in kept.records.events] == ["kabul-2:e1", "kabul-2:e2"]  # dated by their report, 2 May
    assert [c.id for c in kept.records.claims] == ["kabul-2:c1", "late-3:c1"]
    assert [d.id for d in kept.documents] == ["kabul-2", "late-3"]
    assert [m.doc_id for m in kept.records.mentions] == ["late-3"]


def test_until_keeps_a_month_that_overlaps_it_and_drops_what_is_later(sample):
    kept = between(sample, None, date(2020, 4, 5))
    assert [e.id for e in kept.records.events] == ["herat-1:e2"]  # April 2020 overlaps 1-5 April
    assert [d.id for d in kept.documents] == ["herat-1"]
    assert kept.records.claims == []


def test_since_and_until_apply_to_the_json_export(sample):
    value = interchange(between(sample, date(2020, 4, 13), date(2020, 4, 13)))
    assert {e["id"] for e in value["events"]} == {"herat-1:e1", "herat-1:e2"}
    assert [d["id"] for d in value["documents"]] == ["herat-1"]
    assert value["claims"] == []
    # an event without a day of its own, nor a report day, is left out once a bound is given
    sample.documents[1].published = None
    assert "kabul-2:e1" not in {e.id for e in between(sample, date(2020, 1, 1), None).records.events}


def test_no_bounds_keep_everything(sample):
    assert between(sample, None, None) is sample


def test_acled_csv_source_scale_from_the_outlet_the_knowledge_base_knows(sample):
    sample.documents[0].outlet = "Pajhwok Afghan News"  # an Afghan outlet
    frame = pd.read_csv(io.StringIO(written("acled-csv", sample)), keep_default_na=False, dtype=str)
    scales = dict(zip(frame.notes.str.extract(r"accordwatch event (\S+);")[0], frame.source_scale, strict=True))
    assert scales["herat-1:e1"] == "National"  # in Afghanistan
    assert scales["herat-1:e3"] == "International"  # in Qatar
    assert scales["kabul-2:e1"] == ""  # an outlet the knowledge base does not know


def test_parquet_export_again_without_an_agreement_leaves_no_stale_provisions(sample, tmp_path: Path):
    (tmp_path / "provisions.parquet").write_bytes(b"from an earlier export")
    EXPORTERS["parquet"](sample, tmp_path)
    assert not (tmp_path / "provisions.parquet").exists()
