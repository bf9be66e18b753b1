"""The extractors' word lists are data files: each list reads as words, and a file YAML would read
otherwise (a bare `on` is a boolean) is refused with a message, not turned into a wrong word."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
import yaml

from accordwatch.errors import WordListError
from accordwatch.extract import word_lists
from accordwatch.extract.events.predicates import NOMINAL
from accordwatch.extract.lexicon import Sense
from accordwatch.extract.word_lists import word_set, word_table


def test_every_event_word_list_reads_as_words() -> None:
    path = resources.files("accordwatch.extract") / "data" / "event_words.yaml"
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key, value in content.items():
        read = word_table("event_words", key) if isinstance(value, dict) else word_set("event_words", key)
        assert read and all(isinstance(word, str) for word in read), key


def test_the_event_nouns_table_gives_senses() -> None:
    assert NOMINAL["capture"] == Sense("COERCE", "arrest")
    assert NOMINAL["talks"] == Sense("CONSULT")


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Word-list files read from TMP_PATH/data instead of the package (the read cache emptied around)."""
    (tmp_path / "data").mkdir()

    class Files:
        @staticmethod
        def files(_package: str) -> Path:
            return tmp_path

    word_lists._read.cache_clear()
    monkeypatch.setattr(word_lists, "resources", Files)
    yield tmp_path / "data"
    word_lists._read.cache_clear()


def test_an_unquoted_word_yaml_reads_as_a_boolean_is_refused(data_folder: Path) -> None:
    (data_folder / "words.yaml").write_text("preps: [to, on, at]\nquoted: [to, \"on\", at]\n", encoding="utf-8")
    assert word_set("words", "quoted") == {"to", "on", "at"}
    with pytest.raises(WordListError, match="preps"):
        word_set("words", "preps")


def test_a_missing_list_is_named(data_folder: Path) -> None:
    (data_folder / "words.yaml").write_text("preps: [to]\n", encoding="utf-8")
    with pytest.raises(WordListError, match="'verbs'"):
        word_set("words", "verbs")


def test_a_core_verb_takes_the_nouns_of_the_object_class_it_names() -> None:
    from accordwatch.extract.lexicon import VERBS

    weapons = set(word_table("event_words", "object_classes")["weapons"])
    assert weapons <= VERBS["recover"][0].objects and weapons <= VERBS["uncover"][0].objects


def test_an_object_class_that_does_not_exist_is_named_in_the_error() -> None:
    from accordwatch.extract.word_lists import with_object_classes

    with pytest.raises(WordListError, match=r"core_verb_objects\.find: no object class 'guns'"):
        with_object_classes(["$guns"], "event_words.yaml: core_verb_objects.find")


def test_an_object_class_naming_another_class_is_refused(data_folder: Path) -> None:
    from accordwatch.extract.word_lists import with_object_classes

    (data_folder / "event_words.yaml").write_text(
        "object_classes:\n  bases: [base, camp]\n  targets: [$bases, bunker]\n", encoding="utf-8")
    with pytest.raises(WordListError, match=r"object class 'targets' names '\$bases': classes do not nest"):
        with_object_classes(["$targets"], "lexicon.py: targets")


def test_a_sense_keeps_the_phrases_of_its_object_class() -> None:
    from accordwatch.extract.lexicon import VERBS

    destroyed = VERBS["destroy"][0].objects or frozenset()
    assert "armoured vehicles" in destroyed and "vehicles" not in destroyed
