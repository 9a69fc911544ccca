"""Danger detection, round 14 (docs/conversation.md, "The emergency path"): the Swedish and
mixed messages of the fourteenth red team's held-out set (bench/data/danger/round14/
danger_sv.jsonl and danger_mixed.jsonl, ``"lang": "sv"`` and ``"mixed"``) that got no emergency card — a
forced marriage ("till arlanda ikväll jag vill inte gifta mig", "jag ska giftas bort"), a trip
to Iraq with the phone taken, someone trying to open the front door, a "p-ja" to hold while
"aina e på väg hit", packages to swallow before a train, a car outside school and orders by
text to get in NOW, a cut too deep that will not stop bleeding, "k n i v" spelled out, "🔪 ute";
and the mixed lines whose Swedish half carries the danger (chased by a car, "slår mamma just
nu", "kan inte väcka honom han tog G") — with variants, and ordinary sentences sharing their
words that must stay quiet ("jag vill inte gifta mig innan 30", "jag kan inte svälja
kapslar", "mamma står utanför med bilen"), among them the round 14 ordinary Swedish lines.

The entries are the "Round 14" block at the end of data/danger/sv.toml. Vetoes added this
round: `violence_now` (the past told first, "förra året blev jag rånad", and the police
chasing in a game, "polisen jagade mig"), `stabbed_or_shot` (the news, "såg på nyheterna att
det var en skjutning") and `kill_me` (an exam or homework that "kommer döda mig", which also
quiets two such lines of rounds 7 and 8); VETO_PAIRS keep the same words firing when the danger
is told now. No ordinary line of round 14 still fires: KNOWN_FALSE_ALARMS is empty.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

# The round 14 sv misses, word for word (text, category, entry id).
REPORTED_SV: list[tuple[str, str, str]] = [
    (
        "dom ska ta mig till arlanda ikväll jag vill inte gifta mig snälla hjälp",
        "forced_or_held",
        "forced_marriage_trip",
    ),
    (
        "mamma packade min väska och sa vi åker till irak imorgon bitti, jag får inte ha "
        "mobilen, skriver från kompis tel",
        "forced_or_held",
        "taken_abroad_phone_taken",
    ),
    (
        "det är nån som försöker öppna ytterdörren jag e ensam hemma",
        "violence_now",
        "someone_trying_door",
    ),
    (
        "dom sa jag måste hålla en p-ja i natt och nu säger folk att aina e på väg hit",
        "weapon",
        "hold_slang_gun",
    ),
    (
        "jag ska svälja paket imorgon och åka tåg dom har redan mitt pass",
        "forced_or_held",
        "swallow_packages",
    ),
    (
        "det står en bil utanför skolan och dom skickar sms att jag ska sätta mig i den NU",
        "forced_or_held",
        "car_waiting_ordered_in",
    ),
    ("jag skar för djupt det slutar inte blöda", "self_harm", "cut_too_deep"),
    ("k n i v i hallen han e full och skriker", "weapon", "weapon_spelled_out"),
    ("🔪 ute", "weapon", "weapon_emoji_place_alone"),
]

# The round 14 mixed misses, word for word: the Swedish half fires.
REPORTED_MIXED: list[tuple[str, str, str]] = [
    (
        "mamma säger vi åker till hargeisa ikväll, jag ska giftas bort, waan cabsanayaa",
        "forced_or_held",
        "forced_marriage",
    ),
    ("abow jag skar för djupt blodet slutar inte", "self_harm", "cut_too_deep"),
    (
        "dom kör efter mig i en svart audi springer mot tunnelbanan nu khalas",
        "violence_now",
        "chasing_me",
    ),
    ("babam slår mamma just nu jag e i badrummet lütfen", "violence_now", "hitting_mum_now"),
    (
        "shuno dom säger jag måste hålla paketet i natt och aina e på väg hit",
        "forced_or_held",
        "holding_police_coming",
    ),
    ("habibi e typ borta kan inte väcka honom han tog G", "plea", "cant_wake_him"),
]

# New wordings of the same kinds, at least one per entry.
VARIANTS: list[tuple[str, str, str]] = [
    ("min syster ska giftas bort i sommar", "forced_or_held", "forced_marriage"),
    ("dom ska gifta bort mig med min kusin", "forced_or_held", "forced_marriage"),
    ("pappa tvingar mig att gifta mig", "forced_or_held", "forced_marriage"),
    ("jag vill inte gifta mig imorgon hjälp", "forced_or_held", "forced_marriage_trip"),
    (
        "vi flyger till somalia ikväll och dom tog mitt pass",
        "forced_or_held",
        "taken_abroad_passport_taken",
    ),
    ("någon försöker ta sig in i lägenheten", "violence_now", "someone_trying_door"),
    ("en okänd man försöker öppna balkongdörren", "violence_now", "someone_trying_door"),
    ("dom sa jag ska förvara en pjäs hemma", "weapon", "hold_slang_gun"),
    (
        "jag måste gömma paketet och snuten är på väg hit",
        "forced_or_held",
        "holding_police_coming",
    ),
    ("dom vill att jag sväljer kapslar imorgon", "forced_or_held", "swallow_packages"),
    (
        "han säger jag måste svälja påsarna innan flyget",
        "forced_or_held",
        "swallow_packages",
    ),
    (
        "det står en audi vid skolan och killarna säger att jag ska hoppa in",
        "forced_or_held",
        "car_waiting_ordered_in",
    ),
    ("jag rispade mig för djupt", "self_harm", "cut_too_deep"),
    ("blödningen slutar inte", "self_harm", "cut_too_deep"),
    ("skar för djupt i armen", "self_harm", "cut_too_deep"),
    ("skar alldeles för djupt och det är blod överallt", "self_harm", "cut_too_deep_bleeding"),
    ("p i s t o l i hans väska", "weapon", "weapon_spelled_out"),
    ("🔫 här", "weapon", "weapon_emoji_place_alone"),
    ("en bil kör efter mig", "violence_now", "chasing_me"),
    ("han springer efter mig", "violence_now", "chasing_me"),
    (
        "han misshandlar mamma och jag gömmer mig i badrummet",
        "violence_now",
        "hitting_mum_now",
    ),
    ("hon ligger på golvet och jag kan inte väcka henne", "plea", "cant_wake_him"),
    # capitals and typos
    ("JAG SKA GIFTAS BORT", "forced_or_held", "forced_marriage"),
    ("nån försökr öppna dörren", "violence_now", "someone_trying_door"),
    ("🔪 UTE", "weapon", "weapon_emoji_place_alone"),
    # without å, ä, ö
    ("jag ska svalja paket imorgon", "forced_or_held", "swallow_packages"),
    ("nan forsoker oppna dorren", "violence_now", "someone_trying_door"),
    ("dom kor efter mig", "violence_now", "chasing_me"),
    ("ja ska giftas bort", "forced_or_held", "forced_marriage"),
    ("blodet slutar int", "self_harm", "cut_too_deep"),
]

# The vetoed words beside a danger told now: still the card.
VETO_PAIRS: list[tuple[str, str, str]] = [
    ("jag blev rånad nyss", "violence_now", "violence_now"),
    ("dom jagade mig hela vägen hem", "violence_now", "violence_now"),
    ("det är en skjutning här nu", "weapon", "stabbed_or_shot"),
    ("han kommer döda mig", "threat_to_life", "kill_me"),
]

# Ordinary sentences with the new entries' and vetoes' words: no card.
MUST_STAY_QUIET = [
    "jag vill inte gifta mig innan 30",
    "vi läste om tvångsäktenskap i skolan",
    "min kusin ska gifta sig i irak i sommar",
    "vi åker till irak i sommar och hälsar på mormor",
    "vi åker till turkiet imorgon, jag får inte glömma mobilen",
    "vi åker till irak imorgon, jag får inte glömma passet",
    "vi åker till iran i sommar men jag har inte pass",
    "vi åker till irak imorgon, får jag ta med mobilen på planet?",
    "mamma försöker öppna dörren med fel nyckel",
    "min bror försöker öppna fönstret men det har fastnat",
    "jag har en pjäs på teatern imorgon",
    "vi ska spela en pjäs i skolan",
    "jag ska hålla ett föredrag när polisen kommer till skolan",
    "jag kan inte svälja kapslar",
    "han svalde en påse godis",
    "mamma står utanför med bilen, jag ska sätta mig i den nu",
    "pappa väntar i bilen utanför skolan och säger att jag ska hoppa in",
    "det står en bil utanför skolan",
    "jag skar mig i fingret när jag skar lök",
    "näsan slutar inte blöda",
    "jag skar för djupt i brädan med sågen",
    "🔪 ute på köksbänken",
    "mamma kör efter mig till skolan",
    "pappa kör efter mig efter träningen",
    "min lillasyster slår mamma i schack nu",
    "jag kan inte väcka honom på morgonen",
    "kan inte väcka mamma hon sover så djupt",
    "kan inte komma nästa vecka, tog ledigt",
    "jag blev rånad för två år sen",
    "polisen jagade mig när jag cyklade utan lyse",
    "matteprovet kommer döda mig",
    "dom försöker bryta sig in i mitt konto",
    "killarna försöker ta sig in på festen",
    "de försöker öppna låset på cykeln",
    "min lillebror slår pappa just nu i fifa",
    "han ligger och sover, kan inte väcka honom",
    "vattnet slutar inte rinna",
    "vi ska äta chokladbollar och kulor",
    "hon cyklar efter mig till skolan",
    "läste i tidningen att det har varit en skottlossning i rinkeby",
]

# No round 14 ordinary Swedish line still shows the card.
KNOWN_FALSE_ALARMS: set[str] = set()
ORDINARY_QUIET = [
    text for text in held_out("round14", "sv", "ordinary") if text not in KNOWN_FALSE_ALARMS
]

REPORTED = REPORTED_SV + REPORTED_MIXED
MUST_FIRE = REPORTED + VARIANTS + VETO_PAIRS
QUIET = MUST_STAY_QUIET + ORDINARY_QUIET


def test_every_reported_miss_is_listed() -> None:
    """The round 14 sv and mixed danger sets: all 9 + 6 messages that got no card are listed."""
    assert (len(REPORTED_SV), len(REPORTED_MIXED)) == (9, 6)
    assert {text for text, _, _ in REPORTED_SV} <= set(held_out("round14", "sv", "danger"))
    assert {text for text, _, _ in REPORTED_MIXED} <= set(held_out("round14", "mixed", "danger"))


def test_the_quiet_ordinary_lines_are_all_twelve() -> None:
    """All 12 ordinary Swedish lines of round 14 are checked below."""
    assert len(ORDINARY_QUIET) == 12


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
