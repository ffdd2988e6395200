"""delivery_events.spool_key: a status callback spooled during an outage is stored once when replayed

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 11:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN and CREATE UNIQUE INDEX on both backends: no batch rebuild, so the table's
    # append-only triggers stay as they are. Every earlier callback came live (NULL).
    op.add_column("delivery_events", sa.Column("spool_key", sa.String(length=64), nullable=True))
    op.create_index("ix_delivery_events_spool_key", "delivery_events", ["spool_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_delivery_events_spool_key", table_name="delivery_events")
    op.execute("ALTER TABLE delivery_events DROP COLUMN spool_key")
