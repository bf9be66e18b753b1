"""The stages wired together over a store: what the CLI (and tests, and benchmarks) call.

Documents are saved a batch at a time, and each one's extraction replaced, in transactions of their
own: a run that dies halfway keeps everything it finished, and the next run picks up what is pending.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import date
from functools import partial
from itertools import islice
from pathlib import Path

from accordwatch.agreements import Agreement
from accordwatch.assess import Assessment
from accordwatch.assess.progress import AgreementTally, agreement_categories
from accordwatch.extract import extract_document
from accordwatch.extract.people import PersonIndex
from accordwatch.extract.pieces import join_extractions, piece_bounds, piece_of, shift_extraction
from accordwatch.ingest import date_by_numbering, stream_documents
from accordwatch.ingest.release_numbers import HEAD as RELEASE_HEAD
from accordwatch.ingest.release_numbers import release_number
from accordwatch.ingest.syndication import SIGNATURE_KEY, signature
from accordwatch.kb import KnowledgeBase, default_knowledge_base
from accordwatch.model import Actor, Document, Extraction, Failure
from accordwatch.nlp import build_pipeline
from accordwatch.nlp.batches import parse_batches
from accordwatch.nlp.parallel import Job, extract_in_workers, start_workers, workers_for
from accordwatch.nlp.pipeline import MAX_LENGTH, model_vocab
from accordwatch.review.batches import reviewed_event_batches
from accordwatch.settings import Settings
from accordwatch.store import Store
from accordwatch.store.documents import (
    dated_heads,
    document_batches,
    open_failures,
    pending_chars,
    pending_count,
    publication_days,
    record_failure,
    resolve_failures,
    save_document,
    save_estimated_day,
)
from accordwatch.store.documents import latest_publication as stored_latest_publication
from accordwatch.store.records import load_actors, save_extraction
from accordwatch.store.stories import link_stories, story_of

Progress = Callable[[int, int], None]
# documents saved per transaction by an ingest (a run killed during one keeps the batches before it)
INGEST_BATCH = 100
# documents read from the store per query during extraction
DOCUMENT_BATCH = 200
# documents whose events the assessment reads per query
ASSESS_BATCH = 200


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
    # made by workers against known people that had changed since, so made again here (see nlp/parallel.py)
    extracted_again: int = 0
    workers: int = 1  # the processes that parsed (a Dask cluster's: counted as 1)


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
    told: list[tuple[str, list[str]]] = []  # each document's source and warnings, in the order read
    undated: list[tuple[Document, bool, int]] = []  # numbered releases with no day: (head, saved?, place in told)
    # read a document at a time, saved a batch at a time, each batch in its own transaction with its
    # documents linked to their stories
    for batch in _document_batches(stream_documents(paths, summary.not_documents), summary.failures):
        outcomes = _save_batch(store, batch)
        for document, outcome in zip(batch, outcomes, strict=True):
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            if document.published is None and release_number(document.title, document.text) is not None:
                head = Document(document.id, document.text[:RELEASE_HEAD], document.content_hash, document.source,
                                title=document.title, warnings=list(document.warnings))
                undated.append((head, outcome != "unchanged", len(told)))
            told.append((document.source, document.warnings))
    if undated:  # dated from their series' releases, read now or before (those later in the batch too)
        with store.session() as session:
            date_by_numbering([head for head, _saved, _place in undated], dated_heads(session, RELEASE_HEAD))
        for head, saved, place in undated:
            told[place] = (head.source, head.warnings)
            if saved and head.published is not None:
                with store.session() as session:
                    save_estimated_day(session, head)
    summary.warnings = [f"{source}: {warning}" for source, warnings in told for warning in warnings]
    with store.session() as session:
        for failure in summary.failures:
            record_failure(session, failure, "ingest")
    return summary


def _document_batches(items: Iterable[Document | Failure], failures: list[Failure]) -> Iterator[list[Document]]:
    """The documents of ITEMS, INGEST_BATCH at a time (a failure goes to FAILURES as it comes)."""
    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Failure):
                failures.append(item)
            else:
                yield item

    read = documents()
    while batch := list(islice(read, INGEST_BATCH)):
        yield batch


def _save_batch(store: Store, batch: list[Document]) -> list[str]:
    """BATCH saved in one transaction and its new or changed documents linked to their stories; each
    document's outcome (new, updated, unchanged, copy)."""
    for document in batch:
        if (values := signature(document)) is not None:
            document.metadata[SIGNATURE_KEY] = values
    with store.session() as session:
        outcomes = [save_document(session, document) for document in batch]
        link_stories(session, [d.id for d, o in zip(batch, outcomes, strict=True) if o != "unchanged"])
    return outcomes


def _pieces(pending: Iterable[Document], limit: int) -> Iterator[tuple[str, tuple[Document, int, int, bool]]]:
    """Every document's text in pieces of at most LIMIT characters, as (text, (document, start, end,
    last piece?)): a short document is one piece."""
    for document in pending:
        bounds = piece_bounds(document.text, limit)
        for number, (start, end) in enumerate(bounds, start=1):
            yield document.text[start:end], (document, start, end, number == len(bounds))


def _extracted(parses: Iterable[tuple[object, tuple[Document, int, int, bool]]], kb: KnowledgeBase,
               known: dict[str, Actor], threshold: float) -> Iterator[tuple[Document, Extraction | Exception]]:
    """Each document's extraction (or the error that stopped it) from the parses of its pieces, in order,
    its people joining KNOWN (those met only in a failed document's pieces are dropped again)."""
    parts: list[Extraction] = []
    failed: Exception | None = None
    known_before = set(known)
    for parsed, (document, start, end, last) in parses:
        if failed is None:
            try:
                if isinstance(parsed, Exception):
                    raise parsed
                whole = start == 0 and end == len(document.text)
                part = extract_document(parsed, document if whole else piece_of(document, start, end), kb, known,
                                        threshold)
                shift_extraction(part, start)
                parts.append(part)
            except Exception as err:  # one bad document must not stop the batch; it is kept and retried
                failed = err
        if not last:
            continue
        if failed is not None:
            for person in set(known) - known_before:  # people met only in its unsaved pieces
                del known[person]
            yield document, failed
        else:
            yield document, parts[0] if len(parts) == 1 else join_extractions(document.id, parts)
        parts, failed, known_before = [], None, set(known)


def extract(store: Store, settings: Settings, *, progress: Progress | None = None,
            kb: KnowledgeBase | None = None, everything: bool = False, workers: int = 1,
            dask: str | None = None, pool: ProcessPoolExecutor | None = None) -> ExtractSummary:
    """Extract every document whose extraction is missing or stale (EVERYTHING: all of them), parse and
    extraction spread over WORKERS processes, or sent to the Dask cluster whose scheduler is at DASK
    (the records are the same either way: see nlp/parallel.py). POOL: the WORKERS processes, already
    started by `worker_pool` (as `run` does, so they load the model while the documents are read).

    A long document is parsed and read in pieces (settings.piece_chars) and its records joined with
    offsets into its whole text; a document that fails is recorded as a failure, to be tried again
    by the next run, and the others go on."""
    given_kb = kb
    kb = kb or default_knowledge_base()
    summary = ExtractSummary()
    with store.session() as session:
        count = pending_count(session, pending_only=not everything)
        # the people met in documents before: all a document's people are matched against
        known = {a.id: a for a in load_actors(session, kind="person")}
        # inputs whose extraction failed before: a document saved now closes its failure (asked once here,
        # not by a query per document)
        failed_before = {failure.source for failure, _stage, _doc in open_failures(session, "extract")}
    if not count:
        return summary
    pending = (document for batch in document_batches(store, DOCUMENT_BATCH, pending_only=not everything)
               for document in batch)
    threshold = settings.fuzzy_threshold
    if dask or workers > 1:
        limit = min(settings.piece_chars, MAX_LENGTH)  # (what the workers' pipeline takes, unloaded here)
        shipped = None if given_kb is None or given_kb is default_knowledge_base() else given_kb
        summary.workers = 1 if dask else min(workers, count)
        outcomes = _extracted_elsewhere(pending, known, kb, shipped, settings, limit, summary,
                                        workers=summary.workers, dask=dask, pool=pool)
    else:
        nlp = build_pipeline(settings.spacy_model)
        limit = min(settings.piece_chars, nlp.max_length)
        outcomes = _extracted(parse_batches(nlp, _pieces(pending, limit), size=settings.batch_size, chars=limit),
                              kb, known, threshold)
    for done, (document, outcome) in enumerate(outcomes, start=1):
        if isinstance(outcome, Exception):
            failure = Failure(document.source, f"extraction failed: {type(outcome).__name__}: {outcome}")
            summary.failures.append(failure)
            with store.session() as session:
                record_failure(session, failure, "extract", doc_id=document.id)
        else:
            with store.session() as session:
                save_extraction(session, outcome, document.content_hash)
                if document.source in failed_before:
                    resolve_failures(session, {document.source}, "extract")
            summary.extracted += 1
            summary.events += len(outcome.events)
            summary.claims += len(outcome.claims)
        if progress:
            progress(done, count)
    return summary


def _extracted_elsewhere(pending: Iterable[Document], known: dict[str, Actor], kb: KnowledgeBase,
                         given_kb: KnowledgeBase | None, settings: Settings, limit: int, summary: ExtractSummary,
                         *, workers: int, dask: str | None,
                         pool: ProcessPoolExecutor | None) -> Iterator[tuple[Document, Extraction | Exception]]:
    """Each document's extraction, made by the workers (or the cluster) against the known people when
    its batch was sent, kept when every answer about them holds against KNOWN now, else made here
    (counted in SUMMARY.extracted_again)."""
    job = Job(settings.batch_size, settings.fuzzy_threshold, limit)
    snapshot = partial(pickle.dumps, known, protocol=pickle.HIGHEST_PROTOCOL)
    if dask:
        from accordwatch.nlp.cluster import extract_on_cluster  # (distributed is imported only for a cluster)

        made = extract_on_cluster(pending, snapshot, address=dask, model=settings.spacy_model, kb=given_kb, job=job)
    else:
        made = extract_in_workers(pending, snapshot, model=settings.spacy_model, kb=given_kb, job=job,
                                  workers=workers, pool=pool)
    for document, outcome in made:
        if outcome is not None and PersonIndex(kb, known, job.threshold).agrees_with(outcome.lookups):
            for actor in outcome.extraction.actors:  # as extract_document adds them here
                _know(known, actor)
            yield document, outcome.extraction
            continue
        summary.extracted_again += 1
        # what is needed is loaded here when first needed (the workers are at work meanwhile): a parse
        # made there is read back with the model's vocabulary alone
        if outcome is not None:  # parsed there: only the extraction is made again
            parses: Iterable = [(outcome.doc(model_vocab(settings.spacy_model)), (document, 0, len(document.text),
                                                                                  True))]
        else:  # in pieces, or failed there: all of it here
            parses = parse_batches(build_pipeline(settings.spacy_model), _pieces([document], limit),
                                   size=settings.batch_size, chars=limit)
        yield from _extracted(parses, kb, known, job.threshold)


def _know(known: dict[str, Actor], actor: Actor) -> None:
    """ACTOR (made by a worker) into KNOWN, as extract_document leaves it here: a person known already is
    the same object, told more of in place, so the known people's tables kept between documents see an
    old person changed, not a new one (extract/people.py: _KnownTables)."""
    old = known.get(actor.id)
    if old is None:
        known[actor.id] = actor
        return
    for name in (f.name for f in fields(Actor)):
        value = getattr(actor, name)
        setattr(old, name, list(value) if isinstance(value, list) else value)


def resolve_workers(store: Store, workers: int | str, *, paths: Iterable[Path] = (), everything: bool = False,
                    dask: str | None = None) -> int:
    """WORKERS as a number: `auto` is a worker per core when the text to parse is long enough to repay
    them (nlp/parallel.py: workers_for), counting the documents pending in the store (all of them, with
    EVERYTHING) and the bytes of PATHS (inputs not read yet: `run` starts its workers before it reads
    them). One with DASK: the cluster's workers parse, not these."""
    if isinstance(workers, int):
        return workers
    if dask:
        return 1
    with store.session() as session:
        chars = pending_chars(session, pending_only=not everything)
    return workers_for(chars + sum(_bytes_in(path) for path in paths))


def _bytes_in(path: Path) -> int:
    """The size of the file PATH, or of the files under the folder PATH (what cannot be read counts 0: the
    ingest reports it)."""
    try:
        if not path.is_dir():
            return path.stat().st_size
        return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    except OSError:
        return 0


@contextmanager
def worker_pool(settings: Settings, workers: int, dask: str | None = None) -> Iterator[ProcessPoolExecutor | None]:
    """The WORKERS processes of a coming `extract` (with the default knowledge base), started now so that
    they load the model while the caller does other work (reads the documents); None when the
    extraction is done here or by a Dask cluster."""
    if dask or workers <= 1:
        yield None
        return
    pool = start_workers(settings.spacy_model, None, workers)
    try:
        yield pool
    finally:
        pool.shutdown()


def assess(store: Store, agreement: Agreement, as_of: date, kb: KnowledgeBase | None = None) -> Assessment:
    kb = kb or default_knowledge_base()
    with store.session() as session:
        stored_actors = load_actors(session)
    actors = dict(kb.actors)
    actors.update({a.id: a for a in stored_actors})
    tally = AgreementTally(agreement, actors, as_of)
    # what the assessment reads, by query, a batch of documents at a time: their events of the agreement's
    # categories (a reviewer's figure before the machine's), their days and stories; no text
    for events in reviewed_event_batches(store, agreement_categories(agreement), published_by=as_of,
                                         size=ASSESS_BATCH):
        doc_ids = {e.doc_id for e in events}
        with store.session() as session:
            tally.add(events, publication_days(session, doc_ids), story_of(session, doc_ids))
    return tally.assessment()


def latest_publication(store: Store) -> date | None:
    with store.session() as session:
        return stored_latest_publication(session)
