"""Danger words a fresh-clone tester (fourteenth session) typed in Arabic, Albanian and
Italian that got no emergency card: a parent's "they want to kill my son", a threat with a
weapon, being chased with a knife, "he's here with a gun" (docs/conversation.md, "The
emergency path"; non-negotiable 2: any sign of immediate danger, in any language, gets 112).

Entries: data/danger/ar.toml ``want_to_kill_my_child``, ``threatened_with_weapon``;
data/danger/sq.toml ``chased_or_threatened_with_weapon``; data/danger/it.toml
``here_with_weapon`` and a phrase of ``kill_me`` ("dice che ci ammazza") — the "Tester,
session 14" blocks.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_quiet

# The tester's messages, word for word: (text, category, list, entry).
REPORTED = [
    ("ساعدوني يريدون قتل ابني", "threat_to_life", "ar", "want_to_kill_my_child"),
    ("ساعدوني يريدون قتل ابني الآن", "threat_to_life", "ar", "want_to_kill_my_child"),
    ("يهددون ابني بالسلاح", "weapon", "ar", "threatened_with_weapon"),
    ("po më ndjekin me thikë", "weapon", "sq", "chased_or_threatened_with_weapon"),
    ("më kërcënojnë me armë", "weapon", "sq", "chased_or_threatened_with_weapon"),
    ("ndihmë më kërcënojnë me armë tani", "weapon", "sq", "chased_or_threatened_with_weapon"),
    ("aiuto è qui con una pistola", "weapon", "it", "here_with_weapon"),
]

VARIANTS = [
    ("بدهم يقتلوا بنتي", "threat_to_life", "ar", "want_to_kill_my_child"),
    ("هددوا بقتل ابني", "threat_to_life", "ar", "want_to_kill_my_child"),
    ("هددوني بالسكين", "threat_to_life", "ar", "threatens_me"),  # an earlier entry
    ("يهددني بمسدس", "threat_to_life", "ar", "threatens_me"),
    ("يهددون اخوي بالسكين", "weapon", "ar", "threatened_with_weapon"),
    ("po me ndjekin me thike", "weapon", "sq", "chased_or_threatened_with_weapon"),
    ("më kërcënoi me pistoletë", "weapon", "sq", "chased_or_threatened_with_weapon"),
    ("è entrato con un coltello", "weapon", "it", "here_with_weapon"),
    ("sono fuori con le armi", "weapon", "it", "here_with_weapon"),
    ("dice che ci ammazza", "threat_to_life", "it", "kill_me"),
    ("è qui con il coltello da cucina e dice che ci ammazza", "threat_to_life", "it", "kill_me"),
    ("dice che mi ammazza se parlo con la polizia", "threat_to_life", "it", "kill_me"),
]

QUIET = [
    "ابني يريد قتل الوقت",  # my son wants to kill time
    "ai më ndjek në instagram",  # he follows me on Instagram
    "è qui con una pistola ad acqua",  # a water pistol
    "bambini sono fuori con le pistole ad acqua",
    "mamma è qui con il coltello per la torta",  # the cake knife
    "mamma dice che mi ammazza se non studio",  # a parent's hyperbole
]


@pytest.mark.parametrize(("text", "category", "language", "entry"), REPORTED + VARIANTS)
def test_the_card_shows(
    detector: DangerDetector, text: str, category: str, language: str, entry: str
) -> None:
    assert_fires(detector, text, category, language, entry)


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_sentences_with_the_same_words_stay_quiet(
    detector: DangerDetector, text: str
) -> None:
    assert_quiet(detector, text)
