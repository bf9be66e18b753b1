"""Invented reports written to disk as the pipeline reads them (a text file and its sidecar), and a
small corpus with a cross-document review for the tests that read a store a batch at a time."""

from __future__ import annotations

import json
from pathlib import Path

from accordwatch.review import record_review, reviewed_records
from accordwatch.store import Store


def write_reports(folder: Path, reports: dict[str, tuple[str, str]]) -> list[Path]:
    """REPORTS (id -> (published day, text)) as FOLDER/ID.txt with ID.meta.json; the paths written."""
    paths = []
    for doc_id, (published, text) in reports.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (folder / f"{doc_id}.meta.json").write_text(json.dumps({"id": doc_id, "published": published}),
                                                    encoding="utf-8")
        paths += [folder / f"{doc_id}.txt", folder / f"{doc_id}.meta.json"]
    return paths


# four reports in id order, for reading a store a batch at a time: the first tells the last's release
# in other words (a merge reaches across the batches), the second an attack denied (a contested account)
BATCH_REPORTS = {
    "agency-a": ("2020-04-09", "Kabul let 80 Taliban inmates go home from Pul-e-Charkhi on Wednesday, a "
                               "government spokesman said.\n"),
    "bulletin-b": ("2020-04-12", "Taliban fighters attacked an army post in Baghlan province on Saturday, the "
                                 "defence ministry said. The Taliban denied carrying out the attack.\n"),
    "courier-c": ("2020-04-13", "The Afghan government released 120 Taliban prisoners in Kabul on Sunday, the "
                                "national security council said.\n"),
    "dispatch-d": ("2020-04-09", "The Afghan government freed 80 Taliban prisoners from Pul-e-Charkhi prison "
                                 "near Kabul on Wednesday, officials said.\n"),
}


def merge_first_into_last(store: Store) -> str:
    """Merge the first report's event into the last one's release (a reviewer's merge across documents);
    the id of the event merged away."""
    with store.session() as session:
        events = reviewed_records(session).events
    misread = next(e for e in events if e.doc_id == "agency-a")
    target = next(e for e in events if e.doc_id == "dispatch-d" and e.category == "RETREAT")
    with store.session() as session:
        record_review(session, reviewer="amina", kind="event", record_id=misread.id, action="merge",
                      merge_into=target.id)
    return misread.id
