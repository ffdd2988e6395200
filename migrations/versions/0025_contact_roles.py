"""contact_roles: the peer roles a reply or logged contact served (issue 18, fidelity)

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06 03:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contact_roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("role_code", sa.String(length=40), nullable=False),
        sa.Column("tagged_by_id", sa.Integer(), nullable=False),
        sa.Column("tagged_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["queue_events.id"], name=op.f("fk_contact_roles_event_id_queue_events")
        ),
        sa.ForeignKeyConstraint(
            ["tagged_by_id"], ["staff_users.id"], name=op.f("fk_contact_roles_tagged_by_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_roles")),
        sa.UniqueConstraint("event_id", "role_code", name=op.f("uq_contact_roles_event_id_role_code")),
    )


def downgrade() -> None:
    op.drop_table("contact_roles")
