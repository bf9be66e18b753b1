"""Agreement definitions (YAML) and their schema."""

from accordwatch.agreements.schema import Agreement, Provision, deadline_of, load_agreement

__all__ = ["Agreement", "Provision", "deadline_of", "load_agreement"]
