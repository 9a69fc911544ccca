"""The pill emoji as a word (docs/conversation.md, "The emergency path").

"💊" was dropped like any other emoji, so "took like 15 💊" read "took like 15" and showed no
card unless the message said more (a round 13 fixer's note). It now reads as a word of no
language, ``emojipill``, that the lists name by writing the emoji: a number of pills, or all
of them, taken, fires; one or two, or "my 💊" without a number, stays quiet ("💊" alone
fires as 🔪 alone does: tests/unit/test_danger_tester_sv_en.py).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector, _read_emoji
from tests.unit.danger_checks import assert_fires, assert_quiet


def test_the_pill_emoji_reads_as_a_word() -> None:
    assert _read_emoji("took 15💊") == "took 15 emojipill "
    assert _read_emoji("🔪💊") == " emojiknife  emojipill "


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("took like 15 💊", "en"),
        ("took 15 💊 an hour ago", "en"),
        ("just swallowed all my 💊", "en"),
        ("i took the whole pack of 💊", "en"),
        ("I took 10 💊 and I feel weird", "en"),
        ("TOOK 20 💊💊💊", "en"),
        ("tog typ 15 💊", "sv"),
        ("jag tog 30 💊 nu", "sv"),
        ("har svalt alla mina 💊", "sv"),
        ("tog hela kartan 💊", "sv"),
    ],
)
def test_pills_taken_by_the_emoji_fire(detector: DangerDetector, text: str, language: str) -> None:
    assert_fires(detector, text, "self_harm", language, "took_pills_emoji")


@pytest.mark.parametrize(
    "text",
    [
        "took 2 💊 for my headache",
        "took my 💊 this morning",
        "took a 💊",
        "took 1 💊",
        "don't forget your 💊",
        "tog 2 💊 mot huvudvärken",
        "tog min 💊 i morse",
        "glöm inte dina 💊",
    ],
)
def test_one_or_two_pills_or_a_reminder_stay_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)
