"""outbox rendering at send time, appointments, allocation start date

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:57:15.224635
"""

from collections.abc import Sequence
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def backfill_start_dates() -> None:
    """Existing allocations get the local date of randomisation in the participant's zone."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT a.id, a.allocated_at, p.tz FROM allocations a JOIN participants p ON p.id = a.participant_id")
    ).all()
    for allocation_id, allocated_at, tz in rows:
        instant = allocated_at if isinstance(allocated_at, datetime) else datetime.fromisoformat(str(allocated_at))
        if instant.tzinfo is None:
            instant = instant.replace(tzinfo=timezone.utc)
        local = instant.astimezone(ZoneInfo(tz)).date()
        bind.execute(sa.text("UPDATE allocations SET start_date = :d WHERE id = :id"), {"d": local, "id": allocation_id})


def upgrade() -> None:
    op.create_table('appointments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('location', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff_users.id'], name=op.f('fk_appointments_created_by_id_staff_users')),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_appointments_participant_id_participants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointments'))
    )
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.create_index('ix_appointments_at', ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_appointments_participant_id'), ['participant_id'], unique=False)

    with op.batch_alter_table('allocations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('start_date', sa.Date(), nullable=True))
    backfill_start_dates()
    with op.batch_alter_table('allocations', schema=None) as batch_op:
        batch_op.alter_column('start_date', existing_type=sa.Date(), nullable=False)

    with op.batch_alter_table('outbound_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assessment_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('appointment_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('segments', sa.Integer(), nullable=True))
        batch_op.alter_column('body',
               existing_type=sa.TEXT(),
               nullable=True)
        batch_op.create_foreign_key(batch_op.f('fk_outbound_messages_assessment_id_assessments'), 'assessments', ['assessment_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_outbound_messages_appointment_id_appointments'), 'appointments', ['appointment_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('outbound_messages', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_outbound_messages_appointment_id_appointments'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_outbound_messages_assessment_id_assessments'), type_='foreignkey')
        batch_op.alter_column('body',
               existing_type=sa.TEXT(),
               nullable=False)
        batch_op.drop_column('segments')
        batch_op.drop_column('appointment_id')
        batch_op.drop_column('assessment_id')

    with op.batch_alter_table('allocations', schema=None) as batch_op:
        batch_op.drop_column('start_date')

    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointments_participant_id'))
        batch_op.drop_index('ix_appointments_at')

    op.drop_table('appointments')
