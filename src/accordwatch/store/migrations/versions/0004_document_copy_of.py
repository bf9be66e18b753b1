"""documents: the same text under another id is kept as a copy of the document first stored with it

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('documents') as batch:
        batch.add_column(sa.Column('copy_of', sa.String(length=200), nullable=True))
        batch.create_index(batch.f('ix_documents_copy_of'), ['copy_of'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('documents') as batch:
        batch.drop_index(batch.f('ix_documents_copy_of'))
        batch.drop_column('copy_of')
