"""Danger detection, round 14 (docs/conversation.md, "The emergency path"): Sorani Kurdish,
Turkish and Spanish messages a fourteenth red team typed without getting the emergency card
(bench/data/danger/round14): a father hitting the mother now while the child hides in the
bathroom; brothers who shut a girl in her room, typed partly without the Kurdish letters; being
followed since the station, in Sorani typed in Latin letters ("dwam dakawet"); a friend fallen,
shaking, foam at the mouth; a car at the school and "get in"; "now I am on the bridge, I cannot
go on"; a neighbour beating his wife now, reported by someone else (Sorani, and Turkish without
its letters: "komsu karisini dovuyor su an"); a friend who will not wake after synthetic
cannabis; something put in a drink at a party and a man taking her to a car; taken to the
airport tonight to marry a stranger; "pay with my body"; an ex outside breaking in, buried in a
long message about summer courses — with variants (other inflections, spellings without the
special letters), ordinary sentences sharing their words that must stay quiet, and every line
of bench/data/danger/round14/ordinary_{ckb,tr,es}.jsonl, all quiet: the exam hyperbole of each
language ("تاقیکردنەوەی سبەی دەمکوژێت 😅", "yarınki sınav beni öldürecek", "el examen de mañana
me va a matar") is vetoed, a veto naming the word between ("de mañana"), since a veto reaches
over no word outside the match. The entries are the "round 14" blocks at the end of
data/danger/{ckb,tr,es}.toml and vetoes added to earlier entries (ckb kill_me, tr kill_me, es
kill_me; es or_else_family: a family outing, "mañana vamos al aeropuerto, mi hermana se casa").

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out
from tests.unit.test_danger_ckb_tr_es import TYPED_PLAINLY

LANGUAGES = ("ckb", "tr", "es")

# (language, text, category, entry id): the round 14 messages that got no card, word for word
REPORTED: list[tuple[str, str, str, str]] = [
    # --- ckb ---
    (
        "ckb",
        "باوکم ئێستا دایکم لێدەدات، من لە حەمامدا خۆم شاردۆتەوە",
        "violence_now",
        "hitting_relative_now",
    ),
    (
        "ckb",
        "براکانم لە ژوورەکە دایانخستووم دەلین ئەمشەو سزام دەدەن",
        "forced_or_held",
        "shut_in_room",
    ),
    ("ckb", "kasek la west gawa dwam dakawet hata esta zor datrsem", "fear", "followed_since"),
    ("ckb", "هاوڕێکەم کەوتووە و دەلەرزێت و کەف لە دەمی دێت", "plea", "seizure_foam"),
    (
        "ckb",
        "ئۆتۆمبێلێک لە بەردەم قوتابخانە وەستاوە دەڵێن سوار بە ئێستا",
        "forced_or_held",
        "car_told_get_in",
    ),
    ("ckb", "ئیستا لەسەر پردەکەم ناتوانم بەردەوام بم", "suicidal", "on_bridge_cannot_go_on"),
    (
        "ckb",
        "تکایە کەسێک بنێرن بۆ شەقامی سالم، دراوسێکەمان ئێستا ژنەکەی لێدەدات",
        "violence_now",
        "hitting_relative_now",
    ),
    # --- tr ---
    ("tr", "arkadaşım bonzai içti uyanmıyor nefesi garip", "plea", "drug_not_waking"),
    (
        "tr",
        "partide biri içkime bir şey kattı ayakta duramıyorum bir adam beni arabaya götürüyor",
        "forced_or_held",
        "taken_to_car",
    ),
    (
        "tr",
        "komsu karisini dovuyor su an cigliklar geliyor biri gelebilir mi cinar sokak 8",
        "violence_now",
        "beating_someone_now",
    ),
    # --- es ---
    (
        "es",
        "esta noche me llevan al aeropuerto para casarme con un señor q no conozco ayuda",
        "forced_or_held",
        "married_off_trip",
    ),
    (
        "es",
        "dicen q si no pago hoy les tengo q pagar con mi cuerpo",
        "threat_to_life",
        "pay_with_body",
    ),
    (
        "es",
        "hola queria preguntar por cursos de verano y tambien mi ex esta afuera de mi casa "
        "gritando q va a entrar y ya rompio la ventana y estoy escondida en el armario con mi "
        "hermana y bueno si hay ayuda para tareas tambien",
        "threat_to_life",
        "ex_outside_shouting",
    ),
]

# New wordings of the same kinds, at least one per new entry
VARIANTS: list[tuple[str, str, str, str]] = [
    # --- ckb ---
    ("ckb", "دراوسێکەمان ژنەکەی لێ دەدات", "violence_now", "hitting_relative_now"),
    ("ckb", "باوکم لە دایکم دەدات", "violence_now", "hitting_relative_now"),
    ("ckb", "مێردەکەی ئێستا منداڵەکەی لێدەدەن", "violence_now", "hitting_relative_now"),
    ("ckb", "bawkm esta daykm ledadat", "violence_now", "hitting_relative_now"),
    ("ckb", "لە ماڵەوە دایانخستووم", "forced_or_held", "shut_in_room"),
    ("ckb", "باوکم لە ژوورەکەمدا دایخستووم", "forced_or_held", "shut_in_room"),
    ("ckb", "پیاوێک بەدوامەوە دەکەوێت", "fear", "followed_since"),
    ("ckb", "لە قوتابخانەوە دوام کەوتووە", "fear", "followed_since"),
    ("ckb", "kasek badwamda dakawet", "fear", "followed_since"),
    ("ckb", "shwenm kawtwa", "fear", "followed_since"),
    ("ckb", "براکەم تەشەنجی گرتووە", "plea", "seizure_foam"),
    ("ckb", "کەفی لە دەمییەوە دێت", "plea", "seizure_foam"),
    ("ckb", "kaf la dami det", "plea", "seizure_foam"),
    ("ckb", "هاوڕێکەم کەوت و ئێستا دەلەرزێت", "plea", "fallen_shaking"),
    ("ckb", "ماشینێک لە دەرەوەیە وتیان سوار بە ئەگینا", "forced_or_held", "car_told_get_in"),
    ("ckb", "ئێستا لەسەر سەربانەکەم ناتوانم بەرگە بگرم", "suicidal", "on_bridge_cannot_go_on"),
    ("ckb", "ئێستا لە پردەکەدام ناتوانم بەردەوام بم", "suicidal", "on_bridge_cannot_go_on"),
    # --- tr ---
    ("tr", "kardeşim hap aldı uyandıramıyorum", "plea", "drug_not_waking"),
    ("tr", "arkadasim bonzai icti uyanmiyor", "plea", "drug_not_waking"),
    ("tr", "biri içkime bir şey kattı", "plea", "something_in_drink"),
    ("tr", "bardağıma ilaç atmışlar", "plea", "something_in_drink"),
    ("tr", "bir adam kızımı zorla minibüse sürüklüyor", "forced_or_held", "taken_to_car"),
    ("tr", "bir adam beni arabaya götürüyor", "forced_or_held", "taken_to_car"),
    ("tr", "komşu karısını dövüyor", "violence_now", "beating_someone_now"),
    ("tr", "adam kadını dövüyor yardım", "violence_now", "beating_someone_now"),
    ("tr", "sokakta birini dövüyorlar", "violence_now", "beating_someone_now"),
    # --- es ---
    (
        "es",
        "me mandan a marruecos a casarme con un viejo ayudenme",
        "forced_or_held",
        "married_off_trip",
    ),
    (
        "es",
        "mañana me llevan al avion para casarme a la fuerza",
        "forced_or_held",
        "married_off",
    ),
    ("es", "me dijo que le pague con mi cuerpo", "threat_to_life", "pay_with_body"),
    ("es", "mi exnovio esta fuera golpeando la puerta", "threat_to_life", "ex_outside_shouting"),
    (
        "es",
        "estoy escondida en el baño y estan intentando entrar",
        "threat_to_life",
        "hiding_someone_entering",
    ),
]

# Ordinary sentences using the new entries' words, and the exam hyperbole the new vetoes quiet
MUST_STAY_QUIET: list[tuple[str, str]] = [
    # --- ckb ---
    ("ckb", "تاقیکردنەوەی بیرکاری دەمکوژێت"),
    ("ckb", "ئیمتیحانی سبەینێ دەمکوژێت 😂"),
    ("ckb", "دایکم تەلەفۆن لێدەدات"),
    ("ckb", "کوڕەکەم تۆپەکە لێدەدات"),
    ("ckb", "ئۆتۆمبێلێک هات، ئێستا سوار دەبم"),
    ("ckb", "ئۆتۆمبێلێکی نوێمان کڕی، باوکم دەڵێت سوار بە با بڕۆین"),
    ("ckb", "لەسەر پردەکەم ناتوانم بڕۆم ترافیکە"),
    ("ckb", "منداڵەکەم کەوت و لە سەرمادا دەلەرزێت"),
    ("ckb", "دەرگاکەیان داخست"),
    # --- tr ---
    ("tr", "matematik sınavı beni öldürecek"),
    ("tr", "annem beni arabaya götürüyor"),
    ("tr", "babam beni arabayla okula götürüyor"),
    ("tr", "içkime buz koydu"),
    ("tr", "dizide adam karısını dövüyor"),
    ("tr", "uyku ilacı aldı 10a kadar uyanmıyor"),
    ("tr", "kardeşim sabahları uyanmıyor alarm çalıyor"),
    # --- es ---
    ("es", "el examen final me va a matar"),
    ("es", "la prueba de mates me va a matar"),
    ("es", "mañana vamos al aeropuerto, mi hermana se casa en Roma"),
    ("es", "quiero casarme con mi novio, mañana volamos, el avión sale a las 8"),
    ("es", "mi ex vino a buscar sus cosas a la puerta"),
    ("es", "mi ex me gritó por la ventana ayer"),
    ("es", "estoy escondida en el armario jugando al escondite, mi hermano va a entrar"),
    ("es", "el delantero entró y lo paga con su cuerpo"),
]

# Hyperbole: it shows the card, and is left so (safety first). None in round 14 for these
# languages: the three exam lines are vetoed.
KNOWN_FALSE_ALARMS: set[str] = set()
ORDINARY_QUIET: list[tuple[str, str]] = [
    (lang, text)
    for lang in LANGUAGES
    for text in held_out("round14", lang, "ordinary")
    if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + VARIANTS
REPORTED_PER_LANGUAGE = {"ckb": 7, "tr": 3, "es": 3}


def _plain_variants(lang: str, text: str) -> list[str]:
    """``text`` as it is also typed: without the language's special letters."""
    return sorted({variant(text) for variant in TYPED_PLAINLY[lang]} - {text})


def test_every_reported_miss_is_listed() -> None:
    """The round 14 danger sets: all 13 messages of these languages that got no card are in
    REPORTED, and each is one of its language's danger messages."""
    for lang in LANGUAGES:
        reported = {text for text_lang, text, _, _ in REPORTED if text_lang == lang}
        assert len(reported) == REPORTED_PER_LANGUAGE[lang], lang
        assert reported <= set(held_out("round14", lang, "danger")), lang


def test_the_quiet_ordinary_lines_are_fifteen() -> None:
    """5 + 5 + 5 ordinary lines, all quiet."""
    assert len(ORDINARY_QUIET) == 15


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in MUST_FIRE],
)
def test_round14_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round14_message_typed_without_special_letters_shows_the_card(
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
def test_round14_ordinary_sentence_stays_quiet(
    detector: DangerDetector, lang: str, text: str
) -> None:
    assert_quiet(detector, text)
    for variant in _plain_variants(lang, text):
        assert_quiet(detector, variant)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round14_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET + ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)
