"""send pacer

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:03:42.319018
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('send_pacers',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('next_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_send_pacers'))
    )


def downgrade() -> None:
    op.drop_table('send_pacers')
