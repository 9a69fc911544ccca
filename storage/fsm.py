"""aiogram FSM storage on the project's database, keyed by pseudonym.

Conversation state survives a restart (unlike aiogram's MemoryStorage) and is stored
in the same ``user_memory`` row as the chosen language, so ``/forget`` and the
inactivity purge erase both at once. With a :class:`~storage.memory.CachedMemoryRepository`
reads come from memory and :class:`StateFlush` writes each update's changes
in one transaction when the update is done (docs/performance.md).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey
from aiogram.methods import AnswerCallbackQuery, Response, TelegramMethod
from aiogram.methods.base import TelegramType

from bot.core.pseudonym import Pseudonymizer
from bot.tasks import wait_briefly
from storage.memory import MemoryRepository

log = logging.getLogger("vagvisare.storage")


def pseudonym_for(pseudonymizer: Pseudonymizer, key: StorageKey) -> str:
    """The pseudonym of a storage key: the user's own in a private chat."""
    if key.chat_id == key.user_id and key.thread_id is None:
        return pseudonymizer.of(key.user_id)
    return pseudonymizer.of(key.chat_id, key.user_id, key.thread_id or 0)


def dump_data(data: Mapping[str, Any]) -> str | None:
    """FSM data as stored: compact JSON with sorted keys, ``None`` when empty."""
    return json.dumps(dict(data), ensure_ascii=False, sort_keys=True) if data else None


def load_data(text: str | None) -> dict[str, Any]:
    """FSM data from its stored JSON; ``{}`` for nothing or anything that is not an object."""
    if not text:
        return {}
    try:
        loaded = json.loads(text)
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


# The last key this task asked for, with its pseudonymizer and pseudonym: one update asks
# for the same key 5-8 times (state, data, updates) and the HMAC costs more than the
# cached read. A task's context lives as long as the task (one update, in polling and
# webhook modes), so the ids it holds go with it.
_last_pseudonym: ContextVar[tuple[Pseudonymizer, int, int, int | None, str] | None] = ContextVar(
    "vagvisare_last_pseudonym", default=None
)


def remembered_pseudonym(
    pseudonymizer: Pseudonymizer, chat_id: int, user_id: int, thread_id: int | None = None
) -> str:
    """:func:`pseudonym_for` the storage key ``(chat_id, user_id, thread_id)`` (in a
    private chat, the user's own pseudonym), remembered for the task's next calls."""
    last = _last_pseudonym.get()
    if (
        last is not None
        and last[0] is pseudonymizer
        and last[1] == chat_id
        and last[2] == user_id
        and last[3] == thread_id
    ):
        return last[4]
    key = StorageKey(bot_id=0, chat_id=chat_id, user_id=user_id, thread_id=thread_id)
    pseudonym = pseudonym_for(pseudonymizer, key)
    _last_pseudonym.set((pseudonymizer, chat_id, user_id, thread_id, pseudonym))
    return pseudonym


class SqlStorage(BaseStorage):
    """:class:`BaseStorage` backed by :class:`MemoryRepository`."""

    def __init__(self, memory: MemoryRepository, pseudonymizer: Pseudonymizer) -> None:
        self._memory = memory
        self._pseudonymizer = pseudonymizer

    def _pseudonym(self, key: StorageKey) -> str:
        return remembered_pseudonym(self._pseudonymizer, key.chat_id, key.user_id, key.thread_id)

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        name = state.state if isinstance(state, State) else state
        await self._memory.save(self._pseudonym(key), state=name)

    async def get_state(self, key: StorageKey) -> str | None:
        record = await self._memory.get(self._pseudonym(key))
        return record.state if record else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await self._memory.save(self._pseudonym(key), data=dump_data(data))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        record = await self._memory.get(self._pseudonym(key))
        return load_data(record.data if record else None)

    async def close(self) -> None:
        """Write what is pending; the engine itself belongs to the app."""
        await self._memory.close()


# The pseudonym whose update is being handled (None outside a private chat's update):
# a Bot API call waits only for that user's pending writes, not for everyone's.
_updating: ContextVar[str | None] = ContextVar("vagvisare_updating", default=None)

# What this update has read from or written to a shared FSM storage (Redis), by storage
# key: stored text, or None for nothing stored. One update reads its user's data 4-5
# times; the per-user lock (event isolation) is held for the whole update, so no other
# update, in this process or another, can change it meanwhile. None outside an update.
_update_reads: ContextVar[dict[str, str | None] | None] = ContextVar(
    "vagvisare_update_reads", default=None
)


@contextmanager
def update_scope() -> Iterator[None]:
    """Mark the code inside as one update's handling: reads of a shared FSM storage are
    cached until it ends (:func:`update_reads`). Only for code that holds the user's
    lock (event isolation) throughout: the update pipeline opens it as soon as it holds
    the lock (handlers/middlewares.py)."""
    token = _update_reads.set({})
    try:
        yield
    finally:
        _update_reads.reset(token)


def update_reads() -> dict[str, str | None] | None:
    """The running update's read cache (storage key → stored text or ``None``), or
    ``None`` outside an update handled under :meth:`StateFlush.updating`."""
    return _update_reads.get()


# How long an urgent Bot API call (the emergency card) waits for pending state to be
# written before it goes out anyway (the write goes on). A healthy database needs
# milliseconds; a locked SQLite file would hold the card for its whole busy timeout.
URGENT_FLUSH_WAIT_S = 0.5
_urgent: ContextVar[bool] = ContextVar("vagvisare_urgent_request", default=False)


@contextmanager
def urgent() -> Iterator[None]:
    """Bot API calls made inside wait at most :data:`URGENT_FLUSH_WAIT_S` for the state."""
    token = _urgent.set(True)
    try:
        yield
    finally:
        _urgent.reset(token)


def _shows_nothing(method: TelegramMethod[Any]) -> bool:
    """Whether ``method`` changes nothing the user sees: ``answerCallbackQuery`` without
    ``text`` or ``url`` (Bot API: the client only stops the button's progress bar)."""
    return isinstance(method, AnswerCallbackQuery) and not method.text and not method.url


class FlushBeforeRequest(BaseRequestMiddleware):
    """Bot session middleware: pending memory is written before any Bot API call.

    So what a user sees never runs ahead of what is stored: after a crash, the state
    (with its referral id) is at least as new as the last message the user got. A bare
    ``answerCallbackQuery`` (no text, no URL) is the exception: it only stops the
    button's progress indicator and shows nothing, so the state is written before the
    next call that does (the edit that usually follows) or when the update ends, in one
    write instead of two.

    When the database cannot be written (a locked file, a full disk), the call is made
    anyway: the user still gets an answer (above all the emergency card) while the
    change stays pending in memory and is written once the database is back. Outside an
    update (start-up menus, jobs, the error handler) nothing is flushed.
    """

    def __init__(self, memory: MemoryRepository) -> None:
        self._memory = memory

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        pseudonym = _updating.get()
        if pseudonym is not None and not _shows_nothing(method):
            try:
                if _urgent.get():
                    await self._flush_for_a_while(pseudonym)
                else:
                    await self._memory.flush(pseudonym)
            except Exception as error:  # answer now; the write stays pending
                log.warning(
                    "state not stored before a reply", extra={"error": type(error).__name__}
                )
        return await make_request(bot, method)

    async def _flush_for_a_while(self, pseudonym: str) -> None:
        flush = self._memory.flush(pseudonym)
        if not await wait_briefly(flush, URGENT_FLUSH_WAIT_S, what="storing the state"):
            log.warning("urgent reply sent before the state was stored")


class StateFlush:
    """Coalesced memory writes are durable when an update ends (a step of the update
    pipeline, :mod:`handlers.middlewares`).

    With :class:`~storage.memory.CachedMemoryRepository` an update's changes are written
    in one transaction (shared with concurrent updates) before its first Bot API call
    (:class:`FlushBeforeRequest`, put on the update's bot by :meth:`install`) and when it
    ends (:meth:`after`). With the plain repository it costs nothing.
    """

    def __init__(self, memory: MemoryRepository) -> None:
        self._memory = memory

    def install(self, bot: Bot) -> None:
        """Put :class:`FlushBeforeRequest` on ``bot``'s session, once."""
        if not any(isinstance(m, FlushBeforeRequest) for m in bot.session.middleware):
            bot.session.middleware(FlushBeforeRequest(self._memory))

    @contextmanager
    def updating(self, pseudonym: str | None) -> Iterator[None]:
        """The code inside handles ``pseudonym``'s update (``None``: not a private chat's):
        Bot API calls flush that user's pending state first."""
        token = _updating.set(pseudonym)
        try:
            yield
        finally:
            _updating.reset(token)

    async def after(self, pseudonym: str | None) -> None:
        """Write what the update left pending (``None``: everyone's). A database error is
        logged, not raised: the user has had the answer; the write stays pending."""
        try:
            await self._memory.flush(pseudonym)
        except Exception as error:
            log.warning("state not stored after an update", extra={"error": type(error).__name__})
