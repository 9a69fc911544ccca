"""Danger detection, round 4 (docs/conversation.md, "The emergency path"): Swedish messages of
the kinds a red team typed without getting the emergency card, written here in other words
(spoken spelling: "dom", "e", "ja", "mej"), and ordinary sentences beside them that must stay
quiet. The entries are in data/danger/sv.toml (the "Round 4" block, and vetoes on
`stabbed_or_shot` for talk about shootings: "såg en film om skjutningar i sverige").
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet

# (text, category, entry id)
MUST_FIRE: list[tuple[str, str, str]] = [
    # threats after "annars"
    ("dom sa jag måste hålla paketet annars skadar dom min bror", "threat_to_life", "or_else_harm"),
    ("jag ska sälja åt dom annars e ja död", "threat_to_life", "or_else_harm"),
    ("gör det annars blir du skjuten sa han", "threat_to_life", "or_else_harm"),
    ("han sa att jag ska kuta annars dödar de mej", "threat_to_life", "or_else_harm"),
    ("de sa jag måste hämta väskan annars e ja körd", "forced_or_held", "or_else_done_for"),
    ("han säger jag ska köra annars är jag slut", "forced_or_held", "or_else_done_for"),
    ("skicka fler annars lägger han ut mina bilder", "violence_now", "or_else_images"),
    ("kom hit annars sprider dom videon", "violence_now", "or_else_images"),
    # someone else beaten now
    ("han misshandlar min lillebror", "violence_now", "hitting_other"),
    ("dom sparkar honom i trappan", "violence_now", "hitting_other"),
    # explosions, bombs, fire
    ("det smällde precis utanför", "weapon", "explosion_now"),
    ("något exploderade i källaren", "weapon", "explosion_now"),
    ("en granat smällde vid entrén", "weapon", "explosion_now"),
    ("de ska bomba våran port", "threat_to_life", "bomb_home"),
    ("dom tänker spränga mammas lägenhet", "threat_to_life", "bomb_home"),
    ("det brinner i källaren", "weapon", "fire_now"),
    ("hela huset brinner", "weapon", "fire_now"),
    ("nån slängde en molotov mot porten", "weapon", "fire_now"),
    ("det brinner hjälp", "weapon", "fire_alone"),
    # crime jobs, shooting someone
    ("ja måste spränga en dörr imorgon", "forced_or_held", "crime_job"),
    ("fick jobb att panga en kille", "forced_or_held", "crime_job"),
    ("dom ger mig 10k för att göra det", "forced_or_held", "crime_job"),
    ("brorsan säger han ska knivhugga nån", "threat_to_life", "will_shoot_someone"),
    ("jag tänker skjuta honom ikväll", "threat_to_life", "will_shoot_someone"),
    # held, not let out, taken
    ("han släpper mej inte", "forced_or_held", "not_let_out"),
    ("dom som inte släpper iväg oss", "forced_or_held", "not_let_out"),
    ("ja e instängd i en källare", "forced_or_held", "held_somewhere"),
    ("de har mej kvar mot min vilja", "forced_or_held", "held_somewhere"),
    (
        "hon är med några män och hon säger att hon inte får åka hem",
        "forced_or_held",
        "held_by_men",
    ),
    ("min dotter blev tagen av två killar", "forced_or_held", "taken_by_men"),
    ("de drog in honom i en skåpbil", "forced_or_held", "taken_by_men"),
    # suicidal thoughts and plans
    ("min vän säger att han vill ta livet av sej", "suicidal", "other_suicide"),
    ("hon ska skada sig själv", "suicidal", "other_suicide"),
    ("sitter på räcket vill hoppa", "suicidal", "on_height_jump"),
    ("kompisen tänker hoppa från höghuset", "suicidal", "jump_any"),
    ("ska kasta mej framför tunnelbanan", "suicidal", "jump_any"),
    ("snaran är klar", "suicidal", "rope_ready"),
    ("ja har ett rep runt halsen", "suicidal", "rope_ready"),
    ("ingen skulle ens märka mej", "suicidal", "death_thoughts"),
    ("vill somna å aldrig vakna", "suicidal", "death_thoughts"),
    ("livet är poänglöst", "suicidal", "death_thoughts"),
    ("ja vet inte varför ja ens finns", "suicidal", "death_thoughts"),
    ("orkar inte en natt till", "suicidal", "death_thoughts"),
    ("jag tänker avsluta livet", "suicidal", "death_thoughts"),
    # pills, medical emergencies after drugs
    ("ska svälja hela pappas sömntabletter", "self_harm", "take_all_pills"),
    ("vill äta alla tabletterna", "self_harm", "take_all_pills"),
    ("läpparna e blå", "plea", "medical_now"),
    ("han är blålila i ansiktet", "plea", "medical_now"),
    ("brorsan krampar", "plea", "medical_now"),
    ("hon fick krampanfall", "plea", "medical_now"),
    ("min dotter andas rosslande", "plea", "medical_now"),
    ("hon svimmade o andas knappt", "plea", "medical_now"),
    ("min kompis svarar inte sen hon tog xans", "plea", "unresponsive_after_drugs"),
    # threats over money, ransom
    ("dom skrev att ja e död om ja inte betalar ikväll", "threat_to_life", "dead_unless_pay"),
    ("du är skjuten om du inte levererar", "threat_to_life", "dead_unless_pay"),
    ("de smsade att vi måste betala pengar annars", "threat_to_life", "ransom"),
    ("de vill ha en lösensumma", "threat_to_life", "ransom_word"),
    # chased, aimed at, armed people, shots
    ("min son är förföljd", "violence_now", "chased_aimed"),
    ("han siktar mot mej", "weapon", "aimed_at_me"),
    ("dom siktade på mamma", "weapon", "aimed_at_me"),
    ("två killar me yxa utanför", "weapon", "armed_group"),
    ("hör skott igen", "weapon", "heard_shots"),
    # a real shooting still fires next to the vetoes on talk about shootings
    ("skottlossning på gatan", "weapon", "stabbed_or_shot"),
    ("det är skjutning utanför skolan", "weapon", "stabbed_or_shot"),
]

MUST_STAY_QUIET = [
    "såg en film om skjutningar i sverige, vad tycker ni",
    "vi pratade om skottlossningen i skolan idag",
    "skjutningarna i sverige ökar",
    "skjut bollen hårdare",
    "jag ska skjuta en straff",
    "skär löken i tunna skivor",
    "jag brinner för fotboll",
    "det brinner i spisen",
    "ljuset brinner i köket",
    "jag dör av skratt",
    "vi klättrade i repet i gympan",
    "har repet redo för klättringen",
    "jag måste plugga annars är jag körd",
    "mamma sa jag ska städa annars är jag körd",
    "ta på dig jackan annars fryser du",
    "han slår henne i schack",
    "hon slår mitt rekord",
    "dörren small nyss",
    "bomben smällde i spelet",
    "jag ska spränga huset i minecraft",
    "vi ska skjuta en film",
    "jag ska skjuta nån i fortnite",
    "mamma släpper inte ut mig på festen",
    "jag sitter fast i trafiken",
    "killarna i klassen fick inte gå på rast",
    "hon tog livet av sig i boken",
    "vi ska hoppa från bron i sommar",
    "jag står på taket och ska hoppa ner i snön",
    "jag har kramp i vaden",
    "läpparna är blå av kylan",
    "han svarar inte på sms efter han tog bussen",
    "hon vaknar inte förrän tolv efter hon druckit",
    "ingen kommer sakna mig på jobbet",
    "jag vill aldrig vakna tidigt",
    "jag klarar inte en dag till utan kaffe",
    "han siktar på mig i fortnite",
    "jag är jagad av deadlines",
    "vi skär brödet med kniv hemma",
    "jag hörde skott i filmen",
    "läste i tidningen om sprängningen i förra veckan",
    "vi ska grilla och tända brasan i helgen",
    "jag glömde läxan igen",
    "hyran måste betalas annars blir det problem",
]


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_kind_of_message_shows_the_card(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, "sv", pattern_id)


@pytest.mark.parametrize("text", MUST_STAY_QUIET)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_reported_kind_of_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, MUST_STAY_QUIET)
