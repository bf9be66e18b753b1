"""story_bands: the band keys of each document's story signature, the index near-duplicates are
looked up in by query (it was held in memory, rebuilt from every stored signature on each ingest)

Revision ID: 0006
Revises: 0005
"""

import json

import sqlalchemy as sa
from alembic import op

from accordwatch.ingest.syndication import SIGNATURE_KEY, band_keys

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_BATCH = 500


def upgrade() -> None:
    op.create_table(
        'story_bands',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('doc_id', sa.String(length=200), nullable=False),
        sa.Column('key', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['doc_id'], ['documents.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_story_bands_doc_id'), 'story_bands', ['doc_id'], unique=False)
    op.create_index(op.f('ix_story_bands_key'), 'story_bands', ['key'], unique=False)
    # the stored documents' bands, from the signatures their metadata keeps (copies have none)
    connection = op.get_bind()
    documents = sa.table('documents', sa.column('id', sa.String), sa.column('meta', sa.JSON),
                         sa.column('copy_of', sa.String))
    bands = sa.table('story_bands', sa.column('doc_id', sa.String), sa.column('key', sa.BigInteger))
    rows = connection.execute(sa.select(documents.c.id, documents.c.meta).where(documents.c.copy_of.is_(None)))
    pending: list[dict] = []
    for doc_id, meta in rows:
        meta = json.loads(meta) if isinstance(meta, str) else (meta or {})
        values = meta.get(SIGNATURE_KEY)
        if values:
            pending += [{'doc_id': doc_id, 'key': key} for key in band_keys([int(v) for v in values])]
        if len(pending) >= _BATCH * 42:
            connection.execute(bands.insert(), pending)
            pending = []
    if pending:
        connection.execute(bands.insert(), pending)


def downgrade() -> None:
    op.drop_index(op.f('ix_story_bands_key'), table_name='story_bands')
    op.drop_index(op.f('ix_story_bands_doc_id'), table_name='story_bands')
    op.drop_table('story_bands')
