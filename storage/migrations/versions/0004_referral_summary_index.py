"""Covering index for staff summaries: ``hour`` then every column a summary groups by.

Replaces ``ix_referral_hour``, which it makes redundant (same leading column).

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = ["hour", "topic", "audience", "age_band", "locale", "campaign", "district", "outcome"]


def upgrade() -> None:
    op.create_index("ix_referral_summary", "referral", COLUMNS)
    op.drop_index("ix_referral_hour", table_name="referral")


def downgrade() -> None:
    op.create_index("ix_referral_hour", "referral", ["hour"])
    op.drop_index("ix_referral_summary", table_name="referral")
