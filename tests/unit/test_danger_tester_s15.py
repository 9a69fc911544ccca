"""Danger words a fresh-clone tester (fifteenth session) typed that got no emergency card: a
person shot or stabbed by someone, "someone shot my friend", "någon sköt min kompis",
"dispararon a mi amigo", "ammuttiin kaveriani", "waxay toogteen saaxiibkay"
(docs/conversation.md, "The emergency path"; any sign of immediate danger gets 112). "someone
shot him", "någon sköt honom", "min kompis blev skjuten", "alguien le disparó a mi hermano"
fired already: only a friend, a brother, a mother… named as the one shot was missed.

Entries ("A fresh-clone tester" blocks at the end of each file): ``shot_my_person`` in
data/danger/en.toml, sv.toml, es.toml, fi.toml (with ``shot_my_person_passive``), so.toml,
ti.toml and ckb.toml; ``stabbed_my_person`` in ar.toml (fi, so, ti, ckb and ar are unreviewed
drafts). fa and tr fired already ("یکی داداشمو چاقو زد", "biri arkadaşımı vurdu"). A veto in
en ``stabbed``: "he stabbed my friend in the back" (betrayed) is quiet, as "… me in the back"
was. Games, toys, photos, a drink, a vaccine, sport and Swedish "skjuta upp" (postpone) stay
quiet.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from handlers.filters import as_words
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

# The tester's messages, word for word: (text, category, list, entry).
REPORTED: list[tuple[str, str, str, str | None]] = [
    ("someone shot my friend", "weapon", "en", "shot_my_person"),
    ("someone shot my brother", "weapon", "en", "shot_my_person"),
    ("they shot my friend", "weapon", "en", "shot_my_person"),
    ("he shot my friend", "weapon", "en", "shot_my_person"),
    ("någon sköt min kompis", "weapon", "sv", "shot_my_person"),
    ("någon sköt min kompis nyss", "weapon", "sv", "shot_my_person"),
    ("någon sköt min bror", "weapon", "sv", "shot_my_person"),
    ("han sköt min kompis", "weapon", "sv", "shot_my_person"),
    ("dispararon a mi amigo", "weapon", "es", "shot_my_person"),
    ("ammuttiin kaveriani", "weapon", "fi", "shot_my_person_passive"),
    ("waxay toogteen saaxiibkay", "weapon", "so", "shot_my_person"),
    ("qof ayaa toogtay walaalkay", "weapon", "so", "shot_my_person"),
]

# The lines that fired before, kept firing ("alguien le disparó a mi hermano" now also matches
# es ``shot_my_person``, with the same category: the entry is not checked).
FIRED_BEFORE: list[tuple[str, str, str, str | None]] = [
    ("someone shot him", "weapon", "en", "stab_or_shoot_me"),
    ("någon sköt honom", "weapon", "sv", "stabbed_or_shot"),
    ("min kompis blev skjuten", "weapon", "sv", "stabbed_or_shot"),
    ("someone stabbed my friend", "weapon", "en", "stabbed"),
    ("my friend just got shot", "weapon", "en", "got_shot"),
    ("alguien le disparó a mi hermano", "weapon", "es", None),
]

VARIANTS: list[tuple[str, str, str, str | None]] = [
    # en: the people, "just", "now", present and past
    ("someone just shot my friend", "weapon", "en", "shot_my_person"),
    ("they just shot my little brother", "weapon", "en", "shot_my_person"),
    ("someone shot my best friend", "weapon", "en", "shot_my_person"),
    ("some guy shot my sister", "weapon", "en", "shot_my_person"),
    ("he shot my cousin", "weapon", "en", "shot_my_person"),
    ("someone shot my mum", "weapon", "en", "shot_my_person"),
    ("they shot my dad", "weapon", "en", "shot_my_person"),
    ("a man shot my son", "weapon", "en", "shot_my_person"),
    ("someone shot my daughter", "weapon", "en", "shot_my_person"),
    ("someone shot my classmate", "weapon", "en", "shot_my_person"),
    ("someone shot my boyfriend", "weapon", "en", "shot_my_person"),
    ("someone shot my girlfriend", "weapon", "en", "shot_my_person"),
    ("someone shot them", "weapon", "en", "shot_my_person"),
    ("they shot them now", "weapon", "en", "shot_my_person"),
    ("someone is shooting my brother right now", "weapon", "en", "shot_my_person"),
    ("they shoot my friend", "weapon", "en", "shot_my_person"),
    ("someone shot my friend in the leg", "weapon", "en", "shot_my_person"),
    ("someone shot my friend in the chest and hes bleeding", "weapon", "en", "shot_my_person"),
    ("they knifed my cousin", "weapon", "en", "shot_my_person"),
    ("he shanked my friend", "weapon", "en", "shot_my_person"),
    ("he shot at my friend", "weapon", "en", "shot_at_us"),  # an earlier entry
    ("someone stabbed my brother", "weapon", "en", "stabbed"),
    ("he stabbed my friend in the neck", "weapon", "en", "stabbed"),
    # sv
    ("dom sköt min bästa kompis nyss", "weapon", "sv", "shot_my_person"),
    ("nån sköt min lillebror", "weapon", "sv", "shot_my_person"),
    ("han sköt min syster", "weapon", "sv", "shot_my_person"),
    ("någon sköt min kusin", "weapon", "sv", "shot_my_person"),
    ("någon sköt min mamma", "weapon", "sv", "shot_my_person"),
    ("någon sköt min pappa", "weapon", "sv", "shot_my_person"),
    ("någon sköt min son", "weapon", "sv", "shot_my_person"),
    ("någon sköt min dotter", "weapon", "sv", "shot_my_person"),
    ("någon sköt min klasskompis", "weapon", "sv", "shot_my_person"),
    ("någon sköt min pojkvän", "weapon", "sv", "shot_my_person"),
    ("någon sköt min flickvän", "weapon", "sv", "shot_my_person"),
    ("någon sköt dem nyss", "weapon", "sv", "shot_my_person"),
    ("någon sköt mot min kompis", "weapon", "sv", "shot_my_person"),
    ("han högg min kompis med kniv", "weapon", "sv", "shot_my_person"),
    ("dom stabbade min bror", "weapon", "sv", "shot_my_person"),
    ("han pangade min kompis", "weapon", "sv", "shot_my_person"),
    ("någon skjuter min bror nu", "threat_to_life", "sv", "kill_me"),  # an earlier entry
    ("han har skjutit min kompis", "threat_to_life", "sv", "kill_me"),
    ("någon knivhögg min kompis", "weapon", "sv", "stabbed_or_shot"),
    # es
    ("dispararon a mi hermano", "weapon", "es", "shot_my_person"),
    ("dispararon a mi amigo ahora mismo", "weapon", "es", "shot_my_person"),
    ("acaban de disparar a mi amigo", "weapon", "es", "shot_my_person"),
    ("apuñalaron a mi primo", "weapon", "es", "shot_my_person"),
    ("están disparando a mi hermano ahora", "weapon", "es", "shot_my_person"),
    ("alguien disparó a mi hermana", "weapon", "es", "shot_my_person"),
    ("balearon a mi primo", "weapon", "es", "shot_my_person"),
    ("acuchillaron a mi novio", "weapon", "es", "shot_my_person"),
    ("le dispararon a mi amigo en la pierna", "weapon", "es", "stabbed_or_shot"),
    # fi
    ("kaveriani ammuttiin just", "weapon", "fi", "shot_my_person_passive"),
    ("joku ampui mun veljen", "weapon", "fi", "shot_my_person"),
    ("joku ampui mun kaverin", "weapon", "fi", "shot_my_person"),
    ("ne ampu mun kaverii", "weapon", "fi", "shot_my_person"),
    ("joku ampui kaverini nyt", "weapon", "fi", "shot_my_person"),
    ("ne ampuivat siskoni", "weapon", "fi", "shot_my_person"),
    ("joku puukotti mun veljeä", "weapon", "fi", "stabbed_or_shot"),
    # so
    ("qof ayaa walaalkay toogtay hadda", "weapon", "so", "shot_my_person"),
    ("nin baa toogtay walaashay", "weapon", "so", "shot_my_person"),
    ("waxay toogteen walaalkay hadda", "weapon", "so", "shot_my_person"),
    # the other lists: someone shot / stabbed my friend / brother
    ("شخص طعن أخي", "weapon", "ar", "stabbed_my_person"),
    ("طعنوا صاحبي", "weapon", "ar", "stabbed_my_person"),
    ("واحد طخ اخوي", "weapon", "ar", "stabbed_my_person"),
    ("طعنوا صديقي في بطنه", "weapon", "ar", "stabbed_my_person"),
    ("أحد أطلق النار على صديقي", "weapon", "ar", "stabbed_or_shot"),
    ("یکی داداشمو چاقو زد", "weapon", "fa", "stabbed_or_shot"),
    ("به برادرم تیر زدن", "weapon", "fa", "stabbed_or_shot"),
    ("ሓደ ሰብ ንዓርከይ ተኲሱሉ", "weapon", "ti", "shot_my_person"),
    ("ንሓወይ ብካራ ወጊኦሞ", "weapon", "ti", "shot_my_person"),
    ("یەکێک تەقەی لە هاوڕێکەم کرد", "weapon", "ckb", "shot_my_person"),
    ("کەسێک چەقۆی لە براکەم دا", "weapon", "ckb", "shot_my_person"),
    ("تەقەیان لە براکەم کرد", "weapon", "ckb", "shot_my_person"),
    ("biri arkadaşımı vurdu", "weapon", "tr", "stabbed_or_shot"),
    ("biri kardeşimi bıçakladı", "weapon", "tr", "stabbed_or_shot"),
]

QUIET = [
    # games
    "someone shot my friend in fortnite",
    "someone shot my friend in warzone",
    "someone shot my friend in cs",
    "i shot my friend in the game lol",
    "we shot them in fortnite",
    "jag sköt min kompis i fortnite",
    "han sköt min kompis i cs",
    "disparé a mi amigo en fortnite",
    "le disparé a mi amigo en el juego",
    "le dispararon a mi amigo en fortnite",  # fired before (es ``stabbed_or_shot``)
    "ammuin kaverii fortnitessa",
    "pelissä joku ampui mun kaverin",
    "ciyaarta fortnite ayaan saaxiibkay ku toogtay",
    "fortnite ayaan toogtay saaxiibkay",
    "یاری تەقەیان لە براکەم کرد",
    # photos, messages, a look
    "he shot a video of my friend",
    "he shot my friends wedding",
    "took a nice shot of my friend",
    "he shot my friend for a photoshoot",
    "he shot my friend a text",
    "she shot my brother a look",
    "shot them a message",
    "han sköt en bild",
    "ampui kuvia kaverista",
    # sport
    "he shot and scored",
    "he shot past my friend in goal",
    "han sköt ett mål",
    "han sköt bollen till min kompis",
    "han sköt till min kompis",
    "disparó a puerta y marcó",
    "le pasó el balón a mi amigo",
    "se ampui maalin kaverille",
    "kaveri ampui maalin",
    "kaverin kanssa ammuttiin koreja",
    "ampui kaverin kanssa koreja",
    # a drink, a vaccine
    "bought my friend a shot",
    "took a shot with my friend",
    "i did a shot for my brothers birthday",
    "my friend got a flu shot",
    # a toy
    "he shot my brother with a nerf gun",
    "han sköt min bror med en nerf",
    "disparó a mi hermano con una pistola de agua",
    "se ampui mun kaverin vesipyssyllä",
    # figures of speech, postponing, taking care
    "she shot my friend down",
    "i shot my shot",
    "he stabbed my friend in the back",
    "طعن صاحبي بالظهر",
    "طعن في صديقي",
    "vi sköt upp mötet",
    "han sköt upp det",
    "han sköt upp min tid",
    "sköt om min kompis",
    "hon sköt om dem",
    # the past
    "sanadkii hore ayaa saaxiibkay la toogtay, hadda wuu fiican yahay",
]


@pytest.mark.parametrize(
    ("text", "category", "language", "entry"), REPORTED + FIRED_BEFORE + VARIANTS
)
def test_the_card_shows(
    detector: DangerDetector, text: str, category: str, language: str, entry: str | None
) -> None:
    assert_fires(detector, text, category, language, entry)
    assert_fires(detector, as_words(text), category, language, entry)  # as the bot reads it


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_sentences_with_the_same_words_stay_quiet(
    detector: DangerDetector, text: str
) -> None:
    assert_quiet(detector, text)
    assert_quiet(detector, as_words(text))


BESIDE = [
    ("someone shot my friend", "en"),
    ("they just shot my brother", "en"),
    ("någon sköt min kompis nyss", "sv"),
    ("dispararon a mi amigo", "es"),
    ("ammuttiin kaveriani", "fi"),
    ("waxay toogteen saaxiibkay", "so"),
]


@pytest.mark.parametrize(("text", "lang"), BESIDE)
def test_fires_beside_round_19_ordinary_lines(
    detector: DangerDetector, text: str, lang: str
) -> None:
    ordinary = held_out("round19", lang, "ordinary")
    assert ordinary
    assert_fires_beside(detector, text, "weapon", ordinary)


# A second fresh-clone tester: armed people waiting outside, in Tigrinya (a draft entry,
# ti `waiting_with_weapon`), typed before any language choice; a game and family waiting
# at home stay quiet.
@pytest.mark.parametrize("text", ["ካብ ቤተይ ወጻኢ ብሽጉጥ ይጽበዩኒ ኣለዉ", "ብካራ ይጽበዩኒ ኣለዉ ኣብ ደገ"])
def test_tigrinya_armed_people_waiting_fire(detector: DangerDetector, text: str) -> None:
    assert_fires(detector, text, "weapon", "ti", "waiting_with_weapon")
    assert_fires(detector, as_words(text), "weapon", "ti", "waiting_with_weapon")


@pytest.mark.parametrize("text", ["ኣብ ጸወታ ብሽጉጥ ይጽበዩኒ", "ኣደይ ኣብ ገዛ ይጽበዩኒ ኣለዉ", "ዓርከይ ይጽበዩኒ ኣሎ"])
def test_tigrinya_waiting_without_a_weapon_or_in_a_game_stays_quiet(
    detector: DangerDetector, text: str
) -> None:
    assert_quiet(detector, text)
