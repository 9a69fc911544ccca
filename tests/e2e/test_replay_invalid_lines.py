"""``python -m bot replay``: a line nested deeper than Python's json can read, and a line
that is not UTF-8, are invalid lines like any other (skipped, their line number on stderr,
exit code 1), not a traceback that aborts the replay. In process through ``bot.cli.main``,
what ``python -m bot`` calls.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from tests.helpers import ROOT, use_cli_env

REPLAY_FILE = ROOT / "tests" / "data" / "replay_parent_en.jsonl"
DEEP = "[" * 200_000 + "]" * 200_000  # json.loads raises RecursionError
READABLE_BUT_DEEP = '{"update_id": 7, "message": {"text": ' + "[" * 200 + "]" * 200 + "}}"


def test_a_line_nested_too_deeply_is_skipped_and_the_replay_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use_cli_env(monkeypatch, tmp_path / "data")
    start, language = REPLAY_FILE.read_text(encoding="utf-8").splitlines()[:2]
    source = tmp_path / "updates.jsonl"
    source.write_text("\n".join([start, DEEP, READABLE_BUT_DEEP, language]) + "\n")

    code = main(["replay", str(source)])
    out, err = capsys.readouterr()

    assert code == 1
    methods = [json.loads(line)["method"] for line in out.splitlines()]
    assert methods == ["sendMessage", "answerCallbackQuery", "editMessageText"]  # lines 1, 4
    warnings = [json.loads(line)["msg"] for line in err.splitlines() if "Telegram Update" in line]
    assert warnings == [
        "line 2 is not a Telegram Update: RecursionError",
        "line 3 is not a Telegram Update: ValidationError",
    ]
    assert "Traceback" not in err


def test_a_line_that_is_not_utf_8_is_skipped_and_the_replay_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    use_cli_env(monkeypatch, tmp_path / "data")
    start, language = REPLAY_FILE.read_text(encoding="utf-8").splitlines()[:2]
    latin_1 = start.replace('"update_id": 9001', '"update_id": 9002').replace("/start", "Hjälp")
    assert latin_1 != start
    source = tmp_path / "updates.jsonl"
    source.write_bytes(b"\n".join([start.encode(), latin_1.encode("latin-1"), language.encode()]))

    code = main(["replay", str(source)])
    out, err = capsys.readouterr()

    assert code == 1
    methods = [json.loads(line)["method"] for line in out.splitlines()]
    assert methods == ["sendMessage", "answerCallbackQuery", "editMessageText"]  # lines 1, 3
    warnings = [json.loads(line)["msg"] for line in err.splitlines() if "Telegram Update" in line]
    assert warnings == ["line 2 is not a Telegram Update: not UTF-8 text"]
    assert "Traceback" not in err


def test_json_that_is_not_an_object_is_named_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``[1,2]`` or ``"text"`` is valid JSON but no Update: said in words, not "TypeError"."""
    use_cli_env(monkeypatch, tmp_path / "data")
    start = REPLAY_FILE.read_text(encoding="utf-8").splitlines()[0]
    source = tmp_path / "updates.jsonl"
    source.write_text("\n".join(["[1, 2]", '"hej"', "7", start]) + "\n")

    code = main(["replay", str(source)])
    out, err = capsys.readouterr()

    assert code == 1
    assert [json.loads(line)["method"] for line in out.splitlines()] == ["sendMessage"]
    warnings = [json.loads(line)["msg"] for line in err.splitlines() if "Telegram Update" in line]
    assert warnings == [f"line {n} is not a Telegram Update: not a JSON object" for n in (1, 2, 3)]
