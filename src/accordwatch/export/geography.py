"""Where an event happened, in the terms of the exchange formats: country, admin levels, the
location's name and coordinates, and how precise they are (ACLED's geo_precision).

The place is a place id of the knowledge base's gazetteer (countries, Afghan provinces, districts
and cities); a place without coordinates takes those of the unit it lies in, with the precision of
that unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from accordwatch.kb import KnowledgeBase
from accordwatch.model import Place
from accordwatch.yaml_data import load_yaml

# ACLED: 1 a town or a precise spot, 2 near a town or within a district, 3 only a province or larger
GEO_PRECISION = {"city": 1, "district": 2, "province": 3, "country": 3}


@dataclass(frozen=True, slots=True)
class Location:
    place_id: str
    name: str
    kind: str
    iso3: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    iso: int | None  # ISO 3166-1 numeric (ACLED's `iso`)
    region: str | None  # ACLED's region


@cache
def _acled_geography() -> dict[str, dict]:
    path = resources.files("accordwatch.kb") / "data" / "acled_geography.yaml"
    return dict(load_yaml(path.read_text(encoding="utf-8"))["countries"])


def _country_place(kb: KnowledgeBase, iso3: str | None) -> Place | None:
    return kb.places.get(f"country-{iso3.lower()}") if iso3 else None


def locate(kb: KnowledgeBase, place_id: str | None) -> Location | None:
    """The location of PLACE_ID, or None when it is not a known place."""
    place = kb.places.get(place_id or "")
    if place is None:
        return None
    country = _country_place(kb, place.country)
    province = kb.places.get(kb.province_of(place.id) or "") if place.kind != "province" else place
    admin1 = province.name if province else place.admin1
    admin2 = place.name if place.kind == "district" else None
    # a place without coordinates: those of its province, else its country, at their precision
    chain = [p for p in (place, province, country) if p is not None]
    located = next((p for p in chain if p.lat is not None and p.lon is not None), None)
    codes = _acled_geography().get(place.country or "", {})
    return Location(
        place_id=place.id, name=place.name, kind=place.kind, iso3=place.country,
        country=country.name if country else None,
        admin1=admin1 if place.kind != "country" else None, admin2=admin2, admin3=None,
        lat=located.lat if located else None, lon=located.lon if located else None,
        geo_precision=GEO_PRECISION.get(located.kind) if located else None,
        iso=codes.get("iso"), region=codes.get("region"),
    )
