"""/summary week by week through the real dispatcher (OfflineDriver): "Last 30 days" on
2026-11-25 is Monday 26 October to Tuesday 24 November, so its last week (2026-W48) has
two days in the period and is marked ``2026-W48*`` with a footnote; the first (W44) is
whole and is not marked."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from bot.app import App
from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver, callback_update, text_update, user_json
from storage.tables import referral
from tests.conftest import FROZEN_NOW, make_settings

STAFF = 424242001
FOOTNOTES = {
    "en": "* 2026-W48: only part of the week is in the period, 2026-11-23 – 2026-11-24",
    "sv": "* 2026-W48: bara en del av veckan ingår i perioden, 2026-11-23 – 2026-11-24",
}
BUTTONS = {
    "en": ["Last 30 days", "Week by week", "Only this"],
    "sv": ["Senaste 30 dagarna", "Vecka för vecka", "Bara detta"],
}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, staff_ids=[STAFF], default_locale="en")


def keyboard(calls: list[Any]) -> tuple[dict[str, Any], dict[str, str]]:
    message = next(
        c.result for c in reversed(calls) if c.method in {"sendMessage", "editMessageText"}
    )
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return message, {b["text"]: b["callback_data"] for row in rows for b in row}


@pytest.mark.parametrize("language", ["sv", "en"])
async def test_the_partial_last_week_is_marked(
    app: App, driver: OfflineDriver, language: str
) -> None:
    yesterday = FROZEN_NOW.replace(tzinfo=None, minute=0, second=0, microsecond=0) - timedelta(
        days=1
    )
    rows = [
        {
            "id": f"{i:032x}",
            "hour": yesterday - timedelta(hours=8 * i),
            "audience": "parent",
            "topic": "drugs",
            "urgency": "support",
            "locale": "sv",
            "services_shown": [],
        }
        for i in range(90)  # 30 days, 3 a day
    ]
    async with app.engine.begin() as connection:
        await connection.execute(insert(referral), rows)
    user = user_json(STAFF, "Test", None, language)
    calls = await driver.feed(text_update(user, driver.session.next_message_id(), "/summary"))
    message, buttons = keyboard(calls)
    available = set(buttons)
    for number, label in enumerate(BUTTONS[language]):
        assert label in buttons, available
        update = callback_update(user, f"q{number}", message, buttons[label])
        calls = await driver.feed(update)
        if label != BUTTONS[language][-1]:
            message, buttons = keyboard(calls)
            available = set(buttons)
    table = next(c.params["text"] for c in calls if c.method == "editMessageText")
    words = table.split()
    assert "2026-W48*" in words
    assert "2026-W44" in words
    assert "2026-W44*" not in words
    assert "2026-W47" in words
    assert "2026-W47*" not in words
    assert table.endswith(FOOTNOTES[language])
