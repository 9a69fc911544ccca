"""The guided conversation (issue 3): restarts, stale buttons, /forget, campaign codes,
commands, the parent checklist and "did this help?" — real dispatcher, offline Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from aiogram.utils.i18n import I18n

from bot.app import App, create_app
from bot.catalogs import DOMAIN
from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver
from handlers import screens
from tests.conftest import FROZEN_NOW, make_settings
from tests.helpers import ROOT
from tests.scripted_user import ScriptedUser, stored_bytes, texts

CAMPAIGN = "poster_school1"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, campaign_codes=[CAMPAIGN], throttle_burst=10_000)


def english(render) -> str:  # type: ignore[no-untyped-def]
    i18n = I18n(path=ROOT / "locales", default_locale="en", domain=DOMAIN)
    with i18n.context(), i18n.use_locale("en"):
        return str(render())


RESTART_TEXT = english(lambda: screens.restart_screen().text)


def days_old(message: dict[str, object] | None, days: int = 3) -> dict[str, object]:
    """``message`` as Telegram would send it back in a press days later."""
    assert message is not None
    old = {k: v for k, v in message.items() if k != "edit_date"}
    old["date"] = int(FROZEN_NOW.timestamp()) - days * 86400
    return old


async def to_topics(user: ScriptedUser, start: str = "/start") -> None:
    await user.say(start)
    await user.press("lang:en")
    await user.press("nav:privacy_ok")
    await user.press("pick:aud:parent")


async def memory_of(app: App, user: ScriptedUser):  # type: ignore[no-untyped-def]
    return await app.memory.get(app.pseudonymizer.of(user.user["id"]))


# --- restart ------------------------------------------------------------------------


@pytest_asyncio.fixture
async def reopen(settings: Settings) -> AsyncIterator[object]:
    """Opens apps on the same data directory, as a restarted process would."""
    opened: list[tuple[App, OfflineDriver]] = []

    async def opener() -> OfflineDriver:
        app = await create_app(settings, clock=lambda: FROZEN_NOW)
        opened.append((app, OfflineDriver(app)))
        return opened[-1][1]

    yield opener
    for app, driver in opened:
        await driver.close()
        await app.close()


@pytest.mark.parametrize("step", ["age", "question", "checklist"])
async def test_a_restart_keeps_the_place(reopen, step: str) -> None:  # type: ignore[no-untyped-def]
    before = await reopen()
    user = ScriptedUser(before, user_id=7500000001)
    await user.say("/start")
    await user.press("lang:en")
    await user.press("nav:privacy_ok")
    if step == "age":
        await user.press("pick:aud:young_person")
        expected = "pick:age:13_15"
    elif step == "question":
        await user.press("pick:aud:friend")
        await user.press("pick:topic:wants_out")
        expected = "ans:friend_threatened:no"
    else:
        await user.press("pick:aud:parent")
        await user.press("pick:topic:family_worry")
        await user.press("sign:secretive")
        expected = "sign:two_phones"
    assert user.offers(expected)
    await before.app.close()  # the process stops

    user.driver = await reopen()  # a new process, the same database
    calls = await user.press(expected)  # the old message's button still works
    assert RESTART_TEXT not in texts(calls)
    assert [c.method for c in calls][:2] == ["answerCallbackQuery", "editMessageText"]
    if step == "checklist":
        record = await memory_of(user.driver.app, user)
        assert '"signs": ["secretive", "two_phones"]' in (record.data or "")


# --- stale and forged buttons ---------------------------------------------------------


async def test_buttons_after_forget_or_from_an_old_conversation_start_again(
    driver: OfflineDriver, app: App
) -> None:
    user = ScriptedUser(driver, user_id=7500000002)
    await to_topics(user)
    topic_menu = user.keyboard
    await user.press("pick:topic:other")
    await user.press("ans:child_safe_now:yes")
    results_footer = user.keyboard
    assert results_footer is not None
    await user.say("/menu")  # a new conversation: the old footer is from an earlier one
    calls = await user.press("fb:yes", days_old(results_footer))
    assert RESTART_TEXT in texts(calls)

    await user.say("/forget")
    await user.press("nav:forget")
    assert await memory_of(app, user) is None  # erased, and not written back afterwards
    calls = await user.press("pick:topic:family_worry", days_old(topic_menu))
    assert texts(calls) == [RESTART_TEXT]
    calls = await user.press("nav:restart")  # "Start again": the language is forgotten too
    assert user.offers("lang:sv")


async def test_forged_answers_change_nothing(driver: OfflineDriver, app: App) -> None:
    user = ScriptedUser(driver, user_id=7500000003)
    await to_topics(user)
    await user.press("pick:topic:debt_or_threat")
    question = user.keyboard
    assert question is not None
    before = await memory_of(app, user)
    for forged in ("ans:child_safe_now:maybe", "ans:owes:yes", "sign:two_phones", "ans:x:y"):
        calls = await user.press_data(forged, question)
        assert [c.method for c in calls] in (
            ["answerCallbackQuery"],
            ["answerCallbackQuery", "sendMessage"],  # the calm "let's start again"
        )
    after = await memory_of(app, user)
    assert (after.state, after.data) == (before.state, before.data)


# --- /forget, commands, campaign codes --------------------------------------------------


async def test_forget_asks_first_and_keeps_on_no(driver: OfflineDriver, app: App) -> None:
    user = ScriptedUser(driver, user_id=7500000004)
    await to_topics(user)
    calls = await user.say("/forget")
    assert "Erase what I remember" in texts(calls)[0]
    assert await memory_of(app, user) is not None
    await user.press("nav:keep")
    record = await memory_of(app, user)
    assert (record.locale, record.state) == ("en", "Flow:topic")
    await user.press("nav:back")
    assert user.offers("pick:topic:family_worry")  # back where they were


async def test_help_menu_language_and_privacy(driver: OfflineDriver) -> None:
    user = ScriptedUser(driver, user_id=7500000005)
    await to_topics(user)
    assert "/forget" in texts(await user.say("/help"))[0]
    assert "How your privacy is protected" in texts(await user.say("/privacy"))[0]
    await user.press("nav:back")
    assert user.offers("pick:topic:family_worry")
    await user.say("/menu")
    assert user.offers("pick:aud:parent")
    await user.say("/language")
    assert user.offers("lang:fi")


@pytest.mark.parametrize(("code", "stored"), [(CAMPAIGN, CAMPAIGN), ("unlisted_code9", None)])
async def test_only_allowlisted_campaign_codes_are_kept(
    driver: OfflineDriver, app: App, tmp_path: Path, code: str, stored: str | None
) -> None:
    user = ScriptedUser(driver, user_id=7500000006)
    await to_topics(user, f"/start {code}")
    record = await memory_of(app, user)
    assert (code in (record.data or "")) == (stored is not None)
    await user.press("pick:topic:other")
    await user.press("ans:child_safe_now:yes")
    [row] = await app.referrals.between(
        FROZEN_NOW.replace(tzinfo=None, hour=0), FROZEN_NOW.replace(tzinfo=None, hour=23)
    )
    assert row.campaign == stored
    await app.close()
    assert any(code.encode() in content for content in stored_bytes(tmp_path)) == bool(stored)


# --- the parent checklist and "did this help?" ------------------------------------------


async def test_checklist_toggles_and_grades_then_ends_in_resources(
    driver: OfflineDriver, app: App
) -> None:
    user = ScriptedUser(driver, user_id=7500000007)
    await to_topics(user)
    await user.press("pick:topic:family_worry")
    await user.press("sign:secretive")
    await user.press("sign:two_phones")
    await user.press("sign:secretive")  # untick
    assert '"signs": ["two_phones"]' in ((await memory_of(app, user)).data or "")
    ticked = [b["text"] for b in (user.keyboard or {})["reply_markup"]["inline_keyboard"][5]]
    assert ticked[0].startswith("✅")  # the sixth sign, two phones, is ticked
    calls = await user.press("nav:signs_done")
    cards = texts(calls)[0]
    assert cards.startswith("Several signs together")  # one serious sign: act now …
    assert "They prove nothing" in cards  # … never a verdict
    for contact in ("114 14", "service.huddinge.se/oro", "Gängsnacket", "Parent advisers"):
        assert contact in cards
    assert texts(calls)[1] == "Did this help?"


@pytest.mark.parametrize(("answer", "outcome"), [("yes", "yes"), ("no", "no"), ("later", None)])
async def test_did_this_help_is_recorded(
    driver: OfflineDriver, app: App, answer: str, outcome: str | None
) -> None:
    user = ScriptedUser(driver, user_id=7500000008)
    await to_topics(user)
    await user.press("pick:topic:family_worry")
    await user.press("nav:signs_done")
    await user.press(f"fb:{answer}")
    [row] = await app.referrals.between(
        FROZEN_NOW.replace(tzinfo=None, hour=0), FROZEN_NOW.replace(tzinfo=None, hour=23)
    )
    assert (row.audience, row.topic, row.outcome) == ("parent", "family_worry", outcome)
