"""Danger typed in a language the bot does not speak (bot.core.danger ``EMERGENCY_ONLY_LISTS``).

A fresh-clone tester found that "ich werde getötet, hilfe" and "хочу умереть" got no card, and a
later one that "họ có súng và sẽ giết tôi" (Vietnamese), "mi vogliono uccidere adesso hanno una
pistola" (Italian) and "ሊገድሉኝ ነው" (Amharic) got only the fallback line. Real
updates through the real dispatcher (``OfflineDriver``): a user whose Telegram app is set to
German, Polish, Russian, Vietnamese, Italian, Amharic or Albanian types danger in that language,
at /start and in the middle of the conversation, and gets the emergency card first, 112 first, in
the conversation's language: here the default (Swedish), since there is no catalogue for these
languages. An ordinary sentence of the same language gets no card.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver
from tests.conftest import make_settings
from tests.e2e.test_emergency_card_language import card_language
from tests.e2e.test_emergency_path import assert_card_first, is_emergency_card
from tests.scripted_user import ScriptedUser, texts

# (Telegram's language, danger typed in it, an ordinary sentence in it)
CASES = [
    ("de", "ich werde getötet, hilfe", "ich habe morgen eine Mathearbeit"),
    ("de", "sie wollen mich umbringen", "ich habe angst vor spinnen"),
    ("pl", "zabiją mnie", "jutro idę do szkoły"),
    ("pl", "chcę umrzeć", "ta praca mnie zabija"),
    ("ru", "хочу умереть", "завтра иду в школу"),
    ("ru", "pomogite, ubyut menya", "мама меня убьёт, если узнает"),
    # the fresh-clone tester's three sentences, word for word
    ("vi", "họ có súng và sẽ giết tôi", "dạo này em khỏe không"),
    ("it", "mi vogliono uccidere adesso hanno una pistola", "mia madre mi ammazza se lo scopre"),
    ("am", "ሊገድሉኝ ነው", "ፈተናው ሊገድለኝ ነው"),
    ("vi", "ho co sung va se giet toi", "từ từ thôi"),
    ("sq", "do më vrasin", "mami do më vrasë nëse e mëson"),
]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """No throttling: each test types several messages in a row."""
    return make_settings(tmp_path, throttle_burst=10_000)


def person(driver: OfflineDriver, number: int, language_code: str) -> ScriptedUser:
    return ScriptedUser(driver, user_id=8900000000 + number, language_code=language_code)


@pytest.mark.parametrize(("number", "case"), list(enumerate(CASES)))
async def test_danger_at_start_shows_the_card_in_the_default_locale(
    driver: OfflineDriver, number: int, case: tuple[str, str, str]
) -> None:
    language_code, danger, _ = case
    user = person(driver, number, language_code)
    calls = await user.say(danger)  # before /start: nothing known about the user
    assert_card_first(calls)
    assert card_language(texts(calls)) == "sv"

    await user.say("/start")  # no catalogue for Telegram's language: the picker
    assert user.offers("lang:sv")
    calls = await user.say(danger)  # at the language picker
    assert_card_first(calls)
    assert card_language(texts(calls)) == "sv"


@pytest.mark.parametrize(("number", "case"), list(enumerate(CASES)))
async def test_danger_mid_conversation_shows_the_card_first(
    driver: OfflineDriver, number: int, case: tuple[str, str, str]
) -> None:
    language_code, danger, ordinary = case
    user = person(driver, 100 + number, language_code)
    await user.say("/start")
    await user.press("lang:sv")
    await user.press("nav:privacy_ok")
    await user.press("pick:aud:young_person")
    await user.press("pick:age:13_15")
    assert user.offers("pick:topic:recruitment_pressure")

    calls = await user.say(ordinary)  # an ordinary sentence of the same language: no card
    assert not any(is_emergency_card(text) for text in texts(calls)), texts(calls)
    assert card_language(texts(calls)) is None

    calls = await user.say(danger)
    assert_card_first(calls)
    assert card_language(texts(calls)) == "sv"
    await user.press("nav:back")  # and back to where the user was
    assert user.offers("pick:topic:recruitment_pressure")


@pytest.mark.parametrize(("number", "case"), list(enumerate(CASES)))
async def test_an_ordinary_sentence_gets_no_card(
    driver: OfflineDriver, number: int, case: tuple[str, str, str]
) -> None:
    language_code, _, ordinary = case
    calls = await person(driver, 200 + number, language_code).say(ordinary)
    assert not any(is_emergency_card(text) for text in texts(calls)), texts(calls)
    assert card_language(texts(calls)) is None
