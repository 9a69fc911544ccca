"""Commands: /start [campaign], /menu, /language, /help, /privacy, /forget."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import CommandObject
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.config import Settings
from handlers import screens
from handlers.callbacks import Nav
from handlers.filters import command, pressed_in_private_chat, private_chat, start_command
from handlers.flow import begin, change_language, start_over
from handlers.telegram import edit_screen, send_screen
from handlers.trail import Trail
from storage.memory import MemoryRepository

router = Router(name="commands")
router.message.filter(private_chat)
router.callback_query.filter(pressed_in_private_chat)


@router.message(start_command())
async def on_start(
    message: Message,
    command: CommandObject,
    state: FSMContext,
    settings: Settings,
    locale_chosen: bool,
    available_locales: list[str],
) -> None:
    """Begin a new conversation; a deep-link code is kept only if allowlisted.

    Any other payload is dropped here and never stored or logged (docs/conversation.md,
    "FSM data (ids and choices only, never free text)").
    """
    payload = command.args or ""
    campaign = payload if payload in settings.campaign_codes else None
    screen = await begin(
        state, campaign=campaign, locale_chosen=locale_chosen, locales=available_locales
    )
    await send_screen(message, screen)


@router.message(command("language"))
async def on_language(message: Message, state: FSMContext, available_locales: list[str]) -> None:
    """The language picker. In a conversation past the privacy note, the choice goes back
    to the step the person was at, in the new language (:func:`handlers.flow.change_language`);
    before it, the conversation begins with the privacy note (keeping the campaign)."""
    screen = await change_language(state, locales=available_locales)
    await send_screen(message, screen)


@router.message(command("menu"))
async def on_menu(
    message: Message, state: FSMContext, locale_chosen: bool, available_locales: list[str]
) -> None:
    screen = await start_over(state, locale_chosen=locale_chosen, locales=available_locales)
    await send_screen(message, screen)


@router.message(command("help"))
async def on_help(message: Message) -> None:
    await message.answer(screens.help_text())


@router.message(command("privacy"))
async def on_privacy(message: Message) -> None:
    await send_screen(message, screens.privacy_screen())


@router.message(command("forget"))
async def on_forget(message: Message) -> None:
    """Ask before erasing: one tap too many is better than a lost place by mistake."""
    await send_screen(message, screens.forget_confirm())


@router.callback_query(Nav.filter(F.action == "forget"))
async def on_forget_confirmed(
    callback: CallbackQuery, memory: MemoryRepository, pseudonym: str, trail: Trail
) -> None:
    """Erase the language choice and the conversation state (storage/memory.py).

    Nothing is written back afterwards (the trail ends too). Referral rows are not
    linked to anyone, so there is nothing else to erase.
    """
    await callback.answer()
    trail.end()
    await memory.forget(pseudonym)
    await edit_screen(callback, screens.Screen(screens.forgotten_line()))


@router.callback_query(Nav.filter(F.action == "keep"))
async def on_forget_cancelled(callback: CallbackQuery) -> None:
    await callback.answer()
    await edit_screen(callback, screens.kept_screen())
