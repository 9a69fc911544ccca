"""The README's run command (``python -m bot chat``) driven by a script, end to end.

Checks the whole path from typed lines to resource cards and an anonymized referral
row, and that nothing identifying the user reaches the data directory.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from bot.modes.chat import NO_INPUT
from tests.helpers import PYTHON, ROOT, cli_env, run_main

USER_ID = 700123457
FIRST_NAME = "Kalleborg"
USERNAME = "kalle_secret_handle"
TYPED = "Jag heter Kalleborg Svensson och mitt nummer är 0701234567"

EXPECTED_PHONES = {
    "sv": ["116 111", "114 14"],  # Bris (under 18, 24/7) and the police for a young person
    "en": ["114 14"],  # the police's line to tip about a child drawn into crime
}

SCRIPTS = {
    "sv": (
        "sv-SE",
        [
            "/start",
            "[Svenska]",
            "[Okej, vi börjar]",
            "[Jag är ung]",
            "[13–15]",
            TYPED,
            '[Någon vill att jag ska göra "jobb" åt dem]',
            "[Ja]",
            "[Nej]",
            "[Nej]",
        ],
        [
            "Välj språk:",
            "Du är anonym här.",
            "Vem är du?",
            "Hur gammal är du?",
            "Vad gäller det?",
            "Är du i säkerhet just nu?",
            "Har de gett dig, eller lovat dig, pengar",
            "Har någon hotat dig",
            "Den som ger dig ett ”uppdrag” går aldrig att lita på.",
            "Här kan du få hjälp:",
            "Hjälpte det här?",
        ],
    ),
    "en": (
        "en",
        [
            "/start",
            "[English]",
            "[1]",
            "[I'm a parent or relative]",
            TYPED,
            "[I'm worried my child is being drawn into crime]",
            "[▫️ Has two phones]",
            "[Done · 1 sign ticked]",
        ],
        [
            "Choose your language:",
            "You are anonymous here.",
            "Who are you?",
            "What is it about?",
            "Have you noticed any of these?",
            "✅ Has two phones",
            "Several signs together, or a sign like this one, are a reason to act now.",
            "Here is where you can get help:",
            "Did this help?",
        ],
    ),
}


def run_chat(data_dir: Path, language_code: str, lines: list[str]) -> str:
    """``python -m bot chat`` with ``lines`` typed, run in this process (:func:`run_main`;
    the tests below that need the process itself, Ctrl-C and a closed pipe, start one)."""
    completed = run_main(
        data_dir,
        "chat",
        "--user-id",
        str(USER_ID),
        "--first-name",
        FIRST_NAME,
        "--username",
        USERNAME,
        "--language-code",
        language_code,
        stdin="\n".join(lines) + "\n",
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def identifiers() -> list[bytes]:
    """Every form in which the user's identity or typed text could be stored."""
    forms = [
        str(USER_ID).encode(),
        FIRST_NAME.encode(),
        USERNAME.encode(),
        b"0701234567",
        TYPED.encode(),
        b"Svensson",
    ]
    forms += [USER_ID.to_bytes(8, "big"), USER_ID.to_bytes(4, "big")]
    return forms


@pytest.mark.slow
@pytest.mark.parametrize("locale", ["sv", "en"])
def test_scripted_chat_reaches_cards_and_logs_an_anonymous_referral(
    tmp_path: Path, locale: str
) -> None:
    language_code, lines, expected = SCRIPTS[locale]
    transcript = run_chat(tmp_path, language_code, lines)

    position = 0
    for text in expected:  # each screen appears, in order
        found = transcript.find(text, position)
        assert found >= 0, f"{text!r} missing after position {position}:\n{transcript}"
        position = found
    cards = transcript[transcript.find(expected[-2]) :]
    assert "112" in cards  # the emergency number closes every set of cards
    for phone in EXPECTED_PHONES[locale]:
        assert phone in cards

    database = tmp_path / "vagvisare.sqlite3"
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT audience, topic, locale, hour FROM referral").fetchall()
    assert len(rows) == 1
    audience, topic, stored_locale, hour = rows[0]
    assert stored_locale == locale
    assert (audience, topic) == (
        ("young_person", "recruitment_pressure") if locale == "sv" else ("parent", "family_worry")
    )
    assert hour.endswith(":00:00.000000") or hour.endswith(":00:00")

    for path in tmp_path.iterdir():
        if path.name == "pseudonym.key":
            continue
        content = path.read_bytes()
        for form in identifiers():
            assert form not in content, f"{form!r} found in {path.name}"


@pytest.mark.slow
def test_a_long_script_is_answered_to_the_last_line(tmp_path: Path) -> None:
    """Flood control is off in the terminal: the 20th quick line still gets its answer."""
    lines = ["/start", "[English]", *["hello"] * 17, "/help"]
    transcript = run_chat(tmp_path, "en", lines)
    assert transcript.rstrip().splitlines()[-1] == "In danger now? Call 112."  # /help ends so
    assert transcript.count("Please answer with the buttons above.") == 17


def test_one_ctrl_c_at_the_prompt_ends_the_chat(tmp_path: Path) -> None:
    import os
    import pty
    import signal
    import time

    controller, terminal = pty.openpty()
    chat = subprocess.Popen(
        [PYTHON, "-m", "bot", "chat"],
        stdin=terminal,
        stdout=terminal,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=cli_env(tmp_path),
    )
    os.close(terminal)
    try:
        seen, deadline = b"", time.monotonic() + 60
        while b"> " not in seen and time.monotonic() < deadline:
            seen += os.read(controller, 1024)
        assert b"> " in seen
        chat.send_signal(signal.SIGINT)
        # the bound is generous: closing the app on a busy CI machine took over 15 s once;
        # what is tested is that one Ctrl-C ends the chat, not how fast
        assert chat.wait(timeout=90) == 130
        assert chat.stderr is not None
        assert b"Traceback" not in chat.stderr.read()
    finally:
        if chat.poll() is None:
            chat.kill()
            chat.wait()  # reaped here, not in Popen.__del__ during a later test
        os.close(controller)


def test_a_reader_that_goes_away_ends_the_chat_quietly(tmp_path: Path) -> None:
    chat = subprocess.Popen(
        [PYTHON, "-m", "bot", "chat"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=cli_env(tmp_path),
    )
    assert chat.stdin is not None
    assert chat.stdout is not None
    assert chat.stderr is not None
    chat.stdin.write(b"/start\n" * 300)
    chat.stdin.close()
    assert chat.stdout.readline()  # like `| head -1`
    chat.stdout.close()
    assert chat.wait(timeout=60) == 0
    assert chat.stderr.read() == b""


def test_buttons_edited_or_deleted_away_cannot_be_pressed(tmp_path: Path) -> None:
    """After "Yes, erase it" the confirmation has no buttons left: "[2]" ("No, keep it")
    is not pressed behind the user's back; after quick exit nothing is left to press."""
    lines = ["/start", "[English]", "/forget", "[1]", "[2]", "[4]"]
    transcript = run_chat(tmp_path / "forget", "en", lines)
    assert "Done. I have forgotten everything about you." in transcript
    assert "(no button [2]: no buttons are shown now; type a message)" in transcript
    assert "(no button [4]: no buttons are shown now; type a message)" in transcript
    assert "Nothing was erased" not in transcript
    lines = ["/start", "[English]", "[Quick exit]", "[1]"]
    transcript = run_chat(tmp_path / "exit", "en", lines)
    assert "(bot deleted a message)" in transcript
    assert transcript.rstrip().endswith("(no button [1]: no buttons are shown now; type a message)")


def test_an_empty_script_says_there_was_no_input(tmp_path: Path) -> None:
    """``make chat < /dev/null`` (or a pipe that closed at once) ended without a word."""
    completed = subprocess.run(
        [PYTHON, "-m", "bot", "chat"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(tmp_path),
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0
    assert completed.stdout == ""
    assert completed.stderr.strip() == NO_INPUT
