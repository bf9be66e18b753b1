"""The agreement definition format (YAML), validated with pydantic.

An agreement names its parties (signatories, and obligated parties that did not sign), related
documents, triggers (things that start clocks, e.g. the opening of negotiations), and provisions:
who must do what for whom, what is counted toward it, the target, the deadline (a date, or days
after the signing or a trigger), conditions, and the provisions it depends on. A violation
provision says which events would breach it, so allegations link to what they allege was broken.
"""

from __future__ import annotations

import calendar
from datetime import date as Day
from datetime import timedelta
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from accordwatch.errors import AgreementError
from accordwatch.model import PLOVER_CATEGORIES
from accordwatch.yaml_data import UniqueKeys


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Party(Strict):
    id: str
    actor: str = Field(description="knowledge-base actor id (e.g. afg_gov, taliban, usa_gov)")
    role: Literal["signatory", "obligated", "guarantor", "witness", "beneficiary"] = "signatory"
    note: str | None = None


class Related(Strict):
    id: str
    title: str
    relation: str = "companion"
    signed: Day | None = None


class EventPattern(Strict):
    """Which events count: PLOVER category (and mode), by whom, toward whom."""

    category: str
    mode: str | None = None
    actors: list[str] = Field(default_factory=list, description="party ids or actor ids; any of them")
    recipients: list[str] = Field(default_factory=list)
    all_actors: bool = Field(False, description="every listed actor must take part (e.g. both sides meet)")
    recipients_implied: bool = Field(
        False, description="an event that names no recipient counts (in a prisoner exchange, the prisoners "
                           "the obligated party frees are the other side's even when a report says 'inmates')")
    field: Literal["prisoners", "dead", "injured", "size", "arrested", "troops", "events"] = "events"
    not_about: list[str] = Field(
        default_factory=list, description="words whose presence in the event's sentence means it is another "
                                          "matter (talks 'on prisoners' are not the political negotiations)")

    @model_validator(mode="after")
    def _known_category(self) -> EventPattern:
        if self.category.upper() not in PLOVER_CATEGORIES:
            raise ValueError(f"unknown PLOVER category {self.category!r}")
        self.category = self.category.upper()
        return self


class Target(Strict):
    value: int
    kind: Literal["exact", "up_to", "at_least", "level"] = "exact"
    unit: str = "events"
    # how far past an exact or "up to" target a reported figure is still taken as told, as a share of
    # it: lists change and parties free a few more than listed (Doha 2020: some 5,100 of 5,000; Bern
    # 2023: 186 of 181). Further past, a figure is an outlier (21,457 of 5,000 is a count gone wrong).
    past_target: float = Field(0.03, ge=0, le=1, description="share past the target still taken as told")

    @model_validator(mode="after")
    def _positive(self) -> Target:
        # a level may be zero (all troops withdrawn); a number to reach must be more than nothing
        if self.value < 0 or (self.value == 0 and self.kind != "level"):
            raise ValueError(f"value {self.value} must be positive (only a `level` target may be 0)")
        return self


class Deadline(Strict):
    date: Day | None = None
    days_after: int | None = Field(None, description="days after `after` (the signing or a trigger id)")
    months_after: int | None = None
    after: str | None = Field(None, description="'signing' or a trigger id")

    @model_validator(mode="after")
    def _one_form(self) -> Deadline:
        relative = self.days_after is not None or self.months_after is not None
        if (self.date is None) == (not relative):
            raise ValueError("give either date, or days_after/months_after with after")
        if relative and not self.after:
            raise ValueError("a relative deadline needs `after` (signing or a trigger id)")
        return self


class Trigger(Strict):
    id: str
    description: str
    fired_by: EventPattern
    expected: Day | None = None


class Provision(Strict):
    id: str
    text: str
    kind: Literal["count", "action", "violation"] = "count"
    obligated: str = Field(description="party id")
    beneficiary: str | None = None
    counts: EventPattern | None = None
    target: Target | None = None
    deadline: Deadline | None = None
    starts: str | None = Field(None, description="trigger id that starts the provision")
    conditions: list[str] = Field(default_factory=list)
    phases: list[str] = Field(default_factory=list)
    depends_on: list[str] = Field(default_factory=list)
    breached_by: list[EventPattern] = Field(default_factory=list)

    @model_validator(mode="after")
    def _shape(self) -> Provision:
        if self.kind in {"count", "action"} and self.counts is None:
            raise ValueError(f"a {self.kind} provision needs `counts`")
        if self.kind == "count" and self.target is None:
            raise ValueError("a count provision needs a `target`")
        if self.kind == "violation" and not self.breached_by:
            raise ValueError("a violation provision needs `breached_by`")
        return self


class Agreement(Strict):
    id: str
    title: str
    signed: Day
    place: str | None = None
    parties: list[Party]
    related: list[Related] = Field(default_factory=list)
    triggers: list[Trigger] = Field(default_factory=list)
    provisions: list[Provision]

    @model_validator(mode="after")
    def _unique_ids(self) -> Agreement:
        for name, items in (("parties", self.parties), ("provisions", self.provisions), ("triggers", self.triggers)):
            seen: set[str] = set()
            for index, item in enumerate(items):
                if item.id in seen:
                    raise ValueError(f"[{name} -> {index} ({item.id}) -> id] duplicate id {item.id!r}: "
                                     f"each of the {name} needs its own")
                seen.add(item.id)
        return self

    @model_validator(mode="after")
    def _deadlines_after_signing(self) -> Agreement:
        for index, provision in enumerate(self.provisions):
            day = provision.deadline.date if provision.deadline else None
            if day is not None and day < self.signed:
                raise ValueError(f"[provisions -> {index} ({provision.id}) -> deadline -> date] {day} is before "
                                 f"the signing ({self.signed})")
        return self

    @model_validator(mode="after")
    def _references(self) -> Agreement:
        parties = {p.id for p in self.parties}
        provisions = {p.id for p in self.provisions}
        triggers = {t.id for t in self.triggers}
        for index, provision in enumerate(self.provisions):
            where = f"provisions -> {index} ({provision.id})"
            for name, value in (("obligated", provision.obligated), ("beneficiary", provision.beneficiary)):
                if value is not None and value not in parties:
                    raise ValueError(f"[{where} -> {name}] {value!r} is not a party id ({', '.join(sorted(parties))})")
            for dependency in provision.depends_on:
                if dependency not in provisions:
                    raise ValueError(f"[{where} -> depends_on] unknown provision {dependency!r}")
            after = provision.deadline.after if provision.deadline else None
            if after and after != "signing" and after not in triggers:
                raise ValueError(f"[{where} -> deadline -> after] unknown trigger {after!r}")
            if provision.starts and provision.starts not in triggers:
                raise ValueError(f"[{where} -> starts] unknown trigger {provision.starts!r}")
        return self

    def party_actor(self, name: str) -> str:
        """A party id's actor id (other names pass through as actor ids)."""
        return next((p.actor for p in self.parties if p.id == name), name)


def deadline_of(agreement: Agreement, provision: Provision, fired: dict[str, Day]) -> Day | None:
    """The provision's deadline as a date, or None while the trigger it counts from has not fired."""
    deadline = provision.deadline
    if deadline is None:
        return None
    if deadline.date is not None:
        return deadline.date
    start = agreement.signed if deadline.after == "signing" else fired.get(deadline.after or "")
    if start is None:
        return None
    if deadline.months_after:
        month = start.month - 1 + deadline.months_after
        year, month = start.year + month // 12, month % 12 + 1
        # the same day of the month, or the month's last day when it has no such day (31 March + 1 month)
        return start.replace(year=year, month=month, day=min(start.day, calendar.monthrange(year, month)[1]))
    return start + timedelta(days=deadline.days_after or 0)


def _problem(error: dict) -> str:
    """One validation error as "[field -> path] message" (agreement-wide checks name their own path)."""
    message = error["msg"].removeprefix("Value error, ")
    if not error["loc"]:
        return message
    return f"[{' -> '.join(str(part) for part in error['loc'])}] {message}"


class _DatesAsText(UniqueKeys, yaml.SafeLoader):
    """YAML without its date resolver: a day is validated (and an impossible one, 2020-02-30,
    refused with its field) by pydantic, not turned into a date, or a crash, by the YAML parser; a key
    written twice is refused, not one of its values kept."""


_DatesAsText.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read_yaml(path: Path) -> object:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_DatesAsText)  # a SafeLoader


def _yaml_problem(err: yaml.YAMLError) -> str:
    mark = getattr(err, "problem_mark", None)
    problem = getattr(err, "problem", None) or str(err)
    where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
    return " ".join(f"not valid YAML{where}: {problem}".split())


def is_agreement_file(path: Path) -> bool:
    """Whether a YAML file beside the reports is meant as an agreement: a mapping with parties and
    provisions (a file that says so but is invalid still fails loudly in load_agreement)."""
    try:
        data = _read_yaml(path)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return True  # unreadable: let load_agreement say what is wrong with it
    return isinstance(data, dict) and ("provisions" in data or "parties" in data)


def load_agreement(path: Path) -> Agreement:
    """Read and validate an agreement file; errors name the file, the field path and the problem."""
    try:
        data = _read_yaml(path)
    except FileNotFoundError as err:
        raise AgreementError(f"{path}: no such agreement file") from err
    except (OSError, UnicodeDecodeError) as err:
        raise AgreementError(f"{path}: cannot read: {err}") from err
    except yaml.YAMLError as err:
        raise AgreementError(f"{path}: {_yaml_problem(err)}") from err
    if not isinstance(data, dict):
        raise AgreementError(f"{path}: an agreement file must hold a mapping (id, title, signed, parties...)")
    try:
        return Agreement.model_validate(data)
    except ValidationError as err:
        problems = "; ".join(_problem(e) for e in err.errors())
        raise AgreementError(f"{path}: {problems}") from err
