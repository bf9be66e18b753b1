"""Measuring accordwatch against development data: fixed halves of gold sets, ledger checkpoints."""

from accordwatch.evaluation.checkpoints import CheckpointResult, check_checkpoints
from accordwatch.evaluation.halves import HALVES, half_of

__all__ = ["HALVES", "CheckpointResult", "check_checkpoints", "half_of"]
