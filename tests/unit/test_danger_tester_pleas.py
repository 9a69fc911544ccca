"""Pleas a fresh-clone tester typed in round 13 that showed no emergency card (es, fi, ar, so,
ti): each now fires with the category of its Swedish/English counterpart, and the ordinary
sentences next to them stay quiet (data/danger/<lang>.toml, "fresh-clone tester, round 13")."""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.helpers import ROOT
from tests.unit.danger_checks import assert_fires, assert_quiet


@pytest.fixture(scope="module")
def detector() -> DangerDetector:
    """The shipped danger lists."""
    return DangerDetector.from_dir(ROOT / "data" / "danger")


FIRES = [
    # es: an armed person present now (weapon); not safe here (fear)
    ("hay un hombre con una pistola", "weapon", "es"),
    ("hay alguien con un arma", "weapon", "es"),
    ("no estoy seguro aquí", "fear", "es"),
    # fi: I'm dying (plea, as sv "jag dör"); I'm not safe (fear)
    ("minä kuolen", "plea", "fi"),
    ("minä kuolen nyt", "plea", "fi"),
    ("mä kuolen", "plea", "fi"),
    ("en ole turvassa", "fear", "fi"),
    ("en ole turvassa nyt", "fear", "fi"),
    ("mä en oo turvassa", "fear", "fi"),
    # ar: I'm not safe (fear)
    ("لست في أمان", "fear", "ar"),
    ("لست بأمان", "fear", "ar"),
    ("أنا لست بأمان", "fear", "ar"),
    # so: I'm not safe (fear); I'm dying (plea)
    ("ammaan ma ihi", "fear", "so"),
    ("nabad ma qabo", "fear", "so"),
    ("waan dhintay", "plea", "so"),
    # ti: I'm dying (plea)
    ("ይመውት ኣለኹ", "plea", "ti"),
]

QUIET = [
    "no estoy seguro",  # I'm not sure
    "no estoy seguro de la respuesta",
    "no estoy seguro aquí de nada",
    "hay un hombre con una pistola en la película",
    "hay alguien con una pistola de agua",
    "mä kuolen nauruun",  # dying of laughter
    "waan dhintay qosol",  # dying of laughter
    "ብሰሓቕ ይመውት ኣለኹ",  # dying of laughter
]


@pytest.mark.parametrize(("text", "category", "language"), FIRES)
def test_tester_plea_fires(
    detector: DangerDetector, text: str, category: str, language: str
) -> None:
    assert_fires(detector, text, category, language)


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)
