"""The composition root: builds everything from :class:`~bot.config.Settings`.

Nothing is created at import time. Tests call :func:`build_dispatcher` with their own
storage, repositories and clock; the CLI calls :func:`create_app`.
"""

from __future__ import annotations

from dataclasses import dataclass

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.base import BaseSession
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.utils.i18n import I18n
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.catalogs import DOMAIN, compile_catalogs
from bot.config import Settings
from bot.core.clock import Clock, system_clock
from bot.core.directory import Directory, load_directory
from bot.core.pseudonym import Pseudonymizer
from bot.keys import ensure_pseudonym_key
from handlers import errors, get_routers
from handlers.middlewares import UserContextMiddleware
from storage.engine import create_engine
from storage.fsm import SqlStorage
from storage.memory import MemoryRepository
from storage.migrate import upgrade
from storage.referrals import ReferralRepository

# Placeholder for modes without Telegram (chat, replay): the shape of a real token.
OFFLINE_TOKEN = "1000000001:OFFLINE-vagvisare-local-stand-in-token"  # noqa: S105 - not a secret


@dataclass
class App:
    """Everything one running bot needs; :meth:`close` releases it."""

    settings: Settings
    engine: AsyncEngine
    dispatcher: Dispatcher
    directory: Directory
    referrals: ReferralRepository
    memory: MemoryRepository
    pseudonymizer: Pseudonymizer

    async def close(self) -> None:
        await self.dispatcher.storage.close()
        await self.engine.dispose()


def build_dispatcher(
    *,
    settings: Settings,
    storage: BaseStorage,
    memory: MemoryRepository,
    referrals: ReferralRepository,
    directory: Directory,
    pseudonymizer: Pseudonymizer,
    i18n: I18n,
    clock: Clock = system_clock,
    events_isolation: BaseEventIsolation | None = None,
) -> Dispatcher:
    """A Dispatcher with every router, the middleware and the shared objects injected.

    One user's updates are handled one at a time (event isolation), so quick repeated
    presses cannot interleave on the same conversation state.
    """
    dispatcher = Dispatcher(
        storage=storage,
        events_isolation=events_isolation or SimpleEventIsolation(),
        settings=settings,
        memory=memory,
        referrals=referrals,
        directory=directory,
        clock=clock,
    )
    dispatcher.update.outer_middleware(UserContextMiddleware(i18n, memory, pseudonymizer))
    dispatcher.include_router(errors.router)
    dispatcher.include_routers(*get_routers())
    return dispatcher


def load_i18n(settings: Settings) -> I18n:
    """Compile stale catalogues, then load them. Raises :class:`RuntimeError` if none exist."""
    compile_catalogs(settings.locales_dir)
    return I18n(path=settings.locales_dir, default_locale=settings.default_locale, domain=DOMAIN)


async def create_app(settings: Settings, *, clock: Clock = system_clock) -> App:
    """Open storage (migrating it to the newest revision) and build the dispatcher.

    Raises :class:`bot.core.directory.DirectoryError` for an invalid resource file.
    """
    directory = load_directory(settings.resources_file)
    i18n = load_i18n(settings)
    pseudonymizer = Pseudonymizer(ensure_pseudonym_key(settings))
    engine = create_engine(settings.effective_database_url)
    await upgrade(engine)
    memory = MemoryRepository(engine)
    referrals = ReferralRepository(engine)
    dispatcher = build_dispatcher(
        settings=settings,
        storage=SqlStorage(memory, pseudonymizer),
        memory=memory,
        referrals=referrals,
        directory=directory,
        pseudonymizer=pseudonymizer,
        i18n=i18n,
        clock=clock,
    )
    return App(settings, engine, dispatcher, directory, referrals, memory, pseudonymizer)


def create_bot(token: str, session: BaseSession | None = None) -> Bot:
    """A :class:`Bot` that sends HTML by default."""
    return Bot(token, session=session, default=DefaultBotProperties(parse_mode=ParseMode.HTML))
