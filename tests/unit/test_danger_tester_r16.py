"""Danger messages a fresh-clone tester typed after round 16 that showed no emergency card:
a car waiting to take one to "do a job", pills emoji and "took them all", "I'm going to jump"
said alone, pictures to be leaked tonight, and "help" mistyped, spelled out letter by letter
or with a capital I for l. Each now fires with its category and entry (data/danger/sv.toml,
en.toml: "fresh-clone tester (after round 16)"; bot/core/textnorm.py: ``spelled_out``,
``capital_i_as_l``), and the ordinary near misses next to them stay quiet."""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from bot.core.textnorm import capital_i_as_l, spelled_out
from tests.helpers import ROOT
from tests.unit.danger_checks import assert_fires, assert_quiet


@pytest.fixture(scope="module")
def detector() -> DangerDetector:
    """The shipped danger lists."""
    return DangerDetector.from_dir(ROOT / "data" / "danger")


FIRES = [
    # 1. a car waiting to take me to "do a job"
    ("a car is waiting outside to take me to do a job", "forced_or_held", "en", "made_to_do_crime"),
    (
        "there's a car outside waiting to take me to do a job",
        "forced_or_held",
        "en",
        "made_to_do_crime",
    ),
    ("the van is downstairs to drive me to do the job", "forced_or_held", "en", "made_to_do_crime"),
    (
        "en bil väntar utanför för att ta mig till ett jobb",
        "forced_or_held",
        "sv",
        "car_waiting_do_job",
    ),
    (
        "en bil står utanför och ska köra mig och göra ett jobb",
        "forced_or_held",
        "sv",
        "car_waiting_do_job",
    ),
    # 2. pills emoji and "took them all"
    ("💊💊💊 took them all", "self_harm", "en", "took_them_all_alone"),
    ("💊💊💊 took all of them", "self_harm", "en", "took_them_all_alone"),
    ("i took all of them 💊", "self_harm", "en", "took_them_all_alone"),
    ("💊💊💊 tog alla", "self_harm", "sv", "took_them_all_alone"),
    ("jag tog dom alla", "self_harm", "sv", "took_them_all_alone"),
    ("har svalt allihop 💊", "self_harm", "sv", "took_them_all_alone"),
    # 3. going to jump, said alone
    ("i'm going to jump", "suicidal", "en", "going_to_jump_alone"),
    ("im gonna jump", "suicidal", "en", "going_to_jump_alone"),
    ("I'm going to jump tonight. sorry", "suicidal", "en", "going_to_jump_alone"),
    ("jag ska hoppa", "suicidal", "sv", "going_to_jump_alone"),
    ("ja ska hoppa nu", "suicidal", "sv", "going_to_jump_alone"),
    ("jag kommer att hoppa ikväll", "suicidal", "sv", "going_to_jump_alone"),
    # 4. pictures to be leaked (sextortion)
    ("they will leak my pics tonight", "violence_now", "en", "sexual_violence"),
    ("they're gonna leak my nudes", "violence_now", "en", "sexual_violence"),
    ("he's threatening to leak my photos", "violence_now", "en", "sexual_violence"),
    ("dom ska läcka mina bilder ikväll", "violence_now", "sv", "sexual_violence"),
    ("han hotar att sprida mina bilder", "violence_now", "sv", "sexual_violence"),
    ("de kommer att läcka mina nudes", "violence_now", "sv", "sexual_violence"),
    # 5. help mistyped, spelled out, a capital I for l
    ("helpp", "plea", "en", "plea"),
    ("hellp me", "plea", "en", "plea"),
    ("hepl me", "plea", "en", "plea"),
    ("h e l p", "plea", "en", "plea"),
    ("h.e.l.p", "plea", "en", "plea"),
    ("h. e. l. p. me please", "plea", "en", "plea"),
    ("hjälpp", "plea", "sv", "plea"),
    ("h j ä l p", "plea", "sv", "plea"),
    ("h.j.ä.l.p mig", "plea", "sv", "plea"),
    ("they will kiII me", "threat_to_life", "en", "kill_me"),
    ("they wiII kiII me tonight", "threat_to_life", "en", "kill_me"),
    ("heIp me", "plea", "en", "plea"),
]

QUIET = [
    "im going to jump on the trampoline",
    "I'm going to jump in the pool",
    "jag ska hoppa längdhopp",
    "jag ska hoppa över lunchen",
    "jag ska hoppas på det bästa",
    "help me with my homework",
    "there is a leak in the roof",
    "taket kommer läcka om det regnar",
    "did icloud leak my pics",
    "hon ska lägga ut mina bilder från festen",
    "took them all to the cinema",
    "tog alla till bion",
    "jag tog alla bussar idag",
    "I told him",
    "Ill be there",
    "I'll kill it on stage",
    "hello",
    "hello there",
    "my mum is waiting outside to take me to do a job interview",
    "en bil väntar utanför för att köra mig till jobbet",
    "mamma väntar utanför för att skjutsa mig till ett jobb-intervju",
    "I got an A in P.E. today",
    "McIntyre is in my class",
    "a b c d e f g",
]


@pytest.mark.parametrize(("text", "category", "language", "pattern_id"), FIRES)
def test_tester_message_fires(
    detector: DangerDetector, text: str, category: str, language: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, language, pattern_id)


@pytest.mark.parametrize("text", QUIET)
def test_near_miss_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("h e l p", "help"),
        ("h.e.l.p", "help"),
        ("h. j. a. l. p.", "hjalp."),
        ("say h e l p now", "say help now"),
        ("p.e. today", None),  # two letters: left alone
        ("a b", None),
        ("help me", None),
    ],
)
def test_spelled_out_joins_three_or_more_single_letters(text: str, expected: str | None) -> None:
    assert spelled_out(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they will kiII me", "they will kill me"),
        ("heIp", "help"),
        ("Ill be there", None),  # a word's first letter is left alone
        ("I told him", None),
        ("McIntyre", None),  # another capital letter: a name, not a homoglyph
        ("WiFI", None),
        ("AI", None),
        ("nothing to do", None),
    ],
)
def test_capital_i_as_l_only_inside_lower_case_words(text: str, expected: str | None) -> None:
    assert capital_i_as_l(text) == expected
