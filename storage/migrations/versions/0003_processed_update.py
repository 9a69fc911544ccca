"""Updates already processed, so that a re-delivered update_id is handled once.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "processed_update",
        sa.Column("update_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("seen", sa.DateTime(timezone=False), nullable=False),
    )
    op.create_index("ix_processed_update_seen", "processed_update", ["seen"])


def downgrade() -> None:
    op.drop_index("ix_processed_update_seen", table_name="processed_update")
    op.drop_table("processed_update")
