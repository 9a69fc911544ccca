"""The pseudonym key: from configuration, or generated once and kept in the data directory."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from bot.config import Settings

KEY_FILE_NAME = "pseudonym.key"


def ensure_pseudonym_key(settings: Settings) -> bytes:
    """The HMAC key for pseudonyms, as bytes.

    ``PSEUDONYM_KEY`` wins when set. Otherwise the key is read from
    ``<data_dir>/pseudonym.key``, which is created (32 random bytes, hex, mode 0600) on
    first run, with ``data_dir`` (mode 0700) if it does not exist. The key is never
    logged. Raises :class:`OSError` if the file cannot be read or written.
    """
    if settings.pseudonym_key is not None:
        return settings.pseudonym_key.get_secret_value().encode()
    path: Path = settings.data_dir / KEY_FILE_NAME
    if path.exists():
        return path.read_text(encoding="ascii").strip().encode()
    settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # new: owner only
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return key.encode()
