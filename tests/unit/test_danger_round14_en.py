"""Danger detection, round 14 (docs/conversation.md, "The emergency path"): the English
messages of the fourteenth red team's held-out set (bench/data/danger/round14/danger_en.jsonl)
that got no emergency card — a flight to Pakistan tonight to be married with the passport
taken, a man "behind me since the station" who crosses the road too, vomiting while passed
out, "the ting" to keep tonight with "feds outside the block", "he held me down" just now,
a baby who ate dishwasher tabs, "h3lp th3y r h3r3", a boy next door screaming while his dad
"is going mad", and "get in or they come in" — with variants, and ordinary sentences sharing
their words that must stay quiet ("my cousin is getting married in pakistan next summer", "get
in or we'll be late", "he's been behind me since year 7"), among them the round 14 ordinary
English lines.

The entries are the "Round 14" block at the end of data/danger/en.toml; "r" was added to
`help_they_are_here` ("help they r here"). No ordinary line of round 14 fires:
KNOWN_FALSE_ALARMS is empty.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

# The round 14 en misses, word for word (text, category, entry id).
REPORTED: list[tuple[str, str, str]] = [
    (
        "uncle says my flight to pakistan is tonight and i'm getting married there, they took "
        "my passport and phone i'm on my friend's laptop",
        "forced_or_held",
        "forced_marriage_trip",
    ),
    (
        "some guy been behind me since the station, i crossed the road twice and he did too",
        "violence_now",
        "behind_me_since",
    ),
    ("shes throwing up while shes passed out what do i do", "plea", "vomiting_unconscious"),
    (
        "they told me to keep the ting at mine tonight and now theres feds outside the block",
        "forced_or_held",
        "holding_police_outside",
    ),
    (
        "it just happened he held me down i'm in the bathroom at his place and he's outside "
        "the door",
        "violence_now",
        "held_me_down",
    ),
    (
        "baby ate some of the dishwasher tabs she's crying and drooling",
        "plea",
        "ate_some_of_chemical",
    ),
    ("h3lp th3y r h3r3", "plea", "help_they_are_here"),
    (
        "can you get someone to flat 12 on park road the boy next door has been screaming for "
        "20 mins and his dad is going mad",
        "violence_now",
        "next_door_screaming",
    ),
    (
        "car outside w/ the olders. they said get in or they come in",
        "forced_or_held",
        "get_in_or_else",
    ),
]

# New wordings of the same kinds, at least one per entry.
VARIANTS: list[tuple[str, str, str]] = [
    ("my parents are making me get married abroad", "forced_or_held", "forced_marriage"),
    ("they want to marry me off", "forced_or_held", "forced_marriage"),
    (
        "flight to bangladesh tomorrow, i'm being married and they took my phone",
        "forced_or_held",
        "forced_marriage_trip",
    ),
    ("a man has been behind me since the bus stop", "violence_now", "behind_me_since"),
    ("i crossed the street and he did too", "violence_now", "behind_me_since"),
    ("she's passed out and throwing up", "plea", "vomiting_unconscious"),
    ("he keeps vomiting whilst unconscious", "plea", "vomiting_unconscious"),
    (
        "they told me to hide the bag at mine and now the police are outside",
        "forced_or_held",
        "holding_police_outside",
    ),
    ("he pinned me down", "violence_now", "held_me_down"),
    ("my little brother swallowed one of the laundry pods", "plea", "ate_some_of_chemical"),
    (
        "the girl downstairs keeps screaming and her dad is beating her",
        "violence_now",
        "next_door_screaming",
    ),
    ("get in the car or we'll hurt you", "forced_or_held", "get_in_or_else"),
    ("help theyre here", "plea", "help_they_are_here"),
    # capitals and typos
    ("HELP THEY R HERE", "plea", "help_they_are_here"),
    ("GET IN OR WE COME FOR YOU", "forced_or_held", "get_in_or_else"),
    ("shes throwin up while shes passed out", "plea", "vomiting_unconscious"),
    ("get in or we come for u", "forced_or_held", "get_in_or_else"),
]

# Ordinary sentences with the new entries' words: no card.
MUST_STAY_QUIET = [
    "i'm getting married in june",
    "my cousin is getting married in pakistan next summer",
    "we took a flight to pakistan for my cousin's wedding",
    "i dont want to get married ever lol",
    "we learned about forced marriage in pshe",
    "he's been behind me in the queue since 8",
    "hes been behind me since year 7",
    "someone was behind me for the whole race",
    "i was throwing up then passed out on the sofa lol",
    "i keep my bike outside when the police come round",
    "he pinned me down in wrestling practice",
    "buy some dishwasher tabs on the way home",
    "i ate some of the cake",
    "the baby next door was crying all night",
    "my dad is going mad because the kid is screaming at the tv",
    "get in or we'll be late",
    "get in the car or we'll miss the film",
    "get in or ill leave without you",
    "they said get in or we'll be late",
    "hes been behind me since day one",
    "my coach has been behind me since i started",
    "i was throwing up and she was not bothered",
    "i have to keep my stuff in the locker and the police are coming to school today",
    "my brother keeps screaming and going mad because he lost at fifa",
]

# No round 14 ordinary English line shows the card.
KNOWN_FALSE_ALARMS: set[str] = set()
ORDINARY_QUIET = [
    text for text in held_out("round14", "en", "ordinary") if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + VARIANTS
QUIET = MUST_STAY_QUIET + ORDINARY_QUIET


def test_every_reported_miss_is_listed() -> None:
    """The round 14 en danger set: all 9 messages that got no card are listed."""
    assert len(REPORTED) == 9
    assert {text for text, _, _ in REPORTED} <= set(held_out("round14", "en", "danger"))


def test_the_quiet_ordinary_lines_are_all_ten() -> None:
    """All 10 ordinary English lines of round 14 are checked below."""
    assert len(ORDINARY_QUIET) == 10


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
