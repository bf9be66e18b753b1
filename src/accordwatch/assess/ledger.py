"""A provision's figure over time, estimated from noisy observations, not summed (DESIGN.md).

Every linked report is an observation: a running total ("has so far freed 4,500") observes the curve
itself on its day; an act ("freed 100 on Wednesday") observes an increment. Each observation is a
lower bound on what happened, so the most conservative curve they support is the lowest one above
all of them:

    F(day) = max(F(day before) + the day's acts, the day's running total)

It never falls. Readings of one measurement that differ a little (249 and 250) are one reading:
the lower is the figure (a reviewer's, where one confirmed or corrected it), the spread is the
band. A document's acts on one day are one account of
that day (its largest figure, plus what it tells as "another"); accounts of one day from several
sources are not added up. An observation that would make the curve fall, or pass the provision's
target (or its list), is an outlier: kept, shown with its reason, not used. Acts told after the last
total fill the gap up to the next total and never push past it. Nothing depends on the order in
which observations arrive: they are sorted by what they say before anything is computed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from accordwatch.assess.kept import LinkedEvent
from accordwatch.model import Event

# accounts of one day (or one total) within this share of the highest are one measurement told
# differently (249 and 250; 120 and 150): the lowest is the figure, the rest the band. A far lower
# account is a partial one (the first of several flights) and does not pull the figure down.
SAME_READING = 0.25
# an act dated only by its report's day that equals one already counted this recently is a retelling
RETELLING_DAYS = 10
# a figure past the target by at most this share is taken as told (parties have freed a handful more
# than listed: 1,005 of "up to 1,000"); further past it, it is an outlier. The default of an
# agreement's target (`past_target`), which a provision may set otherwise.
PAST_TARGET = 0.03
# a total told within this many days of one from another source, and within SAME_READING of it, reads
# the same figure ("4,917 so far" on Friday, "5,100 until now" on Saturday): the lower stands, the
# higher widens the band, unless acts told in between account for the rise
SAME_TOTAL_DAYS = 3


@dataclass(frozen=True, slots=True)
class Observation:
    """One report of a count: an act's size or a running total, on a day, from one document."""

    event: Event | LinkedEvent  # as an assessment keeps it (kept.py)
    day: date
    low: int
    high: int
    total: bool  # a running total, not the size of one act
    adds_to: bool = False  # told as more of the same ("another 117"): beside the document's other acts
    dated_by_report: bool = False  # the text gives no day: the report's day stands in for it
    since: date | None = None  # an act told over several days ("200 over two days"): its first day
    story: str | None = None  # the first document of its story (one wire story run by several sites)

    @property
    def doc_id(self) -> str:
        return self.event.doc_id

    @property
    def reviewed(self) -> bool:
        """A person confirmed or corrected this figure."""
        return self.event.review is not None and self.event.review.get("action") in ("confirm", "correct", "split")

    @property
    def source(self) -> str:
        """Who tells it: its story, else its document (a story run by three sites is one source)."""
        return self.story or self.doc_id

    def key(self) -> tuple:
        return (self.day, self.total, self.low, self.high, self.doc_id, self.event.id)


@dataclass(slots=True)
class Outlier:
    observation: Observation
    reason: str


@dataclass(slots=True)
class Reading:
    """The sources that agree on one figure (within SAME_READING): its low and high, and who says so."""

    low: int
    high: int
    observations: list[Observation]
    top: int = 0  # the highest account's figure: the others are within SAME_READING of it

    def values(self) -> dict[int, list[str]]:
        told: dict[int, list[str]] = defaultdict(list)
        for obs in self.observations:
            for value in {obs.low, obs.high}:
                if obs.doc_id not in told[value]:
                    told[value].append(obs.doc_id)
        return dict(sorted(told.items()))


@dataclass(slots=True)
class Point:
    """The curve on one day: the conservative figure, its band, and the observations behind it."""

    day: date
    value: int
    high: int
    sources: list[Observation] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)
    by_total: bool = False  # the figure is a reported running total (else the sum of acts)

    @property
    def band(self) -> tuple[int, int]:
        return self.value, self.high


@dataclass(slots=True)
class Curve:
    points: list[Point] = field(default_factory=list)
    outliers: list[Outlier] = field(default_factory=list)
    retellings: list[Observation] = field(default_factory=list)  # acts told again later, not counted anew

    def at(self, day: date) -> Point | None:
        """The curve as of DAY: the last point on or before it."""
        before = [p for p in self.points if p.day <= day]
        return before[-1] if before else None


def _readings(accounts: list[tuple[int, int, list[Observation]]]) -> list[Reading]:
    """Accounts grouped into readings of one figure, highest first: an account within SAME_READING of a
    reading's highest account joins it."""
    readings: list[Reading] = []
    for low, high, observations in sorted(accounts, key=lambda a: (-a[0], -a[1], a[2][0].key())):
        current = readings[-1] if readings else None
        if current is not None and low >= current.top * (1 - SAME_READING) - 1:
            current.low = min(current.low, low)
            current.high = max(current.high, high)
            current.observations += observations
        else:
            readings.append(Reading(low, high, list(observations), top=low))
    for reading in readings:  # a reviewer's figure is the reading's figure; the machine's others stay the band
        reviewed = [o.low for o in reading.observations if o.reviewed]
        if reviewed:
            reading.low = min(reviewed)
    return readings


def _told(obs: Observation) -> tuple:
    return obs.total, obs.adds_to, obs.low, obs.high


def once_per_story(observations: Iterable[Observation]) -> list[Observation]:
    """The observations with what a story's later documents (in id order) retell left out: a figure
    told as its first documents told it is theirs (another site running the story, on its own day),
    what an edit added is kept. A document's own repeats of a figure are kept up to its number there."""
    out: list[Observation] = []
    by_story: dict[str, dict[str, list[Observation]]] = defaultdict(lambda: defaultdict(list))
    for obs in observations:
        if obs.story is None:
            out.append(obs)
        else:
            by_story[obs.story][obs.doc_id].append(obs)
    for story in sorted(by_story):
        told: dict[tuple, int] = defaultdict(int)  # how often the story's documents so far tell each figure
        for doc_id in sorted(by_story[story]):
            mine: dict[tuple, int] = defaultdict(int)
            for obs in sorted(by_story[story][doc_id], key=Observation.key):
                mine[_told(obs)] += 1
                if mine[_told(obs)] > told[_told(obs)]:
                    out.append(obs)
            for figure, times in mine.items():
                told[figure] = max(told[figure], times)
    return out


def _day_accounts(acts: list[Observation]) -> list[tuple[int, int, list[Observation]]]:
    """Each source's account of one day (a document's, or its story's): its largest act, plus the acts
    it tells as more."""
    by_source: dict[str, list[Observation]] = defaultdict(list)
    for obs in acts:
        by_source[obs.source].append(obs)
    accounts = []
    for source in sorted(by_source):
        told = sorted(by_source[source], key=Observation.key)
        main = [o for o in told if not o.adds_to] or told[:1]
        more = [o for o in told if o.adds_to and o not in main]
        largest = max(main, key=lambda o: (o.low, o.high))
        low = largest.low + sum(o.low for o in more)
        high = max(o.high for o in main) + sum(o.high for o in more)
        accounts.append((low, high, [largest, *more]))
    return accounts


def _disagreement(reading: Reading, what: str) -> list[str]:
    values = reading.values()
    if len(values) < 2:
        return []
    told = "; ".join(f"{value:,} ({', '.join(docs)})" for value, docs in values.items())
    return [f"sources disagree on {what}: {told}"]


def _retold(obs: Observation, counted: list[tuple[date, Reading]]) -> bool:
    """An act or total dated only by its report's day that repeats a figure already counted."""
    if not obs.dated_by_report:
        return False
    return any(0 <= (obs.day - day).days <= RETELLING_DAYS and reading.low <= obs.low <= reading.high
               and day < obs.day for day, reading in counted)


def estimate(observations: Iterable[Observation], cap: int | None = None, past_target: float = PAST_TARGET) -> Curve:
    """The most conservative curve the observations support, with its band, sources and outliers.

    CAP is the most the curve can reach (an exact or "up to" target, a list's length): an observation
    that would take it past CAP by more than the share PAST_TARGET is an outlier."""
    ordered = sorted(once_per_story(observations), key=Observation.key)
    target = cap
    if cap is not None:
        cap = int(cap * (1 + past_target))
    curve = Curve()
    by_day: dict[date, list[Observation]] = defaultdict(list)
    for obs in ordered:
        by_day[obs.day].append(obs)
    counted: list[tuple[date, Reading]] = []
    value = high = 0
    anchor = 0  # the last running total used, its day and its sources
    anchor_day: date | None = None
    anchor_docs: set[str] = set()  # its sources (stories or documents)
    anchor_names: set[str] = set()  # its documents, named in notes
    sources: list[Observation] = []
    for day in sorted(by_day):
        # an act with no day of its own that is as large as everything counted so far is the tally told
        # again ("the Taliban had freed 420", "having freed 1,005"), not one more act on the report's day
        by_day[day] = [replace(o, total=True) if o.dated_by_report and not o.total and value and o.low >= value
                       else o for o in by_day[day]]
        todays = [o for o in by_day[day] if not _retold(o, counted)]
        curve.retellings += [o for o in by_day[day] if o not in todays]
        acts = [o for o in todays if not o.total and o.since is None]
        spans = [o for o in todays if not o.total and o.since is not None]
        totals = [o for o in todays if o.total]
        notes: list[str] = []
        step_low = step_high = 0
        step_sources: list[Observation] = []
        for reading in _readings(_day_accounts(acts)):
            if cap is not None and value + reading.low > cap:
                curve.outliers += [Outlier(o, f"would take the figure past the target of {target:,} "
                                              f"({value:,} + {reading.low:,})")
                                   for o in reading.observations]
                continue
            step_low, step_high, step_sources = reading.low, reading.high, reading.observations
            notes += _disagreement(reading, f"the acts of {day.isoformat()}")
            counted.append((day, reading))
            break  # lower readings of the same day are partial accounts of it
        by_acts, by_acts_high = value + step_low, high + step_high
        for span in spans:  # "200 over two days" after "100 on Wednesday" and "100 on Thursday"
            start = _value_before(curve, span.since)  # type: ignore[arg-type]
            if cap is not None and start + span.low > cap:
                curve.outliers.append(Outlier(span, f"would take the figure past the target of {target:,}"))
            elif start + span.low > by_acts:
                by_acts, by_acts_high = start + span.low, max(by_acts_high, start + span.high)
                step_sources = [*step_sources, span]
        best_total = _usable_total(totals, curve, cap, target, anchor, by_acts)
        if best_total is not None:
            counted.append((day, best_total))
        point_sources = [*sources, *step_sources]
        by_total = False
        if best_total is not None and anchor_day is not None and (day - anchor_day).days <= SAME_TOTAL_DAYS \
                and best_total.low > max(anchor, by_acts) and best_total.low * (1 - SAME_READING) <= anchor \
                and anchor_docs.isdisjoint(o.source for o in best_total.observations):
            notes.append(f"sources disagree on the total: {anchor:,} ({', '.join(sorted(anchor_names))}) and "
                         f"{best_total.low:,} ({', '.join(sorted({o.doc_id for o in best_total.observations}))}) "
                         f"within {SAME_TOTAL_DAYS} days; the lower is the figure")
            high = max(high, best_total.high)
            best_total = None
        if best_total is not None:
            # the total covers the acts told since the last total: they fill the gap and never pass it
            notes += _disagreement(best_total, f"the total on {day.isoformat()}")
            by_total = True
            point_sources = list(best_total.observations)
            value = max(anchor, best_total.low)
            high = max(value, best_total.high)
            anchor, anchor_day = value, day
            anchor_docs = {o.source for o in best_total.observations}
            anchor_names = {o.doc_id for o in best_total.observations}
        else:
            value, high = by_acts, by_acts_high
        if cap is not None:
            high = min(high, cap)
        high = max(high, value)
        if target is not None and value > target:
            notes.append(f"the figure passes the target of {target:,} by {value - target:,}: more than the "
                         f"agreement lists, or sources counting more than were freed")
        if not todays and not notes:
            continue
        sources = point_sources
        curve.points.append(Point(day, value, high, list(sources), notes, by_total))
    _cap_by_later_totals(curve)
    return curve


def _usable_total(totals: list[Observation], curve: Curve, cap: int | None, target: int | None, anchor: int,
                  by_acts: int) -> Reading | None:
    """The highest reading of the day's running totals that can stand; the others that cannot (past the
    target, a fall from the last total, far below the acts already told) go to the curve's outliers."""
    for reading in _readings([(o.low, o.high, [o]) for o in totals]):
        if cap is not None and reading.low > cap:
            reason = f"a total of {reading.low:,} is past the target of {target:,}"
        elif reading.high < anchor * (1 - SAME_READING):
            reason = (f"a total of {reading.high:,} would make the figure fall from {anchor:,}, "
                      f"the total already reported")
        elif reading.high < by_acts * (1 - SAME_READING):
            # far below the acts already told (not a recount of them): a stale or partial figure
            reason = f"a total of {reading.high:,} is far below the {by_acts:,} the acts already told add up to"
        else:
            return reading
        curve.outliers += [Outlier(o, reason) for o in reading.observations]
    return None


def _value_before(curve: Curve, day: date) -> int:
    before = [p for p in curve.points if p.day < day]
    return before[-1].value if before else 0


def _cap_by_later_totals(curve: Curve) -> None:
    """Acts told between two totals never push the figure past the next total."""
    ceiling: int | None = None
    for point in reversed(curve.points):
        if point.by_total:
            ceiling = point.value if ceiling is None else min(ceiling, point.value)
        elif ceiling is not None and point.value > ceiling:
            point.disagreements.append(f"acts add up to {point.value:,}, past the later total of {ceiling:,}: "
                                       f"the total is used")
            point.value = ceiling
            point.high = max(point.high, point.value)
