"""queue items by participant: the dashboard's started-the-intervention check, a participant's items

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 08:45:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Without it, asking whether a peer-arm participant had a reply or contact scans every queue item
    # once per participant (~175 ms per dashboard page at 10,000 participants).
    with op.batch_alter_table("queue_items", schema=None) as batch_op:
        batch_op.create_index("ix_queue_items_participant_id", ["participant_id"])


def downgrade() -> None:
    with op.batch_alter_table("queue_items", schema=None) as batch_op:
        batch_op.drop_index("ix_queue_items_participant_id")
