"""report indexes: texts and replies by time, for the trial dashboard's weeks

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 08:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The dashboard counts texts and replies per week of a date range: without these, a sequential
    # scan of each message table per page view (~1,000,000 rows). On PostgreSQL the counted columns
    # ride along (INCLUDE), so a range is an index-only scan.
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_outbound_messages_scheduled_for",
            ["scheduled_for"],
            postgresql_include=["status", "sent_at", "participant_id", "error_code"],
        )
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_inbound_messages_received_at", ["received_at"], postgresql_include=["level", "participant_id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_inbound_messages_received_at")
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_outbound_messages_scheduled_for")
