"""The events table's filters, sorting and pages: one definition for the page, its downloads and the
API. Values are compared in Python against the loaded records, never pasted into SQL."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, fields
from datetime import date
from typing import Annotated, Literal

from fastapi import Query
from pydantic import BeforeValidator

from accordwatch.assess.progress import ActorIndex
from accordwatch.model import Actor, Event, Place
from accordwatch.web import reviews

SortKey = Literal["date", "-date", "category", "-category", "doc", "-doc", "modality", "-modality",
                  "count", "-count"]
Tristate = Literal["", "yes", "no"]
PAGE_SIZES = (25, 50, 100, 200)
# a form sends an empty field as "": no day given, not a bad one
OptionalDay = Annotated[date | None, BeforeValidator(lambda value: value or None)]


@dataclass(slots=True)
class EventFilter:
    category: str = ""
    mode: str = ""
    acled: str = ""  # an ACLED event type or sub-event type
    actor: str = ""  # an actor id (or an affiliate of it), or a piece of a name
    place: str = ""
    date_from: date | None = None
    date_to: date | None = None
    modality: str = ""
    contested: Tristate = ""
    reviewed: Tristate = ""
    sort: SortKey = "date"
    page: int = 1
    per_page: int = 50

    def query(self, **changes: object) -> dict[str, str]:
        """This filter as query parameters (with CHANGES), leaving out what is empty."""
        values = {f.name: getattr(self, f.name) for f in fields(self)} | changes
        return {k: str(v) for k, v in values.items() if v not in ("", None)}


def event_filter(
    category: Annotated[str, Query(max_length=40)] = "",
    mode: Annotated[str, Query(max_length=60)] = "",
    acled: Annotated[str, Query(max_length=120)] = "",
    actor: Annotated[str, Query(max_length=200)] = "",
    place: Annotated[str, Query(max_length=200)] = "",
    date_from: Annotated[OptionalDay, Query()] = None,
    date_to: Annotated[OptionalDay, Query()] = None,
    modality: Annotated[str, Query(max_length=20)] = "",
    contested: Annotated[Tristate, Query()] = "",
    reviewed: Annotated[Tristate, Query()] = "",
    sort: Annotated[SortKey, Query()] = "date",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=500)] = 50,
) -> EventFilter:
    """The filter from the query string (FastAPI dependency): a bad value is a 422, never a 500."""
    return EventFilter(category, mode, acled, actor, place, date_from, date_to, modality, contested, reviewed,
                       sort, page, per_page)


def _tristate(wanted: str, value: bool) -> bool:
    return not wanted or (wanted == "yes") == value


def _actor_matches(wanted: str, event: Event, actors: dict[str, Actor], index: ActorIndex) -> bool:
    ids = [*event.actors, *event.recipients]
    if wanted in actors:
        return index.matches(ids, {wanted})
    needle = wanted.casefold()
    return any(needle in i.casefold() or (i in actors and needle in actors[i].name.casefold()) for i in ids)


def matching(events: list[Event], chosen: EventFilter, actors: dict[str, Actor],
             places: dict[str, Place] | None = None) -> list[Event]:
    index = ActorIndex(actors)
    places = places or {}
    out = []
    for event in events:
        if chosen.category and event.category != chosen.category.upper():
            continue
        if chosen.mode and (event.mode or "") != chosen.mode:
            continue
        if chosen.acled and chosen.acled not in {event.acled_event_type, event.acled_sub_event_type}:
            continue
        if chosen.modality and event.modality != chosen.modality:
            continue
        if chosen.place and not _place_matches(chosen.place, event.place, places):
            continue
        if chosen.actor and not _actor_matches(chosen.actor, event, actors, index):
            continue
        if chosen.date_from and (event.date is None or event.date.last < chosen.date_from):
            continue
        if chosen.date_to and (event.date is None or event.date.first > chosen.date_to):
            continue
        if not _tristate(chosen.contested, event.contested):
            continue
        if not _tristate(chosen.reviewed, reviews.review_of(event) is not None):
            continue
        out.append(event)
    return sorted_events(out, chosen.sort)


def _place_matches(wanted: str, place_id: str | None, places: dict[str, Place]) -> bool:
    """A place id or name, or a piece of one; a province also finds the places in it."""
    if not place_id:
        return False
    needle = wanted.casefold()
    place = places.get(place_id)
    told = [place_id, *([place.name, place.admin1 or ""] if place else [])]
    return any(needle in text.casefold() for text in told if text)


def _count(event: Event) -> int:
    return max((getattr(event, f) or 0) for f in ("dead", "injured", "size", "arrested", "prisoners"))


def sorted_events(events: list[Event], sort: str) -> list[Event]:
    key = sort.lstrip("-")
    keys = {
        "date": lambda e: (e.date.first if e.date else date.min, e.id),
        "category": lambda e: (e.category, e.id),
        "doc": lambda e: (e.doc_id, e.id),
        "modality": lambda e: (e.modality, e.id),
        "count": lambda e: (_count(e), e.id),
    }
    return sorted(events, key=keys[key], reverse=sort.startswith("-"))


@dataclass(slots=True)
class Page:
    items: list[Event]
    number: int
    pages: int
    total: int


def page_of(events: list[Event], chosen: EventFilter) -> Page:
    pages = max(1, -(-len(events) // chosen.per_page))
    number = min(chosen.page, pages)
    start = (number - 1) * chosen.per_page
    return Page(events[start:start + chosen.per_page], number, pages, len(events))


CSV_COLUMNS = ("id", "doc_id", "published", "date", "category", "mode", "acled_event_type", "acled_sub_event_type",
               "actors", "recipients", "place", "modality", "contested", "reviewed", "dead", "injured", "size",
               "arrested", "prisoners", "sentence")


def as_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in CSV_COLUMNS])
    return out.getvalue()


def _cell(value: object) -> str:
    if isinstance(value, list):
        return ";".join(map(str, value))
    text = "" if value is None else str(value)
    # a cell a spreadsheet would run as a formula is quoted as text
    return "'" + text if text[:1] in {"=", "+", "-", "@"} else text


def as_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1, default=str)
