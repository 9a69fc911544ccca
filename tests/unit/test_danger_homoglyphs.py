"""Cyrillic and Greek look-alikes inside Latin words (bot/core/textnorm.py, ``latin_homoglyphs``):
a fresh-clone tester (fifteenth session) typed "they will kіll me" with a Cyrillic і (U+0456)
and got no emergency card, while a zero-width space inside "kill" was caught."""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from bot.core.textnorm import latin_homoglyphs, normalize
from tests.unit.danger_checks import assert_fires, assert_quiet

CYRILLIC_I, CYRILLIC_E, CYRILLIC_A, CYRILLIC_O = "\u0456", "\u0435", "\u0430", "\u043e"
GREEK_O, GREEK_I = "\u03bf", "\u03b9"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (f"they will k{CYRILLIC_I}ll me", "they will kill me"),
        (f"H{CYRILLIC_E}LP", "help"),
        (f"g{GREEK_O}nna k{GREEK_I}ll myself", "gonna kill myself"),
        (f"jag v{CYRILLIC_I}ll d{CYRILLIC_O}", "jag vill do"),
    ],
)
def test_look_alikes_in_a_latin_word_are_read_as_latin(typed: str, read: str) -> None:
    assert latin_homoglyphs(normalize(typed)) == read


@pytest.mark.parametrize(
    "text",
    [
        "меня убьют сегодня",  # Russian: every letter Cyrillic, a word of its own language
        "αύριο θα έρθω",  # Greek
        "they will kill me",  # nothing to read
        "сос help",  # a Cyrillic word beside a Latin one: each word keeps its script
    ],
)
def test_words_wholly_in_one_script_are_left_alone(text: str) -> None:
    assert latin_homoglyphs(normalize(text)) is None


@pytest.mark.parametrize(
    ("text", "category", "pattern_id"),
    [
        (f"they will k{CYRILLIC_I}ll me", "threat_to_life", "kill_me"),
        (f"i want to d{CYRILLIC_I}e", "suicidal", "suicide"),
        (f"h{CYRILLIC_E}lp me th{CYRILLIC_E}y h{CYRILLIC_A}ve a gun", "weapon", "weapon_present"),
    ],
)
def test_the_card_comes_with_look_alikes(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, "en", pattern_id)


def test_cyrillic_lists_still_read_their_own_words(detector: DangerDetector) -> None:
    assert_fires(detector, "меня убьют", "threat_to_life", "ru", "kill_me")
    assert_quiet(detector, "привет как дела")
    assert_quiet(detector, f"what a n{CYRILLIC_I}ce day")
