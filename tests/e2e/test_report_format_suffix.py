"""``python -m bot report --out FILE`` without ``--format``: the suffix decides.

A fresh-clone tester's ``report --out x.PNG`` wrote a text table into a file named .png.
The suffix is read in any case (``.txt`` table, ``.csv``, ``.xlsx``, ``.png``); another
suffix, or none, keeps the table. A ``--format`` that contradicts the suffix is one line
on stderr, exit code 2, before the database is opened (no audit row, nothing written).
In process (``tests.helpers.run_main``), on an empty database: a table of zeros.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.helpers import PYTHON, ROOT, cli_env, run_main

REPORT = ["report", "--from", "2026-01-01", "--to", "2026-01-31"]
# What each format's file starts with (PNG signature, ZIP for XLSX, CSV header, the title)
STARTS = {
    "png": b"\x89PNG\r\n",
    "xlsx": b"PK",
    "csv": b"period_from,period_to,kind,",
    "table": b"Referrals by topic",
}


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("x.PNG", "png"),
        ("x.png", "png"),
        ("x.Csv", "csv"),
        ("x.XLSX", "xlsx"),
        ("x.TXT", "table"),
        ("x.dat", "table"),  # unknown suffix: the default, as before
        ("x", "table"),
        ("x.png.bak", "table"),  # the last suffix counts
    ],
)
def test_without_format_the_suffix_decides(tmp_path: Path, name: str, form: str) -> None:
    out = tmp_path / name
    done = run_main(tmp_path / "data", *REPORT, "--out", str(out))
    assert (done.returncode, done.stdout, done.stderr) == (0, f"wrote {out}\n", "")
    assert out.read_bytes().startswith(STARTS[form])


@pytest.mark.parametrize(
    ("given", "name", "named", "suffix"),
    [
        ("csv", "x.png", "png", "csv"),
        ("table", "x.PNG", "png", "txt"),
        ("png", "x.csv", "csv", "png"),
        ("xlsx", "x.txt", "table", "xlsx"),
        ("csv", "x.XLSX", "xlsx", "csv"),
    ],
)
def test_a_format_that_contradicts_the_suffix_is_refused(
    tmp_path: Path, given: str, name: str, named: str, suffix: str
) -> None:
    data = tmp_path / "data"
    out = tmp_path / name
    done = run_main(data, *REPORT, "--format", given, "--out", str(out))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.splitlines() == [
        f"error: --format {given}: --out {out} is a {named} file by its suffix; "
        f"drop --format, or give the file a .{suffix} suffix"
    ]
    assert not out.exists()
    assert not data.exists()  # refused before the database was opened: no audit row


@pytest.mark.parametrize(
    ("given", "name"),
    [
        ("png", "x.PNG"),
        ("csv", "x.dat"),
        ("xlsx", "x"),
        ("table", "x.Txt"),
        ("PNG", "x.png"),  # --format in any case, as the suffix (a fresh-clone tester)
        ("Csv", "x"),
    ],
)
def test_a_format_that_agrees_or_an_unknown_suffix_is_written(
    tmp_path: Path, given: str, name: str
) -> None:
    out = tmp_path / name
    done = run_main(tmp_path / "data", *REPORT, "--format", given, "--out", str(out))
    assert (done.returncode, done.stdout, done.stderr) == (0, f"wrote {out}\n", "")
    assert out.read_bytes().startswith(STARTS[given.lower()])


def test_an_inferred_format_is_named_in_the_folder_refusal(tmp_path: Path) -> None:
    """``--out DIR`` says which file to name; the example follows ``--format``."""
    folder = tmp_path / "out"
    folder.mkdir()
    done = run_main(tmp_path / "data", *REPORT, "--format", "xlsx", "--out", str(folder))
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"error: --out: {folder} is a folder; --out names the file to write "
        f"(e.g. {folder / 'report.xlsx'})"
    ]


def test_a_first_png_on_a_new_machine_writes_no_log_line(tmp_path: Path) -> None:
    """matplotlib builds its font cache the first time it draws on a machine and says so at
    INFO ("generated new fontManager"): a first PNG report put that JSON line on stderr (a
    helper's fresh environment). A real process with an empty matplotlib config folder, so
    that the cache is built in it."""
    out = tmp_path / "r.png"
    env = cli_env(tmp_path / "data", MPLCONFIGDIR=str(tmp_path / "mpl"))
    done = subprocess.run(
        [PYTHON, "-m", "bot", *REPORT, "--out", str(out)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, f"wrote {out}\n", "")
    assert out.read_bytes().startswith(STARTS["png"])
    assert any((tmp_path / "mpl").glob("fontlist-*.json"))  # the cache was built in this run
