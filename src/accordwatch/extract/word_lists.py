"""Word lists the extractors read from YAML files in extract/data: one file per extractor, one key per list.

A file is read once per process; a list is handed out as a frozenset (matched by membership), a table
as a dict of word -> list of values (in file order).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import yaml
from lemminflect import getLemma

from accordwatch.errors import WordListError
from accordwatch.yaml_data import load_yaml


@cache
def _read(file: str) -> dict[str, Any]:
    path = resources.files("accordwatch.extract") / "data" / f"{file}.yaml"
    try:
        content = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise WordListError(f"{path}: cannot be read as YAML: {err}") from err
    if not isinstance(content, dict):
        raise WordListError(f"{path}: expected a mapping of list names to words")
    return content


def _entry(file: str, key: str) -> Any:
    content = _read(file)
    if key not in content:
        raise WordListError(f"extract/data/{file}.yaml: no list {key!r}")
    return content[key]


def _words(file: str, key: str, value: Any) -> list[str]:
    # a bare on/off/yes/no is read by YAML as a boolean: it must be quoted to stay a word
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise WordListError(f"extract/data/{file}.yaml: {key!r} must be a list of words (quote words such as 'on')")
    return value


def word_set(file: str, key: str) -> frozenset[str]:
    """The words of list KEY in extract/data/FILE.yaml."""
    return frozenset(_words(file, key, _entry(file, key)))


def word_list(file: str, key: str) -> list[str]:
    """The entries of list KEY in extract/data/FILE.yaml, in their order (phrases, patterns)."""
    return list(_words(file, key, _entry(file, key)))


def word_table(file: str, key: str) -> dict[str, list[str]]:
    """The table KEY in extract/data/FILE.yaml: each word with its values."""
    table = _entry(file, key)
    if not isinstance(table, dict):
        raise WordListError(f"extract/data/{file}.yaml: {key!r} must map words to lists of values")
    return {str(word): _words(file, f"{key}.{word}", values) for word, values in table.items()}


PERSON_CLASSES = {"unarmed_persons", "armed_persons"}


def person_classes() -> dict[str, list[str]]:
    """The nouns whose first sense is a person, as object classes: "unarmed_persons" (whom an act done to is
    done to civilians, "herders", "migrants") and "armed_persons" (soldiers, guards, criminals); generated
    from WordNet by tools/build_person_nouns.py."""
    return {name: word_list("person_nouns", name.split("_")[0]) for name in sorted(PERSON_CLASSES)}


def with_object_classes(entries: list[str], where: str) -> list[str]:
    """ENTRIES with each "$class" replaced by the nouns of that class (event_words.yaml's object_classes),
    so the lexicon's verbs and the ACLED typing read one list of what can be found, burned or taken;
    WHERE names the list in the error for a class that does not exist."""
    classes = word_table("event_words", "object_classes")
    if any(entry[1:] in PERSON_CLASSES for entry in entries):  # (the generated file read only when asked)
        classes = classes | person_classes()
    out: list[str] = []
    for entry in entries:
        if entry.startswith("$"):
            if entry[1:] not in classes:
                raise WordListError(f"{where}: no object class {entry[1:]!r} in event_words.yaml object_classes")
            nested = [e for e in classes[entry[1:]] if e.startswith("$")]
            if nested:  # read as a word it would match nothing, silently
                raise WordListError(f"event_words.yaml: object class {entry[1:]!r} names {nested[0]!r}: "
                                    "classes do not nest, list its nouns")
            out += classes[entry[1:]]
        else:
            out.append(entry)
    return out


def _base_form(word: str) -> str:
    """WORD as a lemma: a verb's base form for an inflected verb ("detonated", "shot"), a noun's singular
    for a plural ("squads"), else WORD."""
    for upos in ("VERB", "NOUN"):
        lemmas = getLemma(word, upos=upos)
        if lemmas and lemmas[0].lower() != word:
            return lemmas[0].lower()
    return word


def with_phrase_lemmas(entries: Iterable[str]) -> frozenset[str]:
    """ENTRIES and each phrase of them in the lemmas of its words ("safely detonated" also as "safely
    detonate"): a phrase is matched against the words of a text and against their lemmas, so in its lemmas
    it matches every tense and number the text writes it in ("safely detonates", "have safely detonated"),
    and a list need not name each."""
    entries = set(entries)
    return frozenset(entries | {" ".join(_base_form(word) for word in entry.split()) for entry in entries
                                if " " in entry})
