"""``chat`` and ``replay`` check the storage at start as ``run`` and ``webhook`` do
(tests/e2e/test_storage_start.py): a Redis that does not answer stops them before the
first update, with one line naming ``REDIS_URL``'s ``host:port`` (never the password) and
exit code 1, instead of answering every message with "something went wrong" and exit 0
(what a fresh-clone tester found). They try once and do not wait
(``bot.modes.offline_driver.OFFLINE_STORE_WAIT_S``).

In process (``bot.cli.main``, what ``python -m bot`` calls).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main
from tests.e2e.test_storage_start import refusing_redis  # noqa: F401 - a fixture
from tests.helpers import refusal_deadline, use_cli_env

PASSWORD = "pw-never-shown"  # a made-up password
UNREACHABLE = f"redis://vagvisare:{PASSWORD}@127.0.0.1:1/0"  # nothing listens on port 1
START = {
    "update_id": 1,
    "message": {
        "message_id": 1,
        "date": 1767225600,
        "chat": {"id": 700000001, "type": "private", "first_name": "Test"},
        "from": {"id": 700000001, "is_bot": False, "first_name": "Test"},
        "text": "/start",
        "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
    },
}


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The environment ``python -m bot`` would get from ``cli_env``, in this process, and
    a script of one ``/start`` on stdin (what ``chat`` reads when it is not a terminal)."""
    use_cli_env(monkeypatch, tmp_path / "data")
    monkeypatch.setattr("sys.stdin", io.StringIO("/start\n"))
    return monkeypatch


@pytest.fixture(autouse=True)
def deadline() -> Iterator[None]:
    with refusal_deadline():
        yield


def args_for(mode: str, tmp_path: Path) -> list[str]:
    if mode == "chat":
        return ["chat"]
    updates = tmp_path / "updates.jsonl"
    updates.write_text(json.dumps(START) + "\n", encoding="utf-8")
    return ["replay", str(updates)]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert PASSWORD not in out + err
    return code, out, err


@pytest.mark.parametrize("mode", ["chat", "replay"])
def test_an_unreachable_redis_stops_the_offline_modes_with_one_line_and_exit_1(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, mode: str
) -> None:
    env.setenv("REDIS_URL", UNREACHABLE)
    code, out, err = run(args_for(mode, tmp_path), capsys)
    assert (code, out) == (1, "")  # no update was taken: nothing answered
    assert err.splitlines()[-1:] == [
        "error: Redis at 127.0.0.1:1 (REDIS_URL) cannot be reached: ConnectionRefusedError"
    ]
    assert "storage not reachable at start" not in err  # tried once, not waited for


@pytest.mark.parametrize("mode", ["chat", "replay"])
def test_a_redis_that_refuses_the_password_stops_the_offline_modes(
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    refusing_redis: int,  # noqa: F811 - the fixture imported above
    mode: str,
) -> None:
    env.setenv("REDIS_URL", f"redis://vagvisare:{PASSWORD}@127.0.0.1:{refusing_redis}/0")
    code, out, err = run(args_for(mode, tmp_path), capsys)
    assert (code, out) == (1, "")
    assert err.splitlines()[-1:] == [
        f"error: Redis at 127.0.0.1:{refusing_redis} (REDIS_URL) refused the connection: "
        "AuthenticationError"
    ]


@pytest.mark.parametrize("mode", ["chat", "replay"])
def test_without_redis_the_offline_modes_answer(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, mode: str
) -> None:
    # the control: the same start on the embedded database answers /start
    code, out, err = run(args_for(mode, tmp_path), capsys)
    assert (code, err) == (0, "")
    answered = '"method": "sendMessage"' if mode == "replay" else "\nbot: "
    assert answered in out
