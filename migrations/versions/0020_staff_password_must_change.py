"""staff_users.must_change_password: a password an admin set (a new account, a reset) is changed by its
owner at the next sign-in before any other page opens

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 00:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN on both backends (a batch copy of staff_users would fail on SQLite, which many
    # tables point at). Accounts made before this revision are not asked: nobody knows who set theirs.
    op.add_column(
        "staff_users",
        sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE staff_users DROP COLUMN must_change_password")
