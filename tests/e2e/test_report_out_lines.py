"""What ``python -m bot report`` says about the file it writes: one line, ``wrote FILE``, for
every format with ``--out`` (an XLSX or PNG report printed nothing, so a person could not
tell it had worked); nothing but the report on stdout without ``--out``; and every
``--out`` error starts ``--out:``, as the folder error and ``resources --out`` do.

In process (``bot.cli.main``, what ``python -m bot`` calls), on an empty database: a report
of no referrals is a table of zeros, written in every format.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from tests.helpers import use_cli_env

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
