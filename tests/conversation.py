"""A person chatting with the bot through the real dispatcher (``OfflineDriver``).

NOTE: reconstructed by the issue-3 helper after it overwrote this file by mistake; the
API (``Person``, ``button_data``) is the one tests/e2e/test_update_types.py uses. The
original author may want to compare it with their own version.
"""

from __future__ import annotations

from typing import Any

from bot.modes.offline_driver import OfflineDriver
from bot.offline import ApiCall
from tests import updates


def button_data(reply_markup: Any) -> list[str]:
    """The callback data of every inline button in ``reply_markup`` (a dict), in order."""
    markup = reply_markup if isinstance(reply_markup, dict) else {}
    return [
        str(button["callback_data"])
        for row in markup.get("inline_keyboard", [])
        for button in row
        if "callback_data" in button
    ]


class Person:
    """``user`` (``updates.person(...)``) typing texts and pressing buttons in private chat."""

    def __init__(self, driver: OfflineDriver, user: dict[str, Any]) -> None:
        self.driver = driver
        self.user = user
        self._screen: dict[str, Any] | None = None  # the last bot message with buttons

    def screen(self) -> dict[str, Any] | None:
        """The last message the bot sent or edited that has buttons (as Telegram stores it)."""
        return self._screen

    def buttons(self) -> list[str]:
        """Callback data of the buttons on :meth:`screen`."""
        return button_data((self._screen or {}).get("reply_markup"))

    async def say(self, text: str) -> list[ApiCall]:
        return self._seen(await self.driver.feed(updates.text(self.user, text)))

    async def press(self, data: str) -> list[ApiCall]:
        """Press ``data`` on :meth:`screen` (forged if the screen has no such button)."""
        return self._seen(await self.driver.feed(updates.callback(self.user, data, self._screen)))

    def _seen(self, calls: list[ApiCall]) -> list[ApiCall]:
        for call in calls:
            result = call.result if isinstance(call.result, dict) else {}
            key = (result.get("chat", {}).get("id"), result.get("message_id"))
            stored = self.driver.session.messages.get(key)  # type: ignore[arg-type]
            if stored is not None and stored.get("reply_markup"):
                self._screen = stored
        return calls
