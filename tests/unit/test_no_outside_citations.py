"""No tracked file cites DESIGN.md: it lives outside the repository and is not shipped, so a
reader of the repository could not follow the citation. Code, tests and docs cite the
repository's own documents (docs/*.md, README.md) or the law or standard a rule comes from.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCOPE = ("bot", "handlers", "storage", "tests", "docs", "README.md")
THIS_FILE = Path(__file__).resolve().relative_to(ROOT).as_posix()
NAME = "DESIGN.md"
# A check that the name is *absent* (e.g. from a command's output) is not a citation.
_ABSENCE = re.compile(r"""(["'])DESIGN\.md\1\s+not\s+in\b""")


def citing_lines(text: str) -> list[int]:
    """Numbers (from 1) of the lines of ``text`` that cite DESIGN.md."""
    return [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if NAME in _ABSENCE.sub("", line)
    ]


def tracked_files() -> list[str]:
    """The files git tracks under :data:`SCOPE`, relative to the repository root."""
    git = shutil.which("git")
    assert git is not None, "git is needed to list the tracked files"
    listed = subprocess.run(
        [git, "ls-files", "-z", "--", *SCOPE],
        cwd=ROOT,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return [path for path in listed.stdout.decode("utf-8").split("\0") if path]


def test_no_tracked_file_cites_design_md() -> None:
    files = tracked_files()
    # the listing really covers the scope (an empty one would pass vacuously)
    assert {"README.md", "docs/conversation.md", "bot/core/triage.py"} <= set(files)
    assert any(path.startswith(("handlers/", "storage/", "tests/")) for path in files)
    found = []
    for path in files:
        if path == THIS_FILE:
            continue
        try:
            text = (ROOT / path).read_text(encoding="utf-8")
        except UnicodeDecodeError:  # images and other binary files
            continue
        found += [f"{path}:{number}" for number in citing_lines(text)]
    assert found == []


def test_the_check_finds_citations_and_ignores_an_absence_check() -> None:
    text = '"""Triage (DESIGN.md §3)."""\nx = 1\n# see ../shared/DESIGN.md\n'
    assert citing_lines(text) == [1, 3]
    assert citing_lines('    assert "DESIGN.md" not in completed.stdout\n') == []
    assert citing_lines("the design (docs/conversation.md)\n") == []
