"""Staff, audit and retention storage on SQLite and PostgreSQL (the ``engine`` fixture of
conftest); the daily purge inside a running app."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, inspect, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app import create_app
from bot.core.access import Role, StaffMember
from bot.core.referral import Referral
from bot.retention import Retention
from storage.audit import AuditLog
from storage.inventory import stored_values, table_columns
from storage.memory import MemoryRepository
from storage.migrate import downgrade, upgrade
from storage.referrals import ReferralRepository
from storage.retention import ReferralRetention
from storage.staff import StaffRepository
from storage.tables import staff_audit, user_memory
from tests.conftest import FROZEN_NOW, make_settings


def old_referral(referral_id: str, hour: datetime) -> Referral:
    return Referral(
        id=referral_id,
        hour=hour,
        audience="parent",
        age_band=None,
        topic="family_worry",
        urgency="support",
        locale="sv",
        services_shown=("bris-vuxentelefon",),
    )


async def tables(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as connection:
        return set(await connection.run_sync(lambda sync: inspect(sync).get_table_names()))


async def test_migration_0002_up_down_up(engine: AsyncEngine) -> None:
    assert {"staff", "staff_audit", "referral", "user_memory"} <= await tables(engine)
    await downgrade(engine, "0001")
    left = await tables(engine)
    assert "staff" not in left
    assert "staff_audit" not in left
    assert "referral" in left
    await upgrade(engine)
    assert {"staff", "staff_audit"} <= await tables(engine)


async def test_staff_add_change_role_remove_list(engine: AsyncEngine) -> None:
    repository = StaffRepository(engine)
    assert await repository.get(111222333) is None
    assert await repository.add(111222333, Role.VIEWER) is True
    assert await repository.add(444555666, Role.ADMIN) is True
    assert await repository.add(111222333, Role.ADMIN) is False  # a role change
    assert await repository.get(111222333) == StaffMember(111222333, Role.ADMIN)
    assert await repository.list() == [
        StaffMember(111222333, Role.ADMIN),
        StaffMember(444555666, Role.ADMIN),
    ]
    assert await repository.remove(111222333) is True
    assert await repository.remove(111222333) is False
    assert await repository.get(111222333) is None


async def test_audit_records_reads_and_purges(engine: AsyncEngine) -> None:
    log = AuditLog(engine)
    old = await log.record(
        "summary",
        {"by": ["topic"]},
        channel="telegram",
        staff_id=42,
        at=FROZEN_NOW - timedelta(days=800),
    )
    new = await log.record("staff.list", {}, channel="cli", at=FROZEN_NOW)
    assert old.at == (FROZEN_NOW - timedelta(days=800)).replace(microsecond=0)
    assert await log.recent() == [new, old]
    assert await log.purge_before(FROZEN_NOW - timedelta(days=365)) == 1
    assert await log.recent() == [new]


async def test_retention_purges_each_kind_past_its_limit_and_audits_itself(
    engine: AsyncEngine, tmp_path: Path
) -> None:
    settings = make_settings(
        tmp_path, memory_ttl_days=90, referral_retention_days=1095, audit_retention_days=365
    )
    referrals, memory, log = ReferralRepository(engine), MemoryRepository(engine), AuditLog(engine)
    now = datetime.now(UTC)
    await referrals.add(old_referral("a" * 32, now - timedelta(days=1096)))
    await referrals.add(old_referral("b" * 32, now - timedelta(days=1094)))
    await memory.save("stale", locale="sv")
    await memory.save("fresh", locale="en", data='{"referral_id": "c1", "topic": "other"}')
    await memory.save("idle", locale="en", data='{"referral_id": "c2", "topic": "other"}')
    async with engine.begin() as connection:
        for pseudonym, age in (("stale", timedelta(days=91)), ("idle", timedelta(days=2))):
            await connection.execute(
                update(user_memory)
                .where(user_memory.c.pseudonym == pseudonym)
                .values(touched=(now - age).replace(tzinfo=None))
            )
    await log.record("summary", {}, channel="telegram", staff_id=42, at=now - timedelta(days=366))
    await log.record("summary", {}, channel="telegram", staff_id=42, at=now - timedelta(days=364))

    retention = Retention.for_engine(engine, settings, memory)
    result = await retention.purge(now)

    assert (result.memory, result.referrals, result.audit, result.unlinked) == (1, 1, 1, 1)
    assert await referrals.count() == 1
    assert await memory.get("stale") is None
    fresh, idle = await memory.get("fresh"), await memory.get("idle")
    assert fresh is not None
    assert "c1" in (fresh.data or "")
    assert idle is not None
    assert idle.data == '{"topic": "other"}'  # only the link went
    entries = await log.recent()
    assert entries[0].action == "purge"
    assert entries[0].channel == "system"
    assert entries[0].parameters == {"memory": 1, "referrals": 1, "audit": 1, "unlinked": 1}
    assert await ReferralRetention(engine).purge_before(now) == 1


async def test_inventory_reads_every_table_and_column_as_text(engine: AsyncEngine) -> None:
    await ReferralRepository(engine).add(
        old_referral("c" * 32, datetime(2026, 1, 5, 9, tzinfo=UTC))
    )
    async with engine.begin() as connection:
        await connection.execute(
            insert(staff_audit).values(
                id="d" * 32,
                at=datetime(2026, 1, 5, 9, 30, 12),
                staff_id=42,
                channel="cli",
                action="staff.add",
                parameters={"telegram_id": 42},
            )
        )
    schema = await table_columns(engine)
    assert {"referral", "user_memory", "staff", "staff_audit", "alembic_version"} <= set(schema)
    assert "services_shown" in schema["referral"]
    values = [v async for v in stored_values(engine)]
    where = {(v.table, v.column): v.text for v in values}
    assert where[("referral", "services_shown")] == '["bris-vuxentelefon"]'
    assert where[("referral", "hour")].startswith("2026-01-05 09:00:00")
    assert where[("staff_audit", "staff_id")] == "42"
    assert ("referral", "campaign") not in where  # NULL is skipped


async def test_daily_purge_runs_when_the_dispatcher_starts(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, referral_retention_days=30)
    app = await create_app(settings, clock=lambda: FROZEN_NOW)
    try:
        await app.referrals.add(old_referral("e" * 32, FROZEN_NOW - timedelta(days=31)))
        await app.referrals.add(old_referral("f" * 32, FROZEN_NOW - timedelta(days=29)))
        await app.dispatcher.emit_startup()

        async def audited() -> list[str]:
            async with app.engine.connect() as connection:
                return list(
                    (await connection.execute(select(staff_audit.c.action))).scalars().all()
                )

        for _ in range(1000):  # the purge runs in the background: wait for its audit row
            if await audited():
                break
            await asyncio.sleep(0.01)
        await app.dispatcher.emit_shutdown()
        assert await app.referrals.count() == 1
        assert await audited() == ["purge"]
    finally:
        await app.close()
