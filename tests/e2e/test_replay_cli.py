"""``python -m bot replay``: real-shaped Update JSON in, the bot's Bot API calls out."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from handlers.screens import PICKER_EMERGENCY_LINE
from tests.helpers import ROOT, run_main

REPLAY_FILE = ROOT / "tests" / "data" / "replay_parent_en.jsonl"

EXPECTED_METHODS = [
    "sendMessage",  # /start: language picker
    "answerCallbackQuery",  # lang:en
    "editMessageText",  # privacy note
    "answerCallbackQuery",  # nav:privacy_ok
    "editMessageText",  # audience menu
    "answerCallbackQuery",  # pick:aud:parent
    "editMessageText",  # topic menu
    "sendMessage",  # typed "my son has two phones": is this about a child drawn into crime?
    "answerCallbackQuery",  # pick:topic:family_worry
    "editMessageText",  # the warning-sign checklist
    "answerCallbackQuery",  # sign:two_phones
    "editMessageText",  # the checklist, two phones ticked
    "answerCallbackQuery",  # nav:signs_done
    "editMessageText",  # graded advice and resource cards
    "sendMessage",  # did this help?
    "answerCallbackQuery",  # fb:yes
    "editMessageText",  # thanks
]


def replay(
    data_dir: Path, source: str | Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m bot replay SOURCE``, run in this process (:func:`run_main`)."""
    return run_main(data_dir, "replay", str(source), stdin=stdin or "")


@pytest.mark.slow
def test_replay_prints_every_bot_api_call_in_order(tmp_path: Path) -> None:
    completed = replay(tmp_path, REPLAY_FILE)
    assert completed.returncode == 0, completed.stderr
    calls = [json.loads(line) for line in completed.stdout.splitlines()]
    assert [call["method"] for call in calls] == EXPECTED_METHODS

    picker = calls[0]["params"]
    assert picker["chat_id"] == 5550123
    assert (
        picker["text"] == "Choose your language:" + PICKER_EMERGENCY_LINE
    )  # en-GB negotiated to en
    assert [
        [button["callback_data"] for button in row]
        for row in picker["reply_markup"]["inline_keyboard"]
    ] == [
        ["lang:sv", "lang:en"],  # two languages to a row
        ["lang:ar", "lang:fa"],
        ["lang:so", "lang:ti"],
        ["lang:fi", "lang:ckb"],
        ["lang:tr", "lang:es"],
        ["nav:danger", "nav:exit"],  # the safety row, as on every menu
    ]
    assert calls[1]["params"] == {"callback_query_id": "cq1"}
    assert calls[6]["params"]["message_id"] == 1
    assert "What is it about?" in calls[6]["params"]["text"]
    # the typed text names a topic (handlers/typed_topic.py); the parent presses the menu instead
    assert calls[7]["params"]["text"].startswith(
        "It sounds like this is about: <b>worry that a child is being drawn into crime</b>."
    )
    assert "&amp;" not in calls[7]["params"]["text"]  # the typed text is never echoed
    assert calls[9]["params"]["text"].startswith("Have you noticed any of these?")
    ticked = [row[0]["text"] for row in calls[11]["params"]["reply_markup"]["inline_keyboard"]]
    assert "✅ Has two phones" in ticked
    assert calls[10]["params"] == {"callback_query_id": "cq5"}
    cards = calls[13]["params"]["text"]
    assert cards.startswith("Several signs together")  # one serious sign: act now
    assert "Here is where you can get help:" in cards
    assert "112" in cards
    assert "114 14" in cards
    assert calls[14]["params"]["text"] == "Did this help?"
    assert calls[16]["params"]["text"].startswith("Thank you.")

    with sqlite3.connect(tmp_path / "vagvisare.sqlite3") as connection:
        rows = connection.execute(
            "SELECT audience, topic, locale, outcome FROM referral"
        ).fetchall()
    assert rows == [("parent", "family_worry", "en", "yes")]


@pytest.mark.slow
def test_replay_reads_stdin_and_reports_invalid_lines(tmp_path: Path) -> None:
    good = REPLAY_FILE.read_text(encoding="utf-8").splitlines()[0]
    completed = replay(tmp_path, "-", stdin="not json\n" + good + "\n[1, 2]\n")
    assert completed.returncode == 1
    assert [json.loads(line)["method"] for line in completed.stdout.splitlines()] == ["sendMessage"]
    assert "line 1 is not a Telegram Update" in completed.stderr
    assert "line 3 is not a Telegram Update" in completed.stderr
    assert "not json" not in completed.stderr  # logs never echo what was sent


@pytest.mark.slow
def test_replay_handles_a_repeated_update_id_once_as_run_does(tmp_path: Path) -> None:
    """Telegram may deliver an update again; replay skips it like ``run`` and ``webhook``
    (the ``processed_update`` table), also in a later run on the same data. Lines without
    an ``update_id`` are numbered anew each run and never skipped."""
    lines = REPLAY_FILE.read_text(encoding="utf-8").splitlines()
    start, language, privacy_ok = lines[0], lines[1], lines[2]
    repeated = tmp_path / "repeated.jsonl"
    repeated.write_text(
        "\n".join([start, start, language, language, privacy_ok, language, start]) + "\n",
        encoding="utf-8",
    )
    completed = replay(tmp_path, repeated)
    assert completed.returncode == 0, completed.stderr
    calls = [json.loads(line) for line in completed.stdout.splitlines()]
    assert [call["method"] for call in calls] == EXPECTED_METHODS[:5]
    assert [c["params"].get("callback_query_id") for c in calls[1::2]] == ["cq1", "cq2"]
    assert completed.stderr.count("duplicate update skipped") == 4

    again = replay(tmp_path, repeated)  # the same data directory: all seen
    assert again.returncode == 0, again.stderr
    assert again.stdout == ""

    unnumbered = json.loads(start)
    del unnumbered["update_id"]
    twice = replay(tmp_path, "-", stdin=f"{json.dumps(unnumbered)}\n" * 2)
    assert [json.loads(line)["method"] for line in twice.stdout.splitlines()] == [
        "sendMessage",
        "sendMessage",
    ]


@pytest.mark.slow
def test_replay_counts_what_cannot_be_an_update_as_invalid(tmp_path: Path) -> None:
    """An ``update_id`` beyond 64 bits (the de-duplication table's BIGINT), ``{}`` and
    ``{"foo": 1}`` (no update type) are invalid lines: reported, not fed, exit code 1. Nobody gets the
    "something went wrong" reply, and the raw id is not logged."""
    lines = REPLAY_FILE.read_text(encoding="utf-8").splitlines()
    huge = json.loads(lines[0])
    huge["update_id"] = 99999999999999999999999
    as_text = {**huge, "update_id": "99999999999999999999999"}  # pydantic would read it as int
    negative = {**huge, "update_id": -1}
    source = [
        json.dumps(huge),
        "{}",
        json.dumps(as_text),
        '{"update_id": 5}',
        json.dumps(negative),
        '{"foo": 1}',  # a field that is no update type (they are objects)
    ]
    completed = replay(tmp_path, "-", stdin="\n".join([*source, lines[0]]) + "\n")
    assert completed.returncode == 1
    calls = [json.loads(line) for line in completed.stdout.splitlines()]
    assert [call["method"] for call in calls] == ["sendMessage"]  # only the last, good line
    assert calls[0]["params"]["text"] == "Choose your language:" + PICKER_EMERGENCY_LINE
    for number, reason in [
        (1, "update_id out of range"),
        (2, "no update type"),
        (3, "update_id out of range"),
        (4, "no update type"),
        (5, "update_id out of range"),
        (6, "no update type"),
    ]:
        assert f"line {number} is not a Telegram Update: {reason}" in completed.stderr
    assert "OverflowError" not in completed.stderr
    assert "unknown update type ignored" not in completed.stderr
    assert "99999999999999999999999" not in completed.stderr
    with sqlite3.connect(tmp_path / "vagvisare.sqlite3") as connection:
        rows = connection.execute("SELECT update_id FROM processed_update").fetchall()
    assert rows == [(json.loads(lines[0])["update_id"],)]
