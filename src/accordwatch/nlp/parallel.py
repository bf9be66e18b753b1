"""The parse of many texts on several cores: worker processes, each loading the model once, parse
batches and send the Docs back; they come out in the order the texts went in.

Only the parse (most of the time) is spread: extraction stays in the calling process, document after
document, because a document's people are matched against the people of the documents before it.
So the records are exactly those of one process. The batches are the ones a single nlp.pipe makes
(BATCH_SIZE consecutive texts), so even the parse's arithmetic is the same.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Protocol, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from accordwatch.nlp.batches import parse_each
from accordwatch.nlp.pipeline import build_pipeline

Item = TypeVar("Item")
# not sent back: the tensor is the model's working state, large, and read by nothing downstream
_NOT_SENT = ["tensor"]
# batches parsed or waiting per worker: enough to keep every worker busy, few enough to bound memory
_IN_FLIGHT_PER_WORKER = 3

_worker_nlp: Language | None = None


def _load(model: str) -> None:
    global _worker_nlp
    _worker_nlp = build_pipeline(model)


def _parse(texts: list[str], batch_size: int) -> list[bytes]:
    assert _worker_nlp is not None, "the worker's model is loaded by its initializer"
    return serialised_parse(_worker_nlp, texts, batch_size)


def serialised_parse(nlp: Language, texts: list[str], batch_size: int) -> list[bytes]:
    """TEXTS parsed by NLP, as bytes a Doc of the same model's vocabulary reads back."""
    return [doc.to_bytes(exclude=_NOT_SENT) for doc in nlp.pipe(texts, batch_size=batch_size)]


def parse_in_order(nlp: Language, items: Iterable[tuple[str, Item]], *, model: str, batch_size: int,
                   workers: int = 1) -> Iterator[tuple[Doc | Exception, Item]]:
    """(Doc, item) for each (text, item), in order: parsed by NLP here when WORKERS is 1, else by
    WORKERS processes with MODEL loaded in each (NLP's vocabulary reads their Docs back). A text that
    cannot be parsed comes back as its exception, the others as their Docs."""
    if workers <= 1:
        yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size)
        return
    # spawn, not fork: the caller holds database connections and threads a child must not share
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_load, initargs=(model,)) as pool:
        yield from parse_submitted(lambda texts: pool.submit(_parse, texts, batch_size), nlp, items,
                                   batch_size=batch_size, in_flight=workers * _IN_FLIGHT_PER_WORKER)


class _Result(Protocol):
    def result(self) -> list[bytes]: ...


def parse_submitted(submit: Callable[[list[str]], _Result], nlp: Language, items: Iterable[tuple[str, Item]], *,
                    batch_size: int, in_flight: int) -> Iterator[tuple[Doc | Exception, Item]]:
    """(Doc, item) for each (text, item), in order, the texts parsed elsewhere: SUBMIT sends a batch of
    BATCH_SIZE texts and returns a future of their serialised Docs (a process pool's, a Dask cluster's);
    IN_FLIGHT batches are out at once. A batch that fails there is parsed here, one text at a time."""
    batches = _batches(iter(items), batch_size)
    pending: deque[tuple[_Result, list[str], list[Item]]] = deque()

    def send() -> bool:
        batch = next(batches, None)
        if batch is None:
            return False
        texts = [text for text, _ in batch]
        pending.append((submit(texts), texts, [i for _, i in batch]))
        return True

    while len(pending) < in_flight and send():
        pass
    while pending:
        future, texts, batch_items = pending.popleft()
        send()
        try:
            results: list[Doc | Exception] = [Doc(nlp.vocab).from_bytes(d) for d in future.result()]
        except Exception:  # a text the worker could not parse: the batch again here, one text at a time
            results = parse_each(nlp, texts)
        yield from zip(results, batch_items, strict=True)


def _batches(items: Iterator[tuple[str, Item]], size: int) -> Iterator[list[tuple[str, Item]]]:
    while batch := list(islice(items, size)):
        yield batch
