"""A person pressing the bot's buttons until the resource cards show (robustness tests).

The walk does not hard-code the questions: at each step it presses the button a calm
user would (the preferred answer, else the first one that is not danger, exit, back or
restart), so these tests keep working when the follow-up questions change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from bot.modes.offline_driver import OfflineDriver
from bot.offline import ApiCall
from tests import updates

JSON = dict[str, Any]

AVOID = frozenset({"nav:danger", "nav:exit", "nav:back", "nav:restart", "nav:forget"})
FINISH = ("nav:signs_done", "nav:help")  # "that's all": ends a checklist or the questions
# A professional worried about recruitment: few questions, no emergency on the way.
PATH = ("pick:aud:professional", "pick:topic:recruitment_pressure")


def button_data(markup: Any) -> list[str]:
    """Every ``callback_data`` of an inline keyboard (``reply_markup`` JSON), in order."""
    if not isinstance(markup, dict):
        return []
    rows = markup.get("inline_keyboard") or []
    return [b["callback_data"] for row in rows for b in row if "callback_data" in b]


def next_press(
    buttons: Sequence[str], locale: str = "en", preferred: Iterable[str] = PATH
) -> str | None:
    """The button to press next, or ``None`` when the cards are shown ("did this help?")."""
    if not buttons or any(data.startswith("fb:") for data in buttons):
        return None
    for data in (f"lang:{locale}", "nav:privacy_ok", *preferred, *FINISH):
        if data in buttons:
            return data
    for data in buttons:
        if data not in AVOID and not data.startswith("lang:"):
            return data
    return "nav:restart" if "nav:restart" in buttons else None


class Walker:
    """One Telegram user talking to the bot through an :class:`OfflineDriver`."""

    def __init__(self, driver: OfflineDriver, user: JSON | None = None) -> None:
        self.driver = driver
        self.user = user or updates.person()
        self.calls: list[ApiCall] = []

    @property
    def chat_id(self) -> int:
        return int(self.user["id"])

    async def feed(self, update: JSON) -> list[ApiCall]:
        calls = await self.driver.feed(update)
        self.calls.extend(calls)
        return calls

    async def say(self, text: str) -> list[ApiCall]:
        return await self.feed(updates.text(self.user, text))

    def screen(self) -> JSON | None:
        """The newest bot message with buttons in this person's chat."""
        mine = [
            message
            for (chat_id, _), message in self.driver.session.messages.items()
            if chat_id == self.chat_id and button_data(message.get("reply_markup"))
        ]
        return max(mine, key=lambda m: m["message_id"]) if mine else None

    def buttons(self) -> list[str]:
        screen = self.screen()
        return button_data(screen.get("reply_markup")) if screen else []

    def press_update(self, data: str) -> JSON:
        """A callback update pressing ``data`` on the current screen (not fed yet)."""
        screen = self.screen()
        if screen is None:
            raise AssertionError("no buttons on screen")
        return updates.callback(
            self.user, data, {**screen, "chat": updates.private_chat(self.user)}
        )

    async def press(self, data: str) -> list[ApiCall]:
        return await self.feed(self.press_update(data))

    async def walk(self, max_steps: int = 20) -> list[str]:
        """``/start``, then press on until the cards are shown; returns the presses."""
        await self.say("/start")
        pressed: list[str] = []
        for _ in range(max_steps):
            data = next_press(self.buttons())
            if data is None:
                return pressed
            pressed.append(data)
            await self.press(data)
        raise AssertionError(f"no cards after {max_steps} presses: {pressed}")

    async def replay(self, presses: Iterable[str]) -> None:
        """``/start``, then press ``presses`` in order."""
        await self.say("/start")
        for data in presses:
            await self.press(data)
