"""YAML of data files (the lexicons, the knowledge base, the codebooks), parsed by libyaml's C parser
where PyYAML was built with it: the same values as yaml.safe_load, about seven times faster, and these
files are read at the start of every process (each worker's too)."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """TEXT parsed as safe YAML (raises yaml.YAMLError, with its line and column, when it is not)."""
    return yaml.load(text, Loader=_LOADER)
