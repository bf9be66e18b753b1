"""Assess: link events to provisions, count progress once, status as of a date."""

from accordwatch.assess.progress import ActorIndex, Assessment, ProvisionStatus, assess_agreement

__all__ = ["ActorIndex", "Assessment", "ProvisionStatus", "assess_agreement"]
