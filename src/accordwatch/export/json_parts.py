"""JSON written a part at a time: the long lists of an export go to files on disk as their batches
come, and the document is put together at the end, with exactly the bytes `json.dump(..., indent=1,
ensure_ascii=False)` gives the whole object (so a streamed export is the export).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO


def dumped(value: Any, depth: int) -> str:
    """VALUE as json.dump writes it at DEPTH inside an object indented by one space a level."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)


class ListPart:
    """A JSON list kept on disk: its elements, each as written at its depth, and how many."""

    def __init__(self, path: Path, depth: int) -> None:
        self.path, self.depth, self.count = path, depth, 0
        self._out = path.open("w", encoding="utf-8")

    def add(self, values: Iterable[Any]) -> None:
        for value in values:
            self._out.write((",\n" if self.count else "") + " " * self.depth + dumped(value, self.depth))
            self.count += 1

    def write(self, handle: TextIO) -> None:
        """The list, opened at the depth of its key (one less than its elements)."""
        self._out.close()
        if not self.count:
            handle.write("[]")
            return
        handle.write("[\n")
        with self.path.open(encoding="utf-8") as part:
            shutil.copyfileobj(part, handle)
        handle.write("\n" + " " * (self.depth - 1) + "]")

    def close(self) -> None:
        self._out.close()


class JsonParts:
    """The named lists of one JSON object (or one top-level list), each on disk until written."""

    def __init__(self, names: Iterable[str], depth: int = 2) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="accordwatch-export-")
        self._parts = {name: ListPart(Path(self._tmp.name) / f"{name}.json", depth) for name in names}

    def __enter__(self) -> JsonParts:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        for part in self._parts.values():
            part.close()
        self._tmp.cleanup()

    def __getitem__(self, name: str) -> ListPart:
        return self._parts[name]

    def add(self, name: str, values: Iterable[Any]) -> None:
        self._parts[name].add(values)

    @staticmethod
    def write_object(handle: TextIO, items: list[tuple[str, Any]]) -> None:
        """An object of ITEMS (key, value or ListPart) in order, as json.dump writes it at the top."""
        if not items:
            handle.write("{}")
            return
        handle.write("{\n")
        for number, (key, value) in enumerate(items):
            handle.write(f" {json.dumps(key, ensure_ascii=False)}: ")
            if isinstance(value, ListPart):
                value.write(handle)
            else:
                handle.write(dumped(value, 1))
            handle.write(",\n" if number < len(items) - 1 else "\n")
        handle.write("}")
