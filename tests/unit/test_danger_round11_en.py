"""Danger detection, round 11 (docs/conversation.md, "The emergency path"): the English messages
of the eleventh red team's held-out set (bench/data/danger/round11/danger_en.jsonl) that got no
emergency card — "the opps pulled up with a strap, we're hiding", a 12-year-old on her way to
meet a man she met on Fortnite, "they'll burn my house tonight", "I can't keep myself safe
tonight", men with a machete waiting at the school gate — with variants, and ordinary sentences
sharing their words that must stay quiet ("he pulled up a chair", "my mum is meeting a guy she
met online", "my dad will burn the house down with his cooking", "i dont trust myself with
cake"), among them the round 11 ordinary English lines that show no card.
The entries are the "Round 11" block at the end of data/danger/en.toml; vetoes added this round
to `overdose` (the past: "overdosed two years ago and is doing well now") and `weapon_present`
(a law question: "what's the sentence for carrying a knife") never reach a danger told now:
VETO_PAIRS keep the same words firing ("overdosed an hour ago and isn't waking up"). The two
ordinary lines that still fire (a mum's "gonna kill me … lol", "got shot so many times in cod")
are KNOWN_FALSE_ALARMS: hyperbole and game talk are not vetoed (safety first).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

# The round 11 misses, word for word (text, category, entry id).
REPORTED: list[tuple[str, str, str]] = [
    (
        "fr the opps pulled up with a strap, we're hiding behind the school",
        "weapon",
        "pulled_up_armed",
    ),
    (
        "my 12 yo daughter is on her way to meet a man she met on fortnite, she left 10 min ago",
        "forced_or_held",
        "going_to_meet_online_adult",
    ),
    (
        "they told me to hold a bag with a gun in it and if I don't they'll burn my house tonight",
        "threat_to_life",
        "will_burn_home",
    ),
    ("I can't keep myself safe tonight", "suicidal", "cant_keep_myself_safe"),
    (
        "I'm a teacher - a student just told me men with a machete are waiting for him at the gate right now",
        "weapon",
        "armed_men_waiting",
    ),
]

# New wordings of the same kinds, at least one per new entry.
VARIANTS: list[tuple[str, str, str]] = [
    ("they rolled up wit a blade outside my house", "weapon", "pulled_up_armed"),
    ("he turned up with a gun at the party", "weapon", "pulled_up_armed"),
    ("the opps are outside and we're hiding", "weapon", "opps_armed_or_hiding"),
    ("the opps are waiting by my block, im hiding", "weapon", "opps_armed_or_hiding"),
    ("guys with knives are waiting outside the school", "weapon", "armed_men_waiting"),
    ("a man with a gun is standing at the gate", "weapon", "armed_men_waiting"),
    (
        "my son is meeting an older guy he met on snapchat",
        "forced_or_held",
        "going_to_meet_online_adult",
    ),
    ("she's going to meet a man she met on roblox", "forced_or_held", "going_to_meet_online_adult"),
    ("theyre gonna burn our flat if i dont pay", "threat_to_life", "will_burn_home"),
    ("he threatened to torch my car", "threat_to_life", "will_burn_home"),
    ("they said they'd set fire to my house", "threat_to_life", "will_burn_home"),
    ("i cant keep myself safe", "suicidal", "cant_keep_myself_safe"),
    ("i dont trust myself tonight", "suicidal", "cant_keep_myself_safe"),
    ("scared of what i might do to myself", "suicidal", "cant_keep_myself_safe"),
    ("my final text, i love you all", "suicidal", "last_message"),
]

# The vetoed words beside a danger told now: still the card.
VETO_PAIRS: list[tuple[str, str, str]] = [
    ("my friend overdosed an hour ago and isn't waking up", "self_harm", "overdose"),
    ("he overdosed two years ago and now he's taken too many pills again", "self_harm", "overdose"),
    ("my friend overdosed last night", "self_harm", "overdose"),
]

# Ordinary sentences with the new entries' and vetoes' words: no card.
MUST_STAY_QUIET = [
    "we pulled up with a coffee",
    "he pulled up a chair",
    "opps wrong chat",
    "the opps in fortnite are so annoying lol",
    "guys with nerf guns outside",
    "the guy in the knife shop was standing outside",
    "my son is meeting his friend from school",
    "my mum is meeting a guy she met online",
    "gonna burn my toast again",
    "we burned the house down in the sims",
    "i cant keep my room tidy",
    "i dont trust myself with cake",
    "last message in the group before the trip",
    "she overdosed a few years back and is fine now",
    "what is the penalty for having a knife in public",
]

# The round 11 ordinary English lines that still show the card: a mum's "gonna kill me" (hyperbole
# is not vetoed). The game shooting ("shot so many times in cod") is quiet since a second
# fresh-clone tester's report.
KNOWN_FALSE_ALARMS = {
    "my mum's gonna kill me when she sees my grades lol",
}
ORDINARY_QUIET = [
    text for text in held_out("round11", "en", "ordinary") if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + VARIANTS + VETO_PAIRS


def test_every_reported_miss_is_listed() -> None:
    """The round 11 en danger set: all 5 messages that got no card are listed."""
    assert len(REPORTED) == 5
    assert {text for text, _, _ in REPORTED} <= set(held_out("round11", "en", "danger"))


def test_the_quiet_ordinary_lines_are_the_ten() -> None:
    """Of the 12 ordinary English lines, the 11 outside KNOWN_FALSE_ALARMS are checked below
    (the game line is quiet since a second fresh-clone tester's report)."""
    assert len(ORDINARY_QUIET) == 11


@pytest.mark.parametrize("text", sorted(KNOWN_FALSE_ALARMS))
def test_known_false_alarms_still_show_the_card(detector: DangerDetector, text: str) -> None:
    assert detector.detect(text) is not None


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_kind_of_message_shows_the_card(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, "en", pattern_id)


@pytest.mark.parametrize("text", MUST_STAY_QUIET + ORDINARY_QUIET)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_kind_of_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, MUST_STAY_QUIET + ORDINARY_QUIET)
