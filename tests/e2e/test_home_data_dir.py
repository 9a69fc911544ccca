"""``DATA_DIR=~/x`` and a SQLite ``DATABASE_URL`` with ``~`` (from a ``.env`` file or a
quoted value, which no shell expands) made a folder named ``~`` in the working directory;
the bot now expands it to the home folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from tests.helpers import use_cli_env


def test_a_data_dir_with_a_tilde_is_made_in_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    use_cli_env(monkeypatch, tmp_path / "unused", HOME=str(home), DATA_DIR="~/vagvisare-data")
    monkeypatch.chdir(work)
    assert main(["migrate"]) == 0
    out, _err = capsys.readouterr()
    assert "(head)" in out
    assert (home / "vagvisare-data" / "vagvisare.sqlite3").is_file()
    assert list(work.iterdir()) == []  # no folder named ~ here


def test_a_sqlite_database_url_with_a_tilde_is_in_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    use_cli_env(
        monkeypatch,
        tmp_path / "data",
        HOME=str(home),
        DATABASE_URL="sqlite+aiosqlite:///~/bot.sqlite3",
    )
    monkeypatch.chdir(work)
    assert main(["migrate"]) == 0
    out, _err = capsys.readouterr()
    assert "(head)" in out
    assert (home / "bot.sqlite3").is_file()
    assert list(work.iterdir()) == []  # no folder named ~ here
