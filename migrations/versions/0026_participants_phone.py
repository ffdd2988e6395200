"""participants.phone: a plain index for the reply's sender read (the unique index is partial)

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06 05:20:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_participants_phone", "participants", ["phone"])


def downgrade() -> None:
    op.drop_index("ix_participants_phone", table_name="participants")
