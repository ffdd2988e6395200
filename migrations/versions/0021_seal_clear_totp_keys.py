"""staff_users.totp_key: the keys still in clear since 0010 ("plain:" + key) are sealed now

Until this revision the app sealed such a key only at its owner's next accepted code, so an account
that had not signed in since kept its key in clear. Sealing needs SECRET_KEY: `flask init-db` hands
the app's own to the migration (textsupport/schema.py); a bare `alembic upgrade` takes SECRET_KEY from
the environment. Without one, and with any key still in clear, it stops before changing anything.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 00:10:00.000000
"""

import os
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from textsupport import sealing

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLEAR = "plain:"  # how 0010 kept a key it could not seal


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, totp_key FROM staff_users WHERE totp_key LIKE 'plain:%'")).all()
    if not rows:
        return
    config = op.get_context().config
    secret_key = (config.attributes.get("secret_key") if config else None) or os.environ.get("SECRET_KEY")
    if not secret_key:
        raise RuntimeError(
            f"{len(rows)} two-step keys are still in clear and no SECRET_KEY was given to seal them:"
            " run `flask --app wsgi init-db` with the app's environment"
        )
    update = sa.text("UPDATE staff_users SET totp_key = :sealed WHERE id = :id")
    for user_id, key in rows:
        bind.execute(update, {"sealed": sealing.seal(secret_key, key.removeprefix(CLEAR)), "id": user_id})


def downgrade() -> None:
    # Nothing to undo: the app at 0020 opens sealed keys too, and a key must never go back to clear.
    pass
