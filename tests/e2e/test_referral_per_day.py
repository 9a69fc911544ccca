"""One referral row per person, topic and local day (bot/core/referral_day.py): a person
repeating the conversation (/start, the same topic, the cards) is one row that day, not
one per repeat. Real dispatcher, offline Bot API, a clock the test moves."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import update

from bot.app import App, create_app
from bot.config import Settings
from bot.core.referral import Referral
from bot.modes.offline_driver import OfflineDriver
from bot.retention import REFERRAL_LINK_TTL, Retention
from storage.tables import user_memory
from tests.conftest import FROZEN_NOW, make_settings
from tests.scripted_user import ScriptedUser

# what a parent worried about their child is shown (data/resources.json, FROZEN_NOW)
FAMILY_WORRY = (
    "polisen-11414",
    "gangsnacket",
    "huddinge-foraldraradgivare",
    "huddinge-oro-eservice",
    "huddinge-socialtjanst-barn-unga",
    "polisen-huddinge-orossamtal",
)
ADULT_CARD = ("sos-112", "polisen-11414", "mind-90101")  # the emergency card for a parent


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, throttle_burst=10_000)


@pytest.fixture
def now() -> list[datetime]:
    """The app's clock: ``now[0]``, moved by the test."""
    return [FROZEN_NOW]


@pytest_asyncio.fixture
async def app(settings: Settings, now: list[datetime]) -> AsyncIterator[App]:
    application = await create_app(settings, clock=lambda: now[0])
    try:
        yield application
    finally:
        await application.close()


async def rows(app: App) -> list[Referral]:
    return await app.referrals.between(datetime(2000, 1, 1), datetime(2100, 1, 1))


async def to_topics(user: ScriptedUser) -> None:
    await user.say("/start")
    if user.offers("lang:en"):  # the first time, and after /forget
        await user.press("lang:en")
    await user.press("nav:privacy_ok")
    await user.press("pick:aud:parent")


async def to_cards(user: ScriptedUser, topic: str = "family_worry") -> None:
    await to_topics(user)
    await user.press(f"pick:topic:{topic}")
    if topic == "family_worry":
        await user.press("nav:signs_done")
    else:
        await user.press("ans:child_safe_now:yes")
    assert user.offers("fb:yes")


async def data_of(app: App, user: ScriptedUser) -> dict[str, Any]:
    user_id = int(user.user["id"])
    return await app.dispatcher.storage.get_data(StorageKey(0, user_id, user_id))


async def test_three_runs_to_the_cards_the_same_day_are_one_row(
    driver: OfflineDriver, app: App
) -> None:
    user = ScriptedUser(driver, user_id=7760000001)
    for _ in range(3):
        await to_cards(user)
    [row] = await rows(app)
    assert (row.audience, row.topic, row.urgency) == ("parent", "family_worry", "support")
    assert row.services_shown == FAMILY_WORRY
    data = await data_of(app, user)
    assert data["referral_id"] == row.id
    assert data["today"] == {"day": "2026-11-25", "rows": {"family_worry": row.id}}


async def test_a_repeat_adds_its_services_and_urgency_to_the_day_s_row(
    driver: OfflineDriver, app: App
) -> None:
    user = ScriptedUser(driver, user_id=7760000002)
    await to_cards(user)
    await to_topics(user)
    await user.press("pick:topic:family_worry")
    await user.press("nav:danger")  # the emergency card, on the topic's own screen
    await user.press("nav:back")
    await user.press("nav:signs_done")
    [row] = await rows(app)
    assert row.topic == "family_worry"
    assert row.urgency == "emergency"  # the most urgent of the day
    assert row.services_shown == (*FAMILY_WORRY, "sos-112", "mind-90101")  # unioned


async def test_two_topics_are_two_rows(driver: OfflineDriver, app: App) -> None:
    user = ScriptedUser(driver, user_id=7760000003)
    await to_cards(user, "family_worry")
    await to_cards(user, "other")
    await to_cards(user, "family_worry")
    await to_cards(user, "other")
    assert sorted(r.topic for r in await rows(app)) == ["family_worry", "other"]


async def test_the_next_local_day_is_a_new_row(
    driver: OfflineDriver, app: App, now: list[datetime]
) -> None:
    user = ScriptedUser(driver, user_id=7760000004)
    await to_cards(user)
    now[0] = datetime(2026, 11, 25, 22, 59, tzinfo=UTC)  # 23:59 in Stockholm: the same day
    await to_cards(user)
    assert len(await rows(app)) == 1
    now[0] = datetime(2026, 11, 25, 23, 0, tzinfo=UTC)  # 00:00 on 26 November in Stockholm
    await to_cards(user)
    await to_cards(user)
    hours = sorted(r.hour for r in await rows(app))
    assert hours == [datetime(2026, 11, 25, 14), datetime(2026, 11, 25, 23)]
    assert (await data_of(app, user))["today"]["day"] == "2026-11-26"


async def test_two_people_with_the_same_topic_are_two_rows(driver: OfflineDriver, app: App) -> None:
    alva, bea = ScriptedUser(driver, user_id=7760000005), ScriptedUser(driver, user_id=7760000006)
    for user in (alva, bea, alva, bea):
        await to_cards(user)
    assert [r.topic for r in await rows(app)] == ["family_worry", "family_worry"]


async def test_did_this_help_on_a_repeat_is_the_day_s_row_s_answer(
    driver: OfflineDriver, app: App
) -> None:
    user = ScriptedUser(driver, user_id=7760000007)
    await to_cards(user)
    await user.press("fb:yes")
    await to_cards(user)
    await user.press("fb:no")
    [row] = await rows(app)
    assert row.outcome == "no"
    assert "referral_id" not in await data_of(app, user)  # the answer drops the link …
    assert (await data_of(app, user))["today"]["rows"] == {
        "family_worry": row.id
    }  # … not the day's


async def test_an_emergency_card_before_the_topic_stays_a_row_of_its_own(
    driver: OfflineDriver, app: App
) -> None:
    user = ScriptedUser(driver, user_id=7760000008)
    await to_cards(user)
    await to_topics(user)
    await user.press("nav:danger")  # no topic yet: the conversation's own row
    await user.press("nav:back")
    await user.press("pick:topic:family_worry")
    await user.press("nav:signs_done")  # the day's family_worry row, not the card's
    await user.press("fb:no")
    by_topic = {r.topic: r for r in await rows(app)}
    assert sorted(by_topic) == ["family_worry", "other"]  # no referral lost, none doubled
    assert by_topic["other"].services_shown == ADULT_CARD
    assert by_topic["other"].outcome is None
    assert by_topic["family_worry"].services_shown == FAMILY_WORRY
    assert by_topic["family_worry"].outcome == "no"


async def test_emergency_cards_before_a_topic_the_same_day_are_one_row(
    driver: OfflineDriver, app: App
) -> None:
    """A fresh-clone tester's 🆘 pressed in five new conversations, and danger words typed,
    made five identical rows (unknown audience, topic other, emergency)."""
    user = ScriptedUser(driver, user_id=7760000011)
    await to_topics(user)
    await user.press("nav:danger")
    for _ in range(3):
        await user.say("/start")
        if user.offers("nav:privacy_ok"):
            await user.press("nav:privacy_ok")
        await user.press("nav:danger")
    await user.say("/start")
    await user.say("jag vill dö")  # the danger words show the same card
    found = await rows(app)
    assert [(r.topic, r.urgency) for r in found] == [("other", "emergency")]
    # the parent's card, then (after /start, reader unknown again) the one with Bris
    assert set(found[0].services_shown) == {*ADULT_CARD, "bris-116111"}


@pytest.mark.parametrize("ending", ["forget", "quick exit"])
async def test_after_forget_or_quick_exit_the_same_topic_is_a_new_row(
    driver: OfflineDriver, app: App, ending: str
) -> None:
    user = ScriptedUser(driver, user_id=7760000009)
    await to_cards(user)
    if ending == "forget":
        await user.say("/forget")
        await user.press("nav:forget")
        assert await app.memory.get(app.pseudonymizer.of(7760000009)) is None
    else:
        await user.say("/exit")
        assert await data_of(app, user) == {}
    await to_cards(user)
    assert len({r.id for r in await rows(app)}) == 2
    assert [r.topic for r in await rows(app)] == ["family_worry", "family_worry"]


async def test_the_purge_removes_today_s_rows_of_an_idle_conversation(
    driver: OfflineDriver, app: App
) -> None:
    idle, recent = ScriptedUser(driver, user_id=7760000010), ScriptedUser(driver, 7760000011)
    await to_cards(idle)
    await idle.press("fb:yes")  # the answer drops referral_id; the day's map stays
    await to_cards(recent)
    idle_before, recent_before = await data_of(app, idle), await data_of(app, recent)
    assert "referral_id" not in idle_before
    assert "today" in idle_before
    await app.memory.flush()
    hour = (datetime.now(UTC) - REFERRAL_LINK_TTL - timedelta(hours=2)).replace(
        minute=0, second=0, microsecond=0, tzinfo=None
    )
    async with app.engine.begin() as connection:
        await connection.execute(
            update(user_memory)
            .where(user_memory.c.pseudonym == app.pseudonymizer.of(7760000010))
            .values(touched=hour)
        )

    retention = Retention.for_engine(app.engine, app.settings, app.memory)
    assert (await retention.purge(datetime.now(UTC))).unlinked == 1
    assert await data_of(app, idle) == {k: v for k, v in idle_before.items() if k != "today"}
    assert await data_of(app, recent) == recent_before
    await to_cards(idle)  # the link is gone: a row of its own
    assert len(await rows(app)) == 3
