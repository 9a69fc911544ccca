"""The language of the emergency card and of the screens after it (handlers/safety.py).

Real updates through the real dispatcher (``OfflineDriver``), in process. The card speaks
the language the user chose; else Telegram's language if a catalogue fits; else the
language of the danger words. Words in several lists take the language of the message's
other words ("I want to kms": English); where nothing tells ("112", "SOS", "🆘" alone) they
give the default locale. A card shown in the language of the words makes that the
user's language, so that "Back", quick exit and /forget answer in it too.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.app import create_app
from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver
from tests.conftest import FROZEN_NOW, make_settings
from tests.scripted_user import ScriptedUser, texts
from tests.unit.test_danger import DANGER

LOCALES = Path(__file__).resolve().parents[2] / "locales"
HEADING = (
    "<b>If you are in danger now, call 112.</b>\n"
    "112 is free and works around the clock. Say where you are."
)
PRIVACY_NOTE = (
    "<b>You are anonymous here.</b>\n"
    "Nothing you type is stored. Please don't send names, phone numbers or addresses.\n"
    "Tap <b>Quick exit</b> at any time to delete this conversation."
)
FORGET = (
    "Erase what I remember about you? That is your language and where you are in the "
    "conversation.\n"
    "Anonymous statistics cannot be linked to you, so they stay."
)
ISOLATES = str.maketrans("", "", "\u2068\u2069")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """No throttling here: some tests type many messages in a row on purpose."""
    return make_settings(tmp_path, throttle_burst=10_000)


@cache
def translation(locale: str, msgid: str) -> str:
    """``msgid`` in ``locale``'s catalogue, as the bot sends it (bidi isolates removed)."""
    with (LOCALES / locale / "LC_MESSAGES" / "messages.po").open(encoding="utf-8") as po:
        message = read_po(po).get(msgid)
    assert message is not None, msgid
    assert message.string, (locale, msgid)
    return str(message.string).translate(ISOLATES)


def card_language(sent: list[str]) -> str | None:
    """The locale whose emergency heading is among ``sent``; ``None`` if there is no card."""
    found = [
        locale
        for locale in ("sv", "en", "ar", "fa", "so", "ti", "fi")
        for text in sent
        if translation(locale, HEADING).splitlines()[0] in text.translate(ISOLATES)
    ]
    assert len(found) <= 1, found
    return found[0] if found else None


def user(driver: OfflineDriver, user_id: int, language_code: str | None) -> ScriptedUser:
    return ScriptedUser(driver, user_id=user_id, language_code=language_code)


# --- danger phrases a tester found without a card ------------------------------------------

REPORTED = {
    "sv": [
        "de ska slå ihjäl mig",
        "jag skär mig",
        "jag skär mig ofta",
        "jag har skurit mig",
        "han skadar sig själv",
        "jag har tagit en överdos",
        "jag har tagit tabletter",
        "min kompis har tagit för mycket piller",
        "de säger att de ska skada mig",
        "jag är skyldig pengar och de säger att de ska skada mig",
        "de väntar utanför skolan",
        "de har tagit min son",
    ],
    "en": [
        "I took too many pills",
        "my friend overdosed",
        "they said they will hurt my family",
        "I am going to kill someone",
    ],
    "ar": ["سأقتل", "سأقتلك"],
    "fi": ["minua uhkaillaan", "häntä uhataan aseella"],
}


def test_the_reported_phrases_are_in_the_detector_tests() -> None:
    listed = {language: {text for text, _ in DANGER[language]} for language in REPORTED}
    for language, phrases in REPORTED.items():
        assert set(phrases) <= listed[language], language


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param(language, text, id=f"{language}:{text}")
        for language, phrases in REPORTED.items()
        for text in phrases
    ],
)
async def test_a_reported_phrase_shows_the_card_in_its_language(
    driver: OfflineDriver, language: str, text: str
) -> None:
    """As the tester typed them: no Telegram language, no language chosen."""
    sent = texts(await user(driver, 8100000001, None).say(text))
    assert card_language(sent) == language, sent


# --- words that name no language -----------------------------------------------------------

NEUTRAL = ["112", "112!", "SOS", "sos", "🆘"]


@pytest.mark.parametrize("text", NEUTRAL)
@pytest.mark.parametrize("telegram_language", [None, "ku"])
async def test_112_or_sos_alone_gives_the_default_locale(
    driver: OfflineDriver, text: str, telegram_language: str | None
) -> None:
    """No choice and no Telegram language that fits: the default (sv), never the first
    list that holds the word (ar)."""
    person = user(driver, 8200000001, telegram_language)
    assert card_language(texts(await person.say(text))) == "sv"
    await person.say("/start")  # nothing was remembered: the language picker comes first
    assert person.offers("lang:sv")


@pytest.mark.parametrize("text", ["112", "🆘"])
async def test_the_default_locale_is_the_configured_one(tmp_path: Path, text: str) -> None:
    app = await create_app(
        make_settings(tmp_path, default_locale="fi", throttle_burst=10_000),
        clock=lambda: FROZEN_NOW,
    )
    offline = OfflineDriver(app)
    try:
        sent = texts(await user(offline, 8200000002, None).say(text))
        assert card_language(sent) == "fi"
    finally:
        await offline.close()
        await app.close()


@pytest.mark.parametrize(("telegram_language", "text"), [("en", "SOS"), ("ar", "112")])
async def test_112_or_sos_alone_follows_telegrams_language(
    driver: OfflineDriver, telegram_language: str, text: str
) -> None:
    sent = texts(await user(driver, 8200000003, telegram_language).say(text))
    assert card_language(sent) == telegram_language


async def test_112_alone_follows_a_chosen_language(driver: OfflineDriver) -> None:
    person = user(driver, 8200000004, None)
    await person.say("/start")
    await person.press("lang:fa")
    assert card_language(texts(await person.say("112"))) == "fa"


@pytest.mark.parametrize("telegram_language", [None, "ku"])
async def test_a_word_in_several_lists_takes_the_language_of_the_other_words(
    driver: OfflineDriver, telegram_language: str | None
) -> None:
    """The tester's report: "kms" is in the English, Swedish and Finnish lists, so "I want to
    kms" got the Swedish default; the other words are English, and so is the card."""
    sent = texts(await user(driver, 8200000007, telegram_language).say("I want to kms"))
    assert any(translation("en", HEADING) in text for text in sent), sent
    assert card_language(sent) == "en"


async def test_the_words_around_112_name_a_language(driver: OfflineDriver) -> None:
    assert card_language(texts(await user(driver, 8200000005, None).say("soita 112"))) == "fi"
    assert card_language(texts(await user(driver, 8200000006, None).say("call 112"))) == "en"


# --- the screens after the card --------------------------------------------------------------


async def test_the_screens_after_an_english_card_are_english(driver: OfflineDriver) -> None:
    """The tester's report: an English card, then "Samtalet är avslutat." and "Radera det
    jag minns om dig?". Now the language of the card stays the user's language."""
    person = user(driver, 8300000001, None)
    assert card_language(texts(await person.say("they are going to kill me"))) == "en"

    calls = await person.press("nav:back")  # no conversation yet: it begins, in English,
    assert texts(calls) == [translation("en", PRIVACY_NOTE)]  # with no language picker
    assert person.offers("nav:privacy_ok")

    calls = await person.press("nav:exit")
    assert translation("en", "Conversation ended.") in texts(calls)
    assert translation("sv", "Conversation ended.") not in texts(calls)

    calls = await person.say("/forget")
    assert translation("en", FORGET) in texts(calls)
    assert translation("sv", FORGET) not in texts(calls)

    await person.press("nav:forget")  # erased: the language goes too
    await person.say("/start")
    assert person.offers("lang:sv")


async def test_a_later_card_and_its_screens_keep_the_first_cards_language(
    driver: OfflineDriver,
) -> None:
    """Once remembered, the language is the user's choice: a Finnish danger message later
    gets the card in English too (as after /language)."""
    person = user(driver, 8300000002, None)
    assert card_language(texts(await person.say("I took too many pills"))) == "en"
    assert card_language(texts(await person.say("minua uhkaillaan"))) == "en"
    calls = await person.say("/exit")
    assert translation("en", "Conversation ended.") in texts(calls)


@pytest.mark.parametrize(
    ("telegram_language", "text", "after"),
    [
        ("sv", "they are going to kill me", "sv"),  # Telegram's language fits: kept as is
        (None, "112", "sv"),  # neutral: the default, not remembered
        (None, "de ska döda mig", "sv"),  # the words' language is the default already
    ],
)
async def test_nothing_is_remembered_when_the_card_speaks_the_conversations_language(
    driver: OfflineDriver, telegram_language: str | None, text: str, after: str
) -> None:
    person = user(driver, 8300000003, telegram_language)
    assert card_language(texts(await person.say(text))) == after
    calls = await person.say("/exit")
    assert translation(after, "Conversation ended.") in texts(calls)
    await person.say("/start")
    assert person.offers("lang:sv")  # no language was chosen for the user


async def test_a_chosen_language_is_not_replaced_by_the_words(driver: OfflineDriver) -> None:
    person = user(driver, 8300000004, None)
    await person.say("/start")
    await person.press("lang:so")
    assert card_language(texts(await person.say("they are going to kill me"))) == "so"
    calls = await person.say("/exit")
    assert translation("so", "Conversation ended.") in texts(calls)
