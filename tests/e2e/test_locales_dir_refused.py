"""``LOCALES_DIR`` that the bot cannot speak from is refused at start in one line naming it
(a fresh-clone tester, thirteenth session): a missing folder and a file were reported as
``DATABASE_URL: cannot use /nonexist`` (the OSError of gettext's loader read as the
database's), and an empty folder started a bot whose language picker had no language. Now
each is ``error: LOCALES_DIR: …``, exit code 2, before the database is opened. In process
through ``bot.cli.main`` (tests/helpers.py ``run_main``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import ROOT, run_main


def test_a_missing_folder_is_named_as_locales_dir(tmp_path: Path) -> None:
    missing = tmp_path / "nonexist"
    done = run_main(tmp_path / "data", "chat", stdin="/start\n", LOCALES_DIR=str(missing))
    assert (done.returncode, done.stdout, done.stderr.splitlines()) == (
        2,
        "",
        [f"error: LOCALES_DIR: cannot use {missing}: no such folder"],
    )
    assert not (tmp_path / "data" / "vagvisare.db").exists()  # refused before the database


def test_a_file_is_not_a_folder(tmp_path: Path) -> None:
    a_file = tmp_path / "afile"
    a_file.write_text("x", encoding="utf-8")
    done = run_main(tmp_path / "data", "chat", stdin="/start\n", LOCALES_DIR=str(a_file))
    assert (done.returncode, done.stderr.splitlines()) == (
        2,
        [f"error: LOCALES_DIR: cannot use {a_file}: not a folder"],
    )


def test_an_empty_folder_starts_no_bot_without_languages(tmp_path: Path) -> None:
    empty = tmp_path / "locales"
    empty.mkdir()
    done = run_main(tmp_path / "data", "chat", stdin="/start\n", LOCALES_DIR=str(empty))
    assert (done.returncode, done.stdout, done.stderr.splitlines()) == (
        2,
        "",
        [
            f"error: LOCALES_DIR: {empty} has no catalogue of DEFAULT_LOCALE sv "
            "(sv/LC_MESSAGES/messages.po; no catalogue found)"
        ],
    )


def test_a_folder_without_the_default_language_names_what_it_has(tmp_path: Path) -> None:
    some = tmp_path / "locales"
    shutil.copytree(ROOT / "locales" / "en", some / "en")
    done = run_main(tmp_path / "data", "chat", stdin="/start\n", LOCALES_DIR=str(some))
    assert (done.returncode, done.stderr.splitlines()) == (
        2,
        [
            f"error: LOCALES_DIR: {some} has no catalogue of DEFAULT_LOCALE sv "
            "(sv/LC_MESSAGES/messages.po; catalogues found: en)"
        ],
    )
    # with that language as the default the same folder serves, in English only
    done = run_main(
        tmp_path / "data", "chat", stdin="/start\n", LOCALES_DIR=str(some), DEFAULT_LOCALE="en"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1:6] == [
        "bot: Choose your language:",
        "",
        "🆘 112",
        "  [1] English",
        "  [2] 🆘 I'm in danger now",
    ]
