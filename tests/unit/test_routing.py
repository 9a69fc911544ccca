"""The compiled router decides as aiogram's own propagation would (handlers/routing.py).

Two dispatchers get the same routers, built twice by one factory: one includes them the
aiogram way (a router per feature), the other gets :func:`compile_routers` of them. The
same updates go through both; the handler that runs, and what it is given, must be the
same, and must be the one expected.
"""

from __future__ import annotations

from typing import Any

import pytest
from aiogram import Bot, Dispatcher, F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, Message, Update

from bot.app import OFFLINE_TOKEN, create_bot
from bot.offline import OfflineSession
from handlers import errors, get_routers
from handlers.filters import Magic
from handlers.routing import (
    PrefixIndexedObserver,
    RoutingError,
    callback_prefix,
    compile_routers,
)
from tests.helpers import callback_update, message_update, user

SENDER = user(7)
SHOWN = message_update(SENDER, "menu")["message"]  # the message the buttons are on


def press(data: str) -> dict[str, Any]:
    return callback_update(SENDER, data, SHOWN)


def typed(text: str) -> dict[str, Any]:
    return message_update(SENDER, text)


class Alpha(CallbackData, prefix="a"):
    value: str


class Beta(CallbackData, prefix="b"):
    value: str


async def shouting(message: Message) -> dict[str, str] | bool:
    text = message.text or ""
    return {"bang": text[1:]} if text.startswith("!") else False


def make_routers(seen: list[str]) -> list[Router]:
    """Three routers whose order, router filters, prefixes and skips all matter."""
    guarded = Router(name="guarded")
    guarded.callback_query.filter(Magic(F.data != "a:blocked"))  # router-level filter
    guarded.message.filter(shouting)  # its data reaches the handlers

    @guarded.callback_query(Alpha.filter(F.value == "skip"))
    async def alpha_skips(callback: CallbackQuery) -> None:
        seen.append("alpha_skips")
        raise SkipHandler

    @guarded.callback_query(Alpha.filter())
    async def alpha(callback: CallbackQuery, callback_data: Alpha) -> None:
        seen.append(f"alpha:{callback_data.value}")

    @guarded.message()
    async def bang(message: Message, bang: str) -> None:
        seen.append(f"bang:{bang}")

    middle = Router(name="middle")

    @middle.callback_query(Magic(F.data.endswith("!")))
    async def shouted(callback: CallbackQuery) -> None:  # no prefix: tried for every press
        seen.append("shouted")

    @middle.callback_query(Beta.filter())
    async def beta(callback: CallbackQuery, callback_data: Beta) -> None:
        seen.append(f"beta:{callback_data.value}")

    @middle.callback_query(Alpha.filter())
    async def alpha_later(callback: CallbackQuery, callback_data: Alpha) -> None:
        seen.append(f"alpha_later:{callback_data.value}")

    last = Router(name="last")

    @last.callback_query()
    async def anything(callback: CallbackQuery) -> None:
        seen.append("anything")

    @last.message()
    async def other(message: Message) -> None:
        seen.append("other")

    return [guarded, middle, last]


UPDATES: list[tuple[dict[str, Any], str]] = [
    (press("a:one"), "alpha:one"),
    (press("a:skip"), "alpha_skips alpha:skip"),  # skipped, then the next
    (press("a:blocked"), "alpha_later:blocked"),  # router filter fails
    (press("b:two"), "beta:two"),
    (press("b:two!"), "shouted"),  # earlier handler without a prefix wins
    (press("a:x!"), "alpha:x!"),
    (press("ab:three"), "anything"),  # a prefix of a prefix is not it
    (press("a"), "anything"),  # no separator
    (press("zzz"), "anything"),
    (typed("!hey"), "bang:hey"),
    (typed("hey"), "other"),
]


async def run(dispatcher: Dispatcher, bot: Bot, seen: list[str]) -> list[str]:
    outcomes = []
    for update, _ in UPDATES:
        seen.clear()
        await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}))
        outcomes.append(" ".join(seen))
    return outcomes


async def test_the_compiled_router_decides_as_aiogram_propagation() -> None:
    bot = create_bot(OFFLINE_TOKEN, session=OfflineSession())
    native_seen: list[str] = []
    native = Dispatcher()
    native.include_routers(*make_routers(native_seen))
    compiled_seen: list[str] = []
    compiled = Dispatcher()
    compiled.include_router(compile_routers(make_routers(compiled_seen)))
    into_seen: list[str] = []
    into = Dispatcher()  # the handlers on the dispatcher itself, as bot/app.py does
    assert compile_routers(make_routers(into_seen), into=into) is into
    try:
        expected = [outcome for _, outcome in UPDATES]
        assert await run(native, bot, native_seen) == expected
        assert await run(compiled, bot, compiled_seen) == expected
        assert await run(into, bot, into_seen) == expected
    finally:
        await bot.session.close()


def test_presses_are_tried_only_on_handlers_that_can_match_their_prefix() -> None:
    compiled = compile_routers(make_routers([]))
    observer = compiled.callback_query
    assert isinstance(observer, PrefixIndexedObserver)

    def names(data: str) -> list[str]:
        pressed = CallbackQuery.model_validate(press(data)["callback_query"])
        return [h.callback.__name__ for h in observer.candidates(pressed)]

    assert names("a:one") == ["alpha_skips", "alpha", "shouted", "alpha_later", "anything"]
    assert names("b:two") == ["shouted", "beta", "anything"]
    assert names("zzz") == ["shouted", "anything"]
    assert [callback_prefix(h) for h in observer.handlers] == ["a", "a", None, "b", "a", None]


def test_the_bots_routers_are_carried_over_whole_and_in_order() -> None:
    routers = [errors.router, *get_routers()]
    compiled = compile_routers(routers)
    for event_name, observer in compiled.observers.items():
        expected = [h.callback for r in routers for h in r.observers[event_name].handlers]
        assert [h.callback for h in observer.handlers] == expected, event_name
    # a router's own filters come first in each of its handlers' filters
    onboarding = next(r for r in routers if r.name == "onboarding")
    first = next(
        h
        for h in compiled.callback_query.handlers
        if h.callback is onboarding.callback_query.handlers[0].callback
    )
    router_filters = onboarding.callback_query._handler.filters or []
    assert router_filters
    assert first.filters is not None
    assert [f.callback for f in first.filters[: len(router_filters)]] == [
        f.callback for f in router_filters
    ]
    assert compile_routers(routers) is not compiled  # compiled afresh, routers untouched
    assert all(r.parent_router is None for r in routers)


def test_what_cannot_be_carried_over_is_refused() -> None:
    with_middleware = Router(name="with_middleware")

    async def middleware(handler: Any, event: Any, data: Any) -> Any:
        return await handler(event, data)

    with_middleware.message.middleware(middleware)
    with pytest.raises(RoutingError, match="with_middleware"):
        compile_routers([with_middleware])
    parent = Router(name="parent")
    parent.include_router(Router(name="child"))
    with pytest.raises(RoutingError, match="sub-routers"):
        compile_routers([parent])
    taken = Dispatcher()
    compile_routers(make_routers([]), into=taken)
    with pytest.raises(RoutingError, match="handlers already"):
        compile_routers(make_routers([]), into=taken)
    on_start = Router(name="on_start")
    on_start.startup.register(lambda: None)
    with pytest.raises(RoutingError, match="start-up"):
        compile_routers([on_start])


async def test_the_dispatchers_own_press_middlewares_stay_in_force() -> None:
    bot = create_bot(OFFLINE_TOKEN, session=OfflineSession())
    seen: list[str] = []
    dispatcher = Dispatcher()

    async def around(handler: Any, event: Any, data: dict[str, Any]) -> Any:
        seen.append("inner middleware")
        return await handler(event, data)

    async def outside(handler: Any, event: Any, data: dict[str, Any]) -> Any:
        seen.append("outer middleware")
        return await handler(event, data)

    dispatcher.callback_query.middleware(around)
    dispatcher.callback_query.outer_middleware(outside)
    compile_routers(make_routers(seen), into=dispatcher)
    try:
        update = Update.model_validate(press("b:two"), context={"bot": bot})
        await dispatcher.feed_update(bot, update)
    finally:
        await bot.session.close()
    assert seen == ["outer middleware", "inner middleware", "beta:two"]


def test_the_update_types_asked_of_telegram_are_those_the_routers_handle() -> None:
    routers = [errors.router, *get_routers()]
    dispatcher = Dispatcher()
    compile_routers(routers, into=dispatcher)
    handled = {
        name
        for router in routers
        for name, observer in router.observers.items()
        if observer.handlers and name != "error"
    }
    assert dispatcher.resolve_used_update_types() == sorted(handled)
    assert {"message", "callback_query", "my_chat_member", "channel_post"} <= handled
