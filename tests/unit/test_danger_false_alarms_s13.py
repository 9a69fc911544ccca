"""Two false alarms found in the thirteenth session (docs/conversation.md, "The emergency
path"): a Spanish "saltar a la comba" (skip rope) read as the Swedish "bomba en" (sv
`blow_a_door`: "comba" is now an ordinary word of the Swedish list, never a typo of
"bomba"), and an Arabic medicine routine, all the pills on schedule ("لازم آخذ الحبوب كلها
بمواعيدها"), read as an overdose (ar `overdose` and `took_all_pills` veto the schedule
words). The dangers beside them keep firing.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "voy a saltar a la comba en la azotea",
        "mi hermana salta a la comba en el patio",
        "لازم آخذ الحبوب كلها بمواعيدها",
        "لازم اخذ كل الحبوب بانتظام",
        "الدكتور قال اخذ الحبوب كلها بوقتها",
    ],
)
def test_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("text", "category", "language", "pattern_id"),
    [
        ("de ska bomba en port ikväll", "forced_or_held", "sv", "crime_job"),
        ("bomba en dörr", "forced_or_held", "sv", "blow_a_door"),
        ("اخذت الحبوب كلها", "self_harm", "ar", "overdose"),
        ("بلعت كل الحبوب", "self_harm", "ar", "overdose"),
        ("راح آخذ الحبوب كلها الليلة", "self_harm", "ar", "overdose"),
    ],
)
def test_the_dangers_beside_them_still_fire(
    detector: DangerDetector, text: str, category: str, language: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, language, pattern_id)
