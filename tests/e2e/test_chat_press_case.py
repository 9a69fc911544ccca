"""``[label]`` in ``python -m bot chat`` in any case (bot/modes/chat.py, ``labelled``).

A fresh-clone tester typed ``[english]`` and got "(no button [english]: …)"; only
``[English]`` pressed the button. A label is matched ignoring case and the spaces around it
when that names exactly one button; a label written exactly as typed wins, and of two labels
that differ only in case, a press in a third spelling presses neither (it is said so).
"""

from __future__ import annotations

import io
from typing import Any, cast

import pytest

from bot.modes.chat import Terminal
from bot.modes.offline_driver import OfflineDriver
from tests.e2e.test_chat_press import transcript

ANONYMOUS = "You are anonymous here."  # the answer to [2] English on the language keyboard


@pytest.mark.parametrize("typed", ["english", "ENGLISH", "  eNgLiSh ", "English"])
async def test_a_label_in_any_case_presses_its_button(driver: OfflineDriver, typed: str) -> None:
    """Through the real dispatcher: the language keyboard, then the privacy notice."""
    lines = await transcript(driver, ["/start", f"[{typed}]"])
    assert f"bot (edited): {ANONYMOUS}" in lines
    assert "(no button" not in lines


class Recorder:
    """What a :class:`Terminal` feeds the bot, instead of a dispatcher."""

    def __init__(self) -> None:
        self.fed: list[dict[str, Any]] = []
        self.session = None  # read by Terminal._print, which has nothing to print here

    async def feed(self, update: dict[str, Any]) -> list[Any]:
        self.fed.append(update)
        return []


def terminal(labels: list[str]) -> tuple[Terminal, Recorder, io.StringIO]:
    """A terminal whose last bot message has one button per label, its data ``b<index>``."""
    recorder, out = Recorder(), io.StringIO()
    shown = Terminal(cast(OfflineDriver, recorder), {"id": 700000656, "is_bot": False}, out)
    rows = [[{"text": label, "callback_data": f"b{i}"}] for i, label in enumerate(labels)]
    shown.keyboard_message = {
        "message_id": 5,
        "chat": {"id": 700000656, "type": "private"},
        "reply_markup": {"inline_keyboard": rows},
    }
    shown.showed_buttons = True
    return shown, recorder, out


async def pressed(labels: list[str], typed: str) -> tuple[list[str], str]:
    """The callback data a line ``[typed]`` sent, and what the terminal printed."""
    shown, recorder, out = terminal(labels)
    await shown.handle_line(f"[{typed}]")
    return [update["callback_query"]["data"] for update in recorder.fed], out.getvalue()


@pytest.mark.parametrize(
    ("typed", "data"),
    [
        ("OK", "b1"),  # exact wins over "Ok" (was: the first that matched in any case, "Ok")
        ("Ok", "b0"),
        (" Ok ", "b0"),
        ("back", "b2"),  # the label " Back " has spaces around it
        ("BACK", "b2"),
        ("Back", "b2"),
    ],
)
async def test_an_exact_label_wins_and_spaces_around_a_label_do_not_count(
    typed: str, data: str
) -> None:
    assert await pressed(["Ok", "OK", " Back "], typed) == ([data], "")


async def test_two_labels_that_differ_only_in_case_are_not_guessed() -> None:
    """``[ok]`` is neither "Ok" nor "OK": nothing is sent, the numbers that work are named."""
    assert await pressed(["Ok", "OK", "Back"], "ok") == (
        [],
        "(no button [ok]: choose 1–3, or type a message)\n",
    )
