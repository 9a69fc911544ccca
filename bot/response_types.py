"""Strong references to aiogram's ``Response[T]`` classes, so pydantic builds each once.

aiogram parses every Bot API answer with ``Response[method.__returning__]``
(``BaseSession.check_response``). pydantic keeps parametrized generic classes only in a
weak cache, so as soon as one call's class is garbage the next call builds it again: a
schema walk of several milliseconds (``Response[Message]`` walks the whole ``Message``
schema) on a call that otherwise costs a fraction of one (docs/performance.md). Holding
each class once keeps pydantic's cache warm; aiogram itself is not changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType

# Result type of a method (``Message``, ``bool``, ``Message | bool`` …) → its Response class.
# A bot calls a handful of methods, so this holds a handful of classes, for the process.
_KEPT: dict[Any, type[Response[Any]]] = {}


def keep_response_type(method: type[TelegramMethod[Any]] | TelegramMethod[Any]) -> None:
    """Build ``Response[T]`` for ``method``'s result type once and keep it for the process."""
    returning = method.__returning__
    if returning not in _KEPT:
        _KEPT[returning] = Response[returning]  # type: ignore[valid-type]


class KeepResponseTypes(BaseRequestMiddleware):
    """Bot session middleware: :func:`keep_response_type` for every call's method."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if method.__returning__ not in _KEPT:
            keep_response_type(method)
        return await make_request(bot, method)


def without_echoed_keyboard(loads: Callable[..., Any]) -> Callable[..., Any]:
    """``loads`` (a session's JSON decoder), but a Bot API answer's ``result.reply_markup``
    is dropped before aiogram parses it.

    Telegram echoes a sent or edited message whole, keyboard included (Bot API,
    ``Message.reply_markup``); aiogram would build a pydantic object for the keyboard and
    every button of it (~70 µs for a 7-button keyboard on this project's machine,
    docs/performance.md) and Vägvisare never reads them back: it keeps the message id
    only (``handlers/trail.py``). Only the top level's ``result`` object is touched, so an
    incoming update (``{"update_id": …}``, parsed with the same decoder by the webhook)
    and a ``getUpdates`` list pass unchanged. Raises whatever ``loads`` raises.
    """

    def lean_loads(text: str | bytes, /, **kwargs: Any) -> Any:
        data = loads(text, **kwargs)
        if isinstance(data, dict):
            result = data.get("result")
            if isinstance(result, dict):
                result.pop("reply_markup", None)
        return data

    return lean_loads
