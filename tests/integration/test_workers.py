"""``python -m bot webhook --workers 2`` on PostgreSQL + Redis, over real HTTP.

The Bot API is the fake server (tests/fakes); updates are posted to the webhook on
fresh connections, so the kernel spreads them over both workers (SO_REUSEPORT).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
from redis.asyncio import Redis
from sqlalchemy import func, select

from bench.conversations import Persona, choose
from storage.engine import create_engine
from storage.tables import referral
from tests.fakes.telegram_api import FakeTelegramServer
from tests.helpers import PYTHON, ROOT, cli_env
from tests.integration.conftest import database_for

pytestmark = pytest.mark.slow

TOKEN = "123456789:AAHk2-vagvisare-test-token-0123456789ab"
SECRET = "workers-secret_0123"
PEOPLE = [
    Persona(7300000001, "en", "en", "parent", None, "debt_or_threat", "feedback"),
    Persona(7300000002, "sv", "sv", "young_person", "16_17", "wants_out", "feedback"),
    Persona(7300000003, "en", "en", "friend", None, "violence_victim", "feedback"),
    Persona(7300000004, "sv", "sv", "professional", None, "witness_or_tip", "feedback"),
]


class Workers:
    """The supervisor process, the port the workers share and their stderr lines."""

    def __init__(self, process: asyncio.subprocess.Process, database_url: str) -> None:
        self.process = process
        self.database_url = database_url
        self.port = 0
        self.lines: list[dict[str, Any]] = []

    async def wait_for_log(self, message: str, count: int = 1, timeout: float = 90) -> None:  # noqa: ASYNC109
        async def reading() -> None:
            assert self.process.stderr is not None
            while sum(line.get("msg") == message for line in self.lines) < count:
                raw = await self.process.stderr.readline()
                assert raw, f"workers exited; log: {self.lines[-5:]}"
                try:
                    self.lines.append(json.loads(raw))
                except ValueError:
                    self.lines.append({"msg": raw.decode(errors="replace")})

        await asyncio.wait_for(reading(), timeout)

    def children(self) -> list[int]:
        pid = self.process.pid
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


@pytest_asyncio.fixture
async def server() -> AsyncIterator[FakeTelegramServer]:
    fake = FakeTelegramServer(token=TOKEN)
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


@pytest_asyncio.fixture
async def workers(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    server: FakeTelegramServer,
    redis_server: str,
    redis_prefix: str,
) -> AsyncIterator[Workers]:
    database_url = await database_for(request, "postgresql", tmp_path)
    env = cli_env(
        tmp_path,
        BOT_TOKEN=TOKEN,
        WEBHOOK_SECRET=SECRET,
        WEBHOOK_PORT="0",
        DATABASE_URL=database_url,
        REDIS_URL=redis_server,
        REDIS_PREFIX=redis_prefix,
        LOG_LEVEL="INFO",
    )
    process = await asyncio.create_subprocess_exec(
        PYTHON,
        "-m",
        "bot",
        "webhook",
        "--workers",
        "2",
        "--api-base",
        server.base_url,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    running = Workers(process, database_url)
    try:
        await running.wait_for_log("workers starting")
        running.port = int(next(line["port"] for line in running.lines if "port" in line))
        await running.wait_for_log("webhook server listening", count=2)
        yield running
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), 60)


async def post(port: int, update: dict[str, Any]) -> None:
    """One update on a new connection (as Telegram's many connections would spread)."""
    connector = aiohttp.TCPConnector(force_close=True)
    async with aiohttp.ClientSession(connector=connector) as client:
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        url = f"http://127.0.0.1:{port}/telegram/webhook"
        async with client.post(url, json=update, headers=headers) as response:
            assert response.status == 200


def keyboards_for(server: FakeTelegramServer, chat_id: int) -> list[tuple[int, list[str]]]:
    """(message id, callback data) of the bot's messages with buttons in ``chat_id``."""
    found = []
    for call in server.calls:
        markup = call.params.get("reply_markup")
        if not call.ok or not isinstance(call.result, dict) or not isinstance(markup, dict):
            continue
        if call.result.get("chat", {}).get("id") != chat_id:
            continue
        data = [
            b["callback_data"]
            for row in markup["inline_keyboard"]
            for b in row
            if "callback_data" in b
        ]
        if data:
            found.append((call.result["message_id"], data))
    return found


async def next_keyboard(
    server: FakeTelegramServer, chat_id: int, seen: int
) -> tuple[int, list[str]]:
    for _ in range(300):
        shown = keyboards_for(server, chat_id)
        if len(shown) > seen:
            await asyncio.sleep(0.2)  # the update may still send its last message
            return keyboards_for(server, chat_id)[-1]
        await asyncio.sleep(0.05)
    raise TimeoutError(f"no answer in chat {chat_id}: {[c.method for c in server.calls][-10:]}")


async def converse(server: FakeTelegramServer, port: int, persona: Persona) -> None:
    """The persona's whole conversation, each press on the bot's latest keyboard."""
    server.add_chat(persona.user_id)
    sender = {
        "id": persona.user_id,
        "is_bot": False,
        "first_name": "Testare",
        "language_code": persona.language_code,
    }
    start = {
        "message": {
            "message_id": 1,
            "date": 1764081432,
            "chat": {"id": persona.user_id, "type": "private", "first_name": "Testare"},
            "from": sender,
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        }
    }
    seen = 0
    await post(port, server.queue_update(start))
    for step in range(1, 15):
        message_id, buttons = await next_keyboard(server, persona.user_id, seen)
        seen = len(keyboards_for(server, persona.user_id))
        choice = choose(persona, buttons, step)
        assert choice is not None, buttons
        update = server.queue_callback(
            persona.user_id, choice, message_id=message_id, language_code=persona.language_code
        )
        await post(port, update)
        if choice == "fb:yes":
            await next_keyboard(server, persona.user_id, seen)  # "thank you"
            return
    raise AssertionError(f"{persona} did not finish")


async def test_two_workers_share_state_and_restart_a_dead_one(
    workers: Workers, server: FakeTelegramServer, redis_server: str, redis_prefix: str
) -> None:
    first_children = workers.children()
    assert len(first_children) == 2

    await asyncio.gather(*(converse(server, workers.port, p) for p in PEOPLE))

    assert await count_referrals(workers.database_url) == len(PEOPLE)  # each once, in PostgreSQL
    keys = await _redis_keys(redis_server, redis_prefix)
    assert keys, "conversation state lives in Redis"
    assert not any(str(p.user_id) in key for p in PEOPLE for key in keys)

    # A worker that dies is started again; the service goes on.
    dead = first_children[0]
    os.kill(dead, signal.SIGKILL)
    await workers.wait_for_log("webhook server listening", count=3)
    assert len(workers.children()) == 2
    assert dead not in workers.children()
    late = Persona(7300000005, "en", "en", "parent", None, "online_contact", "feedback")
    await converse(server, workers.port, late)
    assert await count_referrals(workers.database_url) == len(PEOPLE) + 1

    workers.process.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(workers.process.wait(), 60) == 0


async def _redis_keys(url: str, prefix: str) -> list[str]:
    client = Redis.from_url(url)
    try:
        return [key.decode() async for key in client.scan_iter(match=f"{prefix}:*")]
    finally:
        await client.aclose()


async def count_referrals(database_url: str) -> int:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            return int(
                (await connection.execute(select(func.count()).select_from(referral))).scalar_one()
            )
    finally:
        await engine.dispose()
