"""/summary over real HTTP: long polling against the fake Bot API, which enforces
Telegram's limits (text, caption, callback data, uploads); the daily purge starts with
the dispatcher."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from sqlalchemy import insert, select

from bot.app import create_app, create_bot
from storage.tables import referral, staff_audit
from tests.conftest import FROZEN_NOW, make_settings
from tests.fakes.telegram_api import FakeTelegramServer

STAFF = 424242001
OUTSIDER = 700123457
HINT = "Type /start to begin."  # an unknown command with no conversation (handlers/fallback.py)


def buttons(message: dict) -> dict[str, str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return {b["text"]: b["callback_data"] for row in rows for b in row}


async def test_summary_over_real_http_with_the_daily_purge(
    tmp_path: Path, telegram_server: FakeTelegramServer
) -> None:
    settings = make_settings(
        tmp_path, staff_ids=[STAFF], default_locale="en", referral_retention_days=400
    )
    app = await create_app(settings, clock=lambda: FROZEN_NOW)
    recent = FROZEN_NOW.replace(tzinfo=None, minute=0, second=0, microsecond=0)
    rows = [
        {
            "id": f"{i:032x}",
            "hour": recent - timedelta(days=1 + i % 20),
            "audience": "parent" if i % 3 else "young_person",
            "topic": "family_worry" if i % 2 else "drugs",
            "urgency": "support",
            "locale": "sv",
            "services_shown": ["bris-vuxentelefon", "polisen-11414"],
        }
        for i in range(40)
    ]
    rows.append({**rows[0], "id": "f" * 32, "hour": recent - timedelta(days=500)})
    async with app.engine.begin() as connection:
        await connection.execute(insert(referral), rows)
    bot = create_bot(
        telegram_server.token,
        session=AiohttpSession(api=TelegramAPIServer.from_base(telegram_server.base_url)),
    )
    polling = asyncio.create_task(
        app.dispatcher.start_polling(
            bot, handle_signals=False, close_bot_session=False, polling_timeout=1
        )
    )
    try:
        telegram_server.queue_message(OUTSIDER, "/summary", language_code="en")
        telegram_server.queue_message(OUTSIDER, "/nosuchcommand", language_code="en")
        answers = await telegram_server.wait_for("sendMessage", 2, timeout=20)
        assert [a.params["text"] for a in answers] == [HINT, HINT]

        telegram_server.queue_message(STAFF, "/summary", language_code="en")
        menu = (await telegram_server.wait_for("sendMessage", 3, timeout=20))[-1].result
        for label, step in [("Last 30 days", 1), ("Resource shown", 2), ("Who asked", 3)]:
            telegram_server.queue_callback(
                STAFF, buttons(menu)[label], message_id=menu["message_id"], language_code="en"
            )
            edits = await telegram_server.wait_for("editMessageText", step, timeout=20)
            menu = edits[-1].result
        await telegram_server.wait_for("sendDocument", 2, timeout=60)
        photo = (await telegram_server.wait_for("sendPhoto", timeout=5))[0]
        documents = telegram_server.calls_to("sendDocument")
    finally:
        await app.dispatcher.stop_polling()
        await polling
        await bot.session.close()

    try:
        assert all(call.ok for call in telegram_server.calls), [
            (c.method, c.error) for c in telegram_server.calls if not c.ok
        ]
        table = menu["text"]
        assert table.startswith("Referrals by resource shown × who asked, 2026-10-26 – 2026-11-24")
        assert "bris-vuxentelefon" in table  # services keep their ids
        assert "parent or relative" in table  # audiences by name, not "parent"
        pages = [c.result["text"] for c in telegram_server.calls_to("sendMessage")[3:]]
        assert "fewer than 5" in (pages or [table])[-1]  # the legend closes the last page
        name = "summary-resource-audience-2026-10-26-2026-11-24"
        assert photo.params["photo"]["filename"] == f"{name}.png"
        assert photo.params["photo"]["size"] > 1000
        assert len(photo.params["caption"]) <= 1024
        assert [d.params["document"]["filename"] for d in documents] == [
            f"{name}.csv",
            f"{name}.xlsx",
        ]
        assert all(d.params["chat_id"] == STAFF for d in [photo, *documents])

        assert await app.referrals.count() == 40  # the 500-day-old row was purged on start-up
        async with app.engine.connect() as connection:
            audit = (
                await connection.execute(select(staff_audit.c.staff_id, staff_audit.c.action))
            ).all()
        assert (None, "purge") in audit
        assert (STAFF, "summary") in audit
        assert all(staff_id in (None, STAFF) for staff_id, _ in audit)  # never the outsider
    finally:
        await app.close()
