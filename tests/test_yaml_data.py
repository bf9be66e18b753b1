"""The data files read with libyaml's parser give the values PyYAML's own safe parser gives, a broken
file still fails with its line, and a key written twice in one mapping is refused (PyYAML keeps the
second silently: a cue list named twice in acled_types.yaml had kept only its second)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from accordwatch.yaml_data import load_yaml

DATA_FILES = sorted((Path(__file__).resolve().parent.parent / "src" / "accordwatch").rglob("*.yaml"))


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_every_data_file_reads_as_the_safe_parser_reads_it(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


def test_a_broken_file_fails_naming_its_line() -> None:
    with pytest.raises(yaml.YAMLError, match="line 3"):
        load_yaml("words:\n  - one\n  - [two\nnext: 1\n")


def test_no_python_object_is_built_from_a_tag() -> None:
    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['true']\n")


def test_a_key_written_twice_is_refused_with_both_lines() -> None:
    with pytest.raises(yaml.YAMLError, match=r"'cues' a second time \(first at line 1\)") as raised:
        load_yaml("cues: [a]\nsub_types: []\ncues: [b]\n")
    assert raised.value.problem_mark.line + 1 == 3  # type: ignore[attr-defined]


def test_the_same_key_in_two_mappings_is_no_repeat() -> None:
    assert load_yaml("a: {x: 1}\nb: {x: 2}\n") == {"a": {"x": 1}, "b": {"x": 2}}
