"""Table definitions (SQLAlchemy Core). Alembic migrations in ``storage/migrations`` create them.

No table holds a Telegram id, username, name or free text of a user. Per-user memory
is keyed by a pseudonym (:mod:`bot.core.pseudonym`); referral rows carry no key to a
person at all.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, DateTime, Index, MetaData, String, Table, Text

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "pk": "pk_%(table_name)s",
    }
)

referral = Table(
    "referral",
    metadata,
    Column("id", String(32), primary_key=True, comment="random UUID4 hex; orders nothing"),
    Column(
        "hour", DateTime(timezone=False), nullable=False, comment="UTC, rounded down to the hour"
    ),
    Column("audience", String(32), nullable=False),
    Column("age_band", String(16)),
    Column("topic", String(32), nullable=False),
    Column("urgency", String(16), nullable=False),
    Column("locale", String(8), nullable=False),
    Column("services_shown", JSON, nullable=False, comment="list of service ids"),
    Column("campaign", String(64), comment="allowlisted deep-link code only"),
    Column("district", String(64)),
    Column("service_opened", String(64)),
    Column("outcome", String(16)),
    Index("ix_referral_hour", "hour"),
)

user_memory = Table(
    "user_memory",
    metadata,
    Column("pseudonym", String(32), primary_key=True, comment="HMAC of the Telegram id"),
    Column("locale", String(8), comment="language the user chose"),
    Column("state", String(64), comment="FSM state name"),
    Column("data", Text, comment="FSM data as JSON: ids and choices only, never free text"),
    Column("touched", DateTime(timezone=False), nullable=False, comment="UTC, rounded to the hour"),
    Index("ix_user_memory_touched", "touched"),
)
