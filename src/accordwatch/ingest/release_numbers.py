"""A day for a numbered release that states none, read off the numbering of its series.

Press offices number their releases in order through the month ("2011-07-S-039": year, month,
series, the 39th of the month). A release whose dateline lost its day still has its place in that
order, so its day lies between the days of its dated neighbours in the same series: the estimate
is interpolated between them (the month's first day standing for number 0) and kept apart from a
stated day (published_from "numbering", with a warning), so a reader can tell the two.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from accordwatch.model import Document

RELEASE_NUMBER = re.compile(r"(?<![\w-])(?P<year>(?:19|20)\d{2})-(?P<month>0[1-9]|1[0-2])-"
                            r"(?P<series>[A-Z]{1,4})-(?P<number>\d{1,4})(?![\w-])")
HEAD = 600  # a release number stands in the header of the release


@dataclass(frozen=True, slots=True)
class ReleaseNumber:
    year: int
    month: int
    series: str
    number: int

    @property
    def key(self) -> tuple[int, int, str]:
        return self.year, self.month, self.series


def release_number(title: str | None, text: str) -> ReleaseNumber | None:
    """The release number in the title or the head of the text, if any."""
    for where in (title or "", text[:HEAD]):
        match = RELEASE_NUMBER.search(where)
        if match:
            return ReleaseNumber(int(match["year"]), int(match["month"]), match["series"], int(match["number"]))
    return None


def estimate_day(number: ReleaseNumber, dated: Iterable[tuple[ReleaseNumber, date]]) -> date | None:
    """The day of release NUMBER from dated releases of its series and month (those dated in that
    month: a late release can carry the month before); None with no dated neighbour to count from."""
    first = date(number.year, number.month, 1)
    last = date(number.year, number.month, calendar.monthrange(number.year, number.month)[1])
    points = sorted({(n.number, day.toordinal()) for n, day in dated
                     if n.key == number.key and first <= day <= last})
    if not points:
        return None
    points = [(0, first.toordinal()), *points]
    below = [p for p in points if p[0] <= number.number]
    above = [p for p in points if p[0] >= number.number]
    if above:
        low, high = below[-1], above[0]
    else:  # after the last dated one: carry on at the pace of the last two
        low, high = points[-2], points[-1]
    if high[0] == low[0]:
        value = float(low[1])
    else:
        value = low[1] + (high[1] - low[1]) * (number.number - low[0]) / (high[0] - low[0])
    return date.fromordinal(min(last.toordinal(), max(first.toordinal(), round(value))))


def date_by_numbering(documents: list[Document], others: Iterable[Document] = ()) -> None:
    """Give each undated numbered release among DOCUMENTS the day its numbering points to, counted
    from the dated numbered releases among DOCUMENTS and OTHERS (those stored before)."""
    undated = [(d, n) for d in documents if d.published is None
               and (n := release_number(d.title, d.text)) is not None]
    if not undated:
        return
    dated = [(n, d.published) for d in [*documents, *others] if d.published is not None
             and d.published_from != "numbering" and (n := release_number(d.title, d.text)) is not None]
    for document, number in undated:
        day = estimate_day(number, dated)
        if day is None:
            continue
        document.published = day
        document.published_from = "numbering"
        document.warnings = [w for w in document.warnings if not w.startswith("publication date unknown")]
        document.warnings.append(f"publication day estimated as {day.isoformat()} from the release numbering"
                                 " of its series; relative dates count from it")
