"""Danger detection, round 6 (docs/conversation.md, "The emergency path"): Swedish and English
messages of the kinds a sixth red team typed without getting the emergency card (a shooting told
in everyday words, someone lying bleeding, banging on the door, "dom kommer", sexual coercion
with him still there, too many pills or a friend fitting, "ending it", jumping "så slipper alla
mig", a flat on fire with screaming, a gun put in my hand, a goodbye text and no answer, "they
have me", a mob stamping on a head, "we know where you sleep", a gun picture with "snart", a
letterbox lit, a bomb planned at school, "betala med kroppen", nude pictures as leverage, "break
my legs"), and ordinary sentences beside them that must stay quiet (a bleeding nose after
football, knocking for the party, the fire alarm at school, "leg day broke my legs lol"). The
entries are the "Round 6" blocks at the end of data/danger/sv.toml and data/danger/en.toml.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet

# (text, category, entry id)
MUST_FIRE_SV: list[tuple[str, str, str]] = [
    ("nån sköt precis på parkeringen, folk springer", "weapon", "shooting_now_plain"),
    ("ngn sköt nyss utanför porten", "weapon", "shooting_now_plain"),
    ("dom skjuter därute", "weapon", "shooting_nearby"),
    ("en kille ligger på marken o blöder från magen utanför ica", "plea", "lies_bleeding"),
    ("han ligger o blöder", "plea", "lies_bleeding"),
    ("ja sitter i en trappuppgång o blöder mkt", "plea", "lies_bleeding"),
    ("dom e utanför min dörr nu o bankar", "location_known", "at_my_door_banging"),
    ("de står utanför porten", "location_known", "knows_address"),
    ("snälla hjälp mig dom kommer", "violence_now", "they_are_coming_alone"),
    (
        "han tvingade mig att göra saker jag inte ville o nu står han utanför toan",
        "violence_now",
        "forced_things_not_wanted",
    ),
    ("polaren tog för många xanor o ligger o skakar", "self_harm", "pills_too_many_slang"),
    ("tror ja har tagit för mkt av mammas medicin med flit", "self_harm", "pills_too_many_slang"),
    ("bäst att jag hoppar från taket då slipper alla mig", "suicidal", "jump_then_rid_of_me"),
    (
        "han la en puffra i min hand o sa nu e det din tur att göra jobbet",
        "weapon",
        "gun_in_my_hand",
    ),
    (
        "min dotter skickade 'förlåt mamma jag älskar dig' och svarar inte i telefon",
        "suicidal",
        "goodbye_no_answer",
    ),
    (
        "dom slår ihjäl en kille i tunnelbanan typ fem stycken sparkar honom i huvudet",
        "violence_now",
        "beating_to_death",
    ),
    (
        "fick ett sms: vi vet var du bor, 22 ikväll vid tunneln annars kommer vi hem till dig",
        "location_known",
        "we_know_where_you_are",
    ),
    ("fick en bild på en pistol med texten snart 🔫💀", "threat_to_life", "gun_picture_soon"),
    ("nån har hällt bensin utanför vår dörr", "violence_now", "petrol_at_door"),
    ("såg på snap att dom ska smälla en bomb vid skolan imorgon", "weapon", "bomb_planned"),
    (
        "ja tappade varorna o nu säger dom att ja ska betala med kroppen",
        "forced_or_held",
        "pay_with_body",
    ),
    (
        "dom har bilder på mig naken o säger att jag måste komma till hans lägenhet ikväll",
        "violence_now",
        "naked_pictures_leverage",
    ),
    ("dom ska bryta benen på dig", "threat_to_life", "break_legs"),
    ("dom har mig", "forced_or_held", "they_have_me"),
]

MUST_FIRE_EN: list[tuple[str, str, str]] = [
    ("someone just fired shots outside my window", "weapon", "shooting_now_plain"),
    ("theyre shooting outside", "weapon", "shooting_nearby"),
    ("theres a guy bleeding out on the pavement near the station", "plea", "bleeding_out"),
    ("hes lying on the ground bleeding", "plea", "bleeding_out"),
    ("theyre outside my door banging", "location_known", "knows_address"),
    ("please help theyre coming", "plea", "help_they_are_here"),
    ("cant stop thinking about ending it", "suicidal", "thinking_ending_it"),
    ("bro they handed me a strap and said its my turn", "weapon", "handed_a_gun"),
    ("my son texted me 'they have me' and now his phone is off", "forced_or_held", "they_have_me"),
    ("gang of lads stamping on some kids head by the bus stop", "violence_now", "stamping_on_head"),
    ("they are beating him to death", "violence_now", "beating_to_death"),
    ("got a message saying we know where you sleep 💀", "location_known", "we_know_where_you_are"),
    (
        "they want me to put something through a letterbox and light it",
        "forced_or_held",
        "letterbox_fire",
    ),
    (
        "the flat next door is on fire and i can hear screaming",
        "violence_now",
        "fire_and_screaming",
    ),
    (
        "my mates been sniffing all night and now hes fitting on the floor",
        "plea",
        "fitting_on_floor",
    ),
    (
        "older guys say i owe them 20k and gave me till friday or theyll break my legs",
        "threat_to_life",
        "break_legs",
    ),
    (
        "they got nudes of me and say i have to meet them tonight or theyll send them to everyone",
        "violence_now",
        "nudes_leverage",
    ),
    ("they say i have to pay with my body", "forced_or_held", "pay_with_body"),
    ("theyre gonna bomb the school tomorrow", "weapon", "bomb_school_planned"),
    ("standing on the roof of my building rn", "suicidal", "on_the_roof_now"),
    ("said goodbye to my friends today, they dont know its goodbye", "suicidal", "secret_goodbye"),
    ("he says if i leave he'll kill me", "threat_to_life", "kill_me"),
]

MUST_STAY_QUIET: list[str] = [
    "jag sköt i stolpen på träningen",
    "mötet sköts upp till nästa vecka",
    "han sköt på mötet till fredag",
    "jag blöder näsblod efter fotbollen",
    "jag blöder från näsan efter fotbollen",
    "kompisarna bankar på dörren för festen",
    "brandlarmet gick i skolan idag",
    "dom kommer till festen ikväll",
    "han tvingade mig att göra läxan",
    "ligger o skakar av skratt",
    "vi hoppar från bryggan i sjön",
    "den nya låten e en bomb asså",
    "vi tankade bensin på macken",
    "kan du lägga ett brev i brevlådan ikväll",
    "i got a bleeding nose after football",
    "they're knocking on the door for the party",
    "the fire alarm went off in school",
    "leg day broke my legs lol",
    "we watched a film where someone fired shots",
    "im ending it with my girlfriend",
    "he handed me a piece of paper",
    "they have me on the team this season",
    "this track is on fire",
    "the crowd was screaming at the concert",
    "its my turn to shoot in basketball",
    "stamping my feet to the music",
    "my friends are coming over for dinner",
    "the jeans are fitting nicely",
]

MUST_FIRE = [(text, category, pattern_id, "sv") for text, category, pattern_id in MUST_FIRE_SV] + [
    (text, category, pattern_id, "en") for text, category, pattern_id in MUST_FIRE_EN
]


@pytest.mark.parametrize(("text", "category", "pattern_id", "language"), MUST_FIRE)
def test_reported_kind_of_message_shows_the_card(
    detector: DangerDetector, text: str, category: str, pattern_id: str, language: str
) -> None:
    assert_fires(detector, text, category, language, pattern_id)


@pytest.mark.parametrize("text", MUST_STAY_QUIET)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(("text", "category", "pattern_id", "language"), MUST_FIRE)
def test_reported_kind_of_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, text: str, category: str, pattern_id: str, language: str
) -> None:
    assert_fires_beside(detector, text, category, MUST_STAY_QUIET)
