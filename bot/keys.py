"""The pseudonym key: from configuration, or generated once and kept in the data directory."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from bot.config import Settings

KEY_FILE_NAME = "pseudonym.key"


# bot.core.pseudonym.Pseudonymizer refuses shorter keys (HMAC-SHA256 wants >= 128 bits).
MIN_KEY_BYTES = 16


class PseudonymKeyError(ValueError):
    """The key file exists but does not hold a usable key."""


def ensure_pseudonym_key(settings: Settings) -> bytes:
    """The HMAC key for pseudonyms, as bytes.

    ``PSEUDONYM_KEY`` wins when set. Otherwise the key is read from
    ``<data_dir>/pseudonym.key``, which is created (32 random bytes, hex, mode 0600) on
    first run, with ``data_dir`` (mode 0700) if it does not exist. The key is never
    logged. Raises :class:`OSError` if the file cannot be read or written and
    :class:`PseudonymKeyError` if it holds fewer than 16 ASCII characters.
    """
    if settings.pseudonym_key is not None:
        return settings.pseudonym_key.get_secret_value().encode()
    path: Path = settings.data_dir / KEY_FILE_NAME
    if path.exists():
        try:
            stored = path.read_text(encoding="ascii").strip().encode()
        except UnicodeDecodeError:
            stored = b""
        if len(stored) < MIN_KEY_BYTES:
            raise PseudonymKeyError(
                f"{path} does not hold a pseudonym key (at least {MIN_KEY_BYTES} ASCII "
                "characters): restore it from a backup; deleting it starts everyone over"
            )
        return stored
    settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # new: owner only
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return key.encode()
