"""Values outside what the code can hold stop a command with one line and a documented
exit code, never a traceback: a database a newer release migrated (exit code 1), a day
count beyond ``MAX_DAYS`` (2) and a report date before the earliest period day (2).

In process (``bot.cli.main``, what ``python -m bot`` calls), each in its own data folder.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from bot.cli import main
from storage.migrate import alembic_config
from tests.helpers import use_cli_env

NEWER = (
    "error: the database was written by a newer version of Vägvisare (revision '0099' is "
    "unknown to this one, whose newest is {head}); upgrade Vägvisare to the version that "
    "wrote it, or restore a backup made before the upgrade"
)
REPORT = ["report", "--from", "2026-01-01", "--to", "2026-01-31"]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def query(database: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as connection:
        return connection.execute(sql).fetchall()


def head() -> str:
    revision = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert revision is not None
    return revision


# ------------------------------------------------------------ a newer database


@pytest.mark.parametrize("args", [["migrate"], ["chat"], REPORT, ["purge"], ["staff", "list"]])
def test_a_database_from_a_newer_release_is_one_line_and_exit_1(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
) -> None:
    data_dir = tmp_path / "data"
    use_cli_env(monkeypatch, data_dir)
    assert run(["migrate"], capsys)[0] == 0
    database = data_dir / "vagvisare.sqlite3"
    query(database, "UPDATE alembic_version SET version_num = '0099'")
    audit_before = query(database, "SELECT count(*) FROM staff_audit")

    code, out, err = run(args, capsys)

    assert (code, out) == (1, "")
    assert err.splitlines() == [NEWER.format(head=head())]
    assert query(database, "SELECT version_num FROM alembic_version") == [("0099",)]
    assert query(database, "SELECT count(*) FROM staff_audit") == audit_before


# ------------------------------------------------------------ day counts


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("MEMORY_TTL_DAYS", "99999999999"),  # was an OverflowError when the app started
        ("REFERRAL_RETENTION_DAYS", "800000"),  # was "date value out of range" in purge
        ("AUDIT_RETENTION_DAYS", "800000"),
        ("MEMORY_TTL_DAYS", "36501"),
    ],
)
@pytest.mark.parametrize("args", [["purge"], ["chat"]])
def test_a_day_count_beyond_100_years_is_one_line_and_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    value: str,
    args: list[str],
) -> None:
    data_dir = tmp_path / "data"
    use_cli_env(monkeypatch, data_dir, **{name: value})
    code, out, err = run(args, capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"configuration error: {name}: out of range: from 1 to 36500"]
    assert not data_dir.exists()  # refused before anything was opened


def test_the_longest_day_counts_purge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    days = "36500"
    use_cli_env(
        monkeypatch,
        tmp_path / "data",
        MEMORY_TTL_DAYS=days,
        REFERRAL_RETENTION_DAYS=days,
        AUDIT_RETENTION_DAYS=days,
    )
    assert run(["purge"], capsys) == (
        0,
        "deleted: 0 memory records (inactive > 36500 days), 0 referrals (> 36500 days), "
        "0 audit rows (> 36500 days)\n",
        "",
    )


# ------------------------------------------------------------ report dates


@pytest.mark.parametrize("first", ["0001-01-01", "1999-12-31"])
def test_a_report_from_before_2000_is_refused_before_anything_is_audited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], first: str
) -> None:
    data_dir = tmp_path / "data"
    use_cli_env(monkeypatch, data_dir)
    code, out, err = run(["report", "--from", first, "--to", "2026-11-28"], capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"error: the period must begin on 2000-01-01 or later, not {first}"]
    assert not data_dir.exists()  # no database opened, so no audit row


def test_a_report_from_2000_is_made_and_audited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    use_cli_env(monkeypatch, data_dir)
    code, out, _err = run(["report", "--from", "2000-01-01", "--to", "2000-01-31"], capsys)
    assert code == 0
    assert out.splitlines()[0] == (
        "Referrals by topic, 2000-01-01 – 2000-01-31 (counts are referrals)"
    )
    rows = query(data_dir / "vagvisare.sqlite3", "SELECT channel, action FROM staff_audit")
    assert rows == [("cli", "summary")]


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["--from", "2026-13-01", "--to", "2026-01-31"],
            "error: --from: 2026-13-01 is not a date (write YYYY-MM-DD)",
        ),
        (
            ["--from", "2026-01-01", "--to", "2026-02-30"],
            "error: --to: 2026-02-30 is not a date (write YYYY-MM-DD)",
        ),
        (
            ["--from", "1.1.2026", "--to", "2026-01-31"],
            "error: --from: 1.1.2026 is not a date (write YYYY-MM-DD)",
        ),
    ],
)
def test_a_report_date_that_is_not_a_date_is_one_line_and_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    line: str,
) -> None:
    # argparse said "argument --from: invalid fromisoformat value: '2026-13-01'", after a
    # usage line
    data_dir = tmp_path / "data"
    use_cli_env(monkeypatch, data_dir)
    code, out, err = run(["report", *args], capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == [line]
    assert not data_dir.exists()  # no database opened, so no audit row


@pytest.mark.parametrize(("form", "example"), [("csv", "report.csv"), ("table", "report.txt")])
def test_a_report_out_that_is_a_folder_is_one_line_and_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    form: str,
    example: str,
) -> None:
    # was "error: cannot write <folder>: Is a directory", after the summary was audited
    data_dir = tmp_path / "data"
    folder = tmp_path / "out"
    folder.mkdir()
    use_cli_env(monkeypatch, data_dir)
    code, out, err = run([*REPORT, "--format", form, "--out", str(folder)], capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"error: --out: {folder} is a folder; --out names the file to write "
        f"(e.g. {folder / example})"
    ]
    assert list(folder.iterdir()) == []  # nothing written
    assert not data_dir.exists()  # no database opened, so no audit row
