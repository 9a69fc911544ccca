"""The webhook server's access log over real HTTP: method, route, status and duration only.

aiohttp's default access log writes the client's address, the whole request line (query
string included) and the User-Agent: ``GET /healthz?tg_id=987654321`` put the id into the
log, and a probe of ``/bot<token>/getMe`` the token. The bot logs each request as one JSON
record of its own (``vagvisare.webhook.access``) instead.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest_asyncio

from bot.app import App, create_app
from bot.modes.webhook import SECRET_HEADER, start_webhook_server
from tests.conftest import FROZEN_NOW, make_settings
from tests.fakes.fixtures import make_bot
from tests.fakes.telegram_api import FakeTelegramServer
from tests.helpers import message_update, user

TOKEN = "123456789:AAHk2-vagvisare-test-token-0123456789ab"
PROBED_TOKEN = "5550001112:AAFq-someone-elses-token_0123456789xyz"
SECRET = "access-log-secret_0123"
HOOK_PATH = f"/bot{TOKEN}/hook"  # a common choice: the token in the webhook path
TG_ID = "987654321"
USER_AGENT = "probe-agent/5521"


@pytest_asyncio.fixture
async def hook_app(tmp_path: Path) -> AsyncIterator[App]:
    settings = make_settings(
        tmp_path, webhook_secret=SECRET, webhook_port=0, webhook_path=HOOK_PATH
    )
    application = await create_app(settings, clock=lambda: FROZEN_NOW)
    try:
        yield application
    finally:
        await application.close()


async def test_access_log_holds_no_query_token_address_or_agent(
    hook_app: App, log_file: Path
) -> None:
    server = FakeTelegramServer(token=TOKEN)
    await server.start()
    bot = make_bot(server)
    runner, port = await start_webhook_server(hook_app, bot, SECRET)
    base = f"http://127.0.0.1:{port}"
    update = message_update(user(), "/start")
    try:
        async with aiohttp.ClientSession(headers={"User-Agent": USER_AGENT}) as client:
            async with client.get(f"{base}/healthz?tg_id={TG_ID}") as response:
                assert response.status == 200
            async with client.get(f"{base}/bot{PROBED_TOKEN}/getMe?chat_id={TG_ID}") as response:
                assert response.status == 404
            async with client.get(f"{base}/{TG_ID}") as response:
                assert response.status == 404
            async with client.post(
                f"{base}{HOOK_PATH}?x={TG_ID}", json=update, headers={SECRET_HEADER: "wrong"}
            ) as response:
                assert response.status == 401
        # a request aiohttp cannot parse (400): an error record, never the request line
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"GET /healthz?tg_id={TG_ID} HTTP/1.1\r\nBad header {TG_ID}\r\n\r\n".encode())
        await writer.drain()
        assert (await reader.read()).split(b"\r\n")[0].endswith(b" 400 Bad Request")
        writer.close()
        await writer.wait_closed()
    finally:
        await runner.cleanup()
        await bot.session.close()
        await server.stop()

    output = log_file.read_text(encoding="utf-8")  # noqa: ASYNC240 - the server has stopped
    records = [json.loads(line) for line in output.splitlines()]
    access = [
        {key: record.get(key) for key in ("method", "path", "status")}
        for record in records
        if record["logger"] == "vagvisare.webhook.access"
    ]
    assert access == [
        {"method": "GET", "path": "/healthz", "status": 200},
        {"method": "GET", "path": "<no route>", "status": 404},
        {"method": "GET", "path": "<no route>", "status": 404},
        {"method": "POST", "path": "<webhook path>", "status": 401},
        {"method": "OTHER", "path": "<no route>", "status": 400},  # not parsed
    ]
    durations = [r["duration_s"] for r in records if r["logger"] == "vagvisare.webhook.access"]
    assert all(isinstance(d, int | float) and d >= 0 for d in durations)
    assert not [r for r in records if r["logger"] == "aiohttp.access"]
    assert "Unhandled exception" not in {r["msg"] for r in records}  # logging did not fail
    for leak in (TG_ID, "tg_id", "chat_id", TOKEN, PROBED_TOKEN, "AAHk2", "AAFq", "127.0.0.1"):
        assert leak not in output, f"{leak!r} leaked into the log"
    assert "probe-agent" not in output  # the User-Agent
