"""One conversation process per SQLite database (docs/deployment.md, "Where conversation
state lives"): the in-process cache of ``user_memory`` is correct only while its process
is the only writer, so ``run``, ``webhook``, ``chat`` and ``replay`` hold an exclusive
``flock`` on ``<database>.lock`` (bot/commands.py ``exclusive_database``) and a second
one stops at start: one line, exit code 1. The commands made to run beside the bot
(``purge``, ``report``, ``staff``, ``migrate``) take no lock.

In process (``bot.cli.main``): the first conversation mode holds the app in a thread of
its own (``with_offline``, what ``chat`` and ``replay`` run), the second is started as
``python -m bot`` would start it. One subprocess: the lock is released on ``kill -9``.
PostgreSQL and Redis take no lock: tests/integration/test_database_lock_backends.py.
"""

from __future__ import annotations

import asyncio
import io
import signal
import stat
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import App
from bot.cli import main
from bot.commands import DatabaseInUse, database_lock_file, exclusive_database, with_app
from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver, with_offline
from tests.conftest import make_settings
from tests.helpers import PYTHON, ROOT, cli_env, refusal_deadline, use_cli_env

TOKEN = "123456:AAAA-vagvisare-never-print-this-0123456789"  # a made-up token
NOWHERE = "http://127.0.0.1:1"  # nothing listens on port 1


def in_use(data_dir: Path) -> str:
    return (
        f"error: another Vägvisare process is using {data_dir} (chat, run, webhook and "
        "replay cannot share an SQLite database; stop it first)"
    )


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``DATA_DIR`` of the environment ``python -m bot`` gets, in this process."""
    folder = tmp_path / "data"
    use_cli_env(monkeypatch, folder, BOT_TOKEN=TOKEN, WEBHOOK_PORT="0")
    return folder


@pytest.fixture(autouse=True)
def deadline() -> Iterator[None]:
    """A second ``run`` or ``webhook`` that wrongly starts would serve until SIGTERM."""
    with refusal_deadline():
        yield


class RunningConversation:
    """A conversation mode's app (``with_offline``, as ``chat`` and ``replay`` run it) on
    its own event loop in a thread, until :meth:`stop`."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._started = threading.Event()
        self._stop = threading.Event()
        self.code: int | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, daemon=True)

    def _main(self) -> None:
        async def body(_driver: OfflineDriver) -> int:
            self._started.set()
            await asyncio.to_thread(self._stop.wait)
            return 0

        try:
            self.code = asyncio.run(with_offline(self._settings, body))
        except BaseException as error:  # reported by start() and stop()
            self.error = error
        finally:
            self._started.set()

    def start(self) -> None:
        self._thread.start()
        assert self._started.wait(60)
        assert self.error is None, self.error

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(60)
        assert not self._thread.is_alive()
        assert (self.code, self.error) == (0, None)


@pytest.fixture
def running_chat(data_dir: Path) -> Iterator[RunningConversation]:
    """A conversation mode holding ``data_dir``'s database."""
    running = RunningConversation(make_settings(data_dir))
    running.start()
    try:
        yield running
    finally:
        if running._thread.is_alive():
            running.stop()


def cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("mode", ["chat", "replay", "run", "webhook"])
def test_a_second_conversation_mode_refuses_with_one_line_and_exit_1_until_the_first_ends(
    data_dir: Path,
    running_chat: RunningConversation,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    mode: str,
) -> None:
    updates = tmp_path / "updates.jsonl"
    updates.write_text("", encoding="utf-8")
    args = {
        "chat": ["chat"],  # refused before it reads stdin
        "replay": ["replay", str(updates)],
        # refused before the Bot API is tried (it would fail with another line)
        "run": ["run", "--api-base", NOWHERE, "--start-timeout", "0"],
        "webhook": ["webhook", "--api-base", NOWHERE, "--start-timeout", "0"],
    }[mode]
    code, out, err = cli(args, capsys)
    assert (code, out) == (1, "")
    assert err.splitlines()[-1:] == [in_use(data_dir)]
    assert "Traceback" not in err

    running_chat.stop()  # the first one ends: the next one starts
    code, out, err = cli(["replay", str(updates)], capsys)
    assert (code, out, err) == (0, "", "")


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_a_replay_of_only_invalid_lines_is_refused_like_any_other(
    data_dir: Path,
    running_chat: RunningConversation,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    source: str,
) -> None:
    """What a fresh-clone tester reported: a replay whose lines are all invalid exits 1
    anyway, so it must be seen to stop at the lock, not to have read its lines."""
    lines = 'not json\n{}\n[1]\n{"update_id": -1, "message": {}}\n'
    updates = tmp_path / "invalid.jsonl"
    updates.write_text(lines, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    code, out, err = cli(["replay", str(updates) if source == "file" else "-"], capsys)
    assert (code, out) == (1, "")
    assert err.splitlines() == [in_use(data_dir)]  # no "line N is not a Telegram Update"

    running_chat.stop()  # the control: without the lock the same lines are read and refused
    code, out, err = cli(["replay", str(updates)], capsys)
    assert (code, out) == (1, "")
    assert len([line for line in err.splitlines() if "is not a Telegram Update" in line]) == 4


def test_the_lock_file_is_next_to_the_database_and_private(
    data_dir: Path, running_chat: RunningConversation
) -> None:
    lock = data_dir / "vagvisare.sqlite3.lock"
    assert database_lock_file(make_settings(data_dir)) == lock
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    running_chat.stop()
    assert lock.exists()  # never deleted: a deleted lock file could be locked twice


def test_maintenance_commands_run_beside_a_chat(
    data_dir: Path, running_chat: RunningConversation, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(["purge"], capsys)
    assert (code, err) == (0, "")
    assert out.startswith("deleted: 0 memory records")

    code, out, err = cli(
        ["report", "--from", "2026-01-01", "--to", "2026-01-31", "--by", "topic"], capsys
    )
    assert (code, err) == (0, "")
    assert "<5" in out

    code, out, err = cli(["staff", "list"], capsys)
    assert (code, err) == (0, "")
    assert out.startswith("no staff")

    code, out, err = cli(["migrate"], capsys)
    assert (code, err) == (0, "")
    assert out.startswith("database at revision")

    code, out, err = cli(["chat"], capsys)  # the chat still holds the database
    assert err.splitlines()[-1:] == [in_use(data_dir)]


async def test_a_second_app_in_the_same_process_is_refused_too(settings: Settings) -> None:
    """``flock`` belongs to an opening of the file, not to the process."""
    started, stop = asyncio.Event(), asyncio.Event()

    async def hold(_app: App) -> int:
        started.set()
        await stop.wait()
        return 0

    first = asyncio.create_task(with_app(settings, hold))
    await started.wait()
    with pytest.raises(DatabaseInUse, match=f"is using {settings.data_dir} "):
        await with_app(settings, hold)
    stop.set()
    assert await first == 0
    with exclusive_database(settings):  # released when the first closed
        pass


async def test_the_database_file_is_named_when_it_is_not_in_data_dir(tmp_path: Path) -> None:
    database = tmp_path / "elsewhere" / "bot.db"
    settings = make_settings(tmp_path / "data", database_url=f"sqlite:///{database}")
    assert database_lock_file(settings) == tmp_path / "elsewhere" / "bot.db.lock"
    with (
        exclusive_database(settings),
        pytest.raises(DatabaseInUse, match=f"is using {database} "),
        exclusive_database(settings),
    ):
        pass


@pytest.mark.slow
def test_kill_9_releases_the_lock(tmp_path: Path) -> None:
    data = tmp_path / "data"
    process = subprocess.Popen(
        [PYTHON, "-m", "bot", "chat"],
        cwd=ROOT,
        env=cli_env(data),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write("/start\n")
        process.stdin.flush()
        assert process.stdout.readline().startswith("> /start")  # it holds the lock now
        with pytest.raises(DatabaseInUse), exclusive_database(make_settings(data)):
            pass  # held by another process
        process.send_signal(signal.SIGKILL)
        assert process.wait(30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(30)
    with exclusive_database(make_settings(data)):  # the kernel released it
        pass
