"""The aiogram floor: Vägvisare's own Bot API calls, with none of its other work.

``bench throughput`` compares Vägvisare with a bare dispatcher that answers every update
with one message. Part of the gap is not Vägvisare's code but what its conversation asks
of aiogram: a button press is answered (``answerCallbackQuery``) *and* the screen is
replaced (``editMessageText`` with a keyboard of up to 8 buttons), 2.1 calls per update
against the echo's 1. The floor measures that part alone:

1. :func:`record_calls`: the recorded updates go once more through a Vägvisare app, one
   update at a time, and the Bot API calls each one causes are kept, keyed by
   ``update_id`` (calls made by a background task after its update returned are counted
   with the next update of the same run; their total is unchanged);
2. :func:`floor_dispatcher`: a plain ``Dispatcher()`` whose one message handler and one
   callback-query handler make, for each update, exactly those calls, built as a handler
   builds them (a method object from its parameters, the keyboard built beforehand, as
   Vägvisare's menus are built once per language; ``handlers/screens.py``) and sent
   through a bot set up as Vägvisare's (``bot.app.create_bot``).

No routers of ours, no filters, no middlewares, no storage, no texts: what remains is
aiogram's dispatch of one update plus our calls. The floor's updates/s divided by the
echo's is the highest ratio Vägvisare could reach on aiogram with this conversation.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from typing import Any

from aiogram import Bot, Dispatcher, methods
from aiogram.methods import TelegramMethod
from aiogram.types import InlineKeyboardMarkup, TelegramObject, Update

from bot.app import create_app
from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver

# update_id → the calls it caused, in order: (method class, parameters for its constructor)
CallScript = dict[int, list[tuple[type[TelegramMethod[Any]], dict[str, Any]]]]


def method_class(name: str) -> type[TelegramMethod[Any]]:
    """aiogram's class for a Bot API method name (``editMessageText`` → ``EditMessageText``).

    Raises :class:`AttributeError` for a name aiogram does not know.
    """
    cls: type[TelegramMethod[Any]] = getattr(methods, name[0].upper() + name[1:])
    return cls


async def record_calls(
    settings: Settings, sequences: Sequence[Sequence[dict[str, Any]]]
) -> CallScript:
    """Each update's Bot API calls, from a fresh app on ``settings`` (one update at a time).

    Keyboards are parsed here, once per distinct keyboard, so that the floor's handlers
    only build the method objects, as Vägvisare's handlers do with their prebuilt menus.
    """
    app = await create_app(settings)
    driver = OfflineDriver(app)
    keyboards: dict[str, InlineKeyboardMarkup] = {}
    script: CallScript = {}
    try:
        for sequence in sequences:
            for update in sequence:
                calls = await driver.feed(copy.deepcopy(update))
                prepared = []
                for call in calls:
                    params = dict(call.params)
                    markup = params.get("reply_markup")
                    if isinstance(markup, dict) and "inline_keyboard" in markup:
                        key = json.dumps(markup, sort_keys=True)
                        if key not in keyboards:
                            keyboards[key] = InlineKeyboardMarkup.model_validate(markup)
                        params["reply_markup"] = keyboards[key]
                    prepared.append((method_class(call.method), params))
                script[int(update["update_id"])] = prepared
    finally:
        await driver.close()
        await app.close()
    return script


def calls_per_update(script: CallScript) -> float:
    """Mean Bot API calls per update in ``script`` (0.0 when it is empty)."""
    return sum(map(len, script.values())) / len(script) if script else 0.0


def floor_dispatcher(script: CallScript) -> Dispatcher:
    """A bare dispatcher that makes ``script``'s calls for each message and button press.

    Raises :class:`KeyError` (from the handler, so the run fails loudly) for an update
    the script does not know.
    """
    dispatcher = Dispatcher()

    async def replay(event: TelegramObject, event_update: Update, bot: Bot) -> None:
        for cls, params in script[event_update.update_id]:
            await bot(cls(**params))

    dispatcher.message.register(replay)
    dispatcher.callback_query.register(replay)
    return dispatcher
