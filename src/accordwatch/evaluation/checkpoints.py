"""A ledger held against an analyst's checkpoints (a corpus's expected.yaml): at each as-of date and
for each side, the figure must lie within [conservative - 5%, high + 5%] of the analyst's tally."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

TOLERANCE = 0.05


@dataclass(frozen=True, slots=True)
class CheckpointResult:
    as_of: date
    side: str
    provision: str
    figure: int
    low: float
    high: float

    @property
    def ok(self) -> bool:
        return self.low <= self.figure <= self.high

    def __str__(self) -> str:
        mark = "ok" if self.ok else "OUT"
        return (f"{self.as_of} {self.side:<26} {self.figure:>7,}  expected {self.low:,.0f}-{self.high:,.0f}  {mark}")


def check_checkpoints(checkpoints: list[dict], sides: dict[str, str],
                      figure_of: Callable[[date, str], int]) -> list[CheckpointResult]:
    """SIDES maps a checkpoint's side key to the provision id; FIGURE_OF(as_of, provision) is the
    ledger's figure (what `export --as-of` shows)."""
    results = []
    for checkpoint in checkpoints:
        as_of = date.fromisoformat(str(checkpoint["as_of"]))
        for side, provision in sides.items():
            expected = checkpoint.get(side)
            if not isinstance(expected, dict):
                continue
            low = float(expected["conservative"]) * (1 - TOLERANCE)
            high = float(expected.get("high", expected["conservative"])) * (1 + TOLERANCE)
            results.append(CheckpointResult(as_of, side, provision, figure_of(as_of, provision), low, high))
    return results
