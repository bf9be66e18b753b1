"""Agreements registered with a database (their definitions, as validated YAML)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from accordwatch.agreements import Agreement
from accordwatch.store.schema import AgreementRow


def save_agreement(session: Session, agreement: Agreement, source: str) -> None:
    row = session.get(AgreementRow, agreement.id)
    if row is None:
        row = AgreementRow(id=agreement.id)
        session.add(row)
    row.definition = agreement.model_dump(mode="json")
    row.source = source
    row.added_at = datetime.now(UTC).replace(tzinfo=None)


def stored_agreements(session: Session) -> list[Agreement]:
    rows = session.scalars(select(AgreementRow).order_by(AgreementRow.added_at.desc()))
    return [Agreement.model_validate(row.definition) for row in rows]
