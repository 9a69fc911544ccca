"""``python -m bot chat``: the bot in a terminal, no Telegram and no token needed.

Bot messages are printed with their buttons numbered. ``[N]`` or ``[label]`` (in any case:
:func:`labelled`) presses a button of the last bot message that has buttons (``[١]``, any
script's decimal digits, counts as ``[1]``); a bracketed line that presses no button
(``[0]``, ``[99]``, ``[-1]``, ``[ ]``) is answered with one line naming the numbers that
would (:func:`no_button`) and is never sent to the bot. Any other line is sent as text or
a command. When stdin is not a terminal, lines are read as a script and the transcript
(including the script's own lines, prefixed ``>``) is printed, so chats can be diffed.

The conversation is kept between runs (the same storage as ``run``), the numbered buttons
are not: at a terminal, a chat that starts in the middle of a conversation says how to
go on (:data:`RESUME_HINT`); so does a press (``[N]``, at a terminal or in a script) made
before this chat has shown any button, in the middle of a saved conversation.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import signal
import sys
from html import unescape
from typing import Any, TextIO

from bot.commands import CliCommand, telegram_id
from bot.config import Settings
from bot.modes.offline_driver import (
    OfflineDriver,
    callback_update,
    text_update,
    user_json,
    with_offline,
)
from bot.offline import ApiCall

CHAT_THROTTLE_BURST = 1_000_000  # effectively no throttling in the terminal
_TAG = re.compile(r"<[^>]+>")
_PRESS = re.compile(r"^\[(.*)\]$")  # "[]" and "[ ]" too: no button, said so


# Characters a terminal acts on instead of showing: C0 controls but tab and newline, DEL
# and C1 controls (ECMA-48). ESC (0x1b) starts colour, cursor and title sequences, BEL
# rings, CR overwrites the line, and C1 CSI (0x9b) is ESC [ on some terminals.
# Also the bytes of input that is not UTF-8, which Python reads as lone surrogates
# U+DC80-U+DCFF (PEP 383) and would write back as those raw bytes.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\udc80-\udcff]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00 if code >= 0xDC80 else code:02x}"


def printable(text: str) -> str:
    """``text`` with every terminal control character written out as ``\\xNN``
    (``"\\x1b[31mred"`` for ESC [31m red), so that neither the bot's messages nor the
    echoed input can colour, move, clear or retitle the terminal. Tabs and newlines stay.
    Input bytes that are not UTF-8 are written out the same way (``\\xff``).
    """
    return _CONTROL.sub(_escaped, text)


def plain(html_text: str) -> str:
    """HTML message text as a terminal shows it: tags dropped, entities decoded, control
    characters written out (:func:`printable`)."""
    return printable(unescape(_TAG.sub("", html_text)))


class Terminal:
    """Reads lines, turns them into updates, prints what the bot does."""

    def __init__(self, driver: OfflineDriver, user: dict[str, Any], out: TextIO) -> None:
        self.driver = driver
        self.user = user
        self.out = out
        self.keyboard_message: dict[str, Any] | None = None
        self.showed_buttons = False  # whether this chat has printed any button yet
        self._queries = 0

    async def handle_line(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        press = _PRESS.match(line)
        if press is not None:
            await self._press(press.group(1))
            return
        update = text_update(self.user, self.driver.session.next_message_id(), line)
        self._print(await self.driver.feed(update))

    async def _press(self, typed: str) -> None:
        message = self.keyboard_message
        buttons = self._buttons(message)
        choice = typed.strip()  # "[ 2 ]" presses 2
        button = None
        # isdecimal, not isdigit: "²" is a digit that int() cannot read. Any script's
        # decimal digits count ("[١]" and "[۱]" press 1, as an Arabic or Persian keyboard
        # types them); "-1", "1x" and "" are no number, so they can only match a label.
        if choice.isdecimal() and 1 <= int(choice) <= len(buttons):
            button = buttons[int(choice) - 1]
        else:
            button = labelled(buttons, choice)
        if message is None or button is None or "callback_data" not in button:
            self.out.write(no_button(typed, len(buttons)))
            if not self.showed_buttons and await in_conversation(self.driver, self.user["id"]):
                self.out.write(RESUME_HINT)  # pressed a button of an earlier chat
            return
        self._queries += 1
        update = callback_update(self.user, f"q{self._queries}", message, button["callback_data"])
        self._print(await self.driver.feed(update))

    def _is_keyboard_message(self, key: tuple[Any, Any]) -> bool:
        """Whether ``(chat id, message id)`` is the message whose buttons ``[N]`` presses."""
        message = self.keyboard_message
        if message is None:
            return False
        return (message.get("chat", {}).get("id"), message.get("message_id")) == key

    @staticmethod
    def _buttons(message: dict[str, Any] | None) -> list[dict[str, Any]]:
        if message is None:
            return []
        markup = message.get("reply_markup") or {}
        return [button for row in markup.get("inline_keyboard", []) for button in row]

    def _print(self, calls: list[ApiCall]) -> None:
        session = self.driver.session
        for call in calls:
            params = call.params
            if call.method in {"sendMessage", "editMessageText"}:
                label = "bot" if call.method == "sendMessage" else "bot (edited)"
                self.out.write(f"{label}: {plain(str(params.get('text', '')))}\n")
                result = call.result if isinstance(call.result, dict) else {}
                key = (result.get("chat", {}).get("id"), result.get("message_id"))
                stored = session.messages.get(key)  # type: ignore[arg-type]
                for number, button in enumerate(self._buttons(stored), start=1):
                    self.out.write(f"  [{number}] {printable(button['text'])}\n")
                if stored is not None and stored.get("reply_markup"):
                    self.keyboard_message = stored
                    self.showed_buttons = True
                elif self._is_keyboard_message(key):
                    self.keyboard_message = None  # its buttons were edited away
            elif call.method in {"sendPhoto", "sendDocument"}:
                kind = "a picture" if call.method == "sendPhoto" else "a file"
                caption = params.get("caption")
                about = f": {plain(str(caption))}" if caption else ""
                self.out.write(
                    f"(bot sent {kind}{about}; a terminal cannot show it: "
                    "python -m bot report --out FILE writes the same)\n"
                )
            elif call.method == "answerCallbackQuery" and params.get("text"):
                self.out.write(f"(notice: {printable(str(params['text']))})\n")
            elif call.method in {"deleteMessage", "deleteMessages"}:
                self.out.write("(bot deleted a message)\n")
                ids = params.get("message_ids") or [params.get("message_id")]
                if any(self._is_keyboard_message((params.get("chat_id"), i)) for i in ids):
                    self.keyboard_message = None  # gone with its buttons


def labelled(buttons: list[dict[str, Any]], typed: str) -> dict[str, Any] | None:
    """The button of ``buttons`` (Bot API ``InlineKeyboardButton`` dicts) whose label is
    ``typed``, or ``None``. Spaces around either are ignored. A label written exactly as
    typed wins (the first, if several are); else case is ignored (``str.casefold``:
    ``[english]`` presses "English"), but only when that leaves exactly one button: of
    "Ok" and "OK", ``[ok]`` presses neither."""
    text = typed.strip()
    exact = [button for button in buttons if button.get("text", "").strip() == text]
    if exact:
        return exact[0]
    folded = [b for b in buttons if b.get("text", "").strip().casefold() == text.casefold()]
    return folded[0] if len(folded) == 1 else None


def no_button(typed: str, count: int) -> str:
    """The line (with its newline) that answers ``[typed]`` when it presses no button:
    the numbers that would, out of ``count`` buttons on the last message that has any
    (``(no button [99]: choose 1–9, or type a message)``), or that no buttons are shown
    (``count`` 0). ``typed`` is shown as typed, control characters written out
    (:func:`printable`)."""
    shown = f"[{printable(typed)}]"
    if count == 0:
        return f"(no button {shown}: no buttons are shown now; type a message)\n"
    numbers = "1" if count == 1 else f"1–{count}"
    return f"(no button {shown}: choose {numbers}, or type a message)\n"


# The buttons a chat printed are gone with it, but the conversation is saved (storage/):
# /privacy's "Back to where I was" (handlers/safety.py, on_back) shows the saved step again.
RESUME_HINT = (
    "(You are in the middle of a conversation from an earlier chat; its buttons are gone. "
    "To go on where you were, type /privacy and press [1] (back to where I was). "
    "To start over, type /menu.)\n"
)


async def in_conversation(driver: OfflineDriver, user_id: int) -> bool:
    """Whether the user ``user_id`` has a conversation in progress (a saved step) in the
    bot's storage: their private chat's FSM state, read as an update would read it."""
    context = driver.app.dispatcher.fsm.get_context(driver.bot, chat_id=user_id, user_id=user_id)
    return await context.get_state() is not None


# Said when a script (stdin not a terminal) is empty: `make chat < /dev/null`, or a pipe
# that closed at once, otherwise ended the chat with no word at all.
NO_INPUT = (
    "chat: no input. Run it at a terminal and type /start, or pipe a script: "
    "one message per line, [N] presses button N."
)


async def run_chat(
    driver: OfflineDriver,
    *,
    user_id: int,
    first_name: str,
    username: str | None,
    language_code: str | None,
    source: TextIO | None = None,
    out: TextIO | None = None,
) -> int:
    """Run the terminal chat until end of input; returns the exit code (0).

    ``source`` and ``out`` default to ``sys.stdin`` and ``sys.stdout`` as they are when
    called (not when this module was imported). At a terminal, a user who is in the
    middle of a conversation from an earlier chat is told how to go on
    (:data:`RESUME_HINT`) when the chat starts; a script's transcript is not changed by
    that. At a terminal or in a script, the hint also follows ``(no button …)``
    (:func:`no_button`) when a button is pressed before this chat has shown any, in such a
    conversation.
    """
    source = sys.stdin if source is None else source
    out = sys.stdout if out is None else out
    terminal = Terminal(driver, user_json(user_id, first_name, username, language_code), out)
    interactive = source.isatty()
    # Ctrl-C while waiting for a line ends the chat at once (exit code 130, after the
    # app has closed). asyncio's own SIGINT handler would only cancel the chat once
    # ``readline`` returns, so the first Ctrl-C seemed ignored.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler) if interactive else None
    try:
        if interactive:
            out.write("Vägvisare terminal chat. Type /start. [N] presses button N. Ctrl-D ends.\n")
            if await in_conversation(driver, user_id):
                out.write(RESUME_HINT)
        read_any = False
        while True:
            if interactive:
                out.write("> ")
                out.flush()
            line = source.readline()
            if not line:
                if not interactive and not read_any:
                    print(NO_INPUT, file=sys.stderr)
                break
            read_any = True
            if not interactive and line.strip():
                out.write(f"> {printable(line.strip())}\n")
            await terminal.handle_line(line)
            out.flush()
            if getattr(out, "reader_gone", False):  # bot.cli.DroppedOutput: as below
                break
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        silence(out)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    return 0


def silence(out: TextIO) -> None:
    """Point ``out`` at /dev/null after its reader went away (``BrokenPipeError``), so that
    flushing it at exit cannot fail again. A stream without a file descriptor (a test's
    writer) is left as it is. Never raises."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file: nothing left to flush
        pass


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user-id", type=telegram_id, default=700000001, help="id of the pretend user"
    )
    parser.add_argument("--first-name", default="Terminal", help="first name of the pretend user")
    parser.add_argument("--username", default=None, help="username of the pretend user")
    parser.add_argument("--language-code", default=None, help="Telegram app language, e.g. sv-SE")


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.log_level.upper() == "INFO":  # keep the terminal for the conversation
        logging.getLogger().setLevel(logging.WARNING)
    # One local person at a keyboard, or a script: flood control would drop scripted lines.
    settings = settings.model_copy(update={"throttle_burst": CHAT_THROTTLE_BURST})
    return await with_offline(
        settings,
        lambda driver: run_chat(
            driver,
            user_id=args.user_id,
            first_name=args.first_name,
            username=args.username,
            language_code=args.language_code,
        ),
    )


COMMAND = CliCommand(
    "chat", "talk to the bot in this terminal (no Telegram, no token)", _configure, _run
)
