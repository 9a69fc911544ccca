"""Structured logging to stderr: one JSON object per line.

Log records never carry message text or raw Telegram ids; callers pass categorical
facts (an exception class, a correlation id, a locale, a keyed hash) in ``extra``.

Records of other libraries (aiogram, aiohttp, asyncio, warnings …) cannot promise that:
aiogram logs update and user ids, and exception messages can quote what a user typed.
For them only the message *template* is written (its first line, before any ``%``
arguments are filled in), never the arguments, extras or traceback; an exception is
named by its class in every record.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}
OWN_LOGGER = "vagvisare"  # this project's loggers: vagvisare.<area>
MAX_TEMPLATE = 120


def _template(record: logging.LogRecord) -> str:
    """The unformatted first line of a library's message, without its arguments."""
    lines = str(record.msg).splitlines()
    return lines[0][:MAX_TEMPLATE] if lines else ""


class JsonFormatter(logging.Formatter):
    """Formats a record as JSON with ``time``, ``level``, ``logger``, ``msg`` and extras."""

    def format(self, record: logging.LogRecord) -> str:
        own = record.name == OWN_LOGGER or record.name.startswith(OWN_LOGGER + ".")
        payload: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="seconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage() if own else _template(record),
        }
        if own:
            payload.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD})
        if record.exc_info and record.exc_info[0] is not None:
            payload["error"] = record.exc_info[0].__name__
        return json.dumps(payload, ensure_ascii=False, default=str)


QUIET_LOGGERS = ("aiogram.event", "alembic", "matplotlib")
"""Loggers kept at WARNING by :func:`configure_logging`: aiogram.event logs every update with
the user's id at INFO; Alembic announces every migration step; matplotlib says "generated new
fontManager" the first time a PNG report runs on a machine (it builds its font cache)."""


def configure_logging(level: str = "INFO", stream: TextIO | None = None) -> None:
    """Send all logs (warnings too) to ``stream`` (stderr) as JSON lines.

    aiogram's per-update chatter, Alembic's migration steps and matplotlib's font cache
    notice are quietened (WARNING and above only).
    """
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logging.captureWarnings(True)  # aiogram warns with whole updates: templates only
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
