"""Repository of the anonymized referral log. Returns :class:`bot.core.referral.Referral`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.core.referral import Referral
from storage.dialect import insert_for
from storage.tables import referral as referral_table


class ReferralRepository:
    """Writes and reads referral rows. All times are naive UTC in the database."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def add(self, item: Referral) -> bool:
        """Store ``item`` once: ``True`` if written now, ``False`` if its id already existed.

        Idempotent on the id, so a retried or repeated update never logs a referral twice.
        """
        statement = insert_for(self._engine, referral_table).values(_values(item))
        statement = statement.on_conflict_do_nothing(index_elements=["id"])
        async with self._engine.begin() as connection:
            result = await connection.execute(statement)
        return bool(result.rowcount)

    async def save(self, item: Referral) -> None:
        """Store ``item``, replacing the row with its id if there is one (one transaction).

        For a referral that grows during one conversation (the emergency card, then the
        resource cards): the caller merges (``bot.core.recommend.merge_referrals``).
        """
        values = _values(item)
        statement = insert_for(self._engine, referral_table).values(values)
        statement = statement.on_conflict_do_update(
            index_elements=["id"], set_={k: v for k, v in values.items() if k != "id"}
        )
        async with self._engine.begin() as connection:
            await connection.execute(statement)

    async def get(self, referral_id: str) -> Referral | None:
        """The referral with ``referral_id``, or ``None``."""
        statement = select(referral_table).where(referral_table.c.id == referral_id)
        async with self._engine.connect() as connection:
            row = (await connection.execute(statement)).mappings().first()
        return None if row is None else _to_referral(row)

    async def set_outcome(self, referral_id: str, outcome: str) -> bool:
        """Record the answer to "did this help?"; ``False`` if no such referral."""
        return await self._update(referral_id, outcome=outcome)

    async def set_opened(self, referral_id: str, service_id: str) -> bool:
        """Record which service the user opened; ``False`` if no such referral."""
        return await self._update(referral_id, service_opened=service_id)

    async def _update(self, referral_id: str, **values: Any) -> bool:
        statement = (
            update(referral_table).where(referral_table.c.id == referral_id).values(**values)
        )
        async with self._engine.begin() as connection:
            result = await connection.execute(statement)
        return bool(result.rowcount)

    async def count(self) -> int:
        """Number of referral rows."""
        async with self._engine.connect() as connection:
            return int(
                (
                    await connection.execute(select(func.count()).select_from(referral_table))
                ).scalar_one()
            )

    async def between(self, start: datetime, end: datetime) -> list[Referral]:
        """Referrals with ``start <= hour < end`` (naive UTC), oldest first."""
        statement = (
            select(referral_table)
            .where(referral_table.c.hour >= start, referral_table.c.hour < end)
            .order_by(referral_table.c.hour, referral_table.c.id)
        )
        async with self._engine.connect() as connection:
            rows = (await connection.execute(statement)).mappings().all()
        return [_to_referral(row) for row in rows]


def _values(item: Referral) -> dict[str, Any]:
    return {
        "id": item.id,
        "hour": item.hour.replace(tzinfo=None),
        "audience": item.audience,
        "age_band": item.age_band,
        "topic": item.topic,
        "urgency": item.urgency,
        "locale": item.locale,
        "services_shown": list(item.services_shown),
        "campaign": item.campaign,
        "district": item.district,
        "service_opened": item.service_opened,
        "outcome": item.outcome,
    }


def _to_referral(row: Any) -> Referral:
    return Referral(
        id=row["id"],
        hour=row["hour"],
        audience=row["audience"],
        age_band=row["age_band"],
        topic=row["topic"],
        urgency=row["urgency"],
        locale=row["locale"],
        services_shown=tuple(row["services_shown"]),
        campaign=row["campaign"],
        district=row["district"],
        service_opened=row["service_opened"],
        outcome=row["outcome"],
    )
