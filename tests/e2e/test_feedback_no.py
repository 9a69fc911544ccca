""" "Did this help?" answered "no": the outcome is recorded and the person gets a way on
(another topic, or the 🆘 row), not the same thanks as "yes" (handlers/results.py)."""

from __future__ import annotations

from datetime import datetime

from bot.app import App
from bot.modes.offline_driver import OfflineDriver
from tests.scripted_user import ScriptedUser, buttons, texts


async def walk_to_cards(driver: OfflineDriver, user_id: int) -> ScriptedUser:
    user = ScriptedUser(driver, user_id=user_id)
    await user.say("/start")
    await user.press("lang:en")
    await user.press("nav:privacy_ok")
    await user.press("pick:aud:parent")
    await user.press("pick:topic:family_worry")
    await user.press("nav:signs_done")
    assert user.offers("fb:no")
    return user


async def test_no_offers_another_topic_and_the_danger_row(app: App, driver: OfflineDriver) -> None:
    user = await walk_to_cards(driver, 7720000001)
    calls = await user.press("fb:no")
    (text,) = texts(calls)
    assert text.startswith("Thank you for telling us. I am sorry it did not help.")
    assert "🆘" in text
    data = [b.get("callback_data") for b in buttons(user.keyboard)]
    assert data[0] == "nav:restart"
    assert "nav:danger" in data
    assert "nav:exit" in data
    (row,) = [
        r
        for r in (await app.referrals.between(datetime(2000, 1, 1), datetime(2100, 1, 1)))
        if r.outcome
    ]
    assert row.outcome == "no"


async def test_yes_is_thanked(app: App, driver: OfflineDriver) -> None:
    user = await walk_to_cards(driver, 7720000002)
    (text,) = texts(await user.press("fb:yes"))
    assert text == "Thank you. Your answer helps us improve."
