"""Crash safety (issue 6, point 8): ``kill -9`` in the middle of a load of conversations.

Forty people talk to ``python -m bot run`` (long polling against the fake Bot API over
real HTTP, the embedded SQLite default) and press their way to the resource cards. When
a third of them have their cards (two thirds talk before the kill, the rest join after it),
the process is killed with SIGKILL. The database must
pass ``PRAGMA integrity_check``. A second process takes over: Telegram hands it the
updates the first never confirmed, people press again where nothing happened, and
someone stuck on a screen that no longer answers starts over with ``/start``. When
everyone has their cards, every conversation whose cards were sent has its referral row
(its own, or the row an earlier conversation of the same person wrote that day: one row
per person, topic and day), no conversation has two, and the database is still intact.

How rows are matched to conversations without showing anyone a referral id: every
conversation starts with its own deep-link code (``/start crash_<person>_<attempt>``),
allowlisted through ``CAMPAIGN_CODES``; the referral row keeps the campaign code. The
cards are an edit of the conversation's first message (the answer to ``/start``), so the
fake server's transcript tells which conversation was sent its cards.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.core.periods import local_date
from tests import updates
from tests.button_walk import button_data, next_press
from tests.e2e.running_bot import TOKEN, screen
from tests.fakes.telegram_api import FakeTelegramServer
from tests.helpers import PYTHON, ROOT, cli_env

JSON = dict[str, Any]
PEOPLE = 40
ATTEMPTS = 5  # conversations one person may start (allowlisted codes)
CARDS_HEADING = "Here is where you can get help:"  # English msgid of the cards' heading
PATIENCE_S = 3.0  # a screen unchanged this long after a press: press again
START_PATIENCE_S = 20.0  # no answer to /start this long (the bot may be starting): again
GIVE_UP_AFTER = 3  # presses on an unchanged screen before starting over


def campaign(number: int, attempt: int) -> str:
    return f"crash_{number:02d}_{attempt}"


@dataclass
class Person:
    number: int
    user: JSON = field(init=False)
    attempt: int = 0
    conversation_of: dict[int, int] = field(default_factory=dict)  # first message → attempt
    pressed: tuple[Any, ...] | None = None
    presses: int = 0
    pressed_at: float = 0.0
    started_at: float = -START_PATIENCE_S

    def __post_init__(self) -> None:
        self.user = updates.person(7400000000 + self.number, f"P{self.number}", None, "en")

    @property
    def chat(self) -> int:
        return int(self.user["id"])

    def start(self) -> JSON:
        self.started_at = time.monotonic()
        self.pressed, self.presses = None, 0
        return updates.text(self.user, f"/start {campaign(self.number, self.attempt)}")


def cards_sent(server: FakeTelegramServer) -> set[tuple[int, int]]:
    """(chat id, message id) of every message the resource cards were sent in."""
    return {
        (int(call.params["chat_id"]), int(call.params.get("message_id") or 0))
        for call in server.calls
        if call.ok and CARDS_HEADING in str(call.params.get("text", ""))
    }


def carded(server: FakeTelegramServer, people: list[Person]) -> dict[int, set[int]]:
    """Person number → the attempts (conversations) whose cards were sent."""
    sent = cards_sent(server)
    return {
        person.number: {
            attempt
            for message, attempt in person.conversation_of.items()
            if (person.chat, message) in sent
        }
        for person in people
    }


def step(server: FakeTelegramServer, person: Person, done: bool) -> JSON | None:
    """What this person sends now, or ``None`` (waiting for the bot, or done)."""
    if done:
        return None
    now = time.monotonic()
    shown = screen(server, person.chat)
    buttons = button_data(shown.get("reply_markup")) if shown else []
    first = next_press(buttons) not in {None, "nav:restart"}  # not "did this help?" or "restart"
    if shown is not None and first and shown["message_id"] not in person.conversation_of:
        person.conversation_of[shown["message_id"]] = person.attempt  # the answer to /start
    current = (
        shown is not None and person.conversation_of.get(shown["message_id"]) == person.attempt
    )
    if not current:  # no screen of this conversation on top
        if now - person.started_at < START_PATIENCE_S:
            return None
        if person.attempt in person.conversation_of.values() and person.attempt + 1 < ATTEMPTS:
            person.attempt += 1  # it had begun: start a new one, with a new code
        return person.start()  # else the /start, or its answer, was lost: again
    data = next_press(buttons)
    if data is None or shown is None:
        return None
    snapshot = (shown["message_id"], shown.get("text"), tuple(buttons))
    if snapshot == person.pressed:
        if now - person.pressed_at < PATIENCE_S:
            return None
        if person.presses >= GIVE_UP_AFTER and person.attempt + 1 < ATTEMPTS:
            person.attempt += 1  # this screen no longer answers: start over
            return person.start()
    else:
        person.pressed, person.presses = snapshot, 0
    person.presses += 1
    person.pressed_at = now
    return updates.callback(person.user, data, shown)


async def drive(server: FakeTelegramServer, people: list[Person], until_done: int) -> None:
    """Let everyone press on until ``until_done`` people have been sent their cards."""
    deadline = time.monotonic() + 150
    while True:
        got = carded(server, people)
        done = sum(bool(attempts) for attempts in got.values())
        if done >= until_done:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"only {done} of {until_done} people got their cards")
        for person in people:
            update = step(server, person, bool(got[person.number]))
            if update is not None:
                server.queue_update(update)
        await asyncio.sleep(0.03)


async def start_bot(data_dir: Path, server: FakeTelegramServer, log: Path) -> Any:
    codes = [campaign(n, a) for n in range(PEOPLE) for a in range(ATTEMPTS)]
    env = cli_env(
        data_dir, BOT_TOKEN=TOKEN, CAMPAIGN_CODES=json.dumps(codes), THROTTLE_BURST="1000"
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


def log_tail(log: Path, count: str) -> tuple[int, str]:
    """How often ``count`` stands in ``log``, and the log's last 500 characters."""
    text = log.read_text()
    return text.count(count), text[-500:]


async def polling_started(log: Path, times: int, timeout: float = 60.0) -> None:  # noqa: ASYNC109
    """Wait until ``log`` (both processes append to it) says "polling started" ``times`` times."""
    deadline = time.monotonic() + timeout
    while (found := log_tail(log, '"polling started"'))[0] < times:
        assert time.monotonic() < deadline, f"not polling after {timeout} s: {found[1]}"
        await asyncio.sleep(0.05)


def integrity(database: Path) -> str:
    with sqlite3.connect(database) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def rows_by_campaign(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT campaign, count(*) FROM referral GROUP BY campaign"
        ).fetchall()
    return {str(code): int(count) for code, count in rows}


async def stop(process: Any, how: signal.Signals) -> None:
    if process.returncode is None:
        process.send_signal(how)
        await asyncio.wait_for(process.wait(), timeout=60)


@pytest.mark.slow
async def test_kill_9_mid_load_loses_and_doubles_no_referral(
    tmp_path: Path, server: FakeTelegramServer
) -> None:
    started_on = local_date(datetime.now(UTC))  # Europe/Stockholm, as the rows' days
    database = tmp_path / "vagvisare.sqlite3"
    log = tmp_path / "bot.log"
    people = [Person(n) for n in range(PEOPLE)]
    first = await start_bot(tmp_path, server, log)
    try:
        # two thirds talk before the kill, the rest after it: people press in step, so on a
        # fast machine everyone who talks reaches the cards in the same burst, and the kill
        # must still come with conversations unfinished
        await drive(server, people[: 2 * PEOPLE // 3], until_done=PEOPLE // 3)
    finally:
        await stop(first, signal.SIGKILL)
    assert first.returncode == -signal.SIGKILL
    assert integrity(database) == "ok"
    done_before_restart = sum(bool(a) for a in carded(server, people).values())

    second = await start_bot(tmp_path, server, log)
    try:
        await drive(server, people, until_done=PEOPLE)
        # on a fast machine the first process may have carded everyone before the kill: the
        # SIGTERM must still find the second one running, not starting up (its handler unset)
        await polling_started(log, times=2)
    finally:
        await stop(second, signal.SIGTERM)
    assert second.returncode == 0, log.read_text()[-2000:]

    assert done_before_restart < PEOPLE  # the kill came in the middle of the load
    assert integrity(database) == "ok"
    rows = rows_by_campaign(database)
    assert all(count == 1 for count in rows.values()), rows  # no conversation logged twice
    one_day = started_on == local_date(datetime.now(UTC))
    for number, attempts in carded(server, people).items():
        assert attempts, f"person {number} never got cards"
        # Cards on screen imply a row: the conversation's own, or, when an earlier
        # conversation of the same person that day wrote one (its cards came late, after
        # the restart, while the person had started over), that row, which the later cards
        # add to (one row per person, topic and day: bot/core/referral_day.py).
        rowed = {a for a in range(ATTEMPTS) if rows.get(campaign(number, a))}
        assert rowed, (number, attempts, rows)
        assert min(rowed) <= min(attempts), (number, attempts, rows)
        if one_day:  # every conversation walks to the same topic
            assert len(rowed) == 1, (number, attempts, rows)
    assert "Traceback" not in log.read_text()
