"""Danger detection, round 4 (docs/conversation.md, "The emergency path"): English messages a
red team typed without getting the emergency card (hanging, jumping, every pill; not breathing,
blue lips or unresponsive after drugs; "forcing himself on me"; "pay or I'm dead", "or they'll
jump me", "I'll get a bullet"; taken by men in a van, not let out of a car, passport taken; gun
slang; a found grenade, a bomb to plant; fire or an explosion now; "sleep and never wake up",
"nobody would notice if I was gone"), written in other words as well, and the ordinary sentences
beside them that must stay quiet. The entries are in data/danger/en.toml.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet

# (text, category, pattern id): every one fires in the English list
MUST_FIRE: list[tuple[str, str, str]] = [
    ("im going to hang myself", "suicidal", "hanging"),
    ("gonna hang myself tonight", "suicidal", "hanging"),
    ("i wanna hang myself", "suicidal", "hanging"),
    ("ive got the rope ready", "suicidal", "hanging"),
    ("tied a noose in my room", "suicidal", "hanging"),
    ("my friend says she's going to jump off the roof tonight", "suicidal", "jump_off"),
    ("gonna jump off a bridge", "suicidal", "jump_off"),
    ("im going to jump in front of a train", "suicidal", "jump_off"),
    ("shes gonna throw herself off the balcony", "suicidal", "jump_off"),
    ("i'm thinking about taking all my meds", "self_harm", "take_all_pills"),
    ("gonna take all mums pills", "self_harm", "take_all_pills"),
    ("i want to swallow all my tablets", "self_harm", "take_all_pills"),
    ("my friend isnt breathing after taking xans", "plea", "not_breathing"),
    ("he isnt breathing", "plea", "not_breathing"),
    ("my gf stopped breathing", "plea", "not_breathing"),
    ("her face is turning blue", "plea", "not_breathing"),
    ("she od'd and her lips are blue", "plea", "not_breathing"),
    ("my mate passed out and wont wake up", "plea", "not_breathing"),
    ("my bro collapsed and isnt responding", "plea", "not_breathing"),
    ("hes having a seizure after taking molly", "plea", "not_breathing"),
    ("my friend is foaming at the mouth", "plea", "not_breathing"),
    ("he oded on percs", "self_harm", "od_slang"),
    ("my brother took fentanyl and hes not responding", "plea", "drugs_unresponsive"),
    ("my cousin took oxy and now hes unconscious", "plea", "not_breathing"),
    ("hes forcing himself on me", "violence_now", "forcing_himself"),
    ("he forced himself on her", "violence_now", "forcing_himself"),
    ("he pinned me down and", "violence_now", "forcing_himself"),
    ("he wouldnt stop when i said no", "violence_now", "forcing_himself"),
    ("they said if i dont pay by tonight im dead", "threat_to_life", "pay_or_dead"),
    ("if i dont bring the cash im dead", "threat_to_life", "pay_or_dead"),
    ("pay up or ur dead", "threat_to_life", "pay_or_dead"),
    ("they said im dead if i dont pay them back by friday", "threat_to_life", "pay_or_dead"),
    ("they're making me sell at school or they'll jump me", "threat_to_life", "or_they_hurt"),
    ("sell this or theyll kill my family", "threat_to_life", "or_they_hurt"),
    ("do it or ill get stabbed", "threat_to_life", "or_they_hurt"),
    ("if i snitch they said ill get a bullet", "threat_to_life", "bullet"),
    ("they said they would put a bullet in my head", "threat_to_life", "bullet"),
    ("he said ill catch a bullet", "threat_to_life", "bullet"),
    ("my kid got taken by men in a van", "forced_or_held", "taken_by_men"),
    ("my daughter got grabbed by two men", "forced_or_held", "taken_by_men"),
    ("they pushed me into a van", "forced_or_held", "taken_by_men"),
    ("he dragged her into his car", "forced_or_held", "taken_by_men"),
    ("im in a car with them and they wont let me out", "forced_or_held", "wont_let_me_out"),
    ("the driver wont let me out", "forced_or_held", "wont_let_me_out"),
    ("theyre not letting us out", "forced_or_held", "wont_let_me_out"),
    ("they took my passport and i cant leave", "forced_or_held", "took_passport"),
    ("they took my papers and i cant go home", "forced_or_held", "took_passport"),
    ("older guys making me hold a strap for them", "weapon", "gun_slang"),
    ("hes got a blick", "weapon", "gun_slang"),
    ("they want me to keep a strap at my house", "weapon", "gun_slang"),
    ("he pulled a glock on me", "weapon", "gun_slang"),
    ("hes strapped", "weapon", "gun_slang"),
    ("theyre packing heat", "weapon", "gun_slang"),
    ("he pulled a piece on me", "weapon", "gun_slang"),
    ("found a grenade in my sons room", "weapon", "found_weapon"),
    ("found a gun under his bed", "weapon", "found_weapon"),
    ("found bullets in my sons bag", "weapon", "found_weapon"),
    ("they want me to plant a bomb at a door", "weapon", "plant_bomb"),
    ("they want me to blow up a door", "weapon", "plant_bomb"),
    ("building on fire people inside", "violence_now", "fire_now"),
    ("our flat is on fire", "violence_now", "fire_now"),
    ("theres a fire in our building", "violence_now", "fire_now"),
    ("the house is burning", "violence_now", "fire_now"),
    ("explosion in my building theres smoke everywhere", "violence_now", "fire_now"),
    ("someone threw a molotov through our window", "violence_now", "fire_now"),
    ("a bomb went off outside", "violence_now", "fire_now"),
    ("we're trapped in the fire", "violence_now", "fire_now"),
    ("i just want to sleep and never wake up", "suicidal", "never_wake_up"),
    ("i wanna sleep and never wake up", "suicidal", "never_wake_up"),
    ("i hope i dont wake up tomorrow", "suicidal", "never_wake_up"),
    ("nobody would even notice if i was gone", "suicidal", "nobody_would_notice"),
    ("no one would miss me if i died", "suicidal", "nobody_would_notice"),
    ("nobody would care if i was dead", "suicidal", "nobody_would_notice"),
]

# Ordinary sentences near each new entry (the entry id in the comment).
MUST_STAY_QUIET = [
    "lets hang out with myself lol",  # hanging
    "i need to hang the picture",  # hanging
    "we hang out at the mall",  # hanging
    "i got a new jump rope",  # hanging, jump_off
    "jump rope at recess",  # jump_off
    "we jumped off the pier into the lake",  # jump_off
    "gonna jump off the bridge into the river this summer",  # jump_off
    "he jumped in front of the line",  # jump_off
    "i take all my meds every morning",  # take_all_pills
    "remember to take all the pills with food",  # take_all_pills
    "did you take all your pills",  # take_all_pills
    "i forgot to take all my meds",  # take_all_pills
    "hes not responding to my texts",  # not_breathing, drugs_unresponsive
    "she isnt responding on snap",  # not_breathing
    "my lips are blue from the slushie",  # not_breathing
    "he is not breathing down my neck anymore",  # not_breathing
    "we did breathing exercises instead of pills",  # drugs_unresponsive
    "the doctor said my pills stopped working",  # drugs_unresponsive
    "my grandma has seizures sometimes",  # not_breathing
    "he threw a fit about homework",  # not_breathing
    "i passed out on the couch lol",  # not_breathing
    "i fainted and then woke up fine",  # not_breathing
    "is he odd",  # od_slang
    "he is the odd one out",  # od_slang
    "he forced himself to finish his homework",  # forcing_himself
    "im forcing myself to go to the gym",  # forcing_himself
    "the wrestler pinned me down in practice",  # forcing_himself
    "i said no to the party",  # forcing_himself
    "im dead 😂",  # pay_or_dead
    "im dead lmao",  # pay_or_dead
    "if i dont finish my homework by tonight im dead",  # pay_or_dead
    "if i dont pay my mom back im dead",  # pay_or_dead
    "if you dont pay for lunch im dead lol",  # pay_or_dead
    "i got a bullet journal",  # bullet
    "use bullet points",  # bullet
    "we dodged a bullet",  # bullet
    "bite the bullet",  # bullet
    "i play bullet chess",  # bullet
    "she took a shot at the goal",  # bullet
    "hurry up or ill get shot in fortnite",  # or_they_hurt
    "the photo was taken by a man",  # taken_by_men
    "my son was taken to school by car",  # taken_by_men
    "he pulled into the car park",  # taken_by_men
    "i threw it into the car",  # taken_by_men
    "my parents wont let me out tonight",  # wont_let_me_out
    "mum wont let me out until i finish my homework",  # wont_let_me_out
    "they wont let me out after 10",  # wont_let_me_out
    "i lost my passport and cant go home",  # took_passport
    "they took my phone and i cant go out",  # took_passport
    "the bag has a strap",  # gun_slang
    "hold the strap on the bus",  # gun_slang
    "my watch strap broke",  # gun_slang
    "im strapped for cash",  # gun_slang, held
    "are you strapped in",  # gun_slang
    "can i have a piece of cake",  # gun_slang
    "we are packing our bags",  # gun_slang
    "i found a knife in the kitchen",  # found_weapon
    "i found a gun in fortnite",  # found_weapon
    "we plant a tree",  # plant_bomb
    "i put a bath bomb in the tub",  # plant_bomb
    "throw a grenade in fortnite",  # plant_bomb, fire_now
    "blow up a balloon",  # plant_bomb
    "the band blew up on tiktok",  # plant_bomb
    "this song is fire",  # fire_now
    "the beat is fire 🔥",  # fire_now
    "she's on fire today",  # fire_now
    "my mouth is on fire",  # fire_now
    "we had a fire drill",  # fire_now
    "the building was on fire in the movie",  # fire_now
    "the fire in the fireplace is nice",  # fire_now
    "the explosion in the game was sick",  # fire_now
    "there was smoke everywhere at the concert",  # fire_now
    "my alarm went off at 6",  # fire_now
    "the film was about a shooting",  # fire_now
    "i never wake up on time",  # never_wake_up
    "i hope i dont wake up late",  # never_wake_up
    "i want to sleep in tomorrow",  # never_wake_up
    "no one would notice if i was gone for an hour",  # nobody_would_notice
    "nobody cares if i die in the game",  # nobody_would_notice
    "no one noticed i was gone from class",  # nobody_would_notice
    "nobody would miss me at the party",  # nobody_would_notice
    "his new track is fire we hang out later",  # fire_now, hanging
    "they'll jump me a ride",  # or_they_hurt
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
