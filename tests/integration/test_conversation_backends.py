"""Whole conversations through the real dispatcher on every backend.

SQLite (embedded default, cached memory), PostgreSQL, and PostgreSQL with Redis (state
and per-user lock shared by several workers). A restart keeps everyone's place.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from redis.asyncio import Redis
from sqlalchemy import event, text

from bench.conversations import Persona, UpdateFactory, last_keyboard, personas, walk
from bot.app import App, create_app
from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver
from bot.offline import ApiCall
from tests.conftest import FROZEN_NOW, make_settings
from tests.integration.conftest import database_for

ALVA = Persona(
    user_id=5550001,
    language_code="en-GB",
    locale="en",
    audience="young_person",
    age="13_15",
    topic="recruitment_pressure",
    ending="feedback",
)


@pytest_asyncio.fixture(params=["sqlite", "postgresql", "postgresql+redis"])
async def backend_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    database, _, with_redis = request.param.partition("+")
    values: dict[str, Any] = {"database_url": await database_for(request, database, tmp_path)}
    if with_redis:
        values["redis_url"] = request.getfixturevalue("redis_server")
        values["redis_prefix"] = request.getfixturevalue("redis_prefix")
    return make_settings(tmp_path, **values)


@pytest_asyncio.fixture
async def open_app(backend_settings: Settings) -> AsyncIterator[Callable[[], Any]]:
    """Opens apps (workers, or one process before and after a restart); closes them all."""
    opened: list[tuple[App, OfflineDriver]] = []

    async def opener() -> OfflineDriver:
        app = await create_app(backend_settings, clock=lambda: FROZEN_NOW)
        driver = OfflineDriver(app)
        opened.append((app, driver))
        return driver

    try:
        yield opener
    finally:
        for app, driver in opened:
            await driver.close()
            await app.close()


def press(factory: UpdateFactory, calls: list[ApiCall], data: str) -> dict[str, Any]:
    shown = last_keyboard(calls)
    assert shown is not None, [call.method for call in calls]
    message, buttons = shown
    assert data in buttons, buttons
    return factory.press(ALVA, message, data)


async def test_a_restart_keeps_the_users_place(open_app: Callable[[], Any]) -> None:
    factory = UpdateFactory()
    before = await open_app()
    calls = await before.feed(factory.text(ALVA, "/start"))
    calls = await before.feed(press(factory, calls, "lang:en"))
    calls = await before.feed(press(factory, calls, "nav:privacy_ok"))
    calls = await before.feed(press(factory, calls, "pick:aud:young_person"))
    await before.app.close()  # restart

    after = await open_app()
    calls = await after.feed(press(factory, calls, "pick:age:13_15"))
    texts = [call.params.get("text") for call in calls]
    assert "What is it about?" in texts  # in English, at the next step: nothing was lost
    while (shown := last_keyboard(calls)) is not None and "fb:yes" not in shown[1]:
        choice = "pick:topic:recruitment_pressure"
        if choice not in shown[1]:  # a follow-up question: its first answer
            choice = next(b for b in shown[1] if not b.startswith("nav:"))
        calls = await after.feed(press(factory, calls, choice))
    calls = await after.feed(press(factory, calls, "fb:yes"))
    assert await after.app.referrals.count() == 1
    [logged] = await after.app.referrals.between(
        FROZEN_NOW.replace(tzinfo=None, hour=0), FROZEN_NOW.replace(tzinfo=None, hour=23)
    )
    assert (logged.audience, logged.topic, logged.locale, logged.outcome) == (
        "young_person",
        "recruitment_pressure",
        "en",
        "yes",
    )


async def test_many_users_finish_on_every_backend(open_app: Callable[[], Any]) -> None:
    """Mixed scripted users, several at a time (two workers: tests/integration/test_workers.py)."""
    first = await open_app()
    people = personas(12, seed=3)
    factory = UpdateFactory()
    await asyncio.gather(*(walk(persona, first.feed, factory) for persona in people))
    logged = await first.app.referrals.between(
        FROZEN_NOW.replace(tzinfo=None, hour=0), FROZEN_NOW.replace(tzinfo=None, hour=23)
    )
    finished = [p for p in people if p.ending not in {"quick_exit", "restart"}]
    assert len(logged) == len(people)  # one referral per conversation, never two
    assert sum(r.outcome == "yes" for r in logged) == len(finished)
    assert sorted((r.audience, r.topic) for r in logged) == sorted(
        (p.audience, p.topic) for p in people
    )


@pytest.mark.parametrize("backend_settings", ["postgresql+redis"], indirect=True)
async def test_each_update_reads_its_users_redis_state_in_one_round_trip(
    open_app: Callable[[], Any],
) -> None:
    """Under the user's lock the pipeline, the trail and the handler share one read of the
    state and the data (one ``MGET``; storage/redis_fsm.py): 3.7 reads per update before."""
    driver = await open_app()
    storage = driver.app.dispatcher.storage
    commands: list[str] = []
    original = storage.redis.execute_command

    async def counting(*args: Any, **options: Any) -> Any:
        commands.append(str(args[0]).split()[0].upper())
        return await original(*args, **options)

    storage.redis.execute_command = counting
    selects: list[str] = []

    def statement(_c: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        if sql.lstrip().upper().startswith("SELECT") and "user_memory" in sql:
            selects.append(sql)

    event.listen(driver.app.engine.sync_engine, "before_cursor_execute", statement)
    fed = 0

    async def feed(update: dict[str, Any]) -> list[ApiCall]:
        nonlocal fed
        fed += 1
        calls: list[ApiCall] = await driver.feed(update)
        return calls

    people = personas(6, seed=5)
    await asyncio.gather(*(walk(persona, feed, UpdateFactory()) for persona in people))
    assert fed > 30
    reads = [c for c in commands if c in {"GET", "MGET", "HGET", "HGETALL"}]
    assert reads == ["MGET"] * fed  # one per update, every update a private chat's
    assert commands.count("EVALSHA") + commands.count("EVAL") == fed  # each lock released once
    # the chosen language comes with the state (MGET): the database only at first contact
    assert len(selects) == len(people)


@pytest.mark.parametrize("backend_settings", ["postgresql+redis"], indirect=True)
async def test_the_language_cached_in_redis_follows_the_database_and_forget(
    open_app: Callable[[], Any], redis_server: str, redis_prefix: str
) -> None:
    """The language is written to PostgreSQL, then to Redis; a worker that finds no key
    (expired, or a Redis that lost it) reads the database and caches it again; ``/forget``
    leaves no key of the user and no row."""
    factory = UpdateFactory()
    first, second = await open_app(), await open_app()
    calls = await first.feed(factory.text(ALVA, "/start"))
    calls = await first.feed(press(factory, calls, "lang:fi"))  # not the phone's en-GB
    pseudonym = first.app.pseudonymizer.of(ALVA.user_id)
    key = f"{redis_prefix}:fsm:{pseudonym}:locale"
    client = Redis.from_url(redis_server)
    try:
        assert await client.get(key) == b"fi"
        assert 0 < await client.ttl(key) <= first.app.settings.memory_ttl_days * 86400
        help_fi = (await first.feed(factory.text(ALVA, "/help")))[-1].params["text"]
        await client.delete(key)
        calls = await second.feed(factory.text(ALVA, "/help"))  # another worker, no key
        assert calls[-1].params["text"] == help_fi
        assert await client.get(key) == b"fi"  # read from PostgreSQL, cached again
        record = await second.app.memory.get(pseudonym)
        assert record is not None
        assert record.locale == "fi"

        calls = await second.feed(factory.text(ALVA, "/forget"))
        calls = await second.feed(press(factory, calls, "nav:forget"))
        left = [k.decode() async for k in client.scan_iter(match=f"{redis_prefix}:*")]
        assert [k for k in left if pseudonym in k] == []
        async with first.app.engine.connect() as connection:
            rows = await connection.execute(
                text("SELECT count(*) FROM user_memory WHERE pseudonym = :p"), {"p": pseudonym}
            )
            assert rows.scalar_one() == 0
    finally:
        await client.aclose()
