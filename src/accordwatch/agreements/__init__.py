"""Agreement definitions (YAML) and their schema."""

from accordwatch.agreements.schema import Agreement, Provision, deadline_of, is_agreement_file, load_agreement

__all__ = ["Agreement", "Provision", "deadline_of", "is_agreement_file", "load_agreement"]
