"""What keeps an update cheap to dispatch (docs/performance.md, "throughput").

- No filter or handler of the bot's routers is a plain function or a bare magic filter:
  aiogram runs those through ``asyncio.to_thread``, a thread hop on every check.
- The filters of :mod:`handlers.filters` decide as the magic filters they replace.
- aiogram's ``Response[T]`` classes are kept alive once a method has been called.
- Menus are built once per language and shared, and they are the same screens.
"""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiogram import Bot, F, Router
from aiogram.dispatcher.event.handler import HandlerObject
from aiogram.methods import Response, SendMessage, TelegramMethod
from aiogram.types import CallbackQuery, Message, Update
from aiogram.utils.i18n import I18n

from bot.app import OFFLINE_TOKEN, create_bot
from bot.catalogs import DOMAIN
from bot.core.followups import QUESTIONS
from bot.core.taxonomy import Audience
from bot.offline import OfflineSession
from bot.response_types import KeepResponseTypes
from handlers import errors, get_routers, screens
from handlers.filters import Magic, pressed_in_private_chat, private_chat
from handlers.private_only import forged, not_private, pressed_outside_private_chat

ROOT = Path(__file__).resolve().parents[2]
USER = {"id": 42, "is_bot": False, "first_name": "A"}


def all_routers() -> Iterator[Router]:
    stack = [errors.router, *get_routers()]
    while stack:
        router = stack.pop()
        yield router
        stack.extend(router.sub_routers)


def callables(router: Router) -> Iterator[tuple[str, HandlerObject | Any]]:
    for name, observer in router.observers.items():
        for handler in observer.handlers:
            yield f"{router.name}.{name} handler {handler.callback.__name__}", handler
            for check in handler.filters or ():
                yield f"{router.name}.{name} filter of {handler.callback.__name__}", check
        root = observer._handler  # the router-level filters (observer.filter(...))
        for check in root.filters or ():
            yield f"{router.name}.{name} router filter", check


def test_no_filter_or_handler_of_the_bot_runs_in_a_thread() -> None:
    in_threads = [
        name for router in all_routers() for name, c in callables(router) if not c.awaitable
    ]
    assert in_threads == []


def test_every_router_was_checked() -> None:
    names = {router.name for router in all_routers()}
    assert {"private_only", "safety", "onboarding", "questions", "results", "fallback"} <= names
    assert sum(1 for router in all_routers() for _ in callables(router)) > 50


def message(chat_type: str, text: str = "hi", chat_id: int = 42) -> Message:
    return Update.model_validate(
        {
            "update_id": 1,
            "message": {
                "message_id": 5,
                "date": 0,
                "chat": {"id": chat_id, "type": chat_type},
                "from": USER,
                "text": text,
            },
        }
    ).message  # type: ignore[return-value]


def press(data: str, on: Message | None, presser: int = 42) -> CallbackQuery:
    query: dict[str, Any] = {
        "id": "q",
        "from": {**USER, "id": presser},
        "chat_instance": "c",
        "data": data,
    }
    if on is not None:
        query["message"] = on.model_dump(by_alias=True, exclude_none=True)
    return CallbackQuery.model_validate(query)


def check(filter_: Callable[..., Any], event: Any) -> Any:
    return asyncio.run(filter_(event))


@pytest.mark.parametrize("chat_type", ["private", "group", "supergroup", "channel"])
def test_chat_filters_decide_as_the_magic_filters_did(chat_type: str) -> None:
    shown = message(chat_type)
    assert check(private_chat, shown) == bool((F.chat.type == "private").resolve(shown))
    assert check(not_private, shown) == bool((F.chat.type != "private").resolve(shown))
    pressed = press("nav:back", shown)
    on_private = F.message.chat.type == "private"
    assert check(pressed_in_private_chat, pressed) == bool(on_private.resolve(pressed))
    outside = F.message.chat.type != "private"
    assert check(pressed_outside_private_chat, pressed) == bool(outside.resolve(pressed))


def test_a_press_without_a_message_is_in_no_chat() -> None:
    inline = press("nav:back", None)
    assert check(pressed_in_private_chat, inline) is False
    assert check(pressed_outside_private_chat, inline) is False


def test_forged_presses_are_still_recognised() -> None:
    own = message("private")
    assert check(forged, press("nav:back", own)) is False
    assert check(forged, press("x" * 65, own)) is True  # Bot API: callback data 1-64 bytes
    assert check(forged, press("nav:back", own, presser=43)) is True  # someone else's chat


def test_magic_returns_what_the_magic_filter_returns() -> None:
    command = message("group", "/start")
    assert check(Magic(F.text.startswith("/")), command) is True
    assert check(Magic(F.text.startswith("/")), message("group", "hi")) is False
    assert check(Magic(F.photo), command) is None
    assert check(Magic(F.text.as_("typed")), command) == {"typed": "/start"}


def test_response_classes_outlive_the_calls_that_built_them() -> None:
    async def send() -> Message:
        bot = create_bot(OFFLINE_TOKEN, session=OfflineSession())
        try:
            return await bot.send_message(42, "hi")
        finally:
            await bot.session.close()

    assert any(
        isinstance(m, KeepResponseTypes) for m in create_bot(OFFLINE_TOKEN).session.middleware
    )
    assert asyncio.run(send()).text == "hi"
    kept = weakref.ref(Response[Message])
    for _ in range(3):
        gc.collect()
    assert kept() is not None
    assert Response[Message] is kept()


def test_keeping_response_classes_passes_the_call_through() -> None:
    seen: list[TelegramMethod[Any]] = []

    async def make_request(bot: Bot, method: TelegramMethod[Any]) -> Any:
        seen.append(method)
        return "answer"

    method = SendMessage(chat_id=1, text="x")
    answer: Any = asyncio.run(KeepResponseTypes()(make_request, None, method))  # type: ignore[arg-type]
    assert answer == "answer"
    assert seen == [method]


@pytest.fixture
def i18n() -> I18n:
    return I18n(path=ROOT / "locales", default_locale="en", domain=DOMAIN)


def in_locale(i18n: I18n, locale: str, build: Callable[[], screens.Screen]) -> screens.Screen:
    with i18n.context(), i18n.use_locale(locale):
        return build()


def test_menus_are_built_once_per_language(i18n: I18n) -> None:
    first = in_locale(i18n, "sv", screens.audience_menu)
    assert in_locale(i18n, "sv", screens.audience_menu) is first
    english = in_locale(i18n, "en", screens.audience_menu)
    assert english is not first
    assert english.text == "Who are you?"
    assert first.text != english.text


def test_a_shared_menu_is_the_menu_built_afresh(i18n: I18n) -> None:
    question = QUESTIONS["safe_now"]
    cases: list[tuple[Callable[[], screens.Screen], Callable[[], screens.Screen]]] = [
        (screens.privacy_note, screens.privacy_note.__wrapped__),  # type: ignore[attr-defined]
        (
            lambda: screens.topic_menu(Audience.PARENT),
            lambda: screens.topic_menu.__wrapped__(Audience.PARENT),  # type: ignore[attr-defined]
        ),
        (
            lambda: screens.question_screen(question),
            lambda: screens._question_screen.__wrapped__(question.id, question.answers),  # type: ignore[attr-defined]
        ),
    ]
    for locale in ("sv", "ar", "fi"):
        for cached, fresh in cases:
            in_locale(i18n, locale, cached)  # built and remembered
            assert in_locale(i18n, locale, cached) == in_locale(i18n, locale, fresh)


def test_the_checklist_is_remembered_per_set_of_ticks(i18n: I18n) -> None:
    none = in_locale(i18n, "en", lambda: screens.checklist_screen([]))
    one = in_locale(i18n, "en", lambda: screens.checklist_screen(["secretive"]))
    assert one is not none
    assert in_locale(i18n, "en", lambda: screens.checklist_screen(("secretive",))) is one
    done = [b.text for row in one.keyboard.inline_keyboard for b in row]  # type: ignore[union-attr]
    assert "Done · 1 sign ticked" in done


def test_the_language_picker_depends_on_the_languages_only(i18n: I18n) -> None:
    picker = in_locale(i18n, "en", lambda: screens.language_picker(["sv", "en"]))
    assert in_locale(i18n, "en", lambda: screens.language_picker(["en", "sv"])) is picker
    wider = in_locale(i18n, "en", lambda: screens.language_picker(["sv", "en", "fi"]))
    rows = [[b.callback_data for b in row] for row in wider.keyboard.inline_keyboard]  # type: ignore[union-attr]
    assert rows[:-1] == [["lang:sv", "lang:en"], ["lang:fi"]]  # two languages to a row
    assert [b.callback_data for b in wider.keyboard.inline_keyboard[-1]] == [  # type: ignore[union-attr]
        "nav:danger",
        "nav:exit",
    ]  # the safety row, as on every menu
