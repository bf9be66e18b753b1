"""Server-side SVG: a provision's curve over time, and the map of events from the gazetteer's
coordinates. Only numbers and escaped labels go into the templates that draw them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from accordwatch.assess.progress import ProvisionStatus
from accordwatch.model import Event, Place

WIDTH, HEIGHT, MARGIN = 640, 220, 40


@dataclass(slots=True)
class CurveChart:
    width: int
    height: int
    line: str  # polyline points
    band: str  # polygon points (figure up to the highest supported)
    dots: list[tuple[float, float, str]] = field(default_factory=list)  # x, y, label
    target_y: float | None = None
    deadline_x: float | None = None
    as_of_x: float | None = None
    x_labels: list[tuple[float, str]] = field(default_factory=list)
    y_labels: list[tuple[float, str]] = field(default_factory=list)
    empty: bool = False


def curve_chart(status: ProvisionStatus, width: int = WIDTH, height: int = HEIGHT) -> CurveChart:
    points = [p for p in status.curve.points if p.day <= status.as_of]
    if not points:
        return CurveChart(width, height, "", "", empty=True)
    first = min([points[0].day, *([status.deadline] if status.deadline else [])])
    last = max([status.as_of, points[-1].day, *([status.deadline] if status.deadline else [])])
    top = max([p.high for p in points] + [status.target or 0, 1])
    span = max(1, (last - first).days)

    def x(day: date) -> float:
        return round(MARGIN + (width - 2 * MARGIN) * (day - first).days / span, 1)

    def y(value: float) -> float:
        return round(height - MARGIN - (height - 2 * MARGIN) * value / top, 1)

    steps: list[tuple[float, float]] = []
    highs: list[tuple[float, float]] = []
    previous: tuple[int, int] | None = None
    for point in points:
        if previous is not None:  # a step: flat until the day, then up
            steps.append((x(point.day), y(previous[0])))
            highs.append((x(point.day), y(previous[1])))
        steps.append((x(point.day), y(point.value)))
        highs.append((x(point.day), y(point.high)))
        previous = (point.value, point.high)
    steps.append((x(last), steps[-1][1]))
    highs.append((x(last), highs[-1][1]))
    line = " ".join(f"{a},{b}" for a, b in steps)
    band = " ".join(f"{a},{b}" for a, b in highs + list(reversed(steps)))
    return CurveChart(
        width, height, line, band,
        dots=[(x(p.day), y(p.value), f"{p.day}: {p.value:,}" + (f" (up to {p.high:,})" if p.high != p.value else ""))
              for p in points],
        target_y=y(status.target) if status.target else None,
        deadline_x=x(status.deadline) if status.deadline else None, as_of_x=x(status.as_of),
        x_labels=[(x(first), first.isoformat()), (x(last), last.isoformat())],
        y_labels=[(y(0), "0"), (y(top), f"{top:,}")],
    )


@dataclass(slots=True)
class MapPoint:
    x: float
    y: float
    r: float
    place: Place
    events: int


@dataclass(slots=True)
class EventMap:
    width: int
    height: int
    points: list[MapPoint]
    unplaced: int  # events whose place has no coordinates, or is a whole country


def event_map(events: list[Event], places: dict[str, Place], width: int = 720, height: int = 480,
              grouped_by: Callable[[str], str | None] | None = None) -> EventMap:
    """Events counted per place with coordinates (or per the place GROUPED_BY gives, a province), drawn
    on an equirectangular frame around them."""
    counts: dict[str, int] = {}
    unplaced = 0
    for event in events:
        place_id = event.place or ""
        if grouped_by is not None and place_id:
            place_id = grouped_by(place_id) or place_id
        place = places.get(place_id)
        if place is None or place.lat is None or place.lon is None or place.kind == "country":
            unplaced += event.place is not None  # (a country's middle is no place an event happened)
            continue
        counts[place.id] = counts.get(place.id, 0) + 1
    located = [places[i] for i in counts]
    if not located:
        return EventMap(width, height, [], unplaced)
    lats = [p.lat for p in located if p.lat is not None]
    lons = [p.lon for p in located if p.lon is not None]
    pad = 1.0
    south, north, west, east = min(lats) - pad, max(lats) + pad, min(lons) - pad, max(lons) + pad
    scale = min((width - 40) / (east - west), (height - 40) / (north - south))
    points = [MapPoint(round(20 + (p.lon - west) * scale, 1), round(20 + (north - p.lat) * scale, 1),  # type: ignore[operator]
                       round(4 + 3 * counts[p.id] ** 0.5, 1), p, counts[p.id])
              for p in sorted(located, key=lambda p: p.id)]
    return EventMap(width, height, points, unplaced)
