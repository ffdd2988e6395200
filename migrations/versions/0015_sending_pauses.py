"""sending_pauses: daily texts paused after carrier filtering (30007/30008), until an admin resumes

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sending_pauses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("sends", sa.Integer(), nullable=False),
        sa.Column("filtered", sa.Integer(), nullable=False),
        sa.Column("paused_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=True),
        sa.Column("resumed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resumed_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("active", name=op.f("ck_sending_pauses_active_true_or_null")),
        sa.CheckConstraint(
            "(active IS NULL) = (resumed_at IS NOT NULL)", name=op.f("ck_sending_pauses_active_until_resumed")
        ),
        sa.ForeignKeyConstraint(
            ["resumed_by_id"], ["staff_users.id"], name=op.f("fk_sending_pauses_resumed_by_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sending_pauses")),
        sa.UniqueConstraint("active", name=op.f("uq_sending_pauses_active")),
        sa.UniqueConstraint("day", name=op.f("uq_sending_pauses_day")),
    )


def downgrade() -> None:
    op.drop_table("sending_pauses")
