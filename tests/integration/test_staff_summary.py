"""/summary and /staff through the real dispatcher (OfflineDriver): who gets what.

A non-staff user must get exactly what an unknown command or a stale button gets, by
any command, button or forged callback data; a removed member loses access at once;
every staff action is audited, and nothing about anyone else is.
"""

from __future__ import annotations

import csv
import io
import random
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiogram.types import BufferedInputFile
from openpyxl import load_workbook
from PIL import Image
from sqlalchemy import insert, select

from bot.app import App
from bot.config import Settings
from bot.core.access import Role
from bot.core.report import CSV_COLUMNS
from bot.modes.offline_driver import OfflineDriver, callback_update, text_update, user_json
from bot.offline import MAX_TEXT, ApiCall
from storage.staff import StaffRepository
from storage.tables import referral, staff_audit
from tests.conftest import FROZEN_NOW, make_settings

STAFF = 424242001  # configured (admin)
VIEWER = 424242002  # added to the staff table in the tests
OUTSIDER = 700123457
DAY = FROZEN_NOW.replace(tzinfo=None, minute=0, second=0, microsecond=0) - timedelta(days=5)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, staff_ids=[STAFF], default_locale="en")


class Person:
    """One Telegram user talking to the driver; remembers the last message with buttons."""

    def __init__(self, driver: OfflineDriver, user_id: int, first_name: str = "Test") -> None:
        self.driver = driver
        self.user = user_json(user_id, first_name, None, "en")
        self.keyboard: dict[str, Any] | None = None
        self.queries = 0

    async def say(self, text: str) -> list[ApiCall]:
        update = text_update(self.user, self.driver.session.next_message_id(), text)
        return self._remember(await self.driver.feed(update))

    async def press(self, data: str, message: dict[str, Any] | None = None) -> list[ApiCall]:
        self.queries += 1
        target = (
            message
            or self.keyboard
            or {
                "message_id": 1,
                "date": 0,
                "chat": {"id": self.user["id"], "type": "private"},
                "text": "x",
            }
        )
        update = callback_update(self.user, f"{self.user['id']}-{self.queries}", target, data)
        return self._remember(await self.driver.feed(update))

    def buttons(self) -> dict[str, str]:
        rows = (self.keyboard or {}).get("reply_markup", {}).get("inline_keyboard", [])
        return {b["text"]: b["callback_data"] for row in rows for b in row}

    def _remember(self, calls: list[ApiCall]) -> list[ApiCall]:
        for call in calls:
            result = call.result if isinstance(call.result, dict) else None
            if result is not None and call.method in {"sendMessage", "editMessageText"}:
                stored = self.driver.session.messages.get(
                    (result["chat"]["id"], result["message_id"])
                )
                if stored is not None and stored.get("reply_markup"):
                    self.keyboard = stored
        return calls


def shape(calls: list[ApiCall]) -> list[tuple[str, dict[str, Any]]]:
    """What the user sees: calls without the ids that differ from one message to the
    next, and without getMe (a Command filter asks once who the bot is, for @mentions)."""
    ignored = {"message_id", "callback_query_id"}
    return [
        (c.method, {k: v for k, v in c.params.items() if k not in ignored})
        for c in calls
        if c.method != "getMe"
    ]


async def audit_rows(app: App) -> list[tuple[int | None, str]]:
    async with app.engine.connect() as connection:
        statement = select(staff_audit.c.staff_id, staff_audit.c.action).order_by(staff_audit.c.at)
        return [tuple(row) for row in (await connection.execute(statement)).all()]  # type: ignore[misc]


async def seed(
    app: App, count: int, *, start: datetime = DAY, days: int = 1, seed: int = 1
) -> None:
    rng = random.Random(seed)
    topics = ["recruitment_pressure", "drugs", "family_worry", "mental_health"]
    rows = [
        {
            "id": f"{rng.getrandbits(128):032x}",
            "hour": start + timedelta(hours=rng.randrange(24 * days)),
            "audience": rng.choice(["young_person", "parent"]),
            "age_band": None,
            "topic": rng.choice(topics),
            "urgency": "support",
            "locale": "sv",
            "services_shown": ["bris-116111"],
            "outcome": rng.choice([None, "yes"]),
        }
        for _ in range(count)
    ]
    async with app.engine.begin() as connection:
        await connection.execute(insert(referral), rows)


STATES = {
    "fresh": [],
    "language picker": ["/start"],
    "audience menu": ["/start", "[English]", "[OK, let's start]"],
}


@pytest.mark.parametrize("state", list(STATES))
async def test_non_staff_commands_get_the_unknown_command_answer(
    app: App, driver: OfflineDriver, state: str
) -> None:
    outsider = Person(driver, OUTSIDER)
    for line in STATES[state]:
        if line.startswith("["):
            await outsider.press(outsider.buttons()[line[1:-1]])
        else:
            await outsider.say(line)
    unknown = shape(await outsider.say("/nosuchcommand"))
    assert unknown, "an unknown command gets an answer"
    for command in ("/summary", "/summary@VagvisareLocalBot", "/staff", "/summary 30d"):
        assert shape(await outsider.say(command)) == unknown, command
    assert await audit_rows(app) == []  # nothing is recorded about non-staff


async def test_forged_summary_buttons_from_non_staff_are_stale_buttons(
    app: App, driver: OfflineDriver
) -> None:
    await seed(app, 50)
    outsider = Person(driver, OUTSIDER)
    await outsider.say("/start")
    menu = outsider.keyboard
    stale = shape(await outsider.press("zz:unknown", menu))
    for forged in ("sum:30d", "sum:30d:topic:-", "sum:month", "sum:q:topic:audience"):
        calls = await outsider.press(forged, menu)
        assert shape(calls) == stale, forged
        assert not any(c.method in {"sendPhoto", "sendDocument"} for c in calls)
    assert await audit_rows(app) == []


async def test_staff_get_table_chart_and_files_and_every_step_is_audited(
    app: App, driver: OfflineDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    await seed(app, 60)
    files: dict[str, bytes] = {}
    original = driver.session.make_request

    async def recording(bot: Any, method: Any, timeout: int | None = None) -> Any:  # noqa: ASYNC109 - aiogram's make_request signature
        for name in ("photo", "document"):
            value = getattr(method, name, None)
            if isinstance(value, BufferedInputFile):
                files[value.filename or ""] = value.data
        return await original(bot, method, timeout)

    monkeypatch.setattr(driver.session, "make_request", recording)
    worker = Person(driver, STAFF)
    calls = await worker.say("/summary")
    assert calls[0].params["text"].startswith("<b>Summary of referrals</b>")
    await worker.press(worker.buttons()["Last 30 days"])
    assert "2026-10-26 – 2026-11-24" in worker.keyboard["text"]  # type: ignore[index]
    await worker.press(worker.buttons()["Topic"])
    assert "Only this" in worker.buttons()
    assert "Topic" not in worker.buttons()  # the same dimension twice is not offered
    calls = await worker.press(worker.buttons()["Only this"])

    methods = [c.method for c in calls]
    assert methods == [
        "answerCallbackQuery",
        "editMessageText",
        "sendPhoto",
        "sendDocument",
        "sendDocument",
    ]
    table = calls[1].params["text"]
    assert table.startswith("<b>Referrals by topic, 2026-10-26 – 2026-11-24</b>\n<pre>")
    assert re.search(r"^total +60</pre>$", table, flags=re.MULTILINE)
    assert "fewer than 5" in table
    assert len(calls[2].params.get("caption", "")) <= 1024
    name = "summary-topic-2026-10-26-2026-11-24"
    assert set(files) == {f"{name}.png", f"{name}.csv", f"{name}.xlsx"}
    rows = list(csv.reader(io.StringIO(files[f"{name}.csv"].decode())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[-1][CSV_COLUMNS.index("count")] == "60"
    sheet = load_workbook(io.BytesIO(files[f"{name}.xlsx"])).worksheets[0]
    assert [cell.value for cell in sheet[sheet.max_row]][CSV_COLUMNS.index("count")] == 60
    Image.open(io.BytesIO(files[f"{name}.png"])).verify()
    assert await audit_rows(app) == [
        (STAFF, "summary.menu"),
        (STAFF, "summary.menu"),
        (STAFF, "summary.menu"),
        (STAFF, "summary"),
    ]


async def test_a_removed_member_loses_access_at_once(app: App, driver: OfflineDriver) -> None:
    await seed(app, 40)
    staff = StaffRepository(app.engine)
    await staff.add(VIEWER, Role.VIEWER)
    viewer = Person(driver, VIEWER)
    assert (await viewer.say("/summary"))[0].params["text"].startswith("<b>Summary")
    await viewer.press(viewer.buttons()["Last 7 days"])
    menu = viewer.keyboard
    unknown_for_viewer = shape(await viewer.say("/nosuchcommand"))
    assert shape(await viewer.say("/staff")) == unknown_for_viewer  # admins only

    assert await staff.remove(VIEWER) is True
    assert shape(await viewer.say("/summary")) == unknown_for_viewer
    press = await viewer.press(viewer.buttons()["Topic"], menu)
    assert shape(press) == shape(await viewer.press("zz:unknown", menu))  # a stale button
    assert not any(c.method in {"sendPhoto", "sendDocument"} for c in press)
    assert [a for _, a in await audit_rows(app)] == ["summary.menu", "summary.menu"]


async def test_admins_see_the_staff_list(app: App, driver: OfflineDriver) -> None:
    await StaffRepository(app.engine).add(VIEWER, Role.VIEWER)
    calls = await Person(driver, STAFF).say("/staff")
    text = calls[0].params["text"]
    assert f"<code>{STAFF}</code> admin" in text
    assert f"<code>{VIEWER}</code> viewer" in text
    assert await audit_rows(app) == [(STAFF, "staff.list")]


async def test_long_tables_are_split_within_telegram_limits(
    app: App, driver: OfflineDriver
) -> None:
    await seed(app, 3000, start=datetime(2026, 7, 1), days=92, seed=3)
    worker = Person(driver, STAFF)
    await worker.say("/summary")
    await worker.press(worker.buttons()["Last quarter"])
    await worker.press(worker.buttons()["Week by week"])
    calls = await worker.press(worker.buttons()["Resource shown"])
    texts = [c.params["text"] for c in calls if c.method in {"editMessageText", "sendMessage"}]
    assert len(texts) >= 2  # 14 weeks x every service, grouped by week: several messages
    assert all(0 < len(t) <= MAX_TEXT for t in texts)
    assert all(c.result is not None for c in calls), "Telegram would have refused a call"
    assert texts[0].startswith("<b>Referrals by week × resource shown, 2026-07-01 – 2026-09-30")
    assert "fewer than 5" in texts[-1]
    assert "2026-W27" in texts[0]
    assert "2026-W40" in texts[-1] or "goes on in the CSV" in texts[-1]
