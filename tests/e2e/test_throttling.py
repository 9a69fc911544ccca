"""Per-user throttling with a friendly message; the emergency path is never throttled
(issue 6, point 5).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App
from bot.config import Settings
from bot.modes.offline_driver import OfflineDriver
from bot.offline import ApiCall
from handlers.throttling import TokenBuckets, Verdict
from tests import updates
from tests.conftest import make_settings

SWEDISH_SLOW_DOWN = (
    "Du skickar meddelanden väldigt snabbt. Vänta en liten stund och försök sedan igen. "
    "Är du i fara nu? Ring 112."
)
ALVA = updates.person(7345129876, "Alva", "alva_k", "sv")
BEA = updates.person(7345129877, "Bea", "bea_b", "sv")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # three at once, then one every ~17 minutes: nothing refills during a test
    return make_settings(tmp_path, throttle_burst=3, throttle_rate=0.001)


def sent(calls: list[ApiCall]) -> list[str]:
    return [str(c.params["text"]) for c in calls if c.method == "sendMessage"]


async def flood(driver: OfflineDriver, user: dict[str, object], count: int) -> list[ApiCall]:
    calls: list[ApiCall] = []
    for n in range(count):
        calls += await driver.feed(updates.text(user, f"hallå {n}"))
    return calls


async def test_a_flood_gets_one_friendly_message_then_silence(driver: OfflineDriver) -> None:
    texts = sent(await flood(driver, ALVA, 8))
    assert len(texts) == 4  # three answers, then the message, then nothing
    assert texts[3] == SWEDISH_SLOW_DOWN
    assert SWEDISH_SLOW_DOWN not in texts[:3]
    assert sent(await flood(driver, ALVA, 3)) == []


async def test_each_person_has_their_own_limit(driver: OfflineDriver) -> None:
    await flood(driver, ALVA, 8)
    assert len(sent(await flood(driver, BEA, 3))) == 3


async def test_the_danger_button_and_danger_words_are_never_throttled(
    driver: OfflineDriver, app: App
) -> None:
    await flood(driver, ALVA, 8)
    danger = updates.callback(ALVA, "nav:danger", updates.bot_message(ALVA))
    calls = await driver.feed(danger)
    assert any("112" in text and text != SWEDISH_SLOW_DOWN for text in sent(calls))
    for words in (
        "they will kill me",
        "de kommer döda mig",
        "jag har en kniv hemma och han hotar mig",
    ):
        texts = sent(await driver.feed(updates.text(ALVA, words)))
        assert texts, words
        assert "112" in texts[0]
        assert texts[0] != SWEDISH_SLOW_DOWN
    caption = updates.message(ALVA, photo=updates.photo_sizes(), caption="they will kill me")
    assert any("112" in t for t in sent(await driver.feed(updates.update("message", caption))))


async def test_quick_exit_is_never_throttled(driver: OfflineDriver) -> None:
    await flood(driver, ALVA, 8)
    by_command = await driver.feed(updates.text(ALVA, "/exit"))
    assert by_command, "the /exit command was throttled"
    by_button = await driver.feed(updates.callback(ALVA, "nav:exit", updates.bot_message(ALVA)))
    assert [c for c in by_button if c.method != "answerCallbackQuery"], "quick exit was dropped"


async def test_thrown_back_buttons_are_still_answered(driver: OfflineDriver) -> None:
    calls: list[ApiCall] = []
    for _ in range(6):
        calls += await driver.feed(updates.callback(ALVA, "zzz:1", updates.bot_message(ALVA)))
    answers = [c.params for c in calls if c.method == "answerCallbackQuery"]
    assert len(answers) == 6  # every spinner stops
    assert [a.get("text") for a in answers[3:]] == [SWEDISH_SLOW_DOWN, None, None]


def test_buckets_refill_at_the_configured_rate() -> None:
    now = [0.0]
    buckets = TokenBuckets(burst=2, rate=0.5, clock=lambda: now[0])
    assert [buckets.take("a") for _ in range(4)] == [
        Verdict.ALLOW,
        Verdict.ALLOW,
        Verdict.NOTIFY,
        Verdict.DROP,
    ]
    now[0] = 1.9  # not yet a whole token
    assert buckets.take("a") is Verdict.DROP
    now[0] = 2.0
    assert buckets.take("a") is Verdict.ALLOW
    assert buckets.take("a") is Verdict.NOTIFY  # a new flood is told again
    now[0] = 100.0
    assert [buckets.take("a") for _ in range(3)] == [Verdict.ALLOW, Verdict.ALLOW, Verdict.NOTIFY]


def test_throttling_is_configured_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THROTTLE_BURST", "5")
    monkeypatch.setenv("THROTTLE_RATE", "0.25")
    settings = Settings(_env_file=None)
    assert (settings.throttle_burst, settings.throttle_rate) == (5, 0.25)
    monkeypatch.setenv("THROTTLE_BURST", "0")
    with pytest.raises(ValueError, match="throttle_burst"):
        Settings(_env_file=None)
