"""training_completions: peer workers' completed training modules, with the expiry computed when recorded

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 15:15:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "training_completions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("module_key", sa.String(length=48), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("trainer", sa.String(length=100), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "hours > 0 AND hours <= 1000", name=op.f("ck_training_completions_hours_positive")
        ),
        sa.CheckConstraint(
            "expires_on IS NULL OR expires_on > completed_on",
            name=op.f("ck_training_completions_expires_after_completion"),
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["staff_users.id"], name=op.f("fk_training_completions_worker_id_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff_users.id"],
            name=op.f("fk_training_completions_recorded_by_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_completions")),
        sa.UniqueConstraint(
            "worker_id",
            "module_key",
            "completed_on",
            name=op.f("uq_training_completions_worker_id_module_key_completed_on"),
        ),
    )
    op.create_index("ix_training_completions_expires_on", "training_completions", ["expires_on"])


def downgrade() -> None:
    op.drop_index("ix_training_completions_expires_on", table_name="training_completions")
    op.drop_table("training_completions")
