"""Per-language command menus: the "/" list Telegram shows next to the message field.

Bot API ``setMyCommands`` with ``language_code`` (a two-letter ISO 639-1 code) sets the
menu that users whose Telegram app is in that language see; the call without a language
sets the menu for everyone else. Sorani (``ckb``) has no two-letter code (ISO 639-1 has
none, and ``ku`` is Kurmanji first: bot/core/locale.py), so it gets no menu of its own: a
Sorani speaker sees the menu of the language their app sends, or the default one. The menu
is set for private chats only, where the bot works (docs/robustness.md, "Every update gets a
deliberate outcome"). A start-up handler of ``run`` sets the menus; ``webhook`` sets them in
the background once it listens (bot/modes/webhook.py).
"""

from __future__ import annotations

import logging
import re

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats
from aiogram.utils.i18n import I18n
from aiogram.utils.i18n import gettext as _

from bot.catalogs import DOMAIN, compile_catalogs
from bot.config import SUPPORTED_LOCALES, Settings

log = logging.getLogger("vagvisare.menus")

# setMyCommands.language_code: "A two-letter ISO 639-1 language code".
_TELEGRAM_LANGUAGE = re.compile(r"^[a-z]{2}$")


def command_menu() -> list[BotCommand]:
    """The commands with their descriptions in the current gettext locale, in menu order.

    Bot API ``BotCommand``: command 1-32 characters of ``a-z 0-9 _``; description 1-256
    characters. Must run inside an ``I18n`` context.
    """
    return [
        BotCommand(command="start", description=_("Start from the beginning")),
        BotCommand(command="menu", description=_("Back to the menu")),
        BotCommand(command="language", description=_("Change language")),
        BotCommand(command="help", description=_("What I can do")),
        BotCommand(command="privacy", description=_("How your privacy is protected")),
        BotCommand(command="forget", description=_("Erase what I remember")),
        BotCommand(command="exit", description=_("Quick exit")),
    ]


def menus_by_language(i18n: I18n) -> dict[str | None, list[BotCommand]]:
    """``{language_code: commands}`` for every supported locale with a catalogue and a
    two-letter code (not ``ckb``: see the module docstring), plus ``None`` (everyone else)
    in the default locale."""
    menus: dict[str | None, list[BotCommand]] = {}
    with i18n.context():
        with i18n.use_locale(i18n.default_locale):
            menus[None] = command_menu()
        for locale in SUPPORTED_LOCALES:
            if locale in i18n.available_locales and _TELEGRAM_LANGUAGE.match(locale):
                with i18n.use_locale(locale):
                    menus[locale] = command_menu()
    return menus


async def set_command_menus(bot: Bot, settings: Settings) -> None:
    """Set the command menu of private chats in every language (a dispatcher start-up
    handler: aiogram passes ``bot`` and the ``settings`` given to the Dispatcher).

    A refused call is logged and skipped: a missing menu must not stop the bot. When the
    Bot API cannot be reached at all (a network error after the retries of bot/faults.py),
    the other languages are not tried: each would wait as long for the same answer.
    """
    compile_catalogs(settings.locales_dir)
    i18n = I18n(path=settings.locales_dir, default_locale=settings.default_locale, domain=DOMAIN)
    scope = BotCommandScopeAllPrivateChats()
    for language_code, commands in menus_by_language(i18n).items():
        try:
            await bot.set_my_commands(commands, scope=scope, language_code=language_code)
        except TelegramNetworkError as error:
            cause = error.__cause__ if error.__cause__ is not None else error
            log.warning(
                "command menus not set: bot api not reachable",
                extra={"error": type(cause).__name__},
            )
            return
        except TelegramAPIError as error:
            log.warning(
                "command menu not set",
                extra={"language": language_code, "error": type(error).__name__},
            )
