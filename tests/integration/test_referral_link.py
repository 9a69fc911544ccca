"""The link from a conversation to its referral row is short-lived (docs/privacy.md).

``referral_id`` leaves the conversation's data once "did this help?" is answered, and the
daily purge removes it from conversations idle for a day (bot/retention.py), on every
backend: SQLite (cached memory), PostgreSQL, and PostgreSQL with the state in Redis. The
real dispatcher throughout; a press after the link is gone is thanked and records nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiogram.fsm.storage.base import StorageKey
from aiogram.utils.i18n import I18n
from redis.asyncio import Redis
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.app import App, create_app
from bot.catalogs import DOMAIN
from bot.config import Settings
from bot.core.referral import Referral
from bot.modes.offline_driver import OfflineDriver
from bot.retention import REFERRAL_LINK_TTL, Retention
from handlers import screens
from storage.audit import AuditLog
from storage.memory import MemoryRepository
from storage.redis_fsm import drop_from_idle_data
from storage.tables import user_memory
from tests.conftest import FROZEN_NOW, make_settings
from tests.helpers import ROOT
from tests.integration.conftest import database_for
from tests.scripted_user import ScriptedUser, texts

BACKENDS = ["sqlite", "postgresql", "postgresql+redis"]
TTL = timedelta(days=90)  # MEMORY_TTL_DAYS's default, which these settings keep


def english(render: Any) -> str:
    i18n = I18n(path=ROOT / "locales", default_locale="en", domain=DOMAIN)
    with i18n.context(), i18n.use_locale("en"):
        return str(render())


THANKS = english(lambda: screens.thanks_for_feedback().text)
SORRY = english(lambda: screens.thanks_for_feedback(False).text)  # after "no"
RESTART = english(lambda: screens.restart_screen().text)


@pytest_asyncio.fixture(params=BACKENDS)
async def app(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[App]:
    database, _, with_redis = request.param.partition("+")
    values: dict[str, Any] = {
        "database_url": await database_for(request, database, tmp_path),
        "throttle_burst": 10_000,
    }
    if with_redis:
        values["redis_url"] = request.getfixturevalue("redis_server")
        values["redis_prefix"] = request.getfixturevalue("redis_prefix")
    settings: Settings = make_settings(tmp_path, **values)
    application = await create_app(settings, clock=lambda: FROZEN_NOW)
    try:
        yield application
    finally:
        await application.close()


@pytest_asyncio.fixture
async def driver(app: App) -> AsyncIterator[OfflineDriver]:
    offline = OfflineDriver(app)
    try:
        yield offline
    finally:
        await offline.close()


async def to_cards(driver: OfflineDriver, user_id: int) -> tuple[ScriptedUser, dict[str, Any]]:
    """A parent's conversation up to the resource cards; the user and the "did this help?"
    message (with its buttons)."""
    user = ScriptedUser(driver, user_id=user_id)
    await user.say("/start")
    await user.press("lang:en")
    await user.press("nav:privacy_ok")
    await user.press("pick:aud:parent")
    await user.press("pick:topic:family_worry")
    await user.press("nav:signs_done")
    assert user.offers("fb:yes")
    assert user.keyboard is not None
    return user, dict(user.keyboard)


def key_of(user: ScriptedUser) -> StorageKey:
    user_id = int(user.user["id"])
    return StorageKey(bot_id=0, chat_id=user_id, user_id=user_id)


async def saved(app: App, user: ScriptedUser) -> tuple[str | None, dict[str, Any]]:
    """The conversation's stored state and data, from whichever backend holds them."""
    storage = app.dispatcher.storage
    return await storage.get_state(key_of(user)), await storage.get_data(key_of(user))


async def rows(app: App) -> dict[str, Referral]:
    day = FROZEN_NOW.replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
    return {row.id: row for row in await app.referrals.between(day, day + timedelta(days=1))}


async def make_idle(app: App, user: ScriptedUser, idle: timedelta) -> None:
    """As if ``user`` had last done anything ``idle`` ago (in the database, or in Redis)."""
    pseudonym = app.pseudonymizer.of(int(user.user["id"]))
    settings = app.settings
    if settings.redis_url:
        client = Redis.from_url(settings.redis_url)
        try:
            for part in ("data", "state"):
                key = f"{settings.redis_prefix}:fsm:{pseudonym}:{part}"
                assert await client.pexpire(key, int((TTL - idle) / timedelta(milliseconds=1)))
        finally:
            await client.aclose()
        return
    hour = (datetime.now(UTC) - idle).replace(minute=0, second=0, microsecond=0, tzinfo=None)
    async with app.engine.begin() as connection:
        changed = await connection.execute(
            update(user_memory).where(user_memory.c.pseudonym == pseudonym).values(touched=hour)
        )
    assert changed.rowcount == 1


async def purge(app: App) -> int:
    """The daily purge's work, now; how many conversations lost their referral id."""
    retention = Retention.for_engine(app.engine, app.settings, app.memory)
    return (await retention.purge(datetime.now(UTC))).unlinked


@pytest.mark.parametrize(("answer", "outcome"), [("yes", "yes"), ("later", None)])
async def test_an_answer_to_did_this_help_drops_the_link_and_a_second_press_writes_nothing(
    app: App, driver: OfflineDriver, answer: str, outcome: str | None
) -> None:
    user, footer = await to_cards(driver, 7710000001)
    state, before = await saved(app, user)
    referral_id = before["referral_id"]
    assert state == "Flow:results"

    calls = await user.press(f"fb:{answer}", footer)
    assert calls[0].method == "answerCallbackQuery"
    assert texts(calls) == [THANKS]
    state, after = await saved(app, user)
    assert state == "Flow:results"  # the place is kept …
    assert after == {k: v for k, v in before.items() if k != "referral_id"}  # … the link is not
    assert {r.id: r.outcome for r in (await rows(app)).values()} == {referral_id: outcome}

    # A second tap on the same card (say, "No" a moment later): answered, nothing written.
    calls = await user.press("fb:no", footer)
    assert calls[0].method == "answerCallbackQuery"
    assert texts(calls) == [SORRY]
    assert RESTART not in texts(calls)
    assert {r.id: r.outcome for r in (await rows(app)).values()} == {referral_id: outcome}
    assert await saved(app, user) == (state, after)

    await user.press("nav:restart")  # "Start over" still works without the id
    assert user.offers("pick:aud:parent")


async def test_the_purge_unlinks_idle_conversations_and_keeps_their_place(
    app: App, driver: OfflineDriver
) -> None:
    idle, idle_footer = await to_cards(driver, 7710000002)
    recent, recent_footer = await to_cards(driver, 7710000003)
    idle_before, recent_before = (await saved(app, idle))[1], (await saved(app, recent))[1]
    await make_idle(app, idle, REFERRAL_LINK_TTL + timedelta(hours=2))
    await make_idle(app, recent, REFERRAL_LINK_TTL - timedelta(hours=2))

    assert await purge(app) == 1
    state, idle_after = await saved(app, idle)
    assert state == "Flow:results"  # an error never loses a user's place: only the link goes
    # the links go (the conversation's referral_id and the day's rows by topic)
    assert idle_after == {k: v for k, v in idle_before.items() if k not in ("referral_id", "today")}
    assert "today" in idle_before
    assert await saved(app, recent) == ("Flow:results", recent_before)
    assert await purge(app) == 0  # nothing left to unlink

    if app.settings.redis_url:  # rewritten without lengthening its life
        client = Redis.from_url(app.settings.redis_url)
        try:
            pseudonym = app.pseudonymizer.of(int(idle.user["id"]))
            left = await client.pttl(f"{app.settings.redis_prefix}:fsm:{pseudonym}:data")
        finally:
            await client.aclose()
        aged = TTL - REFERRAL_LINK_TTL - timedelta(hours=2)
        assert 0 < left <= aged / timedelta(milliseconds=1)

    # "Did this help?" pressed after the link is gone: thanked, nothing recorded.
    calls = await idle.press("fb:yes", idle_footer)
    assert calls[0].method == "answerCallbackQuery"
    assert texts(calls) == [THANKS]
    await recent.press("fb:no", recent_footer)
    outcomes = {r.id: r.outcome for r in (await rows(app)).values()}
    assert outcomes == {idle_before["referral_id"]: None, recent_before["referral_id"]: "no"}


async def test_redis_sweep_judges_idleness_by_both_keys_and_keeps_expiry(
    redis_server: str, redis_prefix: str
) -> None:
    """Straight on :func:`storage.redis_fsm.drop_from_idle_data`: a conversation whose
    state was written lately is not idle; data without the field, or a key without an
    expiry, is not touched."""
    client = Redis.from_url(redis_server)
    ms = timedelta(milliseconds=1)
    day = REFERRAL_LINK_TTL

    def key(name: str, part: str) -> str:
        return f"{redis_prefix}:fsm:{name}:{part}"

    try:
        linked = '{"referral_id": "r", "topic": "other"}'
        old = int((TTL - day - timedelta(hours=1)) / ms)
        await client.set(key("idle", "data"), linked, px=old)
        await client.set(key("idle", "state"), "Flow:results", px=old)
        await client.set(key("busy", "data"), linked, px=old)
        await client.set(key("busy", "state"), "Flow:results", px=int(TTL / ms))
        await client.set(key("plain", "data"), '{"topic": "other"}', px=old)
        await client.set(key("forever", "data"), linked)
        await client.set(key("alone", "data"), '{"referral_id": "r"}', px=old)

        dropped = await drop_from_idle_data(client, redis_prefix, "referral_id", idle=day, ttl=TTL)
        assert dropped == 2

        assert await client.get(key("idle", "data")) == b'{"topic": "other"}'
        assert 0 < await client.pttl(key("idle", "data")) <= old
        assert await client.get(key("alone", "data")) is None  # nothing left: no key
        assert await client.get(key("busy", "data")) == linked.encode()
        assert await client.get(key("forever", "data")) == linked.encode()
        assert await client.get(key("plain", "data")) == b'{"topic": "other"}'
    finally:
        await client.aclose()


async def test_the_cached_memory_forgets_what_the_sweep_changed(tmp_path: Path) -> None:
    """The embedded default caches each user's record in process: the sweep alone (without
    the memory purge before it, which empties the whole cache) must not leave the old data
    there for the next press to find and write back."""
    sqlite_app = await create_app(make_settings(tmp_path), clock=lambda: FROZEN_NOW)
    sqlite_driver = OfflineDriver(sqlite_app)
    try:
        user, footer = await to_cards(sqlite_driver, 7710000004)
        referral_id = (await saved(sqlite_app, user))[1]["referral_id"]
        await make_idle(sqlite_app, user, REFERRAL_LINK_TTL + timedelta(hours=2))
        cutoff = datetime.now(UTC) - REFERRAL_LINK_TTL
        assert await sqlite_app.memory.drop_data_key_inactive("referral_id", cutoff) == 1
        assert "referral_id" not in (await saved(sqlite_app, user))[1]
        await user.press("fb:yes", footer)
        assert {r.id: r.outcome for r in (await rows(sqlite_app)).values()} == {referral_id: None}
    finally:
        await sqlite_driver.close()
        await sqlite_app.close()


async def test_redis_down_does_not_stop_the_rest_of_the_purge(
    engine: AsyncEngine, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path, redis_url="redis://127.0.0.1:1/0")  # nothing listens
    memory = MemoryRepository(engine)
    await memory.save("idle", data='{"referral_id": "r1", "topic": "other"}')
    hour = (datetime.now(UTC) - timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    async with engine.begin() as connection:
        await connection.execute(update(user_memory).values(touched=hour.replace(tzinfo=None)))

    result = await Retention.for_engine(engine, settings, memory).purge(datetime.now(UTC))

    assert result.unlinked == 1  # the database's conversations all the same
    assert [entry.action for entry in await AuditLog(engine).recent()] == ["purge"]
    assert "referral links in Redis not removed" in caplog.text
