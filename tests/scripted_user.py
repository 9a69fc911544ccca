"""A scripted user for in-process conversations: types, edits, presses buttons by label or data.

Runs on :class:`bot.modes.offline_driver.OfflineDriver` (the real dispatcher, the offline
Bot API stand-in that records every call).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bot.modes.offline_driver import OfflineDriver, callback_update, text_update, user_json
from bot.offline import ApiCall

Calls = list[ApiCall]


def texts(calls: Calls) -> list[str]:
    """The texts the bot sent or edited, in order."""
    return [
        str(call.params["text"])
        for call in calls
        if call.method in {"sendMessage", "editMessageText"} and "text" in call.params
    ]


def stored_bytes(data_dir: Path) -> list[bytes]:
    """Everything the bot keeps on disk in ``data_dir``, except the pseudonym key."""
    files = [p for p in data_dir.iterdir() if p.is_file() and p.name != "pseudonym.key"]
    return [p.read_bytes() for p in files]


def buttons(message: dict[str, Any] | None) -> list[dict[str, Any]]:
    markup = (message or {}).get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


class ScriptedUser:
    """One Telegram user in a private chat with the bot."""

    def __init__(
        self, driver: OfflineDriver, user_id: int = 5550001, language_code: str | None = "en"
    ) -> None:
        self.driver = driver
        self.user = user_json(user_id, "Alva", "alva_k", language_code)
        self.keyboard: dict[str, Any] | None = None  # the last bot message with buttons
        self._queries = 0

    async def say(self, text: str) -> Calls:
        update = text_update(self.user, self.driver.session.next_message_id(), text)
        return self._seen(await self.driver.feed(update))

    async def edit(self, message_id: int, text: str) -> Calls:
        """An ``edited_message`` update: the user changed an earlier message."""
        update = text_update(self.user, message_id, text)
        message = update.pop("message")
        message["edit_date"] = int(time.time())
        return self._seen(await self.driver.feed({"edited_message": message}))

    async def press(self, choice: str, message: dict[str, Any] | None = None) -> Calls:
        """Press the button whose callback data or label is ``choice`` on ``message``
        (default: the last bot message with buttons)."""
        message = message or self.keyboard
        found = [b for b in buttons(message) if choice in (b.get("callback_data"), b["text"])]
        assert message is not None, "no bot message with buttons yet"
        assert found, f"no button {choice!r} in {buttons(message)}"
        return await self.press_data(str(found[0]["callback_data"]), message)

    async def press_data(self, data: str, message: dict[str, Any]) -> Calls:
        """Send a callback query with ``data`` on ``message``, whatever its buttons say."""
        self._queries += 1
        update = callback_update(self.user, f"q{self._queries}", message, data)
        return self._seen(await self.driver.feed(update))

    def offers(self, data: str) -> bool:
        return any(b.get("callback_data") == data for b in buttons(self.keyboard))

    def _seen(self, calls: Calls) -> Calls:
        for call in calls:
            result = call.result if isinstance(call.result, dict) else {}
            key = (result.get("chat", {}).get("id"), result.get("message_id"))
            stored = self.driver.session.messages.get(key)  # type: ignore[arg-type]
            if stored is not None and stored.get("reply_markup"):
                self.keyboard = stored
        return calls
