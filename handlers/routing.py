"""One router for the whole bot, compiled from the feature routers.

The feature modules declare their handlers on routers of their own, and
:func:`handlers.get_routers` lists them in the order they are tried: that stays the
table of contents of the bot. The dispatcher, though, gets one router that
:func:`compile_routers` builds from them, because aiogram's propagation is costly when
an update passes many routers: at every router it wraps the router's outer middlewares,
checks the router-level filters and copies the handler data (~25 keys) for every filter
of every handler it tries. A button of the resource cards passed 8 routers and ~15
handler checks (docs/performance.md, "Where the time goes").

Same decisions as aiogram's propagation (aiogram/dispatcher/router.py, ``_propagate_event``;
aiogram/dispatcher/event/telegram.py, ``trigger``):

- handlers are tried in the same order: the routers' order, then each router's own;
- a handler's filters are its router's filters (``router.<event>.filter(...)``)
  followed by its own, so a router whose filters fail is passed over as before and
  their data (a dict a filter returns) reaches the handler as before;
- the first handler whose filters pass is called; one that raises
  :class:`~aiogram.dispatcher.event.bases.SkipHandler` hands over to the next.

Button presses are looked up by their callback-data prefix (:class:`PrefixIndexedObserver`):
a handler that filters on a :class:`~aiogram.filters.callback_data.CallbackData` class
(``Pick.filter(...)``) can only match data with that class's prefix
(``CallbackData.unpack`` refuses any other), so it is tried only for those; handlers
without one are tried for every press, in their place in the order.

:func:`compile_routers` refuses what it could not carry over unchanged: a router with
middlewares, sub-routers, or start-up/shut-down handlers (none of the bot's has any).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from aiogram import Router
from aiogram.dispatcher.event.bases import UNHANDLED, SkipHandler
from aiogram.dispatcher.event.handler import HandlerObject
from aiogram.dispatcher.event.telegram import TelegramEventObserver
from aiogram.filters.callback_data import CallbackData, CallbackQueryFilter
from aiogram.types import CallbackQuery, TelegramObject

COMPILED_NAME = "vagvisare"


class RoutingError(ValueError):
    """A feature router uses something :func:`compile_routers` cannot carry over."""


def _callback_data(handler: HandlerObject) -> type[CallbackData] | None:
    """The class of ``handler``'s first ``CallbackData.filter()``, if it has one."""
    for filter_object in handler.filters or ():
        if isinstance(filter_object.callback, CallbackQueryFilter):
            return filter_object.callback.callback_data
    return None


def callback_prefix(handler: HandlerObject) -> str | None:
    """The callback-data prefix ``handler`` is limited to (its first
    ``CallbackData.filter()``), or ``None`` when it may match any press."""
    data_class = _callback_data(handler)
    return None if data_class is None else data_class.__prefix__


class PrefixIndexedObserver(TelegramEventObserver):
    """The ``callback_query`` observer of the compiled router: tries, in order, only the
    handlers that can match the press's prefix (module docstring).

    The candidate list per prefix is computed on first use and kept: one list per
    prefix of the bot's own callback data, plus one for every other press (a stale,
    forged or foreign button).
    """

    def __init__(self, router: Router, event_name: str) -> None:
        super().__init__(router=router, event_name=event_name)
        self._by_prefix: dict[str | None, list[HandlerObject]] = {}
        self._separators: dict[str, str] = {}

    def index(self) -> None:
        """(Re)build the prefix lists from :attr:`handlers`."""
        classes = (_callback_data(handler) for handler in self.handlers)
        prefixes = {c.__prefix__: c.__separator__ for c in classes if c is not None}
        self._separators = prefixes
        self._by_prefix = {
            key: [h for h in self.handlers if callback_prefix(h) in (None, key)]
            for key in (*prefixes, None)
        }

    def candidates(self, event: TelegramObject) -> list[HandlerObject]:
        """The handlers to try for ``event``, in order."""
        if not self._by_prefix:
            self.index()
        data = event.data if isinstance(event, CallbackQuery) else None
        if data:
            for prefix, separator in self._separators.items():
                if data.startswith(prefix) and data[len(prefix) : len(prefix) + 1] == separator:
                    return self._by_prefix[prefix]
        return self._by_prefix[None]

    async def trigger(self, event: TelegramObject, **kwargs: Any) -> Any:
        """aiogram's ``TelegramEventObserver.trigger`` over :meth:`candidates` only."""
        for handler in self.candidates(event):
            kwargs["handler"] = handler
            result, data = await handler.check(event, **kwargs)
            if result:
                kwargs.update(data)
                try:
                    wrapped_inner = self.outer_middleware.wrap_middlewares(
                        self._resolve_middlewares(), handler.call
                    )
                    return await wrapped_inner(event, kwargs)
                except SkipHandler:
                    continue
        return UNHANDLED


def compile_routers(
    routers: Sequence[Router], into: Router | None = None, name: str = COMPILED_NAME
) -> Router:
    """A router whose handlers decide as ``routers`` included in this order would (module
    docstring): ``into`` (the dispatcher itself, which spares every update one more
    router level), or a new :class:`Router` named ``name``. ``routers`` are left as they
    are and may be compiled again (tests build many dispatchers in one process).

    Raises :class:`RoutingError` for a router with middlewares, sub-routers or start-up
    and shut-down handlers, and for an ``into`` that has event handlers already.
    """
    compiled = Router(name=name) if into is None else into
    for event_name, observer in compiled.observers.items():
        if event_name != "update" and observer.handlers:
            raise RoutingError(f"{compiled.name!r} has {event_name} handlers already")
    indexed = PrefixIndexedObserver(router=compiled, event_name="callback_query")
    replaced = compiled.callback_query  # its filters and middlewares stay in force
    indexed.filter(*(f.callback for f in replaced._handler.filters or ()))
    for middleware in replaced.middleware:
        indexed.middleware(middleware)
    for middleware in replaced.outer_middleware:
        indexed.outer_middleware(middleware)
    compiled.callback_query = indexed
    compiled.observers["callback_query"] = indexed
    for router in routers:
        _check_plain(router)
        for event_name, observer in router.observers.items():
            target = compiled.observers[event_name]
            target.handlers.extend(_with_router_filters(observer))
    indexed.index()
    return compiled


def _with_router_filters(observer: TelegramEventObserver) -> Iterable[HandlerObject]:
    router_filters = list(observer._handler.filters or ())  # aiogram keeps them there
    for handler in observer.handlers:
        yield HandlerObject(
            callback=handler.callback,
            filters=[*router_filters, *(handler.filters or ())],
            flags=dict(handler.flags),
        )


def _check_plain(router: Router) -> None:
    if router.sub_routers:
        raise RoutingError(f"router {router.name!r} has sub-routers")
    for event_name, observer in router.observers.items():
        if len(observer.middleware) or len(observer.outer_middleware):
            raise RoutingError(f"router {router.name!r} has {event_name} middlewares")
    for lifecycle in (router.startup, router.shutdown):
        if lifecycle.handlers:
            raise RoutingError(f"router {router.name!r} has start-up or shut-down handlers")
