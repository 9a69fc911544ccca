"""``python -m bot replay FILE``: Telegram Update JSON in, Bot API calls JSON out.

Reads one Update object per line (``-`` for stdin), feeds them through the dispatcher
in order, and prints every Bot API call the bot made as one JSON line
``{"method": "sendMessage", "params": {...}}``. Logs go to stderr. A line that is not
a valid Update is reported on stderr and skipped; the exit code is then 1. Invalid are:
a line that is not a JSON object (also JSON nested deeper than :mod:`json` can read:
``RecursionError``), an object that is not an Update, one without any update type
(``{}``), and one whose ``update_id`` is out of range (below 0 or beyond 64 bits, which
the de-duplication table cannot hold), and a line that is not UTF-8 text (Telegram sends
UTF-8 JSON; the other lines are still read). A valid Update of a type this bot does not
handle is fed and ignored, as in ``run``.

Updates are de-duplicated as in ``run`` and ``webhook`` (handlers/dedup.py, the
``processed_update`` table of the same database): an ``update_id`` handled before, in
this file or in an earlier run on the same data, is skipped and prints nothing. A line
without ``update_id`` is numbered from 1 on every run and is never skipped.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from typing import TextIO

from pydantic import ValidationError

from bot.commands import CliCommand, ConfigurationError
from bot.config import Settings
from bot.modes.offline_driver import InvalidUpdate, OfflineDriver, with_offline

log = logging.getLogger("vagvisare.replay")


async def run_replay(driver: OfflineDriver, source: TextIO, out: TextIO) -> int:
    """Replay every line of ``source``; returns 0, or 1 if any line was invalid."""
    processed = driver.app.processed_updates()
    invalid = 0
    if isinstance(source, io.TextIOWrapper):  # bytes that are not UTF-8: lone surrogates
        source.reconfigure(errors="surrogateescape")
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            _check_utf8(line)
            update = json.loads(line)
            if not isinstance(update, dict):
                raise InvalidUpdate("not a JSON object")
            if "update_id" in update:  # Telegram's own id: handled once, as in `run`
                calls = await driver.feed(update, processed_updates=processed)
            else:
                calls = await driver.feed(update)
        except (ValueError, TypeError, ValidationError, RecursionError) as error:
            invalid += 1
            reason = str(error) if isinstance(error, InvalidUpdate) else type(error).__name__
            log.warning("line %d is not a Telegram Update: %s", number, reason)
            continue
        for call in calls:
            out.write(call.to_json() + "\n")
        out.flush()
    return 1 if invalid else 0


def _check_utf8(line: str) -> None:
    """Raise :class:`InvalidUpdate` when ``line`` was not UTF-8 (read with
    ``errors="surrogateescape"``: each byte that is not UTF-8 is a lone surrogate)."""
    if not line.isascii():
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidUpdate("not UTF-8 text") from None


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="file of Update JSON objects, one per line; - for stdin")


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    if args.file == "-":
        return await with_offline(settings, lambda d: run_replay(d, sys.stdin, sys.stdout))
    try:
        source = open(args.file, encoding="utf-8", errors="surrogateescape")  # noqa: SIM115, ASYNC230 - once, before any update
    except OSError as error:
        raise ConfigurationError(f"cannot read {args.file}: {error.strerror}") from error
    with source:
        return await with_offline(settings, lambda d: run_replay(d, source, sys.stdout))


COMMAND = CliCommand(
    "replay", "feed Update JSON lines, print Bot API calls as JSON lines", _configure, _run
)
