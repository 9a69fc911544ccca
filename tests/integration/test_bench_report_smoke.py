"""``python -m bench report`` runs the staff path end to end on a small table (figures:
docs/performance.md, "report")."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.helpers import PYTHON, ROOT, cli_env


@pytest.mark.slow
def test_report_benchmark_prints_staff_path_and_sql_times(tmp_path: Path) -> None:
    completed = subprocess.run(
        [
            PYTHON,
            "-m",
            "bench",
            "report",
            "--rows",
            "3000",
            "--skip-postgres",
            "--by",
            "topic,audience",
            "--by",
            "resource,week",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(tmp_path),
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    lines = completed.stdout.strip().splitlines()
    assert lines[0] == "report: whole-year summary (best of 3)"
    assert lines[1].split() == [
        "database",
        "rows",
        "by",
        "staff",
        "path",
        "s",
        "its",
        "CPU",
        "s",
        "SQL",
        "only",
        "s",
        "issue",
        "5",
        "path",
        "s",
    ]
    rows = [line.split() for line in lines[3:]]
    assert [row[:2] for row in rows] == [["SQLite", "3,000"]] * 2
    assert [" ".join(row[2:5]) for row in rows] == ["topic × audience", "resource × week"]
    assert all(min(map(float, row[5:8])) >= 0 and row[8] == "-" for row in rows)
    assert "Traceback" not in completed.stderr
