"""The ``workers`` benchmark's parts over loopback, and the benchmark end to end (slow)."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiohttp import web

from bench.raw_http import StandInApi, WebhookConnection, webhook_request
from bench.workers import connections_per_worker
from tests.helpers import PYTHON, ROOT, cli_env
from tests.integration.conftest import POSTGRES_URL, REDIS_URL, unavailable

TOKEN = "1000000001:BENCH-vagvisare-workers-token-0123456789"
USER = 7100000001


@pytest_asyncio.fixture
async def stand_in() -> AsyncIterator[StandInApi]:
    api = StandInApi()
    await api.start()
    try:
        yield api
    finally:
        await api.stop()


async def test_aiogram_talks_to_the_stand_in_and_each_call_is_counted(
    stand_in: StandInApi,
) -> None:
    session = AiohttpSession(api=TelegramAPIServer.from_base(stand_in.base_url))
    bot = Bot(TOKEN, session=session)
    try:
        waiting = asyncio.create_task(stand_in.wait_for(USER, 3, 10))
        sent = await bot.send_message(USER, "Hej <b>där</b>", parse_mode="HTML")
        assert sent.chat.id == USER
        assert sent.text == "Hej <b>där</b>"
        edited = await bot.edit_message_text("B", chat_id=USER, message_id=sent.message_id)
        assert not isinstance(edited, bool)
        assert edited.message_id == sent.message_id
        assert await bot.answer_callback_query(f"{USER}-9") is True
        assert await waiting is True
        assert (await bot.me()).is_bot
    finally:
        await bot.session.close()
    assert stand_in.calls[USER] == 3
    assert await stand_in.wait_for(USER, 3, 0.01) is True
    assert await stand_in.wait_for(USER, 4, 0.05) is False  # never reached: times out


async def test_one_keep_alive_connection_posts_requests_in_turn() -> None:
    bodies: list[bytes] = []

    async def webhook(request: web.Request) -> web.Response:
        if request.headers.get("X-Telegram-Bot-Api-Secret-Token") != "right":
            return web.Response(status=401)
        bodies.append(await request.read())
        return web.json_response({})

    app = web.Application()
    app.router.add_post("/telegram/webhook", webhook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = int(runner.addresses[0][1])
    try:
        connection = await WebhookConnection.open("127.0.0.1", port)
        first = webhook_request("127.0.0.1", port, "/telegram/webhook", "right", {"update_id": 1})
        wrong = webhook_request("127.0.0.1", port, "/telegram/webhook", "wrong", {"update_id": 2})
        assert await connection.post(first) == 200
        assert await connection.post(wrong) == 401
        assert await connection.post(first) == 200
        assert bodies == [b'{"update_id":1}', b'{"update_id":1}']
        assert connections_per_worker([os.getpid()], port) == [1]  # the server's end
        connection.close()
        await asyncio.sleep(0.05)
        with pytest.raises(ConnectionError):
            await connection.post(first)
    finally:
        await runner.cleanup()


@pytest.mark.slow
def test_the_workers_benchmark_prints_throughput_cpu_and_scaling(tmp_path: Path) -> None:
    completed = subprocess.run(
        [PYTHON, "-m", "bench", "workers", "--users", "6", "--concurrency", "3"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(tmp_path),
        timeout=600,
        check=False,
    )
    if "Connect call failed" in completed.stderr or "ConnectionRefusedError" in completed.stderr:
        unavailable(f"PostgreSQL ({POSTGRES_URL}) or Redis ({REDIS_URL}) is not running")
    assert completed.returncode == 0, completed.stderr[-2000:]
    out = completed.stdout
    rows = {line.split("  ")[0]: line.split() for line in out.splitlines()}
    assert rows["1 worker"][-1] == "0"  # no update timed out
    assert rows["2 workers"][-1] == "0"
    assert rows["1 worker"][2] == rows["2 workers"][2]  # the same updates in both runs
    assert "CPU during the 1 worker run" in out
    assert "CPU during the 2 workers run" in out
    assert re.search(r"^webhook worker 2 +1 ", out, re.MULTILINE)
    assert re.search(r"webhook connections held \(3 opened\): worker 1: \d, worker 2: \d", out)
    assert re.fullmatch(r"scaling_2_vs_1=\d+\.\d\d", out.strip().splitlines()[-1])
