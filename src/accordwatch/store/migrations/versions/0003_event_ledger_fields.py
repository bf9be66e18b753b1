"""events: what the ledger and the contested accounts need: the other side of a contest, told as more of
the same, outside the agreement, vague counts

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.add_column(sa.Column('contested_with', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch.add_column(sa.Column('adds_to', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column('outside_agreement', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column('vague_counts', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.drop_column('vague_counts')
        batch.drop_column('outside_agreement')
        batch.drop_column('adds_to')
        batch.drop_column('contested_with')
