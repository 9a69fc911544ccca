"""``python -m bot chat`` never passes terminal control characters through (bot/modes/chat.py).

A terminal acts on C0 controls (but tab and newline), DEL, C1 controls and ESC sequences
instead of showing them: colours, cursor moves, a cleared screen, a new window title, a
bell. The chat prints them written out (``\\x1b``), in the echo of a script's lines and in
the bot's messages, buttons and notices. In process, through the real dispatcher.
"""

from __future__ import annotations

import io
import re

import pytest

from bot.modes.chat import Terminal, plain, printable, run_chat
from bot.modes.offline_driver import OfflineDriver, user_json
from bot.offline import ApiCall

# Every character a terminal may act on, except newline (and tab, which only moves).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x01\x02\x1b[31mred\x07", "\\x01\\x02\\x1b[31mred\\x07"),
        ("a\rb", "a\\x0db"),  # a carriage return would overwrite the line
        ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),  # window title (OSC)
        ("\x9b2J\x85\x7f", "\\x9b2J\\x85\\x7f"),  # C1 CSI, NEL, DEL
        ("two\nlines\tand a tab", "two\nlines\tand a tab"),
        ("Välj språk: العربية ትግርኛ 🆘 \u2068x\u2069", "Välj språk: العربية ትግርኛ 🆘 \u2068x\u2069"),
    ],
)
def test_printable_writes_out_control_characters_only(raw: str, shown: str) -> None:
    assert printable(raw) == shown


def test_plain_drops_tags_decodes_entities_and_writes_controls_out() -> None:
    assert plain("<b>Hi</b> \x1b[2J&amp;&lt;\x07") == "Hi \\x1b[2J&<\\x07"


async def test_a_script_line_with_controls_is_echoed_written_out(driver: OfflineDriver) -> None:
    out = io.StringIO()
    script = io.StringIO("/start\n\x01\x02\x1b[31mred\x07\n")
    assert (
        await run_chat(
            driver,
            user_id=700000321,
            first_name="T",
            username=None,
            language_code="en",
            source=script,
            out=out,
        )
        == 0
    )
    transcript = out.getvalue()
    assert "> \\x01\\x02\\x1b[31mred\\x07\n" in transcript
    assert "Choose your language:" in transcript  # the bot answered as usual
    assert CONTROL.search(transcript.replace("\t", "")) is None, transcript


async def test_bot_messages_buttons_and_notices_are_written_out(driver: OfflineDriver) -> None:
    """What the bot sends (text, button labels, a callback notice) is printed safely too."""
    out = io.StringIO()
    terminal = Terminal(driver, user_json(700000322, "T", None, "en"), out)
    result = {"message_id": 77, "chat": {"id": 700000322}}
    keyboard = {"inline_keyboard": [[{"text": "\x1b[2Jok", "callback_data": "nav:x"}]]}
    driver.session.messages[(700000322, 77)] = {"message_id": 77, "reply_markup": keyboard}
    terminal._print(
        [
            ApiCall("sendMessage", {"text": "<b>hi</b>\x1b]0;pwned\x07\nnext"}, result),
            ApiCall("answerCallbackQuery", {"text": "\x9bnote\x08"}, True),
        ]
    )
    assert out.getvalue() == (
        "bot: hi\\x1b]0;pwned\\x07\nnext\n  [1] \\x1b[2Jok\n(notice: \\x9bnote\\x08)\n"
    )


def test_input_bytes_that_are_not_utf8_are_written_out() -> None:
    # Python reads undecodable input bytes as lone surrogates (PEP 383, surrogateescape)
    assert printable(b"hej \xff\xfe".decode("utf-8", "surrogateescape")) == "hej \\xff\\xfe"
    assert printable("\udc80") == "\\x80"
    assert printable("ä \u05d0 🆘") == "ä \u05d0 🆘"  # real characters stay
