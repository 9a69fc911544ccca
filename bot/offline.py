"""A local stand-in for the Bot API, for the ``chat`` and ``replay`` modes (no network).

:class:`OfflineSession` is an aiogram session: every API call the bot makes is
recorded as ``(method, params)`` and answered with a result shaped like Telegram's,
then parsed by aiogram's own ``check_response``. It enforces the limits that
Telegram enforces on what this bot sends (Bot API: message text 1-4096 characters,
callback data 1-64 bytes, at most 100 inline buttons), so an over-long message fails
here as it would in production.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from html import unescape
from itertools import count
from typing import Any, cast

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType

MAX_TEXT = 4096  # Bot API sendMessage.text: 1-4096 characters after entities parsing
MAX_CALLBACK_BYTES = 64  # Bot API InlineKeyboardButton.callback_data: 1-64 bytes
MAX_BUTTONS = 100  # Bot API / aiogram InlineKeyboardBuilder: at most 100 buttons
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class ApiCall:
    """One recorded Bot API call: the method name and its parameters (JSON-ready)."""

    method: str
    params: dict[str, Any]
    result: Any = None

    def to_json(self) -> str:
        return json.dumps({"method": self.method, "params": self.params}, ensure_ascii=False)


def visible_length(text: str, parse_mode: str | None) -> int:
    """Characters Telegram counts: HTML tags removed and entities decoded."""
    if parse_mode == "HTML":
        return len(unescape(_TAG.sub("", text)))
    return len(text)


def limit_violation(method: str, params: dict[str, Any]) -> str | None:
    """Telegram's error description for a call it would reject, else ``None``."""
    if method in {"sendMessage", "editMessageText"}:
        length = visible_length(str(params.get("text", "")), params.get("parse_mode"))
        if length == 0:
            return "Bad Request: message text is empty"
        if length > MAX_TEXT:
            return "Bad Request: message is too long"
    markup = params.get("reply_markup")
    if isinstance(markup, dict) and "inline_keyboard" in markup:
        buttons = [button for row in markup["inline_keyboard"] for button in row]
        if len(buttons) > MAX_BUTTONS:
            return "Bad Request: reply markup is too long"
        for button in buttons:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_BYTES:
                return "Bad Request: BUTTON_DATA_INVALID"
    return None


BOT_USER: dict[str, Any] = {
    "id": 1000000001,
    "is_bot": True,
    "first_name": "Vägvisare",
    "username": "VagvisareLocalBot",
}


class OfflineSession(BaseSession):
    """Records calls in :attr:`calls` and answers them locally.

    With ``keep=False`` nothing is kept: no :attr:`calls`, no :attr:`messages` (the
    answers are the same). For a benchmark that only needs the answers, so that its heap
    does not grow with every call (a growing heap makes the garbage collector's pauses
    grow too, which a real Bot API session does not cause).
    """

    def __init__(self, *, keep: bool = True) -> None:
        super().__init__()
        self.keep = keep
        self.bot_user = dict(BOT_USER)
        self.calls: list[ApiCall] = []
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._message_ids = count(1)

    def next_message_id(self) -> int:
        """A message id no other message in this session has (users' messages too)."""
        return next(self._message_ids)

    async def close(self) -> None:
        """Nothing to close."""

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        raise NotImplementedError("no file downloads without Telegram")
        yield b""  # pragma: no cover

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        # A real session waits for Telegram's answer, so other updates get a turn at every
        # call; without that, an update (or a benchmark's whole closed-loop user) could run
        # to its end while the event loop's other tasks wait.
        await asyncio.sleep(0)
        name = method.__api_method__
        files: dict[str, Any] = {}
        params = {
            key: self.prepare_value(value, bot=bot, files=files, _dumps_json=False)
            for key, value in method.model_dump(warnings=False).items()
        }
        params = {key: value for key, value in params.items() if value is not None}
        error = limit_violation(name, params)
        if error is not None:
            if self.keep:
                self.calls.append(ApiCall(name, params))
            payload: dict[str, Any] = {"ok": False, "error_code": 400, "description": error}
            status = 400
        else:
            result = self._result(name, params)
            if self.keep:
                self.calls.append(ApiCall(name, params, result))
            payload, status = {"ok": True, "result": result}, 200
        response = self.check_response(bot, method, status, json.dumps(payload))
        return cast(TelegramType, response.result)

    def _result(self, name: str, params: dict[str, Any]) -> Any:
        if name == "getMe":
            return self.bot_user
        if name in {"sendMessage", "sendDocument", "sendPhoto"}:
            return self._store(int(params["chat_id"]), next(self._message_ids), params)
        if name == "editMessageText" and "chat_id" in params:
            key = (int(params["chat_id"]), int(params["message_id"]))
            return self._store(*key, params)
        if name == "getMyCommands":
            return []
        if name == "getWebhookInfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        if name == "getUpdates":
            return []
        if name == "deleteMessage":
            self.messages.pop((int(params["chat_id"]), int(params["message_id"])), None)
        return True

    def _store(self, chat_id: int, message_id: int, params: dict[str, Any]) -> dict[str, Any]:
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": self.bot_user,
        }
        if "text" in params:
            message["text"] = params["text"]
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        if self.keep:
            self.messages[(chat_id, message_id)] = message
        return message
