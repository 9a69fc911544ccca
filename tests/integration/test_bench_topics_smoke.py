"""``python -m bench topics`` counts right, wrong and missing topics and false prompts per set
and language on the shipped lists, and refuses a malformed set (docs/conversation.md,
"Typed text that names a topic")."""

from __future__ import annotations

import io
import json
import logging
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from bench.cli import main
from tests.helpers import pytest_monkeypatch, use_cli_env


def bench(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m bench topics ARGS`` with ``--sets`` at ``tmp_path/sets``, unless given,
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
                code = main(["topics", *sets, *args])
            finally:
                root.setLevel(levels[0])
                ours.setLevel(levels[1])
    return subprocess.CompletedProcess(["bench", *args], code, out.getvalue(), err.getvalue())


def write(folder: Path, name: str, items: list[dict[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(item, ensure_ascii=False) for item in items]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def tiny_set(tmp_path: Path) -> None:
    """Messages whose answer on the shipped lists is known (data/topics)."""
    write(
        tmp_path / "sets" / "tiny",
        "sv.jsonl",
        [
            # right: offered_to_hold, owe_them
            {"text": "nån erbjöd mig pengar för att hålla en väska", "lang": "sv",
             "topic": "recruitment_pressure"},
            {"text": "jag är skyldig dem pengar och de hotar mig", "lang": "sv",
             "topic": "debt_or_threat"},
            # wrong topic: a parent's worry read as the son's own wish to get out
            {"text": "min son vill ta sig ur gänget", "lang": "sv", "topic": "family_worry",
             "note": "a parent"},
            # a command gets no question in the bot, whatever follows it
            {"text": "/start jag är skyldig dem pengar", "lang": "sv",
             "topic": "debt_or_threat", "note": "a command"},
            {"text": "hur bokar jag tid hos kuratorn", "lang": "sv", "topic": "none"},
        ],
    )  # fmt: skip
    write(
        tmp_path / "sets" / "tiny",
        "en.jsonl",
        [
            {"text": "they want me to sell for them", "lang": "en",
             "topic": "recruitment_pressure", "note": "x"},
            {"text": "he offered to hold my bag", "lang": "en", "topic": "none",
             "note": "a friendly offer"},
            {"text": "my son has a second phone", "lang": "en", "topic": "family_worry"},
        ],
    )  # fmt: skip


def test_counts_per_language_and_lists_the_wrong_answers(tmp_path: Path) -> None:
    tiny_set(tmp_path)
    done = bench(tmp_path, "--misses")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == [
        "set", "lang", "topic", "right", "recall", "wrong", "none", "prompted", "false_prompt",
        "us/msg",
    ]  # fmt: skip
    assert lines[2].split() == ["tiny", "en", "2", "1", "50%", "0", "1", "1", "100%"]
    assert lines[3].split() == ["tiny", "sv", "4", "2", "50%", "1", "1", "0", "0%"]
    assert lines[4].split()[:9] == ["tiny", "all", "6", "3", "50%", "1", "2", "1", "50%"]
    assert float(lines[4].split()[9]) > 0  # us/msg, on the "all" row only
    assert lines[6:] == [
        "tiny en recruitment_pressure → none: they want me to sell for them  (x)",
        "tiny en none → recruitment_pressure: he offered to hold my bag  (a friendly offer)",
        "tiny sv family_worry → wants_out: min son vill ta sig ur gänget  (a parent)",
        "tiny sv debt_or_threat → none: /start jag är skyldig dem pengar  (a command)",
    ]


def test_without_misses_no_messages_are_printed(tmp_path: Path) -> None:
    tiny_set(tmp_path)
    done = bench(tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 5  # header, rule, en, sv, all
    assert "they want me" not in done.stdout


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"text": "hej", "lang": "sv", "topic": "drugs"}',
         "needs a 'topic' of recruitment_pressure, debt_or_threat, wants_out, family_worry, none"),
        ('{"text": "hej", "lang": "sv"}',
         "needs a 'topic' of recruitment_pressure, debt_or_threat, wants_out, family_worry, none"),
        ('{"text": 5, "lang": "sv", "topic": "none"}', "needs 'text' and 'lang' strings"),
        ('{"text": "hej", "topic": "none"}', "needs 'text' and 'lang' strings"),
        ('["hej"]',
         "needs a 'topic' of recruitment_pressure, debt_or_threat, wants_out, family_worry, none"),
        ('{"text": "hej", ', "not JSON (Expecting property name enclosed in double quotes)"),
    ],
)  # fmt: skip
def test_a_malformed_line_is_refused_with_its_file_and_line(
    tmp_path: Path, line: str, problem: str
) -> None:
    folder = tmp_path / "sets" / "bad"
    folder.mkdir(parents=True)
    good = '{"text": "hej", "lang": "sv", "topic": "none"}'
    (folder / "sv.jsonl").write_text(f"{good}\n\n{line}\n", encoding="utf-8")
    done = bench(tmp_path)
    assert done.returncode == 2
    assert done.stdout == f"bad: {folder / 'sv.jsonl'}:3: {problem}\n"


def test_no_sets_is_refused(tmp_path: Path) -> None:
    (tmp_path / "sets").mkdir()
    done = bench(tmp_path)
    assert done.returncode == 2
    assert done.stdout == f"no sets under {tmp_path / 'sets'}\n"
