"""Numbers the privacy audit does not report as Telegram ids: an explicit allowlist.

The audit's detector (:mod:`bot.core.identifiers`) reports any standalone run of 5–16
digits as a possible Telegram id, and it stays that strict. Some places hold numbers of
that size that are known not to identify anyone; each is listed here, with the reason,
as (table, column[, JSON key]) or (log, JSON key):

* ``processed_update.update_id``: Telegram's update counter. It numbers the updates of
  one bot, across all its users, and identifies no one (Bot API, ``Update.update_id``);
  it is kept so that a re-delivered update is handled once (``handlers/dedup.py``).
* ``user_memory.data`` key ``trail``: ids of the messages of one conversation, for
  quick exit (``handlers/trail.py``). Telegram numbers messages per private chat, so they
  mean nothing outside that chat (Bot API, ``Message.message_id``).
* log records of this project's loggers (``bot/logs.py``), keys ``port`` (a TCP port),
  ``pid`` (a worker's process id), ``in_flight``, ``cancelled`` and ``deleted`` (counts),
  ``user`` and ``correlation_id`` (12 hex characters: the start of a keyed hash and a
  random id, which now and then happen to be all digits). Other numeric extras (a
  worker's index and exit code, a retry's attempt and pause) never reach five digits and
  are not listed.

Only the Telegram-id check is waived there, and only for a value of the expected shape
(an integer in range, a list of message ids, 12 hex characters …): a value of any other
shape is scanned like every other, and every other kind (``--identifier`` values, typed
text, usernames, phone numbers, e-mail addresses) is still looked for in these places
too. What the allowlist cannot tell apart: a Telegram id stored *as* a message id in
``trail`` would look like one; the handlers put only message ids there.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.logs import OWN_LOGGER

LOG = "log"
"""The ``table`` of an entry that applies to the JSON lines of a log file."""

_HEX12 = re.compile(r"^[0-9a-f]{12}$")


def _integer(low: int, high: int) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high

    return check


_COUNT = _integer(0, 2**63 - 1)
_MESSAGE_ID = _integer(0, 2**31 - 1)


def _message_ids(value: object) -> bool:
    return isinstance(value, list) and all(_MESSAGE_ID(item) for item in value)


def _counts(value: object) -> bool:
    return isinstance(value, dict) and all(_COUNT(item) for item in value.values())


def _hex12(value: object) -> bool:
    return isinstance(value, str) and _HEX12.match(value) is not None


@dataclass(frozen=True, slots=True)
class NotAnIdentifier:
    """One place whose numbers are not Telegram ids.

    ``table`` is a table name or :data:`LOG`; ``column`` a column (``None`` for a log);
    ``key`` a top-level key of the JSON object stored there (``None``: the whole value);
    ``shape`` what the value there must look like for the waiver to apply; ``why`` the
    reason, for readers of the code and docs/privacy.md.
    """

    table: str
    column: str | None
    key: str | None
    shape: Callable[[object], bool]
    why: str


NOT_IDENTIFIERS: tuple[NotAnIdentifier, ...] = (
    NotAnIdentifier(
        "processed_update",
        "update_id",
        None,
        _COUNT,
        "Telegram's counter of a bot's updates, shared by all its users (Update.update_id)",
    ),
    NotAnIdentifier(
        "user_memory",
        "data",
        "trail",
        _message_ids,
        "message ids of one conversation, numbered per chat (handlers/trail.py)",
    ),
    NotAnIdentifier(LOG, None, "port", _integer(0, 65535), "the TCP port the server listens on"),
    NotAnIdentifier(LOG, None, "pid", _integer(1, 2**32 - 1), "a worker's process id"),
    NotAnIdentifier(LOG, None, "in_flight", _COUNT, "updates in flight at shutdown"),
    NotAnIdentifier(LOG, None, "cancelled", _COUNT, "updates cancelled at shutdown"),
    NotAnIdentifier(LOG, None, "deleted", _counts, "rows deleted by a purge, by kind"),
    NotAnIdentifier(LOG, None, "user", _hex12, "the first 12 hex characters of a pseudonym"),
    NotAnIdentifier(LOG, None, "correlation_id", _hex12, "a random id tying an error to a reply"),
)


def _entries(table: str, column: str | None) -> list[NotAnIdentifier]:
    return [e for e in NOT_IDENTIFIERS if e.table == table and e.column == column]


def _parse(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _without_keys(value: object, entries: list[NotAnIdentifier]) -> str | None:
    """``value`` (a JSON object) as JSON text without the allowlisted keys whose value
    has the expected shape; ``None`` if no key was left out."""
    if not isinstance(value, dict):
        return None
    rest = dict(value)
    for entry in entries:
        if entry.key is not None and entry.key in rest and entry.shape(rest[entry.key]):
            del rest[entry.key]
    if len(rest) == len(value):
        return None
    return json.dumps(rest, ensure_ascii=False)


def stored_id_text(table: str, column: str, text: str) -> str | None:
    """The part of a stored value to scan for Telegram ids, when the allowlist leaves
    something out: ``""`` for a whole value that is allowlisted, the JSON object without
    its allowlisted keys otherwise. ``None``: nothing is allowlisted, scan all of ``text``.
    """
    entries = _entries(table, column)
    if not entries:
        return None
    value = _parse(text)
    if any(e.key is None and e.shape(value) for e in entries):
        return ""
    return _without_keys(value, entries)


def log_id_text(line: str) -> str | None:
    """As :func:`stored_id_text`, for one line of a log: a JSON record of this project's
    loggers (``"logger": "vagvisare…"``, the only records with extra keys) without its
    allowlisted keys; ``None`` for any other line, which is scanned whole."""
    record = _parse(line)
    if not isinstance(record, dict):
        return None
    logger = record.get("logger")
    if not isinstance(logger, str) or not (
        logger == OWN_LOGGER or logger.startswith(OWN_LOGGER + ".")
    ):
        return None
    return _without_keys(record, _entries(LOG, None))
