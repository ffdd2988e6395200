"""participants.language: the language of their texts (en until the French bank), for the export

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 11:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN with a column CHECK on both backends (as 0006): every participant so far reads
    # English, which the default fills in.
    op.execute(
        "ALTER TABLE participants ADD COLUMN language VARCHAR(32) DEFAULT 'en' NOT NULL CONSTRAINT"
        " ck_participants_participant_language CHECK (language IN ('en', 'fr'))"
    )


def downgrade() -> None:
    op.execute("ALTER TABLE participants DROP COLUMN language")
