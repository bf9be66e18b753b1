"""A cheap summary of what the store holds, which changes whenever anything a page shows changes:
documents stored, updated, deleted or extracted; reviews taken; failures recorded or closed;
agreements added. Readers that keep what they loaded (the workbench) compare it before reusing."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accordwatch.store.schema import AgreementRow, DocumentRow, FailureRow, ReviewRow


def store_fingerprint(session: Session) -> tuple:
    documents = session.execute(select(func.count(DocumentRow.id), func.max(DocumentRow.ingested_at),
                                       func.max(DocumentRow.extracted_at))).one()
    reviews = session.execute(select(func.count(ReviewRow.id), func.max(ReviewRow.id))).one()
    failures = session.execute(select(func.count(FailureRow.id), func.max(FailureRow.id),
                                      func.count(FailureRow.resolved_at))).one()
    agreements = session.execute(select(func.count(AgreementRow.id), func.max(AgreementRow.added_at))).one()
    return (*documents, *reviews, *failures, *agreements)
