"""The nearest of a fixed set of words to a word, by the pipeline's static word vectors.

A pipeline without static vectors (en_core_web_sm has none) gives no neighbour at all: whatever backs off
to vectors switches itself off there.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import numpy as np
from spacy.strings import get_string_id
from spacy.vocab import Vocab


class NearestWords:
    """Cosine neighbours among WORDS. Two words that share a vector row (a pruned table maps rare words
    onto a common word's vector) say nothing about each other, so a word's own row is passed over."""

    def __init__(self, vocab: Vocab, words: Iterable[str]) -> None:
        self.vectors = vocab.vectors
        found = [(w, self._row(w)) for w in dict.fromkeys(words)]
        found = [(w, r) for w, r in found if r >= 0]
        self.words = [w for w, _ in found]
        self.rows = np.array([r for _, r in found], dtype=np.int64)
        table = np.asarray(self.vectors.data)[self.rows] if found else np.zeros((0, 1), dtype=np.float32)
        norms = np.linalg.norm(table, axis=1, keepdims=True)
        self.unit = table / np.where(norms == 0, 1, norms)

    def _row(self, word: str) -> int:
        if self.vectors.shape[0] == 0:
            return -1
        return int(self.vectors.key2row.get(get_string_id(word), -1))

    def ranked(self, word: str) -> list[tuple[str, float]]:
        """WORDS by similarity to WORD, most similar first (empty without a vector for WORD)."""
        row = self._row(word)
        if row < 0 or not self.words:
            return []
        vector = np.asarray(self.vectors.data)[row]
        norm = float(np.linalg.norm(vector))
        if norm == 0:
            return []
        sims = self.unit @ (vector / norm)
        return [(self.words[i], float(sims[i])) for i in np.argsort(-sims) if self.rows[i] != row]


@cache
def nearest_words(vocab: Vocab, words: tuple[str, ...]) -> NearestWords:
    return NearestWords(vocab, words)
