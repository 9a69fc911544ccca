"""Builders of real-shaped Telegram Update JSON for tests, and subprocess helpers."""

from __future__ import annotations

import io
import logging
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from itertools import count
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_ids = count(1000)


def user(
    user_id: int = 5550001,
    first_name: str = "Alva",
    username: str | None = "alva_k",
    language_code: str | None = "sv",
) -> dict[str, Any]:
    data: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username is not None:
        data["username"] = username
    if language_code is not None:
        data["language_code"] = language_code
    return data


def message_update(
    sender: dict[str, Any],
    text: str,
    *,
    update_id: int | None = None,
    chat_type: str = "private",
    chat_id: int | None = None,
) -> dict[str, Any]:
    chat: dict[str, Any] = {"id": chat_id or sender["id"], "type": chat_type}
    if chat_type == "private":
        chat["first_name"] = sender["first_name"]
    else:
        chat["title"] = "Some group"
    message: dict[str, Any] = {
        "message_id": next(_ids),
        "date": 1764081432,
        "chat": chat,
        "from": sender,
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": update_id or next(_ids), "message": message}


def callback_update(
    sender: dict[str, Any], data: str, message: dict[str, Any], *, update_id: int | None = None
) -> dict[str, Any]:
    return {
        "update_id": update_id or next(_ids),
        "callback_query": {
            "id": str(next(_ids)),
            "from": sender,
            "chat_instance": "-100200300",
            "message": message,
            "data": data,
        },
    }


# Settings of the surrounding environment a test's ``python -m bot`` must not inherit.
ISOLATED = (
    "BOT_",
    "DATABASE_",
    "PSEUDONYM_",
    "WEBHOOK_",
    "REDIS_",
    "STAFF_",
    "CAMPAIGN_",
    "THROTTLE_",
)


def cli_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """Environment for ``python -m bot`` in a subprocess, isolated in ``data_dir``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(ISOLATED)}
    env.update({"DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT), **extra})
    return env


def use_cli_env(monkeypatch: Any, data_dir: Path, **extra: str) -> None:
    """This process's environment as :func:`cli_env` gives it, for ``bot.cli.main`` called
    in process (``monkeypatch``: pytest's, which restores everything afterwards)."""
    for name in [n for n in os.environ if n.startswith(ISOLATED)]:
        monkeypatch.delenv(name)
    for name, value in cli_env(data_dir, **extra).items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(ROOT)


def run_main(
    data_dir: Path, *args: str, stdin: str = "", **extra: str
) -> subprocess.CompletedProcess[str]:
    """``python -m bot ARGS`` run in this process (``bot.cli.main``), in the environment
    :func:`cli_env` gives a subprocess: its exit code, stdout and stderr, as
    ``subprocess.run`` would return them.

    A new interpreter costs ~4 s (aiogram's import alone ~3 s), so most CLI tests use this;
    what only a process shows (exit status of the interpreter, signals, closed pipes, the
    lock between two processes) keeps a real subprocess. argparse's ``SystemExit`` (usage
    errors, ``--help``) becomes the exit code. ``stdin`` is what the command reads (UTF-8). What ``configure_logging`` changes (the root logger's
    handlers, logger levels, warnings to logging) is put back afterwards.
    """
    from bot.cli import main  # here: importing the CLI imports aiogram and every mode
    from bot.logs import QUIET_LOGGERS

    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    err = io.StringIO()
    root = logging.getLogger()
    handlers = root.handlers[:]
    levels = {name: logging.getLogger(name).level for name in ("", *QUIET_LOGGERS)}
    with pytest_monkeypatch() as patch:
        use_cli_env(patch, data_dir, **extra)
        patch.setattr(sys, "stdout", out)
        patch.setattr(sys, "stderr", err)
        patch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
        try:
            code = main(list(args))
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        finally:  # what configure_logging changed
            root.handlers[:] = handlers
            for name, level in levels.items():
                logging.getLogger(name).setLevel(level)
            logging.captureWarnings(False)
    out.flush()
    return subprocess.CompletedProcess(
        ["python", "-m", "bot", *args], code, out.buffer.getvalue().decode("utf-8"), err.getvalue()
    )


def run_main_beside_a_loop(
    data_dir: Path, *args: str, stdin: str = "", **extra: str
) -> subprocess.CompletedProcess[str]:
    """:func:`run_main` from inside a running event loop (an async test): ``main`` runs its
    own loop (``asyncio.run``), so it runs in a thread of its own while this one waits."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(run_main, data_dir, *args, stdin=stdin, **extra).result()


@contextmanager
def pytest_monkeypatch() -> Iterator[Any]:
    """pytest's ``MonkeyPatch`` outside a fixture: everything set is undone on exit."""
    import pytest

    with pytest.MonkeyPatch.context() as patch:
        yield patch


class StillRunning(Exception):
    """A mode started (and would serve until SIGTERM) instead of refusing to."""


@contextmanager
def refusal_deadline(seconds: int = 60) -> Iterator[None]:
    """Raise :class:`StillRunning` in the main thread after ``seconds`` (SIGALRM): a mode
    that wrongly starts fails its test instead of hanging it."""

    def expired(_signum: int, _frame: FrameType | None) -> None:
        raise StillRunning("the mode started instead of refusing")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


PYTHON = sys.executable


def on_sql_writes(in_thread: Any, note: Callable[[str], None]) -> None:
    """Call ``note(sql)`` for every statement the writers of a SQLite file execute
    (``in_thread``: a :class:`storage.memory.SqliteInThread`): through SQLAlchemy (both
    engines' ``before_cursor_execute``) and through ``sqlite3`` directly
    (``SqliteInThread.execute_many``). For as long as ``in_thread`` lives."""
    from sqlalchemy import event

    def through_sqlalchemy(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        note(statement)

    for engine in (in_thread.engine, in_thread.inline):
        if engine is not None:
            event.listen(engine, "before_cursor_execute", through_sqlalchemy)
    raw = in_thread._run

    def through_sqlite3(driver: Any, sql: str, *args: Any) -> Any:
        note(sql)
        return raw(driver, sql, *args)

    in_thread._run = through_sqlite3
