"""Danger detection, round 15 (docs/conversation.md, "The emergency path"): Sorani Kurdish,
Turkish and Spanish messages a fifteenth red team typed without getting the emergency card
(bench/data/danger/round15): a son not home and "tonight we kill him" ("دەیکوژین"); a gun given
to hide under the bed, asked about with a laugh; "he has the knife in his hand again" (Sorani
"دیسان چەقۆکەی بە دەستەوەیە", Turkish "yine bıçağı eline aldı"); a little brother of 12 in a car
with older boys who give him money, in Sorani typed in Latin letters; a quoted "tonight I kill
you" ("emshaw detkujim"); a teacher told by a pupil that he must pick up a weapon after school
or his family gets hurt; someone coming behind me from the bus, in two halves; smoke from a
neighbour's home with a child inside and the door locked; sold to another group, the debt passed
on, picked up at 12; a quoted "after school we take your sibling"; a sibling of 13 with older
men who give money and want a parcel carried; "is it normal to feel dizzy after 12 of mum's
pills"; a teacher told that a pupil's legs will be broken; sent to fetch a weapon from a hiding
place "or they do something to my brother" — with variants (other inflections, spellings
without the special letters, Latin letters), ordinary sentences sharing their words that must
stay quiet (a fly "we kill", a film's ending, a bread knife, a friend walking behind me, "they
betrayed me" ("beni sattılar"), a parent picking a sibling up, a chimney, a daily dose of pills,
a water pistol, a broken leg at football), and every line of
bench/data/danger/round15/ordinary_{ckb,tr,es}.jsonl, all quiet. The entries are the "round 15"
blocks at the end of data/danger/{ckb,tr,es}.toml.

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out
from tests.unit.test_danger_ckb_tr_es import TYPED_PLAINLY

LANGUAGES = ("ckb", "tr", "es")

# (language, text, category, entry id): the round 15 messages that got no card, word for word
REPORTED: list[tuple[str, str, str, str]] = [
    # --- ckb ---
    (
        "ckb",
        "کوڕەکەم نەهاتۆتەوە ماڵەوە، پەیوەندییان کرد و دەڵێن ئەمشەو دەیکوژین",
        "threat_to_life",
        "will_kill_him",
    ),
    (
        "ckb",
        "دەمانچەیەکیان پێدام کە ئەمشەو لە ژێر جێگاکەم بیشارمەوە، ئەوە خراپە؟ 😂",
        "weapon",
        "given_weapon_to_hide",
    ),
    ("ckb", "دیسان چەقۆکەی بە دەستەوەیە", "weapon", "knife_in_hand"),
    (
        "ckb",
        "bra bchukakam 12 saly esta lagal kurre gawrakan la otomobila, paray pe dadan w "
        "telefon wala nadatawa",
        "fear",
        "latin_older_boys_car",
    ),
    (
        "ckb",
        "nusiwyate: 'emshaw detkujim' w esta le ber dergakeman",
        "threat_to_life",
        "latin_will_kill",
    ),
    (
        "ckb",
        "مامۆستام، قوتابییەک ئێستا پێی وتم دەبێت ئەمڕۆ دوای قوتابخانە چەک لە شوێنێک "
        "هەڵبگرێت، ئەگینا خێزانەکەی ئازار دەدەن",
        "threat_to_life",
        "hurt_family",
    ),
    (
        "ckb",
        "کەسێک لە دوامەوە دێت لە پاسەکەوە\nهێشتا لێرەیە و ئێستا خێراتر دەڕوات",
        "fear",
        "someone_behind_me",
    ),
    # --- tr ---
    ("tr", "yine bıçağı eline aldı", "weapon", "weapon_in_hand_again"),
    (
        "tr",
        "komsunun evinden duman geliyo icerde cocuk sesi var kapi kilitli",
        "violence_now",
        "smoke_from_home",
    ),
    (
        "tr",
        "beni baska bi gruba satmislar, borcum onlara gecmis, saat 12de gelip alcaklar",
        "forced_or_held",
        "debt_passed_on",
    ),
    (
        "tr",
        "yazdi: 'bu aksam okul cikisi kardesini aliyoruz'",
        "threat_to_life",
        "quoted_take_sibling",
    ),
    (
        "tr",
        "kardesim 13 yasinda su an parkta buyuk adamlarla, ona para veriyolar ve bi paket "
        "tasimasini istiyolar",
        "fear",
        "child_with_older_men_now",
    ),
    # --- es ---
    (
        "es",
        "es normal sentirse mareada despues de tomar 12 pastillas de mi mama",
        "self_harm",
        "took_counted_pills",
    ),
    (
        "es",
        "soy profesora, un alumno me acaba de decir que esta noche le obligan a vender en la "
        "plaza y que si no va le rompen las piernas",
        "threat_to_life",
        "break_legs",
    ),
    (
        "es",
        "me dijeron q tengo q ir a buscar un arma a un escondite en el bosque en una hora, si "
        "no le hacen algo a mi hermano",
        "threat_to_life",
        "or_else_do_something",
    ),
]

# New wordings of the same kinds, at least one per new entry
VARIANTS: list[tuple[str, str, str, str]] = [
    # --- ckb ---
    ("ckb", "وتیان ئەمشەو دەیکوژن", "threat_to_life", "will_kill_him"),
    ("ckb", "emshaw datkujm", "threat_to_life", "latin_will_kill"),
    ("ckb", "ewan nusiwyan deykujin", "threat_to_life", "latin_will_kill"),
    ("ckb", "چەکێکیان پێدام بیشارمەوە", "weapon", "given_weapon_to_hide"),
    ("ckb", "دەبێت دەمانچەکە هەڵبگرم و لە ماڵەوە بیشارمەوە", "weapon", "given_weapon_to_hide"),
    ("ckb", "باوکم دیسان چەقۆکەی بەدەستەوەیە", "weapon", "knife_in_hand"),
    ("ckb", "دەمانچەکەی بە دەستیەوەیە", "weapon", "knife_in_hand"),
    ("ckb", "پیاوێک لە دوامەوە دێت", "fear", "someone_behind_me"),
    ("ckb", "دوو پیاو لە پشتمەوە دێن", "fear", "someone_behind_me"),
    ("ckb", "kasek la dwamawa det", "fear", "someone_behind_me"),
    ("ckb", "ئەگینا دایکت ئازار دەدەن", "threat_to_life", "hurt_family"),
    ("ckb", "وتیان خێزانەکەت ئازار دەدەن", "threat_to_life", "hurt_family"),
    (
        "ckb",
        "خوشکەکەم ئێستا لەگەڵ پیاوە گەورەکان لە ئۆتۆمبێلەکەدایە پارەی پێدەدەن",
        "fear",
        "older_boys_car",
    ),
    (
        "ckb",
        "براکەم لەگەڵ کوڕە گەورەکان لە پارکەکەدایە و وەڵامی تەلەفۆن ناداتەوە",
        "fear",
        "older_boys_car",
    ),
    ("ckb", "brakam lagal gawrakan la mashinaka ya, wala nadatawa", "fear", "latin_older_boys_car"),
    # --- tr ---
    ("tr", "gene silahı eline almış", "weapon", "weapon_in_hand_again"),
    ("tr", "tekrar bıçağı eline aldı annem korkuyor", "weapon", "weapon_in_hand_again"),
    ("tr", "komşunun evinden duman çıkıyor", "violence_now", "smoke_from_home"),
    ("tr", "apartmandan duman geliyor içeride çocuk var", "violence_now", "smoke_from_home"),
    ("tr", "binadan alevler yükseliyor", "violence_now", "smoke_from_home"),
    ("tr", "beni başka bir çeteye sattılar", "forced_or_held", "sold_to_group"),
    ("tr", "kızımı o adamlara satmışlar", "forced_or_held", "sold_to_group"),
    ("tr", "borcumu başka gruba devretmişler", "forced_or_held", "debt_passed_on"),
    ("tr", "mesaj attılar: yarın kızını kaçıracağız", "threat_to_life", "quoted_take_sibling"),
    (
        "tr",
        "dediler ki okul çıkışı kardeşini bekliyoruz",
        "threat_to_life",
        "quoted_take_sibling",
    ),
    ("tr", "oğlum 14 yaşında şimdi arabada büyük adamlarla", "fear", "child_with_older_men_now"),
    (
        "tr",
        "abiler kardeşime para veriyorlar ve paketi saklamasını istiyorlar",
        "forced_or_held",
        "older_men_parcel",
    ),
    # --- es ---
    ("es", "me tome 20 ibuprofenos", "self_harm", "took_counted_pills"),
    ("es", "me he tragado diez pastillas de mi abuela", "self_harm", "took_counted_pills"),
    ("es", "tomé quince somníferos y estoy mareada", "self_harm", "took_counted_pills"),
    ("es", "te van a romper las piernas", "threat_to_life", "break_legs"),
    ("es", "dijeron que le rompen los brazos si no paga", "threat_to_life", "break_legs"),
    ("es", "tengo que recoger una pistola esta noche", "weapon", "fetch_weapon"),
    ("es", "me mandaron a buscar el arma al parque", "weapon", "fetch_weapon"),
    ("es", "sino le haremos algo a tu madre", "threat_to_life", "or_else_do_something"),
    ("es", "le hacemos daño a tu hermana", "threat_to_life", "or_else_do_something"),
    (
        "es",
        "si no le hacen algo a mi hermano en la salida",
        "threat_to_life",
        "or_else_do_something",
    ),
]

# Ordinary sentences using the new entries' words
MUST_STAY_QUIET: list[tuple[str, str]] = [
    # --- ckb ---
    ("ckb", "ئەمشەو مێشەکە دەیکوژین"),
    ("ckb", "مەگەزەکە دەیکوژین"),
    ("ckb", "لە کۆتایی فیلمەکەدا دەیکوژن"),
    ("ckb", "لە یارییەکەدا دەیکوژین"),
    ("ckb", "چەقۆکە بدە بە من بۆ کێکەکە"),
    ("ckb", "چەقۆی نان بە دەستەوەیە"),
    ("ckb", "هاوڕێکەم لە دوامەوە دێت بۆ قوتابخانە"),
    ("ckb", "پاسەکە لە دوامەوە دێت"),
    ("ckb", "ددانم ئازارم دەدات"),
    ("ckb", "براکەم لەگەڵ هاوڕێکانی لە پارکە"),
    ("ckb", "براکەم ئۆتۆمبێلێکی گەورەی کڕی"),
    ("ckb", "دەمانچەی ئاو بۆ براکەم کڕی"),
    # --- tr ---
    ("tr", "ekmek bıçağını yine eline aldı"),
    ("tr", "yine bıçağı eline aldı ekmeği kesti"),
    ("tr", "yine bıçağı unuttum"),
    ("tr", "bacadan duman çıkıyor kış geldi"),
    ("tr", "mangaldan duman geliyor komşular şikayet etti"),
    ("tr", "arkadaşlarım beni sattılar"),
    ("tr", "beni sattılar kimseye güvenmiyorum"),
    ("tr", "borcum bankadan icraya geçti"),
    ("tr", "annem yazdı: okul çıkışı kardeşini alıyoruz"),
    ("tr", "babam mesaj attı kız kardeşini alıyoruz sonra sinemaya"),
    ("tr", "annem paketi postaneye götürmesini istedi"),
    ("tr", "kargo paketi teslim etmesini istiyorlar, para da veriyorlar"),
    ("tr", "kardeşim 13 yaşında, futbol oynuyor"),
    ("tr", "kızım 10 yaşında şimdi dedesiyle parkta"),
    # --- es ---
    ("es", "tomo 10 pastillas al día para la tensión"),
    ("es", "me tomé 2 pastillas de ibuprofeno"),
    ("es", "mi abuela toma 12 pastillas por día"),
    ("es", "me rompí la pierna jugando al fútbol"),
    ("es", "en el partido le rompen las piernas al delantero"),
    ("es", "voy a buscar la pistola de agua para la piscina"),
    ("es", "mi hermano quiere recoger sus armas en fortnite"),
    ("es", "si no hacemos algo con mi hermano va a suspender"),
    ("es", "le hacemos algo a tu mamá para el día de la madre"),
    ("es", "le hacemos algo a tu madre para navidad"),
]

# Hyperbole: it shows the card, and is left so (safety first). None in round 15 for these
# languages: every ordinary line stays quiet.
KNOWN_FALSE_ALARMS: set[str] = set()
ORDINARY_QUIET: list[tuple[str, str]] = [
    (lang, text)
    for lang in LANGUAGES
    for text in held_out("round15", lang, "ordinary")
    if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + VARIANTS
REPORTED_PER_LANGUAGE = {"ckb": 7, "tr": 5, "es": 3}


def _plain_variants(lang: str, text: str) -> list[str]:
    """``text`` as it is also typed: without the language's special letters."""
    return sorted({variant(text) for variant in TYPED_PLAINLY[lang]} - {text})


def test_every_reported_miss_is_listed() -> None:
    """The round 15 danger sets: all 15 messages of these languages that got no card are in
    REPORTED, and each is one of its language's danger messages."""
    for lang in LANGUAGES:
        reported = {text for text_lang, text, _, _ in REPORTED if text_lang == lang}
        assert len(reported) == REPORTED_PER_LANGUAGE[lang], lang
        assert reported <= set(held_out("round15", lang, "danger")), lang


def test_the_quiet_ordinary_lines_are_fifteen() -> None:
    """5 + 5 + 5 ordinary lines, all quiet."""
    assert len(ORDINARY_QUIET) == 15


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in MUST_FIRE],
)
def test_round15_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round15_message_typed_without_special_letters_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    for variant in _plain_variants(lang, text):
        assert_fires(detector, variant, category, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(lang, text, id=f"{lang}:{text[:60]}")
        for lang, text in MUST_STAY_QUIET + ORDINARY_QUIET
    ],
)
def test_round15_ordinary_sentence_stays_quiet(
    detector: DangerDetector, lang: str, text: str
) -> None:
    assert_quiet(detector, text)
    for variant in _plain_variants(lang, text):
        assert_quiet(detector, variant)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round15_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET + ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)


@pytest.mark.parametrize("text", ["ئاو بهینە", "کتێبەکە بهینە", "چەقوکە بهینە بۆ چێشتخانە"])
def test_bring_typed_without_the_kurdish_letter_is_not_arabic_held(
    detector: DangerDetector, text: str
) -> None:
    """ "بهینە" (bring!, typed without ێ) is one letter from an Arabic list word and fired as
    Arabic ``held``; it is a Sorani ``ordinary`` word now."""
    assert_quiet(detector, text)
