"""Danger detection (docs/conversation.md, "The emergency path"): five ordinary messages
that showed the emergency card through data/danger/sv.toml, now quiet through vetoes there —
a game ("vi ska skjuta honom i fortnite ikväll", `stabbed_or_shot`), a coach picking a player
("tränaren ska ta ut en kille till matchen idag", `kill_slang_wet`, and `take_out_person`
for "… till finalen"), a chore ("fick betalt för att ta ut soporna", `crime_job`; "hunden" is
now `ordinary`, not a typo of "bunden" in `tied_up_ransom`), a door slammed shut ("han ska
smälla igen dörren ikväll", `letterbox_errand`, and `bomb_planned` for "… porten") and a Counter-Strike round in Spanish
("pusieron la bomba en B", read as the Swedish verb "bomba en" by `blow_a_door`) — each with
variants; and, for each entry touched, real threats that still fire with that entry.

The Spanish line also fired es.toml's `bomb_left` and `bomb_left_at`, whose vetoes needed an
article ("en el site"); both now also veto "bomba en A|B|site|ronda …", and the Spanish bombs
left at a door or under a car keep firing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.core.danger import DangerDetector
from tests.helpers import ROOT
from tests.unit.danger_checks import assert_fires, assert_quiet

# The five reported lines and variants: no card.
QUIET: list[str] = [
    "vi ska skjuta honom i fortnite ikväll",
    "vi ska skjuta honom i cs",
    "vi ska skjuta honom i gta ikväll",
    "jag sköt honom i cod",
    "vi ska skjuta henne i minecraft",
    "tränaren ska ta ut en kille till matchen idag",
    "coachen ska ta ut en kille till laget",
    "tränaren tar ut en snubbe till finalen",
    "fick betalt för att ta ut soporna",
    "fick betalt för att ta ut hunden",
    "fick pengar för att ta ut pengar åt mormor",
    "han ska smälla igen dörren ikväll",
    "han ska smälla igen dörren inatt",
    "hon ska smälla igen locket på brevlådan ikväll",
    "pappa sa att han ska smälla igen porten ikväll",
]

# Spanish game lines that the Swedish list must not read as Swedish.
SPANISH_GAME: list[str] = [
    "pusieron la bomba en B",
    "pusimos la bomba en el site A",
    "plantaron la bomba en A",
]

# Real threats through the entries touched (text, category, entry id).
MUST_FIRE: list[tuple[str, str, str]] = [
    ("de sköt honom i benet han blöder", "weapon", "stabbed_or_shot"),
    ("jag blev knivhuggen igår och blöder fortfarande", "weapon", "stabbed_or_shot"),
    ("det är en skjutning här nu", "weapon", "stabbed_or_shot"),
    ("jag måste ta ut en kille ikväll", "threat_to_life", "kill_slang_wet"),
    ("dom sa ja ska ta ut en snubbe i botkyrka", "threat_to_life", "kill_slang_wet"),
    ("dom ska sätta honom i blöt", "threat_to_life", "kill_slang_wet"),
    ("fick jobb att panga en kille", "forced_or_held", "crime_job"),
    ("fick betalt för att ta honom", "forced_or_held", "crime_job"),
    ("ja måste spränga en dörr imorgon", "forced_or_held", "crime_job"),
    ("dom har satt en bomb vid dörren", "forced_or_held", "letterbox_errand"),
    (
        "dom vill att ja ska lämna en grej i brevlådan ikväll annars",
        "forced_or_held",
        "letterbox_errand",
    ),
    ("ska blåsa en dörr åt dom", "forced_or_held", "blow_a_door"),
    (
        "ikväll ska jag spränga en dörr åt dom, de gav mig grejen redan",
        "forced_or_held",
        "blow_a_door",
    ),
    ("dom ska smälla en bomb vid skolan imorgon", "weapon", "bomb_planned"),
    ("dom ska smälla porten ikväll", "weapon", "bomb_planned"),
    ("fick en bild där han är bunden och de vill ha pengar", "forced_or_held", "tied_up_ransom"),
    ("min son är bunden och de vill ha pengar", "forced_or_held", "tied_up_ransom"),
    ("fick förskott för att ta ut en snubbe", "forced_or_held", "take_out_person"),
]


@pytest.fixture(scope="module")
def swedish_only(tmp_path_factory: pytest.TempPathFactory) -> DangerDetector:
    """The detector on data/danger/sv.toml alone."""
    folder: Path = tmp_path_factory.mktemp("danger_sv")
    shutil.copy(ROOT / "data" / "danger" / "sv.toml", folder / "sv.toml")
    return DangerDetector.from_dir(folder)


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_line_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize("text", SPANISH_GAME)
def test_spanish_game_round_is_not_read_as_swedish(
    detector: DangerDetector, swedish_only: DangerDetector, text: str
) -> None:
    assert_quiet(swedish_only, text)
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("text", "pattern_id"),
    [
        ("dejaron una bomba en la puerta de mi casa", "bomb_left_at"),
        ("pusieron una bomba debajo del coche de mi papá", "bomb_left_at"),
        ("me dejaron una granada en el buzon", "bomb_left_at"),
    ],
)
def test_a_spanish_bomb_left_at_home_still_fires(
    detector: DangerDetector, text: str, pattern_id: str
) -> None:
    assert_fires(detector, text, "threat_to_life", "es", pattern_id)


@pytest.mark.parametrize(("text", "category", "pattern_id"), MUST_FIRE)
def test_real_threat_still_fires(
    detector: DangerDetector, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, "sv", pattern_id)
