"""``/staff add 12345`` in Telegram: the list, and a line saying staff are managed with the
server's command line (through the real dispatcher, OfflineDriver)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import create_app
from bot.modes.offline_driver import OfflineDriver, text_update, user_json
from tests.conftest import FROZEN_NOW, make_settings

STAFF = 424242001
COMMANDS = (
    "<code>python -m bot staff add ID --role viewer|admin</code>",
    "<code>python -m bot staff remove ID</code>",
)
HINTS = {
    "en": "Staff members are added and removed on the server, with the command line:",
    "sv": "Personal läggs till och tas bort på servern, med kommandoraden:",
}


async def staff_says(tmp_path: Path, language: str, texts: list[str]) -> list[str]:
    """What staff member :data:`STAFF` (Telegram language ``language``) is answered."""
    settings = make_settings(tmp_path, staff_ids=[STAFF], default_locale="sv")
    app = await create_app(settings, clock=lambda: FROZEN_NOW)
    driver = OfflineDriver(app)
    user = user_json(STAFF, "Test", None, language)
    answers = []
    try:
        for text in texts:
            update = text_update(user, driver.session.next_message_id(), text)
            calls = [c for c in await driver.feed(update) if c.method == "sendMessage"]
            assert len(calls) == 1, text
            answers.append(calls[0].params["text"])
    finally:
        await driver.close()
        await app.close()
    return answers


@pytest.mark.parametrize("language", ["sv", "en"])
async def test_staff_with_arguments_gets_the_list_and_the_command_line_hint(
    tmp_path: Path, language: str
) -> None:
    commands = ["/staff", "/staff add 12345", "/staff remove 12345", "/STAFF anything"]
    plain, *with_arguments = await staff_says(tmp_path, language, commands)
    assert f"<code>{STAFF}</code> admin" in plain
    assert HINTS[language] not in plain  # no hint without arguments
    assert "python -m bot" not in plain
    for text in with_arguments:
        listing, hint = text.split("\n\n")
        assert listing == plain  # the list as ever, then the hint
        assert hint.startswith(HINTS[language])
        assert all(command in hint for command in COMMANDS)
