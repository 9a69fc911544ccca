"""``[N]`` in ``python -m bot chat`` that presses no button (bot/modes/chat.py).

A fresh-clone tester typed ``[0]`` and ``[99]`` and got no word on which numbers work.
Every bracketed line that presses no button is answered with one line naming the
numbers that would, or saying that no buttons are shown; it is never sent to the bot.
Any script's decimal digits are numbers (``[١]`` is ``[1]``, as an Arabic keyboard types
it); ``-1``, ``1x``, ``²`` and a blank are not numbers, so they press no button. In
process, through the real dispatcher.
"""

from __future__ import annotations

import io

import pytest

from bot.modes.chat import no_button, run_chat
from bot.modes.offline_driver import OfflineDriver

LANGUAGES = "bot: Choose your language:\n"  # /start: twelve buttons, [1] Svenska … [12]


async def transcript(driver: OfflineDriver, lines: list[str]) -> str:
    out = io.StringIO()
    code = await run_chat(
        driver,
        user_id=700000654,
        first_name="T",
        username=None,
        language_code="en",
        source=io.StringIO("".join(f"{line}\n" for line in lines)),
        out=out,
    )
    assert code == 0
    return out.getvalue()


def answer(lines: str, typed: str) -> str:
    """The line a transcript printed right after the script line ``[typed]``."""
    return lines.split(f"> [{typed}]\n", 1)[1].split("\n", 1)[0]


@pytest.mark.parametrize("typed", ["0", "99", "-1", "1x", " ", "", "²", "Nonsense"])
async def test_a_press_of_no_button_names_the_numbers_that_work(
    driver: OfflineDriver, typed: str
) -> None:
    """One line, and the bot is not asked: the language keyboard is still the one shown."""
    lines = await transcript(driver, ["/start", f"[{typed}]", "[2]"])
    assert answer(lines, typed) == (f"(no button [{typed}]: choose 1–12, or type a message)")
    assert lines.count("bot") == 2  # "/start" and "[2]" (English) only
    assert "You are anonymous here." in lines  # [2] still pressed the language keyboard


async def test_a_press_with_no_buttons_shown_says_so(driver: OfflineDriver) -> None:
    lines = await transcript(driver, ["[99]", "/help", "[0]"])
    no_buttons = "no buttons are shown now; type a message)"
    assert answer(lines, "99") == f"(no button [99]: {no_buttons}"
    assert answer(lines, "0") == f"(no button [0]: {no_buttons}"


@pytest.mark.parametrize("digit", ["١", "۱", " 1 "])  # Arabic-Indic, Persian, spaced
async def test_any_scripts_digits_press_the_button(driver: OfflineDriver, digit: str) -> None:
    lines = await transcript(driver, ["/start", f"[{digit}]"])
    assert "bot (edited): Du är anonym här." in lines  # [1] Svenska
    assert "(no button" not in lines


def test_the_answer_counts_the_buttons_and_writes_controls_out() -> None:
    assert no_button("5", 1) == "(no button [5]: choose 1, or type a message)\n"
    assert no_button("9", 3) == "(no button [9]: choose 1–3, or type a message)\n"
    assert no_button("\x1b[2J", 0) == (
        "(no button [\\x1b[2J]: no buttons are shown now; type a message)\n"
    )
