"""Values a deployer types: a libpq-style PostgreSQL URL, a damaged pseudonym key file."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.keys import PseudonymKeyError, ensure_pseudonym_key
from storage.engine import async_url
from tests.conftest import make_settings


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "postgresql://u:p@db.example/v?sslmode=require",
            "postgresql+asyncpg://u:p@db.example/v?ssl=require",
        ),
        ("postgres://u@db/v?sslmode=verify-full", "postgresql+asyncpg://u@db/v?ssl=verify-full"),
        ("postgresql://u@db/v?ssl=prefer", "postgresql+asyncpg://u@db/v?ssl=prefer"),
        ("postgresql://u@db/v", "postgresql+asyncpg://u@db/v"),
        ("sqlite:///x.sqlite3", "sqlite+aiosqlite:///x.sqlite3"),
    ],
)
def test_database_urls_get_the_async_driver_and_its_ssl_option(url: str, expected: str) -> None:
    assert async_url(url).render_as_string(hide_password=False) == expected


@pytest.mark.parametrize("content", [b"short\n", b"", "nøkkel-utan-ascii-0123456789".encode()])
def test_a_damaged_key_file_is_refused_with_a_reason(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "pseudonym.key").write_bytes(content)
    settings = make_settings(tmp_path, pseudonym_key=None)
    with pytest.raises(PseudonymKeyError, match="does not hold a pseudonym key"):
        ensure_pseudonym_key(settings)


def test_a_good_key_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "pseudonym.key").write_text("0123456789abcdef0123\n")
    settings = make_settings(tmp_path, pseudonym_key=None)
    assert ensure_pseudonym_key(settings) == b"0123456789abcdef0123"
