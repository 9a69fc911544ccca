"""``python -m bot report``, ``staff``, ``purge`` and ``migrate`` on a seeded database: through
``bot.cli.main`` in this process (:func:`tests.helpers.run_main`), and as real subprocesses
where the process itself is what is tested (a report refused with exit code 1, a configured
``STAFF_IDS``)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import random
import sqlite3
import subprocess
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from openpyxl import load_workbook
from PIL import Image
from sqlalchemy import insert

from bot.core.report import CSV_COLUMNS
from storage.engine import create_engine
from storage.migrate import alembic_config, downgrade, upgrade
from storage.tables import referral
from tests.helpers import PYTHON, ROOT, cli_env, run_main

pytestmark = pytest.mark.slow

FIRST = date.today() - timedelta(days=60)
LAST = date.today() - timedelta(days=31)
TOPICS = ["recruitment_pressure", "drugs", "family_worry", "wants_out"]
AUDIENCES = ["young_person", "parent", "friend"]


def seed(data_dir: Path, rows: list[dict[str, object]]) -> None:
    async def write() -> None:
        engine = create_engine(f"sqlite+aiosqlite:///{data_dir / 'vagvisare.sqlite3'}")
        try:
            await upgrade(engine)
            if rows:
                async with engine.begin() as connection:
                    await connection.execute(insert(referral), rows)
        finally:
            await engine.dispose()

    asyncio.run(write())


def generated(count: int) -> list[dict[str, object]]:
    rng = random.Random(7)
    days = (LAST - FIRST).days + 1
    return [
        {
            "id": f"{rng.getrandbits(128):032x}",
            "hour": datetime.combine(FIRST + timedelta(days=rng.randrange(days)), time(11)),
            "audience": rng.choices(AUDIENCES, [60, 35, 5])[0],
            "topic": rng.choices(TOPICS, [50, 30, 18, 2])[0],
            "urgency": "support",
            "locale": "sv",
            "services_shown": ["bris-116111"],
        }
        for _ in range(count)
    ]


def bot(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_main(data_dir, *args)


def audit(data_dir: Path) -> list[tuple[object, str, str, dict[str, object]]]:
    with sqlite3.connect(data_dir / "vagvisare.sqlite3") as connection:
        rows = connection.execute(
            "SELECT staff_id, channel, action, parameters FROM staff_audit ORDER BY at"
        ).fetchall()
    return [(s, c, a, json.loads(p)) for s, c, a, p in rows]


def test_report_writes_csv_xlsx_and_png(tmp_path: Path) -> None:
    rows = generated(400)
    seed(tmp_path, rows)
    period = ["--from", FIRST.isoformat(), "--to", LAST.isoformat(), "--by", "topic,audience"]
    reference = Counter((str(r["topic"]), str(r["audience"])) for r in rows)

    done = bot(tmp_path, "report", *period, "--format", "csv", "--out", str(tmp_path / "r.csv"))
    assert done.returncode == 0, done.stderr
    lines = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8"))))
    assert tuple(lines[0]) == CSV_COLUMNS
    body = [dict(zip(CSV_COLUMNS, line, strict=True)) for line in lines[1:]]
    for entry in body:
        if entry["kind"] == "cell" and not entry["suppressed"]:
            assert int(entry["count"]) == reference[(entry["category_1"], entry["category_2"])]
        if (
            entry["kind"] == "cell"
            and 0 < reference[(entry["category_1"], entry["category_2"])] < 5
        ):
            assert entry["count"] == "<5"
    assert body[-1]["kind"] == "grand_total"
    assert body[-1]["count"] == "400"
    assert body[0]["period_from"] == FIRST.isoformat()

    done = bot(tmp_path, "report", *period, "--format", "xlsx", "--out", str(tmp_path / "r.xlsx"))
    assert done.returncode == 0, done.stderr
    sheet = load_workbook(tmp_path / "r.xlsx").worksheets[0]
    from_sheet = [
        ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
    ]
    assert from_sheet == lines

    done = bot(tmp_path, "report", *period, "--format", "png", "--out", str(tmp_path / "r.png"))
    assert done.returncode == 0, done.stderr
    image = Image.open(tmp_path / "r.png")
    assert image.format == "PNG"
    image.verify()

    summaries = [entry for entry in audit(tmp_path) if entry[2] == "summary"]
    assert [(s, c, p["format"]) for s, c, _a, p in summaries] == [
        (None, "cli", "csv"),
        (None, "cli", "xlsx"),
        (None, "cli", "png"),
    ]


def test_report_usage_errors_and_unsafe_tables(tmp_path: Path) -> None:
    # test_disclosure's unsafe 2x2 table at k=3: whatever is hidden, the totals give it away
    cells = [("drugs", "young_person"), ("drugs", "parent")] + [("wants_out", "young_person")] * 2
    rows = generated(len(cells))
    seed(
        tmp_path, [{**r, "topic": t, "audience": a} for r, (t, a) in zip(rows, cells, strict=True)]
    )
    period = ["--from", FIRST.isoformat(), "--to", LAST.isoformat()]
    done = bot(tmp_path, "report", *period, "--by", "topic,audience,outcome")
    assert done.returncode == 2
    assert "at most two" in done.stderr
    done = subprocess.run(
        [PYTHON, "-m", "bot", "report", *period, "--by", "topic,audience", "--format", "csv"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(tmp_path, DISCLOSURE_K="3"),
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stdout
    assert "too few records" in done.stderr
    assert done.stdout == ""


def test_staff_commands_manage_the_table_and_are_audited(tmp_path: Path) -> None:
    seed(tmp_path, [])
    assert bot(tmp_path, "staff", "add", "555111222", "--role", "viewer").stdout.strip() == (
        "added 555111222 as viewer"
    )
    listed = bot(tmp_path, "staff", "list")
    assert listed.stdout.splitlines() == ["telegram_id\trole\tsource", "555111222\tviewer\ttable"]
    assert bot(tmp_path, "staff", "remove", "555111222").stdout.strip() == "removed 555111222"
    assert [(a, p) for _s, _c, a, p in audit(tmp_path)] == [
        ("staff.add", {"telegram_id": 555111222, "role": "viewer"}),
        ("staff.list", {}),
        ("staff.remove", {"telegram_id": 555111222}),
    ]


def test_staff_list_says_when_there_are_no_staff(tmp_path: Path) -> None:
    seed(tmp_path, [])
    empty = bot(tmp_path, "staff", "list")
    assert empty.returncode == 0, empty.stderr
    assert empty.stdout.splitlines() == [
        "no staff: STAFF_IDS is empty and the staff table has no members"
    ]
    configured = subprocess.run(
        [PYTHON, "-m", "bot", "staff", "list"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(tmp_path, STAFF_IDS="[777000111]"),
        timeout=120,
        check=False,
    )
    assert configured.returncode == 0, configured.stderr
    assert configured.stdout.splitlines() == [
        "telegram_id\trole\tsource",
        "777000111\tadmin\tconfig",
        "(the staff table has no members; only STAFF_IDS)",
    ]


LARGEST_USER_ID = 2**52 - 1  # Bot API User.id: "at most 52 significant bits"


@pytest.mark.parametrize(
    ("action", "telegram_id"),
    [
        ("add", "99999999999999999999999"),  # beyond int64: was an OverflowError
        ("add", str(LARGEST_USER_ID + 1)),
        ("add", "-5"),
        ("remove", "99999999999999999999999"),
    ],
)
def test_staff_rejects_what_cannot_be_a_telegram_user_id(
    tmp_path: Path, action: str, telegram_id: str
) -> None:
    done = bot(tmp_path, "staff", action, "--", telegram_id)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1] == (
        f"python -m bot staff {action}: error: argument telegram_id: not a Telegram user id "
        f"(expected a whole number from 1 to {LARGEST_USER_ID})"
    )
    assert done.stdout == ""
    assert not (tmp_path / "vagvisare.sqlite3").exists()  # refused before the app started


def test_staff_takes_the_largest_telegram_user_id(tmp_path: Path) -> None:
    seed(tmp_path, [])
    added = bot(tmp_path, "staff", "add", str(LARGEST_USER_ID))
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == f"added {LARGEST_USER_ID} as viewer"
    listed = bot(tmp_path, "staff", "list")
    assert listed.stdout.splitlines()[1] == f"{LARGEST_USER_ID}\tviewer\ttable"


def test_migrate_prints_the_revision_before_and_after(tmp_path: Path) -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    head = scripts.get_current_head()
    previous = scripts.get_revision(head).down_revision
    assert isinstance(head, str)
    assert isinstance(previous, str)
    fresh = bot(tmp_path, "migrate")
    assert fresh.returncode == 0, fresh.stderr
    assert fresh.stdout.splitlines() == [f"migrated empty -> {head} (head)"]
    again = bot(tmp_path, "migrate")
    assert again.stdout.splitlines() == [f"database at revision {head} (head)"]

    async def back_one() -> None:
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'vagvisare.sqlite3'}")
        try:
            await downgrade(engine, previous)
        finally:
            await engine.dispose()

    asyncio.run(back_one())
    upgraded = bot(tmp_path, "migrate")
    assert upgraded.returncode == 0, upgraded.stderr
    assert upgraded.stdout.splitlines() == [f"migrated {previous} -> {head} (head)"]


def test_purge_deletes_what_is_past_retention(tmp_path: Path) -> None:
    now = datetime.now(UTC).replace(tzinfo=None, minute=0, second=0, microsecond=0)
    rows = generated(2)
    rows[0]["hour"] = now - timedelta(days=1100)
    seed(tmp_path, rows)
    done = bot(tmp_path, "purge")
    assert done.returncode == 0, done.stderr
    assert "1 referrals" in done.stdout
    with sqlite3.connect(tmp_path / "vagvisare.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM referral").fetchone() == (1,)
    assert audit(tmp_path)[-1][1:3] == ("cli", "purge")


def test_adding_a_member_again_without_a_role_never_demotes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    for name, value in cli_env(tmp_path).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("STAFF_IDS", raising=False)
    monkeypatch.chdir(ROOT)
    steps = [
        (["staff", "add", "555111222", "--role", "admin"], "added 555111222 as admin"),
        (["staff", "add", "555111222"], "555111222 is already admin; unchanged"),
        (["staff", "add", "555111333"], "added 555111333 as viewer"),
        (["staff", "add", "555111222", "--role", "viewer"], "updated 555111222 as viewer"),
    ]
    for args, expected in steps:
        assert main(args) == 0
        assert capsys.readouterr().out.strip() == expected


def test_staff_in_both_staff_ids_and_the_table_are_listed_truthfully(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    for name, value in cli_env(tmp_path, STAFF_IDS="555").items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(ROOT)
    assert main(["staff", "add", "555", "--role", "viewer"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "added 555 as viewer",
        "note: 555 is in STAFF_IDS, which makes them admin whatever the table says",
    ]
    assert main(["staff", "add", "555"]) == 0  # a no-op, audited all the same
    assert capsys.readouterr().out.splitlines()[0] == "555 is already viewer; unchanged"
    assert main(["staff", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "telegram_id\trole\tsource",
        "555\tadmin\tconfig",
        "(555: also in the staff table; STAFF_IDS makes them admin)",
    ]
    assert [(a, p) for _s, _c, a, p in audit(tmp_path)] == [
        ("staff.add", {"telegram_id": 555, "role": "viewer"}),
        ("staff.add", {"telegram_id": 555, "role": "viewer"}),
        ("staff.list", {}),
    ]


def test_a_resource_report_of_one_referral_does_not_tell_what_it_was_shown(
    tmp_path: Path,
) -> None:
    """Found by a fresh-clone tester: one referral in the period, six services shown.
    Counted as showings the total (6) reached k, so the other services printed 0 and
    the table named what that one person saw. Now every service shows "<5" and the
    total ".."; crossed with topic, only that topic's column is hidden so."""
    shown = ["sos-112", "bris-116111", "mind-90101", "1177", "umo", "maskrosbarn"]
    rows = generated(11)  # ten referrals about drugs that showed Bris and Polisen
    drugs = ["bris-116111", "polisen-11414"]
    rows = [{**r, "topic": "drugs", "services_shown": drugs} for r in rows[:10]] + [
        {**rows[10], "topic": "wants_out", "services_shown": shown}
    ]
    period = ["--from", FIRST.isoformat(), "--to", LAST.isoformat(), "--format", "csv"]
    seed(tmp_path, rows[10:])
    done = bot(tmp_path, "report", *period, "--by", "resource")
    assert done.returncode == 0, done.stderr
    body = [
        dict(zip(CSV_COLUMNS, line, strict=True)) for line in csv.reader(io.StringIO(done.stdout))
    ][1:]
    cells = {e["category_1"]: e["count"] for e in body if e["kind"] == "cell"}
    assert len(cells) == 32  # every service of the shipped directory is listed
    assert set(cells.values()) == {"<5"}
    assert body[-1]["kind"] == "grand_total"
    assert (body[-1]["count"], body[-1]["suppressed"]) == ("..", "secondary")

    seed(tmp_path, rows[:10])  # the same database, ten more referrals about drugs
    done = bot(tmp_path, "report", *period, "--by", "resource,topic")
    assert done.returncode == 0, done.stderr
    body = [
        dict(zip(CSV_COLUMNS, line, strict=True)) for line in csv.reader(io.StringIO(done.stdout))
    ][1:]
    cell = {(e["category_1"], e["category_2"]): e["count"] for e in body if e["kind"] == "cell"}
    assert {cell[(s, "wants_out")] for s in shown} == {"<5"}
    assert cell[("bris-116111", "drugs")] == ".."  # 10, the complement of its row's "<5"
    # Polisen was not shown to the one referral behind "wants_out": that zero is hidden,
    # and so are the 10 beside it (a published total 10 and a published 10 would tell the
    # "<5" is 0) and the row total (with the grand total it would pin the other rows' "<5")
    row_totals = {e["category_1"]: e["count"] for e in body if e["kind"] == "row_total"}
    assert cell[("polisen-11414", "wants_out")] == "<5"
    assert (cell[("polisen-11414", "drugs")], row_totals["polisen-11414"]) == ("..", "..")
    # shown to nobody at all (row total 0): its zeros show, everyone can tell
    assert cell[("gangsnacket", "wants_out")] == cell[("gangsnacket", "drugs")] == "0"
    totals = {e["category_2"]: e["count"] for e in body if e["kind"] == "column_total"}
    assert totals["wants_out"] == ".."


def test_a_table_too_large_to_check_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over ``MAX_CELLS`` (here 10; topic × audience has more) the report is refused in one
    line, no file written; a fresh-clone tester's 60,000-cell table ran for minutes."""
    seed(tmp_path, generated(40))
    monkeypatch.setattr("bot.core.disclosure.MAX_CELLS", 10)
    period = ["--from", FIRST.isoformat(), "--to", LAST.isoformat()]
    out = tmp_path / "r.csv"
    done = bot(tmp_path, "report", *period, "--by", "topic,audience", "--out", str(out))
    assert done.returncode == 1
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("error: a table of ")
    assert line.endswith(
        "cells is too large to check for disclosure (at most 10); use a "
        "shorter period or fewer categories"
    )
    assert not out.exists()
