"""A second fresh-clone tester's Swedish and English messages (docs/conversation.md, "The
emergency path"): the pill emoji alone, fearful questions said alone, and past events that
showed the card.

"💊" and "💊💊💊" alone show the card as "🔪" and "🔫" alone do (neutral: alone the emoji name no
language); "will they hurt me?", "ska de skada mig?", "i'm scared they'll find me", "jag är
rädd att de hittar mig" said alone show it as "will they kill me?" does; inside a longer
sentence they stay quiet. "my brother was stabbed two years ago", "in 2019 someone threatened
my brother" and "förra året knivhöggs min bror" tell the past and stay quiet; the same words
told of now still fire.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_quiet


@pytest.mark.parametrize("text", ["💊", "💊💊💊", "💊 help"])
def test_the_pill_emoji_alone_shows_the_card(detector: DangerDetector, text: str) -> None:
    match = detector.detect(text)
    assert match is not None, text
    assert (match.category, match.pattern_id) == ("self_harm", "pill_emoji_alone")
    if text != "💊 help":
        assert match.neutral  # alone it names no language, as 🔪 alone


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("will they hurt me?", "en"),
        ("i'm scared they'll find me", "en"),
        ("im so scared they will find me tonight", "en"),
        ("ska de skada mig?", "sv"),
        ("jag är rädd att de hittar mig", "sv"),
        ("jag är så rädd att de ska hitta mig ikväll", "sv"),
    ],
)
def test_a_fearful_question_said_alone_shows_the_card(
    detector: DangerDetector, text: str, language: str
) -> None:
    assert_fires(detector, text, "fear", language, "fear_they_hurt_find")


@pytest.mark.parametrize(
    ("text", "category", "language"),
    [
        ("my brother was stabbed an hour ago", "weapon", "en"),
        ("my brother was stabbed last night", "weapon", "en"),
        ("my brother was stabbed", "weapon", "en"),
        ("someone threatened my brother", "threat_to_life", "en"),
        ("min bror knivhöggs nyss", "weapon", "sv"),
        ("are they gonna hurt me?", "threat_to_life", "en"),
    ],
)
def test_the_same_words_told_of_now_still_fire(
    detector: DangerDetector, text: str, category: str, language: str
) -> None:
    assert_fires(detector, text, category, language)


@pytest.mark.parametrize(
    "text",
    [
        "will they hurt me if I tell the teacher about the bullying?",
        "I'm scared they'll find me boring",
        "ska de skada mig om jag säger till läraren?",
        "my brother was stabbed two years ago",
        "my brother was stabbed in 2020",
        "in 2019 someone threatened my brother",
        "förra året knivhöggs min bror",
        "för två år sen knivhöggs min bror",
        "took my 💊 this morning",
    ],
)
def test_a_longer_sentence_or_the_past_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "we played call of duty and I got shot",
        "got shot so many times in cod last night ngl",
        "jag blev skjuten i fortnite",
        "I Fortnite blev jag skjuten direkt när vi landade lol",
    ],
)
def test_a_shooting_in_a_named_game_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I got shot", "en"),
        ("i got shot playing outside", "en"),
        ("jag blev skjuten", "sv"),
        ("vi spelade fortnite sen gick jag ut och blev skjuten", "sv"),
    ],
)
def test_a_shooting_without_a_game_still_fires(
    detector: DangerDetector, text: str, language: str
) -> None:
    assert_fires(detector, text, "weapon", language)
