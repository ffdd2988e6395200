"""withdrawal kinds (intervention or study) and one-time form submission tokens

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 16:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN with a column CHECK on both backends: a batch copy of participants would
    # fail on SQLite once other tables point at it.
    op.execute(
        "ALTER TABLE participants ADD COLUMN withdrawal_kind VARCHAR(32) CONSTRAINT"
        " ck_participants_withdrawal_kind CHECK (withdrawal_kind IN ('intervention', 'study'))"
    )
    # Every withdrawal before this revision stopped everything: a withdrawal from the study.
    op.execute("UPDATE participants SET withdrawal_kind = 'study' WHERE status = 'withdrawn'")
    op.create_table(
        "form_submissions",
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["staff_users.id"], name=op.f("fk_form_submissions_user_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("token", name=op.f("pk_form_submissions")),
    )


def downgrade() -> None:
    op.drop_table("form_submissions")
    op.execute("ALTER TABLE participants DROP COLUMN withdrawal_kind")
