"""The fire emoji as a word (docs/conversation.md, "The emergency path").

The fourteenth red team typed "🔥 البيت" and "🔥 guriga" (fire + "the house") and got no card:
"🔥" was dropped like any other emoji, and "the house" alone says nothing. "🔥" now reads as a
word of no language, ``emojifire``, and each list's ``fire_emoji_home`` fires on it beside a
home (house, flat, room, school, car) or a cry for help, when the sentence says nothing else
(``alone``). Alone or inside a sentence "🔥" means "lit" — a party, a song, a trailer — and
stays quiet.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector, _read_emoji
from tests.unit.danger_checks import assert_fires, assert_quiet


def test_the_fire_emoji_reads_as_a_word() -> None:
    assert _read_emoji("huset🔥") == "huset emojifire "
    assert _read_emoji("🔥🔪") == " emojifire  emojiknife "


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("🔥 البيت", "ar"),
        ("الشقة 🔥🔥", "ar"),
        ("🔥 بيتنا ساعدوني", "ar"),
        ("🔥 guriga", "so"),
        ("aqalka 🔥🔥 caawi", "so"),
        ("🔥 huset", "sv"),
        ("huset 🔥🔥", "sv"),
        ("🔥 i lägenheten, hjälp", "sv"),
        ("🔥 hemma!!", "sv"),
        ("🔥 house", "en"),
        ("our flat 🔥🔥 help", "en"),
        ("🔥 at home please", "en"),
        ("🔥 خونه", "fa"),
        ("🔥 ገዛና", "ti"),
        ("🔥 kotona", "fi"),
        ("kämppä 🔥🔥 apua", "fi"),
        ("🔥 ماڵەوە", "ckb"),
        ("evimiz 🔥🔥", "tr"),
        ("🔥 evde imdat", "tr"),
        ("🔥 en la casa", "es"),
        ("el piso 🔥🔥 ayuda", "es"),
    ],
)
def test_fire_emoji_with_a_home_fires(detector: DangerDetector, text: str, language: str) -> None:
    assert_fires(detector, text, "weapon", language, "fire_emoji_home")


@pytest.mark.parametrize(
    "text",
    [
        "🔥",
        "🔥🔥🔥",
        "this song 🔥",
        "party at my house tonight 🔥🔥",
        "new house 🔥",
        "fest hemma hos mig ikväll 🔥",
        "GTA 6 trailern asså, rånet i början 🔥🔥",
        "vi ska döda det på konserten ikväll 🔥",
        "رح نولّعها بالحفلة الليلة 🔥",
        "la fiesta en mi casa estuvo 🔥",
        "yeni evimiz çok güzel oldu 🔥",
        "uusi kämppä on tosi siisti 🔥",
    ],
)
def test_fire_emoji_alone_or_in_a_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)
