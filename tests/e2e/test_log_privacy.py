"""Logs are structured and carry no message text and no raw ids (issue 6, point 6).

A conversation runs against the fake Bot API in polling and webhook mode with everything
that makes the bot log: faults (429, 5xx until it gives up, a blocked user), a throttled
flood, a forged webhook body, an unknown update type, danger words, a shared contact.
Every record of every logger, at DEBUG, is formatted as production formats it
(:class:`bot.logs.JsonFormatter`), and the output must not contain the person's id,
name, username, phone number or anything they typed.
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from bot.logs import JsonFormatter
from bot.modes.webhook import SECRET_HEADER
from tests import updates
from tests.e2e.running_bot import SECRET, TOKEN, robust_app, running, until
from tests.fakes.telegram_api import FakeTelegramServer

USER_ID = 7349182736
NAME = "Zarathustrina"
USERNAME = "zara_hidden_handle"
TYPED = ["mitt-hemliga-ord-7731", "they will kill me tonight at 21 Storgatan", "call me 0709998877"]
PHONE = "+46701112233"
HEX_WITH_A_LETTER = re.compile(r"\b(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b")
SECRETS = [str(USER_ID), NAME, USERNAME, PHONE, "0709998877", "Storgatan", "7731", "+4670"]


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """Everything logged at DEBUG and above, by any logger, formatted for production."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    level = root.level
    quiet = {name: logging.getLogger(name).level for name in ("aiogram.event", "alembic")}
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for name in quiet:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        for name, old in quiet.items():
            logging.getLogger(name).setLevel(old)


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_logs_hold_no_text_and_no_raw_ids(
    tmp_path: Path, captured: io.StringIO, mode: str
) -> None:
    person = updates.person(USER_ID, NAME, USERNAME, "sv")
    server = FakeTelegramServer(token=TOKEN, bot_username="VagvisareLocalBot")
    await server.start()
    app = await robust_app(tmp_path, throttle_burst=6, throttle_rate=0.001)
    try:
        async with running(mode, app, server) as bot:
            server.fail_next(
                "sendMessage", status=429, description="Too Many Requests", retry_after=1
            )
            await bot.send(updates.text(person, "/start"))
            await server.wait_for("sendMessage", timeout=10)
            for text in TYPED:
                await bot.send(updates.text(person, text))
            contact = updates.message(person, contact={"phone_number": PHONE, "first_name": NAME})
            await bot.send(updates.update("message", contact))
            await bot.send(updates.forwarded(person, TYPED[0], origin=person))
            await bot.send(updates.unknown_update("future_kind") | {"future_kind": {"t": TYPED[0]}})
            server.fail_next(
                "sendMessage", status=500, description="Internal Server Error", times=8
            )
            await bot.send(updates.text(person, TYPED[2]))  # fails: error handler logs it
            await until(lambda: sum(not c.ok for c in server.calls) >= 9)
            await bot.send(updates.text(person, "flood"))  # the bucket is empty by now
            server.block_user(USER_ID)
            await bot.send(updates.text(person, TYPED[1]))
            if mode == "webhook":
                await _forged_bodies(bot.webhook_url, person)
            await bot.taken()
    finally:
        await app.close()
        await server.stop()

    output = captured.getvalue()
    records = [json.loads(line) for line in output.splitlines()]  # every line is JSON
    messages = {record["msg"] for record in records}
    assert {"update failed", "update throttled", "bot api call retried"} <= messages
    assert "chat refuses the bot; update dropped" in messages
    assert any(record["logger"].startswith("aiogram") for record in records)
    # Pseudonyms are hex: one may contain a run of digits such as "7731" by chance. A raw
    # number that leaks holds no letter, so hex tokens with a letter are not searched.
    hex_free = HEX_WITH_A_LETTER.sub("<hex>", output)
    for secret in [*SECRETS, *TYPED]:
        haystack = hex_free if secret.isdigit() else output
        assert secret not in haystack, f"{secret!r} leaked into the logs"


async def _forged_bodies(url: str, person: dict[str, object]) -> None:
    """Not JSON, and JSON that is not an Update, both quoting what the person typed."""
    async with aiohttp.ClientSession() as client:
        for body in (f"{{{TYPED[0]}", json.dumps({"update_id": TYPED[0], "message": person})):
            async with client.post(url, data=body, headers={SECRET_HEADER: SECRET}) as response:
                assert response.status in {200, 400}
