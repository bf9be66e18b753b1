"""ACLED's actor classes (inter codes 1-8) for knowledge-base actors.

The mapping is data (kb/data/acled_actors.yaml): a class per kind, a few actors of their own class,
the words that make an armed group a militia, and the rule that a state's bodies acting outside
their own country are external forces (8).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from accordwatch.errors import KnowledgeBaseError
from accordwatch.kb.knowledge_base import KnowledgeBase, default_knowledge_base, norm_alias
from accordwatch.model import Actor
from accordwatch.yaml_data import load_yaml

EXTERNAL = 8


@dataclass(frozen=True, slots=True)
class ActorClasses:
    names: dict[int, str]
    kinds: dict[str, int]
    state_kinds: frozenset[str]
    actors: dict[str, int]
    militia_words: tuple[tuple[int, re.Pattern[str]], ...]  # most specific class first
    rioting_event_types: frozenset[str]


@cache
def actor_classes() -> ActorClasses:
    path = resources.files("accordwatch.kb") / "data" / "acled_actors.yaml"
    try:
        data: dict[str, Any] = load_yaml(path.read_text(encoding="utf-8"))
        names = {int(k): str(v) for k, v in data["classes"].items()}
        kinds = {str(k): int(v) for k, v in data["kinds"].items()}
        actors = {str(k): int(v) for k, v in (data.get("actors") or {}).items()}
        words = tuple(
            (int(code), re.compile(r"\b(?:" + "|".join(re.escape(norm_alias(w)) for w in listed) + r")\b"))
            for code, listed in (data.get("militia_words") or {}).items()
        )
    except (yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as err:
        raise KnowledgeBaseError(f"{path}: not a valid ACLED actor class table: {err}") from err
    unknown = sorted({c for c in [*kinds.values(), *actors.values(), *(c for c, _ in words)] if c not in names})
    if unknown:
        raise KnowledgeBaseError(f"{path}: classes {unknown} are not among {sorted(names)}")
    return ActorClasses(names, kinds, frozenset(data.get("state_kinds") or []), actors, words,
                        frozenset(data.get("rioting_event_types") or []))


def inter_code(actor: Actor, country_of_event: str | None, *, event_type: str | None = None,
               kb: KnowledgeBase | None = None) -> int | None:
    """ACLED's class of ACTOR in an event in COUNTRY_OF_EVENT (ISO 3166 alpha-3), or None when
    nothing in the knowledge base says it (an unaffiliated person, an unknown kind). EVENT_TYPE
    (ACLED's) makes protesters rioters in a riot."""
    classes = actor_classes()
    kb = kb or default_knowledge_base()
    if actor.kind == "person":
        organisation = kb.actors.get(kb.organisation_of(actor.id) or "")
        if organisation is None or organisation.id == actor.id:
            return None
        actor = organisation
    code = classes.actors.get(actor.id) or classes.kinds.get(actor.kind)
    if code is None:
        return None
    if code == 6 and event_type in classes.rioting_event_types:
        return 5
    if actor.kind == "armed_group":
        names = " ; ".join(norm_alias(n) for n in [actor.name, *actor.aliases])
        code = next((c for c, pattern in classes.militia_words if pattern.search(names)), code)
    home = home_country(actor, kb)
    if actor.kind in classes.state_kinds and country_of_event and home and home.upper() != country_of_event.upper():
        return EXTERNAL
    return code


def home_country(actor: Actor, kb: KnowledgeBase) -> str | None:
    """The country whose state an actor belongs to: that of the last state body up its affiliations
    (a force deployed abroad may carry the country it serves in, its state's army does not)."""
    state_kinds = actor_classes().state_kinds
    home, current, seen = actor.country, actor, {actor.id}
    while current.affiliation and current.affiliation not in seen:
        seen.add(current.affiliation)
        parent = kb.actors.get(current.affiliation)
        if parent is None or parent.kind not in state_kinds:
            break
        home, current = parent.country or home, parent
    return home


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two classes as a two-digit number, the smaller first; one
    actor alone is its class followed by 0 (10: state forces acting alone)."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)
