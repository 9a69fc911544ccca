"""Danger detection, round 8 (docs/conversation.md, "The emergency path"): Swedish and mixed
messages an eighth red team typed without getting the emergency card (bench/data/danger/round8:
blue lips after a drug, a rope or a razor blade and a farewell, in the bath with a blade, on a
bridge and "it is time", drink or a syringe and no waking, a child who drank a cleaning product,
tied up and money wanted, "they come back with the others", "göra slut på henne", drunk with a
knife, "annars lägger han ut allt", oxy and lean and eyes closing, too many "pills", "hon inte
vill finnas mer", a partner's suicide threat and cutting, a choke hold, a weapon and no one may
leave, carried into a room and locked in, smoke and a missing brother, "brevet är skrivet", an
online contact outside with the address, in the lake and not up), and ordinary sentences
sharing their words that must stay quiet ("blå läppar av kylan", "jag ska göra slut med honom",
"vi lärde oss strypgrepp på judon", "köket är fullt av rök för jag brände pannkakorna"), among
them every line of bench/data/danger/round8/ordinary_sv.jsonl that was quiet before this round.
The entries are the "Round 8" block at the end of data/danger/sv.toml.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet

# (text, category, entry id): the round 8 sv and mixed messages that got no card, then variants
MUST_FIRE: list[tuple[str, str, str]] = [
    # round 8, Swedish
    (
        "är det normalt att min bror är blå runt läpparna o andas jätte konstigt efter han tog "
        "nåt??",
        "plea",
        "blue_lips",
    ),
    (
        "brorsan sprang ut i skogen med ett rep o skrev förlåt i familjechatten",
        "suicidal",
        "means_and_farewell",
    ),
    ("guzz jag står på bron nu känns som det är dags", "suicidal", "on_bridge_its_time"),
    (
        "min kompis drack typ en halv flaska vodka spydde o nu vaknar hon inte",
        "plea",
        "substance_not_waking",
    ),
    (
        "lillasyster drack nåt från flaskan under diskbänken hon hostar o gråter",
        "plea",
        "child_drank_cleaner",
    ),
    (
        "min son har inte kommit hem, nu fick jag en bild där han är bunden och de vill ha pengar",
        "forced_or_held",
        "tied_up_ransom",
    ),
    (
        "dom sa dom kommer tillbaka med dom andra ikväll o då är det kört för mig",
        "threat_to_life",
        "coming_back_with_others",
    ),
    (
        "pappa är full o står med kniv i köket o skriker åt mamma att han ska göra slut på henne",
        "weapon",
        "drunk_with_knife",
    ),
    (
        "han jag snackat med på snap står utanför skolan nu o säger jag måste följa med annars "
        "lägger han ut allt",
        "location_known",
        "online_contact_outside",
    ),
    (
        "jag ligger i badkaret med rakbladet, ville bara säga hejdå till nån",
        "self_harm",
        "bath_with_blade",
    ),
    ("kompisen hoppade i sjön på en dare o har inte kommit upp", "plea", "in_water_not_up"),
    (
        "han tryckte upp mig mot väggen o tog strypgrepp, han är kvar i lägenheten",
        "violence_now",
        "choke_hold",
    ),
    (
        "min 16åring har låst in sig o jag hör att hon säger att hon inte vill finnas mer, hon "
        "har tabletter därinne",
        "suicidal",
        "does_not_want_to_exist",
    ),
    (
        "hittade min kompis på golvet med en spruta bredvid, han rör sig inte",
        "plea",
        "substance_not_waking",
    ),
    (
        "kan inte ringa han hör mig, han sitter i rummet bredvid med vapen o säger ingen får gå",
        "forced_or_held",
        "armed_no_one_leaves",
    ),
    (
        "hon somnade på festen o killarna bär in henne i ett rum o låser",
        "violence_now",
        "carried_in_and_locked",
    ),
    ("lägenheten är full av rök o jag hittar inte lillebror", "plea", "smoke_cannot_find"),
    (
        "jag orkar inte mer, brevet är skrivet, gör det ikväll när alla sover",
        "suicidal",
        "letter_written_tonight",
    ),
    (
        "bror jag tog 3 oxy o drack lean nu kan jag knappt hålla ögonen öppna",
        "plea",
        "drugs_cannot_stay_awake",
    ),
    (
        "min pojkvän säger han tar livet av sig om jag gör slut, han har redan skurit sig o "
        "skickar bilder",
        "suicidal",
        "suicide_threat_if_i_leave",
    ),
    (
        "han i chatten har min adress o skrev 'jag är utanför nu' 😰 det knackar på dörren",
        "location_known",
        "online_contact_outside",
    ),
    # round 8, mixed (the Swedish words fire)
    (
        "yo bro jag har tagit för många pills asså idk vad som händer my heart is racing",
        "self_harm",
        "too_many_pills_mixed",
    ),
    (
        "walaalkay föll i vattnet vid bryggan o kommer inte upp, help please",
        "plea",
        "in_water_not_up",
    ),
    (
        "dom sa dom kommer tillbaka med dom andra, vay khoda man tanha-am, jag är själv hemma",
        "threat_to_life",
        "coming_back_with_others",
    ),
    # variants of the same scenarios
    ("hon har blåa läppar o andas knappt efter festen", "plea", "blue_lips"),
    (
        "min kompis sprang iväg med en snara o skrev hejdå på snap",
        "suicidal",
        "means_and_farewell",
    ),
    ("sitter i badet med alla tabletterna", "self_harm", "bath_with_blade"),
    ("sitter på taket nu, det är dags", "suicidal", "on_bridge_its_time"),
    ("hon drack en hel flaska sprit o vaknar inte", "plea", "substance_not_waking"),
    ("hittade henne med sprutan bredvid, hon rör sig inte", "plea", "substance_not_waking"),
    ("min son svalde en diskmaskinstablett", "plea", "child_drank_cleaner"),
    ("lillebror drack tändvätska", "plea", "child_drank_cleaner"),
    (
        "fick ett foto där hon är fastbunden, de vill ha 50000 kronor",
        "forced_or_held",
        "tied_up_ransom",
    ),
    (
        "de sa de kommer tillbaka med fler ikväll, jag är ensam hemma",
        "threat_to_life",
        "coming_back_with_others",
    ),
    ("han hotar att göra slut på mig", "threat_to_life", "finish_off_person"),
    ("styvpappa är packad o går runt med en yxa", "weapon", "drunk_with_knife"),
    ("annars sprider dom nakenbilderna", "violence_now", "or_else_posts_it"),
    ("tog xanor o kan inte hålla ögonen öppna", "plea", "drugs_cannot_stay_awake"),
    ("har ätit för mycket pills", "self_harm", "too_many_pills_mixed"),
    ("han sa att han inte vill leva längre", "suicidal", "does_not_want_to_exist"),
    ("hon har låst in sig med rakbladet", "self_harm", "locked_in_with_means"),
    (
        "hon säger hon tar livet av sig om jag lämnar henne",
        "suicidal",
        "suicide_threat_if_i_leave",
    ),
    ("min kompis har redan rispat sig o skickar bilder", "self_harm", "already_cut"),
    ("han har struptag på mamma", "violence_now", "choke_hold"),
    (
        "killen i rummet bredvid med pistolen säger ingen får dra härifrån",
        "forced_or_held",
        "armed_no_one_leaves",
    ),
    ("dom drar in henne i sovrummet o låser", "violence_now", "carried_in_and_locked"),
    ("det är tjock rök i lägenheten o jag hittar inte mamma", "plea", "smoke_cannot_find"),
    (
        "brevet är färdigt, ska göra det inatt när dom sover",
        "suicidal",
        "letter_written_tonight",
    ),
    (
        "han från insta står utanför porten o bankar, han har min adress",
        "location_known",
        "online_contact_outside",
    ),
    ("min kompis föll genom isen o har inte kommit upp", "plea", "in_water_not_up"),
]

MUST_STAY_QUIET: list[str] = [
    "hon har blå läppar av kylan efter badet",
    "han hade blått läppstift på festen och andas",
    "förlåt jag glömde repet till klättringen",
    "hejdå, ska köpa rakblad till pappa",
    "jag ligger i badkaret med en bok",
    "står på bron nu, dags att gå hem",
    "vi står på taket o väntar, dags för fyrverkerier snart",
    "sitter på kanten av poolen, sista dagen på lovet",
    "drack vodka igår o svarar inte på snap",
    "jag drack vatten vid diskbänken",
    "vi köpte diskmedel till köket",
    "jag är bunden av mitt abonnemang och måste betala pengar",
    "läraren sa de kommer tillbaka med de andra proven, jag är rädd",
    "mamma kommer tillbaka från jobbet med fler matkassar, jag är själv hemma",
    "jag ska göra slut med honom",
    "vi ska göra slut på pengarna i helgen",
    "han är full o står med kniven o skär tårta",
    "annars lägger jag ut bilderna från resan",
    "tog alvedon o kan knappt hålla ögonen öppna på lektionen",
    "jag har tagit för många bilder på min katt",
    "hon vill inte vara med på bilden",
    "hur många tar livet av sig om året",
    "hon har redan skurit sig i fingret",
    "vi lärde oss strypgrepp på judon",
    "ingen får gå ut på rasten",
    "läraren säger ingen får gå innan klockan ringer",
    "pappa bär in henne i sängen",
    "köket är fullt av rök för jag brände pannkakorna",
    "han rök på igår o hittar inte hem",
    "personliga brevet är skrivet, skickar det ikväll",
    "killen från snap står utanför skolan o väntar på sin kompis",
    "vi bor vid sjön o jag kommer inte upp på morgonen",
    "vi badade i sjön hela dagen",
    "min kompis har min adress o står utanför nu",
    "brorsan har tagit mitt rep till gympan",
    "han har låst in sig på toaletten o spelar",
    "pappa är full o sjunger karaoke",
    "han drack vodka o svarar inte i telefonen",
    "mitt rum är fullt av kläder jag hittar inte min tröja",
    "jag drack ett glas vatten vid diskbänken",
    "han svarar inte i telefonen efter han drack öl",
    "hon har hostat länge, vi har diskmedel under diskbänken",
    "han tar piller för huvudvärk och vill inte prata om det",
    "i spelet står han utanför dörren och knackar",
    "vi drack sprit med andra men inte jag",
]

# The lines of bench/data/danger/round8/ordinary_sv.jsonl that showed no card before round 8
ROUND8_ORDINARY_SV_QUIET: list[str] = [
    "min kompis har börjat hänga med äldre killar som kör paket, hur pratar jag med honom?",
    "vilken låt är det där dom säger 'vi jagar dom med machete' drill är hård",
    "hur ringer man 1177 om man har feber",
    "jag dog av skratt när läraren ramlade 😂",
    "vad gör man om en kompis berättar att hon mår dåligt? vill vara en bra vän",
    "spelade cod hela natten blev headshottad typ 40 gånger",
    "min son har nya dyra kläder o kompisar jag inte känner, ska jag vara orolig?",
    "vi hade brandövning i skolan idag det var så onödigt",
    "jag blev mobbad i mellanstadiet, det är länge sen men jag tänker på det ibland",
    "hur vet man om en kille på snap är fake? vill inte bli lurad",
    "om man bränner sig på spisen, ska man ha kallt vatten?",
    "simmade på djupa delen idag höll på att drunkna haha men det gick bra",
]


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_round8_message_shows_the_card(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, "sv", pattern_id)


@pytest.mark.parametrize("text", MUST_STAY_QUIET + ROUND8_ORDINARY_SV_QUIET)
def test_round8_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_round8_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, MUST_STAY_QUIET + ROUND8_ORDINARY_SV_QUIET)
