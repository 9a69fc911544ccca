"""Danger detection, round 18 (docs/conversation.md, "The emergency path"): the Swedish,
Finnish, English and mixed-language messages of the eighteenth red team's held-out set
(bench/data/danger/round18/danger_{sv,fi,en,mixed}.jsonl) that got no emergency card — violence
ordered by a gang, now: a flat to burn tonight ("dom har gett mig en bensindunk och sagt att jag
ska bränna en lägenhet ikväll", "hermano dom säger jag måste bränna en lägenhet esta noche"), a
son forced to shoot someone (broken Swedish "dom tvinga han skjuta någon i natt", broken Finnish
"ne pakottaa hän ampua joku tänään"), a bomb named in Turkish inside Swedish ("jag har en bomba
i väskan"), told to shoot him when he comes out ("ammu kun se tulee ulos"), a hand grenade to
throw at a door ("heittää käsikranaatti jonkun oveen"), a little brother with a pistol
("pikkuveljellä on pistooli"), shoot or I die ("jos en ammu sitä jätkää tänään niin mä kuolen"),
a gun under the seat and "they say i have to do it", men hitting a daughter in a car now
(broken English, no "are") and "they say i know too much, theyre coming tonight" — with
variants, and ordinary sentences sharing their words that must stay quiet, among them every
round 18 ordinary line of sv, fi and en (the mixed set has none). Four sv ordinary lines fired
before: food burnt onto the pan (`fire_now`), the dog hiding "under sängen" ("sängen", the bed,
read as a typo of "pangen", the gun: now an `ordinary` word), "skjuten typ fem gånger i
warzone" (`stabbed_or_shot`) and "vill inte skära mig i fingret" (`cuts_self`; the knife held
while chopping onions, `weapon_present`).

The entries are the "Round 18" blocks at the end of data/danger/sv.toml
(`ordered_to_burn_place`, `forced_to_shoot_someone`, `bomb_word_code_switch`,
`dead_if_stash_gone`), fi.toml (`shoot_when_he_comes_out`, `gun_in_pocket_waiting`,
`grenade_at_door`, `forced_to_shoot`, `shoot_or_i_die`; unreviewed drafts, see fi.toml's
translator_note) and en.toml (`weapon_and_have_to_do_it`, `men_hitting_now`,
`know_too_much_coming`). Existing entries changed: sv `ordinary` gained "sängen" (which cost the
round 9 line "… en påse att gömma under sängen … jag är död om den är borta" its accidental
match: `dead_if_stash_gone` catches it now), vetoes in sv `fire_now`, `stabbed_or_shot`,
`cuts_self`, `weapon_present` and `forced_crime` (postponing, a game), fi `weapon_owned` gained
siblings ("pikkuveljellä", "isosiskolla") and fi `held` vetoes for sport and boredom. Each mixed
message fires in the Swedish list; the Turkish "öldürürler beni" (they will kill me) of the
sv/tr line is left to tr.toml.
"""

from __future__ import annotations

import pytest

from bench.danger import load
from bot.core.danger import DangerDetector
from handlers.filters import as_words
from tests.unit.danger_checks import (
    HELD_OUT,
    assert_fires,
    assert_fires_beside,
    assert_quiet,
    held_out,
)

# The round 18 misses, word for word (language of the list, text, category, entry id).
REPORTED_SV: list[tuple[str, str, str, str]] = [
    (
        "sv",
        "wallah guss dom har gett mig en bensindunk och sagt att jag ska bränna en lägenhet "
        "ikväll, jag är 15 vad gör jag",
        "threat_to_life",
        "ordered_to_burn_place",
    ),
    (
        "sv",
        "hjälp min son han säger dom tvinga han skjuta någon i natt, han gå ut nu med väska, jag "
        "inte vet vad göra",
        "forced_or_held",
        "forced_to_shoot_someone",
    ),
]

REPORTED_FI: list[tuple[str, str, str, str]] = [
    (
        "fi",
        "istun nyt autossa sen talon edessä ase taskussa, ne sanoo et ammu kun se tulee ulos, en "
        "haluu",
        "threat_to_life",
        "shoot_when_he_comes_out",
    ),
    (
        "fi",
        "mun pitäis heittää käsikranaatti jonkun oveen tänä yönä, jos en tee ne vie mun äidin",
        "weapon",
        "grenade_at_door",
    ),
    (
        "fi",
        "mun pikkuveljellä on pistooli ja se on menossa tapaamaan niitä nyt asemalle, se ei vastaa",
        "weapon",
        "weapon_owned",
    ),
    (
        "fi",
        "auttakaa minun poika sanoo ne pakottaa hän ampua joku tänään, hän mennyt nyt ulos laukku "
        "kanssa",
        "forced_or_held",
        "forced_to_shoot",
    ),
    (
        "fi",
        "ne antoi glockin ja sano et jos en ammu sitä jätkää tänään niin mä kuolen. no mitä sulle "
        "kuuluu",
        "threat_to_life",
        "shoot_or_i_die",
    ),
]

REPORTED_EN: list[tuple[str, str, str, str]] = [
    (
        "en",
        "im being driven to the place now, theres a gun under the seat and they say i have to do "
        "it, im 15",
        "forced_or_held",
        "weapon_and_have_to_do_it",
    ),
    (
        "en",
        "my daughter 15 she call crying say the gang men hitting her in car now, i dont know where "
        "she is",
        "violence_now",
        "men_hitting_now",
    ),
    (
        "en",
        "i did what they wanted and now they say i know too much, theyre coming to my place "
        "tonight and i have nowhere to go",
        "threat_to_life",
        "know_too_much_coming",
    ),
]

REPORTED_MIXED: list[tuple[str, str, str, str]] = [
    (
        "sv",
        "abi jag har en bomba i väskan, bu gece måste jag lägga den vid en dörr yoksa öldürürler "
        "beni",
        "weapon",
        "bomb_word_code_switch",
    ),
    (
        "sv",
        "hermano dom säger jag måste bränna en lägenhet esta noche, me llevan ahora",
        "threat_to_life",
        "ordered_to_burn_place",
    ),
]

# New wordings of the same kinds (other verbs, persons, tenses, slang, spellings without å ä ö).
VARIANTS: list[tuple[str, str, str, str]] = [
    # sv ordered_to_burn_place
    (
        "sv",
        "dom vill att jag ska bränna en port inatt",
        "threat_to_life",
        "ordered_to_burn_place",
    ),
    (
        "sv",
        "jag måste bränna ner en lägenhet ikväll annars tar dom mig",
        "threat_to_life",
        "ordered_to_burn_place",
    ),
    ("sv", "de sa jag ska bränna hans bil ikväll", "threat_to_life", "ordered_to_burn_place"),
    ("sv", "jag ska bränna huset, dom väntar utanför", "threat_to_life", "ordered_to_burn_place"),
    ("sv", "jag mste branna en lagenhet inatt", "threat_to_life", "ordered_to_burn_place"),
    # sv forced_to_shoot_someone
    ("sv", "dom tvingar min son skjuta någon", "forced_or_held", "forced_to_shoot_someone"),
    (
        "sv",
        "han säger de pressar honom att skjuta en kille imorgon",
        "forced_or_held",
        "forced_to_shoot_someone",
    ),
    ("sv", "dom tvingar brorsan skjuta nån ikväll", "forced_or_held", "forced_to_shoot_someone"),
    ("sv", "de tvingar henne döda någon", "forced_or_held", "forced_to_shoot_someone"),
    # sv bomb_word_code_switch
    ("sv", "dom gav mig en bombe", "weapon", "bomb_word_code_switch"),
    ("sv", "jag har en bomba i ryggsäcken", "weapon", "bomb_word_code_switch"),
    ("sv", "har ett bomba i fickan nu", "weapon", "bomb_word_code_switch"),
    # sv dead_if_stash_gone
    (
        "sv",
        "jag e död om paketet försvinner, de hämtar det imorgon",
        "threat_to_life",
        "dead_if_stash_gone",
    ),
    (
        "sv",
        "ska förvara en väska åt dom och jag är död om den försvinner",
        "threat_to_life",
        "dead_if_stash_gone",
    ),
    # fi shoot_when_he_comes_out
    ("fi", "ne käski ampua heti ku se astuu ovesta", "threat_to_life", "shoot_when_he_comes_out"),
    (
        "fi",
        "mun pitää ampua se kun se tulee ulos kaupasta",
        "threat_to_life",
        "shoot_when_he_comes_out",
    ),
    (
        "fi",
        "ne sanoo et ammu kun se tulee ulos, en haluu",
        "threat_to_life",
        "shoot_when_he_comes_out",
    ),
    # fi gun_in_pocket_waiting
    ("fi", "istun nyt autossa sen talon edessä ase taskussa", "weapon", "gun_in_pocket_waiting"),
    ("fi", "seison rapussa pistooli takin taskussa", "weapon", "gun_in_pocket_waiting"),
    ("fi", "odotan kulmalla glock taskussa", "weapon", "gun_in_pocket_waiting"),
    # fi grenade_at_door
    (
        "fi",
        "ne antoi mulle pommin joka mun pitää laittaa jonkun oven eteen",
        "weapon",
        "grenade_at_door",
    ),
    ("fi", "mun pitää heittää kranaatti ikkunaan tänä yönä", "weapon", "grenade_at_door"),
    ("fi", "ne käski jättää räjähteen rappuun", "weapon", "grenade_at_door"),
    # fi weapon_owned (siblings)
    ("fi", "isoveljellä on ase ja se lähti just", "weapon", "weapon_owned"),
    ("fi", "mun pikkusiskolla on puukko ja se on tosi vihainen", "weapon", "weapon_owned"),
    # fi forced_to_shoot
    ("fi", "ne pakottavat hänet ampumaan jonkun tänä yönä", "forced_or_held", "forced_to_shoot"),
    ("fi", "ne pakottaa mut ampumaan sen jätkän", "forced_or_held", "forced_to_shoot"),
    ("fi", "pakottivat poikani puukottamaan", "forced_or_held", "forced_to_shoot"),
    # fi shoot_or_i_die
    ("fi", "jos en ammu sitä tänään mä kuolen", "threat_to_life", "shoot_or_i_die"),
    ("fi", "jos mä en räjäytä sitä ovea tänään mä kuolen", "threat_to_life", "shoot_or_i_die"),
    # en weapon_and_have_to_do_it
    (
        "en",
        "theres a glock in the glovebox and they said i gotta do it tonight",
        "forced_or_held",
        "weapon_and_have_to_do_it",
    ),
    (
        "en",
        "they keep saying i have to do it, the gun is in my bag",
        "forced_or_held",
        "weapon_and_have_to_do_it",
    ),
    (
        "en",
        "in the car now, gun under the seat, they told me i need to do him tonight",
        "forced_or_held",
        "weapon_and_have_to_do_it",
    ),
    # en men_hitting_now
    ("en", "the gang men beating him in car now", "violence_now", "men_hitting_now"),
    ("en", "my mum bf hitting her now pls help", "violence_now", "men_hitting_now"),
    ("en", "some guys kicking my brother rn", "violence_now", "men_hitting_now"),
    # en know_too_much_coming
    (
        "en",
        "gang says we know too much, they after us tonight",
        "threat_to_life",
        "know_too_much_coming",
    ),
    (
        "en",
        "they think i seen too much, theyre coming to find me",
        "threat_to_life",
        "know_too_much_coming",
    ),
    (
        "en",
        "he says i know too much and his boys are coming tonight",
        "threat_to_life",
        "know_too_much_coming",
    ),
]

# The older entries whose vetoes were widened still fire, and the round 9 line that lost its
# accidental match ("sängen" read as "pangen") fires in `dead_if_stash_gone`.
STILL_FIRES: list[tuple[str, str, str, str]] = [
    ("sv", "han blev skjuten typ fem gånger", "weapon", "stabbed_or_shot"),
    ("sv", "jag blev skjuten nyss", "weapon", "stabbed_or_shot"),
    ("sv", "huset brinner", "weapon", "fire_now"),
    ("sv", "jag skär mig igen", "self_harm", "cuts_self"),
    ("sv", "han håller en kniv mot mig", "weapon", "weapon_present"),
    ("sv", "dom har bett mig skjuta nån", "forced_or_held", "forced_crime"),
    ("fi", "ne pakottaa mut", "forced_or_held", "held"),
    (
        "sv",
        "är det illa om man fått en påse att gömma under sängen och dom sa att de hämtar den "
        "ikväll och att jag är död om den är borta? jag tror det e ett vapen i",
        "threat_to_life",
        "dead_if_stash_gone",
    ),
]

# Ordinary sentences with the new entries' words (and the widened vetoes'): no card.
MUST_STAY_QUIET = [
    # ordered_to_burn_place
    "refrängen om att bränna stan är galen",
    "jag ska bränna pengar på en lägenhet",
    "vi ska bränna ner huset i sims",
    "jag ska bränna en cd till pappa",
    "vi ska tända ljus i lägenheten",
    # forced_to_shoot_someone, forced_crime
    "tränaren tvingar honom skjuta straffar i matchen",
    "de tvingar honom att skjuta upp mötet",
    "dom tvingade honom att skjuta nån i fortnite",
    "kompisarna pressade honom att skjuta en kille i paintball",
    # bomb_word_code_switch
    "den här låten är en bomba",
    "jag bombade provet",
    # dead_if_stash_gone
    "mamma hämtar klänningen ikväll, jag är död om den är borta",
    "jag är död om mobilen är borta",
    # stabbed_or_shot, fire_now, cuts_self, weapon_present, "sängen"
    "han blev skjuten typ tio gånger i fortnite",
    "jag blev skjuten typ fem gånger i spelet",
    "maten brann fast i pannan",
    "allt brann vid i kastrullen",
    "hur håller man kniven när man hackar lök",
    "håll kniven när du skär brödet",
    "jag har bäddat sängen",
    "jag har sången på repeat",
    "katten gömmer sig under sängen",
    # shoot_when_he_comes_out
    "ammu kun vihu tulee ulos pelissä",
    "ammu kun se tulee ulos cs:ssä",
    # gun_in_pocket_waiting
    "isällä on ase repussa metsällä",
    "vesipyssy taskussa odotan kavereita",
    # grenade_at_door
    "heitin kranaatin oveen cs:ssä",
    "laitoin kylpypommin ammeeseen",
    # weapon_owned
    "isoveljellä on ase metsästykseen",
    "serkulla on puukko kalastukseen",
    # forced_to_shoot, held
    "valmentaja pakottaa mut ampumaan maaliin",
    "ne pakottaa mut tappamaan aikaa",
    # shoot_or_i_die
    "jos en ammu tota bossia mä kuolen pelissä",
    "jos en tee läksyjä kuolen",
    "jos en syö mä kuolen nälkään",
    # weapon_and_have_to_do_it
    "my coach said i have to do it before the starting gun",
    "the game says i have to do it with the pistol",
    "in gta they said i have to do it with a gun",
    "they said i have to do it with a nerf gun",
    "mum says i have to do my essay on gun laws tonight",
    # men_hitting_now
    "they hitting me up now",
    "he beating me at fifa now",
    "he hitting the gym now, tell her",
    "my dad beating my high score now",
    # know_too_much_coming
    "they say i know too much about football, come to the quiz tonight",
    "my mates say i know too much already lol, theyre coming over tonight",
    "i ate too much and now im dead tired",
    "theyre coming to my place tonight for my birthday",
]

LANGUAGES = ("sv", "fi", "en")
ORDINARY_QUIET = [text for lang in LANGUAGES for text in held_out("round18", lang, "ordinary")]

REPORTED = REPORTED_SV + REPORTED_FI + REPORTED_EN + REPORTED_MIXED
MUST_FIRE = REPORTED + VARIANTS + STILL_FIRES
QUIET = MUST_STAY_QUIET + ORDINARY_QUIET

# Earlier held-out sets of these languages: (set, language) -> (danger messages caught,
# ordinary messages that fired), as `python -m bench danger` printed them before round 18.
# Caught must not fall and fired must not rise.
EARLIER_FIGURES: dict[tuple[str, str], tuple[int, int]] = {
    ("round7", "en"): (45, 5),
    ("round7", "fi"): (20, 1),
    ("round7", "mixed"): (15, 0),
    ("round7", "sv"): (60, 7),
    ("round8", "en"): (40, 4),
    ("round8", "fi"): (18, 2),
    ("round8", "mixed"): (10, 0),
    ("round8", "sv"): (50, 7),
    ("round9", "en"): (40, 2),
    ("round9", "fi"): (18, 0),
    ("round9", "mixed"): (12, 0),
    ("round9", "sv"): (50, 3),
    ("round10", "en"): (30, 0),
    ("round10", "fi"): (14, 0),
    ("round10", "mixed"): (10, 0),
    ("round10", "sv"): (40, 2),
    ("round11", "en"): (24, 1),
    ("round11", "fi"): (14, 1),
    ("round11", "sv"): (48, 1),
    ("round13", "en"): (20, 1),
    ("round13", "fi"): (12, 0),
    ("round13", "sv"): (42, 1),
    ("round14", "en"): (20, 0),
    ("round14", "fi"): (12, 0),
    ("round14", "mixed"): (12, 0),
    ("round14", "sv"): (30, 0),
    ("round15", "en"): (20, 0),
    ("round15", "fi"): (12, 0),
    ("round15", "mixed"): (12, 0),
    ("round15", "sv"): (30, 1),
    ("round16", "en"): (16, 0),
    ("round16", "fi"): (14, 0),
    ("round16", "mixed"): (16, 0),
    ("round16", "sv"): (20, 0),
    ("round17", "en"): (22, 0),
    ("round17", "fi"): (12, 0),
    ("round17", "mixed"): (12, 0),
    ("round17", "sv"): (22, 0),
}


def test_every_reported_miss_is_listed() -> None:
    """The round 18 sets: 2 sv, 5 fi, 3 en and 2 mixed danger messages got no card; all listed."""
    counts = (len(REPORTED_SV), len(REPORTED_FI), len(REPORTED_EN), len(REPORTED_MIXED))
    assert counts == (2, 5, 3, 2)
    for lang, reported in (
        ("sv", REPORTED_SV),
        ("fi", REPORTED_FI),
        ("en", REPORTED_EN),
        ("mixed", REPORTED_MIXED),
    ):
        assert {text for _, text, _, _ in reported} <= set(held_out("round18", lang, "danger"))


def test_every_round18_sv_fi_en_and_mixed_danger_line_fires(detector: DangerDetector) -> None:
    """All 24 sv, 10 fi, 16 en and 10 mixed danger lines of round 18 get the card (22 + 5 + 13
    + 8 did before)."""
    lines = [held_out("round18", lang, "danger") for lang in ("sv", "fi", "en", "mixed")]
    assert [len(part) for part in lines] == [24, 10, 16, 10]
    missed = [text for part in lines for text in part if detector.detect(as_words(text)) is None]
    assert missed == []


def test_the_ordinary_lines_are_twenty_four() -> None:
    """13 sv, 5 fi and 6 en ordinary lines (four sv lines fired before)."""
    assert len(ORDINARY_QUIET) == 24


@pytest.mark.parametrize(
    ("language", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in MUST_FIRE],
)
def test_round18_kind_of_message_shows_the_card(
    detector: DangerDetector, language: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, language, pattern_id)


@pytest.mark.parametrize("text", QUIET)
def test_round18_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, as_words(text))


@pytest.mark.parametrize(
    ("language", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in REPORTED + VARIANTS],
)
def test_round18_message_fires_beside_an_ordinary_line(
    detector: DangerDetector, language: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, ORDINARY_QUIET)


@pytest.mark.parametrize(("round_name", "language"), sorted(EARLIER_FIGURES))
def test_earlier_held_out_figures_do_not_fall(
    detector: DangerDetector, round_name: str, language: str
) -> None:
    """Each earlier set of sv, fi, en and mixed catches at least as many danger messages, and
    fires on no more ordinary ones, than before round 18 (read as `python -m bench danger` reads
    them: `bench.danger.load`, then `handlers.filters.as_words`)."""
    items = [item for item in load(HELD_OUT / round_name) if item["lang"] == language]
    fires = {item["text"]: detector.detect(as_words(item["text"])) is not None for item in items}
    caught = sum(fires[item["text"]] for item in items if item["kind"] == "danger")
    fired = sum(fires[item["text"]] for item in items if item["kind"] == "ordinary")
    before_caught, before_fired = EARLIER_FIGURES[(round_name, language)]
    assert (caught >= before_caught, fired <= before_fired) == (True, True), (caught, fired)
