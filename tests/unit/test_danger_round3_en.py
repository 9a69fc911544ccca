"""Danger detection, round 3 (docs/conversation.md, "The emergency path"): English messages a
red team typed without getting the emergency card, and the ordinary sentences beside them that
must stay quiet. The entries are in data/danger/en.toml.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet

# (text, category, pattern id): every one fires in the English list
MUST_FIRE: list[tuple[str, str, str]] = [
    ("they want me to do a job tonight", "forced_or_held", "made_to_do_crime"),
    ("i have to carry a bag for them or else", "threat_to_life", "or_else"),
    ("they make me deliver packages", "forced_or_held", "made_to_do_crime"),
    ("i'm being forced to store stuff at my place", "forced_or_held", "made_to_do_crime"),
    ("they told me to shoot someone", "forced_or_held", "made_to_do_crime"),
    ("i have a drug debt", "forced_or_held", "crime_debt"),
    ("i lost their stuff and now i owe them", "forced_or_held", "lost_their_stuff"),
    ("they say i have to pay by tonight or else", "threat_to_life", "or_else"),
    ("i dont know where i am they took me", "forced_or_held", "taken_somewhere"),
    ("someone is blackmailing me with pictures", "forced_or_held", "blackmail"),
    ("he made me do things i didnt want to", "violence_now", "made_me_do_things"),
    ("i don't want to wake up tomorrow", "suicidal", "not_wake_up"),
    ("i don't want to be here anymore", "suicidal", "not_wake_up"),
    ("i wrote a goodbye letter", "suicidal", "goodbye_letter"),
    ("i'm standing on the bridge", "suicidal", "on_the_edge"),
    ("i cant do this anymore i want it to stop forever", "suicidal", "stop_forever"),
    ("i've been cutting again", "self_harm", "cutting_again"),
    ("i cut too deep and it wont stop bleeding", "self_harm", "cutting_again"),
    ("i took the whole bottle", "self_harm", "whole_bottle"),
    ("she took something and wont wake up", "plea", "wont_wake_up"),
    ("there was an explosion", "violence_now", "explosion"),
    ("theres a bomb in the school", "violence_now", "explosion"),
    ("someone is shooting at the school", "weapon", "shooting_at_place"),
    ("my daughter is missing", "plea", "child_missing"),
    ("my child hasn't come home and isn't answering", "plea", "child_not_answering"),
    ("my son said he wants to die", "suicidal", "wants_to_die"),
]

# Ordinary sentences near each new entry (the entry id in the comment).
MUST_STAY_QUIET = [
    "I have a job interview tonight",  # made_to_do_crime
    "my boss makes me deliver packages",  # made_to_do_crime
    "the school forced us to store our phones in lockers",  # made_to_do_crime
    "my coach told me to shoot the ball",  # made_to_do_crime
    "they told me to shoot someone in fortnite",  # made_to_do_crime
    "I owe my sister ten dollars",  # crime_debt, lost_their_stuff
    "we had a lesson about drug debt",  # crime_debt
    "I lost her bag and now I owe her a new one",  # lost_their_stuff
    "I need to pay by tonight or else I lose my spot",  # or_else
    "I have to pay the bill by tonight or else I'll be fined",  # or_else
    "I don't know where I am going with my life",  # taken_somewhere
    "my little sister is blackmailing me into doing her chores",  # blackmail
    "we watched a movie about blackmail",  # blackmail
    "he made me do things I liked",  # made_me_do_things
    "I don't want to wake up early tomorrow",  # not_wake_up
    "I don't want to be here anymore at this party",  # not_wake_up
    "I wrote a goodbye letter to my teacher",  # goodbye_letter
    "we wrote a goodbye card for our class",  # goodbye_letter
    "I'm standing on the bridge waiting for my friend",  # on_the_edge
    "I want it to stop raining forever",  # stop_forever
    "I've been cutting my hair again",  # cutting_again
    "I've been cutting onions again",  # cutting_again
    "my nose won't stop bleeding",  # cutting_again
    "I took the whole bottle of water to practice",  # whole_bottle
    "my brother won't wake up for school",  # wont_wake_up
    "my alarm won't wake me up",  # wont_wake_up
    "there was an explosion in the movie",  # explosion
    "the party was a blast",  # explosion
    "the party was a bomb",  # explosion
    "they are shooting at the goal",  # shooting_at_place
    "we had a school shooting drill today",  # shooting_at_place
    "my daughter is missing a tooth",  # child_missing
    "my son is missing school today",  # child_missing
    "my son hasn't come home because his phone isn't charged",  # child_not_answering
    "he wants to die on that hill",  # wants_to_die
    "I got shot in call of duty",  # got_shot
]


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_message_shows_the_card(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, "en", pattern_id)


@pytest.mark.parametrize("text", MUST_STAY_QUIET)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, MUST_STAY_QUIET)
