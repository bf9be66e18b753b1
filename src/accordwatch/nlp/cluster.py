"""The parse sent to a Dask cluster (dask.distributed): `--dask tcp://HOST:PORT`.

As with worker processes (parallel.py), only the parse goes out: each batch of texts is a task, its
Docs come back as bytes, in the order the texts went in, and the extraction stays here, document
after document, because a document's people are matched against those of the documents before it.
So the records are the ones one process makes, and saving them is idempotent (a document's records
are replaced whole). Each worker loads the model once: a worker plugin loads it when the worker
joins, and build_pipeline's cache keeps it; a lock lets one thread of a worker use it at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

from distributed import Client, WorkerPlugin
from spacy.language import Language
from spacy.tokens import Doc

from accordwatch.errors import AccordwatchError
from accordwatch.nlp.parallel import parse_submitted, serialised_parse
from accordwatch.nlp.pipeline import build_pipeline

Item = TypeVar("Item")
# batches out per worker thread of the cluster: enough to keep each busy, few enough to bound memory
IN_FLIGHT_PER_THREAD = 2
# how long to wait for the scheduler before giving up
CONNECT_SECONDS = 10
_model_lock = threading.Lock()  # one parse at a time per worker process (a spaCy pipeline is not shared)


def parse_batch(model: str, texts: list[str], batch_size: int) -> list[bytes]:
    """A worker's task: TEXTS parsed by MODEL (loaded once per worker process)."""
    with _model_lock:
        return serialised_parse(build_pipeline(model), texts, batch_size)


class ModelLoader(WorkerPlugin):
    """A worker plugin: the spaCy model loaded when a worker joins, before its first task."""

    name = "accordwatch-model"

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker: object) -> None:  # type: ignore[override]
        with _model_lock:
            build_pipeline(self.model)


def parse_on_cluster(nlp: Language, items: Iterable[tuple[str, Item]], *, address: str, model: str,
                     batch_size: int) -> Iterator[tuple[Doc | Exception, Item]]:
    """(Doc, item) for each (text, item), in order, parsed by the Dask cluster whose scheduler is at
    ADDRESS (its workers need accordwatch and MODEL installed); NLP's vocabulary reads the Docs back."""
    try:
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:  # refused, unknown host, no answer, not an address
        raise AccordwatchError(f"cannot reach the Dask scheduler at {address}: {str(err).splitlines()[0]}") from err
    with client:
        client.register_plugin(ModelLoader(model))
        threads = sum(client.nthreads().values()) or 1

        def submit(texts: list[str]):  # -> a distributed Future of the batch's Docs as bytes
            return client.submit(parse_batch, model, texts, batch_size, pure=False)

        yield from parse_submitted(submit, nlp, items, batch_size=batch_size,
                                   in_flight=threads * IN_FLIGHT_PER_THREAD)
