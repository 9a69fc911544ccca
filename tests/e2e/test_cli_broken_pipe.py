"""Output piped to a reader that goes away (``python -m bot resources check | head -2``).

In process (``bot.cli.main``, what ``python -m bot`` calls), with stdout replaced by a
writer that raises ``BrokenPipeError`` as a closed pipe does: on every write (unbuffered),
or only when flushed (Python's buffered stdout). The command ends quietly: no traceback,
exit code 0 (as ``chat`` does), and ``SystemExit`` (``--help``) keeps its code.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.helpers import ROOT, cli_env

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
