"""Near-duplicate reports (one wire story on several sites, lightly edited): MinHash signatures of a
document's word shingles, boilerplate lines left out, and an LSH index that finds a new document's
likely twins among the stored ones without comparing it with each.

An ingest looks a document up by its band keys in the store (store/stories.py); StoryIndex holds
signatures in memory for measuring a corpus. Candidates either returns are kept only when their
signatures' estimated Jaccard similarity reaches STORY_SIMILARITY, so the relation is symmetric and
the stories (its connected components) are the same whatever order the documents arrive in.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from accordwatch.model import Document

if TYPE_CHECKING:
    from datasketch import MinHash

# permutations per signature: the estimate's standard error is about 1/sqrt(NUM_PERM) (0.09)
NUM_PERM = 128
# words per shingle: five keeps the stock phrases of one topic ("the release of Taliban prisoners") and a
# shared background paragraph from making two stories alike (different reports of our examples share at
# most 0.09 with five, 0.16 with three), while an edit still leaves most shingles of a story in place
SHINGLE_WORDS = 5
# estimated Jaccard similarity of shingle sets from which two documents are one story, measured with
# bench/syndication.py on our examples: a new lead keeps 0.55-0.91, a dropped paragraph 0.62-0.91, a
# fifth of some words changed 0.76-1.00, an outlet's furniture 1.00 (its lines are boilerplate), all
# four edits at once 0.28-0.75; two different reports (same agreements, same parties) 0.00-0.09
STORY_SIMILARITY = 0.25
# a document with fewer shingles than this is too short to tell a story from a shared phrase
MIN_SHINGLES = 12
# the fixed seed of the permutations: a signature stored today compares with one made next year
_SEED = 1
# datasketch's permutation scheme, named because signatures are stored (its default may change)
_SCHEME = "affine32"
# where a document's signature is kept (documents.meta): the index is rebuilt from these, not texts
SIGNATURE_KEY = "story_minhash"
_WORD = re.compile(r"\w+")


def shingles(document: Document) -> set[bytes]:
    """The document's word shingles (lower case), its boilerplate lines left out."""
    if document.lines:
        text = "\n".join(document.text[start:end] for start, end, kind in document.lines if kind != "boilerplate")
    else:
        text = document.text
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}


def signature(document: Document) -> list[int] | None:
    """The document's MinHash signature, or None when it is too short to be compared."""
    found = shingles(document)
    if len(found) < MIN_SHINGLES:
        return None
    from datasketch import MinHash  # (here: datasketch takes scipy in, a second at each start of the CLI)

    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    minhash.update_batch(sorted(found))
    return [int(v) for v in minhash.hashvalues]


# the bands of a signature the index looks a document up by: datasketch's optimum for the threshold
# (its false positives and negatives weighed alike) for 0.25 and 128 values, written out so that a
# command that reads no documents need not import datasketch (tests/test_syndication.py checks them)
BANDS, BAND_ROWS = 42, 3


def band_keys(values: list[int] | np.ndarray) -> list[int]:
    """A signature's BANDS keys (signed 64-bit, so any database stores them): two documents with a key in
    common agree on every value of one band, and are candidates for one story."""
    array = np.asarray(values, dtype=np.uint64)
    keys = []
    for band in range(BANDS):
        chunk = array[band * BAND_ROWS:(band + 1) * BAND_ROWS].astype("<u8").tobytes()
        digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def _minhash(values: list[int] | np.ndarray) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashvalues=values)


def similarity(first: list[int] | np.ndarray, second: list[int] | np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets: the share of equal minima (what
    MinHash.jaccard computes, without building two MinHash objects: a story of hundreds is compared
    with each new member)."""
    first, second = np.asarray(first, dtype=np.uint64), np.asarray(second, dtype=np.uint64)
    return float(np.count_nonzero(first == second)) / float(len(first))


class StoryIndex:
    """Signatures held in memory, banded for lookup (datasketch's MinHashLSH): for measuring a corpus
    (bench/syndication.py); an ingest looks documents up in the store's bands (store/stories.py)."""

    def __init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=STORY_SIMILARITY, num_perm=NUM_PERM)
        self._signatures: dict[str, np.ndarray] = {}  # (an array: a list of ints takes four times the room)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._signatures

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, doc_id: str, values: list[int]) -> None:
        if doc_id in self._signatures:
            self.remove(doc_id)
        self._signatures[doc_id] = np.asarray(values, dtype=np.uint64)
        self._lsh.insert(doc_id, _minhash(self._signatures[doc_id]))

    def add_all(self, signatures: Iterable[tuple[str, list[int]]]) -> None:
        for doc_id, values in signatures:
            self.add(doc_id, values)

    def remove(self, doc_id: str) -> None:
        if self._signatures.pop(doc_id, None) is not None:
            self._lsh.remove(doc_id)

    def similar(self, values: list[int], *, besides: str | None = None) -> list[str]:
        """The indexed documents one story with a document of signature VALUES (in id order)."""
        candidates = self._lsh.query(_minhash(values))
        return sorted(c for c in candidates if c != besides
                      and similarity(values, self._signatures[c]) >= STORY_SIMILARITY)
