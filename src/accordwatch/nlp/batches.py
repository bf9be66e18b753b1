"""Texts parsed in batches bounded by count and by characters, one failure kept to its own text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

T = TypeVar("T")


def _batches(items: Iterable[tuple[str, T]], size: int, chars: int) -> Iterator[list[tuple[str, T]]]:
    batch: list[tuple[str, T]] = []
    held = 0
    for item in items:
        if batch and (len(batch) >= size or held + len(item[0]) > chars):
            yield batch
            batch, held = [], 0
        batch.append(item)
        held += len(item[0])
    if batch:
        yield batch


def parse_each(nlp: Language, texts: list[str]) -> list[Doc | Exception]:
    """TEXTS parsed one at a time (after a batch failed): a text that cannot be parsed gives its exception."""
    parsed: list[Doc | Exception] = []
    for text in texts:
        try:
            parsed.append(nlp(text))
        except Exception as err:  # kept as this text's failure
            parsed.append(err)
    return parsed


def parse_batches(nlp: Language, items: Iterable[tuple[str, T]], *, size: int,
                  chars: int) -> Iterator[tuple[Doc | Exception, T]]:
    """Each (text, context) of ITEMS as (its parse, context), in order; batches hold at most SIZE texts
    and CHARS characters (memory grows with what is parsed at once). A batch that fails is parsed
    again text by text, so a text that cannot be parsed yields its exception and the others their
    parses."""
    for batch in _batches(items, size, chars):
        texts = [text for text, _ in batch]
        try:
            parsed: list[Doc | Exception] = list(nlp.pipe(texts, batch_size=len(texts)))
        except Exception:  # which text failed is found one at a time
            parsed = parse_each(nlp, texts)
        yield from zip(parsed, (context for _, context in batch), strict=True)
