"""Per-user throttling: a token bucket per pseudonym, with one friendly message per flood.

Every user may send ``burst`` updates at once and then ``rate`` per second
(``THROTTLE_BURST``, ``THROTTLE_RATE``). The first update over the limit gets a calm
"you are going fast" answer in the user's language; the rest of that flood is dropped
without a message (a button press is still answered, so its spinner stops), until the
bucket has a token again. Telegram itself lets a bot send about one message a second to
one chat (Bots FAQ), so answering a flood would only earn 429s.

Never throttled (docs/robustness.md, "Throttling"; the emergency path is always on top):
the danger button, quick exit (button and ``/exit``), and any text or caption in which the
danger detector finds a sign of danger. Buckets live in memory only, keyed by the
pseudonym (a keyed hash).
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from aiogram.types import CallbackQuery, Update
from aiogram.utils.i18n import gettext as _

from bot.core.danger import DangerDetector
from handlers.callbacks import Nav

log = logging.getLogger("vagvisare.throttling")

Clock = Callable[[], float]

MAX_TRACKED = 100_000  # users remembered at once (~100 bytes each); the least recent go first
ALWAYS_ALLOWED_BUTTONS = frozenset({Nav(action="danger").pack(), Nav(action="exit").pack()})
ALWAYS_ALLOWED_COMMANDS = frozenset({"/exit"})


class Verdict(Enum):
    """What to do with one update."""

    ALLOW = "allow"
    NOTIFY = "notify"  # the first update over the limit: say so, once
    DROP = "drop"  # the rest of the flood: no answer


@dataclass
class _Bucket:
    tokens: float
    updated: float
    notified: bool = False


class TokenBuckets:
    """Token buckets by key. ``clock`` returns seconds (monotonic)."""

    def __init__(self, burst: int, rate: float, clock: Clock = time.monotonic) -> None:
        if burst < 1 or rate <= 0:
            raise ValueError("burst must be at least 1 and rate above 0")
        self.burst = burst
        self.rate = rate
        self._clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def take(self, key: str) -> Verdict:
        """Take one token for ``key``: :attr:`Verdict.ALLOW` if there was one."""
        now = self._clock()
        bucket = self._buckets.pop(key, None) or _Bucket(float(self.burst), now)
        bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        self._buckets[key] = bucket
        while len(self._buckets) > MAX_TRACKED:
            self._buckets.popitem(last=False)
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            bucket.notified = False
            return Verdict.ALLOW
        if bucket.notified:
            return Verdict.DROP
        bucket.notified = True
        return Verdict.NOTIFY


def slow_down_text() -> str:
    return _(
        "You are sending messages very fast. Please wait a moment, then try again. "
        "In danger now? Call 112."
    )


class Throttle:
    """The flood limit of the update pipeline, after the user context (it needs the
    pseudonym and the locale). Only private-chat messages, edited messages and button
    presses are counted."""

    def __init__(self, buckets: TokenBuckets, danger: DangerDetector) -> None:
        self._buckets = buckets
        self._danger = danger

    async def admit(self, update: Update, pseudonym: str) -> bool:
        """Whether ``update`` may be handled. When not, it has been answered: the first
        update of a flood with the calm message, a later button press with an empty
        answer (its spinner stops), anything else with nothing."""
        counted = update.message or update.edited_message or update.callback_query
        if counted is None:
            return True
        verdict = self._buckets.take(pseudonym)
        if verdict is Verdict.ALLOW or self._urgent(update):  # danger words read only in a flood
            return True
        log.info("update throttled", extra={"user": pseudonym[:12], "verdict": verdict.value})
        if verdict is Verdict.NOTIFY:
            await counted.answer(slow_down_text())  # a message, or a toast on the button
        elif isinstance(counted, CallbackQuery):
            await counted.answer()  # stop the button's spinner; not a message in the chat
        return False

    def _urgent(self, update: Update) -> bool:
        """The emergency path: never throttled."""
        query = update.callback_query
        if query is not None:
            return query.data in ALWAYS_ALLOWED_BUTTONS
        message = update.message or update.edited_message
        if message is None:
            return False
        text = message.text or message.caption or ""
        command = text.split(maxsplit=1)[0].split("@")[0] if text.strip() else ""
        if command in ALWAYS_ALLOWED_COMMANDS:
            return True
        return bool(text) and self._danger.detect(text) is not None
