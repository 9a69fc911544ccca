"""The terminal chat says when the bot sent a picture or a file (a staff summary's chart,
CSV or XLSX), which it cannot show (bot/modes/chat.py)."""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import Any

from bot.modes.chat import Terminal
from bot.offline import ApiCall


def printed(calls: list[ApiCall]) -> str:
    out = io.StringIO()
    driver: Any = SimpleNamespace(session=SimpleNamespace(messages={}))
    Terminal(driver, {"id": 1}, out)._print(calls)
    return out.getvalue()


def test_pictures_and_files_are_named_not_dropped() -> None:
    text = printed(
        [
            ApiCall("sendPhoto", {"chat_id": 1, "photo": "attach://chart", "caption": "Topics"}),
            ApiCall("sendDocument", {"chat_id": 1, "document": "attach://summary.csv"}),
        ]
    )
    assert text.splitlines() == [
        "(bot sent a picture: Topics; a terminal cannot show it: "
        "python -m bot report --out FILE writes the same)",
        "(bot sent a file; a terminal cannot show it: "
        "python -m bot report --out FILE writes the same)",
    ]
