"""Commands: /start [campaign], /menu, /language, /help, /privacy."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.config import Settings
from handlers import screens
from handlers.states import Flow
from handlers.telegram import send_screen

router = Router(name="commands")
router.message.filter(F.chat.type == "private")


@router.message(CommandStart())
async def on_start(
    message: Message,
    command: CommandObject,
    state: FSMContext,
    settings: Settings,
    locale_chosen: bool,
    available_locales: list[str],
) -> None:
    """Begin a new conversation; a deep-link code is kept only if allowlisted."""
    payload = command.args or ""
    campaign = payload if payload in settings.campaign_codes else None
    await state.clear()
    await state.update_data(campaign=campaign)
    if not locale_chosen:
        await state.set_state(Flow.language)
        await send_screen(message, screens.language_picker(available_locales))
        return
    await state.set_state(Flow.privacy)
    await send_screen(message, screens.privacy_note())


@router.message(Command("language"))
async def on_language(message: Message, state: FSMContext, available_locales: list[str]) -> None:
    await state.set_state(Flow.language)
    await send_screen(message, screens.language_picker(available_locales))


@router.message(Command("menu"))
async def on_menu(message: Message, state: FSMContext) -> None:
    data = await state.get_data()
    await state.set_data({"campaign": data.get("campaign")})
    await state.set_state(Flow.audience)
    await send_screen(message, screens.audience_menu())


@router.message(Command("help"))
async def on_help(message: Message) -> None:
    await message.answer(screens.help_text())


@router.message(Command("privacy"))
async def on_privacy(message: Message) -> None:
    await send_screen(message, screens.privacy_note())
