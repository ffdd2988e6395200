"""late replies: how each reply arrived (webhook, spool, backstop) and when it was stored; provider checkpoints

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN with a column CHECK on both backends (as 0006): every earlier reply came by webhook.
    op.execute(
        "ALTER TABLE inbound_messages ADD COLUMN arrival VARCHAR(32) DEFAULT 'webhook' NOT NULL CONSTRAINT"
        " ck_inbound_messages_inbound_arrival CHECK (arrival IN ('webhook', 'spool', 'backstop'))"
    )
    op.add_column("inbound_messages", sa.Column("stored_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "provider_checkpoints",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("reconciled_until", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_provider_checkpoints")),
    )


def downgrade() -> None:
    op.drop_table("provider_checkpoints")
    op.execute("ALTER TABLE inbound_messages DROP COLUMN stored_at")
    op.execute("ALTER TABLE inbound_messages DROP COLUMN arrival")
