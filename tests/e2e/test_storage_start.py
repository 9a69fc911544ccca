"""A bot whose storage does not answer refuses to start, and ``/healthz`` tells a load
balancer when a worker cannot serve (docs/deployment.md, "Health check and start-up").

In process (``bot.cli.main``, what ``python -m bot`` calls): one line on stderr, exit code
1, never a password. The stores that go away at runtime (real PostgreSQL and Redis behind
a proxy): tests/integration/test_healthz.py.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from bot.app import App
from bot.cli import main
from bot.modes.webhook import RECEIVER, start_webhook_server
from tests.e2e.running_bot import robust_app
from tests.fakes.fixtures import make_bot
from tests.fakes.telegram_api import FakeTelegramServer
from tests.helpers import refusal_deadline, use_cli_env

TOKEN = "123456:AAAA-vagvisare-never-print-this-0123456789"  # a made-up token
PASSWORD = "pw-never-shown"  # a made-up password
NOWHERE = "http://127.0.0.1:1"  # nothing listens on port 1


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The environment ``python -m bot`` would get from ``cli_env``, in this process."""
    use_cli_env(monkeypatch, tmp_path / "data", BOT_TOKEN=TOKEN, WEBHOOK_PORT="0")
    return monkeypatch


@pytest.fixture(autouse=True)
def deadline() -> Iterator[None]:
    """A mode that wrongly starts would serve until SIGTERM: fail the test after 60 s."""
    with refusal_deadline():
        yield


def run(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, list[dict[str, object]]]:
    """Exit code, the last line of stderr, the JSON log lines before it."""
    code = main(args)
    out, err = capsys.readouterr()
    assert out == ""
    *logged, last = err.splitlines()
    assert "Traceback" not in err
    assert PASSWORD not in err
    assert TOKEN.split(":")[1] not in err
    return code, last, [json.loads(line) for line in logged]


def start_waits(logged: list[dict[str, object]]) -> list[tuple[object, object]]:
    return [
        (r["store"], r["wait_s"]) for r in logged if r["msg"] == "storage not reachable at start"
    ]


@pytest.mark.parametrize(
    "mode", [["run"], ["webhook"], ["webhook", "--workers", "2"]], ids=["run", "webhook", "workers"]
)
def test_an_unreachable_redis_is_retried_then_one_line_and_exit_1(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], mode: list[str]
) -> None:
    env.setenv("REDIS_URL", f"redis://vagvisare:{PASSWORD}@127.0.0.1:1/0")
    code, last, logged = run([*mode, "--api-base", NOWHERE, "--start-timeout", "1.5"], capsys)
    assert code == 1
    assert (
        last == "error: Redis at 127.0.0.1:1 (REDIS_URL) cannot be reached: ConnectionRefusedError"
    )
    assert start_waits(logged) == [("redis", 1.0)]  # tried, waited 1 s, tried; 2 s more: > 1.5
    assert not any(r["msg"] == "webhook server listening" for r in logged)
    assert not any(r["msg"] == "workers starting" for r in logged)


@pytest.mark.parametrize("mode", ["run", "webhook"])
def test_an_unreachable_postgresql_names_host_and_port_only(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], mode: str
) -> None:
    env.setenv(
        "DATABASE_URL", f"postgresql://vagvisare:{PASSWORD}@127.0.0.1:1/secretdb?ssl=disable"
    )
    code, last, logged = run([mode, "--api-base", NOWHERE, "--start-timeout", "0"], capsys)
    assert code == 1
    assert last == (
        "error: PostgreSQL at 127.0.0.1:1 (DATABASE_URL) cannot be reached: ConnectionRefusedError"
    )
    assert start_waits(logged) == []  # --start-timeout 0: one try


@pytest.fixture
def refusing_redis() -> Iterator[int]:
    """A server on a free port that answers every command as a Redis refusing the password."""
    ready = threading.Event()
    port: list[int] = []
    loop = asyncio.new_event_loop()

    async def refuse(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while await reader.read(4096):
            writer.write(b"-WRONGPASS invalid username-password pair or user is disabled.\r\n")
            await writer.drain()
        writer.close()

    async def serve() -> asyncio.Server:
        server = await asyncio.start_server(refuse, "127.0.0.1", 0)
        port.append(int(server.sockets[0].getsockname()[1]))
        ready.set()
        return server

    server = loop.run_until_complete(serve())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    ready.wait()
    try:
        yield port[0]
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        server.close()
        loop.run_until_complete(server.wait_closed())
        loop.close()


def test_a_redis_that_refuses_the_password_is_not_waited_for(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], refusing_redis: int
) -> None:
    env.setenv("REDIS_URL", f"redis://vagvisare:{PASSWORD}@127.0.0.1:{refusing_redis}/0")
    code, last, logged = run(["webhook", "--start-timeout", "3"], capsys)
    assert code == 1
    assert last == (
        f"error: Redis at 127.0.0.1:{refusing_redis} (REDIS_URL) refused the connection: "
        "AuthenticationError"
    )
    assert start_waits(logged) == []  # retrying cannot fix a password


async def test_healthz_on_the_embedded_database_and_while_draining(
    tmp_path: Path, server: FakeTelegramServer
) -> None:
    app: App = await robust_app(tmp_path)
    bot = make_bot(server)
    runner, port = await start_webhook_server(app, bot, "secret_0123")
    url = f"http://127.0.0.1:{port}/healthz"
    try:
        async with aiohttp.ClientSession() as client:
            async with client.get(url) as response:
                assert (response.status, await response.json()) == (200, {"status": "ok"})
            runner.app[RECEIVER].in_flight.accepting = False  # what close() does first
            async with client.get(url) as response:
                assert response.status == 503  # the load balancer takes it out at once
                assert await response.json() == {"status": "shutting down"}
    finally:
        await runner.cleanup()
        await bot.session.close()
        await app.close()
