"""``run`` (long polling) and ``webhook`` against the fake Bot API over real HTTP."""

from __future__ import annotations

import asyncio
import signal
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio

from bot.app import App, create_app
from bot.modes.webhook import TELEGRAM_SET_UP, start_webhook_server
from handlers.screens import PICKER_EMERGENCY_LINE
from tests.conftest import FROZEN_NOW, make_settings
from tests.fakes.fixtures import make_bot
from tests.fakes.telegram_api import FakeTelegramServer
from tests.helpers import PYTHON, ROOT, cli_env, message_update, run_main, user

TOKEN = "123456789:AAHk2-vagvisare-test-token-0123456789ab"
SECRET = "webhook-secret_0123"


@pytest_asyncio.fixture
async def server() -> AsyncIterator[FakeTelegramServer]:
    fake = FakeTelegramServer(token=TOKEN)
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


@pytest.mark.slow
async def test_run_polls_handles_and_stops_cleanly(
    tmp_path: Path, server: FakeTelegramServer
) -> None:
    alva = user(language_code="sv-SE")
    server.queue_update(message_update(alva, "/start"))
    process = await asyncio.create_subprocess_exec(
        PYTHON,
        "-m",
        "bot",
        "run",
        "--api-base",
        server.base_url,
        cwd=ROOT,
        env=cli_env(tmp_path, BOT_TOKEN=TOKEN),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        sent = await server.wait_for("sendMessage", timeout=60)
    finally:
        process.send_signal(signal.SIGTERM)
        _stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, stderr.decode()
    assert sent[0].params["chat_id"] == alva["id"]
    assert sent[0].params["text"] == "Välj språk:" + PICKER_EMERGENCY_LINE
    methods = [call.method for call in server.calls]
    assert (
        methods.index("deleteWebhook") < methods.index("getUpdates") < methods.index("sendMessage")
    )
    assert b"Traceback" not in stderr


def assert_token_refused(completed: subprocess.CompletedProcess[str]) -> None:
    assert completed.returncode == 2
    lines = completed.stderr.strip().splitlines()
    assert len(lines) == 1, completed.stderr
    assert lines[0].startswith("error: BOT_TOKEN is missing or malformed")


@pytest.mark.parametrize("token", ["", "not-a-token", "123:short"])
def test_run_without_a_valid_token_exits_2_with_one_line(tmp_path: Path, token: str) -> None:
    assert_token_refused(run_main(tmp_path, "run", BOT_TOKEN=token))  # in this process


def test_run_without_a_token_stops_the_process_with_exit_2(tmp_path: Path) -> None:
    completed = subprocess.run(
        [PYTHON, "-m", "bot", "run"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(tmp_path),
        timeout=60,
        check=False,
    )
    assert_token_refused(completed)


@pytest_asyncio.fixture
async def webhook_app(tmp_path: Path) -> AsyncIterator[App]:
    settings = make_settings(
        tmp_path, webhook_base_url="https://bot.example.org", webhook_secret=SECRET, webhook_port=0
    )
    application = await create_app(settings, clock=lambda: FROZEN_NOW)
    try:
        yield application
    finally:
        await application.close()


@pytest.mark.slow
async def test_webhook_over_real_http(webhook_app: App, server: FakeTelegramServer) -> None:
    bot = make_bot(server)
    runner, port = await start_webhook_server(webhook_app, bot, SECRET)
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    alva = user(language_code="en-US")
    update = message_update(alva, "/start")
    server.add_chat(alva["id"])
    try:
        await runner.app[TELEGRAM_SET_UP].wait()  # set in the background once listening
        assert server.webhook is not None
        assert server.webhook["url"] == "https://bot.example.org/telegram/webhook"
        assert server.webhook["secret_token"] == SECRET
        async with aiohttp.ClientSession() as client:
            async with client.get(f"http://127.0.0.1:{port}/healthz") as response:
                assert response.status == 200
                assert await response.json() == {"status": "ok"}
            async with client.post(url, json=update) as response:
                assert response.status == 401
            bad = {"X-Telegram-Bot-Api-Secret-Token": "wrong"}
            async with client.post(url, json=update, headers=bad) as response:
                assert response.status == 401
            assert server.calls_to("sendMessage") == []
            good = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            async with client.post(url, json=update, headers=good) as response:
                assert response.status == 200
        sent = await server.wait_for("sendMessage", timeout=10)
        assert sent[0].params["chat_id"] == alva["id"]
        assert sent[0].params["text"] == "Choose your language:" + PICKER_EMERGENCY_LINE
    finally:
        await runner.cleanup()
        await bot.session.close()
