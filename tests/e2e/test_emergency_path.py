"""The emergency path always wins (issue 3): danger words in any language, from any state.

Real updates through the real dispatcher (``OfflineDriver``). The phrases are the danger
detector's own test phrases (tests/unit/test_danger.py): per language, danger phrases
with misspellings and informal spelling, and ordinary phrases that must not trigger.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App
from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver
from storage.tables import referral
from tests.conftest import make_settings
from tests.conversation import button_data
from tests.scripted_user import Calls, ScriptedUser, stored_bytes, texts
from tests.unit.test_danger import DANGER, SAFE

LANGUAGES = sorted(DANGER)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """No throttling here: each test types many messages in a row on purpose."""
    return make_settings(tmp_path, throttle_burst=10_000)


def is_emergency_card(text: str) -> bool:
    """112 first, then Bris 116 111 and Mind 90101 (bot/core/emergency.py)."""
    first = text.find("112")
    return 0 <= first < text.find("116 111") < text.find("90101")


def assert_card_first(calls: Calls) -> None:
    sent = [call for call in calls if call.method == "sendMessage"]
    assert sent, [call.method for call in calls]
    assert is_emergency_card(str(sent[0].params["text"])), sent[0].params["text"]
    assert "nav:back" in button_data(sent[1].params.get("reply_markup"))  # back to where I was


async def at_topic_menu(user: ScriptedUser) -> None:
    await user.say("/start")
    await user.press("lang:en")
    await user.press("nav:privacy_ok")
    await user.press("pick:aud:young_person")
    await user.press("pick:age:13_15")
    assert user.offers("pick:topic:recruitment_pressure")


@pytest.mark.parametrize("language", LANGUAGES)
async def test_danger_phrases_show_the_card_first_to_a_user_who_never_started(
    driver: OfflineDriver, language: str
) -> None:
    phrases = [text for text, _ in DANGER[language]][:8]
    assert len(phrases) == 8
    for number, phrase in enumerate(phrases):
        user = ScriptedUser(driver, user_id=6100000000 + number, language_code=language)
        assert_card_first(await user.say(phrase))


@pytest.mark.parametrize("language", LANGUAGES)
async def test_danger_phrases_interrupt_the_middle_of_a_conversation(
    driver: OfflineDriver, app: App, language: str
) -> None:
    user = ScriptedUser(driver, user_id=6200000000, language_code=language)
    await at_topic_menu(user)
    topic_menu = user.keyboard
    for phrase, _ in DANGER[language][:8]:
        assert_card_first(await user.say(phrase))
    calls = await user.press("nav:back")  # back to where the user was: the topic menu
    assert [c.params.get("reply_markup") for c in calls if c.method == "editMessageText"] == [
        (topic_menu or {}).get("reply_markup")
    ]
    calls = await user.press("pick:topic:recruitment_pressure")  # and the flow goes on
    assert user.offers("ans:safe_now:no")


@pytest.mark.parametrize("language", LANGUAGES)
async def test_ordinary_phrases_do_not_trigger(driver: OfflineDriver, language: str) -> None:
    phrases = SAFE[language][:20]
    assert len(phrases) == 20
    user = ScriptedUser(driver, user_id=6300000000, language_code=language)
    for phrase in phrases:
        calls = await user.say(phrase)
        assert not any(is_emergency_card(text) for text in texts(calls)), phrase
    await at_topic_menu(user)
    for phrase in phrases:
        calls = await user.say(phrase)
        assert not any(is_emergency_card(text) for text in texts(calls)), phrase


async def test_edited_messages_and_captions_are_checked(driver: OfflineDriver) -> None:
    user = ScriptedUser(driver, user_id=6400000000)
    await at_topic_menu(user)
    assert_card_first(await user.edit(41, "they are going to kill me"))
    caption = {
        "message_id": driver.session.next_message_id(),
        "date": 1764081432,
        "chat": {"id": user.user["id"], "type": "private", "first_name": "Alva"},
        "from": user.user,
        "photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}],
        "caption": "han har en kniv",
    }
    assert_card_first(await driver.feed({"message": caption}))


async def referral_rows(app: App) -> list[tuple[str, str, str, list[str]]]:
    statement = select(
        referral.c.audience, referral.c.topic, referral.c.urgency, referral.c.services_shown
    )
    async with app.engine.connect() as connection:
        return [tuple(row) for row in await connection.execute(statement)]  # type: ignore[misc]


async def test_one_referral_per_conversation_and_never_the_text(
    driver: OfflineDriver, app: App, tmp_path: Path
) -> None:
    secret = "they will kill me, Kalle Svensson 0701234567"
    user = ScriptedUser(driver, user_id=6500000000)
    await user.say(secret)  # before /start: audience unknown, topic other
    assert await referral_rows(app) == [
        ("unknown", "other", "emergency", ["sos-112", "bris-116111", "mind-90101"])
    ]
    await at_topic_menu(user)  # /start: a new conversation, the same person and day
    await user.press("nav:danger")
    await user.say(secret)  # no second row
    await user.press("nav:back")
    await user.press("pick:topic:recruitment_pressure")
    for answer in ("ans:safe_now:yes", "ans:offered_things:no", "ans:threatened:no"):
        await user.press(answer)
    # One person, one day: the card before /start, the card and the cards after it are one
    # row (bot/core/referral_day.py); its topic is the one chosen
    rows = await referral_rows(app)
    assert len(rows) == 1
    audience, topic, urgency, services = rows[0]
    assert (audience, topic, urgency) == ("young_person", "recruitment_pressure", "emergency")
    assert services[:3] == ["sos-112", "bris-116111", "mind-90101"]
    assert "polisen-11414" in services
    await app.close()
    stored = stored_bytes(tmp_path)
    for typed in (b"kill me", b"Svensson", b"0701234567"):
        assert not any(typed in content for content in stored), typed


async def test_not_safe_right_now_shows_the_card_then_the_next_question(
    driver: OfflineDriver,
) -> None:
    user = ScriptedUser(driver, user_id=6600000000)
    await at_topic_menu(user)
    await user.press("pick:topic:recruitment_pressure")
    assert_card_first(await user.press("ans:safe_now:no"))
    await user.press("nav:back")
    assert user.offers("ans:offered_things:yes")  # the next question
    await user.press("ans:offered_things:yes")
    calls = await user.press("ans:threatened:yes")
    cards = texts(calls)[0]
    assert cards.index("112") < cards.index("116 111")  # urgency emergency: 112 first
    assert "Gifts and money are often turned into" in cards  # advice for "offered things"


async def test_danger_at_the_last_question_leads_on_to_the_cards(
    driver: OfflineDriver, app: App
) -> None:
    user = ScriptedUser(driver, user_id=6700000000)
    await at_topic_menu(user)
    await user.press("pick:topic:violence_victim")
    await user.press("ans:safe_now:yes")
    assert_card_first(await user.press("ans:hurt_now:yes"))  # hurt and needs a doctor
    await user.press("nav:back")
    assert user.offers("nav:help")  # "Show me where to get help"
    calls = await user.press("nav:help")
    assert "polisen-11414" in (await referral_rows(app))[0][3]
    assert any(text.index("112") < text.index("114 14") for text in texts(calls))


@pytest.mark.parametrize("typed", ["/sos", "/SOS", "/112", "/sos@SomeOtherBot", "/hjälp mig"])
async def test_an_alarm_typed_as_a_command_shows_the_card(
    driver: OfflineDriver, typed: str
) -> None:
    user = ScriptedUser(driver)
    assert_card_first(await user.say(typed))


@pytest.mark.parametrize("command", ["/help", "/HELP", "/start", "/exit"])
async def test_the_bots_own_commands_keep_their_meaning(
    driver: OfflineDriver, command: str
) -> None:
    user = ScriptedUser(driver)
    await user.say("/start")
    sent = texts(await user.say(command))
    assert sent
    assert not is_emergency_card(sent[0])
