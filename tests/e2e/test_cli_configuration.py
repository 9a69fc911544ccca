"""A bad setting stops every mode with one line per bad field and exit code 2, before
anything runs (no traceback, nothing written to the data folder)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from bot.cli import COMMANDS, main
from tests.helpers import PYTHON, ROOT, cli_env, run_main

pytestmark = pytest.mark.slow

# Each mode with the arguments it needs to get past argparse.
INVOCATIONS = {
    "run": ["run"],
    "webhook": ["webhook"],
    "chat": ["chat"],
    "replay": ["replay", "-"],
    "resources": ["resources", "check"],
    "report": ["report", "--from", "2026-01-01", "--to", "2026-01-31"],
    "staff": ["staff", "list"],
    "purge": ["purge"],
    "privacy-audit": ["privacy-audit"],
    "migrate": ["migrate"],
}

# Settings the tests' own environment must not pass in (as tests.helpers.cli_env).
ISOLATED = ("BOT_", "DATABASE_", "PSEUDONYM_", "WEBHOOK_", "REDIS_", "CAMPAIGN_", "THROTTLE_")

STAFF_IDS_LINE = (
    "configuration error: STAFF_IDS: item 1: not a whole number; "
    "expected e.g. [123, 456] or 123,456"
)


def run(data_dir: Path, args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "bot", *args],
        input="",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(data_dir, **env),
        timeout=120,
        check=False,
    )


def test_every_mode_is_covered() -> None:
    assert set(INVOCATIONS) == {command.name for command in COMMANDS}


@pytest.mark.parametrize("mode", sorted(INVOCATIONS))
def test_a_bad_setting_is_one_line_and_exit_2_in_every_mode(
    tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # In process (the entry point ``python -m bot`` calls), to spare a 3-4 s interpreter
    # start per mode; the subprocess tests below check the real process's exit code.
    for name, value in cli_env(tmp_path, STAFF_IDS="notjson").items():
        monkeypatch.setenv(name, value)
    for name in [n for n in os.environ if n.startswith(ISOLATED)]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("STAFF_IDS", "notjson")
    monkeypatch.chdir(ROOT)
    assert main(INVOCATIONS[mode]) == 2
    out, err = capsys.readouterr()
    assert err.splitlines() == [STAFF_IDS_LINE]
    assert out == ""
    assert list(tmp_path.iterdir()) == []  # refused before the app opened anything


def test_a_bad_setting_stops_the_process_with_exit_2(tmp_path: Path) -> None:
    done = run(tmp_path, INVOCATIONS["run"], STAFF_IDS="notjson")
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [STAFF_IDS_LINE]
    assert done.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_several_bad_settings_are_one_line_each(tmp_path: Path) -> None:
    done = run_main(
        tmp_path,
        "staff",
        "list",
        STAFF_IDS="123,456x",
        CAMPAIGN_CODES="poster school",
        MEMORY_TTL_DAYS="0",
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "configuration error: STAFF_IDS: item 2: not a whole number; "
        "expected e.g. [123, 456] or 123,456",
        "configuration error: CAMPAIGN_CODES: every code must be 1-64 characters of "
        'A-Z, a-z, 0-9, _ and -; expected e.g. ["poster_school1", "flyer"] or poster_school1,flyer',
        "configuration error: MEMORY_TTL_DAYS: out of range: from 1 to 36500",
    ]


def test_the_comma_forms_a_person_types_are_taken(tmp_path: Path) -> None:
    done = run_main(tmp_path, "staff", "list", STAFF_IDS="123, 456", CAMPAIGN_CODES="poster")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:3] == [
        "telegram_id\trole\tsource",
        "123\tadmin\tconfig",
        "456\tadmin\tconfig",
    ]


def test_a_report_into_a_missing_folder_is_refused_before_anything_is_audited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    for name in [n for n in os.environ if n.startswith(ISOLATED)]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("DATA_DIR", str(data_dir))
    monkeypatch.chdir(ROOT)
    out = tmp_path / "no-such-folder" / "report.csv"
    args = ["report", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "csv"]
    assert main([*args, "--out", str(out)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"error: --out: cannot write {out}: no such folder"
    ]
    assert not data_dir.exists()  # no database opened, so no audit row


# The modes that keep something in DATA_DIR (`resources` does not use it).
DATA_DIR_MODES = sorted(set(INVOCATIONS) - {"resources", "run", "webhook"})


@pytest.mark.parametrize("mode", DATA_DIR_MODES)
def test_a_data_dir_that_is_a_file_is_one_line_and_exit_2_in_every_mode(
    tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not the errno text ("File exists"): the line says what is wrong with DATA_DIR."""
    data_file = tmp_path / "data"
    data_file.write_text("a note, not the data folder\n", encoding="utf-8")
    for name in [n for n in os.environ if n.startswith(ISOLATED)]:
        monkeypatch.delenv(name)
    for name, value in cli_env(data_file).items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(ROOT)
    assert main(INVOCATIONS[mode]) == 2
    out, err = capsys.readouterr()
    assert (out, err.splitlines()) == (
        "",
        [f"error: DATA_DIR: {data_file} is a file, not a folder"],
    )
    assert data_file.read_text(encoding="utf-8") == "a note, not the data folder\n"


def test_a_data_dir_that_is_a_file_stops_the_process_with_exit_2(tmp_path: Path) -> None:
    data_file = tmp_path / "data"
    data_file.write_text("", encoding="utf-8")
    done = run(data_file, ["run"], BOT_TOKEN="123456:" + "A" * 35)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [f"error: DATA_DIR: {data_file} is a file, not a folder"]
    assert done.stdout == ""


@pytest.mark.parametrize("mode", ["chat", "staff"])
def test_an_env_file_that_is_not_utf8_is_one_line_and_exit_2(
    tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .env saved as Latin-1 by an editor (a fresh-clone tester): python-dotenv's
    UnicodeDecodeError was a traceback; now one line naming the byte, before anything opens."""
    data = tmp_path / "data"
    for name, value in cli_env(data).items():
        monkeypatch.setenv(name, value)
    for name in [n for n in os.environ if n.startswith(ISOLATED)]:
        monkeypatch.delenv(name)
    (tmp_path / ".env").write_bytes(b"# inst\xe4llningar\nDEFAULT_LOCALE=sv\n")
    monkeypatch.chdir(tmp_path)
    assert main(INVOCATIONS[mode]) == 2
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        "configuration error: .env: not UTF-8 (byte 0xe4 at offset 6); save it as UTF-8"
    ]
    assert out == ""
    assert not data.exists()
