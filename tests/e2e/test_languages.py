"""Ten languages end to end (issue 4), through the real dispatcher.

A crawler presses every button of every distinct screen the bot shows, in each language,
from a fresh user each time (the OfflineDriver records every Bot API call). Every call is
checked against Telegram's limits and HTML rules, every shown string against the
catalogues (nothing left in English or Swedish where a translation exists), and Arabic,
Persian and Sorani texts for left-to-right runs outside Unicode isolates. Command menus are checked
on the fake Bot API over real HTTP.
"""

from __future__ import annotations

import asyncio
import re
import signal
import unicodedata
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from itertools import count
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from babel.dates import format_date
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from bot.app import App, create_app, load_i18n
from bot.catalogs import DOMAIN
from bot.config import SUPPORTED_LOCALES, Settings
from bot.core.bidi import FSI, PDI, isolate_ltr_runs
from bot.core.danger import DangerDetector
from bot.core.directory import Service, load_directory
from bot.core.schedule import OpeningStatus, opening_status
from bot.menus import command_menu, menus_by_language, set_command_menus
from bot.modes.offline_driver import OfflineDriver
from bot.modes.webhook import TELEGRAM_SET_UP, start_webhook_server
from bot.offline import ApiCall, limit_violation
from handlers.callbacks import LanguageChoice, Nav
from handlers.cards import service_card
from handlers.labels import LANGUAGE_NAMES
from handlers.screens import PICKER_EMERGENCY_LINE
from tests.conftest import FROZEN_NOW, make_settings
from tests.fakes.fixtures import make_bot
from tests.fakes.telegram_api import ApiError, FakeTelegramServer, parse_html
from tests.helpers import PYTHON, ROOT, callback_update, cli_env, message_update, user

RTL_LOCALES = ("ar", "fa", "ckb")
# setMyCommands takes a two-letter ISO 639-1 code: Sorani (ckb) has none (bot/menus.py).
MENU_LOCALES = tuple(code for code in SUPPORTED_LOCALES if len(code) == 2)
MAX_ACTIONS = 14  # deepest path the crawler follows (start, language, … , cards, feedback)
MAX_SCREENS = 300  # distinct screens per language; the real conversation has far fewer
_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
_user_ids = count(880_000_001)
STAFF_ID = 770_000_001  # a social worker: /summary and its menus are crawled too
STAFF_BUTTONS = 2  # per staff screen: every period × dimension would only repeat the texts


def crawl_settings(tmp_path: Path) -> Settings:
    """Settings for crawling: nothing throttled (a crawler presses faster than a person)."""
    overrides: dict[str, object] = {"throttle_burst": 100_000, "throttle_rate": 100_000.0}
    known = {k: v for k, v in overrides.items() if k in Settings.model_fields}
    return make_settings(tmp_path, staff_ids=[STAFF_ID], **known)


@pytest_asyncio.fixture
async def crawl_app(tmp_path: Path) -> AsyncIterator[App]:
    application = await create_app(crawl_settings(tmp_path), clock=lambda: FROZEN_NOW)
    try:
        yield application
    finally:
        await application.close()


@pytest_asyncio.fixture
async def crawl_driver(crawl_app: App) -> AsyncIterator[OfflineDriver]:
    offline = OfflineDriver(crawl_app)
    try:
        yield offline
    finally:
        await offline.close()


# --------------------------------------------------------------------------- catalogues


@cache
def catalogue(locale: str) -> Catalog:
    with (ROOT / "locales" / locale / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as source:
        return read_po(source, locale=locale, domain=DOMAIN)


def translated(message: Message) -> list[str]:
    return list(message.string) if message.pluralizable else [message.string]


def source_texts(message: Message) -> list[str]:
    return list(message.id) if message.pluralizable else [message.id]


def pieces(text: str) -> list[str]:
    """The literal parts of a catalogue text, split at tags, placeholders and lines."""
    parts = re.split(r"<[^>]+>|\{[a-z_]*\}|\n", text.replace(FSI, "").replace(PDI, ""))
    return [part.strip() for part in parts if part.strip()]


@cache
def foreign_texts(locale: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """English and Swedish texts that must not be shown to a user of ``locale``.

    Only texts whose translation in ``locale`` differs count (a shared "13–15" or "/start"
    is fine). Returns exact labels/lines, and long fragments (≥ 12 characters) to search
    for inside composed messages.
    """
    others = [code for code in ("en", "sv") if code != locale]
    own = catalogue(locale)
    exact: set[str] = set()
    for code in others:
        for message in catalogue(code):
            mine = own.get(message.id)
            if not message.id or mine is None:
                continue
            mine_pieces = {p for text in translated(mine) for p in pieces(text)}
            texts = source_texts(message) if code == "en" else translated(message)
            for text in texts:
                exact.update(p for p in pieces(text) if p not in mine_pieces)
    fragments = tuple(sorted(p for p in exact if len(p) >= 12))
    return frozenset(exact | directory_texts(locale)), fragments


def directory_texts(locale: str) -> set[str]:
    """The resource directory's English and Swedish names, descriptions and hours, where
    ``locale`` has its own text (a card shows each on a line of its own)."""
    others = [code for code in ("en", "sv") if code != locale]
    found: set[str] = set()
    for service in load_directory(ROOT / "data" / "resources.json").services:
        for localized in (service.name, service.description, service.hours_note or {}):
            mine = localized.get(locale)
            found.update(localized[c] for c in others if c in localized and localized[c] != mine)
    return found


def plain_lines(html_text: str) -> list[str]:
    text = _TAG.sub("", html_text).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return [line.strip() for line in text.replace(FSI, "").replace(PDI, "").split("\n")]


def untranslated(shown: str, locale: str) -> list[str]:
    exact, fragments = foreign_texts(locale)
    found = [line for line in plain_lines(shown) if line in exact]
    flat = "\n".join(plain_lines(shown))
    found += [fragment for fragment in fragments if fragment in flat]
    return found


# --------------------------------------------------------------------------- RTL isolation


def unisolated_ltr(html_text: str) -> list[str]:
    """Left-to-right runs (Latin letters, European digits) outside FSI/LRI/RLI … PDI in a
    text that holds right-to-left letters; ``[]`` when everything is isolated."""
    text = re.sub(r"<(pre|code)>.*?</\1>", "", html_text, flags=re.DOTALL)  # monospace tables
    text = _TAG.sub("", text).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return []
    runs: list[str] = []
    depth, current = 0, ""
    for ch in text:
        if ch in ("\u2066", "\u2067", FSI):
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        if depth == 0 and unicodedata.bidirectional(ch) in ("L", "EN"):
            current += ch
        elif current:
            runs.append(current)
            current = ""
    return [*runs, current] if current else runs


def test_isolation_check_can_fail() -> None:
    assert unisolated_ltr("اتصل بـ Bris على 116 111") == ["Bris", "116", "111"]
    assert unisolated_ltr(f"اتصل بـ {FSI}Bris{PDI} على {FSI}116 111{PDI}") == []
    assert unisolated_ltr("Ring Bris på 116 111") == []  # no right-to-left text


# --------------------------------------------------------------------------- chats


@dataclass
class Chat:
    """One user talking to the bot: sends texts, presses buttons, remembers what it saw."""

    driver: OfflineDriver
    locale: str
    language_code: str | None = None
    user_id: int | None = None
    calls: list[ApiCall] = field(default_factory=list)

    def __post_init__(self) -> None:
        code = self.locale if self.language_code is None else self.language_code
        user_id = next(_user_ids) if self.user_id is None else self.user_id
        self.user = user(user_id, "Testperson", None, code or None)

    async def send(self, text: str) -> list[ApiCall]:
        return await self._feed(message_update(self.user, text))

    async def press(self, data: str) -> list[ApiCall]:
        message = self.message_with(data)
        assert message is not None, f"no message shows the button {data!r}"
        return await self._feed(callback_update(self.user, data, message))

    async def _feed(self, update: dict[str, Any]) -> list[ApiCall]:
        calls = await self.driver.feed(update)
        self.calls.extend(calls)
        return calls

    def message_with(self, data: str) -> dict[str, Any] | None:
        for call in reversed(self.calls):
            if isinstance(call.result, dict) and data in callback_data(call.result):
                return call.result
        return None

    async def start(self) -> list[ApiCall]:
        """``/start`` and the user's language picked in the picker (shown until chosen)."""
        calls = await self.send("/start")
        choice = LanguageChoice(locale=self.locale).pack()
        return await self.press(choice) if self.message_with(choice) is not None else calls


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    markup = message.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


def callback_data(message: dict[str, Any]) -> list[str]:
    return [b["callback_data"] for b in buttons(message) if "callback_data" in b]


def last_screen(calls: list[ApiCall]) -> dict[str, Any] | None:
    """The last message with buttons that these calls sent or edited."""
    for call in reversed(calls):
        if isinstance(call.result, dict) and buttons(call.result):
            return call.result
    return None


def shown_strings(calls: list[ApiCall]) -> Iterator[tuple[str, str]]:
    """(what, text) of everything a user sees: message texts, captions, labels, alerts."""
    for call in calls:
        params = call.params
        for key in ("text", "caption"):
            if isinstance(params.get(key), str) and call.method != "setMyCommands":
                yield call.method, params[key]
        for button in buttons(params):
            yield "button", button["text"]


def call_problems(call: ApiCall) -> list[str]:
    """Telegram would refuse it, or its HTML does not parse, or its data are not ids."""
    problems = []
    violation = limit_violation(call.method, call.params)
    if violation is not None:
        problems.append(f"{call.method}: {violation}")
    if call.method in {"sendMessage", "editMessageText"}:
        text = str(call.params.get("text", ""))
        try:
            plain, _entities = parse_html(text)
        except ApiError as error:
            problems.append(f"{call.method}: {error.description}: {text[:80]!r}")
        else:
            if not 1 <= len(plain) <= 4096:
                problems.append(f"{call.method}: {len(plain)} characters")
    if call.method == "answerCallbackQuery" and len(call.params.get("text", "")) > 200:
        problems.append("answerCallbackQuery: text over 200 characters")
    for button in buttons(call.params):
        data = button.get("callback_data")
        if data is not None and (not data.isascii() or len(data.encode()) > 64):
            problems.append(f"callback data not a short ascii id: {data!r}")
    return problems


# --------------------------------------------------------------------------- crawler

Action = tuple[str, str]  # ("text", "/help") or ("press", callback data)
Path_ = tuple[bool, list[Action]]  # (as staff?, actions after /start and the language)


def danger_phrase(locale: str) -> str:
    """A phrase from the language's own danger list that the detector recognizes."""
    samples = {
        "sv": "de ska döda mig",
        "en": "they will kill me",
        "ar": "سيقتلونني",
        "fa": "می‌خواهند مرا بکشند",
        "so": "way i dilayaan",
        "ti": "ክቐትሉኒ እዮም",
        "fi": "ne tappaa minut",
        "ckb": "دەمکوژن",
        "tr": "beni öldürecekler",
        "es": "me van a matar",
    }
    return samples[locale]


async def crawl(driver: OfflineDriver, locale: str) -> tuple[list[ApiCall], set[str]]:
    """Every distinct screen reachable from ``/start`` (and from each command) in
    ``locale``, each button pressed once per distinct screen. Returns every call and the
    signatures of the screens seen.

    A path is replayed by a fresh user from ``/start``; that user then goes on down the
    first button of each new screen, so only the other buttons cost a replay.
    """
    commands = [f"/{command.command}" for command in with_locale(driver.app, locale, command_menu)]
    extra = ["hello", danger_phrase(locale)]
    frontier: list[Path_] = [(False, [])]
    frontier += [(False, [("text", text)]) for text in [*commands, *extra] if text != "/start"]
    frontier.append((True, [("text", "/summary")]))
    seen: set[str] = set()
    pressed_nav: set[str] = set()
    calls: list[ApiCall] = []

    def presses(staff: bool, screen: dict[str, Any]) -> list[str]:
        chosen = []
        for data in callback_data(screen)[:STAFF_BUTTONS] if staff else callback_data(screen):
            if data.startswith("lang:") and data != LanguageChoice(locale=locale).pack():
                continue  # another language: crawled in its own test
            if data.startswith("nav:"):
                if data in pressed_nav:
                    continue  # the same safety/navigation button on every screen
                pressed_nav.add(data)
            chosen.append(data)
        return chosen

    while frontier and len(seen) < MAX_SCREENS:
        staff, path = frontier.pop(0)
        chat = Chat(driver, locale, user_id=STAFF_ID if staff else None)
        last = await chat.start()
        for kind, value in path:
            last = await (chat.send(value) if kind == "text" else chat.press(value))
        while (screen := last_screen(last)) is not None and len(path) < MAX_ACTIONS:
            signature = repr((staff, screen.get("text"), callback_data(screen)))
            if signature in seen:
                break
            seen.add(signature)
            children = presses(staff, screen)
            if not children:
                break
            frontier += [(staff, [*path, ("press", data)]) for data in children[1:]]
            path = [*path, ("press", children[0])]
            last = await chat.press(children[0])
        calls.extend(chat.calls)
    return calls, seen


def with_locale(app: App, locale: str, render: Any) -> Any:
    """``render()`` with gettext in ``locale``, as the middleware sets it for a user."""
    i18n = load_i18n(app.settings)
    with i18n.context(), i18n.use_locale(locale):
        return render()


@pytest.mark.slow
@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
async def test_every_screen_in_every_language(crawl_driver: OfflineDriver, locale: str) -> None:
    """Within Telegram's limits, valid HTML, ids in callback data, nothing left in English
    or Swedish, Latin runs isolated in right-to-left text; and the crawl reaches cards."""
    calls, screens = await crawl(crawl_driver, locale)
    assert len(screens) >= 8, f"only {len(screens)} screens reached"
    assert not [p for call in calls for p in call_problems(call)]
    leftovers = {
        (what, text[:120], tuple(found))
        for what, text in shown_strings(calls)
        if (found := untranslated(text, locale))
    }
    assert not leftovers, f"{locale}: shown in English or Swedish: {sorted(leftovers)}"
    if locale in RTL_LOCALES:
        scrambled = {
            (text[:80], tuple(runs))
            for _what, text in shown_strings(calls)
            if (runs := unisolated_ltr(text))
        }
        assert not scrambled, f"{locale}: not isolated: {sorted(scrambled)}"
    assert any(is_cards_message(call, crawl_driver.app, locale) for call in calls)


def is_cards_message(call: ApiCall, app: App, locale: str) -> bool:
    """A message listing resource cards: it names at least two services in ``locale``."""
    text = str(call.params.get("text", ""))
    names = [s.name_for(locale) for s in app.directory.shown(FROZEN_NOW.date())]
    return sum(name in plain_text(text) for name in names) >= 2


def plain_text(html_text: str) -> str:
    return "\n".join(plain_lines(html_text))


# --------------------------------------------------------------------------- scripted chats


def label(locale: str, msgid: str) -> str:
    message = catalogue(locale).get(msgid)
    assert message is not None, f"{msgid!r} not in the {locale} catalogue"
    assert message.string, f"{msgid!r} not translated in {locale}"
    return str(message.string)


# Preferred answers, by msgid; a screen without any of them gets its first answer button
# (a follow-up question), never the safety row, a language or "start over".
SCRIPT = [
    "OK, let's start",
    "I'm a young person",
    "13–15",
    'Someone wants me to do "jobs" for them',
]
NOT_ANSWERS = {Nav(action=action).pack() for action in ("danger", "exit", "restart", "back")}


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
async def test_scripted_chat_reaches_resource_cards(
    crawl_driver: OfflineDriver, locale: str
) -> None:
    """A young person chats in their language and gets resource cards in it."""
    chat = Chat(crawl_driver, locale)
    await chat.send("/start")
    picker = last_screen(chat.calls)
    assert picker is not None
    assert picker["text"] == isolate_ltr_runs(
        label(locale, "Choose your language:") + PICKER_EMERGENCY_LINE
    )
    choice = [b for b in buttons(picker) if b["text"] == LANGUAGE_NAMES[locale]]
    assert choice, f"{LANGUAGE_NAMES[locale]} not in the picker"
    await chat.press(choice[0]["callback_data"])
    wanted = [label(locale, msgid) for msgid in SCRIPT]
    for _step in range(12):
        if any(is_cards_message(call, crawl_driver.app, locale) for call in chat.calls):
            break
        screen = last_screen(chat.calls)
        assert screen is not None, "the chat ended before the resource cards"
        answers = [
            b
            for b in buttons(screen)
            if "callback_data" in b
            and b["callback_data"] not in NOT_ANSWERS
            and not b["callback_data"].startswith("lang:")
        ]
        preferred = [b for b in answers if b["text"] in wanted] or answers
        assert preferred, f"no answer button on {screen.get('text')!r}"
        await chat.press(preferred[0]["callback_data"])
    cards = [call for call in chat.calls if is_cards_message(call, crawl_driver.app, locale)]
    assert cards, f"{locale}: no resource cards"
    text = str(cards[-1].params["text"])
    assert untranslated(text, locale) == []
    if locale in RTL_LOCALES:
        assert unisolated_ltr(text) == []
        assert FSI in text


# --------------------------------------------------------------------------- cards, RTL


def statuses(service: Service) -> list[OpeningStatus]:
    """The service's status now, and at night on a Sunday (closed for most)."""
    night = FROZEN_NOW + timedelta(days=4, hours=8)  # Sunday 00:37 in Stockholm
    return [opening_status(service.schedule, FROZEN_NOW), opening_status(service.schedule, night)]


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_card_in_every_language(app: App, locale: str) -> None:
    """Each shown service's card, open and closed: in the locale, within limits, isolated."""
    night = FROZEN_NOW + timedelta(days=4, hours=8)

    def render() -> list[str]:
        return [
            service_card(service, status, now, locale)
            for service in app.directory.shown(FROZEN_NOW.date())
            for status, now in zip(statuses(service), (FROZEN_NOW, night), strict=True)
        ]

    cards = with_locale(app, locale, render)
    for card in cards:
        plain, _ = parse_html(card)
        assert len(plain) <= 4096
        assert untranslated(card, locale) == [], card
        if locale in RTL_LOCALES:
            assert unisolated_ltr(card) == [], card
    for service in app.directory.shown(FROZEN_NOW.date()):
        for phone in service.phones:
            if locale in RTL_LOCALES:
                assert any(f"{FSI}{phone.number}{PDI}" in card for card in cards), phone.number
    english_days = {
        format_date(FROZEN_NOW + timedelta(days=d), "EEEE", locale="en") for d in range(7)
    }
    if locale not in ("en",):
        assert not [day for day in english_days for card in cards if day in card]


def test_every_service_has_its_name_and_description_in_every_language(app: App) -> None:
    """The directory's texts per language (the loader falls back to sv, then en); the
    numbers in each translation are those of the English text (facts untouched)."""
    for service in app.directory.services:
        texts = [service.name, service.description]
        if service.hours_note is not None:
            texts.append(service.hours_note)
        for localized in texts:
            missing = set(SUPPORTED_LOCALES) - set(localized)
            assert not missing, f"{service.id}: no {sorted(missing)}"
            numbers = sorted(re.findall(r"\d+", localized["en"]))
            for locale in SUPPORTED_LOCALES:
                assert sorted(re.findall(r"\d+", localized[locale])) == numbers, (
                    service.id,
                    locale,
                )


# --------------------------------------------------------------------------- language choice


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [
        ("", "sv"),
        (None, "sv"),
        ("en_US", "en"),
        ("en-US", "en"),
        ("sv-SE", "sv"),
        ("ar-SE", "ar"),
        ("ar_SE", "ar"),
        ("fa-IR", "fa"),
        ("pt-br", "sv"),
        ("zh-hans", "sv"),
        ("xx", "sv"),
        ("so", "so"),
        ("ti", "ti"),
        ("fi-FI", "fi"),
        ("ckb", "ckb"),
        ("ckb-IQ", "ckb"),
        ("tr", "tr"),
        ("tr-TR", "tr"),
        ("es-MX", "es"),
        ("es_ES", "es"),
        ("ku", "sv"),  # Kurdish: Kurmanji first, not Sorani (bot/core/locale.py)
        ("kmr", "sv"),
        ("@@", "sv"),
    ],
)
async def test_telegram_language_code_picks_the_first_screen_language(
    driver: OfflineDriver, language_code: str | None, expected: str
) -> None:
    """Without a stored choice the picker speaks the negotiated language, its safety row
    too; no code raises and none drops the update."""
    sender = user(next(_user_ids), "Testperson", None, language_code)
    calls = await driver.feed(message_update(sender, "/start"))
    sent = [call for call in calls if call.method == "sendMessage"]
    assert len(sent) == 1
    assert sent[0].params["text"] == isolate_ltr_runs(
        label(expected, "Choose your language:") + PICKER_EMERGENCY_LINE
    )
    names = [b["text"] for b in buttons(sent[0].params)]
    assert names == [
        *(LANGUAGE_NAMES[code] for code in SUPPORTED_LOCALES),
        label(expected, "🆘 I'm in danger now"),
        label(expected, "Quick exit"),
    ]
    assert callback_data(sent[0].params)[-2:] == ["nav:danger", "nav:exit"]


async def test_the_chosen_language_is_kept_per_user(driver: OfflineDriver) -> None:
    """A Swedish phone, Persian chosen: Persian from then on, until /language changes it;
    another user with the same phone language still gets Swedish."""
    chat = Chat(driver, "fa", language_code="sv-SE")
    await chat.start()
    menu = await chat.send("/menu")
    assert label("fa", "Who are you?") in menu[-1].params["text"]
    await chat.send("/language")
    await chat.press(LanguageChoice(locale="fi").pack())
    menu = await chat.send("/menu")
    assert label("fi", "Who are you?") in menu[-1].params["text"]
    other = Chat(driver, "sv", language_code="sv-SE")
    start = await other.send("/start")
    assert start[-1].params["text"] == isolate_ltr_runs(
        label("sv", "Choose your language:") + PICKER_EMERGENCY_LINE
    )


PRIVACY_NOTE = (
    "<b>You are anonymous here.</b>\n"
    "Nothing you type is stored. Please don't send names, phone numbers or addresses.\n"
    "Tap <b>Quick exit</b> at any time to delete this conversation."
)


@pytest.mark.parametrize(
    ("language_code", "locale"), [("tr", "tr"), ("es-MX", "es"), ("ckb", "ckb")]
)
async def test_turkish_spanish_and_sorani_phones_get_the_privacy_note_in_their_language(
    driver: OfflineDriver, language_code: str, locale: str
) -> None:
    """A phone in Turkish, Mexican Spanish or Sorani: the picker speaks that language and
    offers all ten, two to a row above the safety row; pressing the own language brings
    the privacy note in it (Sorani's Latin runs in isolates)."""
    chat = Chat(driver, locale, language_code=language_code)
    await chat.send("/start")
    picker = last_screen(chat.calls)
    assert picker is not None
    assert picker["text"] == isolate_ltr_runs(
        label(locale, "Choose your language:") + PICKER_EMERGENCY_LINE
    )
    rows = picker["reply_markup"]["inline_keyboard"]
    assert [[b["text"] for b in row] for row in rows[:-1]] == [
        ["Svenska", "English"],
        ["العربية", "فارسی"],
        ["Soomaali", "ትግርኛ"],
        ["Suomi", "کوردی (سۆرانی)"],
        ["Türkçe", "Español"],
    ]
    assert [b["callback_data"] for b in rows[-1]] == ["nav:danger", "nav:exit"]
    calls = await chat.press(LanguageChoice(locale=locale).pack())
    texts = [str(call.params["text"]) for call in calls if "text" in call.params]
    note = label(locale, PRIVACY_NOTE)
    assert note in texts
    assert note != label("sv", PRIVACY_NOTE)
    assert note != PRIVACY_NOTE
    menu = await chat.send("/menu")
    assert label(locale, "Who are you?") in menu[-1].params["text"]
    privacy = [str(call.params.get("text", "")) for call in await chat.send("/privacy")]
    privacy_msgid = next(
        str(m.id) for m in catalogue("en") if str(m.id).startswith("<b>How your privacy")
    )
    assert label(locale, privacy_msgid) in privacy
    if locale in RTL_LOCALES:  # "Telegram" and "/forget" inside Sorani text
        assert all(unisolated_ltr(t) == [] for t in privacy)
        assert any(f"{FSI}Telegram{PDI}" in t for t in privacy)


def test_danger_phrases_used_here_are_recognized() -> None:
    detector = DangerDetector.from_dir(ROOT / "data" / "danger")
    for locale in SUPPORTED_LOCALES:
        assert detector.detect(danger_phrase(locale)) is not None, locale


# --------------------------------------------------------------------------- command menus


def test_menus_are_translated_for_every_language(app: App) -> None:
    menus = menus_by_language(load_i18n(app.settings))
    assert set(menus) == {None, *MENU_LOCALES}
    assert "ckb" not in menus
    assert "ckb" in SUPPORTED_LOCALES
    for locale in MENU_LOCALES:
        commands = menus[locale]
        assert [c.command for c in commands] == [c.command for c in menus[None]]
        for command in commands:
            assert 1 <= len(command.description) <= 256
            assert untranslated(command.description, locale) == [], (locale, command)
    assert menus[None] == menus["sv"]


async def test_every_menu_command_is_handled(driver: OfflineDriver) -> None:
    """Each command in the menu gets its own answer, not the catch-all hint."""
    hint = label("en", "Please answer with the buttons above. Type /start to begin again.")
    chat = Chat(driver, "en")
    await chat.start()
    for command in with_locale(driver.app, "en", command_menu):
        calls = await chat.send(f"/{command.command}")
        texts = [str(call.params.get("text", "")) for call in calls]
        assert texts, f"/{command.command}: no answer"
        assert hint not in texts, f"/{command.command} is not handled"


@pytest.mark.slow
async def test_command_menus_are_set_per_language_when_the_webhook_starts(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    """setMyCommands with language_code for every two-letter language, over real HTTP, at
    start-up."""
    settings = make_settings(tmp_path, webhook_port=0)
    application = await create_app(settings, clock=lambda: FROZEN_NOW)
    bot = make_bot(telegram_server)
    runner, _port = await start_webhook_server(application, bot, "secret_0123")
    try:
        await runner.app[TELEGRAM_SET_UP].wait()  # set in the background once listening
        menus = telegram_server.commands
        for locale in MENU_LOCALES:
            commands = menus[("all_private_chats", locale)]
            expected = with_locale(application, locale, command_menu)
            assert [c["description"] for c in commands] == [c.description for c in expected]
        default = menus[("all_private_chats", None)]
        assert default[0]["command"] == "start"
    finally:
        await runner.cleanup()
        await bot.session.close()
        await application.close()


async def test_a_refused_menu_does_not_stop_start_up(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    """Telegram refusing setMyCommands is logged; the bot starts anyway."""
    settings = make_settings(tmp_path)
    bot = make_bot(telegram_server)
    try:
        telegram_server.fail_next("setMyCommands", status=400, description="Bad Request: nope")
        await set_command_menus(bot, settings)
        assert set(telegram_server.commands) == {
            ("all_private_chats", locale) for locale in MENU_LOCALES
        }
    finally:
        await bot.session.close()


@pytest.mark.slow
async def test_command_menus_are_set_per_language_when_run_starts(tmp_path: Path) -> None:
    """``python -m bot run``: the menus are set in every language before polling."""
    telegram_server = FakeTelegramServer(token="123456789:AAHk2-vagvisare-menu-test-0123456789ab")
    await telegram_server.start()
    try:
        await run_until_polling(tmp_path, telegram_server)
    finally:
        await telegram_server.stop()
    menus = telegram_server.commands
    assert set(menus) == {("all_private_chats", code) for code in (None, *MENU_LOCALES)}
    assert menus[("all_private_chats", "fi")][0] == {
        "command": "start",
        "description": label("fi", "Start from the beginning"),
    }
    assert menus[("all_private_chats", None)] == menus[("all_private_chats", "sv")]


async def run_until_polling(tmp_path: Path, telegram_server: FakeTelegramServer) -> None:
    """Start ``python -m bot run`` against the fake, wait for its first poll, stop it."""
    process = await asyncio.create_subprocess_exec(
        PYTHON,
        "-m",
        "bot",
        "run",
        "--api-base",
        telegram_server.base_url,
        cwd=ROOT,
        env=cli_env(tmp_path, BOT_TOKEN=telegram_server.token),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await telegram_server.wait_for("getUpdates", timeout=60)
    finally:
        process.send_signal(signal.SIGTERM)
        _stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, stderr.decode()
