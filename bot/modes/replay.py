"""``python -m bot replay FILE``: Telegram Update JSON in, Bot API calls JSON out.

Reads one Update object per line (``-`` for stdin), feeds them through the dispatcher
in order, and prints every Bot API call the bot made as one JSON line
``{"method": "sendMessage", "params": {...}}``. Logs go to stderr. A line that is not
a valid Update is reported on stderr and skipped; the exit code is then 1.
"""

from __future__ import annotations

import json
import logging
from typing import TextIO

from pydantic import ValidationError

from bot.modes.offline_driver import OfflineDriver

log = logging.getLogger("vagvisare.replay")


async def run_replay(driver: OfflineDriver, source: TextIO, out: TextIO) -> int:
    """Replay every line of ``source``; returns 0, or 1 if any line was invalid."""
    invalid = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            update = json.loads(line)
            if not isinstance(update, dict):
                raise TypeError("not a JSON object")
            calls = await driver.feed(update)
        except (ValueError, TypeError, ValidationError) as error:
            invalid += 1
            log.warning("line %d is not a Telegram Update: %s", number, type(error).__name__)
            continue
        for call in calls:
            out.write(call.to_json() + "\n")
        out.flush()
    return 1 if invalid else 0
