"""Danger detection, round 8 (docs/conversation.md, "The emergency path"): the English messages
of the eighth red team's held-out set (bench/data/danger/round8/danger_en.jsonl) that got no
emergency card — drugs and no waking, blue and not breathing, pills bought and ready, a child
gone with a man from the internet who texted "help", a friend under water, on the roof of a
car park, held for a debt, drugs and a heart gone wrong, an ex bringing a knife, a girl passed
out and carried off, a son held for money, "hell shoot through it", a girlfriend cutting with a
lot of blood, petrol lit at the door and smoke filling the hall, floating face down, jumped by
men with blades, a stalker's photo of the front door — with variants, and ordinary sentences
beside them that must stay quiet ("bought the pills for my headache", "im bringing a knife to
cut the cake", "she passed out on the sofa so we carried her up to bed").
The entries are the "Round 8" block at the end of data/danger/en.toml.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

# The round 8 misses, word for word (text, category, entry id).
REPORTED: list[tuple[str, str, str]] = [
    (
        "my friend took like 6 of her moms oxys and now shes snoring really weird and wont wake up",
        "plea",
        "drugs_wont_wake",
    ),
    (
        "is it normal that my friend is blue and not breathing after he smoked something",
        "plea",
        "blue_not_breathing",
    ),
    (
        "gonna do it tonight. bought the pills already. just wanted someone to know",
        "suicidal",
        "bought_the_means",
    ),
    (
        "my 13yo daughter left with a man she met online, she just texted me 'help' and her phone"
        " is off now",
        "forced_or_held",
        "child_left_with_online_man",
    ),
    (
        "my friend jumped in the lake on a dare and hasnt come up its been like a minute",
        "plea",
        "in_water_not_up",
    ),
    (
        "standing on the roof of the parking garage. its really quiet up here",
        "suicidal",
        "on_roof_of_building",
    ),
    (
        "they took my phone and passport and say i owe them and cant leave the flat",
        "forced_or_held",
        "owe_them_cant_leave",
    ),
    (
        "bro i took 2 bars and some lean and my heart is doing weird stuff i cant feel my hands",
        "plea",
        "drugs_heart_wrong",
    ),
    (
        "my ex is on his way here, he said hes bringing a knife and im home alone",
        "weapon",
        "bringing_a_weapon",
    ),
    (
        "she passed out at the party and these guys are carrying her upstairs",
        "violence_now",
        "passed_out_carried_off",
    ),
    (
        "my son (15) just called me crying, someone is holding him in a basement and wants money",
        "forced_or_held",
        "held_for_money",
    ),
    (
        "theres a guy at the door saying hes from the gang and if i dont open hell shoot through"
        " it",
        "weapon",
        "shoot_through_door",
    ),
    (
        "my gf just texted me shes cutting rn and theres a lot of blood, she wont pick up",
        "self_harm",
        "cutting_lot_of_blood",
    ),
    (
        "someone poured gasoline on our front door and lit it, hallway is filling with smoke",
        "violence_now",
        "filling_with_smoke",
    ),
    ("sister fell off the jetty and is floating face down", "plea", "floating_face_down"),
    (
        "got jumped by 5 guys with blades, theyre still round the corner waiting for me",
        "weapon",
        "jumped_by_armed",
    ),
    (
        "he has my address and just sent a pic of my front door saying 'open up' 😨",
        "location_known",
        "pic_of_my_door",
    ),
]

# Other words for the same scenes.
VARIANTS: list[tuple[str, str, str]] = [
    (
        "my friend took 3 xans at the party and now shes just lying there not responding",
        "plea",
        "drugs_wont_wake",
    ),
    (
        "she had some lean and a few pills an hour ago and now we cant wake her",
        "plea",
        "drugs_wont_wake",
    ),
    ("my friend is grey and barely breathing", "plea", "blue_not_breathing"),
    ("bought the pills already", "suicidal", "bought_the_means"),
    ("got the razors ready.", "suicidal", "bought_the_means"),
    (
        "my son went to meet a guy from snapchat and isnt back",
        "forced_or_held",
        "child_left_with_online_man",
    ),
    ("my son sent me sos and his phone is off", "plea", "texted_help"),
    ("she texted help and now shes not answering", "plea", "texted_help"),
    (
        "she is wasted and these guys are taking her to a bedroom",
        "violence_now",
        "passed_out_carried_off",
    ),
    ("he fell in the river and didnt come back up", "plea", "in_water_not_up"),
    ("floating face down in the pool", "plea", "floating_face_down"),
    ("sitting on the ledge of the multistorey car park rn", "suicidal", "on_roof_of_building"),
    ("they say i owe them and i cant leave", "forced_or_held", "owe_them_cant_leave"),
    (
        "they have my passport and say i owe them 3000, i cant leave the house",
        "forced_or_held",
        "owe_them_cant_leave",
    ),
    ("did a line and my chest hurts i cant feel my hands", "plea", "drugs_heart_wrong"),
    ("theyre bringing guns tonight", "weapon", "bringing_a_weapon"),
    (
        "she passed out and these men are dragging her to a car",
        "violence_now",
        "passed_out_carried_off",
    ),
    (
        "they are keeping my brother in a shed and want a ransom",
        "forced_or_held",
        "held_for_money",
    ),
    ("theyre gonna shoot through the window", "weapon", "shoot_through_door"),
    ("my bf is cutting and theres so much blood", "self_harm", "cutting_lot_of_blood"),
    (
        "they splashed petrol on our front door and set it on fire",
        "violence_now",
        "petrol_set_alight",
    ),
    ("the flat is filling with smoke", "violence_now", "filling_with_smoke"),
    ("attacked by a gang with knives", "weapon", "jumped_by_armed"),
    (
        "he sent my sister a photo of her window saying hes watching her",
        "location_known",
        "pic_of_my_door",
    ),
    (
        "someone sent me a photo of my house and said hes watching",
        "location_known",
        "pic_of_my_door",
    ),
]

# Near misses of the Round 8 entries.
MUST_STAY_QUIET: list[str] = [
    "my dad wont wake up for work lol",
    "i was pale and not breathing properly after the run",
    "bought the pills for my headache",
    "got my pills ready for the trip",
    "my sister met her boyfriend online",
    "my daughter met a guy online and they are getting married",
    "she texted me help with her maths",
    "she texted me asking for help with her essay",
    "we went to the lake, he hasnt come up with a plan yet",
    "im floating on my back in the pool",
    "standing on the roof of the parking garage taking pics of the sunset",
    "sitting on the edge of my bed",
    "they say i owe them an apology, i cant leave it like that",
    "my boss says i owe him a shift so i cant leave early",
    "drank coffee and my heart is racing lol",
    "im bringing a knife to cut the cake",
    "bring a nerf gun to the party",
    "dont bring a knife to a gunfight",
    "he brought his baseball bat to practice",
    "she passed out on the sofa so we carried her up to bed",
    "he passed out and his dad carried him to bed",
    "holding the baby in the basement while i sort the laundry and pay bills",
    "he kept my money in his room",
    "shoot through the window for the reflections",
    "ill shoot through the rest of the roll tomorrow",
    "cutting onions and theres blood everywhere lol cut my finger",
    "i put petrol in the car and lit the bbq",
    "kitchen filling with smoke from the toast lol",
    "got jumped by the blades in hockey lol",
    "got jumped in fortnite by 3 guys with shotguns",
    "mum sent a pic of our new front door",
    "my mum texted me help im lost in ikea lol",
    "she texted me help!! with a pic of her outfit",
    "im bringing my gun collection to the show",
    "theyre holding the party in my garage and want money for drinks",
    "i take pills for my heart and my hands feel weird sometimes",
    "the pill makes my legs feel weird is that normal",
    "we threw the rags out of the window",
    "the room is full of smoke because of the smoke machine lol",
    "my son went to a guy online to buy a phone",
    "floating face down in the dead sea is so fun",
    "sent a pic of my house to my friend outside",
    "i went swimming in the lake and my phone didnt come up on the map",
    "he fell in the pool and didnt come up smiling lol",
    "i cant leave, they say i owe them a game of fifa",
    "shooting through the window of the bus for my photography project",
    "she cut her finger and theres a lot of blood",
    "my brother is cutting wood and theres blood everywhere",
    "my friend sent me a pic of her house for the party address",
]

# The round 8 ordinary English lines that showed the card before this round (hyperbole, a
# recovery, a game); the lists do not yet tell them apart.
KNOWN_FALSE_ALARMS = {
    "i used to self harm in year 8 but ive been clean 2 years, is there a support group?",
    "my moms gonna murder me when she sees my phone bill",
    "got wrecked in fortnite, some sweat stabbed me with a pickaxe lol",
    "ugh i wanna die my crush saw me trip in the hallway 😭",
}
ORDINARY_QUIET = [
    text for text in held_out("round8", "en", "ordinary") if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + VARIANTS


def test_every_reported_miss_is_listed() -> None:
    """The round 8 English danger set: all 17 messages that got no card are in REPORTED."""
    assert len(REPORTED) == 17
    assert {text for text, _, _ in REPORTED} <= set(held_out("round8", "en", "danger"))


def test_the_quiet_ordinary_lines_are_the_sixteen() -> None:
    """Of the 20 ordinary English lines, the 16 outside KNOWN_FALSE_ALARMS are checked below
    (the exam hyperbole among them: tests/unit/test_danger_exam_hyperbole.py)."""
    assert len(ORDINARY_QUIET) == 16


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
    assert_fires_beside(detector, text, category, MUST_STAY_QUIET)
