"""queue indexes: the SMS thread of an unknown number

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 13:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # An item from an unknown number shows the texts from and to that number: without these, two
    # sequential scans of the message tables per page view (~100 ms at a million rows).
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.create_index("ix_inbound_messages_from_phone_received_at", ["from_phone", "received_at"])
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_outbound_messages_to_phone_scheduled_for",
            ["to_phone", "scheduled_for"],
            sqlite_where=sa.text("to_phone IS NOT NULL"),
            postgresql_where=sa.text("to_phone IS NOT NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_outbound_messages_to_phone_scheduled_for")
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_inbound_messages_from_phone_received_at")
