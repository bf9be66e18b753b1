"""workbench users, API tokens, reviews kept apart from machine records and their log; documents.story_of

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('documents') as batch:
        batch.add_column(sa.Column('story_of', sa.String(length=200), nullable=True))
        batch.create_index(batch.f('ix_documents_story_of'), ['story_of'], unique=False)
    op.create_table(
        'users',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('password_hash', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('disabled', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('name'),
    )
    op.create_table(
        'api_tokens',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('label', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('last_used_at', sa.DateTime(), nullable=True),
        sa.Column('revoked_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('token_hash'),
    )
    op.create_index(op.f('ix_api_tokens_user_id'), 'api_tokens', ['user_id'], unique=False)
    op.create_table(
        'reviews',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('target_kind', sa.String(length=10), nullable=False),
        sa.Column('doc_id', sa.String(length=200), nullable=False),
        sa.Column('content_hash', sa.String(length=64), nullable=False),
        sa.Column('anchor_start', sa.Integer(), nullable=False),
        sa.Column('anchor_end', sa.Integer(), nullable=False),
        sa.Column('anchor_text', sa.Text(), nullable=False),
        sa.Column('category', sa.String(length=20), nullable=True),
        sa.Column('record_id', sa.String(length=240), nullable=True),
        sa.Column('action', sa.String(length=20), nullable=False),
        sa.Column('changes', sa.JSON(), nullable=False),
        sa.Column('merge_into', sa.JSON(), nullable=True),
        sa.Column('parts', sa.JSON(), nullable=False),
        sa.Column('reviewer', sa.String(length=100), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('superseded_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_reviews_doc_id'), 'reviews', ['doc_id'], unique=False)
    op.create_table(
        'review_log',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('review_id', sa.Integer(), nullable=False),
        sa.Column('target_kind', sa.String(length=10), nullable=False),
        sa.Column('record_id', sa.String(length=240), nullable=True),
        sa.Column('doc_id', sa.String(length=200), nullable=False),
        sa.Column('action', sa.String(length=20), nullable=False),
        sa.Column('reviewer', sa.String(length=100), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('before', sa.JSON(), nullable=False),
        sa.Column('after', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_review_log_review_id'), 'review_log', ['review_id'], unique=False)
    op.create_index(op.f('ix_review_log_doc_id'), 'review_log', ['doc_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_review_log_doc_id'), table_name='review_log')
    op.drop_index(op.f('ix_review_log_review_id'), table_name='review_log')
    op.drop_table('review_log')
    op.drop_index(op.f('ix_reviews_doc_id'), table_name='reviews')
    op.drop_table('reviews')
    op.drop_index(op.f('ix_api_tokens_user_id'), table_name='api_tokens')
    op.drop_table('api_tokens')
    op.drop_table('users')
    with op.batch_alter_table('documents') as batch:
        batch.drop_index(batch.f('ix_documents_story_of'))
        batch.drop_column('story_of')
