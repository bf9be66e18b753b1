"""The fixed split of every development set into a half we look at and a half we only score.

By record id, so it never moves: a record is in the "look" half when the last hex digit of the SHA-1
of its id is even. Failures are read on the look half only; a gain the score half does not share is
fitting, not learning.
"""

from __future__ import annotations

import hashlib

HALVES = ("look", "score")


def half_of(record_id: str) -> str:
    return "look" if int(hashlib.sha1(record_id.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0 else "score"
