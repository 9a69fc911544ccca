"""Danger detection, round 2 (docs/conversation.md, "The emergency path"): Swedish and English
messages a fresh-clone tester typed without getting the emergency card, and the ordinary
sentences beside them that must stay quiet. The entries are in data/danger/sv.toml and
data/danger/en.toml.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet

# (language of the list that fires, text, category)
MUST_FIRE: list[tuple[str, str, str]] = [
    ("sv", "de ska blåsa mig", "threat_to_life"),
    ("sv", "han har en plugg", "weapon"),
    ("sv", "yo bror de ska lägga mig", "threat_to_life"),
    ("sv", "han har en gun", "weapon"),
    ("sv", "jag är rädd för mitt liv", "fear"),
    ("sv", "hjälp jag är rädd för mitt liv", "fear"),
    ("sv", "hjälp de är här", "plea"),
    ("sv", "snälla hjälp de är utanför", "plea"),
    ("sv", "min kompis är skjuten", "weapon"),
    ("sv", "dom ska skjuta på mitt hus", "threat_to_life"),
    ("sv", "någon sköt precis utanför", "weapon"),
    ("sv", "det skjuts utanför", "weapon"),
    ("sv", "min son har inte kommit hem och de har hotat honom", "threat_to_life"),
    ("sv", "min dotter har inte kommit hem och de hotade henne", "threat_to_life"),
    ("sv", "min son är borta och jag tror de har honom", "forced_or_held"),
    ("sv", "jag sitter i en bil och de låter mig inte gå", "forced_or_held"),
    ("sv", "jag kan inte komma härifrån de låser dörren", "forced_or_held"),
    ("sv", "de sa att jag är död om jag berättar", "threat_to_life"),
    ("sv", "de sa jag ska dö", "threat_to_life"),
    ("sv", "ingen skulle sakna mig om jag dog", "suicidal"),
    ("sv", "de tog mina kläder och filmade mig", "violence_now"),
    ("sv", "jag vill ta livet avmig", "suicidal"),
    ("sv", "jag vill inte lvea längre", "suicidal"),
    ("sv", "jag ska hoppa från bron", "suicidal"),
    ("sv", "jag står på taket och ska hoppa", "suicidal"),
    ("sv", "🔪🔪 utanför dörren", "weapon"),
    ("sv", "jag hittade min son medvetslös han andas knappt", "plea"),
    ("en", "my son hasnt come home and they threatened him", "threat_to_life"),
    ("en", "my daughter is missing and they threatened her", "threat_to_life"),
    ("en", "help they are here", "plea"),
    ("en", "im scared for my life", "fear"),
    ("en", "they said im dead if i snitch", "threat_to_life"),
    ("en", "i am hurt and need an ambulance", "plea"),
    ("en", "my mom's boyfriend is hitting her right now", "violence_now"),
    ("en", "someone broke into our house", "violence_now"),
    ("en", "theyre shooting outside", "weapon"),
    # variants of the same entries
    ("sv", "dom kommer blåsa mej", "threat_to_life"),
    ("sv", "killen drog en plugg", "weapon"),
    ("sv", "de är skjutna", "weapon"),
    ("sv", "min son är medvetslös", "plea"),
    ("sv", "jag är skadad och behöver ambulans", "plea"),
    ("sv", "de filmade mig naken", "violence_now"),
    ("en", "help theyre outside", "plea"),
    ("en", "i fear for my life", "fear"),
    ("en", "someone is breaking in", "violence_now"),
]

# Already quiet before this round (reported by the tester): they must stay so.
REPORTED_QUIET = [
    "vi har en kniv i köket",
    "jag är dödstrött",
    "this homework is killing me",
    "my son shot a great goal today",
    "det är bussen 112 som är sen",
    "jag skjuter upp mitt prov",
    "vi slaktar ett lamm till eid",
    "shuno vad händer",
    "someone offered me 5000 kr to hold a bag",
    "jag ska lägga mig nu",
    "han lade mig i säng",
    "plugget börjar kl 8",
    "jag blåste ut ljusen",
    "skjut upp mötet",
]

# Ordinary sentences near each new entry (the entry id in the comment).
MUST_STAY_QUIET = [
    "de ska blåsa mig på pengar",  # kill_slang
    "de ska lägga mig i sängen",  # kill_slang
    "de ska lägga in mig på sjukhus",  # kill_slang
    "jag har plugg imorgon",  # weapon_slang
    "han har en plugg i örat",  # weapon_slang
    "min farmor Gun har en katt",  # weapon_slang
    "jag är rädd för att mitt liv blir tråkigt",  # fear_for_life (sv)
    "jag är rädd för mitt livs första intervju",  # fear_for_life (sv)
    "tack för hjälp de är här imorgon",  # help_they_are_here (sv)
    "vi fick skjuta på bilen",  # shoot_at_home
    "vi ska skjuta på mitt kalas",  # shoot_at_home
    "han sköt precis utanför",  # shooting_nearby (sv): football
    "de sköt utanför målet hela matchen",  # shooting_nearby (sv)
    "det finns skjuts utanför skolan",  # shooting_nearby (sv)
    "folk skjuter raketer utanför",  # shooting_nearby (sv): New Year
    "mötet är skjutet",  # stabbed_or_shot
    "min son är borta på läger och han trivs",  # child_missing_taken
    "hon låter mig inte gå på festen",  # not_let_go
    "mamma låter mig inte gå till kompisen ikväll",  # not_let_go
    "jag kan inte komma ut jag har låst mig ute",  # locked_in
    "du är död om du berättar för mamma",  # dead_if_tell (sv)
    "han sa att jag ska dö av skratt",  # dead_if_tell (sv)
    "ingen skulle sakna mig om jag flyttade",  # miss_me_if_dead
    "jag tog på mig kläderna och filmade mig",  # undressed_filmed
    "jag tog mina kläder och filmade en video",  # undressed_filmed
    "jag ska hoppa från bryggan i sommar",  # jump
    "jag står på bron och ska hoppa i vattnet",  # jump_from_height
    "jag var typ medvetslös efter träningen",  # unconscious
    "läraren hotade honom med kvarsittning",  # threatens_me
    "jag andas knappt av skratt",  # cannot_breathe
    "jag vill inte leave gruppen",  # suicide ("leav")
    "thanks for the help they are here tomorrow",  # help_they_are_here (en)
    "im scared for my exam",  # fear_for_life (en)
    "im dead if i tell my mom about my grades",  # dead_if_tell (en)
    "he is hitting her up later",  # hitting_someone_now
    "she is beating him at chess right now",  # hitting_someone_now
    "it is hurting her right arm",  # hitting_someone_now
    "someone broke into my car",  # break_in
    "someone broke into my house in minecraft",  # break_in
    "prices are breaking into new highs",  # break_in
    "they are shooting a movie outside",  # shooting_nearby (en)
    "we were shooting hoops outside",  # shooting_nearby (en)
    "people are shooting fireworks outside",  # shooting_nearby (en)
    "the sun is hitting my face right now",  # hitting_someone_now
    "the teacher threatened him with detention",  # death_threat
    "i am an ambulance driver",  # call_ambulance
]


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, category, id=f"{lang}:{text}") for lang, text, category in MUST_FIRE],
)
def test_reported_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    assert_fires(detector, text, category, lang)


@pytest.mark.parametrize("text", REPORTED_QUIET + MUST_STAY_QUIET)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, category, id=f"{lang}:{text}") for lang, text, category in MUST_FIRE],
)
def test_reported_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    assert_fires_beside(detector, text, category, REPORTED_QUIET + MUST_STAY_QUIET)
