"""the audit log's and queue events' actor indexes, and queue items' assignee index, hold only rows that
have one: every reply wrote an entry with none to each of them (a system entry, an item no peer is routed
to), which no query looks up

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-06 23:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index, table, columns, the column a row must have to be indexed)
INDEXES = (
    ("ix_audit_log_actor_id_at", "audit_log", ["actor_id", "at"], "actor_id"),
    ("ix_queue_events_actor_id_at", "queue_events", ["actor_id", "at"], "actor_id"),
    ("ix_queue_items_assignee_id_created_at", "queue_items", ["assignee_id", "created_at"], "assignee_id"),
)


def upgrade() -> None:
    for name, table, columns, column in INDEXES:
        op.drop_index(name, table_name=table)
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(name, table, columns, sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    for name, table, columns, _column in INDEXES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, columns)
