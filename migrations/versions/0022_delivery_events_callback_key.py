"""delivery_events.spool_key becomes callback_key: every status callback, live or replayed, is named by
its signed fields and stored once

A live callback whose commit raised though it had in fact committed was spooled by the webhook too,
under a random key of its own, and the replay stored it a second time. Now the live path and the
replay both insert-or-ignore on the same key, computed from the callback's form
(services/sending/delivery.py::callback_key), so that replay stores nothing. Rows stored before this
revision keep what they had (NULL for live callbacks, the spool line's key for replayed ones).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 00:30:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rename(old: str, new: str) -> None:
    # RENAME COLUMN on both backends (SQLite 3.25+): no batch rebuild, so the table's append-only
    # triggers stay as they are.
    op.drop_index(f"ix_delivery_events_{old}", table_name="delivery_events")
    op.execute(f"ALTER TABLE delivery_events RENAME COLUMN {old} TO {new}")
    op.create_index(f"ix_delivery_events_{new}", "delivery_events", [new], unique=True)


def upgrade() -> None:
    _rename("spool_key", "callback_key")


def downgrade() -> None:
    _rename("callback_key", "spool_key")
