"""Staff and the audit table of staff actions.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("telegram_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("added", sa.DateTime(timezone=False), nullable=False),
    )
    op.create_table(
        "staff_audit",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("staff_id", sa.BigInteger),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("parameters", sa.JSON, nullable=False),
    )
    op.create_index("ix_staff_audit_at", "staff_audit", ["at"])


def downgrade() -> None:
    op.drop_index("ix_staff_audit_at", table_name="staff_audit")
    op.drop_table("staff_audit")
    op.drop_table("staff")
