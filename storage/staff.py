"""Repository of the staff table. Returns :class:`bot.core.access.StaffMember`.

Holds staff members' Telegram ids and roles; the ids of users are never stored.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.access import Role, StaffMember
from storage.dialect import insert_for
from storage.tables import staff


class StaffRepository:
    """Adds, removes and looks up staff members (no cache: a removal acts at once)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def get(self, telegram_id: int) -> StaffMember | None:
        """The stored member with ``telegram_id``, or ``None``."""
        statement = select(staff).where(staff.c.telegram_id == telegram_id)
        async with self._engine.connect() as connection:
            row = (await connection.execute(statement)).mappings().first()
        return None if row is None else StaffMember(row["telegram_id"], Role(row["role"]))

    async def add(self, telegram_id: int, role: Role) -> bool:
        """Add ``telegram_id`` with ``role``, or change the role of an existing member.

        Returns ``True`` when the member is new.
        """
        existed = await self.get(telegram_id) is not None
        values = {"role": role.value, "added": datetime.now(UTC).replace(tzinfo=None)}
        statement = insert_for(self._engine, staff).values(telegram_id=telegram_id, **values)
        statement = statement.on_conflict_do_update(
            index_elements=["telegram_id"], set_={"role": role.value}
        )
        async with self._engine.begin() as connection:
            await connection.execute(statement)
        return not existed

    async def remove(self, telegram_id: int) -> bool:
        """Remove the member; ``True`` if there was one."""
        statement = delete(staff).where(staff.c.telegram_id == telegram_id)
        async with self._engine.begin() as connection:
            result = await connection.execute(statement)
        return bool(result.rowcount)

    async def list(self) -> list[StaffMember]:
        """Every stored member, by Telegram id."""
        statement = select(staff).order_by(staff.c.telegram_id)
        async with self._engine.connect() as connection:
            rows = (await connection.execute(statement)).mappings().all()
        return [StaffMember(row["telegram_id"], Role(row["role"])) for row in rows]
