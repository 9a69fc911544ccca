"""The composition root: builds everything from :class:`~bot.config.Settings`.

Nothing is created at import time. Tests call :func:`build_dispatcher` with their own
storage, repositories and clock; the CLI calls :func:`create_app`.
"""

from __future__ import annotations

import gc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.base import BaseSession
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.fsm.storage.redis import RedisStorage
from aiogram.utils.i18n import I18n
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.catalogs import DOMAIN, check_locales_dir, compile_catalogs
from bot.config import Settings
from bot.core.clock import Clock, system_clock
from bot.core.danger import DangerDetector
from bot.core.directory import Directory, load_directory
from bot.core.pseudonym import Pseudonymizer
from bot.core.topic_hints import TopicHints
from bot.faults import FaultPolicy
from bot.keys import ensure_pseudonym_key
from bot.response_types import KeepResponseTypes, without_echoed_keyboard
from bot.retention import Retention, schedule_daily_purge
from bot.staff_desk import StaffDesk
from handlers import errors, get_routers
from handlers.middlewares import install_pipeline
from handlers.routing import compile_routers
from storage.dedup import ProcessedUpdates, UpdateLog
from storage.engine import create_engine, database_address, is_sqlite, ping_database
from storage.memory import CachedMemoryRepository, MemoryRepository
from storage.migrate import upgrade
from storage.redis_dedup import RedisProcessedUpdates
from storage.redis_fsm import ping_redis, redis_address
from storage.referrals import ReferralRepository
from storage.state_backend import StateFirstReferrals, open_state_backend

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

    def processed_updates(self) -> UpdateLog:
        """Where the ``run``, ``webhook`` and ``replay`` modes keep the update ids handled:
        Redis when it holds the conversation state (every worker shares it, and PostgreSQL
        is spared two statements per update: storage/redis_dedup.py), else the
        ``processed_update`` table (on the embedded SQLite file through the memory's
        inline connection: storage/dedup.py)."""
        storage = self.dispatcher.storage
        if isinstance(storage, RedisStorage):
            return RedisProcessedUpdates(storage.redis, self.settings.redis_prefix)
        memory = self.memory
        in_thread = memory.in_thread if isinstance(memory, CachedMemoryRepository) else None
        return ProcessedUpdates(self.engine, in_thread)

    def storage_probes(self) -> list[StoreProbe]:
        """The stores this app uses, pinged through its own engine and Redis client."""
        storage = self.dispatcher.storage
        redis = storage.redis if isinstance(storage, RedisStorage) else None
        return storage_probes(self.settings, self.engine, redis)


@dataclass(frozen=True)
class StoreProbe:
    """One store the bot cannot serve without, for the start-up check and ``/healthz``."""

    name: str
    """``database`` or ``redis``: what ``/healthz`` lists as failing."""
    where: str
    """For messages: the kind, ``host:port`` and setting, e.g. ``PostgreSQL at
    db.internal:5432 (DATABASE_URL)``; never a user or password."""
    ping: Callable[[], Awaitable[None]]
    """``SELECT 1`` or ``PING``; raises when the store does not answer (no timeout)."""


def storage_probes(
    settings: Settings, engine: AsyncEngine, redis: Redis | None = None
) -> list[StoreProbe]:
    """The database (``SELECT 1`` through ``engine``), then Redis (``PING`` through
    ``redis``) when ``REDIS_URL`` is set and a client is given."""
    url = settings.effective_database_url
    kind = "the SQLite database" if is_sqlite(url) else "PostgreSQL at"
    probes = [
        StoreProbe(
            "database",
            f"{kind} {database_address(url)} (DATABASE_URL)",
            lambda: ping_database(engine),
        )
    ]
    if redis is not None and settings.redis_url:
        where = f"Redis at {redis_address(settings.redis_url)} (REDIS_URL)"
        probes.append(StoreProbe("redis", where, lambda: ping_redis(redis)))
    return probes


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
    staff_desk: StaffDesk | None = None,
    danger: DangerDetector | None = None,
    topic_hints: TopicHints | None = None,
) -> Dispatcher:
    """A Dispatcher with every router, the middleware and the shared objects injected.

    One user's updates are handled one at a time (event isolation), so quick repeated
    presses cannot interleave on the same conversation state. ``danger`` is loaded from
    ``settings.danger_dir`` when not given: no dispatcher runs without danger detection;
    ``topic_hints`` likewise from ``settings.topics_dir`` (typed text that names a topic:
    handlers/typed_topic.py).
    """
    danger = danger or DangerDetector.from_dir(settings.danger_dir)
    topic_hints = topic_hints or TopicHints.from_dir(settings.topics_dir)
    dispatcher = Dispatcher(
        storage=storage,
        events_isolation=events_isolation or SimpleEventIsolation(),
        disable_fsm=True,  # the update pipeline takes the lock and the FSM context itself
        settings=settings,
        memory=memory,
        referrals=referrals,
        directory=directory,
        clock=clock,
        staff_desk=staff_desk,
        danger=danger,
        topic_hints=topic_hints,
        i18n=i18n,  # also for the error handler, which may run before the i18n middleware
    )
    install_pipeline(
        dispatcher,
        settings=settings,
        i18n=i18n,
        memory=memory,
        pseudonymizer=pseudonymizer,
        clock=clock,
        danger=danger,
    )
    compile_routers([errors.router, *get_routers()], into=dispatcher)
    return dispatcher


def load_i18n(settings: Settings) -> I18n:
    """Compile stale catalogues, then load them.

    Raises :class:`bot.catalogs.CatalogueError` when ``LOCALES_DIR`` is not a folder or has
    no catalogue of ``DEFAULT_LOCALE`` (:func:`bot.catalogs.check_locales_dir`).
    """
    check_locales_dir(settings.locales_dir, settings.default_locale)
    compile_catalogs(settings.locales_dir)
    return I18n(path=settings.locales_dir, default_locale=settings.default_locale, domain=DOMAIN)


async def create_app(settings: Settings, *, clock: Clock = system_clock) -> App:
    """Open storage (migrating it to the newest revision) and build the dispatcher.

    Raises :class:`bot.core.directory.DirectoryError` for an invalid resource file and
    :class:`bot.core.danger.DangerDataError` for an invalid danger or topic word list,
    :class:`bot.catalogs.CatalogueError` for a ``LOCALES_DIR`` the bot cannot speak from.
    """
    directory = load_directory(settings.resources_file)
    danger = DangerDetector.from_dir(settings.danger_dir)
    topic_hints = TopicHints.from_dir(settings.topics_dir)
    i18n = load_i18n(settings)
    pseudonymizer = Pseudonymizer(ensure_pseudonym_key(settings))
    engine = create_engine(settings.effective_database_url)
    await upgrade(engine)
    state = open_state_backend(
        engine,
        pseudonymizer,
        redis_url=settings.redis_url,
        redis_prefix=settings.redis_prefix,
        ttl=timedelta(days=settings.memory_ttl_days),
    )
    memory = state.memory
    referrals = StateFirstReferrals(engine, memory)  # state before referral rows
    dispatcher = build_dispatcher(
        settings=settings,
        storage=state.storage,
        events_isolation=state.isolation,
        memory=memory,
        referrals=referrals,
        directory=directory,
        pseudonymizer=pseudonymizer,
        i18n=i18n,
        clock=clock,
        staff_desk=StaffDesk.create(engine, settings, directory, referrals),
        danger=danger,
        topic_hints=topic_hints,
    )
    schedule_daily_purge(dispatcher, Retention.for_engine(engine, settings, memory), clock=clock)
    return App(settings, engine, dispatcher, directory, referrals, memory, pseudonymizer)


def create_bot(
    token: str, session: BaseSession | None = None, *, faults: FaultPolicy | None = None
) -> Bot:
    """A :class:`Bot` that sends HTML by default and rides out Bot API faults (bot/faults.py).

    Its session keeps aiogram's ``Response[T]`` classes alive and does not parse the
    keyboard Telegram echoes in a sent message (bot/response_types.py).
    """
    bot = Bot(token, session=session, default=DefaultBotProperties(parse_mode=ParseMode.HTML))
    bot.session.json_loads = without_echoed_keyboard(bot.session.json_loads)
    bot.session.middleware(KeepResponseTypes())
    bot.session.middleware(faults or FaultPolicy())
    return bot


def settle_heap() -> None:
    """Put everything allocated so far out of the cyclic garbage collector's way.

    ``gc.collect()``, then ``gc.freeze()``: the ~300,000 objects of a started bot
    (aiogram's types and their pydantic schemas, SQLAlchemy, the catalogues, the
    directory, the danger lists) are never walked again. Without it every full
    collection walks them all and stops every conversation of the process for 0.1-0.5 s
    on this project's machine, a few times per thousand updates (docs/performance.md,
    "p99"). Call it once per process, when a long-running mode has started (``run``,
    ``webhook``): frozen objects are only freed by reference counting, so calling it per
    app (tests build hundreds) would keep their reference cycles forever.
    """
    gc.collect()
    gc.freeze()
