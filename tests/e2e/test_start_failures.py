"""What stops a command at start: one line on stderr, exit code 2 for configuration, 1 for
a service that cannot be reached or opened; never a traceback, a token, a key or a password.

In process (``bot.cli.main``, what ``python -m bot`` calls) where possible; one subprocess
test checks the whole process for the token.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
from pathlib import Path

import aiohttp
import pytest
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.app import App, create_app, create_bot
from bot.cli import main
from bot.commands import ConfigurationError
from bot.faults import FaultPolicy
from bot.menus import set_command_menus
from bot.modes.polling import run_polling
from bot.modes.webhook import SECRET_HEADER, TELEGRAM_SET_UP, run_webhook, start_webhook_server
from tests.conftest import FROZEN_NOW, make_settings
from tests.fakes.telegram_api import FakeTelegramServer
from tests.helpers import PYTHON, ROOT, cli_env, message_update, user

TOKEN = "123456:AAAA-vagvisare-never-print-this-0123456789"  # a made-up token
SECRET_PART = TOKEN.split(":")[1]
NOWHERE = "http://127.0.0.1:1"  # nothing listens on port 1
DOCS_RULE = "(docs/resources.md, 'Which entries are shown')"
SHIPPED = ROOT / "data" / "resources.json"
ISOLATED = ("BOT_", "DATABASE_", "PSEUDONYM_", "WEBHOOK_", "REDIS_", "CAMPAIGN_", "THROTTLE_")


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The environment ``python -m bot`` would get from ``cli_env``, in this process."""
    for name in [n for n in os.environ if n.startswith(ISOLATED)]:
        monkeypatch.delenv(name)
    for name, value in cli_env(tmp_path / "data").items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(ROOT)
    return monkeypatch


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- settings


@pytest.mark.parametrize(
    ("name", "value", "line"),
    [
        ("LOG_LEVEL", "bogus", "LOG_LEVEL: must be DEBUG, INFO, WARNING, ERROR or CRITICAL"),
        ("DATABASE_URL", "bogus", "DATABASE_URL: not a database URL"),
        (
            "DATABASE_URL",
            "mysql://root:hunter2-secret@db/x",
            "DATABASE_URL: mysql:// is not supported (PostgreSQL or SQLite)",
        ),
        ("PSEUDONYM_KEY", "short-secret", "PSEUDONYM_KEY: must be at least 16 bytes"),
        ("REDIS_URL", "notredis", "REDIS_URL: must be a redis://, rediss:// or unix:// URL"),
        ("WEBHOOK_BASE_URL", "http://bot.example.org", "WEBHOOK_BASE_URL: must be an https://"),
    ],
)
def test_a_bad_setting_is_one_line_and_exit_2(
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    name: str,
    value: str,
    line: str,
) -> None:
    env.setenv(name, value)
    code, out, err = run(["migrate"], capsys)
    assert code == 2
    assert out == ""
    [printed] = err.splitlines()
    assert printed.startswith(f"configuration error: {line}")
    assert value not in printed  # the value is never quoted (it may be a key or password)
    assert not (tmp_path / "data").exists()  # refused before anything was created


# --------------------------------------------------------------------------- storage


def test_a_data_folder_that_cannot_be_created_is_exit_2(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    folder = tmp_path / "a-file" / "data"  # as DATA_DIR=/proc/forbidden: cannot be made
    env.setenv("DATA_DIR", str(folder))
    code, _out, err = run(["migrate"], capsys)
    assert code == 2
    assert err.splitlines() == [
        f"error: DATA_DIR: cannot use {folder}: {tmp_path / 'a-file'} is a file, not a folder"
    ]


def test_a_corrupt_sqlite_file_is_exit_1(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    database = tmp_path / "data" / "vagvisare.sqlite3"
    database.parent.mkdir()
    database.write_bytes(b"this is not a database, just some garbage " * 200)
    code, _out, err = run(["migrate"], capsys)
    assert code == 1
    assert err.splitlines() == [
        f"error: the SQLite database {database} cannot be opened: file is not a database"
    ]


def test_an_unreachable_postgresql_is_exit_1_without_the_password(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("DATABASE_URL", "postgresql://vagvisare:pw-never-shown@127.0.0.1:1/x?ssl=disable")
    code, _out, err = run(["migrate"], capsys)
    assert code == 1
    assert err.splitlines() == [
        "error: the database at postgresql://vagvisare:***@127.0.0.1:1/x "
        "cannot be reached: ConnectionRefusedError"
    ]


# --------------------------------------------------------------------------- the directory


def directory_file(tmp_path: Path, **changes: dict[str, object]) -> Path:
    """The shipped resource file with ``changes`` (per service id) applied."""
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    for entry in data["services"]:
        entry.update(changes.get(entry["id"], {}))
    path = tmp_path / "resources.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_unverified_112_fails_the_check_and_stops_the_bot(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = directory_file(tmp_path, **{"sos-112": {"verified": False}})
    env.setenv("RESOURCES_FILE", str(path))
    code, out, _err = run(["resources", "check", "--today", "2026-11-29"], capsys)
    assert code == 1
    blocking = [line for line in out.splitlines() if line.startswith("emergency_card")]
    assert [line.split(None, 2)[1:] for line in blocking] == [
        ["sos-112", f"on the emergency card but hidden: not verified {DOCS_RULE}"]
    ]
    code, out, err = run(["chat"], capsys)  # the same rule stops every mode at start
    assert code == 2
    assert err.splitlines() == [
        f"error: {path}: service 'sos-112': on the emergency card but hidden: not verified "
        f"{DOCS_RULE}"
    ]
    assert not (tmp_path / "data").exists()


def test_import_refuses_a_file_that_check_rejects(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    unverified = {entry["id"]: {"verified": False} for entry in data["services"]}
    env.setenv("RESOURCES_FILE", str(directory_file(tmp_path, **unverified)))
    exported = tmp_path / "hsds.json"
    assert run(["resources", "export", "--out", str(exported)], capsys)[0] == 0
    installed = tmp_path / "installed.json"
    code, out, err = run(["resources", "import", str(exported), "--out", str(installed)], capsys)
    assert code == 2
    assert out == ""
    assert "wrote" not in err
    assert not installed.exists()
    named = [line.removeprefix("error: ").split(": ")[1] for line in err.splitlines()]
    assert named == [
        "service 'sos-112'",
        "service 'bris-116111'",
        "service 'mind-90101'",
        "service 'polisen-11414'",
        "no shown service is open 24/7 on " + named[-1].split(" on ")[1],
    ]


# --------------------------------------------------------------------------- the Bot API


def test_an_api_base_that_is_not_a_url_is_refused_by_argparse(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("BOT_TOKEN", TOKEN)
    for mode in ("run", "webhook"):
        with pytest.raises(SystemExit) as stopped:
            main([mode, "--api-base", "notaurl"])
        assert stopped.value.code == 2
        _out, err = capsys.readouterr()
        assert err.splitlines()[-1] == (
            f"python -m bot {mode}: error: argument --api-base: "
            "must be an http:// or https:// URL, e.g. http://127.0.0.1:8081"
        )


def test_an_unreachable_bot_api_is_retried_then_one_line_and_exit_1(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.setenv("BOT_TOKEN", TOKEN)
    env.setattr(FaultPolicy, "backoff", lambda _self, _attempt: 0.0)  # each call: 4 quick tries
    code, out, err = run(["run", "--api-base", NOWHERE + "/", "--start-timeout", "1.5"], capsys)
    assert code == 1
    lines = err.splitlines()
    assert lines[-1] == (
        f"error: the Telegram Bot API at {NOWHERE} cannot be reached: ClientConnectorError"
    )
    logged = [json.loads(line) for line in lines[:-1]]  # the rest are JSON log lines
    waits = [r["wait_s"] for r in logged if r["msg"] == "bot api not reachable at start"]
    assert waits == [1.0]  # tried, waited 1 s, tried again; a 2 s pause would pass 1.5 s
    assert SECRET_PART not in out + err


@pytest.mark.slow
def test_the_token_is_never_printed_when_the_bot_api_cannot_be_reached(tmp_path: Path) -> None:
    completed = subprocess.run(
        [PYTHON, "-m", "bot", "run", "--api-base", NOWHERE, "--start-timeout", "0"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(tmp_path, BOT_TOKEN=TOKEN),
        timeout=120,
        check=False,
    )
    assert completed.returncode == 1, completed.stderr
    assert completed.stderr.splitlines()[-1] == (
        f"error: the Telegram Bot API at {NOWHERE} cannot be reached: ClientConnectorError"
    )
    assert "Traceback" not in completed.stderr
    assert SECRET_PART not in completed.stdout + completed.stderr


async def test_a_token_telegram_refuses_is_a_configuration_error(app: App) -> None:
    server = FakeTelegramServer()  # knows another token: answers 401
    await server.start()
    try:
        with pytest.raises(ConfigurationError) as refused:
            await run_polling(app, TOKEN, server.base_url, start_timeout=0)
    finally:
        await server.stop()
    assert str(refused.value) == (
        f"BOT_TOKEN was refused by the Telegram Bot API at {server.base_url} (401 Unauthorized)"
    )


async def test_the_webhook_listens_while_the_bot_api_cannot_be_reached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FaultPolicy, "backoff", lambda _self, _attempt: 0.0)  # quick failures
    settings = make_settings(tmp_path, webhook_port=0, webhook_base_url="https://bot.example.org")
    app = await create_app(settings, clock=lambda: FROZEN_NOW)
    bot = create_bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(NOWHERE)))
    runner, port = await start_webhook_server(app, bot, "secret_0123")
    try:
        set_up = runner.app[TELEGRAM_SET_UP].task
        assert set_up is not None
        async with aiohttp.ClientSession() as client:
            async with client.get(f"http://127.0.0.1:{port}/healthz") as response:
                assert response.status == 200
            update = message_update(user(language_code="en"), "/start")
            headers = {SECRET_HEADER: "secret_0123"}
            url = f"http://127.0.0.1:{port}{settings.webhook_path}"
            async with client.post(url, json=update, headers=headers) as response:
                assert response.status == 200  # taken, while setWebhook is still being retried
        assert not set_up.done()
    finally:
        await runner.cleanup()  # stops the retries
        await bot.session.close()
        await app.close()
    assert set_up.cancelled()


async def test_a_webhook_url_telegram_refuses_stops_the_server(tmp_path: Path) -> None:
    server = FakeTelegramServer(token=TOKEN)
    await server.start()
    server.fail_next("setWebhook", status=400, description="Bad Request: bad webhook: no host")
    refused = await _webhook_refusal(tmp_path, server, "https://bot.example.org")
    assert refused == (
        f"the Telegram Bot API at {server.base_url} refused the webhook URL "
        "(Bad Request: bad webhook: no host); check WEBHOOK_BASE_URL and WEBHOOK_PATH"
    )


async def test_menus_stop_at_the_first_network_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Eight languages must not each wait out the retries of an unreachable Bot API."""
    monkeypatch.setattr(FaultPolicy, "backoff", lambda _self, _attempt: 0.0)
    bot = create_bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(NOWHERE)))
    caplog.set_level(logging.WARNING, logger="vagvisare")
    try:
        await set_command_menus(bot, make_settings(tmp_path))
    finally:
        await bot.session.close()
    tries = [r for r in caplog.records if r.getMessage() == "bot api call retried"]
    assert len(tries) == FaultPolicy().max_attempts - 1  # one call, retried; then no more
    assert [r.getMessage() for r in caplog.records if r.name == "vagvisare.menus"] == [
        "command menus not set: bot api not reachable"
    ]


@pytest.mark.parametrize("base_url", [None, "https://bot.example.org"])
async def test_a_token_telegram_refuses_stops_the_webhook_server(
    tmp_path: Path, base_url: str | None
) -> None:
    """With or without ``WEBHOOK_BASE_URL`` (a webhook set elsewhere), a refused token is a
    configuration error: the server stops instead of answering updates it cannot reply to."""
    server = FakeTelegramServer()  # knows another token: answers 401
    await server.start()
    refused = await _webhook_refusal(tmp_path, server, base_url)
    assert refused == (
        f"BOT_TOKEN was refused by the Telegram Bot API at {server.base_url} (401 Unauthorized)"
    )


async def _webhook_refusal(tmp_path: Path, server: FakeTelegramServer, base_url: str | None) -> str:
    """The :class:`ConfigurationError` ``run_webhook`` stops with against the started
    ``server`` (stopped here), as text; fails the test if it does not stop within 30 s."""
    settings = make_settings(tmp_path, webhook_port=0, webhook_base_url=base_url)
    app = await create_app(settings, clock=lambda: FROZEN_NOW)
    try:
        with pytest.raises(ConfigurationError) as refused:
            await asyncio.wait_for(run_webhook(app, TOKEN, server.base_url), timeout=30)
    finally:
        await app.close()
        await server.stop()
    return str(refused.value)
