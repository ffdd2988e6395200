"""supervision_checkins, debrief_requests and staff_users.shift_started_at, and indexes of
queue events by actor and items by assignee: the programme's supervision, the debrief offered after a crisis, and the
crisis items a worker took this shift

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06 00:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.add_column("staff_users", sa.Column("shift_started_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "supervision_checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("held_by_id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("checkin_kind", "supervision", "mentorship"), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("wellbeing", _enum("wellbeing_flag", "ok", "strained", "needs_time_off"), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "minutes > 0 AND minutes <= 480", name=op.f("ck_supervision_checkins_minutes_in_range")
        ),
        sa.CheckConstraint("worker_id <> held_by_id", name=op.f("ck_supervision_checkins_not_with_oneself")),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["staff_users.id"], name=op.f("fk_supervision_checkins_worker_id_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["held_by_id"], ["staff_users.id"], name=op.f("fk_supervision_checkins_held_by_id_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff_users.id"],
            name=op.f("fk_supervision_checkins_recorded_by_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_checkins")),
        sa.UniqueConstraint(
            "worker_id",
            "held_by_id",
            "held_on",
            name=op.f("uq_supervision_checkins_worker_id_held_by_id_held_on"),
        ),
    )
    op.create_index(
        "ix_supervision_checkins_worker_id_held_on", "supervision_checkins", ["worker_id", "held_on"]
    )
    op.create_table(
        "debrief_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("answer", _enum("debrief_answer", "requested", "declined"), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["staff_users.id"], name=op.f("fk_debrief_requests_worker_id_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["queue_items.id"], name=op.f("fk_debrief_requests_item_id_queue_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_debrief_requests")),
        sa.UniqueConstraint("worker_id", "item_id", name=op.f("uq_debrief_requests_worker_id_item_id")),
    )
    op.create_index("ix_debrief_requests_worker_id_at", "debrief_requests", ["worker_id", "at"])
    op.create_index("ix_queue_events_actor_id_at", "queue_events", ["actor_id", "at"])
    op.create_index("ix_queue_items_assignee_id_created_at", "queue_items", ["assignee_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_queue_items_assignee_id_created_at", table_name="queue_items")
    op.drop_index("ix_queue_events_actor_id_at", table_name="queue_events")
    op.drop_index("ix_debrief_requests_worker_id_at", table_name="debrief_requests")
    op.drop_table("debrief_requests")
    op.drop_index("ix_supervision_checkins_worker_id_held_on", table_name="supervision_checkins")
    op.drop_table("supervision_checkins")
    op.execute("ALTER TABLE staff_users DROP COLUMN shift_started_at")
