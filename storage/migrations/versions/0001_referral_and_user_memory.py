"""Referral log and per-user memory.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "referral",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("hour", sa.DateTime(timezone=False), nullable=False),
        sa.Column("audience", sa.String(32), nullable=False),
        sa.Column("age_band", sa.String(16)),
        sa.Column("topic", sa.String(32), nullable=False),
        sa.Column("urgency", sa.String(16), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("services_shown", sa.JSON, nullable=False),
        sa.Column("campaign", sa.String(64)),
        sa.Column("district", sa.String(64)),
        sa.Column("service_opened", sa.String(64)),
        sa.Column("outcome", sa.String(16)),
    )
    op.create_index("ix_referral_hour", "referral", ["hour"])
    op.create_table(
        "user_memory",
        sa.Column("pseudonym", sa.String(32), primary_key=True),
        sa.Column("locale", sa.String(8)),
        sa.Column("state", sa.String(64)),
        sa.Column("data", sa.Text),
        sa.Column("touched", sa.DateTime(timezone=False), nullable=False),
    )
    op.create_index("ix_user_memory_touched", "user_memory", ["touched"])


def downgrade() -> None:
    op.drop_index("ix_user_memory_touched", table_name="user_memory")
    op.drop_table("user_memory")
    op.drop_index("ix_referral_hour", table_name="referral")
    op.drop_table("referral")
