"""Parse and extraction sent to a Dask cluster (dask.distributed): `--dask tcp://HOST:PORT`.

As with worker processes (parallel.py): each batch of documents is a task, parsed and extracted there
against the known people sent with it; the records come back in the order the documents went in and
are kept here only when every question asked of the known people has the same answer against the
true ones (else the document is extracted again here). So the records are the ones one process makes,
and saving them is idempotent (a document's records are replaced whole). Each worker loads the model
once: a worker plugin loads it when the worker joins, and build_pipeline's cache keeps it; a lock lets
one thread of a worker use it at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator

from distributed import Client, WorkerPlugin

from accordwatch.errors import AccordwatchError
from accordwatch.kb import KnowledgeBase, default_knowledge_base
from accordwatch.model import Document
from accordwatch.nlp.parallel import Extracted, Job, extract_batch, extract_submitted
from accordwatch.nlp.pipeline import build_pipeline

# batches out per worker thread of the cluster: enough to keep each busy, few enough to bound memory
IN_FLIGHT_PER_THREAD = 2
# how long to wait for the scheduler before giving up
CONNECT_SECONDS = 10
_model_lock = threading.Lock()  # one parse at a time per worker process (a spaCy pipeline is not shared)


def extract_on_worker(model: str, kb: KnowledgeBase | None, documents: list[Document], known: bytes,
                      job: Job) -> list[Extracted | None]:
    """A worker's task: DOCUMENTS parsed by MODEL (loaded once per worker process) and extracted with KB
    (None: the default one) against KNOWN (parallel.extract_batch)."""
    with _model_lock:
        return extract_batch(build_pipeline(model), kb or default_knowledge_base(), documents, known, job)


class ModelLoader(WorkerPlugin):
    """A worker plugin: the spaCy model loaded when a worker joins, before its first task."""

    name = "accordwatch-model"

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker: object) -> None:  # type: ignore[override]
        with _model_lock:
            build_pipeline(self.model)


def extract_on_cluster(documents: Iterable[Document], known: Callable[[], bytes], *, address: str, model: str,
                       kb: KnowledgeBase | None, job: Job) -> Iterator[tuple[Document, Extracted | None]]:
    """(document, its records or None) for each document, in order, extracted by the Dask cluster whose
    scheduler is at ADDRESS (its workers need accordwatch and MODEL installed) with KB (None: the
    default one); KNOWN gives the known people, pickled, when a batch is sent."""
    try:
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:  # refused, unknown host, no answer, not an address
        raise AccordwatchError(f"cannot reach the Dask scheduler at {address}: {str(err).splitlines()[0]}") from err
    with client:
        client.register_plugin(ModelLoader(model))
        threads = sum(client.nthreads().values()) or 1
        shared = client.scatter(kb, broadcast=True) if kb is not None else None  # sent once, not per task

        def submit(batch: list[Document], people: bytes):  # -> a distributed Future of the batch's outcomes
            return client.submit(extract_on_worker, model, shared, batch, people, job, pure=False)

        yield from extract_submitted(submit, documents, known, batch_size=job.batch_size,
                                     in_flight=threads * IN_FLIGHT_PER_THREAD)
