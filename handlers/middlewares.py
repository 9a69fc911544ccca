"""The update pipeline: this project's one outer update middleware.

aiogram runs its own first (errors, then the event context: user and chat). Then
:class:`UpdatePipeline` does, in this order, for every update:

1. the per-user lock (event isolation) and the FSM context (``state``, ``raw_state``),
   as aiogram's FSM middleware would (the dispatcher is built with ``disable_fsm``);
2. the message trail for quick exit (:mod:`handlers.trail`), so that throttled or
   repeated messages count too;
3. update types this aiogram does not know are ignored;
4. an ``update_id`` seen before is skipped (:mod:`handlers.dedup`);
5. the pseudonym and the locale (user context);
6. the per-user flood limit (:mod:`handlers.throttling`);
7. the handler, with the user's pending state written before each Bot API call that
   shows something and when the update ends (:class:`storage.fsm.StateFlush`).

One middleware instead of one per step: each step used to be a layer of its own, and
every layer costs a coroutine frame that is walked again each time the update waits for
the Bot API or the database (docs/performance.md).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot, Dispatcher
from aiogram.client.session.base import BaseSession
from aiogram.fsm.context import FSMContext
from aiogram.fsm.middleware import FSMContextMiddleware
from aiogram.types import Chat, TelegramObject, Update, User
from aiogram.types.update import UpdateTypeLookupError
from aiogram.utils.i18n import I18n

from bot.config import Settings
from bot.core.clock import Clock
from bot.core.danger import DangerDetector
from bot.core.locale import negotiate_locale
from bot.core.pseudonym import Pseudonymizer
from handlers.dedup import Dedup
from handlers.repeats import RepeatGuard
from handlers.throttling import Throttle, TokenBuckets
from handlers.trail import activate, begin_trail, deactivate, install_sent_messages, keep_trail
from storage.dedup import UpdateLog
from storage.fsm import StateFlush, remembered_pseudonym, update_scope
from storage.memory import MemoryRepository

log = logging.getLogger("vagvisare.updates")

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


def install_pipeline(
    dispatcher: Dispatcher,
    *,
    settings: Settings,
    i18n: I18n,
    memory: MemoryRepository,
    pseudonymizer: Pseudonymizer,
    clock: Clock,
    danger: DangerDetector,
) -> None:
    """Register :class:`UpdatePipeline` and put the ``repeats`` guard into the
    dispatcher's workflow data. ``dispatcher`` must be built with ``disable_fsm=True``
    (the pipeline takes the lock and the FSM context itself, with the dispatcher's own
    storage and event isolation). ``danger`` is the detector the dispatcher also hands to
    the safety router, so flood control never holds it back.

    Raises :class:`ValueError` when aiogram's FSM middleware is registered too.
    """
    if dispatcher.fsm in dispatcher.update.outer_middleware:
        raise ValueError("build the dispatcher with disable_fsm=True: the pipeline does the FSM")
    buckets = TokenBuckets(settings.throttle_burst, settings.throttle_rate)
    dispatcher.update.outer_middleware(
        UpdatePipeline(
            dispatcher.fsm,
            i18n=i18n,
            memory=memory,
            pseudonymizer=pseudonymizer,
            dedup=Dedup(clock),
            throttle=Throttle(buckets, danger),
        )
    )
    dispatcher["repeats"] = RepeatGuard()


class UpdatePipeline(BaseMiddleware):
    """The steps of the module docstring, around one update's handler.

    Puts into the handler data: ``state``, ``raw_state`` and ``fsm_storage`` (as aiogram's
    FSM middleware), ``trail`` (private chats), ``pseudonym`` (a user's private chat or an
    update without a chat), ``locale``, ``locale_chosen``, ``i18n`` and
    ``available_locales``.
    """

    def __init__(
        self,
        fsm: FSMContextMiddleware,
        *,
        i18n: I18n,
        memory: MemoryRepository,
        pseudonymizer: Pseudonymizer,
        dedup: Dedup,
        throttle: Throttle,
    ) -> None:
        self._fsm = fsm
        self._i18n = i18n
        self._memory = memory
        self._pseudonymizer = pseudonymizer
        self._dedup = dedup
        self._throttle = throttle
        self._flush = StateFlush(memory)
        self._prepared: BaseSession | None = None

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        bot: Bot = data["bot"]
        if bot.session is not self._prepared:
            install_sent_messages(bot)  # first: the trail sees the message the call returns
            self._flush.install(bot)
            self._prepared = bot.session
        data["fsm_storage"] = self._fsm.storage
        state = self._fsm.resolve_event_context(bot, data)
        if state is None:
            return await self._update(handler, event, data, None)
        # The state is read once the lock is held (aiogram issue #1317). While it is held no
        # other update (in any worker) can change this user's state, so a shared storage
        # (Redis) is read once for the whole update, the trail's reads included.
        async with self._fsm.events_isolation.lock(key=state.key):
            with update_scope():
                data["state"] = state
                data["raw_state"] = await state.get_state()
                return await self._update(handler, event, data, state)

    async def _update(
        self,
        handler: Handler,
        event: TelegramObject,
        data: dict[str, Any],
        state: FSMContext | None,
    ) -> Any:
        trail = await begin_trail(state, data.get("event_chat"), event)
        if trail is None or state is None:
            return await self._handle(handler, event, data)
        data["trail"] = trail
        token = activate(trail)
        try:
            return await self._handle(handler, event, data)
        finally:
            deactivate(token)
            await keep_trail(trail, state)

    async def _handle(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if not isinstance(event, Update):
            return await handler(event, data)
        try:
            _ = event.event_type
        except UpdateTypeLookupError:
            # aiogram would warn with the whole update as JSON, user ids and text included
            log.info("unknown update type ignored")
            return None
        processed: UpdateLog | None = data.get("processed_updates")
        if processed is not None and await self._dedup.seen(processed, event):
            return None
        try:
            pseudonym = await self._user_context(data)
            with self._i18n.context(), self._i18n.use_locale(data["locale"]):
                if pseudonym is not None and not await self._throttle.admit(event, pseudonym):
                    return None
                try:
                    with self._flush.updating(pseudonym):
                        return await handler(event, data)
                finally:
                    await self._flush.after(pseudonym)
        finally:
            if processed is not None:
                await self._dedup.done(processed, event.update_id)

    async def _user_context(self, data: dict[str, Any]) -> str | None:
        """Put the pseudonym and the locale into ``data``; returns the pseudonym.

        The locale is the one the user chose (stored under the pseudonym), else
        Telegram's ``language_code`` negotiated against the catalogues, else the default.
        Nothing is looked up or stored for non-private chats.
        """
        user: User | None = data.get("event_from_user")
        chat: Chat | None = data.get("event_chat")
        available = self._i18n.available_locales
        stored: str | None = None
        pseudonym: str | None = None
        if user is not None and (chat is None or chat.type == "private"):
            # the FSM storage key's pseudonym in a private chat, which the lock just used
            pseudonym = remembered_pseudonym(self._pseudonymizer, user.id, user.id)
            data["pseudonym"] = pseudonym
            record = await self._memory.get(pseudonym)
            if record is not None and record.locale in available:
                stored = record.locale
        language_code = user.language_code if user is not None else None
        data["locale"] = stored or negotiate_locale(
            language_code, available, self._i18n.default_locale
        )
        data["locale_chosen"] = stored is not None
        data["i18n"] = self._i18n
        data["available_locales"] = list(available)
        return pseudonym
