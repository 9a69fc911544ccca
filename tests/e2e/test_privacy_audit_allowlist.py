"""``python -m bot privacy-audit`` after a realistic run, and its allowlist.

Two people talk to the bot in ``webhook`` mode (real HTTP to the fake Bot API, which
numbers updates and messages in the tens of thousands, as Telegram does), through to
"did this help?", and the production JSON log is written to a file. That leaves numbers
of Telegram-id size that are not identifiers: ``processed_update.update_id``, the
message ids in ``user_memory.data``'s ``trail`` and the port of "webhook server
listening". The audit must find nothing there (bot/modes/privacy_audit_allowlist.py);
the detector itself still calls each of them a Telegram id. Then real identifiers are
planted next to them, and each is found.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.identifiers import Scanner
from tests import updates
from tests.e2e.running_bot import (
    press_update,
    robust_app,
    running,
    shown_buttons,
    until,
)
from tests.fakes.telegram_api import FakeTelegramServer
from tests.helpers import run_main_beside_a_loop

PEOPLE = [
    updates.person(7345129876, "Alva", "alva_k", "en"),
    updates.person(6123456789, "Xiomara", "xio_mara", "en"),
]
PATH = [
    "lang:en",
    "nav:privacy_ok",
    "pick:aud:parent",
    "pick:topic:family_worry",
    "sign:two_phones",
    "nav:signs_done",
    "fb:yes",
]


def free_port() -> int:
    """A free TCP port of five digits, as a deployment's WEBHOOK_PORT often is."""
    for port in range(18080, 18180):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise AssertionError("no free port in 18080-18179")


def records(log_file: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in log_file.read_text(encoding="utf-8").splitlines()]


def thanked(server: FakeTelegramServer) -> list[object]:
    """The answers to "did this help?"."""
    return [c for c in server.calls_to("editMessageText") if "Thank you" in str(c.params)]


def privacy_audit(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m bot privacy-audit ARGS`` on the test's data folder, run in this process."""
    return run_main_beside_a_loop(settings.data_dir, "privacy-audit", *args)


@pytest.mark.slow
async def test_a_realistic_run_is_clean_and_planted_identifiers_are_found(
    tmp_path: Path, server: FakeTelegramServer, log_file: Path
) -> None:
    app = await robust_app(tmp_path, webhook_port=free_port())
    settings = app.settings
    try:
        async with running("webhook", app, server) as bot:
            for number, person in enumerate(PEOPLE, start=1):
                await bot.send(updates.text(person, "hej"))  # text first starts it too
                for data in PATH:  # each press once its screen is there (as walk does)
                    await until(lambda who=person, d=data: d in shown_buttons(server, who))
                    await bot.send(press_update(server, person, data))
                await until(lambda done=number: len(thanked(server)) == done)  # the end
    finally:
        await app.close()

    # what the run left: numbers the detector alone takes for Telegram ids
    database = settings.data_dir / "vagvisare.sqlite3"
    with sqlite3.connect(database) as connection:
        update_ids = [
            row[0] for row in connection.execute("SELECT update_id FROM processed_update")
        ]
        data = [json.loads(row[0]) for row in connection.execute("SELECT data FROM user_memory")]
    lines = records(log_file)
    ports = [line["port"] for line in lines if line["msg"] == "webhook server listening"]
    assert len(update_ids) == len(PEOPLE) * (len(PATH) + 1)  # "hej", then the presses
    assert len(data) == len(PEOPLE)
    assert ports == [settings.webhook_port]
    detector = Scanner()
    leftovers = [*update_ids, *(i for d in data for i in d["trail"]), *ports]
    print("LEFTOVERS", leftovers)
    assert all(any(h.kind == "telegram id" for h in detector.scan(str(n))) for n in leftovers)
    known = [v for p in PEOPLE for v in (str(p["id"]), p["username"], p["first_name"])]
    identifiers = [arg for value in known for arg in ("--identifier", value)]

    clean = privacy_audit(settings, "--log", str(log_file), *identifiers)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert clean.stdout.startswith("privacy-audit: nothing found")

    alva, xiomara = (str(p["id"]) for p in PEOPLE)
    with sqlite3.connect(database) as connection:
        connection.execute(
            "UPDATE referral SET district = ? WHERE id = (SELECT min(id) FROM referral)", (alva,)
        )
        first, second = sorted(connection.execute("SELECT pseudonym, data FROM user_memory"))
        # next to the trail, under another key; and in the trail, as text (not a message id)
        beside = {**json.loads(first[1]), "chat": int(alva)}
        inside = {**json.loads(second[1]), "trail": [*json.loads(second[1])["trail"], xiomara]}
        for (pseudonym, _), planted in ((first, beside), (second, inside)):
            connection.execute(
                "UPDATE user_memory SET data = ? WHERE pseudonym = ?",
                (json.dumps(planted), pseudonym),
            )
    with log_file.open("a", encoding="utf-8") as log:
        for record in (
            {"logger": "vagvisare.webhook", "msg": "webhook server listening", "port": alva},
            {"logger": "aiogram.dispatcher", "msg": "update handled", "port": int(xiomara)},
            {"logger": "vagvisare.errors", "msg": "update failed", "chat_id": int(alva)},
            {"logger": "vagvisare.throttling", "msg": "x", "user": "@xio_mara"},
        ):
            log.write(json.dumps(record) + "\n")

    found = privacy_audit(settings, "--log", str(log_file))
    assert found.returncode == 1, found.stdout + found.stderr
    report = found.stdout.splitlines()
    first_planted = len(lines) + 1
    assert report[1:] == [
        "  referral.district: telegram id in 1 row (e.g. 73…76)",
        "  user_memory.data: telegram id in 2 rows (e.g. 73…76)",
        f"  log {log_file}: telegram id in 3 lines, first at line {first_planted} (e.g. 73…76)",
        f"  log {log_file}: username in 1 line, first at line {first_planted + 3} (e.g. @x…ra)",
    ], found.stdout
