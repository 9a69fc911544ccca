"""Crash safety (issue 6, point 8): ``kill -9`` in the middle of a load of conversations.

Forty people talk to ``python -m bot run`` (long polling against the fake Bot API over
real HTTP, the embedded SQLite default) and press their way to the resource cards. When
a third of them have their cards, the process is killed with SIGKILL. The database must
pass ``PRAGMA integrity_check``; a second process takes over (Telegram hands it the
updates the first never confirmed, and people press again where nothing happened), and
everyone reaches their cards. Then every person whose cards were sent has exactly one
referral row.

How rows are matched to people without showing anyone a referral id: each person starts
with their own deep-link code (``/start crash_NN``), allowlisted through
``CAMPAIGN_CODES``, and the referral row keeps the campaign code. The transcript of the
fake server tells which chats were sent cards.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests import updates
from tests.button_walk import button_data, next_press
from tests.e2e.running_bot import TOKEN, screen
from tests.fakes.telegram_api import FakeTelegramServer
from tests.helpers import PYTHON, ROOT, cli_env

JSON = dict[str, Any]
PEOPLE = 40
CARDS_HEADING = "Here is where you can get help:"  # English msgid of the cards' heading
PATIENCE_S = 4.0  # a screen unchanged this long after a press: the press was lost, press again


@dataclass
class Person:
    number: int
    user: dict[str, Any] = field(init=False)
    campaign: str = field(init=False)
    pressed: tuple[Any, ...] | None = None
    pressed_at: float = 0.0
    started_at: float = 0.0

    def __post_init__(self) -> None:
        self.user = updates.person(7400000000 + self.number, f"P{self.number}", None, "en")
        self.campaign = f"crash_{self.number:02d}"


@pytest_asyncio.fixture
async def server() -> AsyncIterator[FakeTelegramServer]:
    fake = FakeTelegramServer(token=TOKEN, bot_username="VagvisareLocalBot")
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


def cards_sent_to(server: FakeTelegramServer) -> dict[int, int]:
    """Chat id → how many times the resource cards were sent there (answered ok)."""
    counts: dict[int, int] = {}
    for call in server.calls:
        if call.ok and CARDS_HEADING in str(call.params.get("text", "")):
            chat = int(call.params["chat_id"])
            counts[chat] = counts.get(chat, 0) + 1
    return counts


def step(server: FakeTelegramServer, person: Person, cards: dict[int, int]) -> JSON | None:
    """The update this person sends now, or ``None`` (waiting, or done: cards seen)."""
    chat = person.user["id"]
    if chat in cards:
        return None
    now = time.monotonic()
    shown = screen(server, chat)
    if shown is None:  # nothing yet: /start, and again if it was lost in the crash
        if any(c.params.get("chat_id") == chat for c in server.calls if c.ok):
            return None  # the bot has answered: the next screen is on its way
        if now - person.started_at < PATIENCE_S:
            return None
        person.started_at = now
        return updates.text(person.user, f"/start {person.campaign}")
    buttons = button_data(shown.get("reply_markup"))
    data = next_press(buttons)
    if data is None:
        return None
    snapshot = (shown["message_id"], shown.get("text"), tuple(buttons))
    if snapshot == person.pressed and now - person.pressed_at < PATIENCE_S:
        return None
    person.pressed, person.pressed_at = snapshot, now
    return updates.callback(person.user, data, shown)


async def drive(server: FakeTelegramServer, people: list[Person], until_cards: int) -> None:
    """Let everyone press on until ``until_cards`` people have been sent their cards."""
    deadline = time.monotonic() + 120
    while len(cards := cards_sent_to(server)) < until_cards:
        if time.monotonic() > deadline:
            raise TimeoutError(f"only {len(cards)} of {until_cards} got cards")
        for person in people:
            update = step(server, person, cards)
            if update is not None:
                server.queue_update(update)
        await asyncio.sleep(0.03)


async def start_bot(data_dir: Path, server: FakeTelegramServer, log: Path) -> Any:
    env = cli_env(
        data_dir,
        BOT_TOKEN=TOKEN,
        CAMPAIGN_CODES=json.dumps([f"crash_{n:02d}" for n in range(PEOPLE)]),
        THROTTLE_BURST="1000",
    )
    with log.open("ab") as stderr:
        return await asyncio.create_subprocess_exec(
            PYTHON,
            "-m",
            "bot",
            "run",
            "--api-base",
            server.base_url,
            cwd=ROOT,
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=stderr,
        )


def integrity(database: Path) -> str:
    with sqlite3.connect(database) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def rows_by_campaign(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT campaign, count(*) FROM referral GROUP BY campaign"
        ).fetchall()
    return {str(campaign): int(count) for campaign, count in rows}


@pytest.mark.slow
async def test_kill_9_mid_load_loses_and_doubles_no_referral(
    tmp_path: Path, server: FakeTelegramServer
) -> None:
    database = tmp_path / "vagvisare.sqlite3"
    log = tmp_path / "bot.log"
    people = [Person(n) for n in range(PEOPLE)]
    first = await start_bot(tmp_path, server, log)
    try:
        await drive(server, people, until_cards=PEOPLE // 3)
    finally:
        first.send_signal(signal.SIGKILL)
        await first.wait()
    assert first.returncode == -signal.SIGKILL
    assert integrity(database) == "ok"
    seen_before_restart = len(cards_sent_to(server))

    second = await start_bot(tmp_path, server, log)
    try:
        await drive(server, people, until_cards=PEOPLE)
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.wait(), timeout=60)
    assert second.returncode == 0, log.read_text()

    assert integrity(database) == "ok"
    rows = rows_by_campaign(database)
    cards = cards_sent_to(server)
    assert seen_before_restart < PEOPLE  # the kill came mid-load
    assert set(cards) == {p.user["id"] for p in people}
    for person in people:
        assert rows.get(person.campaign) == 1, (person.campaign, rows, cards[person.user["id"]])
    assert set(rows) == {p.campaign for p in people}
    assert "Traceback" not in log.read_text()
