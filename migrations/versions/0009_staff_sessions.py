"""server-side staff sessions: revocable, with an absolute lifetime and the pending TOTP key

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 07:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

END_REASONS = ("signed_out", "password_reset", "deactivated", "mfa_set_up", "mfa_reset")


def upgrade() -> None:
    op.create_table(
        "staff_sessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ip", sa.String(length=45), nullable=True),
        sa.Column("user_agent", sa.String(length=256), nullable=True),
        sa.Column("second_factor", sa.Boolean(), nullable=False),
        sa.Column("pending_totp", sa.Text(), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "end_reason",
            sa.Enum(*END_REASONS, name="session_end_reason", native_enum=False, create_constraint=True, length=32),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(["user_id"], ["staff_users.id"], name=op.f("fk_staff_sessions_user_id_staff_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_sessions")),
    )
    op.create_index("ix_staff_sessions_user_id_created_at", "staff_sessions", ["user_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_staff_sessions_user_id_created_at", table_name="staff_sessions")
    op.drop_table("staff_sessions")
