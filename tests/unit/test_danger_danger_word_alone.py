"""Danger detection: the word for danger or emergency said alone (docs/conversation.md, "The
emergency path"). A fresh-clone tester typed "danger", "Danger!", "in danger", "fara" (the word
on the bot's own button "Jag är i fara nu"), "emergency", "this is an emergency",
"nödsituation", "خطر", "peligro" and "waxaan ku jiraa khatar" as a whole message and got no
card. Each list now has a `danger_word_alone` entry (alone = true): the word fires when the
sentence holds nothing else, and stays quiet inside an ordinary sentence ("the danger of
gangs", "tehlikeli bir oyun", "acil değil").
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_quiet

# (message, category, language): each reported or listed word, said alone
FIRES: list[tuple[str, str, str]] = [
    ("danger", "plea", "en"),
    ("Danger!", "plea", "en"),
    ("in danger", "plea", "en"),
    ("emergency", "plea", "en"),
    ("this is an emergency", "plea", "en"),
    ("it's an emergency", "plea", "en"),
    ("fara", "plea", "sv"),
    ("i fara", "plea", "sv"),
    ("nödsituation", "plea", "sv"),
    ("nödläge", "plea", "sv"),
    ("akut", "plea", "sv"),
    ("خطر", "plea", "ar"),
    ("في خطر", "plea", "ar"),
    ("طوارئ", "plea", "ar"),
    ("حالة طوارئ", "plea", "ar"),
    ("در خطرم", "plea", "fa"),
    ("اورژانس", "plea", "fa"),
    ("اضطراری", "plea", "fa"),
    ("khatar", "plea", "so"),
    ("waxaan ku jiraa khatar", "plea", "so"),
    ("degdeg", "plea", "so"),
    ("ሓደጋ", "plea", "ti"),
    ("ኣብ ሓደጋ", "plea", "ti"),
    ("ህጹጽ", "plea", "ti"),
    ("vaara", "plea", "fi"),
    ("vaarassa", "plea", "fi"),
    ("hätä", "plea", "fi"),
    ("hätätilanne", "plea", "fi"),
    ("مەترسی", "plea", "ckb"),
    ("لە مەترسیدام", "plea", "ckb"),
    ("فریاکەوتن", "plea", "ckb"),
    ("tehlike", "plea", "tr"),
    ("tehlikedeyim", "plea", "tr"),
    ("acil", "plea", "tr"),
    ("acil durum", "plea", "tr"),
    ("peligro", "plea", "es"),
    ("en peligro", "plea", "es"),
    ("emergencia", "plea", "es"),
    ("es una emergencia", "plea", "es"),
]

# ordinary sentences holding the same words: at least one per language
QUIET: list[str] = [
    "the danger of gangs",
    "not an emergency",
    "akut (emergency room) hours",
    "det är inte akut",
    "farlig väg hem",
    "خطر العصابات على الشباب",
    "خطر زلزله در تهران زیاد است",
    "khatarta burcadda waa weyn",
    "ሓደጋ መኪና ነይሩ ትማሊ",
    "ei ole hätää",
    "مەترسی بۆ تەندروستی",
    "tehlikeli bir oyun",
    "acil değil",
    "en peligro de extinción",
]


@pytest.mark.parametrize(("text", "category", "language"), FIRES)
def test_danger_word_alone_fires(
    detector: DangerDetector, text: str, category: str, language: str
) -> None:
    assert_fires(detector, text, category, language)


@pytest.mark.parametrize("text", QUIET)
def test_danger_word_in_sentence_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)
