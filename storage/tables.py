"""Table definitions (SQLAlchemy Core). Alembic migrations in ``storage/migrations`` create them.

No table holds a Telegram id, username, name or free text of a user. Per-user memory
is keyed by a pseudonym (:mod:`bot.core.pseudonym`); referral rows carry no key to a
person at all. On SQLite both are ``WITHOUT ROWID`` tables, stored in the order of
their random primary key rather than in insertion order. Only ``staff`` and
``staff_audit`` hold Telegram ids: those of staff members, never a user's (issue 5).
"""

from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Column, DateTime, Index, MetaData, String, Table, Text

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "pk": "pk_%(table_name)s",
    }
)

SUMMARY_COLUMNS = (
    "hour",
    "topic",
    "audience",
    "age_band",
    "locale",
    "campaign",
    "district",
    "outcome",
)
"""Columns of ``ix_referral_summary``, in index order."""

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
    # Staff summaries (storage.referrals.ReferralRepository.counts) count a range of hours
    # by one or two of these columns; with all of them in one index led by ``hour`` the
    # database reads only the index (not ``services_shown``: PostgreSQL cannot index
    # ``json``, so a summary by resource reads the rows). Migration 0004; it also serves
    # every other range query on ``hour``. docs/performance.md, "report".
    Index("ix_referral_summary", *SUMMARY_COLUMNS),
    # SQLite stores the rows in ``id`` order (random), not in insertion order, which would
    # undo the rounding of ``hour``. Migration 0005; docs/privacy.md, "Threat model".
    sqlite_with_rowid=False,
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
    sqlite_with_rowid=False,  # stored in pseudonym order, not in order of first contact (0005)
)

staff = Table(
    "staff",
    metadata,
    Column(
        "telegram_id",
        BigInteger,
        primary_key=True,
        autoincrement=False,
        comment="a staff member's Telegram id (staff only, never a user's)",
    ),
    Column("role", String(16), nullable=False, comment="viewer or admin"),
    Column("added", DateTime(timezone=False), nullable=False, comment="UTC"),
)

staff_audit = Table(
    "staff_audit",
    metadata,
    Column("id", String(32), primary_key=True, comment="random UUID4 hex"),
    Column("at", DateTime(timezone=False), nullable=False, comment="UTC, to the second"),
    Column("staff_id", BigInteger, comment="Telegram id of the staff member; NULL off Telegram"),
    Column("channel", String(16), nullable=False, comment="telegram, cli or system"),
    Column("action", String(32), nullable=False),
    Column("parameters", JSON, nullable=False, comment="ids and choices only"),
    Index("ix_staff_audit_at", "at"),
)

processed_update = Table(
    "processed_update",
    metadata,
    Column(
        "update_id",
        BigInteger,
        primary_key=True,
        autoincrement=False,
        comment="Telegram's update_id: a counter, not a person",
    ),
    Column("seen", DateTime(timezone=False), nullable=False, comment="UTC, rounded to the hour"),
    Index("ix_processed_update_seen", "seen"),
)
