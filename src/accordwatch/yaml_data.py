"""YAML of data files (the lexicons, the knowledge base, the codebooks), parsed by libyaml's C parser
where PyYAML was built with it: the same values as yaml.safe_load, about seven times faster, and these
files are read at the start of every process (each worker's too). A key written twice in one mapping is
an error, not a silent choice of one of the two lists (a cue list named twice in acled_types.yaml kept
only its second)."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UniqueKeys:
    """A loader's mixin that refuses a mapping holding a key twice, naming the key and both lines."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Mark] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[attr-defined]
            if key in seen:
                raise ConstructorError("while constructing a mapping", node.start_mark,
                                       f"found the key {key!r} a second time (first at line {seen[key].line + 1})",
                                       key_node.start_mark)
            seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep=deep)  # type: ignore[misc]


class _Loader(UniqueKeys, _BASE):  # type: ignore[misc, valid-type]
    pass


def load_yaml(text: str) -> Any:
    """TEXT parsed as safe YAML (raises yaml.YAMLError, with its line and column, when it is not, or when a
    mapping holds a key twice)."""
    return yaml.load(text, Loader=_Loader)
