"""What the bot does when the Bot API fails: a request middleware on the bot's session.

| answer from Telegram | what happens |
|---|---|
| 429 with ``retry_after`` | wait that long, then send again (at most :attr:`FaultPolicy.max_attempts` tries, never a wait over :attr:`FaultPolicy.max_retry_after`) |
| 5xx, timeout, connection error | send again after 0.5 s, 1 s, 2 s … (exponential backoff with jitter, bounded) |
| 403 (the user blocked the bot) | raised at once, never retried: the handler stops talking to that chat and the error handler stays quiet |
| 400 "message is not modified", "message to delete not found", "query is too old" | harmless: logged at debug level, the call counts as done |
| anything else | raised unchanged |

A send that timed out may still have reached Telegram, so a retried message can show twice;
for a help line a message shown twice is better than a message lost. ``getUpdates`` passes
straight through: the polling loop has its own backoff. Logs name the method, the error
class and the wait, never a chat id or text.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramEntityTooLarge,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import (
    AnswerCallbackQuery,
    DeleteMessage,
    DeleteMessages,
    EditMessageCaption,
    EditMessageMedia,
    EditMessageReplyMarkup,
    EditMessageText,
    GetUpdates,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType

if TYPE_CHECKING:
    from aiogram.methods import Response

log = logging.getLogger("vagvisare.faults")

Sleep = Callable[[float], Awaitable[Any]]

# Bot API 400 descriptions that mean "nothing to do", by the methods they can come from.
_NOT_MODIFIED = ("message is not modified",)
_GONE = ("message to delete not found", "message can't be deleted")
_EXPIRED = ("query is too old", "query id is invalid")
HARMLESS: dict[type[TelegramMethod[Any]], tuple[str, ...]] = {
    EditMessageText: _NOT_MODIFIED,
    EditMessageCaption: _NOT_MODIFIED,
    EditMessageReplyMarkup: _NOT_MODIFIED,
    EditMessageMedia: _NOT_MODIFIED,
    DeleteMessage: _GONE,
    DeleteMessages: _GONE,
    AnswerCallbackQuery: _EXPIRED,
}


def is_harmless(method: TelegramMethod[Any], error: TelegramBadRequest) -> bool:
    """Whether ``error`` from ``method`` only says there was nothing left to do.

    Every such method returns ``True`` on success (edits: ``Message | bool``), so ``True``
    is a valid result for the caller.
    """
    description = error.message.lower()
    return any(phrase in description for phrase in HARMLESS.get(type(method), ()))


class FaultPolicy(BaseRequestMiddleware):
    """Retries, waits and quiet outcomes for Bot API calls (see the module docstring).

    ``max_attempts`` counts the first try; ``base_delay``/``max_delay`` are seconds of
    the exponential backoff for 5xx and network errors; a 429 longer than
    ``max_retry_after`` seconds is not waited for (the error is raised). ``sleep`` is
    injectable for tests.
    """

    def __init__(
        self,
        *,
        max_attempts: int = 4,
        base_delay: float = 0.5,
        max_delay: float = 8.0,
        max_retry_after: float = 60.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.max_retry_after = max_retry_after
        self._sleep = sleep

    def backoff(self, attempt: int) -> float:
        """Seconds to wait after failed try number ``attempt`` (1-based): 0.5, 1, 2 … ±10 %."""
        delay = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        jitter: float = random.uniform(0.9, 1.1)  # noqa: S311 - jitter, not cryptography
        return delay * jitter

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        name = method.__api_method__
        if name == GetUpdates.__api_method__:  # the polling loop has its own backoff
            return await make_request(bot, method)
        for attempt in range(1, self.max_attempts + 1):
            last = attempt == self.max_attempts
            try:
                return await make_request(bot, method)
            except TelegramBadRequest as error:
                if not is_harmless(method, error):
                    raise
                log.debug("harmless refusal", extra={"method": name})
                # The session returns the call's result (typed as Response by aiogram).
                return cast("Response[TelegramType]", True)
            except TelegramRetryAfter as error:
                wait = float(error.retry_after)
                if last or wait > self.max_retry_after:
                    raise
                failure: Exception = error
            except (TelegramServerError, TelegramNetworkError) as error:
                if last or isinstance(error, TelegramEntityTooLarge):
                    raise
                wait = self.backoff(attempt)
                failure = error
            log.warning(
                "bot api call retried",
                extra={
                    "method": name,
                    "error": type(failure).__name__,
                    "attempt": attempt,
                    "wait_s": round(wait, 2),
                },
            )
            await self._sleep(wait)
        raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover
