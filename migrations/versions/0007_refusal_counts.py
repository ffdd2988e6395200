"""refused requests counted per minute, kind and source (one row a minute, not one a request)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "refusal_counts",
        sa.Column("minute", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=45), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_path", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("minute", "kind", "source", name=op.f("pk_refusal_counts")),
    )


def downgrade() -> None:
    op.drop_table("refusal_counts")
