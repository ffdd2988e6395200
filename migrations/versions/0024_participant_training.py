"""participants.training: practice participants for training peer workers (issue 17, the sandbox)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06 00:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN with a server default on both backends: every participant so far is real.
    op.add_column(
        "participants",
        sa.Column("training", sa.Boolean(), nullable=False, server_default=sa.text("false")),
    )
    op.create_index(
        "ix_participants_training",
        "participants",
        ["id"],
        sqlite_where=sa.text("training"),
        postgresql_where=sa.text("training"),
    )


def downgrade() -> None:
    op.drop_index("ix_participants_training", table_name="participants")
    op.execute("ALTER TABLE participants DROP COLUMN training")
