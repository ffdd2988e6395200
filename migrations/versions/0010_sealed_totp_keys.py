"""staff TOTP keys sealed at rest: totp_secret (clear) becomes totp_key (sealed by the app)

The migration cannot seal (it has no SECRET_KEY), so a key set up before this revision is kept as
"plain:" + key and sealed by the app at its next accepted code (services/staff/mfa.py).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 08:20:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD/DROP COLUMN on both backends: a batch copy of staff_users would fail on SQLite,
    # which many tables point at.
    op.execute("ALTER TABLE staff_users ADD COLUMN totp_key TEXT")
    op.execute("UPDATE staff_users SET totp_key = 'plain:' || totp_secret WHERE totp_secret IS NOT NULL")
    op.execute("ALTER TABLE staff_users DROP COLUMN totp_secret")


def downgrade() -> None:
    # A sealed key cannot be opened here: those accounts set up two-step sign-in again.
    op.execute("ALTER TABLE staff_users ADD COLUMN totp_secret VARCHAR(64)")
    op.execute("UPDATE staff_users SET totp_secret = substr(totp_key, 7) WHERE totp_key LIKE 'plain:%'")
    op.execute("ALTER TABLE staff_users DROP COLUMN totp_key")
