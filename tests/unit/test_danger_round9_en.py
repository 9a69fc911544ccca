"""Danger detection, round 9 (docs/conversation.md, "The emergency path"): the English messages
of the ninth red team's held-out set (bench/data/danger/round9/danger_en.jsonl) that got no
emergency card — a son kept in a flat until a debt is paid, shut in a car boot, drill slang
("ride out on the opps", "run up in my mums yard"), a sister made to work off what she owes,
drug packets swallowed and one burst, a brother held and "come alone", a friend beaten and not
moving, a door kicked in and hiding in a wardrobe, a drug and arms gone numb, a man from a game
outside the house, "took everything in the cupboard", "theyll cut me" by a deadline, locked in
and "nobody is coming", a face drooping (stroke), shooters back outside, blood from an ear after
a head hit the kerb, hands tied in a warehouse, "something really bad to myself tonight", "or
we're coming to ur school", pushed down the stairs while pregnant, a hammer and a balaclava and
"settling something", a diabetic shaking and confused, "my little sis is next", a knife heated
on the hob, men with knives looking for a cousin — with variants, and ordinary sentences beside
them that must stay quiet ("put the bags in the boot of the car", "theyll cut me off if i dont
pay the phone bill", "im hiding in the wardrobe for hide and seek", "we need to settle the bill
tonight").
The entries are the "Round 9" block at the end of data/danger/en.toml; two vetoes there are in
older entries (`weapon_present`: "the law on carrying a knife for fishing"; `taken_by_men`:
"getting pulled into a gang"), which quiet two round 9 ordinary lines.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

# The round 9 misses, word for word (text, category, entry id).
REPORTED: list[tuple[str, str, str]] = [
    (
        "My son (15) just called from an unknown number crying. Men are keeping him in a flat until he pays back a 'debt' for a package he lost",
        "forced_or_held",
        "held_until_debt_paid",
    ),
    ("im in the boot of a car. can text not call. its moving", "forced_or_held", "in_the_boot"),
    (
        "they said i gotta ride out on the opps tonight or they'll run up in my mums yard",
        "threat_to_life",
        "run_up_in_yard",
    ),
    (
        "my sister hasnt come home and her 'boyfriend' just sent us a video of her crying saying she has to work off what she owes",
        "forced_or_held",
        "held_until_debt_paid",
    ),
    (
        "they made me swallow packets and now im sweating and my heart is racing, i think one burst",
        "forced_or_held",
        "swallowed_packets",
    ),
    (
        "nah fr they got my little brother in the car rn and said i gotta come alone to the garages",
        "forced_or_held",
        "hostage_come_alone",
    ),
    (
        "some older boys are filming while they beat my friend at the skatepark, theres like 8 of them and he's not moving anymore",
        "plea",
        "not_moving_anymore",
    ),
    (
        "our back door got kicked in 2 min ago and im hiding in the wardrobe with my baby sister",
        "violence_now",
        "door_kicked_in",
    ),
    (
        "smoked something my mate said was weed but i cant feel my arms and my hearts going like 200",
        "plea",
        "smoked_something_body_wrong",
    ),
    (
        "My daughter is 13 and she just told me a man she met on a game is outside our house right now telling her to come out. He knows her name",
        "location_known",
        "online_stranger_outside",
    ),
    (
        "ive done it. took everything in the cupboard. just wanted someone to know",
        "self_harm",
        "took_everything_in_cupboard",
    ),
    (
        "i owe them 3 bags. they said if the money aint there by 10 they'll cut me. its 9:20",
        "threat_to_life",
        "threat_to_cut",
    ),
    (
        "this is my friends phone. he took mine, locked the door and keeps saying nobody is coming for me",
        "forced_or_held",
        "nobody_is_coming",
    ),
    (
        "grandad collapsed and his face is drooping on one side and he cant get his words out",
        "plea",
        "face_drooping",
    ),
    (
        "the car that shot at our window last week is back, parked across the road with the lights off, my brother is still out",
        "threat_to_life",
        "attackers_back",
    ),
    (
        "we got jumped, my mates head hit the kerb and theres blood coming out his ear and hes mumbling",
        "plea",
        "blood_from_ear",
    ),
    (
        "texting from a phone they missed in my sock. they've tied my hands in some warehouse. please",
        "forced_or_held",
        "tied_my_hands",
    ),
    (
        "i think im gonna do something really bad to myself tonight, everything is ready in the bathroom",
        "suicidal",
        "something_bad_to_myself",
    ),
    (
        "got a text 'u got 1 hour to bring the z or we're coming to ur school' and they know my timetable",
        "threat_to_life",
        "or_were_coming",
    ),
    (
        "my boyfriend pushed me down the stairs, im pregnant and its really hurting and theres blood",
        "violence_now",
        "pushed_down_stairs",
    ),
    (
        "My son has a hammer and a balaclava in his bag and just left saying he's 'settling something' tonight. He's 16",
        "violence_now",
        "settle_a_score",
    ),
    (
        "is it normal for someone diabetic to be shaking and confused and talking nonsense? my mum is like that right now and wont eat anything",
        "plea",
        "diabetic_hypo",
    ),
    (
        "they said if i dont move the ting for them tonight my little sis is next. theyve been following her from school",
        "threat_to_life",
        "family_is_next",
    ),
    (
        "brought into a flat and they're heating up a knife on the hob and saying it's for me if i dont say who took the money",
        "weapon",
        "heating_a_knife",
    ),
    (
        "4 guys with knives just came into the chicken shop looking for my cousin hes hiding in the back with me",
        "weapon",
        "armed_looking_for",
    ),
]

# Other words for the same scenes, at least one for each Round 9 entry.
VARIANTS: list[tuple[str, str, str]] = [
    (
        "theyre keeping my brother in a garage till he pays what he owes",
        "forced_or_held",
        "held_until_debt_paid",
    ),
    (
        "they say she has to work off the debt before they let her go",
        "forced_or_held",
        "held_until_debt_paid",
    ),
    ("they put me in the trunk of a car and were driving", "forced_or_held", "in_the_boot"),
    ("locked in the boot of his car help", "forced_or_held", "in_the_boot"),
    ("they want me to slide on the opps tonight", "violence_now", "ride_on_opps"),
    ("if i dont pay theyll run up in my mums house", "threat_to_life", "run_up_in_yard"),
    ("they forced me to swallow pellets before the flight", "forced_or_held", "swallowed_packets"),
    ("i swallowed some wraps and i think one split inside", "plea", "packet_burst_inside"),
    ("they have my sister and told me to come alone", "forced_or_held", "hostage_come_alone"),
    ("they beat my friend up and he isnt moving", "violence_now", "beaten_not_moving"),
    ("someone just kicked in our front door", "violence_now", "door_kicked_in"),
    ("they smashed the back door down", "violence_now", "door_kicked_in"),
    ("theres burglars downstairs im hiding under my bed", "violence_now", "hiding_from_intruders"),
    ("smoked a joint and my hands are numb and tingling", "plea", "smoked_something_body_wrong"),
    (
        "the man my son talks to on discord is parked outside",
        "location_known",
        "online_stranger_outside",
    ),
    (
        "a guy i was chatting to on snapchat is waiting outside my house",
        "location_known",
        "knows_address",
    ),
    ("i swallowed everything in the medicine cabinet", "self_harm", "took_everything_in_cupboard"),
    ("hes gonna slash me if i dont give him the money", "threat_to_life", "threat_to_cut"),
    ("they said theyll cut me if i tell anyone", "threat_to_life", "threat_to_cut"),
    (
        "he locked me in and keeps saying no one is coming to help",
        "forced_or_held",
        "nobody_is_coming",
    ),
    ("they took my phone and locked the doors", "forced_or_held", "phone_taken_door_locked"),
    ("my dads mouth is drooping on one side and hes slurring", "plea", "face_drooping"),
    ("the car that shot at my brother is parked outside again", "threat_to_life", "attackers_back"),
    ("he hit his head on the pavement and hes throwing up and confused", "plea", "head_injury"),
    ("theres blood coming from her ear after she fell", "plea", "blood_from_ear"),
    ("his ear is bleeding and hes confused", "plea", "blood_from_ear"),
    ("they taped my wrists and took my phone", "forced_or_held", "tied_my_hands"),
    ("im scared ill do something stupid to myself tonight", "suicidal", "something_bad_to_myself"),
    ("pay by friday or were coming to your house", "threat_to_life", "or_were_coming"),
    ("my dad threw my mum down the stairs", "violence_now", "pushed_down_stairs"),
    ("im 20 weeks pregnant and bleeding a lot", "plea", "pregnant_and_bleeding"),
    ("found a balaclava and a hammer in his bag", "weapon", "weapon_and_balaclava"),
    ("hes gone out to settle a score with a knife", "violence_now", "settle_a_score"),
    ("my diabetic dad is sweating and confused and wont answer me", "plea", "diabetic_hypo"),
    ("they said my mum is next if i talk", "threat_to_life", "family_is_next"),
    ("they heated a blade and said it was for my face", "weapon", "heating_a_knife"),
    ("men with guns are looking for my brother", "weapon", "armed_looking_for"),
    ("shes not breathing anymore", "plea", "not_moving_anymore"),
]

# Near misses of the Round 9 entries.
MUST_STAY_QUIET: list[str] = [
    "im keeping my bike in the flat until i pay the rent",
    "i have to work off my student debt this summer",
    "put the bags in the boot of the car",
    "my brother is in boot camp this week",
    "we ride out on the bikes tonight",
    "i pull up on the opps in fortnite lol",
    "im gonna run up in my house to grab my charger",
    "my mum made me swallow my pills with water",
    "i swallowed a packet of sweets in one go lol",
    "the bag of crisps burst open on the bus",
    "can i come alone to the party or should i bring my sister",
    "my brother said i can come alone to the cinema",
    "we beat the boss and now my character isnt moving",
    "hes not moving to stockholm anymore",
    "he stopped moving house after all",
    "the window was smashed in the storm",
    "he kicked the door open for the football",
    "im hiding in the wardrobe for hide and seek with my sister",
    "my cat is hiding under the bed because of the fireworks",
    "smoked a cigarette and then went to the gym",
    "i cant feel my legs after leg day lol",
    "took my pills and went to bed early",
    "my son met a guy online who lives outside london",
    "a guy i met online is waiting for my reply",
    "took everything out of the cupboard to clean it",
    "she will cut me a slice of cake",
    "theyll cut me off if i dont pay the phone bill",
    "shes gonna cut my hair tomorrow",
    "nobody is coming to my party",
    "he said no one is coming to the meeting",
    "my mum took my phone and locked it in the drawer",
    "my face is droopy when im tired lol",
    "the guys who shot the music video are back in town",
    "people are shooting fireworks outside",
    "i hit my head on the shelf lol",
    "my ear is bleeding after the piercing",
    "my hands are tied, i cant change the rules",
    "i tied my hair up and went out",
    "i said something stupid to myself in the mirror",
    "i did something dumb with my hair lol",
    "hurry up or were coming without you",
    "text me when youre free or well come to your party",
    "he pushed me down the slide at the park",
    "i had a blood test while pregnant",
    "she packed a balaclava and a knife for the ski trip",
    "we need to settle the bill tonight",
    "my dad is diabetic and im confused about his insulin",
    "my brother is next in line for the xbox",
    "my mum is next door",
    "heat the knife to cut the cheesecake",
    "im looking for a good knife set",
    "looking for knives for my kitchen",
    "what's the law on carrying a knife for fishing",
    "my friend is getting pulled into a gang, how can i help",
]

# The round 9 ordinary English lines that still show the card (hyperbole, past news); the lists
# do not yet tell them apart.
KNOWN_FALSE_ALARMS = {
    "my mum is gonna kill me when she sees my report",
    "our teacher said someone got stabbed near the school back in 2019, crazy it happened here",
}
ORDINARY_QUIET = [
    text for text in held_out("round9", "en", "ordinary") if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + VARIANTS


def test_every_reported_miss_is_listed() -> None:
    """The round 9 English danger set: all 25 messages that got no card are in REPORTED."""
    assert len(REPORTED) == 25
    assert {text for text, _, _ in REPORTED} <= set(held_out("round9", "en", "danger"))


def test_the_quiet_ordinary_lines_are_the_eighteen() -> None:
    """Of the 20 ordinary English lines, the 18 outside KNOWN_FALSE_ALARMS are checked below."""
    assert len(ORDINARY_QUIET) == 18


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
