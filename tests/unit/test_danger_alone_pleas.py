"""Pleas said alone, the same in every language (docs/conversation.md, "The emergency path").

A fresh-clone tester typed "me estoy muriendo", "ölüyorum", "me han robado" as a first
message (they fire now: tests/unit/test_danger_round13_ckb_tr_es.py) and found that their
English and Swedish counterparts did not: "i'm dying", "jag dör", "I have been robbed". Said
alone to this bot they show the card (a plea; violence now, as "jag har blivit rånad");
inside a sentence they stay quiet.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_quiet


@pytest.mark.parametrize(
    ("text", "category", "language", "entry"),
    [
        ("i'm dying", "plea", "en", "dying_alone"),
        ("im dying", "plea", "en", "dying_alone"),
        ("I think I'm dying", "plea", "en", "dying_alone"),
        ("help im dying!!", "plea", "en", "dying_alone"),
        ("I have been robbed", "violence_now", "en", "robbed_alone"),
        ("i just got mugged", "violence_now", "en", "robbed_alone"),
        ("ive been robbed help", "violence_now", "en", "robbed_alone"),
        ("jag dör", "plea", "sv", "dying_alone"),
        ("hjälp jag dör", "plea", "sv", "dying_alone"),
        ("jag tror jag dör", "plea", "sv", "dying_alone"),
        ("jag håller på att dö", "plea", "sv", "dying_alone"),
        ("jag har blivit rånad", "violence_now", "sv", "violence_now"),
        ("me estoy muriendo", "plea", "es", "dying"),
        ("ölüyorum", "plea", "tr", "dying"),
    ],
)
def test_said_alone_they_fire_as_in_the_other_languages(
    detector: DangerDetector, text: str, category: str, language: str, entry: str
) -> None:
    assert_fires(detector, text, category, language, entry)


@pytest.mark.parametrize(
    "text",
    [
        "I'm dying lol",
        "im dying of laughter",
        "I'm dying to see it",
        "I was robbed last year",
        "jag dör av skratt",
        "jag dör lol",
        "jag dör för att se den",
        "me muero de risa",
    ],
)
def test_inside_a_sentence_they_stay_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize("text", ["hjlp", "HJLP!!", "hjlp snälla", "nån hjlp"])
def test_help_without_its_vowel_said_alone_fires(detector: DangerDetector, text: str) -> None:
    """ "hjlp" (four letters: too short for the typo reading of "hjälp") said alone; a second
    fresh-clone tester's line."""
    assert_fires(detector, text, "plea", "sv", "plea")


@pytest.mark.parametrize("text", ["hjlp mig med läxan", "kan nån hjlp mig med matten"])
def test_help_without_its_vowel_in_a_request_stays_quiet(
    detector: DangerDetector, text: str
) -> None:
    assert_quiet(detector, text)
