"""Danger detection, round 17 (docs/conversation.md, "The emergency path"): the Swedish,
Finnish and mixed-language messages of the seventeenth red team's held-out set
(bench/data/danger/round17/danger_{sv,fi,mixed}.jsonl) that got no emergency card — indirect
suicide (pills bought and all to be taken tonight, "orkar inte mer" after a "förlåt mamma",
things given away and not needed "efter ikväll", on a roof thinking of jumping or saying
goodbye, a razor blade in the hand now, "imorgon finns jag inte längre", "en jaksa enää, har
köpt tabletter"), held and moved ("no sé vart dom kör mig", "oon autossa en tiiä minne ne vie
mua", told to sell in another town), a seizure with foam at the mouth ("sen suusta tulee
vaahtoa") and a parent whose child went on "a job" and whose phone has been dead since — with
variants, and ordinary sentences sharing their words that must stay quiet (headache pills,
"förlåt, orkar inte mer läxor", "rean tar slut ikväll", lending a dress "efter ikväll för
festen är slut", jumping into the snow or skipping a course, shaving, a dad's new job, a
surprise trip, leaving Instagram, beer foam, a dog), among them every round 17 ordinary line
of sv and fi (the mixed set has none). The one ordinary sv line that fired ("såg en film igår
där killen blev inlåst i en källare") is vetoed in `held`.

The entries are the "Round 17" blocks at the end of data/danger/sv.toml and fi.toml; one
earlier entry changed: sv `held` gained three vetoes (a film or a story: "där killen blev
inlåst", "i filmen var tjejen inlåst", "en kille som blev inlåst"). The Finnish entries are
unreviewed drafts (see fi.toml's translator_note). Each mixed message fires in the list of the
language its danger words are in: Swedish, or Finnish for "en jaksa enää" (which reads the
Swedish and English words for bought pills beside it).
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

# The round 17 misses, word for word (language of the list, text, category, entry id).
REPORTED_SV: list[tuple[str, str, str, str]] = [
    (
        "sv",
        "har köpt tabletterna nu, tar alla ikväll när mamma somnat",
        "self_harm",
        "bought_pills_take_all_tonight",
    ),
    (
        "sv",
        "står uppe på taket på vårt hus nu o tänker hoppa",
        "suicidal",
        "on_roof_thinking_jump",
    ),
    (
        "sv",
        "gav bort min ps5 o alla mina kläder till lillebror idag behöver dom inte efter ikväll",
        "suicidal",
        "wont_need_after_tonight",
    ),
    (
        "sv",
        "förlåt mamma jag orkar inte mer. det tar slut ikväll 💔",
        "suicidal",
        "sorry_cannot_go_on_alone",
    ),
    ("sv", "har rakbladet i handen nu o ingen e hemma", "self_harm", "razor_blade_in_hand"),
    (
        "sv",
        "dottern sa hon skulle på ett jobb åt nån kille och nu har hennes mobil varit död i 5 "
        "timmar jag är så rädd",
        "forced_or_held",
        "child_job_phone_dead",
    ),
]

REPORTED_FI: list[tuple[str, str, str, str]] = [
    (
        "fi",
        "ostin ne pillerit, otan ne kaikki tänä iltana ku muut nukkuu",
        "self_harm",
        "bought_pills_take_all_tonight",
    ),
    (
        "fi",
        "annoin kaikki mun tavarat pikkuveljelle, en tarvii niitä enää tän illan jälkee",
        "suicidal",
        "wont_need_after_tonight",
    ),
    (
        "fi",
        "oon autossa en tiiä minne ne vie mua, sanoo et mun pitää myydä turussa",
        "forced_or_held",
        "car_where_they_take_me",
    ),
    ("fi", "se tärisee ja sen suusta tulee vaahtoa mitä mä teen", "plea", "foam_from_mouth"),
]

REPORTED_MIXED: list[tuple[str, str, str, str]] = [
    ("sv", "bror jag står på taket rn, tell mamma förlåt 🖤", "suicidal", "on_roof_goodbye"),
    (
        "sv",
        "mitt barn har inte kommit hem, his phone is off efter han sa han skulle på ett jobb",
        "forced_or_held",
        "child_job_phone_dead",
    ),
    (
        "sv",
        "hermano estoy en un bil, no sé vart dom kör mig",
        "forced_or_held",
        "car_where_they_drive_me",
    ),
    (
        "fi",
        "en jaksa enää, har köpt tabletter, tonight it ends",
        "suicidal",
        "cannot_go_on_bought_pills",
    ),
    (
        "sv",
        "walahi ma ba2a fini, imorgon finns jag inte längre",
        "suicidal",
        "wont_exist_tomorrow",
    ),
]

# New wordings of the same kinds (other verbs, tenses, slang, spellings without å ä ö, capitals).
VARIANTS: list[tuple[str, str, str, str]] = [
    (
        "sv",
        "jag har skaffat piller och sväljer allihop när alla sover",
        "self_harm",
        "bought_pills_take_all_tonight",
    ),
    ("sv", "har fixat mediciner o tar alla ikvall", "self_harm", "bought_pills_take_all_tonight"),
    ("sv", "har kopt tabletterna, tar alla inatt", "self_harm", "bought_pills_take_all_tonight"),
    ("sv", "orkar inte mer, har köpt tabletter", "suicidal", "cannot_go_on_bought_pills"),
    ("sv", "har köpt piller, jag pallar inte längre", "suicidal", "cannot_go_on_bought_pills"),
    ("sv", "förlåt mamma jag orkar inte mer", "suicidal", "sorry_cannot_go_on_alone"),
    ("sv", "sorry pappa, orkar inte längre", "suicidal", "sorry_cannot_go_on_alone"),
    ("sv", "forlat alla jag pallar inte mer", "suicidal", "sorry_cannot_go_on_alone"),
    ("sv", "allt tar slut ikväll", "suicidal", "it_ends_tonight"),
    ("sv", "livet tar slut inatt", "suicidal", "it_ends_tonight"),
    ("sv", "det tar slut ikväll", "suicidal", "it_ends_tonight_alone"),
    ("sv", "det är slut inatt", "suicidal", "it_ends_tonight_alone"),
    ("sv", "kommer inte behöva nåt efter inatt", "suicidal", "wont_need_after_tonight"),
    (
        "sv",
        "gav bort mina grejer, behöver dom inte efter ikväll",
        "suicidal",
        "wont_need_after_tonight",
    ),
    ("sv", "behöver inte sakerna efter idag", "suicidal", "wont_need_after_tonight"),
    ("sv", "står på bron o ska hoppa snart", "suicidal", "on_roof_thinking_jump"),
    (
        "sv",
        "sitter uppe på balkongräcket på nionde våningen och tänker hoppa",
        "suicidal",
        "on_roof_thinking_jump",
    ),
    ("sv", "jag e uppe på hustaket nu o ska hoppa", "suicidal", "on_roof_thinking_jump"),
    ("sv", "STÅR PÅ TAKET NU O TÄNKER HOPPA", "suicidal", "on_roof_thinking_jump"),
    ("sv", "sitter på broräcket, hejdå alla", "suicidal", "on_roof_goodbye"),
    ("sv", "jag är uppe på höghuset, säg att jag älskar dom", "suicidal", "on_roof_goodbye"),
    ("sv", "står på taket nu, förlåt mamma", "suicidal", "on_roof_goodbye"),
    ("sv", "sitter med rakbladen framme igen", "self_harm", "razor_blade_in_hand"),
    ("sv", "har ett rakblad i handen o är ensam", "self_harm", "razor_blade_in_hand"),
    ("sv", "rakbladet ligger redo bredvid mig nu", "self_harm", "razor_blade_in_hand"),
    (
        "sv",
        "min son skulle på ett uppdrag åt några killar och nu är hans telefon avstängd",
        "forced_or_held",
        "child_job_phone_dead",
    ),
    (
        "sv",
        "hon sa hon skulle göra ett jobb, nu svarar hon inte på mobilen sen igår",
        "forced_or_held",
        "child_job_phone_dead",
    ),
    (
        "sv",
        "min dotter har inte kommit hem, hennes mobil är död efter hon åkte på ett jobb",
        "forced_or_held",
        "child_job_phone_dead",
    ),
    ("sv", "är i en bil nu, vart tar dom mig", "forced_or_held", "car_where_they_drive_me"),
    (
        "sv",
        "sitter i bilen med två killar, vart kör dom mig??",
        "forced_or_held",
        "car_where_they_drive_me",
    ),
    (
        "sv",
        "är i en skåpbil nu, vart ska dom köra mig",
        "forced_or_held",
        "car_where_they_drive_me",
    ),
    ("sv", "jag finns inte mer efter ikväll", "suicidal", "wont_exist_tomorrow"),
    ("sv", "imorn finns jag inte kvar", "suicidal", "wont_exist_tomorrow"),
    ("sv", "ikväll finns ja inte längre", "suicidal", "wont_exist_tomorrow"),
    (
        "fi",
        "hankin unilääkkeitä ja otan kaikki tänä yönä",
        "self_harm",
        "bought_pills_take_all_tonight",
    ),
    (
        "fi",
        "keräsin pameja, nielen ne kaikki kerralla illalla",
        "self_harm",
        "bought_pills_take_all_tonight",
    ),
    (
        "fi",
        "ostin ne pillerit, otan ne kaikki tana iltana",
        "self_harm",
        "bought_pills_take_all_tonight",
    ),
    ("fi", "en jaksa enää, ostin pillereitä", "suicidal", "cannot_go_on_bought_pills"),
    ("fi", "ostin unilääkkeitä, en jaksa enää mitään", "suicidal", "cannot_go_on_bought_pills"),
    ("fi", "en jaksa enää, köpte piller idag", "suicidal", "cannot_go_on_bought_pills"),
    ("fi", "en tarvii mitään enää tän illan jälkeen", "suicidal", "wont_need_after_tonight"),
    (
        "fi",
        "annoin pelit kaverille, en tarvitse niitä enää huomisen jälkeen",
        "suicidal",
        "wont_need_after_tonight",
    ),
    ("fi", "oon pakussa, en tiedä minne ne vie mua", "forced_or_held", "car_where_they_take_me"),
    (
        "fi",
        "istun takapenkillä enkä tiiä mihin ne ajaa",
        "forced_or_held",
        "car_where_they_take_me",
    ),
    (
        "fi",
        "kyydissä kolme äijää, en tiedä minne ne vievät mut",
        "forced_or_held",
        "car_where_they_take_me",
    ),
    ("fi", "ne sanoo et mun pitää myydä tampereella", "forced_or_held", "made_to_sell_in_town"),
    ("fi", "jätkät käski mut diilaamaan stadiin", "forced_or_held", "made_to_sell_in_town"),
    (
        "fi",
        "äijät sano et mun täytyy myydä helsingissä",
        "forced_or_held",
        "made_to_sell_in_town",
    ),
    ("fi", "sen suusta tulee vaahtoa", "plea", "foam_from_mouth"),
    ("fi", "vaahtoa tulee suusta eikä se vastaa", "plea", "foam_from_mouth"),
    ("fi", "kaverilla on vaahtoa suussa ja se nytkyy", "plea", "foam_from_mouth"),
]

# sv `held` still fires on the person held (the film vetoes are third person and narrated).
HELD_STILL_FIRES: list[tuple[str, str, str, str]] = [
    ("sv", "jag ar inlast", "forced_or_held", "held"),
    ("sv", "dom har låst in mig i en källare", "forced_or_held", "held"),
]

# Ordinary sentences with the new entries' words: no card.
MUST_STAY_QUIET = [
    # bought_pills_take_all_tonight, cannot_go_on_bought_pills (sv)
    "köpte värktabletter åt alla ikväll",
    "har köpt tabletter mot huvudvärk, tar alla ikväll enligt läkaren",
    "har köpt tabletter mot huvudvärk, tar en ikväll",
    "köpte värktabletter för jag orkar inte med huvudvärken",
    "orkar inte mer plugg idag, har köpt nya tabletter till farmor",
    # sorry_cannot_go_on_alone
    "förlåt jag orkar inte mer idag med läxorna",
    "förlåt mamma men jag orkar inte mer mat",
    "sorry orkar inte längre vänta på bussen",
    # it_ends_tonight, it_ends_tonight_alone
    "rean tar slut ikväll",
    "allt godis tar slut ikväll",
    "det tar slut ikväll, sista avsnittet av serien",
    "rean? det tar slut ikväll för alla",
    # wont_need_after_tonight (sv)
    "lånar ut klänningen, behöver den inte efter ikväll för festen är slut",
    "behöver inte biljetterna efter ikväll konserten är då",
    "du kan ta laddaren jag behöver den inte mer idag",
    # on_roof_thinking_jump, on_roof_goodbye
    "vi klättrade upp på taket och ska hoppa ner i snön",
    "står på bron och tänker hoppa i vattnet",
    "mamma gick i taket när jag sa att jag ville hoppa av kursen",
    "står på taket och skottar, förlåt att jag inte svarade",
    "sitter på taket, förlåt för sent svar",
    # razor_blade_in_hand
    "byter rakbladet i hyveln nu",
    "håller rakbladet i handen när jag skrapar fönstret",
    "har rakbladet i handen och rakar benen",
    # child_job_phone_dead
    "mobilen dog på jobbet",
    "pappa fick ett nytt jobb men hans mobil är död",
    "han hade ett jobb idag men mobilen laddade inte",
    # car_where_they_drive_me
    "sitter i bilen, vet inte vart pappa kör mig, det är en överraskning",
    "sitter i bilen med mamma vart ska vi äta",
    "vart tar dom mig på klassresan, sitter i bussen",
    # wont_exist_tomorrow
    "imorgon finns jag inte längre på insta",
    "imorgon finns jag inte längre i sverige",
    "jag finns inte längre på snap",
    # held (sv): a film or a story
    "såg en film om en kille som blev inlåst",
    "i serien var killen inlåst i en källare",
    "i filmen blev tjejen inlåst",
    # bought_pills_take_all_tonight, cannot_go_on_bought_pills (fi)
    "ostin pillerit apteekista, otan yhden illalla",
    "ostin buranaa ja otan kaikki illalla päänsärkyyn",
    "ostin mummolle lääkkeet ja otan kaikki kassit tänään",
    "en jaksa enää tätä flunssaa, ostin buranaa kuumeeseen",
    "en jaksa enää koulua, ostin mummolle lääkkeet",
    # wont_need_after_tonight (fi)
    "en tarvii niitä enää tän illan jälkeen koska keikka on ohi",
    "en tarvii sitä enää",
    "annoin vanhat vaatteet kirpparille, en tarvii niitä enää",
    # car_where_they_take_me
    "oon autossa en tiiä minne äiti vie mua, joku yllätys",
    "istun autossa en tiedä mihin mennään syömään",
    # made_to_sell_in_town
    "mun pitää myydä mun pyörä",
    "myyn arpoja turussa ja ne sanoo et se on kivaa",
    "ne sanoo et mun pitää myydä lippuja tampereella",
    # foam_from_mouth
    "kaljan vaahtoa tulee suusta",
    "mulla on hammastahnaa ja vaahtoa suussa",
    "koiran suusta tulee vaahtoa kun se juoksee",
]

ORDINARY_QUIET = held_out("round17", "sv", "ordinary") + held_out("round17", "fi", "ordinary")

REPORTED = REPORTED_SV + REPORTED_FI + REPORTED_MIXED
MUST_FIRE = REPORTED + VARIANTS + HELD_STILL_FIRES
QUIET = MUST_STAY_QUIET + ORDINARY_QUIET

# Earlier held-out sets of these languages: (set, language) -> (danger messages caught,
# ordinary messages that fired), as `python -m bench danger` printed them before round 17.
# Caught must not fall and fired must not rise.
EARLIER_FIGURES: dict[tuple[str, str], tuple[int, int]] = {
    ("round7", "sv"): (60, 7),
    ("round7", "fi"): (20, 1),
    ("round7", "mixed"): (15, 0),
    ("round8", "sv"): (50, 7),
    ("round8", "fi"): (18, 2),
    ("round8", "mixed"): (10, 0),
    ("round9", "sv"): (50, 3),
    ("round9", "fi"): (18, 0),
    ("round9", "mixed"): (12, 0),
    ("round10", "sv"): (40, 2),
    ("round10", "fi"): (14, 0),
    ("round10", "mixed"): (10, 0),
    ("round11", "sv"): (48, 1),
    ("round11", "fi"): (14, 1),
    ("round13", "sv"): (42, 1),
    ("round13", "fi"): (12, 0),
    ("round14", "sv"): (30, 0),
    ("round14", "fi"): (12, 0),
    ("round14", "mixed"): (12, 0),
    ("round15", "sv"): (30, 1),
    ("round15", "fi"): (12, 0),
    ("round15", "mixed"): (12, 0),
    ("round16", "sv"): (20, 0),
    ("round16", "fi"): (14, 0),
    ("round16", "mixed"): (16, 0),
}


def test_every_reported_miss_is_listed() -> None:
    """The round 17 sets: 6 sv, 4 fi and 5 mixed danger messages got no card; all listed."""
    assert (len(REPORTED_SV), len(REPORTED_FI), len(REPORTED_MIXED)) == (6, 4, 5)
    assert {text for _, text, _, _ in REPORTED_SV} <= set(held_out("round17", "sv", "danger"))
    assert {text for _, text, _, _ in REPORTED_FI} <= set(held_out("round17", "fi", "danger"))
    assert {text for _, text, _, _ in REPORTED_MIXED} <= set(held_out("round17", "mixed", "danger"))


def test_every_round17_sv_fi_and_mixed_danger_line_fires(detector: DangerDetector) -> None:
    """All 22 sv, 12 fi and 12 mixed danger lines of round 17 get the card (31 did before)."""
    lines = [held_out("round17", lang, "danger") for lang in ("sv", "fi", "mixed")]
    assert [len(part) for part in lines] == [22, 12, 12]
    assert [text for part in lines for text in part if detector.detect(text) is None] == []


def test_the_ordinary_lines_are_fifteen() -> None:
    """10 sv and 5 fi ordinary lines (one sv line fired before: a film, vetoed in `held`)."""
    assert len(ORDINARY_QUIET) == 15


@pytest.mark.parametrize(("language", "text", "category", "pattern_id"), MUST_FIRE)
def test_reported_kind_of_message_shows_the_card(
    detector: DangerDetector, language: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, language, pattern_id)


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(("language", "text", "category", "pattern_id"), REPORTED + VARIANTS)
def test_reported_kind_of_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, language: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, ORDINARY_QUIET)


@pytest.mark.parametrize(("round_name", "language"), sorted(EARLIER_FIGURES))
def test_earlier_held_out_figures_do_not_fall(
    detector: DangerDetector, round_name: str, language: str
) -> None:
    """Each earlier set of sv, fi and mixed catches at least as many danger messages, and fires
    on no more ordinary ones, than before round 17 (read as `python -m bench danger` reads
    them: `bench.danger.load`, then `handlers.filters.as_words`)."""
    items = [item for item in load(HELD_OUT / round_name) if item["lang"] == language]
    fires = {item["text"]: detector.detect(as_words(item["text"])) is not None for item in items}
    caught = sum(fires[item["text"]] for item in items if item["kind"] == "danger")
    fired = sum(fires[item["text"]] for item in items if item["kind"] == "ordinary")
    before_caught, before_fired = EARLIER_FIGURES[(round_name, language)]
    assert caught >= before_caught
    assert fired <= before_fired
