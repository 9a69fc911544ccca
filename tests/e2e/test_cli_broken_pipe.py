"""Output piped to a reader that goes away (``python -m bot resources check | head -2``).

In process (``bot.cli.main``, what ``python -m bot`` calls), with stdout replaced by a
writer that raises ``BrokenPipeError`` as a closed pipe does: on every write (unbuffered,
as with ``PYTHONUNBUFFERED``), or only when flushed (Python's buffered stdout); and as a
subprocess on a real pipe whose reader is gone. The command ends quietly: no traceback;
the rest of its output is dropped, and it exits with its own code: 0 when it succeeded,
1 for a check that failed (not 0 because nobody read the output). ``SystemExit``
(``--help``) keeps its code, and so does a refusal whose stderr is gone.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import DroppedOutput, main
from tests.helpers import PYTHON, ROOT, cli_env

ISOLATED = ("BOT_", "DATABASE_", "PSEUDONYM_", "WEBHOOK_", "REDIS_", "STAFF_", "CAMPAIGN_")


class ClosedPipe(io.TextIOBase):
    """stdout whose reader has gone: ``write`` (or only ``flush``) raises BrokenPipeError."""

    def __init__(self, *, buffered: bool) -> None:
        self.buffered = buffered
        self.pending = ""
        self.failures = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not self.buffered:
            self._fail()
        self.pending += text
        return len(text)

    def flush(self) -> None:
        if self.pending:
            self._fail()

    def _fail(self) -> None:
        self.failures += 1
        raise BrokenPipeError(32, "Broken pipe")


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The environment ``python -m bot`` would get from ``cli_env``, in this process."""
    for name in [n for n in os.environ if n.startswith(ISOLATED)]:
        monkeypatch.delenv(name)
    for name, value in cli_env(tmp_path / "data").items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(ROOT)
    return monkeypatch


@pytest.mark.parametrize("buffered", [False, True], ids=["on_write", "on_flush"])
def test_resources_check_into_a_closed_pipe_ends_quietly(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], buffered: bool
) -> None:
    pipe = ClosedPipe(buffered=buffered)
    env.setattr(sys, "stdout", pipe)
    assert main(["resources", "check"]) == 0
    assert pipe.failures >= 1  # the pipe was written to, and refused
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "BrokenPipe" not in err


@pytest.mark.parametrize("buffered", [False, True], ids=["on_write", "on_flush"])
def test_chat_into_a_closed_pipe_ends_quietly(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], buffered: bool
) -> None:
    pipe = ClosedPipe(buffered=buffered)
    env.setattr(sys, "stdout", pipe)
    env.setattr(sys, "stdin", io.StringIO("/start\n[1]\n"))
    assert main(["chat"]) == 0
    assert pipe.failures >= 1
    assert "Traceback" not in capsys.readouterr().err


# 2031: no service of the shipped file is still assured, so no shown line is open 24/7
FAILING_CHECK = ["resources", "check", "--today", "2031-01-01"]


@pytest.mark.parametrize("buffered", [False, True], ids=["on_write", "on_flush"])
def test_a_failed_check_into_a_closed_pipe_keeps_exit_code_1(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], buffered: bool
) -> None:
    """The check fails; that nobody reads its output must not turn its 1 into 0."""
    assert main(FAILING_CHECK) == 1  # the control: a check that fails
    assert "no shown service is open 24/7" in capsys.readouterr().out
    pipe = ClosedPipe(buffered=buffered)
    env.setattr(sys, "stdout", pipe)
    assert main(FAILING_CHECK) == 1
    assert pipe.failures == 1  # refused once, then no longer written to
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "BrokenPipe" not in err


@pytest.mark.parametrize("unbuffered", [True, False], ids=["PYTHONUNBUFFERED", "buffered"])
def test_a_failed_check_into_a_real_closed_pipe_exits_1(tmp_path: Path, unbuffered: bool) -> None:
    """``python -m bot resources check | head -0``: the reader is gone before the command
    writes its first line."""
    env = cli_env(tmp_path / "data")
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    process = subprocess.Popen(
        [PYTHON, "-m", "bot", *FAILING_CHECK],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()  # the only reader goes away: every write fails (EPIPE)
    assert process.wait(timeout=120) == 1
    assert process.stderr.read() == b""


def test_bytes_into_a_closed_pipe_are_dropped_too() -> None:
    """``sys.stdout.buffer.write`` (``report --format xlsx`` without ``--out``)."""
    reader, writer = os.pipe()
    os.close(reader)
    with os.fdopen(writer, "w", encoding="utf-8") as stream:
        stdout = DroppedOutput(stream)
        assert stdout.buffer.write(b"PK\x03\x04" * 100_000) == 400_000
        assert stdout.reader_gone
        stdout.write("more")  # not written, not raised
        stdout.flush()


def test_chat_stops_reading_once_its_reader_is_gone(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nobody sees the answers: the chat ends instead of answering the rest of the script."""
    script = io.StringIO("/start\n" * 20)
    env.setattr(sys, "stdout", ClosedPipe(buffered=False))
    env.setattr(sys, "stdin", script)
    assert main(["chat"]) == 0
    assert script.read().count("/start") == 19  # stopped after the first line
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "setting", "code"),
    [
        (["resources", "check"], {"DEFAULT_LOCALE": "xx"}, 2),  # configuration
        (["resources", "import", "/nonexistent/hsds.json"], {}, 2),  # a refused file
    ],
    ids=["configuration", "refusal"],
)
def test_a_refusal_whose_stderr_is_gone_keeps_its_exit_code(
    env: pytest.MonkeyPatch, args: list[str], setting: dict[str, str], code: int
) -> None:
    """``python -m bot … 2>&1 | head -0``: the refusal's line is lost, not its code."""
    for name, value in setting.items():
        env.setenv(name, value)
    pipe = ClosedPipe(buffered=False)
    env.setattr(sys, "stderr", pipe)
    assert main(args) == code
    assert pipe.failures == 1


def test_help_into_a_closed_pipe_keeps_its_exit_code(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = ClosedPipe(buffered=True)  # argparse writes all of it, the flush fails
    env.setattr(sys, "stdout", pipe)
    with pytest.raises(SystemExit) as exited:
        main(["resources", "--help"])
    assert exited.value.code == 0
    assert pipe.failures == 1
    assert "Traceback" not in capsys.readouterr().err


def test_other_os_errors_are_not_swallowed(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only the pipe's reader going away is quiet: a full disk still fails loudly."""

    class FullDisk(ClosedPipe):
        def _fail(self) -> None:
            raise OSError(28, "No space left on device")

    env.setattr(sys, "stdout", FullDisk(buffered=False))
    with pytest.raises(OSError, match="No space left"):
        main(["resources", "check"])
