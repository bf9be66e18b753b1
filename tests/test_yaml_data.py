"""The data files read with libyaml's parser give the values PyYAML's own safe parser gives, and a broken
file still fails with its line."""

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
