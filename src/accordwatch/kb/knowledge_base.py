"""The actor and place knowledge base: names, aliases, kinds, affiliations, coordinates.

Data lives in YAML/CSV beside this module (``kb/data``). Every country yields four actors (the
state, its government, its armed forces, its police) whose generic aliases are derived from its
demonyms here, so the data files hold only what is specific.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from accordwatch.errors import KnowledgeBaseError
from accordwatch.model import Actor, Place
from accordwatch.yaml_data import load_yaml

ACTOR_KINDS = {
    "state", "government", "state_forces", "police", "igo", "igo_mission", "armed_group", "media",
    "government_body", "intelligence", "political_party", "ngo", "person", "civilians", "group",
}
# Generic collectives that are actors without being organisations in the data files.
GENERIC_ACTORS = (
    Actor("civilians", "Civilians", "civilians",
          ["civilians", "civilian", "residents", "villagers", "civilian residential areas", "local people",
           "noncombatants", "non-combatants", "women and children", "passengers", "worshippers", "child",
           "children", "boy", "girl", "boys", "girls", "women", "local national", "local nationals"]),
    Actor("insurgents", "Insurgents", "armed_group",
          ["insurgents", "insurgent", "militants", "gunmen", "rebels", "armed men", "insurgent group",
           "guerrillas", "guerillas", "fighters", "separatists", "terrorists", "jihadists", "insurgent fighters"]),
    Actor("protesters", "Protesters", "group",
          ["protesters", "protestors", "demonstrators", "activists", "rioters", "marchers", "strikers",
           "supporters", "youths", "students", "workers", "farmers", "teachers", "crowds", "crowd",
           "hunger strikers", "opposition supporters"]),
    Actor("opposition", "Opposition", "political_party",
          ["opposition", "opposition groups", "opposition parties", "opposition party", "opposition leaders",
           "the opposition", "opposition coalition"]),
    Actor("aid_workers", "Aid workers", "ngo",
          ["aid workers", "aid groups", "aid agencies", "relief workers", "doctors", "humanitarian groups",
           "humanitarian agencies", "ngos", "charities", "volunteers"]),
)
GOVERNMENT_PATTERNS = (
    "Government of {name}", "{name} government", "{name}'s government", "{dem} government",
    "{dem} administration", "{dem} authorities", "{dem} officials", "{dem} side", "{dem} President",
    "{dem} presidency", "{dem} Foreign Ministry", "{dem} foreign ministry", "{dem} leadership",
    "{capital} government", "{dem} cabinet", "{name} authorities", "{dem} negotiating team",
    "{dem} government's negotiating team", "{dem} negotiators", "{dem} delegation",
)
MILITARY_PATTERNS = (
    "{dem} forces", "{dem} troops", "{dem} army", "{dem} military", "{dem} soldiers",
    "{dem} security forces", "{dem} armed forces", "{dem} defense forces", "{dem} defence forces",
    "{dem} air force", "{dem} Ministry of Defense", "{dem} Ministry of Defence", "{dem} defense ministry",
    "{dem} defence ministry", "{dem} defense and security forces", "{dem} national army",
    "{dem} commandos", "{dem} special forces", "{dem} warplanes", "{dem} aircraft", "{name}'s military",
    "{dem} national security forces", "{dem} government forces", "{dem} government troops",
)
POLICE_PATTERNS = ("{dem} police", "{dem} National Police", "{dem} police forces", "{dem} Interior Ministry",
                   "{dem} Ministry of Interior", "{dem} interior ministry")


def norm_alias(text: str) -> str:
    """The form in which names are compared: case, quotes, accents, "the" and spacing folded."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[\u2018\u2019\u201b`´]", "'", text).lower()
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = re.sub(r"^the\s+", "", text.strip())
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .,;:\"'")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", norm_alias(text)).strip("_")


BODY_SUFFIXES = {"gov": "_gov", "mil": "_mil", "police": "_police"}  # the actors every country yields


@dataclass(slots=True)
class AmbiguousName:
    """A name that means different actors in different reports (see data/ambiguous_names.yaml)."""

    name: str
    senses: dict[str, frozenset[str]]  # actor id -> the countries it fits (empty: international)
    body: str | None = None  # gov | mil | police: the body of the report's country
    bare: bool = False  # a common noun: only with a determiner or possessive

    def sense_for(self, kb: KnowledgeBase, country: str | None, named: set[str]) -> str | None:
        """The actor this name stands for in a report about COUNTRY that names NAMED; None when
        nothing fits (left unresolved rather than guessed)."""
        already = [s for s in self.senses if s in named]
        if len(already) == 1:
            return already[0]
        if country:
            bound = [s for s, countries in self.senses.items() if country in countries]
            if bound:
                return bound[0]
            body = f"{country.lower()}{BODY_SUFFIXES[self.body]}" if self.body else None
            if body in kb.actors:
                return body
        international = [s for s, countries in self.senses.items() if not countries]
        return international[0] if len(international) == 1 else None


@dataclass(slots=True)
class KnowledgeBase:
    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    actor_aliases: dict[str, set[str]] = field(default_factory=dict)  # norm alias -> actor ids
    place_aliases: dict[str, set[str]] = field(default_factory=dict)  # norm alias -> place ids
    capital_of: dict[str, str] = field(default_factory=dict)  # capital place id -> government actor id
    government_of: dict[str, str] = field(default_factory=dict)  # ISO 3166 alpha-3 -> government actor id
    demonyms: dict[str, str] = field(default_factory=dict)  # norm demonym -> state actor id
    ambiguous: dict[str, AmbiguousName] = field(default_factory=dict)  # norm name -> its senses
    _person_names: list[tuple[str, str]] | None = None  # (normalised name, person id), built once

    def person_names(self) -> list[tuple[str, str]]:
        """Every person's names, normalised once (name lookups run for every name in every report)."""
        if self._person_names is None:
            self._person_names = [(norm_alias(alias), actor.id) for actor in self.actors.values()
                                  if actor.kind == "person" for alias in [actor.name, *actor.aliases]]
        return self._person_names

    # ------------------------------------------------------------------ building
    def add_actor(self, actor: Actor) -> None:
        if actor.kind not in ACTOR_KINDS:
            raise KnowledgeBaseError(f"actor {actor.id!r}: unknown kind {actor.kind!r}")
        existing = self.actors.get(actor.id)
        if existing is not None:  # a data entry that extends a derived actor
            new_aliases = [existing.name, *actor.aliases]
            existing.name = actor.name or existing.name
            existing.kind = actor.kind or existing.kind
            existing.affiliation = actor.affiliation or existing.affiliation
            existing.role = actor.role or existing.role
            existing.aliases = list(dict.fromkeys([*existing.aliases, *new_aliases]))
            actor = existing
        self.actors[actor.id] = actor
        for alias in [actor.name, *actor.aliases]:
            self.actor_aliases.setdefault(norm_alias(alias), set()).add(actor.id)

    def extend_actor(self, actor_id: str, aliases: Iterable[str], **fields: Any) -> None:
        actor = self.actors[actor_id]
        for key, value in fields.items():
            if value:
                setattr(actor, key, value)
        for alias in aliases:
            if alias not in actor.aliases:
                actor.aliases.append(alias)
            self.actor_aliases.setdefault(norm_alias(alias), set()).add(actor_id)

    def add_place(self, place: Place) -> None:
        self.places[place.id] = place
        for alias in [place.name, *place.aliases]:
            self.place_aliases.setdefault(norm_alias(alias), set()).add(place.id)

    # ------------------------------------------------------------------ lookups
    def actors_named(self, text: str) -> set[str]:
        return self.actor_aliases.get(norm_alias(text), set())

    def place_within(self, inner: str, outer: str) -> bool:
        """Whether place INNER is OUTER or lies in it (a district in its province, anything in its country)."""
        if inner == outer:
            return True
        a, b = self.places.get(inner), self.places.get(outer)
        if a is None or b is None or a.country != b.country:
            return False
        return b.kind == "country" or (b.kind == "province" and a.kind != "province" and a.admin1 == b.name)

    def places_named(self, text: str) -> set[str]:
        return self.place_aliases.get(norm_alias(text), set())

    def organisation_of(self, actor_id: str | None) -> str | None:
        """The party an actor belongs to: a person's organisation, a political office's movement
        (climbing affiliations, but not past a government or state: a ministry stays itself)."""
        actor = self.actors.get(actor_id or "")
        if actor is None:
            return actor_id
        if actor.kind == "person" and actor.affiliation:
            actor = self.actors.get(actor.affiliation) or actor
        for _ in range(3):
            parent = self.actors.get(actor.affiliation or "")
            if parent is None or actor.kind in {"government", "state", "state_forces", "police"} \
                    or parent.kind in {"state"}:
                break
            if actor.kind in {"government_body", "intelligence"} and parent.kind != "government":
                break
            actor = parent
        return actor.id

    def side_of(self, actor_id: str | None) -> str | None:
        """The side an actor is on: its affiliations climbed to the top, so a state, its government, its
        forces and its police are one side ("Kyiv said its troops entered": no accuser of its own troops)."""
        actor = self.actors.get(actor_id or "")
        if actor is None:
            return actor_id
        for _ in range(5):
            parent = self.actors.get(actor.affiliation or "")
            if parent is None:
                break
            actor = parent
        return actor.id

    def province_of(self, place_id: str | None) -> str | None:
        place = self.places.get(place_id or "")
        if place is None or place.admin1 is None:
            return None
        ids = [i for i in self.places_named(place.admin1) if self.places[i].kind == "province"
               and self.places[i].country == place.country]
        return ids[0] if ids else None


def _data_dir() -> Path:
    return Path(str(resources.files("accordwatch.kb") / "data"))


def _read_yaml(path: Path, key: str) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    try:
        content = load_yaml(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise KnowledgeBaseError(f"{path}: not valid YAML: {err}") from err
    rows = content.get(key) if isinstance(content, dict) else None
    if not isinstance(rows, list):
        raise KnowledgeBaseError(f"{path}: expected a list under {key!r}")
    return rows


def _add_country(kb: KnowledgeBase, row: dict[str, Any]) -> None:
    iso3 = str(row["iso3"]).upper()
    code = iso3.lower()
    name = str(row["name"])
    demonyms = [str(d) for d in row.get("demonyms") or []]
    capital = row.get("capital")
    country_aliases = [str(a) for a in row.get("aliases") or []]
    # a people's names are the state's too ("the Palestinians reject..."); adjectives are matched
    # only beside a noun (see extract.events.roles.demonym_actor), plurals on their own
    plurals = [f"{d}s" for d in demonyms if re.search(r"(an|i|ite|ic)$", d)]
    kb.add_actor(Actor(code, name, "state", [*country_aliases, *demonyms, *plurals], country=iso3))
    gov, mil, police = [], [], []
    for dem in demonyms or [name]:
        values = {"dem": dem, "name": name, "capital": capital or name}
        gov += [p.format(**values) for p in GOVERNMENT_PATTERNS]
        mil += [p.format(**values) for p in MILITARY_PATTERNS]
        police += [p.format(**values) for p in POLICE_PATTERNS]
        kb.demonyms[norm_alias(dem)] = code
    gov, mil, police = (list(dict.fromkeys(x)) for x in (gov, mil, police))
    kb.add_actor(Actor(f"{code}_gov", f"Government of {name}", "government", gov, affiliation=code, country=iso3))
    kb.government_of[iso3] = f"{code}_gov"
    kb.add_actor(Actor(f"{code}_mil", f"{demonyms[0] if demonyms else name} armed forces", "state_forces", mil,
                       affiliation=f"{code}_gov", country=iso3))
    kb.add_actor(Actor(f"{code}_police", f"{demonyms[0] if demonyms else name} police", "police", police,
                       affiliation=f"{code}_gov", country=iso3))
    kb.add_place(Place(f"country-{code}", name, "country", iso3, None, row.get("lat"), row.get("lon"),
                       country_aliases, code=iso3))
    if capital:
        place_id = f"city-{slug(capital)}-{code}"
        kb.add_place(Place(place_id, str(capital), "city", iso3, None, row.get("capital_lat"),
                           row.get("capital_lon"), [str(a) for a in row.get("capital_aliases") or []]))
        kb.capital_of[place_id] = f"{code}_gov"


def _add_afghan_places(kb: KnowledgeBase, data: Path) -> None:
    provinces = data / "afghanistan_provinces.csv"
    districts = data / "afghanistan_districts.csv"
    if not provinces.exists():
        return
    with provinces.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            aliases = [a for a in row["aliases"].split("|") if a]
            display = aliases[0] if aliases else row["province"]
            lat, lon = _float(row["lat"]), _float(row["lon"])
            aliases += [v for a in [row["province"], *aliases] for v in spelling_variants(a)]
            kb.add_place(Place(f"af-prov-{slug(row['province'])}", display, "province", "AFG", display,
                               lat, lon, sorted({row["province"], *aliases} - {display}),
                               code=row["province_code"]))
            _add_provincial_capital(kb, row["capital"], display, lat, lon)
    if not districts.exists():
        return
    with districts.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            # the province of that name, not a district sharing it (Khost is both)
            province = next((p for p in sorted(kb.places_named(row["province"]))
                             if kb.places[p].kind == "province"), None)
            admin1 = kb.places[province].name if province else row["province"]
            aliases = [row["district_alt"]] if row["district_alt"] else []
            aliases += [v for a in [row["district"], *aliases] for v in spelling_variants(a)]
            kb.add_place(Place(f"af-dist-{row['district_code'].lower()}", row["district"], "district", "AFG",
                               admin1, _float(row["lat"]), _float(row["lon"]), aliases,
                               code=row["district_code"]))


def _add_provincial_capital(kb: KnowledgeBase, capital: str, province: str, lat: float | None,
                            lon: float | None) -> None:
    """A province's capital as a city in that province ("Lashkar Gah", "Kandahar City"); a capital
    the country data already holds (Kabul) gets its province."""
    if not capital:
        return
    known = [p for p in kb.places_named(capital) if kb.places[p].kind == "city" and kb.places[p].country == "AFG"]
    for place_id in known:
        kb.places[place_id].admin1 = kb.places[place_id].admin1 or province
    if not known:
        aliases = sorted({f"{capital} City", *spelling_variants(capital)})
        kb.add_place(Place(f"af-city-{slug(capital)}", capital, "city", "AFG", province, lat, lon, aliases))


def spelling_variants(name: str) -> list[str]:
    """Other ways reports write a Dari/Pashto place name: the linking -e-/-i-/-ye- dropped or spaced
    ("Nad-e-Ali", "Nad Ali"), hyphens as spaces, the glottal apostrophe and a final -h dropped
    ("Musa Qal'ah", "Musa Qala")."""
    variants = {name}
    joined = re.sub(r"(?<=\w)[-\s]+(?:e|i|ye|yi)[-\s]+(?=\w)", " ", name)
    variants |= {joined, name.replace("-", " "), joined.replace("-", " ")}
    for form in list(variants):
        bare = re.sub(r"['\u2018\u2019`]", "", form)
        variants |= {bare, re.sub(r"ah\b", "a", bare)}
        # and the other way, one word at a time: "Musa Qala" is also "Musa Qalah", "Musa Qal'ah"
        words = bare.split(" ")
        for i, word in enumerate(words):
            if re.fullmatch(r"\w{2,}[^aeiou\W]a", word, re.I):
                variants |= {" ".join([*words[:i], word + "h", *words[i + 1:]]),
                             " ".join([*words[:i], word[:-1] + "'ah", *words[i + 1:]]),
                             " ".join([*words[:i], word[:-1] + "\u2019ah", *words[i + 1:]])}
    variants.discard(name)
    return sorted(v for v in variants if len(v) >= 4)


def _float(value: str) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _actor_from_row(row: dict[str, Any], path: Path, default_kind: str | None = None) -> Actor:
    try:
        return Actor(
            id=str(row["id"]),
            name=str(row["name"]),
            kind=str(row.get("kind") or default_kind),
            aliases=[str(a) for a in row.get("aliases") or []],
            affiliation=row.get("affiliation"),
            country=row.get("country"),
            role=row.get("role"),
        )
    except KeyError as err:
        raise KnowledgeBaseError(f"{path}: entry {row!r} lacks field {err}") from err


def _add_ambiguous_name(kb: KnowledgeBase, row: dict[str, Any], path: Path) -> None:
    name = str(row.get("name") or "")
    senses: dict[str, frozenset[str]] = {}
    for actor_id, countries in (row.get("senses") or {}).items():
        actor = kb.actors.get(str(actor_id))
        if actor is None:
            raise KnowledgeBaseError(f"{path}: {name!r}: sense {actor_id!r} is not a known actor")
        listed = [str(c).upper() for c in countries or []] or ([actor.country] if actor.country else [])
        senses[actor.id] = frozenset(listed)
    body = row.get("body")
    if not name or (body is not None and body not in BODY_SUFFIXES) or not (senses or body):
        raise KnowledgeBaseError(f"{path}: entry {row!r} needs a name and senses or a body (gov, mil, police)")
    key = norm_alias(name)
    if key in kb.actor_aliases:
        raise KnowledgeBaseError(f"{path}: {name!r} is also an alias of {sorted(kb.actor_aliases[key])}")
    kb.ambiguous[key] = AmbiguousName(name, senses, body, bool(row.get("bare")))


def load_knowledge_base(data_dir: Path | None = None) -> KnowledgeBase:
    """Build the knowledge base from the YAML/CSV files in DATA_DIR (the packaged data by default)."""
    data = data_dir or _data_dir()
    kb = KnowledgeBase()
    for actor in GENERIC_ACTORS:
        kb.add_actor(Actor(actor.id, actor.name, actor.kind, list(actor.aliases)))
    for row in _read_yaml(data / "countries.yaml", "countries"):
        _add_country(kb, row)
    _add_afghan_places(kb, data)
    derived = {actor_id for actor_id, actor in kb.actors.items() if actor.country and actor.kind in
               {"state", "government", "state_forces", "police"}}
    for row in _read_yaml(data / "organisations.yaml", "organisations"):
        actor = _actor_from_row(row, data / "organisations.yaml")
        if actor.id not in derived:
            # a named organisation owns its names: "Libyan National Army" is not Libya's army
            for alias in [actor.name, *actor.aliases]:
                kb.actor_aliases.get(norm_alias(alias), set()).difference_update(derived)
        kb.add_actor(actor)
    for row in _read_yaml(data / "people.yaml", "people"):
        kb.add_actor(_actor_from_row(row, data / "people.yaml", default_kind="person"))
    for row in _read_yaml(data / "ambiguous_names.yaml", "names"):
        _add_ambiguous_name(kb, row, data / "ambiguous_names.yaml")
    unknown = {a.affiliation for a in kb.actors.values() if a.affiliation and a.affiliation not in kb.actors}
    if unknown:
        raise KnowledgeBaseError(f"{data}: affiliations name unknown actors: {', '.join(sorted(unknown))}")
    return kb


@lru_cache(maxsize=1)
def default_knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()
