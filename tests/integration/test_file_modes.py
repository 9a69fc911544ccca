"""The embedded SQLite database is private: a new file is 0600, a new data folder 0700.

The file holds pseudonymized conversation state and the anonymous referral log; on a
shared host nobody else should read it. SQLite creates its ``-wal`` and ``-shm`` files
with the database file's mode. Files and folders that exist already keep their modes.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.app import create_app
from storage.engine import create_private_file
from tests.conftest import FROZEN_NOW, make_settings

DATABASE = "vagvisare.sqlite3"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextmanager
def umask(value: int) -> Iterator[None]:
    previous = os.umask(value)
    try:
        yield
    finally:
        os.umask(previous)


def database_modes(data_dir: Path) -> dict[str, int]:
    """File name → mode of the database and its ``-wal`` and ``-shm`` files."""
    return {path.name: mode(path) for path in data_dir.glob(f"{DATABASE}*")}


async def open_and_write(data_dir: Path, **overrides: object) -> dict[str, int]:
    """Start the app on ``data_dir``, store a conversation; the files' modes while open."""
    app = await create_app(make_settings(data_dir, **overrides), clock=lambda: FROZEN_NOW)
    try:
        await app.memory.save("p" * 64, locale="sv", state="Flow:privacy")
        await app.memory.flush()
        return database_modes(data_dir)
    finally:
        await app.close()


@pytest.mark.parametrize("key", ["generated", "configured"])
@pytest.mark.parametrize("mask", [0o022, 0o000], ids=["umask_022", "umask_000"])
async def test_a_fresh_data_dir_and_database_are_private(
    tmp_path: Path, key: str, mask: int
) -> None:
    data_dir = tmp_path / "var" / "data"  # neither exists yet
    overrides: dict[str, object] = {"pseudonym_key": None} if key == "generated" else {}
    with umask(mask):
        modes = await open_and_write(data_dir, **overrides)
    names = {DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm"}  # WAL files while open
    assert modes == dict.fromkeys(names, 0o600)
    assert mode(data_dir) == 0o700
    assert mode(data_dir / DATABASE) == 0o600  # still, after closing
    if key == "generated":
        assert mode(data_dir / "pseudonym.key") == 0o600


async def test_existing_files_and_folders_keep_their_modes(tmp_path: Path) -> None:
    data_dir = tmp_path / "shared"
    data_dir.mkdir()
    os.chmod(data_dir, 0o750)  # noqa: S103 - the operator's choice, to be kept
    database = data_dir / DATABASE
    database.touch()
    os.chmod(database, 0o640)  # the operator's choice
    modes = await open_and_write(data_dir)
    assert mode(data_dir) == 0o750
    assert mode(database) == 0o640
    assert set(modes.values()) == {0o640}
    assert len(modes) == 3


def test_create_private_file_leaves_an_existing_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "new" / "db.sqlite3"
    create_private_file(path)
    assert (mode(path.parent), mode(path), path.read_bytes()) == (0o700, 0o600, b"")
    path.write_bytes(b"SQLite format 3\x00")
    os.chmod(path, 0o644)
    create_private_file(path)
    assert (mode(path), path.read_bytes()) == (0o644, b"SQLite format 3\x00")
