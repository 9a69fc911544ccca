"""``python -m bot privacy-audit --identifier`` with short values (fresh-clone testers).

``--identifier 112`` was "found" inside the service id ``sos-112`` and inside ``1120``;
``--identifier 42`` (a staff member's id, added with ``staff add 42``) was silently not
looked for at all (values under 3 characters were dropped) and the audit said "nothing
found". A value shorter than 5 characters is now looked for as a whole token only, with a
``note:`` saying so; a longer one is still found inside other text (a real leak may be
written ``user_700123457``); and whenever
``--identifier`` is given a ``note:`` says that the staff tables, where staff members' own
Telegram ids are kept by design, are looked in too. In process through ``bot.cli.main``.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from bot.core.identifiers import Scanner
from tests.helpers import run_main

STAFF_NOTE = (
    "note: --identifier values are looked for in staff and staff_audit too, where "
    "staff members' own Telegram ids are kept by design (docs/privacy.md)"
)


def short_note(masked: str) -> str:
    return (
        f"note: --identifier {masked} has fewer than 5 characters: it is looked for as a "
        "whole word or number only (not in sos-112 or 1120), and may still match unrelated text"
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A migrated database holding ``sos-112`` and ``1120`` but no ``112`` of its own."""
    data = tmp_path / "data"
    assert run_main(data, "migrate").returncode == 0
    with sqlite3.connect(data / "vagvisare.sqlite3") as connection:
        connection.execute(
            "INSERT INTO referral (id, hour, audience, topic, urgency, locale, services_shown, "
            "district) VALUES ('a', '2026-11-25 14:00:00.000000', 'parent', 'drugs', "
            "'support', 'sv', '[\"sos-112\"]', 'x1120_112-b')"
        )
    return data


def audit(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_main(data_dir, "privacy-audit", *args)


def write_log(tmp_path: Path, *messages: str) -> Path:
    log = tmp_path / "bot.log"
    log.write_text("".join(json.dumps({"msg": m}) + "\n" for m in messages), encoding="utf-8")
    return log


def test_112_is_not_found_inside_sos_112_or_1120(data_dir: Path, tmp_path: Path) -> None:
    log = write_log(tmp_path, "card shown: sos-112", "took 1120 ms", "ids x112 112_ 2112")
    result = audit(data_dir, "--log", str(log), "--identifier", "112")
    assert (result.returncode, result.stderr) == (0, ""), result.stdout
    lines = result.stdout.splitlines()
    assert lines[0].startswith("privacy-audit: nothing found"), result.stdout
    assert lines[1:] == [STAFF_NOTE, short_note("1…")]


def test_112_standing_alone_is_found_in_a_log_line(data_dir: Path, tmp_path: Path) -> None:
    log = write_log(tmp_path, "card shown: sos-112", "user typed 112 here", "took 1120 ms")
    result = audit(data_dir, "--log", str(log), "--identifier", "112")
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.splitlines()[1:] == [
        f"  log {log}: identifier in 1 line, first at line 2 (e.g. 1…)",
        STAFF_NOTE,
        short_note("1…"),
    ]


def test_a_two_digit_staff_id_is_looked_for_and_found_in_the_staff_tables(
    data_dir: Path,
) -> None:
    """``staff add 87`` then ``--identifier 87``: found where staff ids are kept, and the
    notes say why and that so short a value may match unrelated text.

    87, not a number a timestamp can hold: ``staff.added`` ("2026-11-30 22:42:13…") matched
    ``--identifier 42`` in the 42nd minute of any hour (as the note warns a short value may)."""
    assert run_main(data_dir, "staff", "add", "87").returncode == 0
    result = audit(data_dir, "--identifier", "87", "--identifier", "@x")
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[1:] == [
        "  staff.telegram_id: identifier in 1 row (e.g. 8…)",
        "  staff_audit.parameters: identifier in 1 row (e.g. 8…)",
        STAFF_NOTE,
        short_note("8…"),
        short_note("@…"),
    ]
    assert "87" not in "\n".join(lines[1:])  # masked, as findings are


def test_no_note_without_identifier_and_none_for_a_long_one(data_dir: Path) -> None:
    plain = audit(data_dir)
    assert (plain.returncode, len(plain.stdout.splitlines())) == (0, 1), plain.stdout
    long = audit(data_dir, "--identifier", "  70012  ")
    assert long.stdout.splitlines()[1:] == [STAFF_NOTE], long.stdout


@pytest.mark.parametrize(
    ("known", "text", "found"),
    [
        ("112", "sos-112", False),
        ("112", "1120", False),
        ("112", "a112", False),
        ("112", "112_x", False),
        ("112", "ring 112!", True),
        ("112", '{"n": 112}', True),
        ("kalle_h", "@kalle_h", True),  # a username without @ is found with or without it
        ("kalle_h", "t.me/kalle_h", True),
        ("kalle_h", "kalle_hx", True),  # 5 characters or more: inside other text too
        ("@kalle_h", "x@kalle_h", True),  # no boundary before a value's "@"
        ("@kalle_h", "kalle_h", False),  # with @: found with it only, as before
        ("Kalleborg", "KALLEBORG.", True),  # in any case
        ("Kalleborg", "Kalleborgsson", True),
        ("kalle", "kalleborg", True),
        ("kall", "kallt", False),  # under 5: a whole token only
        ("kall", "det är kall", True),
        ("-100123", "chat -100123", True),
        ("-100123", "-1001234", False),  # a number: never inside a longer run of digits
        ("700123457", "user_700123457", True),
        ("700123457", "id700123457x", True),
        ("700123457", "1700123457", False),
    ],
)
def test_an_identifier_is_a_whole_token(known: str, text: str, found: bool) -> None:
    hits = [h for h in Scanner(known=[known]).scan(text) if h.kind == "identifier"]
    assert bool(hits) is found
