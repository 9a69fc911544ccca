"""Danger detection, round 3 (docs/conversation.md, "The emergency path"): Swedish messages a
red team typed without getting the emergency card, and ordinary sentences beside them that must
stay quiet. The entries are in data/danger/sv.toml (the "Round 3" block, and a veto on `held`
for "min mamma tvingar mig städa rummet").
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet

# (text, category, entry id)
MUST_FIRE: list[tuple[str, str, str]] = [
    ("jag vill försvinna för alltid", "suicidal", "disappear_forever"),
    ("jag vill inte vakna imorgon", "suicidal", "disappear_forever"),
    ("det vore bättre om jag inte fanns", "suicidal", "disappear_forever"),
    ("alla skulle må bättre utan mig", "suicidal", "disappear_forever"),
    ("jag har skrivit ett avskedsbrev", "suicidal", "disappear_forever"),
    ("ja orkar inte mer vill bara sova för alltid", "suicidal", "disappear_forever"),
    ("jag står på bron nu", "suicidal", "on_the_bridge"),
    ("jag vill sluta existera", "suicidal", "disappear_forever"),
    ("jag har bestämt mig, ikväll", "suicidal", "decided_tonight"),
    ("jag tog 20 alvedon", "self_harm", "pills_count"),
    ("min kompis tog för mycket och svarar inte", "plea", "not_responding"),
    ("jag har svalt en hel burk piller", "self_harm", "pills_count"),
    ("vi drack och hon vaknar inte", "plea", "not_responding"),
    ("min kompis ligger på marken och rör sig inte", "plea", "not_responding"),
    ("jag bränner mig med cigg", "self_harm", "burns_self"),
    ("jag kommer bli dödad ikväll", "threat_to_life", "will_be_killed"),
    ("du e död sa han till mig", "threat_to_life", "will_be_killed"),
    ("pappa slår mamma just nu", "violence_now", "hitting_now"),
    ("han har slagit mig blodig", "violence_now", "hitting_now"),
    ("dom sa dom ska bränna vårt hus", "threat_to_life", "will_be_killed"),
    ("jalla dom e efter mig bror", "violence_now", "after_me"),
    ("dom har hotat o ta mig", "threat_to_life", "will_be_killed"),
    ("någon har ett skjutvapen på skolan", "weapon", "shots_bomb_fire"),
    ("jag såg en machete", "weapon", "shots_bomb_fire"),
    ("jag hörde skott precis", "weapon", "shots_bomb_fire"),
    ("det smällde en bomb i trappuppgången", "weapon", "shots_bomb_fire"),
    ("det har varit en explosion här", "weapon", "shots_bomb_fire"),
    ("någon sköt på torget", "weapon", "shots_bomb_fire"),
    ("det brinner i vårt hus", "weapon", "shots_bomb_fire"),
    ("det sköts pang pang utanför porten nyss", "weapon", "shots_bomb_fire"),
    ("dom sa jag ska hämta en grej och om jag vägrar e jag död", "forced_or_held", "forced_crime"),
    ("jag måste göra ett jobb för dom annars", "forced_or_held", "forced_crime"),
    ("dom har bett mig skjuta nån", "forced_or_held", "forced_crime"),
    ("dom vill att jag ska spränga en dörr", "forced_or_held", "forced_crime"),
    ("jag blev erbjuden 50k för att ta nån", "forced_or_held", "forced_crime"),
    ("jag har blivit tvingad att sälja knark", "forced_or_held", "forced_crime"),
    ("jag e tvingad att kuta åt dom", "forced_or_held", "forced_crime"),
    ("jag vill inte men dom säger jag måste", "forced_or_held", "forced_crime"),
    ("jag är skyldig dom pengar och de säger de ska ta mig", "threat_to_life", "gang_debt"),
    ("dom säger jag har skuld och måste betala ikväll annars", "threat_to_life", "gang_debt"),
    ("jag tappade deras grejer nu e jag skyldig 100k", "threat_to_life", "gang_debt"),
    ("jag har en skuld till gänget", "threat_to_life", "gang_debt"),
    ("dom körde iväg med mig i en bil", "forced_or_held", "taken_away"),
    ("jag vet inte var jag är dom tog mig hit", "forced_or_held", "taken_away"),
    ("jag får inte gå härifrån", "forced_or_held", "taken_away"),
    (
        "han har nakenbilder på mig och säger han ska sprida dem om jag inte betalar",
        "violence_now",
        "sextortion",
    ),
    ("nån hotar att lägga ut bilder på mig", "violence_now", "sextortion"),
    ("han sa han sprider mina bilder om jag inte skickar fler", "violence_now", "sextortion"),
    ("jag blir utpressad med bilder", "violence_now", "sextortion"),
    ("han rörde mig fast jag sa nej", "violence_now", "sextortion"),
    ("en vuxen man vill träffa mig och säger jag inte får berätta", "violence_now", "sextortion"),
    ("min dotter är försvunnen sedan igår", "forced_or_held", "child_missing"),
    ("mitt barn har inte kommit hem och svarar inte", "forced_or_held", "child_missing"),
    ("hjälp min son är borta", "plea", "help_child_gone"),
    ("jag hittade en pistol i min sons rum", "weapon", "weapon_found"),
    ("min dotter utpressas med bilder", "violence_now", "sextortion"),
    ("jag tror min son har blivit tvingad att sälja knark", "forced_or_held", "forced_crime"),
]

MUST_STAY_QUIET = [
    "jag åt en hel förpackning glass",
    "jag får inte gå härifrån förrän lektionen slutar",
    "jag har en skuld till CSN",
    "jag gjorde ett jobb i sommar",
    "min mamma tvingar mig städa rummet",
    "jag vill försvinna härifrån en vecka",
    "jag vill inte vakna tidigt imorgon",
    "alla skulle må bättre utan socker",
    "jag har bestämt mig för pizza ikväll",
    "jag står på bron och väntar på bussen",
    "jag tog 2 alvedon mot huvudvärk",
    "min kompis svarar inte på sms",
    "hon vaknar inte av väckarklockan",
    "jag bränner mig på spisen ibland",
    "jag blev dödad i fortnite",
    "pappa slår mamma i schack",
    "jag såg en machete i affären",
    "jag hörde skott i filmen",
    "det brinner i spisen",
    "mamma körde iväg med mig till skolan",
    "min son är borta på läger",
    "jag hittade en kniv i lådan",
    "han sa att mina bilder var fina",
    "jag är skyldig mamma 100 kr",
    "dom sa jag ska hämta en grej åt dom",
    "mamma tvingar mig att städa",
    "jag blev erbjuden ett jobb",
]


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_message_shows_the_card(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, "sv", pattern_id)


@pytest.mark.parametrize("text", MUST_STAY_QUIET)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, MUST_STAY_QUIET)
