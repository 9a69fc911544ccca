"""What the in-process ``resources`` CLI tests share: the shipped file, a fixed day and
the environment ``python -m bot`` would get (``cli_env``), and one call of ``main``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.cli import main
from tests.helpers import ROOT, use_cli_env

SHIPPED = ROOT / "data" / "resources.json"
TODAY = date(2026, 11, 29)  # the shipped file's assured_date: nothing stale


def resources_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """``monkeypatch`` with the CLI environment, the shipped resource file and
    ``resources import``/``check`` dated :data:`TODAY`."""
    use_cli_env(monkeypatch, tmp_path / "data", RESOURCES_FILE=str(SHIPPED))
    monkeypatch.setattr("bot.modes.resources._today", lambda: TODAY)
    return monkeypatch


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``python -m bot ARGS`` in this process: exit code, stdout, stderr."""
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err
