"""``python -m bot chat`` started again in the middle of a conversation (bot/modes/chat.py).

The conversation is saved (the same storage as ``run``), but the ``[N]`` buttons the last
chat printed are gone with it. At a terminal, the chat says so when it starts and names
a way on: ``/privacy``, then ``[1]`` ("Back to where I was") shows the saved step again
with buttons that can be pressed. In process, through the real dispatcher, with two apps
on one data directory as two runs of the command would have.
"""

from __future__ import annotations

import io
from pathlib import Path

from bot.app import create_app
from bot.modes.chat import RESUME_HINT, run_chat
from bot.modes.offline_driver import OfflineDriver
from tests.conftest import FROZEN_NOW, make_settings

USER_ID = 700000611
BANNER = "Vägvisare terminal chat. Type /start. [N] presses button N. Ctrl-D ends.\n"


class Keyboard(io.StringIO):
    """Lines typed at a terminal: ``run_chat`` treats its source as interactive."""

    def isatty(self) -> bool:
        return True


async def chat(data_dir: Path, source: io.StringIO, user_id: int = USER_ID) -> str:
    """One run of the chat (its own app and Bot API stand-in); returns what it printed."""
    app = await create_app(make_settings(data_dir), clock=lambda: FROZEN_NOW)
    driver = OfflineDriver(app)
    out = io.StringIO()
    try:
        code = await run_chat(
            driver,
            user_id=user_id,
            first_name="T",
            username=None,
            language_code="en",
            source=source,
            out=out,
        )
    finally:
        await driver.close()
        await app.close()
    assert code == 0
    return out.getvalue()


async def test_a_new_chat_in_a_conversation_says_how_to_go_on(tmp_path: Path) -> None:
    first = await chat(tmp_path, io.StringIO("/start\n[English]\n[1]\n[1]\n"))
    assert "bot (edited): How old are you?" in first  # the saved place: the age question

    again = await chat(tmp_path, Keyboard("[2]\n/privacy\n[1]\n[2]\n"))
    assert again.startswith(BANNER + RESUME_HINT + "> ")
    assert RESUME_HINT == (
        "(You are in the middle of a conversation from an earlier chat; its buttons are "
        "gone. To go on where you were, type /privacy and press [1] (back to where I "
        "was). To start over, type /menu.)\n"
    )
    assert (
        "(no button [2]: no buttons are shown now; type a message)" in again
    )  # the old buttons are gone
    # the way the hint names: the saved step again, with buttons that work, and on
    after_privacy = again.split("\n  [1] Back to where I was\n", 1)[1]
    assert "bot (edited): How old are you?\n  [1] Under 13\n  [2] 13–15\n" in after_privacy
    assert "bot (edited): What is it about?" in after_privacy  # [2] 13–15 was pressed


async def test_no_hint_without_a_conversation(tmp_path: Path) -> None:
    fresh = await chat(tmp_path, Keyboard("/help\n"))
    assert fresh.startswith(BANNER + "> ")
    assert RESUME_HINT not in fresh


async def test_no_hint_after_forget(tmp_path: Path) -> None:
    await chat(tmp_path, io.StringIO("/start\n[English]\n[1]\n/forget\n[1]\n"))
    again = await chat(tmp_path, Keyboard(""))
    assert again == BANNER + "> "


async def test_a_script_transcript_is_not_changed(tmp_path: Path) -> None:
    """Piped input is a script whose transcript is diffed: the hint is for a terminal."""
    await chat(tmp_path, io.StringIO("/start\n[English]\n"))
    transcript = await chat(tmp_path, io.StringIO("/help\n"))
    assert transcript.startswith("> /help\nbot: I help you find the right support")
    assert RESUME_HINT not in transcript


async def test_a_script_pressing_a_button_of_an_earlier_chat_is_told_how_to_go_on(
    tmp_path: Path,
) -> None:
    """What a fresh-clone tester did: a saved conversation, then a script that starts with
    a button number. The buttons are gone; the script's transcript says how to go on."""
    await chat(tmp_path, io.StringIO("/start\n[English]\n[1]\n[1]\n"))
    transcript = await chat(tmp_path, io.StringIO("[2]\n/privacy\n[1]\n"))
    assert transcript.startswith(
        "> [2]\n(no button [2]: no buttons are shown now; type a message)\n"
        + RESUME_HINT
        + "> /privacy\n"
    )
    assert "bot (edited): How old are you?" in transcript  # the way it names works
    assert transcript.count(RESUME_HINT) == 1


async def test_no_press_hint_without_a_conversation(tmp_path: Path) -> None:
    fresh = await chat(tmp_path, io.StringIO("[2]\n"))  # nothing saved: nothing to go on with
    assert fresh == "> [2]\n(no button [2]: no buttons are shown now; type a message)\n"
    # nor after quick exit, which deletes this chat's buttons and leaves nothing to go on with
    await chat(tmp_path, io.StringIO("/start\n[English]\n[1]\n[1]\n"))
    transcript = await chat(tmp_path, io.StringIO("/privacy\n[Quick exit]\n[1]\n"))
    assert "(bot deleted a message)" in transcript
    assert transcript.endswith("> [1]\n(no button [1]: no buttons are shown now; type a message)\n")
