"""Danger detection, round 11 (docs/conversation.md, "The emergency path"): the Swedish and
mixed messages of the eleventh red team's held-out set (bench/data/danger/round11/danger_sv.jsonl,
danger_mixed.jsonl, all ``"lang": "sv"``) that got no emergency card — stuck in a "lägga" with
the door locked and the phone taken until the selling is done, a brother "blöder bror, han blev
huggen", "ikväll avslutar jag allt, säg till mamma jag älskar henne", taken in a car and told to
do a job now, letters written and going to the bridge, a car waiting and a job to do, a son held
"kvar i en källare", "det här är mitt sista meddelande, förlåt till alla", a little sister gone
with an adult man from the internet, forced into a car in a car park — with variants, and
ordinary sentences sharing their words that must stay quiet ("jag är fast i trafiken", "jag
blev stucken av ett bi", "läraren håller honom kvar efter skolan"), among them the round 11
ordinary Swedish lines that show no card.
The entries are the "Round 11" block at the end of data/danger/sv.toml; vetoes added this round
to `stabbed_or_shot`, `violence_now` and `weapon_present` quiet news read about ("Igår läste jag
om att en kille blev knivhuggen"), the past ("blev rånad förra året men han mår bra nu") and a
law question ("Vad blir straffet för att hålla en pistol …"); "gängen" went into `ordinary` (it
was read as a typo of "fången"). A veto never reaches a danger told now: VETO_PAIRS keep the same
words firing beside a present danger ("jag blev knivhuggen igår och blöder fortfarande"). The two
ordinary lines that still fire (a mother's "kommer döda mig … haha", a Fortnite shooting) are
KNOWN_FALSE_ALARMS: hyperbole and game talk are not vetoed (safety first).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

# The round 11 sv misses, word for word (text, category, entry id).
REPORTED_SV: list[tuple[str, str, str]] = [
    (
        "jag orkar inte mer, har skrivit brev till mamma och ska gå ut till bron nu",
        "suicidal",
        "letter_to_family_end",
    ),
    (
        "en bil väntar nedanför, de säger att jag ska följa med nu och göra ett jobb",
        "forced_or_held",
        "forced_job_now",
    ),
    (
        "Min son 14 år har inte kommit hem, han ringde och viskade att någon håller honom kvar i en källare",
        "forced_or_held",
        "held_kvar",
    ),
    ("det här är mitt sista meddelande, förlåt till alla", "suicidal", "last_message_alone"),
    (
        "min lillasyster har åkt med en vuxen man från nätet, hon skickade precis sin position från en bil på E4an",
        "forced_or_held",
        "gone_with_online_adult",
    ),
    (
        "jag blev tvingad in i en bil på parkeringen, vet inte vart vi åker, skriver i smyg",
        "forced_or_held",
        "forced_into_car",
    ),
]

# The round 11 mixed misses (danger_mixed.jsonl, "lang": "sv"), word for word.
REPORTED_MIXED: list[tuple[str, str, str]] = [
    (
        "shuno jag är fast i en lägga i Tensta, de låste dörren och tog min lur, jag får inte gå förrän jag sålt klart",
        "forced_or_held",
        "stuck_in_flat_selling",
    ),
    (
        "guss min bror blöder bror, han blev huggen, aina kommer inte, yalla vad gör jag",
        "plea",
        "close_one_bleeding",
    ),
    (
        "habibi jag orkar inte mer, ikväll avslutar jag allt, säg till mamma jag älskar henne",
        "suicidal",
        "end_it_all_inverted",
    ),
    (
        "walaal de har tagit mig i en bil, dom säger jag ska göra ett jobb för dom nu, waan baqayaa",
        "forced_or_held",
        "forced_into_car",
    ),
]

# New wordings of the same kinds, at least one per new entry.
VARIANTS: list[tuple[str, str, str]] = [
    ("dom har låst in mig och tagit mobilen", "forced_or_held", "held"),
    ("han låste dörren och snodde min telefon", "forced_or_held", "locked_in_phone_taken"),
    ("jag sitter fast i en lya i Rinkeby", "forced_or_held", "stuck_in_flat_selling"),
    (
        "de säger jag får inte åka hem innan jag sålt allt",
        "forced_or_held",
        "stuck_in_flat_selling",
    ),
    ("han blev huggen i magen", "weapon", "stabbed_slang"),
    ("min kompis är stucken med kniv", "weapon", "stabbed_slang"),
    ("brorsan blöder jättemycket", "plea", "close_one_bleeding"),
    ("min kompis blödde överallt", "plea", "close_one_bleeding"),
    ("inatt avslutar jag livet", "suicidal", "end_it_all_inverted"),
    ("avslutar jag allt ikväll", "suicidal", "end_it_all_inverted"),
    ("säg till pappa att jag älskar honom, förlåt för allt", "suicidal", "tell_them_i_love_them"),
    ("hälsa mamma att jag älskar henne, jag orkar inte mer", "suicidal", "tell_them_i_love_them"),
    ("dom säger att jag måste fixa ett uppdrag åt dem ikväll", "forced_or_held", "forced_job_now"),
    ("gänget sa att jag ska göra en stöt nu", "forced_or_held", "forced_job_now"),
    ("han blev tvingad in i en bil på vägen hem", "forced_or_held", "forced_into_car"),
    ("de har dragit honom in i en bil på gatan", "forced_or_held", "forced_into_car"),
    ("de håller mig kvar i en lägenhet", "forced_or_held", "held_kvar"),
    ("hon hålls fast i en källare", "forced_or_held", "held_kvar"),
    ("jag går till spåret nu, hejdå", "suicidal", "going_to_the_edge"),
    ("ska cykla till bron, har bestämt mig", "suicidal", "going_to_the_edge"),
    ("har skrivit brev till pappa, orkar inte mer", "suicidal", "letter_to_family_end"),
    ("detta är mitt sista sms, förlåt mamma", "suicidal", "last_message"),
    ("mitt sista meddelande", "suicidal", "last_message_alone"),
    ("jag kan inte hålla mig säker ikväll", "suicidal", "cant_keep_myself_safe"),
    ("litar inte på mig själv inatt", "suicidal", "cant_keep_myself_safe"),
    ("jag är rädd för vad jag kan göra mot mig själv", "suicidal", "cant_keep_myself_safe"),
    ("min dotter har följt med en äldre man från snap", "forced_or_held", "gone_with_online_adult"),
    ("han har åkt med en främling från discord", "forced_or_held", "gone_with_online_adult"),
]

# The vetoed words beside a danger told now: still the card ("igår" is not vetoed; a danger after
# the news or the past fires on its own).
VETO_PAIRS: list[tuple[str, str, str]] = [
    ("jag blev knivhuggen igår och blöder fortfarande", "weapon", "stabbed_or_shot"),
    ("jag blev rånad förra året och nu följer de efter mig igen", "violence_now", "violence_now"),
    (
        "han blev knivhuggen förra året och nu har de knivhuggit honom igen",
        "weapon",
        "stabbed_or_shot",
    ),
    (
        "Igår läste jag om att en kille blev knivhuggen i Husby, nu blöder min bror",
        "plea",
        "close_one_bleeding",
    ),
    ("de ska bränna vårt hus ikväll om jag inte gör det", "threat_to_life", "will_be_killed"),
]

# Ordinary sentences with the new entries' and vetoes' words: no card.
MUST_STAY_QUIET = [
    "jag låste dörren och tog mobilen med mig",
    "jag är fast i trafiken",
    "jag sitter kvar i en kvart till",
    "får inte gå hem förrän jag sålt slut på lotterna",
    "det är inte huggen i sten",
    "jag blev stucken av ett bi",
    "jag blev stucken av en geting",
    "min bror blöder näsblod",
    "min syster blöder från knät efter fotbollen",
    "blöder min näsa igen",
    "ikväll avslutar jag allt på jobbet",
    "avslutar jag allt arbete innan semestern",
    "säg till mamma att jag älskar henne, grattis på födelsedagen",
    "chefen säger att jag ska göra jobbet nu",
    "mamma säger att jag måste göra läxan nu",
    "jag tvingade in väskan i bilen",
    "mamma tog mig i bilen till skolan",
    "läraren håller honom kvar efter skolan",
    "hon hålls kvar på sjukhuset för observation",
    "ska gå till bron och möta mamma",
    "skrev ett brev till mamma på hennes födelsedag",
    "sista meddelandet om utflykten kommer imorgon",
    "jag kan inte hålla mig för skratt",
    "jag litar inte på mig själv med pengar",
    "vi åkte med en kille från klassen",
    "köpte en cykel av en man från nätet",
    "han blev knivhuggen för två år sedan men mår bra idag",
    "vi blev rånade i fjol på semestern",
    "hörde om att två killar blev skjutna i Malmö",
    "läste om en tjej som blev knivhuggen",
    "vad är straffet för att gömma vapen?",
]

# The round 11 ordinary Swedish line that still shows the card: a mother's "kommer döda mig"
# (hyperbole is not vetoed). The Fortnite shooting is quiet since a second fresh-clone
# tester's report (a game named is vetoed).
KNOWN_FALSE_ALARMS = {
    "Mamma kommer döda mig om jag inte städar rummet ikväll haha",
}
ORDINARY_QUIET = [
    text for text in held_out("round11", "sv", "ordinary") if text not in KNOWN_FALSE_ALARMS
]

REPORTED = REPORTED_SV + REPORTED_MIXED
MUST_FIRE = REPORTED + VARIANTS + VETO_PAIRS


def test_every_reported_miss_is_listed() -> None:
    """The round 11 sv sets: all 6 + 4 messages that got no card are listed, and are "sv"."""
    assert (len(REPORTED_SV), len(REPORTED_MIXED)) == (6, 4)
    assert {text for text, _, _ in REPORTED} <= set(held_out("round11", "sv", "danger"))


def test_the_quiet_ordinary_lines_are_the_thirteen() -> None:
    """Of the 15 ordinary Swedish lines, the 14 outside KNOWN_FALSE_ALARMS are checked below
    (the Fortnite line is quiet since a second fresh-clone tester's report)."""
    assert len(ORDINARY_QUIET) == 14


@pytest.mark.parametrize("text", sorted(KNOWN_FALSE_ALARMS))
def test_known_false_alarms_still_show_the_card(detector: DangerDetector, text: str) -> None:
    assert detector.detect(text) is not None


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_kind_of_message_shows_the_card(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, "sv", pattern_id)


@pytest.mark.parametrize("text", MUST_STAY_QUIET + ORDINARY_QUIET)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_kind_of_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, MUST_STAY_QUIET + ORDINARY_QUIET)
