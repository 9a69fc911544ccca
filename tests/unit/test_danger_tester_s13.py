"""Danger messages a fresh-clone tester typed in session 13 that showed no emergency card:
"they want to kill me" and "they will shoot me" in Arabic, "they're coming to take me", "I
don't dare go home" and "they have my number and threaten the family" in Swedish, and "help
me" repeated in a message too long to stand alone as a plea (English, Swedish). Each now fires
with its category and entry (data/danger/sv.toml, en.toml, ar.toml: "Tester, session 13"),
with variants of person, tense, spelling and dialect, and the ordinary near misses next to
them (a harmless reason for not daring to go home, a ride, homework) stay quiet."""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from handlers.filters import as_words
from tests.helpers import ROOT
from tests.unit.danger_checks import assert_fires, assert_quiet


@pytest.fixture(scope="module")
def detector() -> DangerDetector:
    """The shipped danger lists."""
    return DangerDetector.from_dir(ROOT / "data" / "danger")


HELP_ME_100 = " ".join(["hjälp mig"] * 100)
HELP_ME_100_EN = " ".join(["help me"] * 100)

# The tester's messages, word for word.
REPORTED = [
    ("يريدون قتلي", "threat_to_life", "ar", "want_to_kill_me"),
    ("سوف يطلقون النار علي", "threat_to_life", "ar", "will_shoot_me"),
    ("de kommer och tar mig", "forced_or_held", "sv", "coming_to_take_me"),
    ("jag vågar inte gå hem", "fear", "sv", "dont_dare_go_home"),
    ("dom har mitt nummer och hotar familjen", "threat_to_life", "sv", "threaten_family"),
    ("help me please help me i dont know what to do", "plea", "en", "plea_repeated"),
    (HELP_ME_100, "plea", "sv", "plea_repeated"),
]

VARIANTS = [
    # they want to kill me: MSA, Levantine, Egyptian; "threatened to kill me", "liquidate me"
    ("بدهم قتلي", "threat_to_life", "ar", "want_to_kill_me"),
    ("قرروا تصفيتي", "threat_to_life", "ar", "want_to_kill_me"),
    ("هددوا بقتلي", "threat_to_life", "ar", "want_to_kill_me"),
    ("عايزين موتي", "threat_to_life", "ar", "want_to_kill_me"),
    ("يحاولون قتلي", "threat_to_life", "ar", "want_to_kill_me"),
    # they will shoot me: attached future, Levantine رح, Egyptian ه, قوص, present "at us"
    ("سيطلقون النار عليّ", "threat_to_life", "ar", "will_shoot_me"),
    ("رح يطلقوا عليي رصاص", "threat_to_life", "ar", "will_shoot_me"),
    ("هيضربوا عليا نار", "threat_to_life", "ar", "will_shoot_me"),
    ("بدهم يقوصوني", "threat_to_life", "ar", "will_shoot_me"),
    ("يطلقون النار علينا", "threat_to_life", "ar", "will_shoot_me"),
    # they're coming to take me
    ("dom ska komma o ta mej", "forced_or_held", "sv", "coming_to_take_me"),
    ("de kommer att ta mig", "forced_or_held", "sv", "coming_to_take_me"),
    ("han kommer ta mig ikväll", "forced_or_held", "sv", "coming_to_take_me"),
    ("de är på väg för att ta mig", "forced_or_held", "sv", "coming_to_take_me"),
    # I don't dare go home: tense, spelling, slang, another person, a reason that is a person
    ("vågade inte åka hem igår", "fear", "sv", "dont_dare_go_home"),
    ("törs inte dra hem", "fear", "sv", "dont_dare_go_home"),
    ("ja vågar int gå hem", "fear", "sv", "dont_dare_go_home"),
    ("min son vågar inte gå hem", "fear", "sv", "dont_dare_go_home"),
    ("jag vågar inte gå hem för att pappa är full", "fear", "sv", "dont_dare_go_home"),
    # they threaten the family
    ("han hotar mamma", "threat_to_life", "sv", "threaten_family"),
    ("de hotade föräldrarna", "threat_to_life", "sv", "threaten_family"),
    ("dom hittade min adress och hotar", "threat_to_life", "sv", "threaten_family"),
    # help me repeated, too long to stand alone
    (HELP_ME_100_EN, "plea", "en", "plea_repeated"),
    (
        "help me please help me i dont know what to do they are outside my door",
        "plea",
        "en",
        "plea_repeated",
    ),
    (HELP_ME_100.upper(), "plea", "sv", "plea_repeated"),
    # help me, I don't know what to do (nothing else)
    ("please help me i dont know what to do", "plea", "en", "plea_dont_know_what_to_do"),
    ("help me idk what to do anymore", "plea", "en", "plea_dont_know_what_to_do"),
    ("i dont know what to do help me", "plea", "en", "plea_dont_know_what_to_do"),
]

QUIET = [
    # want_to_kill_me
    "الامتحان يريد قتلي",
    "يريدون قتل الوقت",
    "عشرة قتلى في الحادث",
    # will_shoot_me
    "سوف يطلقون النار على الهدف",
    "يطلقون على النار اسم",
    "سوف يطلقون النار علي في اللعبة",
    "الشرطة تطلق النار على المتظاهرين",
    # coming_to_take_me
    "de kommer och tar mig till flygplatsen",
    "det kommer ta mig en timme",
    "han kommer och tar mig efter skolan",
    "mamma kommer och hämtar mig",
    "dom kommer ta mig på allvar",
    "de kommer inte ta mig",
    # dont_dare_go_home: a harmless reason
    "jag vågar inte gå hem och säga att jag fick F på provet",
    "vågar inte gå hem med det här betyget",
    "vågar inte åka hem för jag har tappat mobilen",
    "vågar inte gå hem för jag kommer för sent",
    "jag vågar inte gå hem för att jag fick IG",
    "jag vågar inte gå hem utan nycklarna",
    "jag vågar inte hoppa",
    # threaten_family
    "mamma hotar pappa med skilsmässa",
    "räntan hotar familjen",
    "det hotar familjens ekonomi",
    "jag har ditt nummer och ringer sen",
    # plea_repeated, plea_dont_know_what_to_do
    "can you help me with my homework",
    "help me i dont know what to do with my homework",
    "can you help me know what to do for the project",
    "help me help my brother with his homework",
    "can you help me help her",
    " ".join(["help"] * 13),
    "i dont know what to do",
    "help me know what to do with my essay",
    "kan du hjälpa mig hjälpa min bror",
    "hjälp mig med läxan",
    "tack för hjälpen, hjälp mig gärna igen imorgon",
]


@pytest.mark.parametrize(("text", "category", "language", "pattern_id"), REPORTED)
def test_reported_message_fires(
    detector: DangerDetector, text: str, category: str, language: str, pattern_id: str
) -> None:
    """As the tester checked it: through ``handlers.filters.as_words``."""
    assert_fires(detector, as_words(text), category, language, pattern_id)


@pytest.mark.parametrize(("text", "category", "language", "pattern_id"), VARIANTS)
def test_variant_fires(
    detector: DangerDetector, text: str, category: str, language: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, language, pattern_id)


@pytest.mark.parametrize("text", QUIET)
def test_near_miss_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)
