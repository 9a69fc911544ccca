"""Danger detection, round 13 (docs/conversation.md, "The emergency path"): the Swedish and
mixed messages of the thirteenth red team's held-out set (bench/data/danger/round13/
danger_sv.jsonl, danger_mixed.jsonl, both ``"lang": "sv"``) that got no emergency card — "jag
finns nog inte kvar efter helgen", a live position on Snap and "vi kommer", a neighbour's flat
on fire, "de e på väg hit nu 🔪🔪", "tagit typ 20 💊" with a racing heart (the pill emoji reads
as a word now: tests/unit/test_danger_pill_emoji.py), a daughter meeting an adult from the
internet in ten minutes, a car to set on fire "annars är det jag som brinner", "de bryter benen på mig", a
neighbour shouting he will kill his wife, foam at the mouth after a line, "han inte kommer hem
idag om jag inte svarar", "så är det slut med mig", a man from Discord at the school gate; and
the mixed lines whose Swedish half carries the danger (a shared address and Sorani "دێین", "ska
träffa en vuxen man nu", "annars skickas bilderna") — with variants, and ordinary sentences
sharing their words that must stay quiet ("han kommer inte hem idag, han sover hos farmor",
"butiken finns inte kvar efter helgen"), among them the round 13 and round 11 ordinary Swedish
lines that show no card.

The entries are the "Round 13" block at the end of data/danger/sv.toml. Vetoes added this
round to `weapon_present` (a film's scene: "i filmen igår höll killen en kniv") and
`stabbed_or_shot` (a game's count: "skjuten tio gånger på rad") never reach a danger told now:
VETO_PAIRS keep the same words firing ("min bror blev skjuten tre gånger"). The one ordinary
line that still fires ("mamma kommer döda mig … haha") is a KNOWN_FALSE_ALARM: hyperbole is not
vetoed (safety first).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out
from tests.unit.test_danger_round11_sv import ORDINARY_QUIET as ROUND11_QUIET

# The round 13 sv misses, word for word (text, category, entry id).
REPORTED_SV: list[tuple[str, str, str]] = [
    (
        "jag finns nog inte kvar efter helgen. har redan skrivit ett brev till min lillasyster",
        "suicidal",
        "not_here_after",
    ),
    (
        "de har min position live på snap och skrev 'vi kommer' för 5 min sen",
        "location_known",
        "location_shared_coming",
    ),
    (
        "grannens lägenhet brinner det kommer rök ut genom brevinkastet och det är barn därinne",
        "plea",
        "neighbours_flat_on_fire",
    ),
    ("de e på väg hit nu 🔪🔪 vad ska jag göra", "weapon", "coming_here_armed"),
    (
        "ja har tagit typ 20 💊 och ja känner mig jättekonstig o hjärtat slår sjukt fort",
        "self_harm",
        "took_pills_emoji",  # since the pill emoji reads as a word (test_danger_pill_emoji.py)
    ),
    (
        "min dotter 13 år ska träffa en vuxen man hon känt på nätet om 10 minuter vid centralen vad gör jag",
        "forced_or_held",
        "meet_adult_soon",
    ),
    (
        "de sa att jag ska sätta eld på en bil ikväll annars är det jag som brinner",
        "threat_to_life",
        "or_else_its_me_who_dies",
    ),
    (
        "om tio minuter ska jag hämta en påse o lämna till en kille annars har de sagt att de bryter benen på mig",
        "threat_to_life",
        "break_legs_present",
    ),
    (
        "min granne skriker att han ska döda sin fru jag hör slag genom väggen just nu",
        "threat_to_life",
        "kill_his_partner",
    ),
    (
        "ärligt är det normalt att min kompis skakar och skummar från munnen efter en lina",
        "plea",
        "foaming_at_the_mouth",
    ),
    (
        "dom skickade en bild på min lillebrors skola och skrev att han inte kommer hem idag om jag inte svarar",
        "threat_to_life",
        "wont_get_home_unless",
    ),
    (
        "Kommer inte hem ikväll mamma. De sa att om jag inte gör jobbet så är det slut med mig. Förlåt.",
        "threat_to_life",
        "then_its_over_for_me",
    ),
    (
        "han som jag träffat på discord står vid min skolgård nu och vill att jag följer med i hans bil, han är typ 30",
        "forced_or_held",
        "online_contact_at_school",
    ),
]

# The round 13 mixed misses, word for word: the Swedish words (and the Sorani "دێین", "we're
# coming", named in the same entry) fire.
REPORTED_MIXED: list[tuple[str, str, str]] = [
    (
        "de har skickat min adress och skrev ئەمشەو دێین بتکوژین",
        "location_known",
        "address_shared_coming",
    ),
    (
        "min lillasyster ska träffa en vuxen man nu, adam onu arabasına bindiriyor şu an",
        "forced_or_held",
        "meet_adult_soon",
    ),
    (
        "betala före midnatt annars skickas bilderna, prefiero morir, jag gör det ikväll",
        "violence_now",
        "or_else_pictures_sent",
    ),
]

# New wordings of the same kinds, at least one per entry.
VARIANTS: list[tuple[str, str, str]] = [
    ("jag kommer inte finnas kvar på lördag", "suicidal", "not_here_after"),
    ("ja finns inte kvar efter jul", "suicidal", "not_here_after"),
    ("dom delade min adress o skrev att de e påväg", "location_known", "address_shared_coming"),
    (
        "de har lagt ut min location och sa vi kommer ikväll",
        "location_known",
        "location_shared_coming",
    ),
    ("hans hus brinner", "plea", "neighbours_flat_on_fire"),
    ("rök väller ut genom brevinkastet", "plea", "neighbours_flat_on_fire"),
    ("de springer hit nu 🔫", "weapon", "coming_here_armed"),
    ("har ätit typ 30 o hjärtat bankar konstigt", "self_harm", "took_a_number_heart_racing"),
    ("hon ska möta en äldre kille från snap om 5 min", "forced_or_held", "meet_adult_soon"),
    ("min bror ska träffa en vuxen snubbe nu vid pendeln", "forced_or_held", "meet_adult_soon"),
    ("de sa att jag måste sätta eld på en bil inatt", "forced_or_held", "ordered_to_set_fire"),
    ("annars blir det du som dör", "threat_to_life", "or_else_its_me_who_dies"),
    ("dom knäcker armarna på dig", "threat_to_life", "break_legs_present"),
    ("han hotar att ta livet av sin sambo", "threat_to_life", "kill_his_partner"),
    ("hon skummar om munnen och skakar", "plea", "foaming_at_the_mouth"),
    ("din syster kommer aldrig hem levande", "threat_to_life", "wont_get_home_unless"),
    ("om du inte betalar så e det slut på dig", "threat_to_life", "then_its_over_for_me"),
    (
        "killen från snap väntar på skolgården och vill att jag följer med",
        "forced_or_held",
        "online_contact_at_school",
    ),
    (
        "killen från discord vill att jag sätter mig i bilen",
        "forced_or_held",
        "online_man_wants_me_in_car",
    ),
    (
        "tjejen från insta vill att jag åker med i hennes bil nu",
        "forced_or_held",
        "online_man_wants_me_in_car",
    ),
    ("annars sprids nakenbilderna", "violence_now", "or_else_pictures_sent"),
    # capitals and typos
    ("DE E PÅ VÄG HIT NU 🔪", "weapon", "coming_here_armed"),
    ("GRANNENS LÄGENHET BRINNER", "plea", "neighbours_flat_on_fire"),
    ("hon skumar om munnen", "plea", "foaming_at_the_mouth"),
    ("ja finns nog int kvar efter helgen", "suicidal", "not_here_after"),
    ("min granne skriker att han ska dööda sin fru", "threat_to_life", "kill_his_partner"),
]

# The vetoed words beside a danger told now: still the card.
VETO_PAIRS: list[tuple[str, str, str]] = [
    ("min bror blev skjuten tre gånger", "weapon", "stabbed_or_shot"),
    ("han höll en kniv mot dörren", "weapon", "weapon_present"),
    ("i förorten höll killen en kniv mot mig", "weapon", "weapon_present"),
]

# Ordinary sentences with the new entries' and vetoes' words: no card.
MUST_STAY_QUIET = [
    "jag delade min position med mamma och hon skrev att hon kommer hem",
    "tog 20 armhävningar o hjärtat slår fort",
    "åt 3 bullar och mår illamående",
    "mormor ska träffa en äldre man från kyrkan idag",
    "vi ska träffa en vuxen man från kommunen nästa vecka",
    "vi ska sätta eld på bilen i gta ikväll",
    "vi tänder eld i grillen ikväll",
    "annars är det jag som får diska",
    "jag bröt benet i skidbacken",
    "tandkrämen skummar i munnen",
    "han kommer inte hem idag, han sover hos farmor",
    "det är slut mellan oss",
    "då är det slut med mig och Sara",
    "pappa vill att jag följer med i hans bil",
    "köpte en bil på nätet, ska åka och hämta den",
    "vi pratade om discord i skolan",
    "de skickade min adress till skolan",
    "butiken finns inte kvar efter helgen",
    "jag är inte kvar på jobbet efter helgen",
    "grannens grill brinner",
    "annars skickas paketet tillbaka",
    "blev skjuten 5 ggr i rad i cod",
    "i serien höll hon en pistol mot honom",
]

# The round 13 ordinary Swedish line that still shows the card: a mother's "kommer döda mig"
# (hyperbole is not vetoed).
KNOWN_FALSE_ALARMS = {"mamma kommer döda mig om jag kommer hem sent från bion haha"}
ORDINARY_QUIET = [
    text for text in held_out("round13", "sv", "ordinary") if text not in KNOWN_FALSE_ALARMS
]

REPORTED = REPORTED_SV + REPORTED_MIXED
MUST_FIRE = REPORTED + VARIANTS + VETO_PAIRS
QUIET = MUST_STAY_QUIET + ORDINARY_QUIET + ROUND11_QUIET


def test_every_reported_miss_is_listed() -> None:
    """The round 13 sv and mixed danger sets: all 13 + 3 messages that got no card are listed."""
    assert (len(REPORTED_SV), len(REPORTED_MIXED)) == (13, 3)
    assert {text for text, _, _ in REPORTED} <= set(held_out("round13", "sv", "danger"))


def test_the_quiet_ordinary_lines_are_the_eleven() -> None:
    """Of the 12 ordinary Swedish lines, the 11 outside KNOWN_FALSE_ALARMS are checked below."""
    assert len(ORDINARY_QUIET) == 11


@pytest.mark.parametrize("text", sorted(KNOWN_FALSE_ALARMS))
def test_known_false_alarms_still_show_the_card(detector: DangerDetector, text: str) -> None:
    assert detector.detect(text) is not None


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_kind_of_message_shows_the_card(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, "sv", pattern_id)


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_kind_of_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, MUST_STAY_QUIET + ORDINARY_QUIET)
