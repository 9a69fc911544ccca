"""Say a hint once per burst: an album, a forwarded batch or a sticker storm gets one answer.

Telegram delivers an album as one message per photo (same ``media_group_id``) and a
forwarded batch as one message each, within a second or so. Answering each would flood
the chat and run into Telegram's limit of about one message a second per chat (Bots FAQ).
Keys live in memory only, for :data:`WINDOW_S`; they are pseudonyms or media group ids.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

WINDOW_S = 5.0  # a burst of forwarded messages or album parts arrives well within this
MAX_KEYS = 50_000


class RepeatGuard:
    """``first(key)`` is true once per ``window_s`` seconds per key (``clock``: monotonic)."""

    def __init__(self, window_s: float = WINDOW_S, clock: Callable[[], float] = time.monotonic):
        self._window = window_s
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()

    def first(self, key: str) -> bool:
        """Whether ``key`` was not seen in the last window; remembers it now either way."""
        now = self._clock()
        while self._seen and now - next(iter(self._seen.values())) > self._window:
            self._seen.popitem(last=False)
        before = self._seen.pop(key, None)
        self._seen[key] = now
        while len(self._seen) > MAX_KEYS:
            self._seen.popitem(last=False)
        return before is None or now - before > self._window
