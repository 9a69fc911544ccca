"""Quick repeated presses and forwarded batches neither corrupt the state nor log a
referral twice (issue 6, point 2).

One user's updates are handled one at a time (event isolation): the first press of the
button that shows the cards logs the referral and moves the conversation on; the other
nine find it moved on and are only answered.
"""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App
from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver
from bot.offline import ApiCall
from storage.memory import MemoryRecord
from storage.tables import referral
from tests import updates
from tests.button_walk import Walker, button_data
from tests.conftest import FROZEN_NOW, make_settings
from tests.e2e.running_bot import (
    MODES,
    press_update,
    robust_app,
    running,
    shown_buttons,
    until,
    walk,
)
from tests.fakes.telegram_api import FakeTelegramServer

ALVA = updates.person(7345129876, "Alva", "alva_k", "en")
BEA = updates.person(7345129877, "Bea", "bea_b", "en")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Throttling (tested in test_throttling.py) is set wide: these presses come in
    milliseconds, faster than any person, and every one of them must be handled."""
    return make_settings(tmp_path, throttle_burst=1000)


async def referral_ids(app: App) -> list[str]:
    async with app.engine.connect() as connection:
        return list((await connection.execute(select(referral.c.id))).scalars())


async def memory_of(app: App, user: dict[str, object]) -> MemoryRecord | None:
    return await app.memory.get(app.pseudonymizer.of(int(str(user["id"]))))


def place(record: MemoryRecord) -> dict[str, object]:
    """The conversation data, without the trail of message ids kept for quick exit."""
    data = json.loads(record.data or "{}")
    data.pop("trail", None)
    return dict(data)


def feedback_questions(calls: list[ApiCall]) -> int:
    """How often "did this help?" was shown: once per shown set of resource cards."""
    return sum(
        any(data.startswith("fb:") for data in button_data(call.params.get("reply_markup")))
        for call in calls
    )


async def path_to_cards(driver: OfflineDriver) -> list[str]:
    """The presses from /start to the cards, learned by another user."""
    return await Walker(driver, BEA).walk()


async def test_ten_quick_presses_of_the_button_that_shows_the_cards(
    driver: OfflineDriver, app: App
) -> None:
    path = await path_to_cards(driver)
    alva = Walker(driver, ALVA)
    await alva.replay(path[:-1])
    presses = [alva.press_update(path[-1]) for _ in range(10)]
    before = len(driver.session.calls)  # concurrent feeds: take every call made meanwhile
    await asyncio.gather(*(driver.feed(press) for press in presses))
    calls = driver.session.calls[before:]

    assert feedback_questions(calls) == 1
    assert sum(call.method == "answerCallbackQuery" for call in calls) == 10
    assert len(await referral_ids(app)) == 2  # Bea's and Alva's, each once
    record = await memory_of(app, ALVA)
    assert record is not None
    assert record.state == "Flow:results"
    alva_referral = json.loads(record.data or "{}")["referral_id"]
    assert alva_referral in await referral_ids(app)

    await alva.press("fb:yes")
    hour = FROZEN_NOW.replace(tzinfo=None, minute=0, second=0, microsecond=0)
    rows = await app.referrals.between(hour, hour + timedelta(hours=1))
    assert [row.outcome for row in rows if row.id == alva_referral] == ["yes"]


async def test_ten_quick_presses_of_a_question_move_on_once(
    driver: OfflineDriver, app: App
) -> None:
    path = await path_to_cards(driver)
    audience = next(i for i, data in enumerate(path) if data.startswith("pick:aud:"))
    alva = Walker(driver, ALVA)
    await alva.replay(path[:audience])
    presses = [alva.press_update(path[audience]) for _ in range(10)]
    await asyncio.gather(*(alva.feed(press) for press in presses))
    record = await memory_of(app, ALVA)
    assert record is not None
    assert record.state == "Flow:topic"
    assert path[audience + 1] in alva.buttons()

    for data in path[audience + 1 :]:
        await alva.press(data)
    assert len(await referral_ids(app)) == 2


async def test_a_forwarded_batch_leaves_the_place_in_the_conversation(
    driver: OfflineDriver, app: App
) -> None:
    path = await path_to_cards(driver)
    alva = Walker(driver, ALVA)
    await alva.replay(path[:-1])
    before = await memory_of(app, ALVA)
    batch = [updates.forwarded(ALVA, f"meddelande {n}: ring mig ikväll") for n in range(10)]
    first_call = len(driver.session.calls)
    await asyncio.gather(*(driver.feed(update) for update in batch))
    sent = [call for call in driver.session.calls[first_call:] if call.method == "sendMessage"]

    assert len(sent) == 1  # one calm hint for the whole batch
    after = await memory_of(app, ALVA)
    assert before is not None
    assert after is not None
    assert after.state == before.state
    assert place(after) == place(before)
    await alva.press(path[-1])
    assert len(await referral_ids(app)) == 2


# --------------------------------------------------------------------------- over real HTTP


@pytest.mark.parametrize("mode", MODES)
async def test_ten_presses_delivered_at_once_over_http(
    tmp_path: Path, server: FakeTelegramServer, driver: OfflineDriver, mode: str
) -> None:
    path = await path_to_cards(driver)  # learned offline, replayed over HTTP
    app = await robust_app(tmp_path / mode, throttle_burst=1000)
    try:
        async with running(mode, app, server) as bot:
            await walk(bot, ALVA, path[:-1])
            await until(lambda: path[-1] in shown_buttons(server, ALVA))
            presses = [press_update(server, ALVA, path[-1]) for _ in range(10)]
            statuses = await asyncio.gather(*(bot.send(press) for press in presses))
            assert set(statuses) == {200}
            await bot.taken()
        # leaving `running` drained the updates in flight
        assert len(await referral_ids(app)) == 1
        feedback = [
            call
            for call in server.calls_to("sendMessage")
            if any(d.startswith("fb:") for d in button_data(call.params.get("reply_markup")))
        ]
        assert len(feedback) == 1
        record = await memory_of(app, ALVA)
        assert record is not None
        assert record.state == "Flow:results"
    finally:
        await app.close()
