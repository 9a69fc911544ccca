"""What ``python -m bot report`` says about the file it writes: one line, ``wrote FILE``, for
every format with ``--out`` (an XLSX or PNG report printed nothing, so a person could not
tell it had worked); nothing but the report on stdout without ``--out``; and every
``--out`` error starts ``--out:``, as the folder error and ``resources --out`` do; a PNG
chart of too many cells is one ``--format png:`` line, not a traceback.

In process (``bot.cli.main``, what ``python -m bot`` calls), on an empty database: a report
of no referrals is a table of zeros, written in every format.
"""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from bot.cli import main
from bot.core.directory import load_directory
from bot.exports import MAX_CHART_BARS
from storage.engine import create_engine
from storage.migrate import upgrade
from storage.tables import referral
from tests.helpers import ROOT, use_cli_env

REPORT = ["report", "--from", "2026-01-01", "--to", "2026-01-31"]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("form", "suffix"), [("table", "txt"), ("csv", "csv"), ("xlsx", "xlsx"), ("png", "png")]
)
def test_every_format_written_to_a_file_says_which_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    form: str,
    suffix: str,
) -> None:
    use_cli_env(monkeypatch, tmp_path / "data")
    out = tmp_path / f"report.{suffix}"
    assert run([*REPORT, "--format", form, "--out", str(out)], capsys) == (0, f"wrote {out}\n", "")
    assert out.stat().st_size > 0


def test_without_out_stdout_is_the_report_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a pipe reads (``report --format csv | ...``): no ``wrote`` line."""
    use_cli_env(monkeypatch, tmp_path / "data")
    code, out_text, err = run([*REPORT, "--format", "csv"], capsys)
    assert (code, err) == (0, "")
    assert out_text.startswith("period_from,period_to,kind,")
    assert "wrote" not in out_text


def test_a_report_file_that_cannot_be_written_names_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The folder exists but the write fails (``/dev/full``: no space left): the same
    ``--out:`` line as a missing folder, exit code 2."""
    use_cli_env(monkeypatch, tmp_path / "data")
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full on this system")
    assert run([*REPORT, "--format", "csv", "--out", str(full)], capsys) == (
        2,
        "",
        f"error: --out: cannot write {full}: No space left on device\n",
    )


def test_a_report_into_a_missing_folder_names_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use_cli_env(monkeypatch, tmp_path / "data")
    out = tmp_path / "missing" / "dir" / "r.csv"
    assert run([*REPORT, "--format", "csv", "--out", str(out)], capsys) == (
        2,
        "",
        f"error: --out: cannot write {out}: no such folder\n",
    )
    assert not (tmp_path / "data").exists()  # refused before the database was opened


def test_an_empty_out_is_named_as_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--out ''`` (an unset shell variable) was read as the current folder: ``. is a folder``."""
    use_cli_env(monkeypatch, tmp_path / "data")
    assert run([*REPORT, "--format", "csv", "--out", ""], capsys) == (
        2,
        "",
        "error: --out: an empty name; --out names the file to write (e.g. report.csv)\n",
    )
    assert not (tmp_path / "data").exists()  # refused before the database was opened


@pytest.mark.parametrize("under", ["r.csv", "more/r.csv"])
def test_a_report_under_a_file_names_the_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    under: str,
) -> None:
    """``notes.txt/r.csv``: the folder is not missing, it is a file (was ``no such folder``)."""
    use_cli_env(monkeypatch, tmp_path / "data")
    notes = tmp_path / "notes.txt"
    notes.write_text("kept\n")
    out = notes / under
    assert run([*REPORT, "--format", "csv", "--out", str(out)], capsys) == (
        2,
        "",
        f"error: --out: cannot write {out}: {notes} is a file, not a folder\n",
    )
    assert notes.read_text() == "kept\n"
    assert not (tmp_path / "data").exists()  # refused before the database was opened


def _weeks(count: int) -> tuple[date, date]:
    """``count`` whole ISO weeks (Monday to Sunday) ending last Sunday or earlier."""
    today = date.today()
    last = today - timedelta(days=today.weekday() + 1)
    return last - timedelta(days=7 * count - 1), last


def _seed(data_dir: Path, first: date, services: list[list[str]]) -> None:
    """One referral a day from ``first`` on, showing ``services[i]`` on day ``i``."""

    async def write() -> None:
        engine = create_engine(f"sqlite+aiosqlite:///{data_dir / 'vagvisare.sqlite3'}")
        try:
            await upgrade(engine)
            rows = [
                {
                    "id": f"{i:032x}",
                    "hour": datetime.combine(first + timedelta(days=i), time(11)),
                    "audience": "young_person",
                    "topic": "drugs",
                    "urgency": "support",
                    "locale": "sv",
                    "services_shown": shown,
                }
                for i, shown in enumerate(services)
            ]
            async with engine.begin() as connection:
                await connection.execute(insert(referral), rows)
        finally:
            await engine.dispose()

    data_dir.mkdir()
    asyncio.run(write())


def _audit_rows(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "vagvisare.sqlite3") as connection:
        (count,) = connection.execute("SELECT count(*) FROM staff_audit").fetchone()
    return int(count)


SERVICES = [s.id for s in load_directory(ROOT / "data" / "resources.json").services]


def test_a_chart_of_too_many_cells_is_one_line_and_no_audit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """26 weeks by every service of the directory: a traceback (``ValueError: too many cells
    for a chart``) and an audit row were all a person got. The weeks and the directory's
    services are known before the referrals are read, so it is refused before the audit."""
    data = tmp_path / "data"
    use_cli_env(monkeypatch, data)
    first, last = _weeks(26)
    _seed(data, first, [SERVICES[i % 3 : i % 3 + 2] for i in range(26 * 7)])
    cells = 26 * len(SERVICES)
    assert cells > MAX_CHART_BARS
    out = tmp_path / "x.png"
    args = ["report", "--from", str(first), "--to", str(last), "--by", "week,resource"]
    assert run([*args, "--format", "png", "--out", str(out)], capsys) == (
        2,
        "",
        f"error: --format png: a chart shows at most {MAX_CHART_BARS} cells, this table has"
        f" {cells}; use --format csv or xlsx, fewer --by dimensions or a shorter period\n",
    )
    assert not out.exists()
    assert _audit_rows(data) == 0  # nothing was published
    csv_out = tmp_path / "x.csv"  # what the line advises works, and is audited
    assert run([*args, "--format", "csv", "--out", str(csv_out)], capsys) == (
        0,
        f"wrote {csv_out}\n",
        "",
    )
    assert _audit_rows(data) == 1


def test_services_found_only_in_referrals_refuse_the_chart_after_the_audit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Services since removed from the directory are found only by reading the referrals:
    the same line, but the summary was already audited (the one case that is)."""
    data = tmp_path / "data"
    use_cli_env(monkeypatch, data)
    weeks = MAX_CHART_BARS // len(SERVICES)  # as many weeks as still fit beside the directory
    first, last = _weeks(weeks)
    gone = [f"gone-{n}" for n in range(weeks)]  # every week shows one more removed service
    _seed(data, first, [[SERVICES[0], gone[i // 7]] for i in range(weeks * 7)])
    cells = weeks * (len(SERVICES) + len(gone))
    assert weeks * len(SERVICES) <= MAX_CHART_BARS < cells
    out = tmp_path / "x.png"
    args = ["report", "--from", str(first), "--to", str(last), "--by", "week,resource"]
    assert run([*args, "--format", "png", "--out", str(out)], capsys) == (
        2,
        "",
        f"error: --format png: a chart shows at most {MAX_CHART_BARS} cells, this table has"
        f" {cells}; use --format csv or xlsx, fewer --by dimensions or a shorter period\n",
    )
    assert not out.exists()
    assert _audit_rows(data) == 1
