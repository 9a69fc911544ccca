"""``python -m bench throughput --quick`` runs end to end (figures: docs/performance.md)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.helpers import PYTHON, ROOT, cli_env


@pytest.mark.slow
def test_quick_throughput_benchmark_prints_its_table_and_ratio(tmp_path: Path) -> None:
    completed = subprocess.run(
        [PYTHON, "-m", "bench", "throughput", "--quick", "--users", "40"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(tmp_path),
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    lines = completed.stdout.strip().splitlines()
    assert lines[1].split()[:3] == ["run", "updates", "s"]
    assert any(line.startswith("bare aiogram (echo)") for line in lines)
    assert any(line.startswith("Vägvisare (SQLite state)") for line in lines)
    assert any(line.startswith("aiogram floor (our calls only)") for line in lines)
    assert re.search(r"Vägvisare \d\.\d\d; floor_ratio_vs_bare_aiogram=\d+\.\d\d ", lines[-2])
    assert re.fullmatch(r"ratio_vs_bare_aiogram=\d+\.\d\d", lines[-1])
    assert "Traceback" not in completed.stderr
