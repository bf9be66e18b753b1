"""The domain records every stage passes along: plain dataclasses, no database or spaCy types.

Names (see STYLE.md): ``document`` is always a :class:`Document`, never a spaCy ``Doc``.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "alleged", "denied", "conditional", "planned", "demanded", "hypothetical")
STANCES = ("assert", "deny", "accuse", "dispute")

Modality = Literal["asserted", "alleged", "denied", "conditional", "planned", "demanded", "hypothetical"]
LineKind = Literal["body", "heading", "dateline", "boilerplate"]


@dataclass(frozen=True, slots=True)
class DateValue:
    """A day, a month, a year or a range: an uncertain date is a range, never a guessed day."""

    first: date
    last: date
    granularity: Literal["day", "month", "year", "range"] = "day"

    @classmethod
    def day(cls, value: date) -> DateValue:
        return cls(value, value, "day")

    @classmethod
    def month(cls, year: int, month: int) -> DateValue:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), "month")

    @classmethod
    def year(cls, year: int) -> DateValue:
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def between(cls, first: date, last: date) -> DateValue:
        if first == last:
            return cls.day(first)
        return cls(min(first, last), max(first, last), "range")

    def to_json(self) -> str | dict[str, str]:
        """The interchange form: "YYYY-MM-DD", "YYYY-MM", "YYYY" or {"from", "to"}."""
        if self.granularity == "day":
            return self.first.isoformat()
        if self.granularity == "month":
            return self.first.strftime("%Y-%m")
        if self.granularity == "year":
            return str(self.first.year)
        return {"from": self.first.isoformat(), "to": self.last.isoformat()}

    @classmethod
    def from_json(cls, value: Any) -> DateValue | None:
        if value is None:
            return None
        if isinstance(value, dict):
            return cls.between(date.fromisoformat(value["from"]), date.fromisoformat(value["to"]))
        text = str(value)
        if len(text) == 4:
            return cls.year(int(text))
        if len(text) == 7:
            return cls.month(int(text[:4]), int(text[5:7]))
        return cls.day(date.fromisoformat(text))

    def overlaps(self, other: DateValue) -> bool:
        return self.first <= other.last and other.first <= self.last

    def __str__(self) -> str:
        value = self.to_json()
        return value if isinstance(value, str) else f"{value['from']}..{value['to']}"


@dataclass(slots=True)
class Evidence:
    """Where a fact was read: the document, character offsets into its stored text, the sentence."""

    doc_id: str
    start: int
    end: int
    text: str
    sentence: str = ""
    sentence_start: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "sentence": self.sentence, "sentence_start": self.sentence_start}


@dataclass(slots=True)
class Document:
    """One ingested report. ``text`` is stored unchanged; every offset points into it."""

    id: str
    text: str
    content_hash: str
    source: str
    published: date | None = None
    # metadata | dateline | title | header | numbering (estimated) | None (unknown: flagged)
    published_from: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    lines: list[tuple[int, int, LineKind]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    copy_of: str | None = None  # the document stored first with the same text (this is a syndicated copy)
    # the first (in id order) document of its story: the same wire story lightly edited elsewhere, one
    # source in the ledger (None: a story of its own, or its first document)
    story_of: str | None = None

    def spans_of(self, *kinds: LineKind) -> list[tuple[int, int]]:
        return [(start, end) for start, end, kind in self.lines if kind in kinds]

    def is_boilerplate(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.spans_of("boilerplate"))


@dataclass(slots=True)
class Failure:
    """An input that could not be ingested, kept with its reason so it can be retried."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None
    country: str | None = None
    role: str | None = None


@dataclass(slots=True)
class Place:
    id: str
    name: str
    kind: str  # country | province | district | city
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    aliases: list[str] = field(default_factory=list)
    code: str | None = None


@dataclass(slots=True)
class Mention:
    doc_id: str
    start: int
    end: int
    text: str
    actor: str | None = None
    place: str | None = None


@dataclass(slots=True)
class TimeExpr:
    doc_id: str
    start: int
    end: int
    text: str
    value: DateValue | None
    rule: str = ""  # which resolver produced the value, for measuring them apart
    in_quote: bool = False  # said inside a quotation: "tomorrow" is the speaker's, not the report's


@dataclass(slots=True)
class Quantity:
    doc_id: str
    start: int
    end: int
    text: str
    value: int | None  # None when vague ("dozens"): no number invented
    unit: str
    of: str | None = None
    # lower: at least the value ("at least 30"); above: more than it ("more than 30", at least 31)
    bound: Literal["exact", "upper", "lower", "above", "approx", "vague"] = "exact"
    total: bool = False  # a running total ("so far", "since April 8", "bringing the total to")
    reference: bool = False  # a set named again, not an act's size ("80 of the 400", "the 5,000 called for")


@dataclass(slots=True)
class Event:
    id: str
    doc_id: str
    category: str
    evidence: Evidence
    mode: str | None = None
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    date: DateValue | None = None
    # "publication" when the text gives no day and the report's own day stands in for it
    date_basis: str | None = None
    place: str | None = None
    dead: int | None = None
    injured: int | None = None
    size: int | None = None
    arrested: int | None = None
    prisoners: int | None = None
    modality: Modality = "asserted"
    historical: bool = False
    reported_by: list[str] = field(default_factory=list)
    contested: bool = False
    contested_with: list[str] = field(default_factory=list)  # the other side: event or claim ids
    cumulative: bool = False
    negated: bool = False
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    predicate: str = ""
    vague_counts: list[str] = field(default_factory=list)  # count fields that are lower bounds of vague words
    more_evidence: list[Evidence] = field(default_factory=list)  # other sentences of this document telling it
    refers_back: bool = False  # told through a definite noun ("the attack", "the meeting was held")
    adds_to: bool = False  # told as more of the same ("also detained", "one other suspect"): a new act
    count_starts: list[int] = field(default_factory=list)  # where the counts it adds up were written
    summary: bool = False  # told over several operations ("in separate raids over the past 24 hours")
    names_known_people: bool = False  # its people are ones already told ("the suspects were detained")
    # told as done apart from the agreement ("a unilateral step", "not part of the deal"): no progress on it
    outside_agreement: bool = False
    # a reviewer's decision in force ({"action", "reviewer", "at", "review_id"}); None: the machine's as read
    review: dict[str, Any] | None = None

    def evidence_starts(self) -> list[int]:
        return [self.evidence.start, *(e.start for e in self.more_evidence)]


@dataclass(slots=True)
class Claim:
    id: str
    doc_id: str
    speaker: str | None
    evidence: Evidence
    channel: str | None = None
    date: DateValue | None = None
    quote: str = ""
    stance: str = "assert"
    events: list[str] = field(default_factory=list)
    review: dict[str, Any] | None = None  # a reviewer's decision in force, as on Event


@dataclass(slots=True)
class Extraction:
    """Everything read out of one document."""

    doc_id: str
    actors: list[Actor] = field(default_factory=list)  # actors first met in this document
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
