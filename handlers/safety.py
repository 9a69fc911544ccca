"""Safety first: the emergency card from any state, and quick exit (DESIGN.md §2)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.core.clock import Clock
from bot.core.directory import Directory
from handlers import screens
from handlers.callbacks import Nav
from handlers.cards import emergency_message
from handlers.states import Flow
from handlers.telegram import edit_screen, send_screen

router = Router(name="safety")
router.message.filter(F.chat.type == "private")
router.callback_query.filter(F.message.chat.type == "private")


async def send_emergency(message: Message, directory: Directory, clock: Clock, locale: str) -> None:
    """112 first, then the 24/7 lines, then a way back to where the user was."""
    await message.answer(emergency_message(directory, clock(), locale))
    await send_screen(message, screens.back_to_place())


@router.callback_query(Nav.filter(F.action == "danger"))
async def on_danger_button(
    callback: CallbackQuery, directory: Directory, clock: Clock, locale: str
) -> None:
    await callback.answer()
    if isinstance(callback.message, Message):
        await send_emergency(callback.message, directory, clock, locale)


@router.callback_query(Nav.filter(F.action == "back"))
async def on_back(callback: CallbackQuery, state: FSMContext, available_locales: list[str]) -> None:
    await callback.answer()
    screen = screens.screen_for_state(
        await state.get_state(), await state.get_data(), available_locales
    )
    await edit_screen(callback, screen)


@router.callback_query(Nav.filter(F.action == "restart"))
async def on_restart(callback: CallbackQuery, state: FSMContext) -> None:
    data = await state.get_data()
    await state.set_data({"campaign": data.get("campaign")})
    await state.set_state(Flow.audience)
    await callback.answer()
    await edit_screen(callback, screens.audience_menu())


@router.callback_query(Nav.filter(F.action == "exit"))
async def on_exit_button(callback: CallbackQuery, state: FSMContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(screens.quick_exit_line())


@router.message(Command("exit"))
async def on_exit_command(message: Message, state: FSMContext) -> None:
    await state.clear()
    await message.answer(screens.quick_exit_line())
