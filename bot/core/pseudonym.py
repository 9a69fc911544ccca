"""Pseudonyms: a keyed hash (HMAC-SHA-256) of a Telegram id.

Per-user memory (chosen language, conversation state) is stored under the pseudonym,
never under the Telegram id (README.md, "Privacy by construction"). Without the key the
pseudonym cannot be linked back to an id; rotating the key forgets everyone at once.
"""

from __future__ import annotations

import hashlib
import hmac

PSEUDONYM_HEX_LENGTH = 32  # 128 bits of the HMAC-SHA-256 digest


class Pseudonymizer:
    """Maps subjects (Telegram user ids, or chat and user ids) to stable pseudonyms.

    ``key`` must be at least 16 bytes; shorter keys raise :class:`ValueError`.
    """

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("the pseudonym key must be at least 16 bytes")
        self._key = key

    def of(self, *parts: int | str) -> str:
        """Pseudonym of ``parts`` (e.g. a user id): 32 lowercase hex characters."""
        message = ":".join(str(part) for part in parts).encode()
        digest = hmac.new(self._key, message, hashlib.sha256).hexdigest()
        return digest[:PSEUDONYM_HEX_LENGTH]

    def __repr__(self) -> str:  # never show the key
        return "Pseudonymizer(key=***)"
