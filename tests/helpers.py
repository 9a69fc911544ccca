"""Builders of real-shaped Telegram Update JSON for tests, and subprocess helpers."""

from __future__ import annotations

import os
import sys
from itertools import count
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_ids = count(1000)


def user(
    user_id: int = 5550001,
    first_name: str = "Alva",
    username: str | None = "alva_k",
    language_code: str | None = "sv",
) -> dict[str, Any]:
    data: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username is not None:
        data["username"] = username
    if language_code is not None:
        data["language_code"] = language_code
    return data


def message_update(
    sender: dict[str, Any],
    text: str,
    *,
    update_id: int | None = None,
    chat_type: str = "private",
    chat_id: int | None = None,
) -> dict[str, Any]:
    chat: dict[str, Any] = {"id": chat_id or sender["id"], "type": chat_type}
    if chat_type == "private":
        chat["first_name"] = sender["first_name"]
    else:
        chat["title"] = "Some group"
    message: dict[str, Any] = {
        "message_id": next(_ids),
        "date": 1764081432,
        "chat": chat,
        "from": sender,
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": update_id or next(_ids), "message": message}


def callback_update(
    sender: dict[str, Any], data: str, message: dict[str, Any], *, update_id: int | None = None
) -> dict[str, Any]:
    return {
        "update_id": update_id or next(_ids),
        "callback_query": {
            "id": str(next(_ids)),
            "from": sender,
            "chat_instance": "-100200300",
            "message": message,
            "data": data,
        },
    }


def cli_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """Environment for ``python -m bot`` in a subprocess, isolated in ``data_dir``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(
            (
                "BOT_",
                "DATABASE_",
                "PSEUDONYM_",
                "WEBHOOK_",
                "REDIS_",
                "STAFF_",
                "CAMPAIGN_",
                "THROTTLE_",
            )
        )
    }
    env.update({"DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT), **extra})
    return env


PYTHON = sys.executable
