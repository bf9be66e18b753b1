"""The stages wired together over a store: what the CLI (and tests, and benchmarks) call.

Each document is saved, and later its extraction replaced, in its own transaction: a run that dies
halfway keeps everything it finished, and the next run picks up what is pending.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from accordwatch.agreements import Agreement
from accordwatch.assess import Assessment, assess_agreement
from accordwatch.extract import extract_document
from accordwatch.extract.pieces import join_extractions, piece_bounds, piece_of, shift_extraction
from accordwatch.ingest import date_by_numbering, read_documents
from accordwatch.kb import KnowledgeBase, default_knowledge_base
from accordwatch.model import Actor, Document, Extraction, Failure
from accordwatch.nlp import build_pipeline
from accordwatch.nlp.batches import parse_batches
from accordwatch.nlp.parallel import parse_in_order
from accordwatch.review import reviewed_records
from accordwatch.settings import Settings
from accordwatch.store import Store
from accordwatch.store.documents import documents, open_failures, record_failure, resolve_failures, save_document
from accordwatch.store.records import StoredRecords, load_records, save_extraction

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class IngestSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    copy: int = 0  # the same text under another id: kept and linked to the first, read once
    failures: list[Failure] = field(default_factory=list)
    not_documents: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cleared: list[str] = field(default_factory=list)  # failed inputs gone since: their failures closed


@dataclass(slots=True)
class ExtractSummary:
    extracted: int = 0
    events: int = 0
    claims: int = 0
    failures: list[Failure] = field(default_factory=list)


def ingest(store: Store, paths: Iterable[Path], *, retry_failed: bool = False) -> IngestSummary:
    """Read PATHS (and, with RETRY_FAILED, every input that failed before) into the store."""
    paths = list(paths)
    summary = IngestSummary()
    if retry_failed:
        with store.session() as session:
            earlier = {failure.source for failure, _stage, _doc in open_failures(session, "ingest")}
            resolve_failures(session, earlier, "ingest")  # read again below, or gone for good
        # a file deleted since it failed is not retried forever: its failure is closed, with a note
        summary.cleared = sorted(s for s in earlier if not Path(s).exists() and not Path(s).is_symlink())
        paths += [Path(source) for source in sorted(earlier)
                  if source not in summary.cleared and Path(source) not in paths]
    batch = read_documents(paths)
    summary.not_documents = batch.not_documents
    if any(document.published is None for document in batch.documents):
        with store.session() as session:  # releases read before count as neighbours in the numbering
            date_by_numbering(batch.documents, documents(session))
    for document in batch.documents:
        with store.session() as session:
            outcome = save_document(session, document)
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        summary.warnings += [f"{document.source}: {w}" for w in document.warnings]
    with store.session() as session:
        for failure in batch.failures:
            record_failure(session, failure, "ingest")
    summary.failures = batch.failures
    return summary


def _known_people(records: StoredRecords) -> dict[str, Actor]:
    return {a.id: a for a in records.actors if a.kind == "person"}


def _pieces(pending: list[Document], limit: int) -> Iterator[tuple[str, tuple[Document, int, int, bool]]]:
    """Every document's text in pieces of at most LIMIT characters, as (text, (document, start, end,
    last piece?)): a short document is one piece."""
    for document in pending:
        bounds = piece_bounds(document.text, limit)
        for number, (start, end) in enumerate(bounds, start=1):
            yield document.text[start:end], (document, start, end, number == len(bounds))


def extract(store: Store, settings: Settings, *, progress: Progress | None = None,
            kb: KnowledgeBase | None = None, everything: bool = False, workers: int = 1) -> ExtractSummary:
    """Extract every document whose extraction is missing or stale (EVERYTHING: all of them), the
    parse spread over WORKERS processes (the records are the same for any number).

    A long document is parsed and read in pieces (settings.piece_chars) and its records joined with
    offsets into its whole text; a document that fails is recorded as a failure, to be tried again
    by the next run, and the others go on."""
    kb = kb or default_knowledge_base()
    summary = ExtractSummary()
    with store.session() as session:
        pending = documents(session, pending_only=not everything)
        known = _known_people(load_records(session))
    if not pending:
        return summary
    nlp = build_pipeline(settings.spacy_model)
    limit = min(settings.piece_chars, nlp.max_length)
    parts: list[Extraction] = []
    failed: Exception | None = None
    known_before = set(known)
    done = 0
    pieces = _pieces(pending, limit)
    parses = parse_in_order(nlp, pieces, model=settings.spacy_model, batch_size=settings.batch_size,
                            workers=min(workers, len(pending))) if workers > 1 else \
        parse_batches(nlp, pieces, size=settings.batch_size, chars=limit)
    for parsed, (document, start, end, last) in parses:
        if failed is None:
            try:
                if isinstance(parsed, Exception):
                    raise parsed
                whole = start == 0 and end == len(document.text)
                part = extract_document(parsed, document if whole else piece_of(document, start, end), kb, known,
                                        settings.fuzzy_threshold)
                shift_extraction(part, start)
                parts.append(part)
            except Exception as err:  # one bad document must not stop the batch; it is kept and retried
                failed = err
        if not last:
            continue
        if failed is not None:
            failure = Failure(document.source, f"extraction failed: {type(failed).__name__}: {failed}")
            summary.failures.append(failure)
            with store.session() as session:
                record_failure(session, failure, "extract", doc_id=document.id)
            for person in set(known) - known_before:  # people met only in its unsaved pieces
                del known[person]
        else:
            extraction = parts[0] if len(parts) == 1 else join_extractions(document.id, parts)
            with store.session() as session:
                save_extraction(session, extraction, document.content_hash)
                resolve_failures(session, {document.source}, "extract")
            summary.extracted += 1
            summary.events += len(extraction.events)
            summary.claims += len(extraction.claims)
        parts, failed, known_before = [], None, set(known)
        done += 1
        if progress:
            progress(done, len(pending))
    return summary


def assess(store: Store, agreement: Agreement, as_of: date, kb: KnowledgeBase | None = None) -> Assessment:
    kb = kb or default_knowledge_base()
    with store.session() as session:
        records = reviewed_records(session)  # a reviewer's figure before the machine's
        published = {d.id: d.published for d in documents(session)}
    actors = dict(kb.actors)
    actors.update({a.id: a for a in records.actors})
    return assess_agreement(agreement, records.events, records.claims, actors, as_of, published)


def latest_publication(store: Store) -> date | None:
    with store.session() as session:
        days = [d.published for d in documents(session) if d.published]
    return max(days) if days else None
