"""A crash between the state write and the Bot API call that shows the next screen.

The state is written before an update's first Bot API call, on purpose (crash safety,
docs/robustness.md), so after ``kill -9`` there the saved place is one step *ahead* of
the screen the person sees. Here the crash is a :class:`Killed` raised by the offline
Bot API stand-in at the call that would show the next screen (the state has been
flushed by then, as in production), and the "restart" is a new app on the same data
directory whose engine the old one never closed cleanly. The person then presses the
same button again on the screen they still see; they must get exactly the screen a
person without the crash got at that press (a twin walking the same path), in the same
message, and the referral table must end with one row per conversation.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator, Callable
from itertools import count
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiogram.utils.i18n import I18n

from bot.app import App, create_app
from bot.catalogs import DOMAIN
from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver
from bot.offline import ApiCall, OfflineSession
from handlers import screens
from tests import updates
from tests.button_walk import Walker, button_data
from tests.conftest import FROZEN_NOW, make_settings
from tests.helpers import ROOT

JSON = dict[str, Any]
TWIN, CRASHED = "twin_path", "crash_path"
CARDS_HEADING = "Here is where you can get help:"
PATHS = {
    "young_person": (
        "lang:en",
        "nav:privacy_ok",
        "pick:aud:young_person",
        "pick:age:13_15",
        "pick:topic:recruitment_pressure",
        "ans:safe_now:yes",
        "ans:offered_things:no",
        "ans:threatened:no",  # the last answer shows the cards
    ),
    "parent": (
        "lang:en",
        "nav:privacy_ok",
        "pick:aud:parent",
        "pick:topic:family_worry",
        "sign:two_phones",
        "nav:signs_done",  # shows the cards
    ),
}
# A sign toggles: pressed again, it toggles back (test_a_sign_toggled_in_a_crash_…).
CASES = [
    (name, k)
    for name, path in PATHS.items()
    for k in range(len(path))
    if not path[k].startswith("sign:")
]


def english(render: Callable[[], str]) -> str:
    i18n = I18n(path=ROOT / "locales", default_locale="en", domain=DOMAIN)
    with i18n.context(), i18n.use_locale("en"):
        return render()


class Killed(BaseException):
    """The process died here (aiogram's error handler catches ``Exception`` only)."""


class CrashingSession(OfflineSession):
    """The offline Bot API; :attr:`crash_on` picks the one call during which it dies."""

    def __init__(self) -> None:
        super().__init__()
        self.crash_on: Callable[[str, dict[str, Any]], bool] | None = None

    def _result(self, name: str, params: dict[str, Any]) -> Any:
        if self.crash_on is not None and self.crash_on(name, params):
            self.crash_on = None
            raise Killed(name)
        return super()._result(name, params)


def shows_a_screen(name: str, _params: dict[str, Any]) -> bool:
    return name in {"editMessageText", "sendMessage"}


class Process:
    """The bot process: can crash and be started again on the same data directory."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.apps: list[App] = []
        self.driver: OfflineDriver

    async def start(self, messages: dict[tuple[int, int], JSON] | None = None) -> OfflineDriver:
        app = await create_app(self.settings, clock=lambda: FROZEN_NOW)
        self.apps.append(app)
        session = CrashingSession()
        if messages:  # what people's phones show survives the bot
            session.messages = dict(messages)
            session._message_ids = count(max(mid for _, mid in messages) + 1)
        self.driver = OfflineDriver(app, session=session)
        return self.driver

    async def restart(self) -> OfflineDriver:
        """After a crash: nothing is flushed or closed cleanly, the database stays."""
        old = self.driver
        await old.app.engine.dispose()
        return await self.start(old.session.messages)

    @property
    def session(self) -> CrashingSession:
        assert isinstance(self.driver.session, CrashingSession)
        return self.driver.session

    async def close(self) -> None:
        await self.driver.close()
        await self.apps[-1].close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, campaign_codes=[TWIN, CRASHED], throttle_burst=10_000)


@pytest_asyncio.fixture
async def process(settings: Settings) -> AsyncIterator[Process]:
    bot = Process(settings)
    await bot.start()
    try:
        yield bot
    finally:
        await bot.close()


def shape(calls: list[ApiCall]) -> list[tuple[str, str, list[str]]]:
    """What a person sees of ``calls``: method, text and buttons (not ids)."""
    return [
        (
            call.method,
            str(call.params.get("text", "")),
            button_data(call.params.get("reply_markup")),
        )
        for call in calls
    ]


def rows_by_campaign(data_dir: Path) -> dict[str, int]:
    with sqlite3.connect(data_dir / "vagvisare.sqlite3") as connection:
        rows = connection.execute("SELECT campaign, count(*) FROM referral GROUP BY campaign")
        return {str(code): int(n) for code, n in rows.fetchall()}


async def saved(process: Process, walker: Walker) -> tuple[str | None, JSON]:
    app = process.driver.app
    await app.memory.flush()
    record = await app.memory.get(app.pseudonymizer.of(walker.chat_id))
    assert record is not None
    return record.state, json.loads(record.data or "{}")


def without_trail(data: JSON) -> JSON:
    """The conversation data without the message ids kept for quick exit."""
    return {key: value for key, value in data.items() if key != "trail"}


async def place(process: Process, walker: Walker) -> tuple[str | None, JSON]:
    state, data = await saved(process, walker)
    return state, without_trail(data)


async def press_on(walker: Walker, data: str, message: JSON) -> list[ApiCall]:
    """``data`` pressed on ``message`` (what the phone shows), whatever is newest now."""
    on = {**message, "chat": updates.private_chat(walker.user)}
    return await walker.feed(updates.callback(walker.user, data, on))


async def twin_walk(driver: OfflineDriver, path: tuple[str, ...]) -> list[list[ApiCall]]:
    """A person without a crash: the calls of each press of ``path``."""
    twin = Walker(driver, updates.person(7600000001, "Tove", None, "en"))
    await twin.say(f"/start {TWIN}")
    return [await twin.press(data) for data in path]


@pytest.mark.parametrize(("name", "k"), CASES, ids=[f"{n}-{k}" for n, k in CASES])
async def test_pressing_again_after_a_crash_shows_the_saved_place(
    process: Process, settings: Settings, name: str, k: int
) -> None:
    path = PATHS[name]
    expected = await twin_walk(process.driver, path)
    person = Walker(process.driver, updates.person(7600000002, "Sam", None, "en"))
    await person.say(f"/start {CRASHED}")
    for data in path[:k]:
        await person.press(data)
    old_screen = person.screen()
    assert old_screen is not None
    _, data_before = await saved(process, person)

    process.session.crash_on = shows_a_screen
    with pytest.raises(Killed):
        await person.press(path[k])
    state_ahead, data_ahead = await saved(process, person)
    results = k == len(path) - 1
    if results:  # the row is written before the cards: logged, never shown
        assert state_ahead == "Flow:results"
        assert rows_by_campaign(settings.data_dir) == {TWIN: 1, CRASHED: 1}
    assert person.screen() == old_screen  # the phone still shows the earlier step

    person.driver = await process.restart()
    calls = await person.press(path[k])  # the same button, on the screen they see
    assert calls[0].method == "answerCallbackQuery"
    assert shape(calls) == shape(expected[k])
    edit = next(call for call in calls if call.method == "editMessageText")
    assert edit.params["message_id"] == old_screen["message_id"]
    assert await place(process, person) == (
        state_ahead,
        {**without_trail(data_ahead), **_shown(calls)},
    )
    if results:
        assert CARDS_HEADING in str(edit.params["text"])
        assert data_ahead["referral_id"] == (await saved(process, person))[1]["referral_id"]
    else:
        assert "referral_id" not in data_before

    again = await press_on(person, path[k], old_screen)  # a second tap, same old screen
    if results:
        assert [c.method for c in again] == ["answerCallbackQuery"]
    else:
        assert [c.method for c in again] == ["answerCallbackQuery", "editMessageText"]
        assert shape(again)[1:] == shape(expected[k])[1:]
    for data in path[k + 1 :]:
        await person.press(data)
    await person.press("fb:yes")
    assert rows_by_campaign(settings.data_dir) == {TWIN: 1, CRASHED: 1}
    assert (await saved(process, person))[0] == "Flow:results"


async def test_a_sign_toggled_in_a_crash_toggles_back_and_the_screen_shows_the_saved_signs(
    process: Process,
) -> None:
    person = Walker(process.driver, updates.person(7600000007, "Sam", None, "en"))
    await person.say(f"/start {CRASHED}")
    for data in PATHS["parent"][:4]:
        await person.press(data)
    process.session.crash_on = shows_a_screen
    with pytest.raises(Killed):
        await person.press("sign:two_phones")
    assert (await place(process, person))[1]["signs"] == ["two_phones"]

    person.driver = await process.restart()
    calls = await person.press("sign:two_phones")  # unticked on the phone: a second toggle
    assert [c.method for c in calls] == ["answerCallbackQuery", "editMessageText"]
    assert (await place(process, person))[1]["signs"] == []
    labels = [b["text"] for row in calls[1].params["reply_markup"]["inline_keyboard"] for b in row]
    assert not any(label.startswith("✅") for label in labels)  # the screen says what is saved
    await person.press("sign:two_phones")
    assert (await place(process, person))[1]["signs"] == ["two_phones"]


def _shown(calls: list[ApiCall]) -> JSON:
    """The FSM flag the catch-up itself sets: cards and "did this help?" were sent."""
    footer = any(
        any(d.startswith("fb:") for d in button_data(c.params.get("reply_markup"))) for c in calls
    )
    return {"results_shown": True} if footer else {}


async def test_a_danger_answer_lost_in_a_crash_shows_the_emergency_card(
    process: Process, settings: Settings
) -> None:
    """Safety first: the card a stored answer called for is shown on the next press."""
    path = ("lang:en", "nav:privacy_ok", "pick:aud:young_person", "pick:age:16_17")
    path += ("pick:topic:recruitment_pressure",)
    twin = Walker(process.driver, updates.person(7600000003, "Tove", None, "en"))
    await twin.say(f"/start {TWIN}")
    for data in path:
        await twin.press(data)
    card = await twin.press("ans:safe_now:no")

    person = Walker(process.driver, updates.person(7600000004, "Sam", None, "en"))
    await person.say(f"/start {CRASHED}")
    for data in path:
        await person.press(data)
    question = person.screen()
    assert question is not None
    process.session.crash_on = lambda name, params: "112" in str(params.get("text", ""))
    with pytest.raises(Killed):
        await person.press("ans:safe_now:no")
    assert rows_by_campaign(settings.data_dir) == {TWIN: 1, CRASHED: 1}  # logged first

    person.driver = await process.restart()
    calls = await press_on(person, "ans:safe_now:no", question)
    assert shape(calls) == shape(card)
    assert "112" in shape(calls)[1][1]
    again = await press_on(person, "ans:safe_now:no", question)  # shown now: no repeat
    assert [c.method for c in again] == ["answerCallbackQuery", "editMessageText"]
    assert "ans:offered_things:no" in button_data(again[1].params["reply_markup"])
    assert rows_by_campaign(settings.data_dir) == {TWIN: 1, CRASHED: 1}


async def test_presses_that_are_not_the_saved_path_stay_safe(
    process: Process, settings: Settings
) -> None:
    """A changed answer on an old screen, another person's press and a press after
    /forget change nothing and never show someone else's place."""
    person = Walker(process.driver, updates.person(7600000005, "Sam", None, "en"))
    await person.say(f"/start {CRASHED}")
    for data in ("lang:en", "nav:privacy_ok"):
        await person.press(data)
    audience_menu = person.screen()
    assert audience_menu is not None
    await person.press("pick:aud:parent")
    before = await place(process, person)

    days_old = {**audience_menu, "date": updates.DATE}  # a year ago
    calls = await press_on(person, "pick:aud:friend", days_old)  # not the saved answer
    assert shape(calls)[1:] == [
        (
            "sendMessage",
            english(lambda: screens.restart_screen().text),
            ["nav:restart", "nav:danger", "nav:exit"],
        )
    ]
    calls = await press_on(person, "pick:aud:friend", audience_menu)  # just now: a double tap
    assert [c.method for c in calls] == ["answerCallbackQuery"]
    assert await place(process, person) == before

    other = Walker(process.driver, updates.person(7600000006, "Bo", None, "en"))
    forged = updates.callback(other.user, "pick:aud:parent", audience_menu)  # Sam's screen
    calls = await process.driver.feed(forged)
    assert [c.method for c in calls] == ["answerCallbackQuery"]
    assert await place(process, person) == before

    await person.say("/forget")
    await person.press("nav:forget")
    calls = await press_on(person, "pick:aud:parent", days_old)
    assert english(lambda: screens.restart_screen().text) in [t for _, t, _ in shape(calls)]
    assert rows_by_campaign(settings.data_dir) == {}
