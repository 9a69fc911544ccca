"""Danger detection, round 16 (docs/conversation.md, "The emergency path"): the Swedish and
mixed messages of the sixteenth red team's held-out set (bench/data/danger/round16/
danger_sv.jsonl and danger_mixed.jsonl, ``"lang": "sv"`` and ``"mixed"``) that got no
emergency card — violence for hire ("min kusin ska blåsa nån ikväll för nåt gäng", "fick 20k i
förskott för att ta ut en snubbe", "blev erbjuden 30k på snap att hugga nån ikväll", "ja ha fåt
en adres o en tid kl 23 dom sa ja ska skjuta den som öpnar", a job with an address and a photo
of the target), a blasting job via Telegram tonight, a wired package under a father's car, a
hand grenade thrown into the yard, "trapphuset smäller inatt", someone pouring from a can at
the front door now, "annars hittar dom min mamma", "annars är det jag som blir tagen",
sextortion with the pictures held ("de har mina bilder o ska lägga ut dom ikväll om jag inte
gör jobbet"), the danger often buried at the end of a long ordinary message — with variants,
and ordinary sentences sharing their words that must stay quiet ("vad betyder uppdrag", CS2
bombs, fireworks on New Year, news of last year, a school project, "killen ska skjuta straff
ikväll", "ta ut henne på dejt", "pappa har ett sprängningsjobb i gruvan"), among them the
round 16 ordinary Swedish lines (the mixed set has none).

The entries are the "Round 16" block at the end of data/danger/sv.toml: `hit_for_hire`
(an act against a person near an order, a time, money or an address), `take_out_person`,
`shoot_whoever_opens`, `address_and_target_picture`, `or_else_me_taken`,
`or_else_find_family`, `wired_package_car`, `grenade_thrown_here`, `place_blows_tonight`,
`blast_job_tonight`, `pouring_at_door`, `have_my_pictures_unless`, `gun_stashed` and
`kill_sibling_threat`. No existing entry was changed.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

# The round 16 sv misses, word for word (text, category, entry id).
REPORTED_SV: list[tuple[str, str, str]] = [
    (
        "jag har fått ett uppdrag. adressen o en bild på killen. dom säger jag måste göra det "
        "inatt annars är det jag som blir tagen",
        "threat_to_life",
        "or_else_me_taken",
    ),
    (
        "hej! vi vann matchen idag 3-1 och mamma gör köttbullar. men asså min kusin ska blåsa "
        "nån ikväll för nåt gäng och jag vet inte vad jag ska göra",
        "forced_or_held",
        "hit_for_hire",
    ),
    (
        "det ligger nåt paket under pappas bil med sladdar, han ska köra snart",
        "weapon",
        "wired_package_car",
    ),
    (
        "nån kastade in en handgranat på gården, den small inte, barn leker där",
        "weapon",
        "grenade_thrown_here",
    ),
    (
        "dom sa att trapphuset smäller inatt. vi bor där. ska vi gå ut?",
        "threat_to_life",
        "place_blows_tonight",
    ),
    (
        "fick 20k i förskott för att ta ut en snubbe, nu vill jag backa men dom säger dom dödar "
        "min lillebror om jag inte gör det ikväll",
        "forced_or_held",
        "take_out_person",
    ),
    (
        "kompisen fick sprängningsjobb via telegram, ska vara kl 2 inatt, han e 15 och har "
        "redan fått bomben",
        "forced_or_held",
        "blast_job_tonight",
    ),
    (
        "nån står o häller nåt ur en dunk mot vår ytterdörr JUST NU",
        "violence_now",
        "pouring_at_door",
    ),
    (
        "skolan var tråkig, vi hade prov i matte. sen skrev en okänd att jag ska hugga en kille "
        "på centrum kl 19 annars hittar dom min mamma. det e om en timme",
        "threat_to_life",
        "or_else_find_family",
    ),
    (
        "ja ha fåt en adres o en tid kl 23 dom sa ja ska skjuta den som öpnar",
        "threat_to_life",
        "shoot_whoever_opens",
    ),
]

# The round 16 mixed misses, word for word: the Swedish half fires.
REPORTED_MIXED: list[tuple[str, str, str]] = [
    (
        "wallah bror dom har gett mig ett uppdrag, ska puffra en kille i tensta ikväll, pangen "
        "ligger i buskarna yani jag e rädd",
        "forced_or_held",
        "hit_for_hire",
    ),
    (
        "walaal asså dom säger trapphuset smäller inatt, hooyo sover, vad gör vi",
        "threat_to_life",
        "place_blows_tonight",
    ),
    (
        "hermano de har mina bilder o ska lägga ut dom ikväll om jag inte gör jobbet, jag står "
        "på bron nu",
        "violence_now",
        "have_my_pictures_unless",
    ),
    (
        "bro they gave me the address och sa go in o blåsa honom, ey i dont wanna",
        "forced_or_held",
        "hit_for_hire",
    ),
    (
        "habibi nån har tejpat ett paket under pappas bil med sladdar, han ska köra nu",
        "weapon",
        "wired_package_car",
    ),
    (
        "parce asså min kompis blev erbjuden 30k på snap att hugga nån ikväll och han har sagt ja",
        "forced_or_held",
        "hit_for_hire",
    ),
]

# New wordings of the same kinds (other verbs, tenses, slang, spellings, word orders).
VARIANTS: list[tuple[str, str, str]] = [
    ("min bror ska skjuta en kille inatt för gänget", "forced_or_held", "hit_for_hire"),
    ("dom betalar honom 40k för att puffra nån imorgon", "forced_or_held", "hit_for_hire"),
    ("de sa jag ska blåsa killen ikväll annars", "forced_or_held", "hit_for_hire"),
    ("han ska hugga snubben kl 21 för gänget", "forced_or_held", "hit_for_hire"),
    ("dom vill att jag tar ut en kille ikväll", "forced_or_held", "take_out_person"),
    ("jag fick förskott för att ta ut honom", "forced_or_held", "take_out_person"),
    ("dom sa jag ska hugga den som öppnar dörren", "threat_to_life", "shoot_whoever_opens"),
    ("han ska skjuta alla som kommer ut", "threat_to_life", "shoot_whoever_opens"),
    ("jag har fått adressen o en bild på killen", "forced_or_held", "address_and_target_picture"),
    (
        "dom gav mig adressen och ett foto på snubben, ska göra det inatt",
        "forced_or_held",
        "address_and_target_picture",
    ),
    ("annars är det jag som blir skjuten", "threat_to_life", "or_else_me_taken"),
    ("annars blir det du som är nästa", "threat_to_life", "or_else_me_taken"),
    ("annars hittar dom din familj", "threat_to_life", "or_else_find_family"),
    ("annars besöker de min lillasyster", "threat_to_life", "or_else_find_family"),
    ("det sitter en låda fasttejpad under mammas bil", "weapon", "wired_package_car"),
    ("någon har satt ett paket med kablar under bilen", "weapon", "wired_package_car"),
    ("dom slängde in en handgranat i trapphuset", "weapon", "grenade_thrown_here"),
    ("nån slängde in en bomb genom brevinkastet", "weapon", "grenade_thrown_here"),
    (
        "nån kastade en granat på gården igår, den ligger kvar",
        "weapon",
        "grenade_thrown_here",
    ),
    ("porten ska sprängas inatt", "threat_to_life", "place_blows_tonight"),
    ("dom säger att det smäller i trapphuset ikväll", "threat_to_life", "place_blows_tonight"),
    ("lägenheten brinner inatt sa dom", "threat_to_life", "place_blows_tonight"),
    ("min kompis har ett skjutjobb ikväll", "forced_or_held", "blast_job_tonight"),
    ("han tog ett sprängjobb på snap", "forced_or_held", "blast_job_tonight"),
    ("en man häller nåt ur en dunk vid porten", "violence_now", "pouring_at_door"),
    ("nån sprutar nåt genom vårt brevinkast", "violence_now", "pouring_at_door"),
    (
        "han har sparat mina nudes och säger att han skickar dom till alla om jag inte betalar",
        "violence_now",
        "have_my_pictures_unless",
    ),
    (
        "dom har mina nakenbilder och ska sprida dom annars",
        "violence_now",
        "have_my_pictures_unless",
    ),
    ("puffran ligger gömd i busken", "weapon", "gun_stashed"),
    ("pistolen finns i soprummet, jag ska hämta den nu", "weapon", "gun_stashed"),
    ("gänget ska döda min lillasyster", "threat_to_life", "kill_sibling_threat"),
    (
        "dom säger dom dödar min lillebror om jag inte gör det",
        "threat_to_life",
        "kill_sibling_threat",
    ),
    ("dom sa de skjuter min son om jag pratar", "threat_to_life", "kill_sibling_threat"),
    ("DOM SA ATT TRAPPHUSET SMÄLLER INATT", "threat_to_life", "place_blows_tonight"),
    ("min kusin ska blasa nan ikvall", "forced_or_held", "hit_for_hire"),
]

# Ordinary sentences with the new entries' words: no card.
MUST_STAY_QUIET = [
    "vad betyder det att blåsa nån?",
    "vad betyder ta ut nån i gängspråk?",
    "i cs kastade jag in en granat i trapphuset och vann rundan",
    "jag ska puffra killen i fortnite ikväll",
    "killen ska skjuta straff ikväll på matchen",
    "han ska blåsa honom på pengar ikväll",
    "min kille ska hugga ved ikväll",
    "han ska släcka ljuset kl 22",
    "han vill ta ut henne på dejt ikväll",
    "jag måste ta ut pengar ikväll",
    "jag kan inte ta mig ut ikväll, killen har bilen",
    "vi har ett skolarbete om gängvåldet och uppdrag för pengar",
    "såg på nyheterna att nån kastade en handgranat i malmö förra året",
    "vi köper fyrverkerier till nyår, det smäller inatt",
    "på nyårsafton smäller det inatt",
    "dörren smäller hela natten",
    "pappa har ett sprängningsjobb i gruvan",
    "han jobbar med sprängjobb på bygget",
    "mamma häller vatten vid dörren",
    "jag häller upp saft i hallen",
    "mamma har mina bilder från resan",
    "om du inte vill att jag lägger ut bilderna säg till",
    "kniven ligger i lådan",
    "pistolen ligger i spelet bakom busken",
    "fick adressen och en bild på huset",
    "fick adressen och en bild på killen som säljer soffan",
    "annars hittar dom mig inte",
    "göm dig annars hittar dom dig",
    "annars är det jag som får diska",
    "den som öppnar först vinner",
    "mopeden står bakom huset med en påse",
    "det hänger en sladd under bilen",
    "vi ska blåsa upp ballonger ikväll",
    "jag ska döda min lillebror han åt mina chips",
    "han dödar min lillebror i fortnite hela tiden",
]

ORDINARY_QUIET = held_out("round16", "sv", "ordinary")

REPORTED = REPORTED_SV + REPORTED_MIXED
MUST_FIRE = REPORTED + VARIANTS
QUIET = MUST_STAY_QUIET + ORDINARY_QUIET


def test_every_reported_miss_is_listed() -> None:
    """The round 16 sv and mixed danger sets: all 10 + 6 messages that got no card are listed."""
    assert (len(REPORTED_SV), len(REPORTED_MIXED)) == (10, 6)
    assert {text for text, _, _ in REPORTED_SV} <= set(held_out("round16", "sv", "danger"))
    assert {text for text, _, _ in REPORTED_MIXED} <= set(held_out("round16", "mixed", "danger"))


def test_every_round16_sv_and_mixed_danger_line_fires(detector: DangerDetector) -> None:
    """All 20 sv and 16 mixed danger lines of round 16 get the card (10 + 10 did before)."""
    lines = held_out("round16", "sv", "danger") + held_out("round16", "mixed", "danger")
    assert len(lines) == 36
    assert [text for text in lines if detector.detect(text) is None] == []


def test_the_ordinary_lines_are_eight() -> None:
    assert len(ORDINARY_QUIET) == 8


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
