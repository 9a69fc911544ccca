"""A Bot API stand-in over real HTTP for the ``workers`` benchmark.

Answers every method the bot uses with a result shaped like Telegram's, checks
nothing, and counts the calls made for each user (by ``chat_id``, or the user id the
benchmark puts at the start of every ``callback_query_id``), so the load generator
knows when the bot has finished handling an update.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import defaultdict
from itertools import count
from typing import Any

from aiohttp import web

from bot.offline import BOT_USER

TRUE_METHODS = frozenset(
    {
        "answerCallbackQuery",
        "deleteMessage",
        "deleteMessages",
        "setWebhook",
        "deleteWebhook",
        "setMyCommands",
        "deleteMyCommands",
        "setChatMenuButton",
        "leaveChat",
        "sendChatAction",
    }
)


class NullBotApi:
    """Start with :meth:`start`; :meth:`wait_for` blocks until a user has had N calls."""

    def __init__(self) -> None:
        self.calls: dict[int, int] = defaultdict(int)
        self._changed: dict[int, asyncio.Event] = defaultdict(asyncio.Event)
        self._message_ids = count(10_000_000)
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    async def start(self) -> str:
        """Listen on a free loopback port; returns the base URL for ``--api-base``."""
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def wait_for(self, user_id: int, calls: int, within_s: float) -> bool:
        """Wait until ``user_id`` has had at least ``calls`` calls; ``False`` after ``within_s``."""
        deadline = time.monotonic() + within_s
        while self.calls[user_id] < calls:
            event = self._changed[user_id]
            event.clear()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                return False
        return True

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _params(request)
        result = self._result(method, params)
        user = _user_of(params)
        if user is not None:
            self.calls[user] += 1
            self._changed[user].set()
        return web.json_response({"ok": True, "result": result})

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method in {"sendMessage", "editMessageText", "sendPhoto", "sendDocument"}:
            return {
                "message_id": int(params.get("message_id") or next(self._message_ids)),
                "date": int(time.time()),
                "chat": {"id": int(params.get("chat_id", 0)), "type": "private"},
                "from": BOT_USER,
                "text": str(params.get("text", "")),
            }
        if method == "getMyCommands":
            return []
        if method == "getWebhookInfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        return True


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        loaded = await request.json()
        return loaded if isinstance(loaded, dict) else {}
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in form.items():
        text = value if isinstance(value, str) else ""
        try:
            params[key] = json.loads(text)
        except ValueError:
            params[key] = text
    return params


def _user_of(params: dict[str, Any]) -> int | None:
    """The benchmark user a call is for (private chats: chat id = user id)."""
    chat = params.get("chat_id")
    if isinstance(chat, int):
        return chat
    query = params.get("callback_query_id")
    if isinstance(query, str) and "-" in query:
        head = query.split("-", 1)[0]
        return int(head) if head.isdigit() else None
    return None
