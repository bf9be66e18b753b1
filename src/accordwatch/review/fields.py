"""What a reviewer may change on a record, and the checks a value must pass (one-line errors)."""

from __future__ import annotations

from typing import Any

from accordwatch.model import MODALITIES, PLOVER_CATEGORIES, STANCES, DateValue


class ReviewError(ValueError):
    """A review that cannot be taken: an unknown record or field, a value of the wrong kind."""


# field -> kind of value; the kinds decide the check and the form control
CORRECTABLE_EVENT_FIELDS: dict[str, str] = {
    "category": "category", "mode": "mode", "actors": "actors", "recipients": "actors",
    "dead": "int", "injured": "int", "size": "int", "arrested": "int", "prisoners": "int",
    "date": "date", "place": "text", "modality": "modality",
    "cumulative": "bool",  # a running total ("4,000 so far"), not the size of one act
    "outside_agreement": "bool",
}
COUNT_FIELDS = tuple(name for name, kind in CORRECTABLE_EVENT_FIELDS.items() if kind == "int")  # an event's counts
CORRECTABLE_CLAIM_FIELDS: dict[str, str] = {"speaker": "text", "stance": "stance", "channel": "text"}
ACTIONS = ("confirm", "correct", "reject", "merge", "split")
TRUE_WORDS = {"true", "yes", "1", "on"}
FALSE_WORDS = {"false", "no", "0", "off", ""}


def _int(name: str, value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).replace(",", "").strip())
    except ValueError:
        raise ReviewError(f"{name}: {value!r} is not a whole number") from None
    if number < 0:
        raise ReviewError(f"{name}: {number} is below zero")
    return number


def _date(name: str, value: Any) -> str | dict | None:
    if value is None or value == "":
        return None
    try:
        parsed = DateValue.from_json(value)
    except (ValueError, KeyError, TypeError):
        raise ReviewError(f"{name}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM, YYYY or from..to)") from None
    return parsed.to_json() if parsed else None


def _actors(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list | tuple):
        raise ReviewError(f"actors: {value!r} is not a list of actor ids")
    return [str(v).strip() for v in value if str(v).strip()]


def _bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ReviewError(f"{name}: {value!r} is not yes or no")


def _one_of(name: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ReviewError(f"{name}: {value!r} is not one of {', '.join(allowed)}")
    return str(value)


def checked_changes(kind: str, changes: dict[str, Any]) -> dict[str, Any]:
    """CHANGES with every value checked and put in its stored form; a ReviewError names the first bad one."""
    allowed = CORRECTABLE_EVENT_FIELDS if kind == "event" else CORRECTABLE_CLAIM_FIELDS
    checked: dict[str, Any] = {}
    for name, value in changes.items():
        field_kind = allowed.get(name)
        if field_kind is None:
            raise ReviewError(f"{name}: not a field a reviewer can change on this {kind} "
                              f"(one of {', '.join(allowed)})")
        if field_kind == "int":
            checked[name] = _int(name, value)
        elif field_kind == "date":
            checked[name] = _date(name, value)
        elif field_kind == "actors":
            checked[name] = _actors(value)
        elif field_kind == "bool":
            checked[name] = _bool(name, value)
        elif field_kind == "category":
            checked[name] = _one_of(name, str(value).upper(), PLOVER_CATEGORIES)
        elif field_kind == "modality":
            checked[name] = _one_of(name, value, MODALITIES)
        elif field_kind == "stance":
            checked[name] = _one_of(name, value, STANCES)
        else:  # mode, text
            checked[name] = str(value).strip() or None
    return checked
