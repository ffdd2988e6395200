"""staff_sessions.end_reason: a session ended by its own account changing its password, or from its
account page in another session

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 15:20:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ck_staff_sessions_session_end_reason"
BEFORE = ("signed_out", "password_reset", "deactivated", "mfa_set_up", "mfa_reset")
AFTER = (*BEFORE, "password_changed", "ended_by_user")


def _allow(reasons: tuple[str, ...]) -> None:
    # Nothing points at staff_sessions, so SQLite's batch copy of it is safe; the constraint is
    # named by the models' convention, so both backends drop and add it by that name.
    listed = ", ".join(f"'{reason}'" for reason in reasons)
    with op.batch_alter_table("staff_sessions") as batch:
        batch.drop_constraint(op.f(NAME), type_="check")
        batch.create_check_constraint("session_end_reason", f"end_reason IN ({listed})")


def upgrade() -> None:
    _allow(AFTER)


def downgrade() -> None:
    # The two new reasons read as the nearest old ones: the account's password changed, signed out.
    op.execute("UPDATE staff_sessions SET end_reason = 'password_reset' WHERE end_reason = 'password_changed'")
    op.execute("UPDATE staff_sessions SET end_reason = 'signed_out' WHERE end_reason = 'ended_by_user'")
    _allow(BEFORE)
