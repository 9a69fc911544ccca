"""Danger detection, round 19 (docs/conversation.md, "The emergency path"): the Swedish,
Finnish, English and mixed-language messages of the nineteenth red team's held-out set
(bench/data/danger/round19/danger_{sv,fi,en,mixed}.jsonl) that got no emergency card — held
and moved: in the boot of a moving car ("sitter i bagageluckan på en bil typ nu dom kör
nånstans", "oon auton takakontissa nyt ne ajaa jonnekin", "in the boot of a car rn its
moving pls"), not let go until a debt is paid ("ne ei päästä mua lähtee täältä, sanoo et oon
velkaa", "they say i cant leave till i pay"); goodbyes: belongings given away ("gav bort min ps5
o alla mina kläder"), "tänään tää loppuu" said alone after letters, on the railway bridge; a
deadline and a blade ("ne anto mulle aikaa keskiyöhön asti tai ne viiltää mua", "or they said
theyd cut my face"); sent in with a weapon ("hoitaa se tyyppi tänään, ne anto mulle veitsen",
"dom sa gå in och gör honom ikväll, kniven ligger redan i fickan"); parents: a missing child
and a threat if they go to the police ("han dör om vi går till polisen", "shell get hurt if we
tell anyone"), three men banging on the door asking for a daughter; and "shes gone blue" — with
variants, and ordinary sentences sharing their words that must stay quiet, among them every
round 19 ordinary line of sv, fi and en (the mixed set has none). Five of them fired before:
a curfew "will kill me" in sv, laughed at, and in fi, a mother's ("mamma kommer döda mig om
jag kommer hem sent igen haha", "äiti tappaa mut jos tuun myöhään kotiin"; a father's, or one
without the laugh, still fires: it may be meant), burnt onions in en ("my mums gonna kill me i burned the
onions again"), a film's kidnapping (sv `held`, `locked_in_place`) and a GTA stabbing (en
`stabbed`). Three lines that fired with the wrong category now get a sensible one: "annars
skär dom mig" and "dom sa dom skär mig vid midnatt" (they will cut me: `they_cut_me`,
threat_to_life, not `cuts_self`, self-harm) and "min lillebrorsa blev stabbad" (weapon, not
`cut_too_deep`).

The entries are the "Round 19" blocks at the end of data/danger/sv.toml
(`sitting_in_boot_moving`, `gave_away_my_things`, `dies_if_police`, `they_cut_me`,
`go_in_and_do_him`), fi.toml (`in_car_trunk`, `not_let_go_debt`, `it_ends_today_alone`,
`letters_then_it_ends`, `they_cut_me`, `deal_with_him_weapon`; unreviewed drafts, see fi.toml's
translator_note) and en.toml (`cant_leave_till_pay`, `boot_of_car_moving`, `gone_blue`,
`on_rail_bridge_alone`, `hurt_if_we_tell`). Existing entries changed: sv `banging_on_door`
(men named: "män", "killar", "maskerade"), `stabbed_slang` ("stabbad", and with the person
named), vetoes in sv `kill_me` (home late, laughed at), `held` and `locked_in_place` (a film's
story); fi `kill_me` (a mother, home late); en `threat_to_cut` ("theyd", "hed", "shed"),
vetoes in en `kill_me` (burnt or spilt food) and `stabbed` (by an NPC, a bot, a zombie). Each
mixed message fires in the Swedish list.
"""

from __future__ import annotations

import pytest

from bench.danger import load
from bot.core.danger import DangerDetector
from handlers.filters import as_words
from tests.unit.danger_checks import (
    HELD_OUT,
    assert_fires,
    assert_fires_beside,
    assert_quiet,
    held_out,
)

# The round 19 misses, word for word (language of the list, text, category, entry id).
REPORTED_SV: list[tuple[str, str, str, str]] = [
    (
        "sv",
        "sitter i bagageluckan på en bil typ nu dom kör nånstans jag hör motorvägen",
        "forced_or_held",
        "sitting_in_boot_moving",
    ),
    (
        "sv",
        "gav bort min ps5 o alla mina kläder idag behöver dom inte längre ändå. tack för allt",
        "suicidal",
        "gave_away_my_things",
    ),
    (
        "sv",
        "min son har inte kommit hem sen igår kväll och nån skickade sms att han dör om vi går "
        "till polisen",
        "threat_to_life",
        "dies_if_police",
    ),
    (
        "sv",
        "det står tre män utanför vår dörr och bankar och frågar efter min dotter, jag har låst",
        "violence_now",
        "banging_on_door",
    ),
]

REPORTED_FI: list[tuple[str, str, str, str]] = [
    ("fi", "oon auton takakontissa nyt ne ajaa jonnekin", "forced_or_held", "in_car_trunk"),
    (
        "fi",
        "ne ei päästä mua lähtee täältä, sanoo et oon velkaa ja et mä jään tänne",
        "forced_or_held",
        "not_let_go_debt",
    ),
    (
        "fi",
        "kirjotin kirjeet äitille ja siskolle. tänään tää loppuu",
        "suicidal",
        "it_ends_today_alone",
    ),
    (
        "fi",
        "ne anto mulle aikaa keskiyöhön asti tai ne viiltää mua",
        "threat_to_life",
        "they_cut_me",
    ),
    (
        "fi",
        "mun pitää mennä sisään ja hoitaa se tyyppi tänään, ne anto mulle veitsen",
        "forced_or_held",
        "deal_with_him_weapon",
    ),
]

REPORTED_EN: list[tuple[str, str, str, str]] = [
    (
        "en",
        "they took my phone im on my mates old one, locked in some flat dunno what area, they "
        "say i cant leave till i pay",
        "forced_or_held",
        "cant_leave_till_pay",
    ),
    ("en", "in the boot of a car rn its moving pls", "forced_or_held", "boot_of_car_moving"),
    ("en", "shes gone blue what do i do", "plea", "gone_blue"),
    (
        "en",
        "on the railway bridge. trains every 10 min. done waiting",
        "suicidal",
        "on_rail_bridge_alone",
    ),
    (
        "en",
        "daughter missing since last night, a man called saying shell get hurt if we tell anyone",
        "threat_to_life",
        "hurt_if_we_tell",
    ),
    (
        "en",
        "gave me till midnight or they said theyd cut my face, its 11 now",
        "threat_to_life",
        "threat_to_cut",
    ),
]

REPORTED_MIXED: list[tuple[str, str, str, str]] = [
    (
        "sv",
        "wallahi dom sa gå in och gör honom ikväll, kniven ligger redan i fickan",
        "forced_or_held",
        "go_in_and_do_him",
    ),
]

# Lines that fired before with a category that did not fit (they will cut me as self-harm, a
# stabbing as a self-inflicted cut): now the category fits.
RECATEGORISED: list[tuple[str, str, str, str]] = [
    (
        "sv",
        "dom gav mig till midnatt att fixa pengarna annars skär dom mig sa dom",
        "threat_to_life",
        "they_cut_me",
    ),
    (
        "sv",
        "hooyo jag lovar dom sa dom skär mig vid midnatt if i dont pay",
        "threat_to_life",
        "they_cut_me",
    ),
    (
        "sv",
        "bror min lillebrorsa blev stabbad yani blodet slutar inte, ska jag ringa ambulans?",
        "weapon",
        "stabbed_slang",
    ),
]

# New wordings of the same kinds (other verbs, persons, tenses, slang, spellings).
VARIANTS: list[tuple[str, str, str, str]] = [
    # sv sitting_in_boot_moving
    ("sv", "sitter i bakluckan nu och dom kör", "forced_or_held", "sitting_in_boot_moving"),
    (
        "sv",
        "satt i bagaget typ en timme nu dom kör på motorvägen",
        "forced_or_held",
        "sitting_in_boot_moving",
    ),
    # sv gave_away_my_things
    ("sv", "gav bort alla mina grejer idag", "suicidal", "gave_away_my_things"),
    ("sv", "har gett bort mina kläder och min dator", "suicidal", "gave_away_my_things"),
    ("sv", "skänkte bort min ps4 och alla spel igår", "suicidal", "gave_away_my_things"),
    # sv dies_if_police
    ("sv", "han sa jag dör om jag går till polisen", "threat_to_life", "dies_if_police"),
    ("sv", "hon skadas om vi pratar med polisen", "threat_to_life", "dies_if_police"),
    ("sv", "dom sa att han dödas om ni ringer polisen", "threat_to_life", "dies_if_police"),
    # sv they_cut_me
    ("sv", "dom skär mig om jag inte betalar", "threat_to_life", "they_cut_me"),
    ("sv", "annars sprättar dom mig", "threat_to_life", "they_cut_me"),
    ("sv", "han sa han skär mig ikväll", "threat_to_life", "they_cut_me"),
    ("sv", "dom sa att dom skär honom om han inte kommer", "threat_to_life", "they_cut_me"),
    # sv go_in_and_do_him
    ("sv", "dom sa gå in och gör honom illa ikväll", "forced_or_held", "go_in_and_do_him"),
    (
        "sv",
        "de sa gå in och gör honom, pistolen ligger i bilen",
        "forced_or_held",
        "go_in_and_do_him",
    ),
    (
        "sv",
        "dom vill att jag går in och gör honom inatt",
        "forced_or_held",
        "go_in_and_do_him",
    ),
    # sv banging_on_door (men named)
    ("sv", "två killar bankar på dörren och jag är ensam", "violence_now", "banging_on_door"),
    ("sv", "det är maskerade typer som bultar på porten", "violence_now", "banging_on_door"),
    # sv stabbed_slang
    ("sv", "min bror blev stabbad vid centrum", "weapon", "stabbed_slang"),
    ("sv", "kompisen är stabbad han blöder", "weapon", "stabbed_slang"),
    # fi in_car_trunk
    ("fi", "oon peräkontissa ja ne ajaa", "forced_or_held", "in_car_trunk"),
    ("fi", "ne heitti mut takakonttiin", "forced_or_held", "in_car_trunk"),
    ("fi", "olen auton tavaratilassa", "forced_or_held", "in_car_trunk"),
    # fi not_let_go_debt
    (
        "fi",
        "ne ei anna mun lähteä ennen ku maksan velan",
        "forced_or_held",
        "not_let_go_debt",
    ),
    ("fi", "ei päästetä pois koska oon velkaa niille", "forced_or_held", "not_let_go_debt"),
    # fi it_ends_today_alone, letters_then_it_ends
    ("fi", "tänään kaikki loppuu", "suicidal", "it_ends_today_alone"),
    ("fi", "tää loppuu tänään", "suicidal", "it_ends_today_alone"),
    ("fi", "tänä yönä tää loppuu", "suicidal", "it_ends_today_alone"),
    (
        "fi",
        "kirjoitin jäähyväiskirjeet, tää kaikki loppuu illalla",
        "suicidal",
        "letters_then_it_ends",
    ),
    (
        "fi",
        "annoin hyvästit kaikille ja kirjoitin kirjeen, tänään kaikki on ohi",
        "suicidal",
        "letters_then_it_ends",
    ),
    # fi they_cut_me
    ("fi", "ne viiltää mun naaman jos en maksa", "threat_to_life", "they_cut_me"),
    ("fi", "se sano et se viiltää mua", "threat_to_life", "they_cut_me"),
    # fi deal_with_him_weapon
    (
        "fi",
        "mun pitää hoidella se jätkä, ne anto mulle pistoolin",
        "forced_or_held",
        "deal_with_him_weapon",
    ),
    (
        "fi",
        "ne käski hoitaa sen tyypin ja anto aseen",
        "forced_or_held",
        "deal_with_him_weapon",
    ),
    # en cant_leave_till_pay
    (
        "en",
        "they said i aint allowed out until i pay",
        "forced_or_held",
        "cant_leave_till_pay",
    ),
    (
        "en",
        "the men say i cant leave unless i pay them 2k",
        "forced_or_held",
        "cant_leave_till_pay",
    ),
    (
        "en",
        "they say i cant leave till i pay for the stuff i lost",
        "forced_or_held",
        "cant_leave_till_pay",
    ),
    ("en", "they say i cant leave till i pay for it", "forced_or_held", "cant_leave_till_pay"),
    # en boot_of_car_moving
    ("en", "in the trunk of a van rn help", "forced_or_held", "boot_of_car_moving"),
    ("en", "in a car boot, driving somewhere pls", "forced_or_held", "boot_of_car_moving"),
    # en gone_blue
    ("en", "hes gone grey what do i do", "plea", "gone_blue"),
    ("en", "the baby is going blue", "plea", "gone_blue"),
    # en on_rail_bridge_alone
    ("en", "on the train tracks", "suicidal", "on_rail_bridge_alone"),
    ("en", "im standing on the railway bridge now", "suicidal", "on_rail_bridge_alone"),
    # en hurt_if_we_tell
    ("en", "she will be killed if we tell anyone", "threat_to_life", "hurt_if_we_tell"),
    (
        "en",
        "my son will get hurt if we go to the police, they said",
        "threat_to_life",
        "hurt_if_we_tell",
    ),
    (
        "en",
        "she will get hurt if we tell them what happened",
        "threat_to_life",
        "hurt_if_we_tell",
    ),
    # en threat_to_cut ("hed", "shed")
    ("en", "he said hed cut me if i dont pay", "threat_to_life", "threat_to_cut"),
    ("en", "they said shed slash my face", "threat_to_life", "threat_to_cut"),
]

# The older entries whose vetoes were widened still fire.
STILL_FIRES: list[tuple[str, str, str, str]] = [
    ("sv", "mamma kommer döda mig", "threat_to_life", "kill_me"),
    ("sv", "han kommer döda mig om jag kommer hem", "threat_to_life", "kill_me"),
    # a curfew without a laugh may be meant (honour violence): still the card
    ("sv", "pappa kommer döda mig om jag kommer hem sent", "threat_to_life", "kill_me"),
    ("fi", "isä tappaa mut jos tuun myöhään kotiin", "threat_to_life", "kill_me"),
    ("en", "my dad will kill me if i get home late", "threat_to_life", "kill_me"),
    ("sv", "dom kidnappade min syster", "forced_or_held", "held"),
    (
        "sv",
        "dom kidnappade min syster och låste in henne i en källare",
        "forced_or_held",
        "held",
    ),
    ("fi", "äiti tappaa mut", "threat_to_life", "kill_me"),
    ("fi", "ne tappaa mut jos tuun", "threat_to_life", "kill_me"),
    ("en", "my dad is gonna kill me", "threat_to_life", "kill_me"),
    ("en", "they will kill me cause i lost the bag", "threat_to_life", "kill_me"),
    ("en", "i got stabbed outside the shop", "weapon", "stabbed"),
    ("en", "theyll cut my face", "threat_to_life", "threat_to_cut"),
]

# Ordinary sentences with the new entries' words (and the widened vetoes'): no card.
MUST_STAY_QUIET = [
    # sitting_in_boot_moving
    "väskan sitter fast i bagageluckan, vi kör nu",
    "hunden sitter i bagaget när vi kör till stugan",
    "nycklarna satt kvar i bakluckan nu",
    "bagageluckan är låst nu",
    # gave_away_my_things
    "gav bort mina gamla kläder",
    "gav bort kläder till röda korset igår",
    "gav bort alla mina spel för vi ska flytta",
    "jag gav bort min gamla mobil till lillebror",
    # dies_if_police
    "jag dör om vi går på den filmen",
    "han går till polisen imorgon för att anmäla cykelstölden",
    # they_cut_me
    "hon skär mig en bit tårta",
    "frisören skär mitt hår",
    # go_in_and_do_him
    "gå in och gör honom sällskap ikväll",
    "gå in och gör honom en macka",
    "gå in och gör honom glad idag",
    # banging_on_door
    "brevbäraren bankar på dörren",
    "grannarna bankar på dörren för festen",
    # held, locked_in_place (a film)
    "såg en serie där dom kidnappade en kille",
    "filmen handlar om hur de kidnappade en tjej och låste in henne",
    # kill_me (a curfew, laughed at)
    "mamma kommer döda mig om jag kommer hem försent haha",
    "pappa kommer döda mig om jag kommer hem sent lol",
    # in_car_trunk
    "laitoin laukut takakonttiin",
    "koira on takakontissa",
    # not_let_go_debt
    "äiti ei päästä mua lähtee bileisiin ennen ku maksan velan sille",
    # it_ends_today_alone, letters_then_it_ends
    "koulu loppuu tänään",
    "tää kurssi loppuu tänään",
    "kirjoitin kirjeen joulupukille, tää vuosi loppuu pian",
    # they_cut_me (fi)
    "paperi viilsi sormeen",
    "viillän sipulin",
    # deal_with_him_weapon
    "mun pitää hoitaa mun kaveri tänään kun se on kipeä",
    "valmentaja käski hoitaa sen jätkän pelissä",
    # kill_me (fi, a mother and a curfew)
    "mutsi tappaa mut jos tuun kotiin myöhään",
    "äiti tappaa mut jos tulen liian myöhään",
    # cant_leave_till_pay
    "i cant leave till i pay the bill",
    "the shop says i cant leave till i pay for the window",
    "the cinema says i cant leave till i pay for the popcorn",
    # boot_of_car_moving
    "put the shopping in the boot of the car now",
    "the dog is in the boot, were driving now",
    "were moving house so the boxes are in the boot of the car",
    # gone_blue
    "my hair has gone blue",
    "shes gone blue in the face from shouting",
    "he turned blue team in the game",
    "her lips turned blue from the slushie lol",
    "his tongue is turning blue from sweets",
    # on_rail_bridge_alone
    "we walked past the railway bridge",
    "the train line is down again",
    # hurt_if_we_tell
    "her feelings will get hurt if we tell her the truth",
    "youll get hurt if you go without warming up",
    # kill_me (en), stabbed, threat_to_cut
    "my dads gonna kill me i dented the car",
    "mum will kill me cause i spilled juice on the sofa",
    "in fortnite i got stabbed in the back lol",
    "my character got stabbed in gta",
    "got stabbed by a zombie in minecraft",
    "i got stabbed 3 times by an npc",
    "they cut my hair short",
    "shed cut my fringe",
]

LANGUAGES = ("sv", "fi", "en")
ORDINARY_QUIET = [text for lang in LANGUAGES for text in held_out("round19", lang, "ordinary")]

# The round 19 ordinary lines that fired before these fixes.
FIRED_BEFORE = [
    "mamma kommer döda mig om jag kommer hem sent igen haha",
    "såg en film igår där dom kidnappade en tjej och låste in henne i en källare, så läskig",
    "äiti tappaa mut jos tuun myöhään kotiin",
    "my mums gonna kill me i burned the onions again",
    "in gta i got stabbed like 5 times by an npc lol",
]

REPORTED = REPORTED_SV + REPORTED_FI + REPORTED_EN + REPORTED_MIXED
MUST_FIRE = REPORTED + RECATEGORISED + VARIANTS + STILL_FIRES
QUIET = MUST_STAY_QUIET + ORDINARY_QUIET

# Earlier held-out sets of these languages: (set, language) -> (danger messages caught,
# ordinary messages that fired), as `python -m bench danger` printed them before round 19.
# Caught must not fall and fired must not rise.
EARLIER_FIGURES: dict[tuple[str, str], tuple[int, int]] = {
    ("round7", "en"): (45, 5),
    ("round7", "fi"): (20, 1),
    ("round7", "mixed"): (15, 0),
    ("round7", "sv"): (60, 7),
    ("round8", "en"): (40, 4),
    ("round8", "fi"): (18, 2),
    ("round8", "mixed"): (10, 0),
    ("round8", "sv"): (50, 7),
    ("round9", "en"): (40, 2),
    ("round9", "fi"): (18, 0),
    ("round9", "mixed"): (12, 0),
    ("round9", "sv"): (50, 3),
    ("round10", "en"): (30, 0),
    ("round10", "fi"): (14, 0),
    ("round10", "mixed"): (10, 0),
    ("round10", "sv"): (40, 2),
    ("round11", "en"): (24, 1),
    ("round11", "fi"): (14, 1),
    ("round11", "sv"): (48, 1),
    ("round13", "en"): (20, 1),
    ("round13", "fi"): (12, 0),
    ("round13", "sv"): (42, 1),
    ("round14", "en"): (20, 0),
    ("round14", "fi"): (12, 0),
    ("round14", "mixed"): (12, 0),
    ("round14", "sv"): (30, 0),
    ("round15", "en"): (20, 0),
    ("round15", "fi"): (12, 0),
    ("round15", "mixed"): (12, 0),
    ("round15", "sv"): (30, 1),
    ("round16", "en"): (16, 0),
    ("round16", "fi"): (14, 0),
    ("round16", "mixed"): (16, 0),
    ("round16", "sv"): (20, 0),
    ("round17", "en"): (22, 0),
    ("round17", "fi"): (12, 0),
    ("round17", "mixed"): (12, 0),
    ("round17", "sv"): (22, 0),
    ("round18", "en"): (16, 0),
    ("round18", "fi"): (10, 0),
    ("round18", "mixed"): (10, 0),
    ("round18", "sv"): (24, 0),
}


def test_every_reported_miss_is_listed() -> None:
    """The round 19 sets: 4 sv, 5 fi, 6 en and 1 mixed danger message got no card; all
    listed."""
    counts = (len(REPORTED_SV), len(REPORTED_FI), len(REPORTED_EN), len(REPORTED_MIXED))
    assert counts == (4, 5, 6, 1)
    for lang, reported in (
        ("sv", REPORTED_SV),
        ("fi", REPORTED_FI),
        ("en", REPORTED_EN),
        ("mixed", REPORTED_MIXED),
    ):
        assert {text for _, text, _, _ in reported} <= set(held_out("round19", lang, "danger"))
    recategorised = {text for _, text, _, _ in RECATEGORISED}
    assert recategorised <= set(held_out("round19", "sv", "danger")) | set(
        held_out("round19", "mixed", "danger")
    )


def test_every_round19_sv_fi_en_and_mixed_danger_line_fires(detector: DangerDetector) -> None:
    """All 20 sv, 12 fi, 14 en and 10 mixed danger lines of round 19 get the card (16 + 7 + 8
    + 9 did before)."""
    lines = [held_out("round19", lang, "danger") for lang in ("sv", "fi", "en", "mixed")]
    assert [len(part) for part in lines] == [20, 12, 14, 10]
    missed = [text for part in lines for text in part if detector.detect(as_words(text)) is None]
    assert missed == []


def test_the_ordinary_lines_are_twenty_two() -> None:
    """10 sv, 6 fi and 6 en ordinary lines; the five that fired before are among them."""
    assert len(ORDINARY_QUIET) == 22
    assert set(FIRED_BEFORE) <= set(ORDINARY_QUIET)


@pytest.mark.parametrize(
    ("language", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in MUST_FIRE],
)
def test_round19_kind_of_message_shows_the_card(
    detector: DangerDetector, language: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, language, pattern_id)


@pytest.mark.parametrize("text", QUIET)
def test_round19_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, as_words(text))


@pytest.mark.parametrize(
    ("language", "text", "category", "pattern_id"),
    [
        pytest.param(*case, id=f"{case[0]}:{case[1][:60]}")
        for case in REPORTED + RECATEGORISED + VARIANTS
    ],
)
def test_round19_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, language: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, ORDINARY_QUIET)


@pytest.mark.parametrize(("round_name", "language"), sorted(EARLIER_FIGURES))
def test_earlier_held_out_figures_do_not_fall(
    detector: DangerDetector, round_name: str, language: str
) -> None:
    """Each earlier set of sv, fi, en and mixed catches at least as many danger messages, and
    fires on no more ordinary ones, than before round 19 (read as `python -m bench danger` reads
    them: `bench.danger.load`, then `handlers.filters.as_words`)."""
    items = [item for item in load(HELD_OUT / round_name) if item["lang"] == language]
    fires = {item["text"]: detector.detect(as_words(item["text"])) is not None for item in items}
    caught = sum(fires[item["text"]] for item in items if item["kind"] == "danger")
    fired = sum(fires[item["text"]] for item in items if item["kind"] == "ordinary")
    before_caught, before_fired = EARLIER_FIGURES[(round_name, language)]
    assert (caught >= before_caught, fired <= before_fired) == (True, True), (caught, fired)
