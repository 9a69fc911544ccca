"""Danger detection, round 15 (docs/conversation.md, "The emergency path"): the Swedish and
mixed messages of the fifteenth red team's held-out set (bench/data/danger/round15/
danger_sv.jsonl and danger_mixed.jsonl, ``"lang": "sv"`` and ``"mixed"``) that got no
emergency card — a newcomer mother's "han ha kniv i jacka", a son gone for hours with men in a
car, "hjlp ds r hr nu ngn knckr p drrn" (vowels dropped), a threat to take a little brother
after school, a "test" that may be a bomb, forced to take the blame for a shooting or the
family dies, sold to another gang, a little brother groomed by older men with money, followed
by a car that stops when you stop, a brother who took a hunting rifle to "lösa" someone, held
in a flat until a debt is paid, "sista kvällen jag finns"; and the mixed lines whose Swedish
half carries the danger ("annars e kardeşim nästa", "en pistola", "blir följd nu", "dom gav
honom para", "dom skadar honom annars") — with variants, and ordinary sentences sharing their
words that must stay quiet ("han vill ha kniv och gaffel", "jag är såld på idén", "jag följs
av 200 personer på insta", "pappa tog jaktgeväret till älgjakten"), among them the round 15
ordinary Swedish lines.

The entries are the "Round 15" block at the end of data/danger/sv.toml. A veto was added to
`threatens_me`: the past, settled ("min bror blev hotad förra året men det är löst nu");
VETO_PAIRS keep the same words firing when the threat is now. One ordinary line still fires:
a friend's joke, "om du inte svarar på snapen dödar jag dig 😂" (KNOWN_FALSE_ALARMS): the same
words from a partner or an ex are a real threat, and nothing in the words tells them apart.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

# The round 15 sv misses, word for word (text, category, entry id).
REPORTED_SV: list[tuple[str, str, str]] = [
    (
        "hej jag mamma från syrien. min dotter 14 år hon gå med äldre kille i bil nu och han "
        "ha kniv i jacka jag se",
        "weapon",
        "weapon_pidgin_ha",
    ),
    (
        "förmodligen inget men min son åkte iväg med några män i en bil för 6 timmar sen och "
        "han svarar inte och dom hade ett basebollträ",
        "weapon",
        "blunt_weapon_present",
    ),
    ("hjlp ds r hr nu ngn knckr p drrn", "plea", "disemvowelled_they_are_here"),
    (
        "dom sa de ska komma o ta min lillebror efter skolan idag",
        "threat_to_life",
        "threat_to_take_sibling",
    ),
    (
        "mitt första jobb e ikväll dom sa de e ett test, ja ska bara lämna en grej vid en dörr "
        "men jag tror de e en bomb eller nåt??",
        "weapon",
        "maybe_a_bomb",
    ),
    (
        "dom vill att jag tar på mig skulden för skjutningen o om jag säger nej så dör min "
        "familj, förhör imorrn bitti men dom sitter utanför nu",
        "forced_or_held",
        "forced_to_take_blame",
    ),
    (
        "bror jag har blivit såld till andra gänget typ, dom hämtar mig kl 22 och jag vill inte",
        "forced_or_held",
        "sold_to_another_group",
    ),
    (
        "min lillebror 12 är ute nu med dom där gubbarna från centrum som ger honom pengar, "
        "han skickade bild med en kniv",
        "weapon",
        "sent_picture_with_weapon",
    ),
    ("Jag följs av en bil sen skolan den stannar när jag stannar", "violence_now", "followed_by"),
    (
        'vet inte om ja ska säga nåt men min bror sa han ska "lösa" en kille ikväll o han tog '
        "pappas jaktgevär",
        "weapon",
        "took_gun_to_settle",
    ),
    (
        "dom har tagit min telefon o jag skriver från en kompis, dom håller mig i en lägenhet "
        "i Rinkeby o säger ja får gå när skulden e betald",
        "forced_or_held",
        "held_in_place",
    ),
    (
        "ikväll e sista kvällen jag finns, har skrivit brev till alla",
        "suicidal",
        "last_night_alive",
    ),
]

# The round 15 mixed misses, word for word: the Swedish half fires.
REPORTED_MIXED: list[tuple[str, str, str]] = [
    (
        "abi dom sa jag måste hämta paketet ikväll annars e kardeşim nästa",
        "threat_to_life",
        "or_you_are_next",
    ),
    ("bror dom gav mig en pistola to hold tonight lol e de lugnt", "weapon", "given_gun_spelled"),
    (
        "walaal jag blir följd nu av två killar sen centrum, waan baqayaa",
        "violence_now",
        "followed_by",
    ),
    (
        "min lillebrorsa e med dom äldre i bilen nu, dom gav honom para o en telefon, han e "
        "bara 12 yaar",
        "forced_or_held",
        "sibling_groomed_money_now",
    ),
    (
        "dom vill att jag tar på mig skulden, ሓወይ säger dom skadar honom annars, dom väntar "
        "nere i porten",
        "threat_to_life",
        "or_family_dies",
    ),
]

# New wordings of the same kinds (inflections, spellings without å, ä, ö, capitals).
VARIANTS: list[tuple[str, str, str]] = [
    ("hon ha pistol i väskan", "weapon", "weapon_pidgin_ha"),
    ("mannen ha kniv", "weapon", "weapon_pidgin_ha"),
    ("killarna hade ett järnrör", "weapon", "blunt_weapon_present"),
    ("han viftade med ett basebollträ", "weapon", "blunt_weapon_present"),
    (
        "min dotter åkte med två okända män i en bil och hon svarar inte",
        "forced_or_held",
        "car_with_strangers",
    ),
    ("hjlp dom r hr", "plea", "disemvowelled_they_are_here"),
    ("ds r hr", "plea", "disemvowelled_they_are_here"),
    ("ngn bnkr p drrn", "plea", "disemvowelled_they_are_here"),
    ("gänget hotar att de ska kidnappa min syster", "forced_or_held", "held"),
    ("han sa att han ska ta min son", "threat_to_life", "threat_to_take_sibling"),
    ("jag tror det är en sprängladdning", "weapon", "maybe_a_bomb"),
    ("dom tvingar mig ta på mig mordet", "forced_or_held", "forced_to_take_blame"),
    ("jag måste ta på mig skulden för rånet", "forced_or_held", "forced_to_take_blame"),
    ("annars dödar dom min familj", "threat_to_life", "or_else_harm"),
    ("dom skadar mamma annars", "threat_to_life", "or_family_dies"),
    (
        "dom sitter nere i porten och väntar på mig innan förhöret",
        "violence_now",
        "waiting_downstairs_for_me",
    ),
    ("dom har sålt mig till ett annat gäng", "forced_or_held", "sold_to_another_group"),
    ("skulden har förts över till dom andra", "forced_or_held", "sold_to_another_group"),
    ("gubbarna i centrum ger honom pengar", "forced_or_held", "sibling_groomed_money_now"),
    (
        "äldre killar köpte dom kläder och gav henne en mobil",
        "forced_or_held",
        "sibling_groomed_money_now",
    ),
    ("han skickade en snap med en pistol", "weapon", "sent_picture_with_weapon"),
    ("jag följs av en svart audi", "violence_now", "followed_by"),
    ("jag blir förföljd av två män", "violence_now", "violence_now"),
    ("bilen stannar när jag stannar", "violence_now", "followed_by"),
    ("han tog farsans pistol för att straffa killen", "weapon", "took_gun_to_settle"),
    ("han snodde geväret och ska skjuta honom", "threat_to_life", "will_shoot_someone"),
    ("dom håller mig i källaren", "forced_or_held", "held_in_place"),
    ("han håller oss i bilen", "forced_or_held", "held_in_place"),
    ("jag får gå när skulden är betald", "forced_or_held", "held_in_place"),
    ("sista natten jag lever", "suicidal", "last_night_alive"),
    ("annars är min syster nästa", "threat_to_life", "family_is_next"),
    ("annars e du nästa", "threat_to_life", "or_you_are_next"),
    ("dom gav mig en glock att hålla", "weapon", "bomb_in_hand"),
    ("han räckte mig en gun", "weapon", "given_gun_spelled"),
    ("JAG FÖLJS AV EN BIL", "violence_now", "followed_by"),
    ("jag foljs av en bil", "violence_now", "followed_by"),
    ("sista kvallen jag finns", "suicidal", "last_night_alive"),
]

# The vetoed words beside a threat told now: still the card.
VETO_PAIRS: list[tuple[str, str, str]] = [
    ("min bror blev hotad igår och dom kommer tillbaka ikväll", "threat_to_life", "threatens_me"),
    ("jag blev hotad nyss", "threat_to_life", "threatens_me"),
]

# Ordinary sentences with the new entries' and vetoes' words: no card.
MUST_STAY_QUIET = [
    "han vill ha kniv och gaffel",
    "han ha kniv till maten",
    "vi spelade brännboll och han hade ett slagträ",
    "min son åkte med pappa i bilen och svarar inte på sms",
    "männen i bilen bredvid svarade inte när jag frågade",
    "nån knackar på dörren",
    "mormor ska komma och ta min lillebror till simhallen",
    "dom sa att de ska hämta min lillebror från fritids",
    "den låten är en bomb",
    "jag tror det är en bomb låt",
    "jag tog på mig skulden för den trasiga vasen",
    "om jag inte laddar så dör min mobil",
    "annars är det nästa vecka",
    "skynda dig annars är du nästa på tur",
    "jag är såld på idén",
    "cykeln blev såld till grannen",
    "farfar gav min lillebror pengar",
    "mina äldre kusiner gav honom pengar till bussen",
    "han skickade en bild på en kniv i butiken",
    "jag följs av 200 personer på insta",
    "jag blir följd hem av mamma",
    "pappa tog jaktgeväret till älgjakten",
    "pappa tog geväret för att skjuta en älg",
    "mamma håller mig i handen",
    "jag får gå när skolan slutar",
    "sista dagen jag är här innan sommarlovet",
    "sista kvällen jag är här i stockholm",
    "jag har skrivit brev till alla mina kompisar",
    "sista dagen på jobbet",
    "min lillebror är ute med äldre killarna och spelar fotboll",
    "han hade ett slagträ på brännbollen",
    "jag fick gå när läraren sa det",
    "dom håller mig i handen när vi går över gatan",
    "min son åkte med pappa i bilen och svarar inte",
    "jag tror det var en bomb-låt",
    "skynda annars är det nästa buss",
]

# A friend's joke: the same words from a partner are a threat (see the module docstring).
KNOWN_FALSE_ALARMS = {
    "haha om du inte svarar på snapen dödar jag dig 😂 (skrev min kompis, hon skojar)",
}
ORDINARY_QUIET = [
    text for text in held_out("round15", "sv", "ordinary") if text not in KNOWN_FALSE_ALARMS
]

REPORTED = REPORTED_SV + REPORTED_MIXED
MUST_FIRE = REPORTED + VARIANTS + VETO_PAIRS
QUIET = MUST_STAY_QUIET + ORDINARY_QUIET


def test_every_reported_miss_is_listed() -> None:
    """The round 15 sv and mixed danger sets: all 12 + 5 messages that got no card are listed."""
    assert (len(REPORTED_SV), len(REPORTED_MIXED)) == (12, 5)
    assert {text for text, _, _ in REPORTED_SV} <= set(held_out("round15", "sv", "danger"))
    assert {text for text, _, _ in REPORTED_MIXED} <= set(held_out("round15", "mixed", "danger"))


def test_the_known_false_alarm_still_fires_and_the_rest_are_eleven(
    detector: DangerDetector,
) -> None:
    """11 of the 12 ordinary Swedish lines of round 15 are checked below; the joke still fires."""
    assert len(ORDINARY_QUIET) == 11
    for text in KNOWN_FALSE_ALARMS:
        assert text in held_out("round15", "sv", "ordinary")
        assert detector.detect(text) is not None


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
