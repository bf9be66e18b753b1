"""Time expressions, resolved against the publication date.

Own rules where news English is regular and dateparser is not right (weekdays in past-tense
reports, "last Wednesday and Thursday", "a week earlier", "late 2001"); dateparser for absolute
dates ("Feb. 29", "29 February 2020"), anchored on the publication day (or the dateline's day, when
the report was filed a day or two before it was published). A time without its year ("Jan. 2", "in
March", "Tuesday") is the nearest one in the direction the verb points (extract/tense.py). A year or a
month alone counts only where the parse reads it as a date ("the 1988 period", "the October vote"),
not as a number. A part of a unit ("late November", "a year ago") is given as the unit, as TimeML
does: the unit is what the text commits to. Each value records the rule that produced it, so the
rules can be measured apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from accordwatch.extract.context import Context
from accordwatch.extract.tense import Tense, tense_of, time_words
from accordwatch.ingest.published import YEAR, dated_by, datelines_in
from accordwatch.model import DateValue, TimeExpr

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_ABS = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{{2}})?"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?:19|20)\d{{2}})?)")
NUMBERS: dict[str, int] = time_words()["numbers"]
_NUM = r"(?:" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r"|\d{1,3})"
_DAY_PART = r"(?:\s+(?:" + "|".join(time_words()["day_parts"]) + r"))?"
# a month name standing alone: full names, or abbreviations with their full stop ("May" and "March"
# are also words, so a lone month counts only where the parse reads a date)
_MONTH_ALONE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                r"(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)")
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("weekday_pair", re.compile(
        rf"\b(?:(?P<rel>last|this|next|on)\s+)?(?P<wd1>{_WD})\s+and\s+(?P<wd2>{_WD})\b", re.I)),
    ("relative_day_date", re.compile(
        rf"\b(?P<word>yesterday|today|tomorrow)\s*,\s*(?:{_WD}\s*,?\s*)?(?P<abs>{_ABS})", re.I)),
    ("weekday_date", re.compile(rf"\b(?:(?:last|this|next|on)\s+)?{_WD}\s*,?\s+(?P<abs>{_ABS})", re.I)),
    ("absolute", re.compile(rf"\b{_ABS}(?!\d)", re.I)),
    ("month_year", re.compile(
        rf"\b(?:(?P<part>early|mid|late|end\s+of|beginning\s+of)[\s-]+)?(?P<month>{_MONTH}),?\s+"
        rf"(?P<year>(?:19|20)\d{{2}})\b", re.I)),
    ("part_year", re.compile(
        r"\b(?P<part>early|mid|late|end\s+of|beginning\s+of)[\s-]+(?P<year>(?:19|20)\d{2})\b", re.I)),
    ("year", re.compile(
        r"\b(?:in|since|of|from|until|by|during)\s+(?P<year>(?:19|20)\d{2})\b(?![-/]\d)", re.I)),
    ("part_month", re.compile(
        rf"\b(?P<part>early|mid|late|end\s+of|beginning\s+of)[\s-]+(?P<month>{_MONTH})(?!\s+\d)", re.I)),
    ("relative_day", re.compile(
        r"\b(?:(?:later|earlier)\s+)?(?P<word>yesterday|today|tonight|tomorrow)" + _DAY_PART + r"\b", re.I)),
    # a night is dated by the day it began: "last night" in a morning report is yesterday's
    ("night", re.compile(
        rf"\b(?:(?:last|past)\s+night|overnight|(?:over\s+)?the\s+(?:past|last)\s+(?P<n>{_NUM})\s+nights)\b",
        re.I)),
    ("weekday", re.compile(
        rf"\b(?:(?P<rel>last|this|next|on|a|on\s+the\s+evening\s+of|late\s+on)\s+)?(?P<wd>{_WD})(?:'s)?"
        + _DAY_PART + r"\b", re.I)),
    ("relative_unit", re.compile(
        r"\b(?P<rel>last|this|next|past|previous|earlier\s+this|later\s+this)\s+(?P<unit>week|month|year)\b",
        re.I)),
    ("offset", re.compile(
        rf"\b(?P<n>{_NUM}|few|several)\s+(?P<unit>days?|weeks?|months?|years?)\s+"
        rf"(?P<dir>ago|earlier|later)\b(?!\s+than)", re.I)),
    ("bare_month", re.compile(
        rf"\b(?:in|since|until|by|during|of|from|early|late)\s+(?P<month>{_MONTH})(?!\s*\d)\b", re.I)),
    ("month_rel", re.compile(rf"\b(?P<rel>last|this|next|this\s+past|this\s+coming)\s+(?P<month>{_MONTH_ALONE})"
                             r"(?!\s*\d)", re.I)),
    ("spelled_year", re.compile(
        rf"\b(?:(?:nineteen|twenty)[\s-]+(?:{_TENS}(?:[\s-]+{_UNITS})?|{_TEENS}|oh[\s-]+{_UNITS})"
        rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_UNITS}|{_TEENS}))?)\b", re.I)),
    # the parse decides these two: "the 1988 period" and "for October" are dates, "1999 troops" is not
    ("bare_year", re.compile(r"(?<![$\d.,])(?P<year>(?:19|20)\d{2})(?![-/]\d|,\d|\d|%)")),
    ("month_alone", re.compile(rf"\b(?P<month>{_MONTH_ALONE})(?!\s*\d)")),
]
# rules that count only over words the statistical model tagged as a date
PARSE_GATED = {"bare_year", "month_alone", "spelled_year"}
NOUN_MODIFIER = {"compound", "nummod", "amod", "nmod", "poss"}


def _weekday_on_or_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _weekday(anchor: date, weekday: int, rel: str, future: bool) -> date:
    rel = rel.lower()
    if rel == "next" or (future and rel != "last"):
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if rel == "last":
        return anchor - timedelta(days=(anchor.weekday() - weekday) % 7 or 7)
    return _weekday_on_or_before(anchor, weekday)


_YEAR_PART = r"(?:,?\s+(?P<year>\d{4}))?$"
_DAY_FIRST = re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})" + _YEAR_PART, re.I)
_MONTH_FIRST = re.compile(rf"^(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?" + _YEAR_PART, re.I)


def pick_year(anchor: date, days_in: Callable[[int], tuple[date, date]], tense: Tense | None) -> int:
    """The year of a date written without one: the nearest occurrence in the direction the verb points
    (a past act on or before the anchor, a coming one on or after it; told in the present, the nearest,
    a day ahead weighing as two behind). TENSE None keeps the anchor's year (an anchor that is only a
    year, for a report with no publication day)."""
    if tense is None:
        return anchor.year
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append((year, *days_in(year)))
        except ValueError:  # 29 February
            continue
    if tense == "past":
        behind = [c for c in candidates if c[1] <= anchor]
        if behind:
            return max(behind)[0]
    if tense == "future":
        ahead = [c for c in candidates if c[2] >= anchor]
        if ahead:
            return min(ahead)[0]
    if not candidates:
        return anchor.year  # no such day in any year: the caller finds it invalid

    def distance(c: tuple[int, date, date]) -> int:
        if c[1] > anchor:
            return 2 * (c[1] - anchor).days
        return max(0, (anchor - c[2]).days)
    return min(candidates, key=distance)[0]


def _own_absolute(text: str, anchor: date | None, tense: Tense | None) -> date | bool | None:
    """The common news forms ("10 March 2020", "Feb. 29", "April 07") by rule; False when not one."""
    match = _DAY_FIRST.match(text.strip()) or _MONTH_FIRST.match(text.strip())
    if match is None:
        return False
    month = _month_number(match.group("month"))
    day = int(match.group("day"))
    if match.group("year"):
        year = int(match.group("year"))
    elif anchor is not None:
        year = pick_year(anchor, lambda y: (date(y, month, day),) * 2, tense)  # type: ignore[return-value]
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_absolute(text: str, anchor: date | None, tense: Tense | None = "present") -> date | None:
    """An absolute date; a missing year is picked by `pick_year`. Own rules for the regular forms,
    dateparser for the rest."""
    own = _own_absolute(text, anchor, tense)
    if own is not False:
        return own  # type: ignore[return-value]
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"], "DATE_ORDER": "MDY"}
    if anchor is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text).replace(" of ", " ")
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return None
    value = parsed.date()
    if anchor is not None and not re.search(r"(19|20)\d{2}", text) and value > anchor + timedelta(days=60):
        value = value.replace(year=value.year - 1)
    return value


def _month_number(name: str) -> int:
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(
        name.lower()[:3]) + 1


def _part_range(year: int, first_month: int, last_month: int, part: str | None) -> DateValue:
    """A month or a year, with or without its part: "late November" is November (TimeML gives the part
    as a modifier of the unit, and a report's "early" or "end of" is loose)."""
    if first_month == last_month:
        return DateValue.month(year, first_month)
    return DateValue(DateValue.month(year, first_month).first, DateValue.month(year, last_month).last, "range") \
        if (first_month, last_month) != (1, 12) else DateValue.year(year)


def _month_in_year(anchor: date, month: int, tense: Tense | None) -> DateValue:
    year = pick_year(anchor, lambda y: (DateValue.month(y, month).first, DateValue.month(y, month).last), tense)
    return DateValue.month(year, month)


def _month_rel(anchor: date, month: int, rel: str) -> DateValue:
    """ "last May": the latest May before this month; "next May" the first after; "this May" this year's."""
    rel = " ".join(rel.lower().split())
    if rel in {"last", "this past"}:
        return DateValue.month(anchor.year if month < anchor.month else anchor.year - 1, month)
    if rel in {"next", "this coming"}:
        return DateValue.month(anchor.year if month > anchor.month else anchor.year + 1, month)
    return DateValue.month(anchor.year, month)


def spelled_year(text: str) -> int | None:
    """A year read aloud: "nineteen ninety-six", "two thousand and one", "nineteen oh five"."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(NUMBERS.get(w, 0) for w in words[2:])
    if words[0] not in {"nineteen", "twenty"} or len(words) < 2:
        return None
    rest = [w for w in words[1:] if w != "oh"]
    return NUMBERS[words[0]] * 100 + sum(NUMBERS.get(w, 0) for w in rest)


ABSOLUTE_RULES = {"absolute", "weekday_date", "relative_day_date"}


def resolve(rule: str, match: re.Match[str], anchor: date | None, tense: Tense | None,
            last_day: date | None) -> DateValue | None:
    """The value of one matched expression; None when it cannot be known (no publication date).
    TENSE None: the anchor is only the latest year the report names."""
    g = match.groupdict()
    future = tense == "future"
    if rule in ABSOLUTE_RULES:
        value = parse_absolute(g.get("abs") or match.group(0), anchor, tense)
        return DateValue.day(value) if value else None
    if rule == "spelled_year":
        year = spelled_year(match.group(0))
        return DateValue.year(year) if year else None
    if rule == "month_year":
        year, month = int(g["year"]), _month_number(g["month"])
        if g.get("part"):
            return _part_range(year, month, month, g["part"])
        return DateValue.month(year, month)
    if rule == "part_year":
        return _part_range(int(g["year"]), 1, 12, g["part"])
    if rule in {"year", "bare_year"}:
        return DateValue.year(int(g["year"]))
    if anchor is None:
        return None
    if rule == "weekday_pair":
        rel = g.get("rel") or "on"
        first = _weekday(anchor, WEEKDAYS.index(g["wd1"].lower()), rel, future)
        second = _weekday(anchor, WEEKDAYS.index(g["wd2"].lower()), rel, future)
        return DateValue.between(first, second)
    if rule == "relative_day":
        word = g["word"].lower()
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
        return DateValue.day(anchor + timedelta(days=offset))
    if rule == "night":
        if future:
            return DateValue.day(anchor)
        nights = NUMBERS.get(g["n"].lower(), 0) if g.get("n") and not g["n"].isdigit() else int(g.get("n") or 1)
        return (DateValue.day(anchor - timedelta(days=1)) if nights <= 1
                else DateValue.between(anchor - timedelta(days=nights), anchor - timedelta(days=1)))
    if rule == "weekday":
        return DateValue.day(_weekday(anchor, WEEKDAYS.index(g["wd"].lower()), g.get("rel") or "on", future))
    if rule in {"part_month", "bare_month", "month_alone"}:
        return _month_in_year(anchor, _month_number(g["month"]), tense)
    if rule == "month_rel":
        return _month_rel(anchor, _month_number(g["month"]), g["rel"])
    if rule == "relative_unit":
        return _relative_unit(anchor, g["rel"].lower(), g["unit"].lower())
    if rule == "offset":
        return _offset(anchor, last_day, g["n"].lower(), g["unit"].lower(), g["dir"].lower())
    return None


def _relative_unit(anchor: date, rel: str, unit: str) -> DateValue:
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "earlier this": 0, "later this": 0, "next": 1}[rel]
    if unit == "week":
        if step == -1 and anchor.weekday() >= 5:
            # read on a weekend, "last week" is the working week just ended
            monday = anchor - timedelta(days=anchor.weekday())
            return DateValue.between(monday, monday + timedelta(days=4))
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        # "this week" is the whole week (what is done and what is to come); "earlier this" ends today
        return DateValue.between(monday, anchor if rel == "earlier this" else monday + timedelta(days=6))
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + step
        value = DateValue.month(month_index // 12, month_index % 12 + 1)
        if rel == "earlier this":
            return DateValue.between(value.first, anchor)
        return value
    return DateValue.year(anchor.year + step)


def _offset(anchor: date, last_day: date | None, n: str, unit: str, direction: str) -> DateValue:
    count = NUMBERS.get(n, 3 if n in {"few", "several"} else int(n) if n.isdigit() else 1)
    days = count * {"day": 1, "week": 7, "month": 30, "year": 365}[unit.rstrip("s")]
    # "ago" counts from the publication day; "earlier"/"later" from the last date the text gave
    base = anchor if direction == "ago" else (last_day or anchor)
    sign = 1 if direction == "later" else -1
    if n not in {"few", "several"} and unit.startswith(("year", "month")):
        # "two years ago" is a year, "five months ago" a month: the unit the text counts in
        if unit.startswith("year"):
            return DateValue.year(base.year + sign * count)
        month_index = base.year * 12 + base.month - 1 + sign * count
        return DateValue.month(month_index // 12, month_index % 12 + 1)
    centre = base + timedelta(days=sign * days)
    if unit.startswith("day") and n not in {"few", "several"}:
        return DateValue.day(centre)
    slack = max(2, days * 3 // 7)  # "a week earlier" is a window, not a day
    first, last = centre - timedelta(days=slack), centre + timedelta(days=slack)
    if sign < 0:
        last = min(last, base - timedelta(days=1))
    return DateValue.between(first, last)


def find_times(text: str, accept: Callable[[str, int, int], bool] | None = None
               ) -> Iterator[tuple[str, re.Match[str]]]:
    """Non-overlapping matches, earlier patterns (more specific) first; ACCEPT(rule, start, end) may
    turn a match down (the parse-gated rules)."""
    taken: list[tuple[int, int]] = []
    found = []
    for rule, pattern in PATTERNS:
        for match in pattern.finditer(text):
            a, b = match.span()
            if any(a < y and x < b for x, y in taken):
                continue
            if accept is not None and not accept(rule, a, b):
                continue
            taken.append((a, b))
            found.append((a, rule, match))
    for _, rule, match in sorted(found, key=lambda f: f[0]):
        yield rule, match


def _trim(match: re.Match[str], rule: str) -> tuple[int, int]:
    """Offsets of the expression itself (without a leading 'in'/'on' that the pattern needed)."""
    start, end = match.span()
    if rule in {"year", "bare_month"}:
        start = match.start("year" if rule == "year" else "month")
        if rule == "bare_month" and re.match(r"(early|late)\s", match.group(0), re.I):
            start = match.start()
    if _FULL_MONTH_STOP.search(match.group(0)):
        end -= 1  # "in mid-November." : the full stop ends the sentence, not an abbreviation
    return start, end


_FULL_MONTH_STOP = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                              r"November|December)\.$", re.I)


RELATIVE_RULES = {"relative_day", "night", "weekday", "weekday_pair", "relative_unit", "offset", "part_month",
                  "bare_month", "month_alone", "month_rel"}
QUOTED = re.compile(r"[\"“]([^\"“”\n]{2,800})[\"”]")


def _year_anchor(text: str) -> date | None:
    """With no publication day, a date written without its year ("July 16") is in the latest year
    the report names (a release number "2010-07-CA-129", a "2010" in the text), as with datelines;
    relative days stay unknown."""
    years = [int(y) for y in YEAR.findall(text)]
    return date(max(years), 12, 31) if years else None


def _dateline(text: str, published: date | None) -> tuple[date, int, int] | None:
    """The dateline's day and offsets ("BRUSSELS, February 9 (Xinhua) --"), its year the publication's."""
    found = datelines_in(text[:600])
    if not found or published is None:
        return None
    match = found[0]
    group = dated_by(match)
    value = parse_absolute(match.group(group), published, "past")
    return (value, match.start(group), match.end(group)) if value else None


def _accept(context: Context, offset: int) -> Callable[[str, int, int], bool]:
    def accept(rule: str, a: int, b: int) -> bool:
        if rule not in PARSE_GATED:
            return True
        span = context.doc.char_span(offset + a, offset + b, alignment_mode="expand")
        return span is not None and all(token.ent_type_ == "DATE" for token in span)
    return accept


def extract_times(context: Context) -> list[TimeExpr]:
    published = context.document.published
    text = context.document.text
    dateline = _dateline(text, published)
    anchor = published
    times: list[TimeExpr] = []
    if dateline is not None:
        day, start, end = dateline
        if published is not None and 0 <= (published - day).days <= 3:
            anchor = day  # filed a day or two before it was published: "yesterday" is the filing day's
        if not context.is_news(start, start + 1):  # the dateline line is not read as a sentence
            times.append(TimeExpr(context.document.id, start, end, text[start:end], DateValue.day(day), "dateline"))
    year_anchor = anchor or _year_anchor(text)
    quotes = [m.span(1) for m in QUOTED.finditer(text)]
    last_day: date | None = None
    for sentence in context.news_sentences():
        for rule, match in find_times(context.text_of(sentence), _accept(context, sentence.start_char)):
            a, b = _trim(match, rule)
            start, end = sentence.start_char + a, sentence.start_char + b
            tense = tense_of(context.doc, start, end) if anchor is not None else None
            value = resolve(rule, match, year_anchor if rule in ABSOLUTE_RULES else anchor, tense, last_day)
            in_quote = any(a <= start < b for a, b in quotes)
            in_dateline = dateline is not None and dateline[1] <= start < dateline[2]
            expr = TimeExpr(context.document.id, start, end, text[start:end], value,
                            "dateline" if in_dateline else rule, in_quote=in_quote and rule in RELATIVE_RULES)
            times.append(expr)
            if in_dateline:
                continue  # the report's own day, not a day the text gives its acts: they stay dated by it
            if value is not None and value.granularity == "day" and anchor is not None \
                    and abs((anchor - value.first).days) <= 31:
                last_day = value.first  # background dates ("signed on 29 February") anchor nothing
            span = context.doc.char_span(start, end, alignment_mode="expand")
            if span is None or (rule in PARSE_GATED and span.root.dep_ in NOUN_MODIFIER):
                continue  # "the 2012 bombings", "the October vote": a name for a past act, not this one's day
            for token in span:
                context.token_time[token.i] = expr
    context.times = times
    # the same expression with the same value, told again, is one time fact (every occurrence still
    # dates the events around it through token_time)
    distinct: dict[tuple[str, str], TimeExpr] = {}
    for expr in times:
        distinct.setdefault((expr.text.lower(), str(expr.value)), expr)
    return list(distinct.values())
