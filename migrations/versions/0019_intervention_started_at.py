"""participants.intervention_started_at: when they started the allocated intervention, set once

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 15:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from textsupport.services.trial import started

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN on both backends (no batch rebuild), then the value each participant would
    # have had, from the texts, queue events, audit rows and allocations already stored.
    op.add_column(
        "participants", sa.Column("intervention_started_at", sa.DateTime(timezone=True), nullable=True)
    )
    started.backfill(op.get_bind())


def downgrade() -> None:
    op.execute("ALTER TABLE participants DROP COLUMN intervention_started_at")
