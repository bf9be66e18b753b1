"""Reviews: a person's confirmations and corrections, kept apart from the machine's records, applied
before any figure is computed, and logged."""

from accordwatch.review.apply import apply_reviews, reviewed_documents, reviewed_records
from accordwatch.review.decisions import record_review, review_log, reviews_in_force
from accordwatch.review.fields import CORRECTABLE_CLAIM_FIELDS, CORRECTABLE_EVENT_FIELDS, ReviewError
from accordwatch.review.queue import QueueItem, review_queue

__all__ = [
    "CORRECTABLE_CLAIM_FIELDS", "CORRECTABLE_EVENT_FIELDS", "QueueItem", "ReviewError", "apply_reviews",
    "record_review", "review_log", "review_queue", "reviewed_documents", "reviewed_records", "reviews_in_force",
]
