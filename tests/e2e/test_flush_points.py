"""When a button press writes the conversation state (storage/fsm.py: FlushBeforeRequest).

The state is written before the first Bot API call that shows the user something, so
that after a crash the stored place is never behind the screen; a bare
``answerCallbackQuery`` shows nothing, so a press that changes the state and edits the
screen costs one write, made before the edit.
"""

from __future__ import annotations

from typing import Any

from aiogram.methods import AnswerCallbackQuery, EditMessageText, TelegramMethod

from bot.app import App
from bot.modes.offline_driver import OfflineDriver
from storage.fsm import _shows_nothing
from tests.helpers import on_sql_writes
from tests.scripted_user import ScriptedUser


def record_writes_and_calls(app: App, driver: OfflineDriver) -> list[str]:
    events: list[str] = []
    in_thread = app.memory.in_thread  # type: ignore[attr-defined]
    assert in_thread is not None
    assert in_thread.inline is not None

    def note(statement: str) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO USER_MEMORY"):
            events.append("write")

    on_sql_writes(in_thread, note)
    session = driver.session
    original = session.make_request

    async def make_request(
        bot: Any,
        method: TelegramMethod[Any],
        timeout: int | None = None,  # noqa: ASYNC109 - aiogram's signature
    ) -> Any:
        events.append(method.__api_method__)
        return await original(bot, method, timeout)

    session.make_request = make_request  # type: ignore[method-assign]
    return events


async def test_a_press_that_changes_the_state_writes_once_before_the_edit(
    app: App, driver: OfflineDriver
) -> None:
    user = ScriptedUser(driver, user_id=7500000901)
    await user.say("/start")
    await app.memory.flush()  # type: ignore[attr-defined]
    events = record_writes_and_calls(app, driver)
    await user.press("lang:en")
    assert events == ["answerCallbackQuery", "write", "editMessageText"]
    record = await app.memory.get(app.pseudonymizer.of(7500000901))
    assert record is not None
    assert record.locale == "en"


def test_only_a_bare_callback_answer_shows_nothing() -> None:
    assert _shows_nothing(AnswerCallbackQuery(callback_query_id="1"))
    assert not _shows_nothing(AnswerCallbackQuery(callback_query_id="1", text="Noted"))
    assert not _shows_nothing(AnswerCallbackQuery(callback_query_id="1", url="https://t.me/x"))
    assert not _shows_nothing(EditMessageText(text="x", chat_id=1, message_id=2))
