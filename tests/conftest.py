"""Shared fixtures: settings in a temporary data directory, the app, an offline driver."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import pytest_asyncio
from hypothesis import settings as hypothesis_settings

from bot.app import App, create_app
from bot.catalogs import compile_catalogs
from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver

pytest_plugins = ["tests.fakes.fixtures"]


# CI runs the same examples every time: a property test that fails, fails on every run and
# on every machine (locally, `HYPOTHESIS_PROFILE=explore pytest` searches at random).
hypothesis_settings.register_profile("default", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_configure(config: pytest.Config) -> None:
    """Compile the gettext catalogues first: several test modules load them at import."""
    compile_catalogs(Path(__file__).resolve().parent.parent / "locales")


# Wednesday 25 November 2026, 14:37 UTC = 15:37 in Stockholm: most services are open.
FROZEN_NOW = datetime(2026, 11, 25, 14, 37, 12, tzinfo=UTC)
TEST_KEY = "0123456789abcdef0123456789abcdef"


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    """Settings isolated from the developer's environment and ``.env``."""
    values: dict[str, object] = {"data_dir": data_dir, "pseudonym_key": TEST_KEY}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest_asyncio.fixture
async def app(settings: Settings) -> AsyncIterator[App]:
    application = await create_app(settings, clock=lambda: FROZEN_NOW)
    try:
        yield application
    finally:
        await application.close()


@pytest_asyncio.fixture
async def driver(app: App) -> AsyncIterator[OfflineDriver]:
    offline = OfflineDriver(app)
    try:
        yield offline
    finally:
        await offline.close()
