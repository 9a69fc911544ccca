"""``GET /healthz`` of the webhook asks the real stores (PostgreSQL ``SELECT 1``, Redis
``PING``) through the app's own engine and Redis client.

A store goes away at runtime through a TCP proxy (tests/integration/tcp_proxy.py) between
the bot and the real server, which the test cuts and opens again. Real HTTP to the bot;
the Bot API is the fake server (tests/fakes).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
from sqlalchemy import event
from sqlalchemy.engine import make_url

from bot.app import App, create_app
from bot.modes import webhook
from bot.modes.polling import check_storage_at_start
from bot.modes.webhook import STORAGE_HEALTH, start_webhook_server
from tests.conftest import FROZEN_NOW, make_settings
from tests.e2e.running_bot import until
from tests.fakes.fixtures import make_bot
from tests.fakes.telegram_api import FakeTelegramServer
from tests.integration.conftest import database_for
from tests.integration.tcp_proxy import TcpProxy

TOKEN = "123456789:AAHk2-vagvisare-test-token-0123456789ab"
SECRET = "healthz-secret_0123"
CACHE_S = 0.5  # the cache period in these tests (the default is webhook.HEALTH_CACHE_S)


@dataclass
class Served:
    app: App
    health: webhook.StorageHealth
    port: int
    proxies: dict[str, TcpProxy]  # "database" / "redis" -> the proxy in front of it
    client: aiohttp.ClientSession

    async def healthz(self) -> tuple[int, Any]:
        async with self.client.get(f"http://127.0.0.1:{self.port}/healthz") as response:
            return response.status, await response.json()


async def proxied_stores(
    request: pytest.FixtureRequest, tmp_path: Path, redis_server: str
) -> tuple[dict[str, TcpProxy], str, str]:
    """A proxy in front of a fresh PostgreSQL database and one in front of Redis (not
    started yet), and the URLs that lead through them."""
    database_url = make_url(await database_for(request, "postgresql", tmp_path))
    redis_url = make_url(redis_server)
    proxies = {
        "database": TcpProxy(database_url.host or "127.0.0.1", database_url.port or 5432),
        "redis": TcpProxy(redis_url.host or "127.0.0.1", redis_url.port or 6379),
    }
    for proxy in proxies.values():
        await proxy.start()  # to learn the port
    through_database = database_url.set(port=proxies["database"].port)
    through_redis = f"redis://127.0.0.1:{proxies['redis'].port}/{redis_url.database or 0}"
    return proxies, through_database.render_as_string(hide_password=False), through_redis


@pytest_asyncio.fixture
async def served(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    redis_server: str,
    redis_prefix: str,
    monkeypatch: pytest.MonkeyPatch,
) -> AsyncIterator[Served]:
    """The webhook on PostgreSQL + Redis, each behind a proxy; the health cache 0.5 s."""
    monkeypatch.setattr(webhook, "HEALTH_CACHE_S", CACHE_S)
    proxies, database_url, redis_url = await proxied_stores(request, tmp_path, redis_server)
    settings = make_settings(
        tmp_path,
        database_url=database_url,
        redis_url=redis_url,
        redis_prefix=redis_prefix,
        webhook_port=0,
    )
    telegram = FakeTelegramServer(token=TOKEN)
    await telegram.start()
    app = await create_app(settings, clock=lambda: FROZEN_NOW)
    bot = make_bot(telegram)
    runner, port = await start_webhook_server(app, bot, SECRET)
    client = aiohttp.ClientSession()
    try:
        yield Served(app, runner.app[STORAGE_HEALTH], port, proxies, client)
    finally:
        await client.close()
        await runner.cleanup()
        await bot.session.close()
        await app.close()
        for proxy in proxies.values():
            await proxy.close()
        await telegram.stop()


@pytest.mark.parametrize("store", ["redis", "database"])
async def test_healthz_says_which_store_went_away_and_when_it_is_back(
    served: Served, store: str
) -> None:
    assert served.health.cache_s == CACHE_S
    assert await served.healthz() == (200, {"status": "ok"})

    await served.proxies[store].close()  # the store is gone, as after a crash or a cut
    await asyncio.sleep(CACHE_S + 0.1)  # the last answer is no longer reused
    assert await served.healthz() == (503, {"status": "degraded", "failing": [store]})
    assert await served.healthz() == (503, {"status": "degraded", "failing": [store]})

    await served.proxies[store].reopen()
    await asyncio.sleep(CACHE_S + 0.1)
    assert await served.healthz() == (200, {"status": "ok"})


async def test_rapid_healthz_calls_probe_each_store_once_per_period(served: Served) -> None:
    selects: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.strip() == "SELECT 1":
            selects.append(statement)

    engine = served.app.engine.sync_engine
    event.listen(engine, "before_cursor_execute", count)
    redis_proxy = served.proxies["redis"]
    try:
        served.health.cache_s = 60.0  # one period for the whole burst, however slow the machine
        pings_before = redis_proxy.pings
        burst = list(await asyncio.gather(*(served.healthz() for _ in range(20))))
        burst += [await served.healthz() for _ in range(10)]
        assert burst == [(200, {"status": "ok"})] * 30
        assert (redis_proxy.pings - pings_before, len(selects)) == (1, 1)

        served.health.cache_s = 0.0  # the period is over: the next call probes again
        assert await served.healthz() == (200, {"status": "ok"})
        assert (redis_proxy.pings - pings_before, len(selects)) == (2, 2)
    finally:
        event.remove(engine, "before_cursor_execute", count)


async def test_start_waits_for_stores_that_come_back(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    redis_server: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """PostgreSQL and Redis are down when the bot starts and come back while it retries:
    it goes on (no error), after one 1 s pause for each."""
    caplog.set_level(logging.WARNING, logger="vagvisare")
    proxies, database_url, redis_url = await proxied_stores(request, tmp_path, redis_server)
    for proxy in proxies.values():
        await proxy.close()
    settings = make_settings(tmp_path, database_url=database_url, redis_url=redis_url)

    def waits() -> list[tuple[str, float]]:
        return [
            (record.store, record.wait_s)  # type: ignore[attr-defined]
            for record in caplog.records
            if record.getMessage() == "storage not reachable at start"
        ]

    def found_down(store: str) -> bool:
        return store in dict(waits())

    async def bring_back() -> None:
        for store in ("database", "redis"):  # each as soon as the bot has found it down
            await until(partial(found_down, store), timeout=30)
            await proxies[store].reopen()

    helper = asyncio.create_task(bring_back())
    try:
        await asyncio.wait_for(check_storage_at_start(settings, within_s=60), timeout=60)
    finally:
        helper.cancel()
        for proxy in proxies.values():
            await proxy.close()
    assert waits() == [("database", 1.0), ("redis", 1.0)]
