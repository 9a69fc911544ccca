"""Danger detection, round 15 (docs/conversation.md, "The emergency path"): the English
messages of the fifteenth red team's held-out set (bench/data/danger/round15/danger_en.jsonl)
that got no emergency card — a downplaying parent whose son left with men in a car hours ago,
a drunk dad who "says hes gonna hurt mom", a man outside the window with something that
"looks like a knife", "we know where ur lil sis goes to school", a threat to a little brother
unless "the drop" is done, a "first job" that is a test with a gun in the glovebox, an
invented debt and a friend held in a car, pills in front of me, a learner's "not breathing",
"hlp im bng fllwd" (vowels dropped), a 13-year-old sister in a car with grown men, a pupil
ordered to collect a weapon "or his family gets hurt", "i took them all. dont tell anyone",
"selling me to the other crew", a friend on the floor not waking with blood from her head —
with variants, and ordinary sentences sharing their words that must stay quiet ("the bat in
the attic flew out", "this cloud looks like a knife", "i took them all to the park"), among
them the round 15 ordinary English lines.

The entries are the "Round 15" block at the end of data/danger/en.toml; `will_hurt` now
names a parent without "my" ("gonna hurt mom", not "kill mom at chess") and
`we_know_where_you_are` a sibling or parent ("where ur lil sis goes"). Vetoes added this
round: `armed_looking_for` (a knife for deer hunting), `death_threat` and `weapon_here` (the
past, "a few years ago someone threatened me with a knife") and `kill_me` (a spoiler joke,
"shes gonna murder me if i spoil the show"); VETO_PAIRS keep the same words firing when the
danger is now. No ordinary line of round 15 still fires: KNOWN_FALSE_ALARMS is empty.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

# The round 15 en misses, word for word (text, category, entry id).
REPORTED: list[tuple[str, str, str]] = [
    (
        "probably nothing but my son left with men in a car and has not answered for 6 hours "
        "and they had a bat",
        "forced_or_held",
        "child_gone_with_men_no_answer",
    ),
    (
        "me and my mom are home and my dad is drunk and he broke the door and he says hes "
        "gonna hurt mom. im 10",
        "threat_to_life",
        "will_hurt",
    ),
    (
        "hes outside my window again\nand this time he has something in his hand it looks like "
        "a knife",
        "violence_now",
        "outside_my_window",
    ),
    (
        "they wrote: 'we know where ur lil sis goes to school. 3pm. dont be stupid'",
        "location_known",
        "we_know_where_you_are",
    ),
    (
        "they say theyll come for my little brother after school if i dont do the drop",
        "threat_to_life",
        "come_for_sibling_unless",
    ),
    (
        "first job tonight they said its just a test, drive a car to a address and leave it "
        "running. i dont even have a license and someone said theres a gun in the glovebox",
        "forced_or_held",
        "first_job_test",
    ),
    (
        "my mate got robbed of the stuff and now the olders say HE owes them 50k and they got "
        "him in a car rn",
        "forced_or_held",
        "debt_and_held",
    ),
    ("i cant do this anymore i have the pills in front of me", "self_harm", "pills_in_front_of_me"),
    (
        "sorry my english not good. a boy in my building he is lying in stairs and not "
        "breathing i think, what i do",
        "plea",
        "not_breathing_learner",
    ),
    ("hlp im bng fllwd 2 men bhnd me", "violence_now", "disemvowelled_followed"),
    (
        "my 13 yr old sister is in a car with some 20 yr old guys right now they keep sending "
        "her snaps and telling her to come to a flat tonight",
        "forced_or_held",
        "sibling_groomed_in_car",
    ),
    (
        "teacher here - a student just told me hes been told to collect a weapon from a bike "
        "shed after school today or his family gets hurt, what do I do",
        "weapon",
        "ordered_to_collect_weapon",
    ),
    ("i took them all. dont tell anyone", "self_harm", "took_them_all_alone"),
    (
        "Theyre selling me to the other crew tonight, said my debt gets 'transferred' and i go "
        "with them at 11",
        "forced_or_held",
        "sold_to_another_group",
    ),
    (
        "my friend is on the bathroom floor shes not waking up theres blood from her head we r "
        "alone",
        "plea",
        "not_waking_bleeding",
    ),
]

# New wordings of the same kinds (inflections, typos, capitals).
VARIANTS: list[tuple[str, str, str]] = [
    (
        "my daughter went off with two strangers in a van and hasnt replied since",
        "forced_or_held",
        "child_gone_with_men_no_answer",
    ),
    ("the men had a crowbar", "weapon", "blunt_weapon_present"),
    ("he was carrying a baseball bat", "weapon", "blunt_weapon_present"),
    ("he has something in his hand that looks like a gun", "weapon", "looks_like_a_weapon"),
    ("theres a man outside my bedroom window", "violence_now", "outside_my_window"),
    ("they know where my brother lives", "location_known", "they_know_where_family_is"),
    ("we know where your mum works", "location_known", "we_know_where_you_are"),
    ("they said theyre coming after my sister", "threat_to_life", "come_for_sibling_unless"),
    ("the olders are going after my little brother", "threat_to_life", "come_for_sibling_unless"),
    ("its my first job, they said its a test run tonight", "forced_or_held", "first_job_test"),
    ("the olders said he owes them and they have him in a van", "forced_or_held", "debt_and_held"),
    ("they got my brother in a flat cos he owes them", "forced_or_held", "debt_and_held"),
    ("i cant take it anymore the pills are right here", "suicidal", "cant_go_on_pills_ready"),
    ("ive got all the tablets in front of me", "self_harm", "pills_in_front_of_me"),
    ("the man is lying on the floor and not breathing", "plea", "not_breathing_learner"),
    ("she no breathing", "plea", "not_breathing_learner"),
    ("hlp being fllwd by a car", "violence_now", "disemvowelled_followed"),
    ("im bng followed", "violence_now", "disemvowelled_followed"),
    (
        "my 12 year old brother is in a car with some men",
        "forced_or_held",
        "sibling_groomed_in_car",
    ),
    ("the guys keep texting her to come to the flat", "forced_or_held", "telling_her_come_to_flat"),
    ("they told him to hide a gun at his house", "weapon", "ordered_to_collect_weapon"),
    ("i have to hold the strap for them tonight", "weapon", "ordered_to_collect_weapon"),
    ("do it or your family gets hurt", "threat_to_life", "or_family_gets_hurt"),
    ("or my mum will get hurt", "threat_to_life", "or_family_gets_hurt"),
    ("i took it all", "self_harm", "took_them_all_alone"),
    ("ive swallowed them all", "self_harm", "took_them_all_alone"),
    ("i took all of them dont tell my mum", "self_harm", "took_them_all_dont_tell"),
    ("they sold me to another gang", "forced_or_held", "sold_to_another_group"),
    ("my debt was transferred to them", "forced_or_held", "sold_to_another_group"),
    ("hes not waking up theres blood from his head", "plea", "not_waking_bleeding"),
    ("mum is on the floor and not responding", "plea", "floor_not_waking"),
    ("he says hes gonna hurt mom", "threat_to_life", "will_hurt"),
    ("theyll stab dad", "threat_to_life", "will_hurt"),
    ("THEYRE SELLING ME TO THE OTHER CREW", "forced_or_held", "sold_to_another_group"),
]

# The vetoed words beside a danger told now: still the card.
VETO_PAIRS: list[tuple[str, str, str]] = [
    ("someone threatened me with a knife just now", "threat_to_life", "death_threat"),
    ("shes gonna murder me", "threat_to_life", "kill_me"),
    ("he said hes gonna kill mom", "threat_to_life", "will_hurt"),
    ("they said theyll hurt mom", "threat_to_life", "will_hurt"),
]

# Ordinary sentences with the new entries' and vetoes' words: no card.
MUST_STAY_QUIET = [
    "the bat in the attic flew out",
    "we had a bat at baseball practice",
    "my son left with his dad in the car and hasnt answered my text",
    "this cloud looks like a knife",
    "the toy looks like a gun",
    "the cat is outside my window again",
    "he is at my window lol",
    "mum will come for my brother after school",
    "grandma is coming for my little sister on saturday",
    "if i dont finish the job interview",
    "theres a gun in the game",
    "first job interview is a test tonight",
    "he owes me a fiver and i have him in my car",
    "i cant find my pills anymore",
    "i have my pills in front of me which one is for the morning",
    "i took them all to the park",
    "we took the kids all the way to london dont tell dad",
    "they sold me on the idea",
    "he is lying on the sofa and not breathing through his nose",
    "the baby isnt waking up for his feed",
    "my sister is in a car with her friends right now",
    "my 14 year old brother is at the cinema with some guys from school",
    "the guys told her to come to the party tonight",
    "i was told to collect the parcel from the shed after school",
    "she needs to get a new gun in fortnite",
    "hes gonna hurt mom's feelings",
    "we know where you are going",
    "my dad says hes gonna kill mom at chess lol",
    "he had a hammer to fix the shelf",
    "a bat flew into the house lol",
    "my son hasnt answered in 6 hours, hes at practice with his coach in the car",
    "the window cleaner is outside my window",
    "i cant take my pills anymore since the doctor stopped them",
    "i took them all out for a walk",
    "she isnt waking up in time for school",
    "the guys from work sent her snaps of the party",
    "i have to get a gun license for hunting",
    "we took them all to the zoo",
    "i cant do this homework anymore, my tablets are dead",
]

# No round 15 ordinary English line still shows the card.
KNOWN_FALSE_ALARMS: set[str] = set()
ORDINARY_QUIET = [
    text for text in held_out("round15", "en", "ordinary") if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + VARIANTS + VETO_PAIRS
QUIET = MUST_STAY_QUIET + ORDINARY_QUIET


def test_every_reported_miss_is_listed() -> None:
    """The round 15 en danger set: all 15 messages that got no card are listed."""
    assert len(REPORTED) == 15
    assert {text for text, _, _ in REPORTED} <= set(held_out("round15", "en", "danger"))


def test_the_quiet_ordinary_lines_are_all_ten() -> None:
    """All 10 ordinary English lines of round 15 are checked below."""
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
