"""Writing invented reports to disk as the pipeline reads them: a text file and its sidecar."""

from __future__ import annotations

import json
from pathlib import Path


def write_reports(folder: Path, reports: dict[str, tuple[str, str]]) -> list[Path]:
    """REPORTS (id -> (published day, text)) as FOLDER/ID.txt with ID.meta.json; the paths written."""
    paths = []
    for doc_id, (published, text) in reports.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (folder / f"{doc_id}.meta.json").write_text(json.dumps({"id": doc_id, "published": published}),
                                                    encoding="utf-8")
        paths += [folder / f"{doc_id}.txt", folder / f"{doc_id}.meta.json"]
    return paths
