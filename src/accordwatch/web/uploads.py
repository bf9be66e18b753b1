"""Ingest by upload: the file is saved under its own (cleaned) name in a temporary folder and read by
pipeline.ingest, so the CLI's validation, failure records and copy detection apply."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from fastapi import UploadFile
from starlette.concurrency import run_in_threadpool

from accordwatch import pipeline
from accordwatch.pipeline import IngestSummary
from accordwatch.settings import load_settings
from accordwatch.web.auth import WebError
from accordwatch.web.data import Workbench

READABLE = (".txt", ".html", ".htm", ".jsonl", ".rss", ".atom", ".xml")


def _clean_name(name: str) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name.replace("\\", "/")).name).strip("._") or "upload.txt"
    return base[:120]


async def ingest_upload(bench: Workbench, files: list[UploadFile], *, extract: bool = False) -> dict:
    if not files:
        raise WebError(400, "no file uploaded")
    with tempfile.TemporaryDirectory(prefix="accordwatch-upload-") as folder:
        paths = []
        for upload in files:
            name = _clean_name(upload.filename or "upload.txt")
            if not name.lower().endswith((*READABLE, ".meta.json")):
                raise WebError(400, f"{name}: not a report file (give .txt, .html, .jsonl, .rss, .atom, with "
                                    "NAME.meta.json)")
            data = await upload.read(bench.upload_limit + 1)
            if len(data) > bench.upload_limit:
                raise WebError(413, f"{name}: larger than {bench.upload_limit:,} bytes")
            path = Path(folder) / name
            path.write_bytes(data)
            if not name.endswith(".meta.json"):
                paths.append(path)
        # in a worker thread: a parse of minutes must not stop the server answering everyone else
        summary = await run_in_threadpool(pipeline.ingest, bench.store, paths)
        extracted = None
        if extract and (summary.new or summary.updated):
            done = await run_in_threadpool(pipeline.extract, bench.store, load_settings(db=bench.store.url),
                                           kb=bench.kb)
            extracted = {"documents": done.extracted, "events": done.events, "claims": done.claims,
                         "failures": [str(f) for f in done.failures]}
    return _summary_json(summary, extracted)


def _summary_json(summary: IngestSummary, extracted: dict | None) -> dict:
    return {"new": summary.new, "updated": summary.updated, "unchanged": summary.unchanged, "copies": summary.copy,
            "failures": [{"source": Path(f.source).name, "line": f.line, "reason": f.reason}
                         for f in summary.failures],
            "warnings": [Path(w.split(": ", 1)[0]).name + ": " + w.split(": ", 1)[-1] for w in summary.warnings],
            "extracted": extracted}
