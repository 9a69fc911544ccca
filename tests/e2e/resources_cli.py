"""What the in-process ``resources`` CLI tests share: the shipped file, a fixed day and
the environment ``python -m bot`` would get (``cli_env``), and one call of ``main``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

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


def shipped() -> dict[str, Any]:
    """The shipped resource file, parsed (to edit and write with :func:`use_file`)."""
    data: dict[str, Any] = json.loads(SHIPPED.read_text(encoding="utf-8"))
    return data


def use_file(env: pytest.MonkeyPatch, tmp_path: Path, data: dict[str, Any]) -> Path:
    """Write ``data`` as ``tmp_path/resources.json`` and make it ``RESOURCES_FILE``."""
    path = tmp_path / "resources.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    env.setenv("RESOURCES_FILE", str(path))
    return path
