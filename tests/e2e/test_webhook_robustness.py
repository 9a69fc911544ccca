"""The webhook: a duplicate ``update_id`` is handled once, SIGTERM lets the updates in
flight finish, and bodies over the size limit are refused (issue 6, point 4). Polling
gets the same duplicate check and the same drain on SIGTERM.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import signal
import socket
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio

from bot.app import App
from bot.modes.webhook import MAX_BODY_BYTES, RECEIVER, SECRET_HEADER, start_webhook_server
from handlers.screens import PICKER_EMERGENCY_LINE
from tests import updates
from tests.e2e.running_bot import MODES, SECRET, TOKEN, robust_app, running, until
from tests.fakes.fixtures import make_bot
from tests.fakes.telegram_api import FakeTelegramServer
from tests.helpers import PYTHON, ROOT, cli_env

ALVA = updates.person(7345129876, "Alva", "alva_k", "en")
GOOD = {SECRET_HEADER: SECRET}


@pytest_asyncio.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    application = await robust_app(tmp_path)
    try:
        yield application
    finally:
        await application.close()


async def processed(app: App) -> list[int]:
    async with app.engine.connect() as connection:
        result = await connection.exec_driver_sql("SELECT update_id FROM processed_update")
        return [row[0] for row in result]


async def test_a_duplicate_update_id_is_handled_once(app: App, server: FakeTelegramServer) -> None:
    start = updates.text(ALVA, "/start")
    again = updates.text(ALVA, "/start")
    async with running("webhook", app, server) as bot:
        assert await bot.send(start) == 200
        await server.wait_for("sendMessage")
        assert await bot.send(start) == 200  # Telegram re-sends: no answer arrived in time
        twice = await asyncio.gather(bot.send(again), bot.send(again))  # and at the same time
        assert list(twice) == [200, 200]
    # leaving `running` drained everything in flight
    assert len(server.calls_to("sendMessage")) == 2  # one picker per update_id
    assert sorted(await processed(app)) == sorted([start["update_id"], again["update_id"]])


async def test_polling_also_skips_an_update_handed_over_again(
    app: App, server: FakeTelegramServer
) -> None:
    start = updates.text(ALVA, "/start")
    async with running("polling", app, server) as bot:
        await bot.send(start)
        await server.wait_for("sendMessage")
        await bot.taken()
        await bot.send(start)  # as after a crash before getUpdates confirmed it
        await bot.taken()
    assert len(server.calls_to("sendMessage")) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_an_update_id_beyond_64_bits_is_dropped(
    mode: str, app: App, server: FakeTelegramServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Telegram's ids fit the BIGINT of the de-duplication table; one that does not is not
    Telegram's. It is taken (webhook: 200, so it is not posted again; polling: confirmed),
    logged without the id, and not handled: no "something went wrong" reply."""
    caplog.set_level(logging.INFO, logger="vagvisare")
    good = updates.text(ALVA, "/start")
    huge = {**updates.text(ALVA, "/start"), "update_id": 99999999999999999999999}
    async with running(mode, app, server) as bot:
        assert await bot.send(good) == 200
        await server.wait_for("sendMessage")
        assert await bot.send(huge) == 200
        await bot.taken()
        if mode == "webhook":
            assert await bot.send(huge) == 200  # again: still no 500, still dropped
    # leaving `running` drained everything in flight
    assert [c.params["text"] for c in server.calls_to("sendMessage")] == [
        "Choose your language:" + PICKER_EMERGENCY_LINE
    ]
    assert await processed(app) == [good["update_id"]]
    assert "update_id out of range" in caplog.text
    assert "update failed" not in caplog.text
    assert "99999999999999999999999" not in caplog.text


async def test_body_over_the_limit_is_refused_with_413(
    app: App, server: FakeTelegramServer
) -> None:
    bot = make_bot(server)
    runner, port = await start_webhook_server(app, bot, SECRET)
    url = f"http://127.0.0.1:{port}{app.settings.webhook_path}"
    huge = updates.text(ALVA, "a" * 100)
    body = json.dumps(huge).replace("a" * 100, "a" * MAX_BODY_BYTES).encode()
    fits = json.dumps(updates.text(ALVA, "b" * (MAX_BODY_BYTES - 2000))).encode()
    server.add_chat(ALVA["id"])
    try:
        async with aiohttp.ClientSession() as client:
            headers = {**GOOD, "Content-Type": "application/json"}
            async with client.post(url, data=io.BytesIO(body), headers=headers) as response:
                assert response.status == 413
            async with client.post(url, data=io.BytesIO(fits), headers=headers) as response:
                assert response.status == 200  # a large but allowed body is read
            async with client.post(url, data=b"{not json", headers=headers) as response:
                assert response.status == 400
            async with client.post(url, json={"update_id": "x", "message": 5}, headers=GOOD) as r:
                assert r.status == 200  # not an Update: dropped, Telegram need not send it again
            async with client.post(url, json=[1, 2], headers=GOOD) as response:
                assert response.status == 200
            async with client.post(url, data=io.BytesIO(body)) as response:
                assert response.status == 401  # no secret: refused before the body is read
    finally:
        await runner.cleanup()
        await bot.session.close()
    # the one real update got its answer; nothing else reached the dispatcher
    assert [c.params["chat_id"] for c in server.calls_to("sendMessage")] == [ALVA["id"]]


async def test_json_nested_too_deeply_gets_the_answer_of_bad_json(
    app: App, server: FakeTelegramServer
) -> None:
    """Deeper than Python's json can read (RecursionError): 400, as for any body that is
    not JSON, not a 500; JSON deep but readable is not an Update: 200 and dropped."""
    bot = make_bot(server)
    runner, port = await start_webhook_server(app, bot, SECRET)
    url = f"http://127.0.0.1:{port}{app.settings.webhook_path}"
    headers = {**GOOD, "Content-Type": "application/json"}
    deep = b"[" * 200_000 + b"]" * 200_000
    assert len(deep) < MAX_BODY_BYTES  # read, not refused for its size
    readable = b'{"update_id": 1, "message": ' + b"[" * 200 + b"]" * 200 + b"}"
    answers = []
    try:
        async with aiohttp.ClientSession() as client:
            for body in [b"{not json", deep, deep, readable]:
                async with client.post(url, data=body, headers=headers) as response:
                    answers.append((response.status, await response.text()))
    finally:
        await runner.cleanup()
        await bot.session.close()
    assert answers == [(400, "not JSON"), (400, "not JSON"), (400, "not JSON"), (200, "{}")]
    assert server.calls_to("sendMessage") == []


async def test_while_draining_new_updates_get_503(app: App, server: FakeTelegramServer) -> None:
    bot = make_bot(server)
    runner, port = await start_webhook_server(app, bot, SECRET)
    url = f"http://127.0.0.1:{port}{app.settings.webhook_path}"
    try:
        runner.app[RECEIVER].in_flight.accepting = False  # what close() does first
        async with (
            aiohttp.ClientSession() as client,
            client.post(url, json=updates.text(ALVA, "/start"), headers=GOOD) as response,
        ):
            assert response.status == 503  # Telegram delivers it again later
    finally:
        await runner.cleanup()
        await bot.session.close()
    assert server.calls_to("sendMessage") == []


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.slow
async def test_sigterm_lets_updates_in_flight_finish(
    tmp_path: Path, server: FakeTelegramServer
) -> None:
    port = free_port()
    env = cli_env(
        tmp_path,
        BOT_TOKEN=TOKEN,
        WEBHOOK_SECRET=SECRET,
        WEBHOOK_PORT=str(port),
        LOG_LEVEL="INFO",
    )
    process = await asyncio.create_subprocess_exec(
        PYTHON,
        "-m",
        "bot",
        "webhook",
        "--api-base",
        server.base_url,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    users = [updates.person(7345120000 + n, f"P{n}", None, "en") for n in range(5)]
    try:
        async with aiohttp.ClientSession() as client:
            await until(lambda: _listening(port), timeout=60)
            server.delay_next("sendMessage", 3.0, times=len(users))  # Telegram is slow today
            for user in users:
                stored = server.queue_update(updates.text(user, "/start"))
                async with client.post(url, json=stored, headers=GOOD) as response:
                    assert response.status == 200  # taken: from now on it must not be lost
            process.send_signal(signal.SIGTERM)
            _stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    log = stderr.decode()
    assert process.returncode == 0, log
    answered = {call.params["chat_id"] for call in server.calls_to("sendMessage")}
    assert answered == {user["id"] for user in users}  # every update taken was answered
    assert "draining updates in flight" in log
    assert "Traceback" not in log
    with sqlite3.connect(tmp_path / "vagvisare.sqlite3") as database:
        marked = database.execute("SELECT count(*) FROM processed_update").fetchone()[0]
    assert marked == len(users)


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.slow
async def test_sigterm_in_polling_mode_lets_updates_in_flight_finish(
    tmp_path: Path, server: FakeTelegramServer
) -> None:
    env = cli_env(tmp_path, BOT_TOKEN=TOKEN, LOG_LEVEL="INFO")
    process = await asyncio.create_subprocess_exec(
        PYTHON,
        "-m",
        "bot",
        "run",
        "--api-base",
        server.base_url,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    users = [updates.person(7345130000 + n, f"P{n}", None, "en") for n in range(5)]
    try:
        await until(lambda: bool(server.calls_to("getUpdates")), timeout=60)
        server.delay_next("sendMessage", 3.0, times=len(users))  # Telegram is slow today
        for user in users:
            server.queue_update(updates.text(user, "/start"))
        await until(lambda: not server.pending_updates)  # taken (fetched and confirmed)
        process.send_signal(signal.SIGTERM)
        _stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    log = stderr.decode()
    assert process.returncode == 0, log
    answered = {call.params["chat_id"] for call in server.calls_to("sendMessage")}
    assert answered == {user["id"] for user in users}
    assert "draining updates in flight" in log
    assert "Traceback" not in log
    with sqlite3.connect(tmp_path / "vagvisare.sqlite3") as database:
        marked = database.execute("SELECT count(*) FROM processed_update").fetchone()[0]
    assert marked == len(users)
