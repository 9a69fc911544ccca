"""On SQLite, ``referral`` and ``user_memory`` become ``WITHOUT ROWID`` tables.

An ordinary SQLite table stores its rows in ``rowid`` order, which is insertion order:
``SELECT rowid, * FROM referral`` (or any scan, or the primary-key index, which maps each
id to its rowid) lists the referrals in the order they were written, and so undoes the
rounding of ``hour`` for anyone who knows roughly when someone wrote. A ``WITHOUT ROWID``
table is stored in primary-key order: the random referral id (UUID4,
:func:`bot.core.referral.new_referral_id`) and the pseudonym (an HMAC,
:mod:`bot.core.pseudonym`), neither of which follows time. Secondary indexes then point at
the primary key instead of the rowid. https://www.sqlite.org/withoutrowid.html

Each table is rebuilt with the same columns, constraints and indexes, and its rows are
copied in primary-key order. ``secure_delete`` is switched on for the rebuild, so the pages
of the old table are overwritten with zeros when it is dropped, not left in the file in
insertion order (https://www.sqlite.org/pragma.html#pragma_secure_delete). The downgrade
rebuilds ordinary tables. PostgreSQL has no equivalent (a heap is kept in the order rows
arrive): nothing is done there; docs/privacy.md, "Threat model", says what that means.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SUMMARY = ["hour", "topic", "audience", "age_band", "locale", "campaign", "district", "outcome"]


def _referral_columns() -> list[sa.Column[object]]:
    return [
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
    ]


def _user_memory_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("pseudonym", sa.String(32), primary_key=True),
        sa.Column("locale", sa.String(8)),
        sa.Column("state", sa.String(64)),
        sa.Column("data", sa.Text),
        sa.Column("touched", sa.DateTime(timezone=False), nullable=False),
    ]


# table, its columns (fresh Column objects on each call), primary key, indexes (name → columns)
TABLES: list[tuple[str, Callable[[], list[sa.Column[object]]], str, dict[str, list[str]]]] = [
    ("referral", _referral_columns, "id", {"ix_referral_summary": SUMMARY}),
    ("user_memory", _user_memory_columns, "pseudonym", {"ix_user_memory_touched": ["touched"]}),
]


def _rebuild(*, with_rowid: bool) -> None:
    """Rebuild every table of ``TABLES`` on SQLite, with or without a rowid.

    All of it, or nothing: Python's ``sqlite3`` runs DDL outside a transaction unless one
    is open, so a savepoint holds the steps together (one that opens the transaction,
    when none is open). A failure, or a crash, leaves the tables as they were and the
    revision at 0004, and the next start runs this again.
    """
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    secure_delete = bind.exec_driver_sql("PRAGMA secure_delete").scalar()
    bind.exec_driver_sql("PRAGMA secure_delete = ON")
    bind.exec_driver_sql("SAVEPOINT rebuild_0005")
    try:
        for name, columns, key, indexes in TABLES:
            old = f"_{name}_rebuilt"
            for index in indexes:
                op.drop_index(index, table_name=name)
            op.rename_table(name, old)
            op.create_table(name, *columns(), sqlite_with_rowid=with_rowid)
            names = ", ".join(column.name for column in columns())
            op.execute(f"INSERT INTO {name} ({names}) SELECT {names} FROM {old} ORDER BY {key}")  # noqa: S608 - names are this file's constants
            op.drop_table(old)
            for index, indexed in indexes.items():
                op.create_index(index, name, indexed)
    except BaseException:
        bind.exec_driver_sql("ROLLBACK TO rebuild_0005")
        raise
    finally:
        bind.exec_driver_sql("RELEASE rebuild_0005")
        bind.exec_driver_sql(f"PRAGMA secure_delete = {int(secure_delete or 0)}")


def upgrade() -> None:
    _rebuild(with_rowid=False)


def downgrade() -> None:
    _rebuild(with_rowid=True)
