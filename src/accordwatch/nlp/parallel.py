"""Parse and extraction on several cores: worker processes, each loading the model once, parse and
extract batches of documents and send back their records; they come out in the order the documents
went in.

A document's people are matched against the people of the documents before it, so a worker extracts
against the known people as they were when its batch was sent (a snapshot), and keeps every question
it asked of them with its answer (extract/people.py: Lookups). The calling process takes the records
only if each answer is the same against the true known people at that document (those of every
document before it, the same in-flight batch's included); else it extracts the document again itself,
from the parse the worker sent back with the records. So the records are exactly those of one process.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from accordwatch.extract import extract_document
from accordwatch.extract.people import Lookups
from accordwatch.kb import KnowledgeBase, default_knowledge_base
from accordwatch.model import Actor, Document, Extraction
from accordwatch.nlp.batches import parse_each
from accordwatch.nlp.pipeline import build_pipeline

# batches extracted or waiting per worker: one at work and one queued keeps it busy; more would only
# widen the lag of the snapshots behind the true known people (more documents extracted again here)
_IN_FLIGHT_PER_WORKER = 2

# characters of text to parse per worker that `--workers auto` asks for: on less, a worker's start (a
# model load, ~3 s of a core) and the parses it sends back cost about what it saves (the parse of 1,000
# short reports, about 1,000,000 characters, takes ~45 s on one core of the machine we measure on)
CHARS_PER_WORKER = 200_000

_worker_nlp: Language | None = None
_worker_kb: KnowledgeBase | None = None


# not sent back: the tensor is the model's working state, large, and read by nothing downstream
_NOT_SENT = ["tensor"]


@dataclass(slots=True)
class Extracted:
    """A document's records made by a worker, with the questions its extraction asked of known people,
    and its parse as bytes (read back only if the caller must extract it again: no second parse)."""

    extraction: Extraction
    lookups: Lookups
    parse: bytes

    def doc(self, vocab: Vocab) -> Doc:
        return Doc(vocab).from_bytes(self.parse)


@dataclass(frozen=True, slots=True)
class Job:
    """What a worker needs besides the documents: parse batch size, fuzzy threshold, longest text."""

    batch_size: int
    threshold: float
    limit: int  # a longer document is read in pieces: done by the calling process


def _load(model: str, kb: KnowledgeBase | None) -> None:
    global _worker_nlp, _worker_kb
    _worker_nlp = build_pipeline(model)
    _worker_kb = kb


def _extract_task(documents: list[Document], known: bytes, job: Job) -> list[Extracted | None]:
    assert _worker_nlp is not None, "the worker's model is loaded by its initializer"
    return extract_batch(_worker_nlp, _worker_kb or default_knowledge_base(), documents, known, job)


def extract_batch(nlp: Language, kb: KnowledgeBase, documents: list[Document], known: bytes,
                  job: Job) -> list[Extracted | None]:
    """DOCUMENTS parsed and extracted in order against KNOWN (the pickled known people; each document's
    people join them for the next). None for a document to be done by the caller: one in pieces, one
    whose parse or extraction failed."""
    people: dict[str, Actor] = pickle.loads(known)
    whole = [d for d in documents if len(d.text) <= job.limit]
    texts = [d.text for d in whole]
    try:
        parsed: list[Doc | Exception] = list(nlp.pipe(texts, batch_size=job.batch_size))
    except Exception:  # which text failed is found one at a time
        parsed = parse_each(nlp, texts)
    docs = {id(d): doc for d, doc in zip(whole, parsed, strict=True)}
    out: list[Extracted | None] = []
    for document in documents:
        doc = docs.get(id(document))
        if doc is None or isinstance(doc, Exception):
            out.append(None)
            continue
        lookups, before = Lookups(), set(people)
        parse = doc.to_bytes(exclude=_NOT_SENT)  # before extraction sets anything on the Doc
        try:
            extraction = extract_document(doc, document, kb, people, job.threshold, lookups)
        except Exception:  # the caller extracts it again and records the failure
            for person in set(people) - before:
                del people[person]
            out.append(None)
            continue
        out.append(Extracted(extraction, lookups, parse))
    return out


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, as a container or `taskset` sets it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # (no affinity on macOS or Windows)
        return os.cpu_count() or 1


def workers_for(chars: int, cores: int | None = None) -> int:
    """The workers `auto` stands for, with CHARS characters to parse: one per CHARS_PER_WORKER of them, at
    most one per usable core (CORES), at least one (one worker is the calling process: no pool)."""
    return max(1, min(cores if cores is not None else usable_cores(), chars // CHARS_PER_WORKER))


def _ready() -> None:
    """A task that does nothing: sent to start a worker (and load its model) before there is work."""


def start_workers(model: str, kb: KnowledgeBase | None, workers: int) -> ProcessPoolExecutor:
    """WORKERS processes loading MODEL (and KB, None for the default one) now, in the background: started
    before the documents are read, they are ready when the extraction begins (the caller shuts it down)."""
    # spawn, not fork: the caller holds database connections and threads a child must not share
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_load, initargs=(model, kb))
    for _ in range(workers):  # the pool starts a process per task it cannot hand to an idle one
        pool.submit(_ready)
    return pool


def extract_in_workers(documents: Iterable[Document], known: Callable[[], bytes], *, model: str,
                       kb: KnowledgeBase | None, job: Job, workers: int,
                       pool: ProcessPoolExecutor | None = None) -> Iterator[tuple[Document, Extracted | None]]:
    """(document, its records or None) for each document, in order, extracted by WORKERS processes with
    MODEL (and KB, None for the default one) loaded in each, those of POOL if given (started with
    start_workers, left running); KNOWN gives the known people, pickled, when a batch is sent."""
    running = pool or start_workers(model, kb, workers)
    try:
        yield from extract_submitted(lambda batch, people: running.submit(_extract_task, batch, people, job),
                                     documents, known, batch_size=job.batch_size,
                                     in_flight=workers * _IN_FLIGHT_PER_WORKER)
    finally:
        if pool is None:  # started here: stopped here
            running.shutdown()


class _Result(Protocol):
    def result(self) -> list[Extracted | None]: ...


def extract_submitted(submit: Callable[[list[Document], bytes], _Result], documents: Iterable[Document],
                      known: Callable[[], bytes], *, batch_size: int,
                      in_flight: int) -> Iterator[tuple[Document, Extracted | None]]:
    """(document, its records or None) for each document, in order, extracted elsewhere: SUBMIT sends a
    batch of BATCH_SIZE documents with the known people (KNOWN, read at that moment) and returns a future
    of their outcomes (a process pool's, a Dask cluster's); IN_FLIGHT batches are out at once. A batch
    that fails there comes back as None for each document (done by the caller)."""
    batches = _batches(iter(documents), batch_size)
    pending: deque[tuple[_Result, list[Document]]] = deque()

    def send() -> bool:
        batch = next(batches, None)
        if batch is None:
            return False
        pending.append((submit(batch, known()), batch))
        return True

    while len(pending) < in_flight and send():
        pass
    while pending:
        future, batch = pending.popleft()
        try:
            outcomes: list[Extracted | None] = future.result()
        except Exception:  # a worker lost, a result that could not be read: the batch is done here
            outcomes = [None] * len(batch)
        yield from zip(batch, outcomes, strict=True)
        send()  # after the batch is taken in: its people are in the next snapshot


def _batches(items: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while batch := list(islice(items, size)):
        yield batch
