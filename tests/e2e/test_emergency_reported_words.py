"""Danger words a fresh-clone tester typed before /start and got no card (data/danger/sv.toml,
en.toml; tests/unit/test_danger.py holds every phrase and its variants).

Real updates through the real dispatcher (``OfflineDriver``), in process: the first message
the bot sends is the emergency card, 112 first, then the 24/7 lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver
from tests.conftest import make_settings
from tests.e2e.test_emergency_path import assert_card_first
from tests.scripted_user import ScriptedUser
from tests.unit.test_danger import ALONE_SIGNS, DANGER


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, throttle_burst=10_000)


def test_the_phrases_are_in_the_detector_tests() -> None:
    assert ("ja e hotad", "threat_to_life") in DANGER["sv"]
    assert ("🔪", "weapon", None) in ALONE_SIGNS


@pytest.mark.parametrize("text", ["ja e hotad", "🔪"])
async def test_a_reported_phrase_typed_before_start_shows_the_card_first(
    driver: OfflineDriver, text: str
) -> None:
    user = ScriptedUser(driver, user_id=8300000001, language_code="sv")
    assert_card_first(await user.say(text))
