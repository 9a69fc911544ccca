"""Repository of the audit table: every staff action (issue 5).

One row per action: when (UTC, to the second), which staff member (their Telegram id;
``NULL`` for the command line and the system), the channel, the action and its
parameters. Parameters are ids and choices only (a period, dimensions, a format), and
never a user's id: callers build them from parsed, validated values.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.tables import staff_audit

Channel = Literal["telegram", "cli", "system"]
Parameter = str | int | bool | None | list[str]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audited action. ``at`` is aware UTC."""

    id: str
    at: datetime
    staff_id: int | None
    channel: str
    action: str
    parameters: Mapping[str, Any] = field(default_factory=dict)


class AuditLog:
    """Writes and reads audit rows."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def record(
        self,
        action: str,
        parameters: Mapping[str, Parameter],
        *,
        channel: Channel,
        staff_id: int | None = None,
        at: datetime | None = None,
    ) -> AuditEntry:
        """Write one row (``at`` defaults to now) and return it."""
        moment = (at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        entry = AuditEntry(uuid.uuid4().hex, moment, staff_id, channel, action, dict(parameters))
        values = {
            "id": entry.id,
            "at": moment.replace(tzinfo=None),
            "staff_id": staff_id,
            "channel": channel,
            "action": action,
            "parameters": dict(parameters),
        }
        async with self._engine.begin() as connection:
            await connection.execute(staff_audit.insert().values(values))
        return entry

    async def recent(self, limit: int = 100) -> list[AuditEntry]:
        """The newest ``limit`` entries, newest first."""
        statement = (
            select(staff_audit).order_by(staff_audit.c.at.desc(), staff_audit.c.id).limit(limit)
        )
        async with self._engine.connect() as connection:
            rows = (await connection.execute(statement)).mappings().all()
        return [
            AuditEntry(
                row["id"],
                row["at"].replace(tzinfo=UTC),
                row["staff_id"],
                row["channel"],
                row["action"],
                row["parameters"],
            )
            for row in rows
        ]

    async def purge_before(self, before: datetime) -> int:
        """Delete entries older than ``before`` (aware); returns how many."""
        cutoff = before.astimezone(UTC).replace(tzinfo=None)
        statement = delete(staff_audit).where(staff_audit.c.at < cutoff)
        async with self._engine.begin() as connection:
            result = await connection.execute(statement)
        return int(result.rowcount or 0)
