"""The update pipeline is the dispatcher's one outer middleware of ours, and it owns the FSM.

aiogram's FSM middleware would take the per-user lock and read the state a second time
if it ran as well; the pipeline does both itself (handlers/middlewares.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiogram import Dispatcher
from aiogram.dispatcher.middlewares.error import ErrorsMiddleware
from aiogram.dispatcher.middlewares.user_context import UserContextMiddleware
from aiogram.utils.i18n import I18n

from bot.app import App
from bot.catalogs import DOMAIN
from bot.core.danger import DangerDetector
from bot.core.pseudonym import Pseudonymizer
from handlers.middlewares import UpdatePipeline, install_pipeline
from storage.memory import MemoryRepository
from tests.conftest import make_settings
from tests.helpers import ROOT


async def test_the_app_dispatcher_runs_aiogram_s_two_then_the_pipeline(app: App) -> None:
    outer = list(app.dispatcher.update.outer_middleware)
    kinds: list[object] = [type(m) for m in outer]
    assert kinds == [ErrorsMiddleware, UserContextMiddleware, UpdatePipeline]
    assert app.dispatcher.fsm not in outer  # aiogram's FSM middleware is not registered


def test_the_pipeline_refuses_a_dispatcher_whose_fsm_middleware_runs(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    dispatcher = Dispatcher()  # FSM enabled: its middleware would lock and read twice
    with pytest.raises(ValueError, match="disable_fsm"):
        install_pipeline(
            dispatcher,
            settings=settings,
            i18n=I18n(path=ROOT / "locales", default_locale="sv", domain=DOMAIN),
            memory=MemoryRepository.__new__(MemoryRepository),
            pseudonymizer=Pseudonymizer(b"k" * 32),
            clock=lambda: datetime(2026, 11, 29, tzinfo=UTC),
            danger=DangerDetector.from_dir(settings.danger_dir),
        )
    assert not any(isinstance(m, UpdatePipeline) for m in dispatcher.update.outer_middleware)
