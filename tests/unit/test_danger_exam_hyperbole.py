"""Danger detection: an exam, homework or a school subject that "will kill me" is hyperbole
(docs/conversation.md, "The emergency path"), in English and Arabic as in the Swedish,
Finnish, Spanish, Turkish, Persian, Somali, Tigrinya and Sorani lists.

"this exam will kill me", "the maths test tomorrow is going to kill me", "الامتحان بكرة
حيموتني" showed the emergency card; the `kill_me` vetoes of data/danger/en.toml and
data/danger/ar.toml now quiet them (and `wants_to_die` in en.toml: "im going to die in this
exam"). Between the exam word and "kill" a veto allows only auxiliaries, adverbs, times,
demonstratives and subjects, never a person, so a real threat near an exam word still fires
("he said he will kill me after the exam"); in Arabic, where the subject is often left out,
"بعد الامتحان رح يقتلني" (after the exam he will kill me) fires through `exam_then_kill`.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_quiet

# Exam hyperbole in English: no card.
QUIET_EN = [
    "this exam will kill me",
    "the maths test tomorrow is going to kill me",
    "homework is killing me",
    "this exam is literally gonna kill me lol",
    "this chem exam is literally gonna kill me 😭",
    "this test is gonna murder me",
    "the physics exam tomorrow will literally kill me",
    "exams are gonna kill me",
    "revision will kill me",
    "chemistry will kill me",
    "the history test on friday is gonna murder me",
    "the exam gonna kill me fr",
    "this homework is gonna kill me 💀",
    "my finals r gonna kill me ngl",
    "this school is gonna kill me",
    "the gcses are literally going to kill us",
    "i'm going to die in the maths test tomorrow",
    "im going to die in this exam",
    "the essay tomorrow might actually kill me",
    "the mocks next week will kill me",
    "algebra is murdering me",
]

# Exam hyperbole in Arabic (Levantine, Egyptian, Gulf, Iraqi, Modern Standard): no card.
QUIET_AR = [
    "هالامتحان رح يقتلني",  # Levantine: this exam will kill me
    "الامتحان بكرة حيموتني",  # Levantine: the exam tomorrow will kill me
    "الواجب قاتلني",  # the homework is killing me
    "الامتحان بكرا رح يقتلني",  # Levantine
    "امتحان الرياضيات بكرة رح يموتني",  # Levantine: the maths exam tomorrow
    "الامتحانات رح تقتلني",  # the exams will kill me
    "المدرسة رح تقتلني",  # school will kill me (feminine verb: school, not a boy)
    "الامتحان ده هيموتني",  # Egyptian: this exam will kill me
    "الواجب ده هيقتلني والله",  # Egyptian: this homework will kill me, I swear
    "امتحان الكيمياء هيموتني بكرة",  # Egyptian: the chemistry exam tomorrow
    "الاختبار باجر بيقتلني",  # Gulf: the test tomorrow will kill me
    "الاختبار باچر راح يموتني",  # Gulf: the test tomorrow will kill me
    "الامتحان مال باجر راح يموتني",  # Iraqi: tomorrow's exam will kill me
    "امتحان الفيزياء بكرة حيقتلني",  # Iraqi/Levantine: the physics exam tomorrow
    "هذا الامتحان سيقتلني",  # MSA: this exam will kill me
    "هذا الاختبار سوف يقتلني",  # MSA: this test will kill me
    "الامتحان رح يقتلني حرفيا",  # the exam will literally kill me
    "التوجيهي رح يقتلني",  # Jordanian: the final school exams will kill me
    "الواجبات بتقتلني",  # the homework is killing me
    "حموت من الدراسة",  # I'll die of studying
]

# A real threat or wish to die near exam words: still the card (text, category, entry id).
FIRES_EN: list[tuple[str, str, str]] = [
    ("he said he will kill me after the exam", "threat_to_life", "kill_me"),
    ("they will kill me tomorrow before the test", "threat_to_life", "kill_me"),
    ("the exam is tomorrow but they said they will kill me tonight", "threat_to_life", "kill_me"),
    ("I want to die, the exam is tomorrow", "suicidal", "suicide"),
    ("i want to die because of this exam", "suicidal", "suicide"),
    ("the guys at school will kill me", "threat_to_life", "kill_me"),
    ("after the test they are gonna kill me", "threat_to_life", "kill_me"),
    ("he said after the maths test hes gonna kill me", "threat_to_life", "kill_me"),
    ("i have a test tomorrow but he will kill me tonight", "threat_to_life", "kill_me"),
    ("someone at school is going to kill me after the test", "threat_to_life", "kill_me"),
    ("homework they will murder me", "threat_to_life", "kill_me"),
    ("i want to kill myself before the exam", "suicidal", "suicide"),
]

FIRES_AR: list[tuple[str, str, str]] = [
    # he said he will kill me after the exam
    ("قال رح يقتلني بعد الامتحان", "threat_to_life", "kill_me"),
    # they will kill me tomorrow before the exam
    ("رح يقتلوني بكرة قبل الامتحان", "threat_to_life", "kill_me"),
    # the exam is tomorrow but they said they will kill me tonight
    ("الامتحان بكرة بس قالوا رح يقتلوني الليلة", "threat_to_life", "kill_me"),
    # I want to die, the exam is tomorrow
    ("بدي موت، الامتحان بكرة", "suicidal", "suicide"),
    ("اريد اموت الامتحان بكرة", "suicidal", "suicide"),
    # after the exam he will kill me (no subject named)
    ("بعد الامتحان رح يقتلني", "threat_to_life", "exam_then_kill"),
    ("بعد ما يخلص الامتحان رح يقتلني", "threat_to_life", "exam_then_kill"),
    ("قبل الاختبار باجر بيقتلني", "threat_to_life", "exam_then_kill"),
    ("بعد الامتحان هيموتوني", "threat_to_life", "exam_then_kill"),
    # someone from school will kill me; the guys at school will kill me after the exam
    ("واحد من المدرسة رح يقتلني", "threat_to_life", "kill_me"),
    ("الشباب بالمدرسة رح يقتلوني بعد الامتحان", "threat_to_life", "kill_me"),
    # the exam is tomorrow and he said he will kill me
    ("الامتحان بكرة وهو قال رح يقتلني", "threat_to_life", "kill_me"),
]


def test_enough_lines_of_each_kind() -> None:
    """At least 15 en and 12 ar hyperbole lines, 8 en and 8 ar threats near exam words."""
    assert (len(QUIET_EN) >= 15, len(QUIET_AR) >= 12) == (True, True)
    assert (len(FIRES_EN) >= 8, len(FIRES_AR) >= 8) == (True, True)


@pytest.mark.parametrize("text", QUIET_EN + QUIET_AR)
def test_exam_hyperbole_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(("text", "category", "pattern_id"), FIRES_EN)
def test_english_threat_near_an_exam_word_fires(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, "en", pattern_id)


@pytest.mark.parametrize(("text", "category", "pattern_id"), FIRES_AR)
def test_arabic_threat_near_an_exam_word_fires(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, "ar", pattern_id)
