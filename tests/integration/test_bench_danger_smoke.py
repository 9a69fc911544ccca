"""``python -m bench danger`` counts caught and missed messages per set and language on the
shipped lists, and refuses a malformed set (figures: docs/conversation.md, "How much the
lists catch")."""

from __future__ import annotations

import io
import json
import logging
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from bench.cli import main
from tests.helpers import ROOT, pytest_monkeypatch, use_cli_env


def bench(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m bench danger ARGS`` with ``--sets`` at ``tmp_path/sets``, unless given,
    run in this process (``bench.cli.main``, what ``python -m bench`` calls; a new
    interpreter costs ~4 s)."""
    sets = [] if "--sets" in args else ["--sets", str(tmp_path / "sets")]
    out, err = io.StringIO(), io.StringIO()
    root, ours = logging.getLogger(), logging.getLogger("vagvisare")  # main sets their levels
    levels = root.level, ours.level
    with pytest_monkeypatch() as patch:
        use_cli_env(patch, tmp_path)
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(["danger", *sets, *args])
            finally:
                root.setLevel(levels[0])
                ours.setLevel(levels[1])
    return subprocess.CompletedProcess(["bench", *args], code, out.getvalue(), err.getvalue())


def write(folder: Path, name: str, items: list[dict[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(item, ensure_ascii=False) for item in items]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_counts_per_language_and_lists_what_was_missed(tmp_path: Path) -> None:
    write(
        tmp_path / "sets" / "tiny",
        "sv.jsonl",
        [
            {"text": "jag ska ta livet av mig ikväll", "lang": "sv", "kind": "danger"},
            {"text": "vilken färg har himlen", "lang": "sv", "kind": "danger", "note": "x"},
            {"text": "hur bokar jag tid hos kuratorn", "lang": "sv", "kind": "ordinary"},
        ],
    )
    write(
        tmp_path / "sets" / "tiny",
        "en.jsonl",
        [{"text": "he has a knife and says he will kill me", "lang": "en", "kind": "danger"}],
    )
    done = bench(tmp_path, "--misses")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == [
        "set", "lang", "danger", "caught", "recall", "ordinary", "fired", "false_alarm", "us/msg"
    ]  # fmt: skip
    assert lines[2].split() == ["tiny", "en", "1", "1", "100%", "0", "0", "-"]
    assert lines[3].split() == ["tiny", "sv", "2", "1", "50%", "1", "0", "0%"]
    assert lines[4].split()[:8] == ["tiny", "all", "3", "2", "67%", "1", "0", "0%"]
    assert lines[-1] == "tiny sv missed: vilken färg har himlen  (x)"


def test_a_malformed_set_is_refused_with_its_file_and_line(tmp_path: Path) -> None:
    write(tmp_path / "sets" / "bad", "sv.jsonl", [{"text": "hej", "lang": "sv", "kind": "?"}])
    done = bench(tmp_path)
    assert done.returncode == 2
    assert done.stdout.strip().endswith("sv.jsonl:1: needs a 'kind' of danger or ordinary")


def test_the_committed_sets_load(tmp_path: Path) -> None:
    done = bench(tmp_path, "--sets", str(ROOT / "bench" / "data" / "danger"))
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines()[2:]]
    for name, danger, ordinary in (
        ("round7", "220", "85"),
        ("round8", "192", "80"),
        ("round9", "192", "80"),
        ("round10", "150", "60"),
    ):
        found = {row[1]: row for row in rows if row[0] == name}
        assert set(found) == {"sv", "en", "ar", "fa", "so", "ti", "fi", "mixed", "all"}
        assert (found["all"][2], found["all"][5]) == (danger, ordinary)  # messages in the set
