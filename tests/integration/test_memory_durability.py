"""The embedded default caches state in the process: what a user sees is already stored."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiogram import Bot
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from sqlalchemy import select

from bench.conversations import Persona, UpdateFactory, last_keyboard, walk
from bot.app import create_app
from bot.core.referral import Referral
from bot.modes.offline_driver import OfflineDriver
from bot.offline import OfflineSession
from storage.engine import create_engine
from storage.memory import CachedMemoryRepository
from storage.referrals import ReferralRepository
from storage.tables import user_memory
from tests.conftest import FROZEN_NOW, make_settings

PARENT = Persona(5550002, "en", "en", "parent", None, "debt_or_threat", "feedback")


async def test_the_state_is_stored_before_each_answer_is_sent(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    app = await create_app(settings, clock=lambda: FROZEN_NOW)
    assert isinstance(app.memory, CachedMemoryRepository)
    observer = create_engine(settings.effective_database_url)  # another connection
    stored_when_answered: list[list[str | None]] = []

    class Watching(OfflineSession):
        async def make_request(
            self,
            bot: Bot,
            method: TelegramMethod[TelegramType],
            timeout: int | None = None,  # noqa: ASYNC109 - aiogram's BaseSession signature
        ) -> TelegramType:
            if method.__api_method__ in {"sendMessage", "editMessageText"}:
                async with observer.connect() as connection:
                    states = await connection.execute(select(user_memory.c.state))
                    stored_when_answered.append(list(states.scalars()))
            return await super().make_request(bot, method, timeout)

    driver = OfflineDriver(app, session=Watching())
    factory = UpdateFactory()
    try:
        calls = await driver.feed(factory.text(PARENT, "/start"))
        assert stored_when_answered[-1] == ["Flow:language"]
        for press, state in [
            ("lang:en", "Flow:privacy"),
            ("nav:privacy_ok", "Flow:audience"),
            ("pick:aud:parent", "Flow:topic"),
        ]:
            shown = last_keyboard(calls, PARENT.user_id)
            assert shown is not None
            calls = await driver.feed(factory.press(PARENT, shown[0], press))
            assert stored_when_answered[-1] == [state], press
    finally:
        await driver.close()
        await app.close()
        await observer.dispose()


async def test_a_clean_stop_writes_everything(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    app = await create_app(settings, clock=lambda: FROZEN_NOW)
    await app.memory.save("p" * 32, locale="fi", state="Flow:age")  # no update around it
    await app.close()
    observer = create_engine(settings.effective_database_url)
    try:
        async with observer.connect() as connection:
            rows: list[Any] = list(await connection.execute(select(user_memory)))
    finally:
        await observer.dispose()
    assert [(r.pseudonym, r.locale, r.state) for r in rows] == [("p" * 32, "fi", "Flow:age")]


async def test_the_referral_id_is_stored_before_the_referral_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash between the two writes must not log the referral twice on re-delivery."""
    settings = make_settings(tmp_path)
    app = await create_app(settings, clock=lambda: FROZEN_NOW)
    observer = create_engine(settings.effective_database_url)
    ids_stored_when_logged: list[tuple[str, str]] = []
    add_row, save_row = ReferralRepository.add, ReferralRepository.save
    merge_row = ReferralRepository.merge

    async def stored_ids(item: Referral) -> None:
        async with observer.connect() as connection:
            data = (await connection.execute(select(user_memory.c.data))).scalars().all()
        stored = [json.loads(d).get("referral_id") for d in data if d]
        ids_stored_when_logged.append((item.id, ",".join(i for i in stored if i)))

    async def watching_add(self: ReferralRepository, item: Referral) -> bool:
        await stored_ids(item)
        return await add_row(self, item)

    async def watching_save(self: ReferralRepository, item: Referral) -> None:
        await stored_ids(item)
        await save_row(self, item)

    async def watching_merge(
        self: ReferralRepository,
        item: Referral,
        combine: Callable[[Referral, Referral], Referral],
    ) -> None:
        await stored_ids(item)
        await merge_row(self, item, combine)

    monkeypatch.setattr(ReferralRepository, "add", watching_add)
    monkeypatch.setattr(ReferralRepository, "save", watching_save)
    monkeypatch.setattr(ReferralRepository, "merge", watching_merge)

    async def no_background_write(self: CachedMemoryRepository) -> None:
        self._background = None  # the background write may win the race by chance: not here

    monkeypatch.setattr(CachedMemoryRepository, "_flush_soon", no_background_write)
    driver = OfflineDriver(app)
    try:
        await walk(PARENT, driver.feed, UpdateFactory())
    finally:
        await driver.close()
        await app.close()
        await observer.dispose()
    assert ids_stored_when_logged
    assert all(logged == stored for logged, stored in ids_stored_when_logged)
