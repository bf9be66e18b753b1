"""The publication date of a document: from metadata, else a dateline, else a page header.

Relative dates in a report ("last Friday") are resolved against this day, so where it comes from is
kept with it, and an unknown date is flagged rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime

MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}
MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# ("Nov. 1. 2011": a full stop typed for the comma)
MONTH_DAY_YEAR = re.compile(MONTH + r"\s+(?P<day>\d{1,2})[,.]?(?:\s+(?P<year>(?:19|20)\d{2}))?\b")
DAY_MONTH_YEAR = re.compile(r"(?<!\d)(?P<day>\d{1,2})\s+" + MONTH + r",?(?:\s+(?P<year>(?:19|20)\d{2}))?\b")
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b")
# A dateline: an upper-case place, a comma, then a date in brackets or a date closed by an agency
# or a dash ("KABUL, Afghanistan (Jan. 25, 2013)", "KABUL, April 12 (AFP) -"); an acronym followed
# by a date in running text ("UNAMA, the UN mission, said on March 3") is not one.
_MONTH_NAME = MONTH.replace("(?P<month>", "(?:")
_DATE = r"(?:" + _MONTH_NAME + r"\s+\d{1,2}(?:[,.]?\s*\d{4})?|\d{1,2}\s+" + _MONTH_NAME + r"(?:,?\s+\d{4})?)"
DATELINE = re.compile(
    r"(?P<place>\b[A-Z]{3,}(?:[ -][A-Z]{2,})*),[^\n()]{0,40}?"
    r"(?:\((?P<inside>" + _DATE + r")\)|(?P<closed>" + _DATE + r")\s*(?:\([A-Za-z ]{2,20}\)|[-\u2013\u2014:]))"
)
# or as agencies of South Asia write it, at the start of a line: a place in title case, its day, then the
# agency or a colon or a dash ("New Delhi, Mar 4 (PTI) Police...", "Srinagar, March 4: ...")
AGENCY_DATELINE = re.compile(
    r"^[ \t]*(?!(?:Mr|Mrs|Ms|Dr|Sir|Dear)\b)(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}), "
    r"(?P<closed>" + _DATE + r")\s*(?:\([A-Za-z ]{2,20}\)|[-\u2013\u2014:])", re.MULTILINE)
# a dateline that runs into the first sentence, of either form, to its lead's first character: "HERAT,
# Afghanistan (May 3) - Police arrested...", "New Delhi, Mar 4 (PTI) Police arrested..."
INLINE_DATELINE = re.compile(
    r"\b[A-Z]{3,}(?:[ -][A-Z]{2,})*,[^()\n]{0,40}\([^()\n]{2,40}\)\s*[-\u2013\u2014:]*\s*"
    r"|" + AGENCY_DATELINE.pattern + r"\s*[-\u2013\u2014:]?\s*"
    # (or a place in capitals and its agency alone, at a line's start, closed by a dash: "KABUL (Reuters) - ";
    # not "UN (United Nations) officials" in running text)
    r"|^[ \t]*[A-Z]{3,}(?:[ -][A-Z]{2,})*[ \t]*\([A-Za-z .&]{2,30}\)[ \t]*[-\u2013\u2014:]+[ \t]*", re.MULTILINE)
INLINE_DATELINE_HEAD = 1000  # characters of a text its inline datelines are looked for in
YEAR = re.compile(r"\b(19[5-9]\d|20\d{2})\b")


def inline_datelines(text: str) -> list[re.Match[str]]:
    """The datelines that run into the sentence after them in the head of TEXT (INLINE_DATELINE)."""
    return list(INLINE_DATELINE.finditer(text[:INLINE_DATELINE_HEAD]))


def datelines_in(head: str) -> list[re.Match[str]]:
    """The datelines of HEAD (the first lines of a text), of either form, in the order they stand; the
    date of each in its group "inside" (in brackets) or "closed" (closed by an agency or a dash)."""
    return sorted([*DATELINE.finditer(head), *AGENCY_DATELINE.finditer(head)], key=lambda m: m.start())


def dated_by(match: re.Match[str]) -> str:
    """The group of a dateline MATCH (datelines_in) that holds its date."""
    return "inside" if match.groupdict().get("inside") else "closed"


def parse_date_text(value: str) -> date | None:
    """A full calendar date in any common form, or None (month-day without a year is not full)."""
    value = value.strip()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    for pattern in (MONTH_DAY_YEAR, DAY_MONTH_YEAR):
        match = pattern.search(value)
        if match and match.group("year"):
            return _make(match.group("year"), match.group("month"), match.group("day"))
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _make(year: str, month: str, day: str) -> date | None:
    number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip(".")[:4].rstrip("t"), 0)
    if not number:
        number = MONTHS.get(month.lower().rstrip("."), 0)
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


# A headline led by its day, as press offices date their releases ("Dec. 17: Militants Detained")
DATED_HEADLINE = re.compile(r"^\s*(?P<inside>" + _DATE + r")\s*:")


def find_dateline(text: str, year_source: str | None = None) -> tuple[date, int, int, bool] | None:
    """The dateline's date in the first lines of TEXT: (date, start, end, year_was_inferred).
    A dateline without a year takes the latest year named in YEAR_SOURCE (default: TEXT)."""
    head = text[:600]
    for match in datelines_in(head):
        value = _dateline_value(match.group(dated_by(match)), year_source or text)
        if value is not None:
            return value[0], match.start("place"), match.end(), value[1]
    return None


def _dateline_value(inside: str, year_source: str) -> tuple[date, bool] | None:
    found = MONTH_DAY_YEAR.search(inside) or DAY_MONTH_YEAR.search(inside)
    if not found:
        return None
    year = found.group("year")
    inferred = year is None
    if inferred:
        years = [int(y) for y in YEAR.findall(year_source)]
        if not years:
            return None
        year = str(max(years))
    value = _make(year, found.group("month"), found.group("day"))
    return None if value is None else (value, inferred)


def title_date(title: str, text: str) -> tuple[date, bool] | None:
    """The day a title gives: a dateline standing in it, or a headline led by its day; a missing
    year comes from the title or the text (a release number such as "2010-04-CA-067")."""
    found = find_dateline(title, year_source=title + "\n" + text)
    if found:
        return found[0], found[3]
    match = DATED_HEADLINE.match(title)
    return _dateline_value(match.group("inside"), title + "\n" + text) if match else None


def find_header_date(text: str) -> date | None:
    """A full date standing in the page header (the first three non-blank lines)."""
    lines = [line for line in text.splitlines() if line.strip()][:3]
    for line in lines:
        if len(line.split()) <= 8:
            value = parse_date_text(line) or _first_full_date(line)
            if value:
                return value
    return None


def _first_full_date(line: str) -> date | None:
    for pattern in (MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO_DATE):
        for match in pattern.finditer(line):
            if match.group("year"):
                value = _make(match.group("year"), match.group("month"), match.group("day"))
                if value:
                    return value
    return None


def publication_date(metadata_value: str | None, text: str,
                     title: str | None = None) -> tuple[date | None, str | None, list[str]]:
    """(date, where it came from, warnings). Metadata wins; a contradicting dateline is reported;
    then the text's dateline, the title's date, the page header."""
    warnings: list[str] = []
    dateline = find_dateline(text)
    if metadata_value:
        value = parse_date_text(metadata_value)
        if value is None:
            warnings.append(f"metadata 'published' {metadata_value!r} is not a date; ignored")
        else:
            if dateline and dateline[0] != value and not dateline[3]:
                warnings.append(f"dateline says {dateline[0].isoformat()} but metadata says {value.isoformat()}")
            return value, "metadata", warnings
    if dateline:
        if dateline[3]:
            warnings.append("dateline has no year; year taken from the latest year named in the text")
        return dateline[0], "dateline", warnings
    titled = title_date(title, text) if title else None
    if titled:
        if titled[1]:
            warnings.append("title date has no year; year taken from the latest year named in the title or text")
        return titled[0], "title", warnings
    header = find_header_date(text)
    if header:
        return header, "header", warnings
    warnings.append("publication date unknown: relative dates cannot be resolved")
    return None, None, warnings
