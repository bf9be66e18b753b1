"""Time expressions, resolved against the publication date.

Own rules where news English is regular and dateparser is not right (weekdays in past-tense
reports, "last Wednesday and Thursday", "a week earlier", "late 2001"); dateparser for absolute
dates ("Feb. 29", "29 February 2020"), anchored on the publication day. A vague time is a range.
Each value records the rule that produced it, so the rules can be measured apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from accordwatch.extract.context import Context
from accordwatch.ingest.published import YEAR
from accordwatch.model import DateValue, TimeExpr

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_ABS = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{{2}})?"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?:19|20)\d{{2}})?)")
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("weekday_pair", re.compile(
        rf"\b(?:(?P<rel>last|this|next|on)\s+)?(?P<wd1>{_WD})\s+and\s+(?P<wd2>{_WD})\b", re.I)),
    ("relative_day_date", re.compile(
        rf"\b(?P<word>yesterday|today|tomorrow)\s*,\s*(?:{_WD}\s*,?\s*)?(?P<abs>{_ABS})", re.I)),
    ("weekday_date", re.compile(rf"\b(?:(?:last|this|next|on)\s+)?{_WD}\s*,?\s+(?P<abs>{_ABS})", re.I)),
    ("absolute", re.compile(rf"\b{_ABS}(?!\d)", re.I)),
    ("month_year", re.compile(
        rf"\b(?:(?P<part>early|mid|late|end\s+of|beginning\s+of)[\s-]+)?(?P<month>{_MONTH})\s+"
        rf"(?P<year>(?:19|20)\d{{2}})\b", re.I)),
    ("part_year", re.compile(
        r"\b(?P<part>early|mid|late|end\s+of|beginning\s+of)[\s-]+(?P<year>(?:19|20)\d{2})\b", re.I)),
    ("year", re.compile(
        r"\b(?:in|since|of|from|until|by|during)\s+(?P<year>(?:19|20)\d{2})\b(?![-/]\d)", re.I)),
    ("part_month", re.compile(
        rf"\b(?P<part>early|mid|late|end\s+of|beginning\s+of)[\s-]+(?P<month>{_MONTH})(?!\s+\d)", re.I)),
    ("relative_day", re.compile(r"\b(?P<word>yesterday|today|tonight|tomorrow)\b", re.I)),
    # a night is dated by the day it began: "last night" in a morning report is yesterday's
    ("night", re.compile(
        rf"\b(?:(?:last|past)\s+night|overnight|(?:over\s+)?the\s+(?:past|last)\s+(?P<n>{_NUM})\s+nights)\b",
        re.I)),
    ("weekday", re.compile(
        rf"\b(?:(?P<rel>last|this|next|on|a|on\s+the\s+evening\s+of|late\s+on)\s+)?(?P<wd>{_WD})(?:'s)?\b",
        re.I)),
    ("relative_unit", re.compile(
        r"\b(?P<rel>last|this|next|past|previous|earlier\s+this|later\s+this)\s+(?P<unit>week|month|year)\b",
        re.I)),
    ("offset", re.compile(
        rf"\b(?P<n>{_NUM}|few|several)\s+(?P<unit>days?|weeks?|months?|years?)\s+"
        rf"(?P<dir>ago|earlier|later)\b(?!\s+than)", re.I)),
    ("bare_month", re.compile(
        rf"\b(?:in|since|until|by|during|of|from|early|late)\s+(?P<month>{_MONTH})(?!\s*\d)\b", re.I)),
]


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


def _own_absolute(text: str, anchor: date | None) -> date | bool | None:
    """The common news forms ("10 March 2020", "Feb. 29", "April 07") by rule; False when not one."""
    match = _DAY_FIRST.match(text.strip()) or _MONTH_FIRST.match(text.strip())
    if match is None:
        return False
    month = _month_number(match.group("month"))
    day = int(match.group("day"))
    if match.group("year"):
        year = int(match.group("year"))
    elif anchor is not None:
        year = anchor.year
        try:
            if date(year, month, day) > anchor + timedelta(days=60):
                year -= 1  # "December 28" read in early January is last year's
        except ValueError:
            return None
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_absolute(text: str, anchor: date | None) -> date | None:
    """An absolute date; a missing year is the anchor's (or the one before, for a date well after it).
    Own rules for the regular forms, dateparser for the rest."""
    own = _own_absolute(text, anchor)
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
    whole = DateValue(DateValue.month(year, first_month).first, DateValue.month(year, last_month).last, "range")
    if not part:
        return whole
    span_days = (whole.last - whole.first).days
    part = part.lower()
    if part in {"early", "beginning of"}:
        return DateValue.between(whole.first, whole.first + timedelta(days=span_days // 3))
    if part == "mid":
        return DateValue.between(whole.first + timedelta(days=span_days // 3),
                                 whole.first + timedelta(days=2 * span_days // 3))
    return DateValue.between(whole.first + timedelta(days=2 * span_days // 3), whole.last)


ABSOLUTE_RULES = {"absolute", "weekday_date", "relative_day_date"}


def resolve(rule: str, match: re.Match[str], anchor: date | None, future: bool,
            last_day: date | None) -> DateValue | None:
    """The value of one matched expression; None when it cannot be known (no publication date)."""
    g = match.groupdict()
    if rule in ABSOLUTE_RULES:
        value = parse_absolute(g.get("abs") or match.group(0), anchor)
        return DateValue.day(value) if value else None
    if rule == "month_year":
        year, month = int(g["year"]), _month_number(g["month"])
        if g.get("part"):
            return _part_range(year, month, month, g["part"])
        return DateValue.month(year, month)
    if rule == "part_year":
        return _part_range(int(g["year"]), 1, 12, g["part"])
    if rule == "year":
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
    if rule == "part_month" or rule == "bare_month":
        month = _month_number(g["month"])
        year = anchor.year if month <= anchor.month + 1 else anchor.year - 1
        return _part_range(year, month, month, g.get("part"))
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
        last = monday + timedelta(days=6)
        if rel == "earlier this":
            last = anchor
        return DateValue.between(monday, min(last, anchor) if step <= 0 else last)
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
    centre = base + timedelta(days=sign * days)
    if unit.startswith("day") and n not in {"few", "several"}:
        return DateValue.day(centre)
    slack = max(2, days * 3 // 7)  # "a week earlier" is a window, not a day
    first, last = centre - timedelta(days=slack), centre + timedelta(days=slack)
    if sign < 0:
        last = min(last, base - timedelta(days=1))
    return DateValue.between(first, last)


FUTURE_AUX = {"will", "shall", "'ll", "wo"}


def _future(context: Context, start: int, end: int) -> bool:
    """Whether the verb a time expression hangs on speaks of the future ("will meet on Monday"), not
    the whole sentence: "freed 100 on Wednesday, and officials say more will follow" is past."""
    span = context.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if span.text.lower().startswith("next"):
        return True
    for node in span.root.ancestors:
        if node.pos_ in {"VERB", "AUX"}:
            aux = {c.lower_ for c in node.children if c.dep_ == "aux"}
            return bool(aux & FUTURE_AUX) or ("to" in aux and node.head.lemma_.lower() in
                                               {"plan", "schedule", "due", "expect", "set", "go"})
    return False


def find_times(text: str, offset: int = 0) -> Iterator[tuple[str, re.Match[str]]]:
    """Non-overlapping matches, earlier patterns (more specific) first."""
    taken: list[tuple[int, int]] = []
    found = []
    for rule, pattern in PATTERNS:
        for match in pattern.finditer(text):
            a, b = match.span()
            if any(a < y and x < b for x, y in taken):
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
    return start, end


RELATIVE_RULES = {"relative_day", "night", "weekday", "weekday_pair", "relative_unit", "offset", "part_month",
                  "bare_month"}
QUOTED = re.compile(r"[\"“]([^\"“”\n]{2,800})[\"”]")


def _year_anchor(text: str) -> date | None:
    """With no publication day, a date written without its year ("July 16") is in the latest year
    the report names (a release number "2010-07-CA-129", a "2010" in the text), as with datelines;
    relative days stay unknown."""
    years = [int(y) for y in YEAR.findall(text)]
    return date(max(years), 12, 31) if years else None


def extract_times(context: Context) -> list[TimeExpr]:
    anchor = context.document.published
    year_anchor = anchor or _year_anchor(context.document.text)
    quotes = [m.span(1) for m in QUOTED.finditer(context.document.text)]
    times: list[TimeExpr] = []
    last_day: date | None = None
    for sentence in context.news_sentences():
        for rule, match in find_times(context.text_of(sentence)):
            a, b = _trim(match, rule)
            start, end = sentence.start_char + a, sentence.start_char + b
            value = resolve(rule, match, year_anchor if rule in ABSOLUTE_RULES else anchor,
                            _future(context, start, end), last_day)
            in_quote = any(a <= start < b for a, b in quotes)
            expr = TimeExpr(context.document.id, start, end, context.document.text[start:end], value, rule,
                            in_quote=in_quote and rule in RELATIVE_RULES)
            times.append(expr)
            if value is not None and value.granularity == "day" and anchor is not None \
                    and abs((anchor - value.first).days) <= 31:
                last_day = value.first  # background dates ("signed on 29 February") anchor nothing
            for token in context.doc.char_span(start, end, alignment_mode="expand") or []:
                context.token_time[token.i] = expr
    context.times = times
    # the same expression with the same value, told again, is one time fact (every occurrence still
    # dates the events around it through token_time)
    distinct: dict[tuple[str, str], TimeExpr] = {}
    for expr in times:
        distinct.setdefault((expr.text.lower(), str(expr.value)), expr)
    return list(distinct.values())
