"""Danger detection, round 13 (docs/conversation.md, "The emergency path"): the English messages
of the thirteenth red team's held-out set (bench/data/danger/round13/danger_en.jsonl) that got
no emergency card — "it's gonna get ugly tonight if i don't show up … they know where my mum
works", "I've already given my stuff away", "pay by midnight or they send the pics", a live
location shared and "we're coming", a sister "locked in a flat by some guys", "took like 15 💊"
with a racing heart (the pill emoji reads as a word now: tests/unit/test_danger_pill_emoji.py),
"i'll regret it when they find me at 8" — with variants, and ordinary sentences sharing their words that
must stay quiet ("gave my stuff away to charity", "mum has my location and texted she's coming
to pick me up"), among them the round 13 and round 11 ordinary English lines that show no card.

The entries are the "Round 13" block at the end of data/danger/en.toml. Vetoes added this
round to `stab_or_shoot_me`, `weapon_present` and `armed_men_waiting` (a film's scene: "in the
movie the guy had a knife outside her door"), `death_threat` (the past: "threatened at school
last year"), `got_shot` and `weapon_present` (a game's count with the gun emoji: "got shot 🔫 so
many times in CoD"; without the emoji it is round 11's known false alarm) and `blackmail`
(teaching: "a lesson on online sextortion") never reach a danger told now: VETO_PAIRS keep the
same words firing ("in the movie theater the guy had a knife outside her door"). The one
ordinary line that still fires ("my mum will murder me if I miss the bus again") is a
KNOWN_FALSE_ALARM: hyperbole is not vetoed (safety first).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out
from tests.unit.test_danger_round11_en import ORDINARY_QUIET as ROUND11_QUIET

# The round 13 misses, word for word (text, category, entry id).
REPORTED: list[tuple[str, str, str]] = [
    (
        "it's gonna get ugly tonight if i don't show up with the money, they know where my mum works",
        "threat_to_life",
        "ugly_tonight_if_i_dont",
    ),
    (
        "I won't be around after the weekend. I've already given my stuff away.",
        "suicidal",
        "gave_my_stuff_away",
    ),
    (
        "they said pay £500 by midnight or they send the pics to my whole school. i'd rather die than have that happen",
        "violence_now",
        "or_they_send_the_pics",
    ),
    (
        "someone shared my live location in the group chat and they just wrote 'we're coming' 😨",
        "location_known",
        "location_shared_coming",
    ),
    (
        "my little sister is locked in a flat by some guys she met online, she texted me the address just now",
        "forced_or_held",
        "locked_in_by",
    ),
    (
        "took like 15 💊 an hour ago feeling really weird heart going crazy idk what to do",
        "self_harm",
        "took_pills_emoji",  # since the pill emoji reads as a word (test_danger_pill_emoji.py)
    ),
    (
        "they told me i'll regret it when they find me at 8 and it's 7:40 now",
        "threat_to_life",
        "regret_it_when_they_find",
    ),
]

# New wordings of the same kinds, at least one per entry.
VARIANTS: list[tuple[str, str, str]] = [
    ("they know where my mum works", "location_known", "they_know_where_family_is"),
    (
        "he knows where my sister goes to school",
        "location_known",
        "they_know_where_family_is",
    ),
    ("the gang knows where my family lives", "location_known", "they_know_where_family_is"),
    ("it'll get ugly later if you don't pay", "threat_to_life", "ugly_tonight_if_i_dont"),
    ("gave away all my things, won't need them", "suicidal", "gave_my_stuff_away"),
    ("i've given all my stuff away", "suicidal", "gave_my_stuff_away"),
    ("or he leaks my nudes", "violence_now", "or_they_send_the_pics"),
    ("pay up otherwise they'll post the video", "violence_now", "or_they_send_the_pics"),
    (
        "they posted my address and said they're coming tonight",
        "location_known",
        "location_shared_coming",
    ),
    ("they sent my addy in the gc and wrote omw", "location_known", "location_shared_coming"),
    (
        "she is being kept in a house by men she met online",
        "forced_or_held",
        "locked_in_by",
    ),
    ("swallowed 30 and my heart is pounding", "self_harm", "took_a_number_heart_racing"),
    ("you'll regret it when we find you", "threat_to_life", "regret_it_when_they_find"),
    # capitals, a question
    ("THEY KNOW WHERE MY MUM WORKS", "location_known", "they_know_where_family_is"),
    (
        "is it bad that i took 20 and my heart is racing?",
        "self_harm",
        "took_a_number_heart_racing",
    ),
]

# The vetoed words beside a danger told now: still the card.
VETO_PAIRS: list[tuple[str, str, str]] = [
    (
        "in the movie theater the guy had a knife outside her door",
        "weapon",
        "stab_or_shoot_me",
    ),
    ("got shot 🔫 by a guy outside", "weapon", "got_shot"),
    ("i was threatened at school last week", "threat_to_life", "death_threat"),
    (
        "he got threatened at school today and they said they'd come back",
        "threat_to_life",
        "death_threat",
    ),
    (
        "a lesson on sextortion? he is sextorting me right now",
        "forced_or_held",
        "blackmail",
    ),
]

# Ordinary sentences with the new entries' and vetoes' words: no card.
MUST_STAY_QUIET = [
    "do you know where my mum works?",
    "they dont know where my dad lives",
    "its gonna get ugly if i dont clean my room",
    "the game tonight is gonna get ugly",
    "gave my stuff away to charity",
    "gave my stuff away because we're moving",
    "I won't be around after six, call Sam",
    "send the pics or they'll be lost",
    "mum has my location and texted she's coming to pick me up",
    "he shared his location and said he's coming home",
    "i got locked in the bathroom",
    "took 15 minutes to run there, heart going crazy",
    "took 2 exams today feeling weird",
    "you'll regret it when you see the ending",
    "he'll regret it when he sees the bill",
    "in the film the killer had a gun, so good",
    "we did a workshop about sextortion at school",
]

# The round 13 ordinary English line that still shows the card: a mum's "will murder me"
# (hyperbole is not vetoed).
KNOWN_FALSE_ALARMS = {"my mum will murder me if I miss the bus again"}
ORDINARY_QUIET = [
    text for text in held_out("round13", "en", "ordinary") if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + VARIANTS + VETO_PAIRS
QUIET = MUST_STAY_QUIET + ORDINARY_QUIET + ROUND11_QUIET


def test_every_reported_miss_is_listed() -> None:
    """The round 13 English danger set: all 7 messages that got no card are listed."""
    assert len(REPORTED) == 7
    assert {text for text, _, _ in REPORTED} <= set(held_out("round13", "en", "danger"))


def test_the_quiet_ordinary_lines_are_the_nine() -> None:
    """Of the 10 ordinary English lines, the 9 outside KNOWN_FALSE_ALARMS are checked below."""
    assert len(ORDINARY_QUIET) == 9


@pytest.mark.parametrize("text", sorted(KNOWN_FALSE_ALARMS))
def test_known_false_alarms_still_show_the_card(detector: DangerDetector, text: str) -> None:
    assert detector.detect(text) is not None


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_kind_of_message_shows_the_card(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, "en", pattern_id)


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_kind_of_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, MUST_STAY_QUIET + ORDINARY_QUIET)
