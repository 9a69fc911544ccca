"""Danger detection, round 5 (docs/conversation.md, "The emergency path"): Swedish and English
messages of the kinds a fifth red team typed without getting the emergency card (asking for
police to be sent, "shots fired", "det låter som skott", a gun pointed at someone, bombs and
hand grenades, being held down, hiding while someone searches, deep cutting, slang threats
such as "sätta mig i blöt", "klippa mig", "wet me up", "get smoked", farewells, "sova för
evigt", "ODing", choking someone), written in other words too, and ordinary sentences beside
them that must stay quiet ("klippa mig hos frisören", "choking on my food", "cutting
vegetables", a question about the law on knives). The entries are the "Round 5" blocks at the
end of data/danger/sv.toml and data/danger/en.toml.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet

# (text, category, entry id)
MUST_FIRE_SV: list[tuple[str, str, str]] = [
    ("kan ni skicka polis till hallunda centrum", "plea", "send_police"),
    ("folk skriker det låter som skott", "weapon", "sounds_like_shots"),
    ("dom e här nu 😭😭 vad ska ja göra", "fear", "they_are_here_fear"),
    ("han pekade med en pistol på mig för 5 min sen", "weapon", "pointed_at_me"),
    ("dom gav mig en handgranat", "weapon", "bomb_in_hand"),
    ("lägenheten bredvid exploderade", "weapon", "explosion_nearby"),
    ("han håller fast mig och ja kan inte ringa", "violence_now", "held_down"),
    ("jag gömmer mig i garderoben han letar efter mig", "fear", "hiding_searched"),
    ("har ristat i armen hela natten", "self_harm", "carved_arm"),
    ("bror dom kommer sätta mig i blöt på riktigt", "threat_to_life", "kill_slang_wet"),
    ("fattar du dom ska klippa mig", "threat_to_life", "kill_slang_wet"),
    ("dom sa ja ska ta ut en snubbe i botkyrka", "threat_to_life", "kill_slang_wet"),
    ("säg hejdå till mamma från mig", "suicidal", "farewell_from_me"),
    ("orkar inte mer vill bara sova för evigt", "suicidal", "sleep_forever"),
    ("bättre för alla om jag inte fanns", "suicidal", "sleep_forever"),
    ("jag är så jävla rädd just nu", "fear", "scared"),
    ("det är ingen mening med nånting längre jag ger upp", "suicidal", "sleep_forever"),
    ("kan ni skicka polis till fittja centrum", "plea", "send_police"),
    ("skicka hit polisen snälla", "plea", "send_police"),
    ("skicka polis", "plea", "send_police_alone"),
    ("snälla skicka ambulans nu", "plea", "send_police"),
    ("det låter som skott utanför", "weapon", "sounds_like_shots"),
    ("det hördes som skottlossning på gården", "weapon", "sounds_like_shots"),
    ("dom e här nu vad ska ja göra", "fear", "they_are_here_fear"),
    ("de är utanför o jag är livrädd", "fear", "they_are_here_scared"),
    ("han riktade kniven mot mamma", "weapon", "pointed_at_me"),
    ("han pekade med en pistol på mig", "weapon", "pointed_at_me"),
    ("killen pekade pangen mot mej", "weapon", "pointed_at_me"),
    ("de vill att jag ska lägga en bomb vid porten", "weapon", "bomb_in_hand"),
    ("han gav mig en handgranat", "weapon", "bomb_in_hand"),
    ("har en bomb i väskan", "weapon", "bomb_in_hand"),
    ("huset mittemot exploderade", "weapon", "explosion_nearby"),
    ("lägenheten ovanför sprängdes nyss", "weapon", "explosion_nearby"),
    ("han håller fast mig", "violence_now", "held_down"),
    ("han höll fast henne mot golvet", "violence_now", "held_down"),
    ("han trycker ner mig i sängen", "violence_now", "held_down"),
    ("har ristat i armen igen", "self_harm", "carved_arm"),
    ("jag har skurit mig så djupt", "self_harm", "carved_arm"),
    ("hon skär i handleden", "self_harm", "carved_arm"),
    ("dom ska sätta honom i blöt", "threat_to_life", "kill_slang_wet"),
    ("gänget ska klippa mej", "threat_to_life", "kill_slang_wet"),
    ("jag måste ta ut en kille ikväll", "threat_to_life", "kill_slang_wet"),
    ("säg hejdå till pappa från mej", "suicidal", "farewell_from_me"),
    ("om nån hittar det här så är det redan för sent", "suicidal", "farewell_from_me"),
    ("vill bara somna för evigt", "suicidal", "sleep_forever"),
    ("vill sova för evigt", "suicidal", "sleep_forever"),
    ("allt vore bättre för familjen om jag inte levde", "suicidal", "sleep_forever"),
    ("det finns ingen mening med livet längre", "suicidal", "sleep_forever"),
    ("jag är så jävla rädd", "fear", "scared"),
    ("ja e skiträdd just nu", "fear", "scared"),
    ("dom sa annars e du rökt", "threat_to_life", "or_else_slang"),
    ("de har blivit drogad på festen tror jag", "plea", "drugged_me"),
    ("nån har drogat min drink", "plea", "drugged_me"),
    ("mina kompisar misshandlar en kille just nu", "violence_now", "stabbing_now"),
    ("dom har en tjej i bagageluckan", "forced_or_held", "in_the_boot"),
    ("jagad av ett gäng", "violence_now", "chased_by_gang"),
    ("de tvingar mig att sälja min kropp", "forced_or_held", "sell_body"),
    ("han har slagit sönder lägenheten", "violence_now", "smashed_everything"),
    ("dom lägger ut videon om jag inte betalar", "violence_now", "post_it_unless"),
    ("dom tog mitt id och jag får inte gå hem", "forced_or_held", "passport_taken"),
    ("nån kom och hämta mig snälla", "plea", "come_get_me"),
    ("hon har en kille i en bil med okända män", "forced_or_held", "car_with_strangers"),
    ("hon skrev att hon ska ta sitt liv", "suicidal", "other_dies_tonight"),
    ("han sa att han ska dö ikväll", "suicidal", "other_dies_tonight"),
    ("dom skickade en bild på min port med en pistol", "threat_to_life", "threat_picture"),
    ("ja ska gömma en gun åt dom", "weapon", "hide_gun"),
    ("dom har min adress och sa att dom kommer", "location_known", "address_coming"),
]

MUST_FIRE_EN: list[tuple[str, str, str]] = [
    ("pls send police to my address", "plea", "send_police"),
    ("shots fired outside my building right now", "weapon", "shots_fired"),
    ("gonna end it tonight sorry everyone", "suicidal", "end_it_tonight"),
    ("i dont wanna be here anymore", "suicidal", "wanna_not_be_here"),
    ("ive been cutting and its really deep this time", "self_harm", "cut_deep"),
    ("my friend is ODing", "self_harm", "is_oding"),
    ("stepdad choking my mum", "violence_now", "choking_someone"),
    ("bro im finna get smoked if i dont move this pack", "threat_to_life", "get_smoked"),
    ("they said they gonna wet me up", "threat_to_life", "get_smoked"),
    ("they want me to burn a car tonight", "forced_or_held", "burn_car"),
    ("pls send the cops to my house", "plea", "send_police"),
    ("send police here now", "plea", "send_police"),
    ("send ambulance asap", "plea", "send_police"),
    ("shots fired!!", "weapon", "shots_fired_alone"),
    ("shots fired near my school", "weapon", "shots_fired"),
    ("i can hear gunshots outside", "weapon", "shots_fired"),
    ("im gonna end it tonight", "suicidal", "end_it_tonight"),
    ("going to end it all tonight", "suicidal", "suicide"),
    ("i dont wanna be alive anymore", "suicidal", "wanna_not_be_here"),
    ("i dont wanna live anymore", "suicidal", "no_will_to_live"),
    ("i cut myself and its deep", "self_harm", "self_harm"),
    ("ive been cutting so deep", "self_harm", "cutting_again"),
    ("they sent me a pic of him tied up", "forced_or_held", "tied_up"),
    ("they tied me up", "forced_or_held", "tied_up"),
    ("im gonna get murked", "threat_to_life", "get_smoked"),
    ("they tryna wet him up", "threat_to_life", "get_smoked"),
    ("hes bout to get clapped", "threat_to_life", "get_smoked"),
    ("they want me to do a drill on an opp", "forced_or_held", "drill_on_someone"),
    ("do it or youre next", "forced_or_held", "drill_on_someone"),
    ("theres a gun in my room and its not mine", "weapon", "weapon_in_place"),
    ("im on the bridge thinking about jumping", "suicidal", "on_roof_jumping"),
    ("someone spiked my drink", "plea", "drugged"),
    ("i think i got roofied", "plea", "drugged"),
    ("im terrified theyre outside", "fear", "scared_theyre_coming"),
    ("they lock me in a room", "forced_or_held", "kept_and_made_to_sell"),
    ("my bro is overdosing", "self_harm", "is_oding"),
    ("hes ODing", "self_harm", "is_oding"),
    ("hes choking her", "violence_now", "choking_someone"),
    ("my dad is strangling my mum", "violence_now", "choking_someone"),
    ("they want me to torch his car", "forced_or_held", "burn_car"),
    ("they told me to set fire to the house", "forced_or_held", "burn_car"),
]

MUST_STAY_QUIET = [
    "klippa mig hos frisören",
    "ska klippa mig imorgon",
    "mamma ska klippa mig",
    "dom ska klippa mig kort",
    "skicka polisen ett tips om cykeln",
    "skicka ett mejl till polisen",
    "the movie shots were fired",
    "shots fired at the rival team lol",
    "choking on my food",
    "i choked on my water",
    "cutting vegetables",
    "ive been cutting onions",
    "that insult cut deep",
    "ristade in namnet i bänken",
    "vi ristade in våra namn i trädet",
    "vad är straffet för att bära kniv i sverige",
    "vad är lagen för att ha kniv",
    "han pekade på mig med pennan",
    "vi leker kurragömma jag gömmer mig och han letar efter mig",
    "håll fast dig nu",
    "hon håller fast vid sitt",
    "ska ta ut en kille ur laget",
    "det lät som skott i filmen",
    "gästerna är här nu",
    "de är här nu",
    "lägger en badbomb i badet",
    "det är ingen mening med att plugga",
    "jag är rädd för spindlar",
    "läste i tidningen att en lägenhet exploderade",
    "bomben exploderade i spelet",
    "send the police a tip about my bike",
    "we are gonna end it tonight with fireworks",
    "i dont wanna be here at school tomorrow",
    "im tied up at work",
    "got smoked in ranked again",
    "smoked salmon for dinner",
    "we have a fire drill on monday",
    "jumping on the trampoline",
    "im scared of spiders",
    "my mum will be here in five minutes",
    "i dont wanna go home yet",
    "we burned a cd in the car",
    "my dad will burn the house down with his cooking lol",
    "om jag inte betalar hyran blir det problem",
    "jag skrev brev till alla mina kompisar i sommarlägret",
    "vi sitter i bilen och vet inte vart vi ska äta",
    "jag ska använda kniven för att skära löken",
    "hon tog sitt liv i boken",
    "jag är jagad av deadlines",
    "jag vill sova länge på lördag",
    "säg hej till mamma från mig",
    "hälsa mormor från mig",
    "the news said shots were fired downtown yesterday",
    "we played cops and robbers",
    "in the game i get smoked every round",
    "min syster sticker till stan nu",
    "jag skickar polisen en bild på cykeln",
    "han håller min hand",
    "nån kastade en boll genom fönstret",
    "jag blöder näsblod förlåt att jag är sen",
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
