"""``python -m bot privacy-audit`` after a scripted session of many users.

Twelve people talk to the real dispatcher through the ``chat`` mode's own terminal
(``run_chat`` on an OfflineDriver), typing their names, usernames and phone numbers
into the conversation; a staff member looks at a summary. The transcript is the chat
mode's, the log is the production JSON log. The audit must find nothing; then
identifiers are planted in the database and the log, and it must find each of them,
naming the place without printing the value.
"""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from bot.app import App
from bot.config import Settings
from bot.modes.chat import run_chat
from bot.modes.offline_driver import OfflineDriver, callback_update, text_update, user_json
from bot.modes.privacy_audit import audit
from storage.tables import referral
from tests.conftest import FROZEN_NOW, make_settings
from tests.helpers import run_main_beside_a_loop

STAFF = 424242001
PEOPLE = [
    # id, first name, username, surname, phone as typed
    (700123457, "Kalleborg", "kalle_secret_handle", "Svensson", "070-123 45 67"),
    (700223458, "Amiraa", "amiraa_h", "Haddad", "+46 73 555 12 34"),
    (5550001, "Nightingale", "nightbird99", "Olofsdotter", "0722223344"),
    (6123456789, "Xiomara", "xio_mara", "Pettersson", "08-555 321 98"),
    (700323459, "Fredrikke", "fredde_k", "Lindqvist", "0046701112233"),
    (700423460, "Yohannes", "yoha_t", "Gebremedhin", "076 987 65 43"),
    (700523461, "Saynab", "saynab_x", "Warsame", "0739 88 77 66"),
    (700623462, "Ilmarinen", "ilmari_fi", "Korhonen", "+46701239876"),
    (700723463, "Zlatanova", "zlata_z", "Berggren", "031-123 45 67"),
    (700823464, "Beatrix", "bea_trix", "Nordqvist", "0700000001"),
    (700923465, "Wilhelmina", "willie_w", "Sjöberg", "070 765 43 21"),
    (701023466, "Oluwaseun", "seun_o", "Adeyemi", "0708 12 34 56"),
]
ANSWERS = ["[1]"] * 6  # follow-up questions, then "did this help?": the first answer each time
SCRIPTS = [
    ["/start", "[Svenska]", "[1]", "[Jag är ung]", "[13–15]", "{typed}", "[1]", *ANSWERS],
    ["/start", "[English]", "[1]", "[I'm a parent or relative]", "{typed}", "[1]", *ANSWERS],
    ["/start", "[English]", "[1]", "[2]", "{typed}", "[2]", *ANSWERS, "/forget", "[1]"],
    ["/start poster_school1", "[Svenska]", "[1]", "[1]", "[3]", "{typed}", "[4]", *ANSWERS],
    [
        "{typed}",
        "/start",
        "[English]",
        "[1]",
        "[I work with young people]",
        "{typed}",
        "[1]",
        *ANSWERS,
    ],
    ["/start", "[Svenska]", "{typed}", "[1]", "[1]", "[2]", "de ska döda mig", "[1]", *ANSWERS],
]


def typed(person: tuple[int, str, str, str, str]) -> str:
    _id, first, username, surname, phone = person
    return f"Hej, jag heter {first} {surname}. Ring mig på {phone} eller skriv till @{username}"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, staff_ids=[STAFF], campaign_codes=["poster_school1"])


async def session(app: App, driver: OfflineDriver, tmp_path: Path) -> Path:
    """Every person's chat (the chat mode's transcript), then a staff summary."""
    transcript = io.StringIO()
    for number, person in enumerate(PEOPLE):
        user_id, first, username, _surname, _phone = person
        script = "\n".join(SCRIPTS[number % len(SCRIPTS)]).replace("{typed}", typed(person))
        source = io.StringIO(script + "\n")
        code = await run_chat(
            driver,
            user_id=user_id,
            first_name=first,
            username=username,
            language_code="sv" if number % 2 else "en",
            source=source,
            out=transcript,
        )
        assert code == 0
    # enough older referrals for a publishable summary, then a staff member looks at it
    hour = FROZEN_NOW.replace(tzinfo=None, minute=0, second=0, microsecond=0)
    rows = [
        {
            "id": f"{i:032x}",
            "hour": hour.replace(day=10),
            "audience": "parent",
            "topic": "family_worry",
            "urgency": "support",
            "locale": "sv",
            "services_shown": ["bris-vuxentelefon"],
        }
        for i in range(30)
    ]
    async with app.engine.begin() as connection:
        await connection.execute(insert(referral), rows)
    staff = user_json(STAFF, "Socialsekreterare", "soc_staff", "sv")
    calls = await driver.feed(text_update(staff, driver.session.next_message_id(), "/summary"))
    for choice in ("sum:30d::", "sum:30d:topic:", "sum:30d:topic:-"):
        shown = [c.result for c in calls if isinstance(c.result, dict) and "message_id" in c.result]
        message = driver.session.messages[(STAFF, shown[-1]["message_id"])]
        calls = await driver.feed(callback_update(staff, choice, message, choice))
    assert any(c.method == "sendDocument" for c in calls), [c.method for c in calls]
    path = tmp_path / "transcript.txt"
    path.write_text(transcript.getvalue(), encoding="utf-8")
    return path


def privacy_audit(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m bot privacy-audit ARGS`` on the test's data folder, run in this process."""
    return run_main_beside_a_loop(
        settings.data_dir, "privacy-audit", *args, CAMPAIGN_CODES='["poster_school1"]'
    )


@pytest.mark.slow
async def test_many_users_leave_nothing_and_planted_identifiers_are_found(
    app: App, driver: OfflineDriver, settings: Settings, tmp_path: Path, log_file: Path
) -> None:
    transcript = await session(app, driver, tmp_path)
    text = transcript.read_text(encoding="utf-8")
    assert text.count("Kalleborg") == 1  # typed once, in the transcript: the audit's input
    assert "112" in text
    async with app.engine.connect() as connection:
        logged = (await connection.execute(select(func.count()).select_from(referral))).scalar_one()
    assert logged > 30  # the people's referrals besides the 30 seeded ones
    known = [arg for p in PEOPLE for arg in ("--identifier", str(p[0]), "--identifier", p[2])]
    known += ["--identifier", "Kalleborg", "--identifier", "Socialsekreterare"]
    await app.close()  # the audit reads the database as another process would

    clean = privacy_audit(settings, "--transcript", str(transcript), "--log", str(log_file), *known)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert clean.stdout.startswith("privacy-audit: nothing found")

    database = settings.data_dir / "vagvisare.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute(
            "UPDATE referral SET district = '700123457' WHERE id = (SELECT min(id) FROM referral)"
        )
        connection.execute(
            "UPDATE user_memory SET data = ? "
            "WHERE pseudonym = (SELECT min(pseudonym) FROM user_memory)",
            (json.dumps({"note": "Amiraa Haddad"}),),
        )
        connection.execute(
            'UPDATE staff_audit SET parameters = \'{"phone": "0739 88 77 66"}\' WHERE rowid = 1'
        )
    with log_file.open("a", encoding="utf-8") as log:
        log.write(json.dumps({"msg": "user nightbird99 wrote", "from": "@nightbird99"}) + "\n")

    found = privacy_audit(settings, "--transcript", str(transcript), "--log", str(log_file))
    assert found.returncode == 1, found.stdout + found.stderr
    report = found.stdout
    assert "referral.district: telegram id in 1 row" in report
    assert "user_memory.data: typed text in 1 row" in report
    assert "staff_audit.parameters: phone number in 1 row" in report
    assert f"log {log_file}: username in 1 line" in report
    for value in ("700123457", "Amiraa", "Haddad", "0739 88 77 66", "nightbird99"):
        assert value not in report  # where, not what


async def test_each_planted_kind_is_found_in_process(app: App, tmp_path: Path) -> None:
    settings = app.settings
    await app.close()
    nothing, values = await audit(settings, [], [], [])
    assert nothing.lines() == []
    assert values > 0
    database = settings.data_dir / "vagvisare.sqlite3"
    plants = {
        "campaign": ("kalle@example.se", "e-mail address"),
        "district": ("ring 0701234567", "phone number"),
        "service_opened": ("t.me/kalle_secret", "username"),
        "outcome": ("5550001", "telegram id"),
    }
    for column, (value, kind) in plants.items():
        with sqlite3.connect(database) as connection:
            connection.execute("DELETE FROM referral")
            connection.execute(
                f"INSERT INTO referral (id, hour, audience, topic, urgency, locale, services_shown, {column}) "  # noqa: S608 - test data
                "VALUES ('a', '2026-11-25 14:00:00.000000', 'parent', 'drugs', 'support', 'sv', '[]', ?)",
                (value,),
            )
        findings, _ = await audit(settings, [], [], [])
        assert findings.lines() == [
            f"referral.{column}: {kind} in 1 row (e.g. {findings.places[(f'referral.{column}', kind)].sample})"
        ]
        assert value not in findings.lines()[0]
    known, _ = await audit(settings, [], [], ["5550001"])
    assert ("referral.outcome", "identifier") in known.places


async def test_a_numeric_identifier_is_a_whole_number_and_dates_are_not_phone_numbers(
    app: App, tmp_path: Path
) -> None:
    """``--identifier 111`` is not found inside ``bris-116111``, and the dates and times of
    a report (``--from 2026-11-01``), as the audit table and a log write them, are not
    phone numbers or Telegram ids; a whole number and a phone number beside a date are."""
    settings = app.settings
    await app.close()
    with sqlite3.connect(settings.data_dir / "vagvisare.sqlite3") as connection:
        connection.execute(
            "INSERT INTO referral (id, hour, audience, topic, urgency, locale, services_shown) "
            "VALUES ('a', '2026-11-25 14:00:00.000000', 'parent', 'drugs', 'support', 'sv', "
            '\'["bris-116111", "polisen-11414"]\')'
        )
        connection.execute(
            "INSERT INTO staff_audit (id, at, channel, action, parameters) VALUES "
            "('b', '2026-11-29 22:37:19.000000', 'cli', 'summary', "
            '\'{"from": "2026-11-01 00:00:00.000000", "to": "2026-11-28 23:59:59.999999"}\')'
        )
    log = tmp_path / "audit.log"
    lines = [
        json.dumps({"msg": "summary", "from": "2026-11-01", "to": "2026-11-28"}),
        json.dumps({"msg": "summary", "period": "2026-11-01 2026-11-28"}),
        json.dumps({"msg": "summary", "period": "2026-11-01T00:00:00.000000 2026-11-28 17:00"}),
        json.dumps({"msg": "summary", "between": "08:00 0 2026-11-28 23:59"}),
    ]
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")

    clean = privacy_audit(settings, "--log", str(log), "--identifier", "111")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert clean.stdout.startswith("privacy-audit: nothing found"), clean.stdout

    with log.open("a", encoding="utf-8") as file:
        file.write(json.dumps({"msg": "ring 0701234567 2026-11-01"}) + "\n")
    found = privacy_audit(settings, "--log", str(log), "--identifier", "116111")
    assert found.returncode == 1, found.stdout + found.stderr
    assert "referral.services_shown: identifier in 1 row" in found.stdout
    assert f"log {log}: phone number in 1 line, first at line 5" in found.stdout
    assert found.stdout.splitlines()[-1].startswith("note: --identifier values are looked for")
    assert len(found.stdout.splitlines()) == 4, found.stdout  # nothing else: no date found


@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_identifier_is_refused_not_reported_clean(settings: Settings, empty: str) -> None:
    """``--identifier "$UNSET"`` printed "nothing found" (exit 0), as if that person had left
    no trace (a fresh-clone tester); it is refused in one line, exit code 2."""
    refused = privacy_audit(settings, "--identifier", "42", "--identifier", empty)
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert refused.stdout == ""
    assert refused.stderr.strip().endswith(
        "--identifier: an empty value; give a Telegram id, username, name or number"
    )
