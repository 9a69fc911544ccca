"""Danger detection, round 13 (docs/conversation.md, "The emergency path"): Sorani Kurdish,
Turkish and Spanish messages a thirteenth red team typed without getting the emergency card
(bench/data/danger/round13: understatement and euphemism — "after the weekend I won't be here",
things given away, a farewell letter; danger asked as a question — "is it normal my friend
does not breathe after those pills?"; sextortion with a midnight deadline; a live location
shared with "we're coming"; a teacher reporting armed boys waiting at the school gate; a
neighbour shouting he will kill his wife; a bag to deliver in 10 minutes or a cousin is shot;
pills typed as 💊 and a racing heart; a daughter going now to meet a grown man), with variants;
ordinary sentences sharing their words that must stay quiet; every quiet line of
bench/data/danger/round13/ordinary_{ckb,tr,es}.jsonl; and the first messages a fresh-clone
tester typed that worked in Swedish and English but not here ("no estoy a salvo", "me van a
encontrar", "sácame de aquí", "ambulancia", "me estoy muriendo", "me han robado"; "güvende
değilim", "beni bulacaklar", "beni buradan çıkar", "ambulans lazım", "ölüyorum", "soyuldum";
"ناتوانم بژیم", "پێویستم بە ئەمبولانسە", "ئەمبولانس", "دەمرم"), each with the category of its
en.toml counterpart ("I am not safe": fear; "they said they would find me": threat_to_life;
"get me out of here", "call an ambulance": plea; "jag blev rånad": violence_now; "jag orkar inte
leva": suicidal; "I'm dying" is read as a plea). A film scene and a law question ("in
yesterday's film a guy had a knife at the door", "what is the penalty for carrying a knife in
Sweden?") and homework hyperbole in Sorani are vetoed. The entries are the "round 13" blocks at
the end of data/danger/{ckb,tr,es}.toml and vetoes added to earlier entries (es armed_at_door,
hide_weapon; ckb kill_me).

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out
from tests.unit.test_danger_ckb_tr_es import TYPED_PLAINLY

LANGUAGES = ("ckb", "tr", "es")

# (language, text, category, entry id): the round 13 messages that got no card, word for word
REPORTED: list[tuple[str, str, str, str]] = [
    # --- ckb ---
    (
        "ckb",
        "ئەمشەو ئەگەر نەچم شتێکی خراپ ڕوودەدات، وتیان دەزانین دایکت لە کوێ دەژی",
        "location_known",
        "knows_where_family_lives",
    ),
    (
        "ckb",
        "دوای کۆتایی هەفتە ئیتر لێرە نابم. نامەی ماڵئاواییم بۆ براکەم نووسیوە",
        "suicidal",
        "not_here_anymore",
    ),
    ("ckb", "چی بکەم پیاوێک بە چەقۆوە ئێستا لە بەردەم دەرگاکەمە؟", "weapon", "armed_at_door_now"),
    (
        "ckb",
        "وتیان تا نیوەشەو پارە بدە دەنا وێنەکانت بڵاو دەکەینەوە، باشترە بمرم",
        "violence_now",
        "pay_or_photos_spread",
    ),
    (
        "ckb",
        "شوێنی ڕاستەوخۆمیان بڵاوکردەوە و نووسیان 'دێین'",
        "location_known",
        "live_location_coming",
    ),
    (
        "ckb",
        "مامۆستام، قوتابییەک دەڵێت ئێستا چەند کەسێک بە چەقۆوە لە دەرگای قوتابخانە چاوەڕێیەتی",
        "weapon",
        "armed_at_door_now",
    ),
    (
        "ckb",
        "ئەگەر لە ١٠ خولەکدا جانتاکە نەگەیەنم براکەم ئازار دەدەن",
        "threat_to_life",
        "deliver_or_hurt",
    ),
    # --- tr ---
    (
        "tr",
        "bu akşam gitmezsem işler çirkinleşecek, annemin nerede oturduğunu biliyorlarmış",
        "location_known",
        "knows_address_reported",
    ),
    (
        "tr",
        "hafta sonundan sonra burada olmayacağım. eşyalarımı kardeşime verdim bile",
        "suicidal",
        "gave_my_things",
    ),
    (
        "tr",
        "arkadaşımın o hapları aldıktan sonra nefes almaması normal mi?",
        "plea",
        "not_breathing_asked",
    ),
    (
        "tr",
        "gece yarısına kadar para göndermezsem fotoğrafları herkese yollayacaklar, ölmeyi tercih ederim",
        "violence_now",
        "pay_or_photos_sent",
    ),
    (
        "tr",
        "canlı konumumu paylaştılar ve 'geliyoruz' yazdılar 🔫",
        "location_known",
        "location_shared_coming",
    ),
    (
        "tr",
        "öğretmenim, bir öğrencim okulun kapısında şu an bıçaklı çocukların onu beklediğini söylüyor",
        "weapon",
        "armed_waiting",
    ),
    ("tr", "bir sürü 💊 içtim kalbim çok hızlı atıyor", "self_harm", "took_a_heap_heart_racing"),
    # --- es ---
    (
        "es",
        "después del finde ya no voy a estar. ya le regalé mis cosas a mi hermano",
        "suicidal",
        "gave_my_things",
    ),
    (
        "es",
        "¿es normal que mi amigo no respire después de tomarse esas pastillas?",
        "plea",
        "not_breathing_asked",
    ),
    (
        "es",
        "me dicen que pague antes de medianoche o mandan las fotos a todos, prefiero morirme",
        "violence_now",
        "pay_or_photos_sent",
    ),
    (
        "es",
        "compartieron mi ubicación en tiempo real y escribieron 'vamos para allá' 🔪",
        "location_known",
        "location_shared_coming",
    ),
    (
        "es",
        "soy profesora, un alumno me dice que ahora mismo lo esperan en la puerta del cole para apuñalarlo",
        "threat_to_life",
        "waiting_to_stab",
    ),
    (
        "es",
        "SI NO LLEVO LA BOLSA EN 10 MINUTOS LE PEGAN UN TIRO A MI PRIMO",
        "threat_to_life",
        "shot_threat",
    ),
    (
        "es",
        "el vecino está gritando que va a matar a su mujer y se oyen golpes ahora mismo",
        "violence_now",
        "shouting_to_kill",
    ),
    (
        "es",
        "me tomé un montón de 💊 y el corazón me va a mil",
        "self_harm",
        "took_a_heap_heart_racing",
    ),
    (
        "es",
        "mi hija de 13 años va ahora a encontrarse con un hombre adulto que conoció por internet",
        "fear",
        "child_meeting_adult_now",
    ),
]

# A fresh-clone tester's first messages: the pleas that work in Swedish and English
TESTER_PLEAS: list[tuple[str, str, str, str]] = [
    ("es", "no estoy a salvo", "fear", "not_safe"),
    ("es", "no me siento seguro", "fear", "not_safe"),
    ("es", "me van a encontrar", "threat_to_life", "will_find_me_alone"),
    ("es", "sácame de aquí", "plea", "get_me_out"),
    ("es", "necesito una ambulancia", "plea", "ambulance"),
    ("es", "ambulancia", "plea", "ambulance"),
    ("es", "me estoy muriendo", "plea", "dying"),
    ("es", "me han robado", "violence_now", "robbed"),
    ("tr", "güvende değilim", "fear", "not_safe"),
    ("tr", "beni bulacaklar", "threat_to_life", "will_find_me_alone"),
    ("tr", "beni buradan çıkar", "plea", "get_me_out"),
    ("tr", "ambulans lazım", "plea", "ambulance"),
    ("tr", "ölüyorum", "plea", "dying"),
    ("tr", "soyuldum", "violence_now", "robbed"),
    ("ckb", "ناتوانم بژیم", "suicidal", "cannot_live"),
    ("ckb", "پێویستم بە ئەمبولانسە", "plea", "ambulance"),
    ("ckb", "ئەمبولانس", "plea", "ambulance"),
    ("ckb", "دەمرم", "plea", "dying"),
]

# New wordings of the same kinds, at least one per new entry
VARIANTS: list[tuple[str, str, str, str]] = [
    # --- ckb ---
    ("ckb", "دەزانین خێزانەکەت لە کوێ دەژی", "location_known", "knows_where_family_lives"),
    ("ckb", "ئیتر لێرە نامێنم", "suicidal", "not_here_anymore"),
    ("ckb", "نامەی ماڵئاواییم نووسی", "suicidal", "not_here_anymore"),
    ("ckb", "پیاوێک بە دەمانچەوە لە بەردەم دەرگاکەمە", "weapon", "armed_at_door_now"),
    ("ckb", "ئێستا چەند کەسێک بە چەقۆوە چاوەڕێن", "weapon", "armed_at_door_now"),
    ("ckb", "پارە بدە دەنا ڤیدیۆکانت بڵاو دەکەینەوە", "violence_now", "pay_or_photos_spread"),
    ("ckb", "لۆکەیشنم بڵاوکردەوە و نووسیان دێین 🔪", "location_known", "live_location_coming"),
    ("ckb", "ئەگەر پاکەتەکە نەیبەم خوشکەکەم ئازار دەدەن", "threat_to_life", "deliver_or_hurt"),
    ("ckb", "ئیتر ناتوانم بژیم", "suicidal", "cannot_live"),
    ("ckb", "تکایە ئەمبولانس بنێرن", "plea", "ambulance"),
    ("ckb", "خەریکە دەمرم", "plea", "dying"),
    # --- tr ---
    ("tr", "evimizi biliyolarmış", "location_known", "knows_address_reported"),
    ("tr", "hafta sonundan sonra burada olmayacağım", "suicidal", "wont_be_here_alone"),
    ("tr", "bütün eşyalarımı dağıttım", "suicidal", "gave_my_things"),
    ("tr", "nefes almıyormuş", "plea", "not_breathing_asked"),
    ("tr", "para vermezsem videoları herkese gönderecekler", "violence_now", "pay_or_photos_sent"),
    ("tr", "konumumu attılar geliyorlar", "location_known", "location_shared_coming"),
    ("tr", "okulun önünde silahlı adamlar bekliyor", "weapon", "armed_waiting"),
    ("tr", "bir kutu içtim kalbim çok hızlı atıyor", "self_harm", "took_a_heap_heart_racing"),
    ("tr", "kendimi güvende hissetmiyorum", "fear", "not_safe"),
    ("tr", "beni bulacaklarını söylediler", "threat_to_life", "said_will_find_me"),
    ("tr", "lütfen beni buradan çıkarın", "plea", "get_me_out"),
    ("tr", "ambulansa ihtiyacım var", "plea", "ambulance"),
    ("tr", "galiba ölüyorum", "plea", "dying"),
    ("tr", "gasp edildim", "violence_now", "robbed"),
    ("tr", "beni soydular", "violence_now", "robbed_just_now"),
    # --- es ---
    ("es", "la semana que viene ya no voy a estar", "suicidal", "wont_be_here_alone"),
    ("es", "le di todas mis cosas a mi mejor amiga", "suicidal", "gave_my_things"),
    ("es", "mi hermano no respiraba", "plea", "not_breathing_asked"),
    ("es", "si no pago mandan mis fotos a todos", "violence_now", "pay_or_photos_sent"),
    ("es", "pasaron mi ubicacion y dicen que vienen", "location_known", "location_shared_coming"),
    ("es", "lo estan esperando fuera para matarlo", "threat_to_life", "waiting_to_stab"),
    ("es", "le van a meter un balazo", "threat_to_life", "shot_threat"),
    ("es", "mi vecino grita que la va a matar", "violence_now", "shouting_to_kill"),
    ("es", "me tome 20 💊 y me mareo", "self_harm", "took_a_heap_heart_racing"),
    ("es", "mi hijo va a verse ahora con un adulto", "fear", "child_meeting_adult_now"),
    ("es", "no me siento segura en casa", "fear", "not_safe"),
    ("es", "ya no estoy a salvo", "fear", "not_safe"),
    ("es", "dijeron que me van a encontrar", "threat_to_life", "said_will_find_me"),
    ("es", "saquenme de aqui porfa", "plea", "get_me_out"),
    ("es", "¡ambulancia!", "plea", "ambulance"),
    ("es", "llamen una ambulancia ya", "plea", "call_police"),
    ("es", "me voy a morir", "plea", "dying"),
    ("es", "siento que me muero", "plea", "dying"),
    ("es", "me robaron", "violence_now", "robbed"),
    ("es", "me acaban de atracar", "violence_now", "robbed_just_now"),
]

# Ordinary sentences using the new entries' words, and the film scene, law question and
# homework hyperbole the new vetoes quiet
MUST_STAY_QUIET: list[tuple[str, str]] = [
    # --- ckb ---
    ("ckb", "ناتوانم بژیم بەبێ تۆ"),
    ("ckb", "ئەمبولانسێک بە شەقامەکەدا تێپەڕی"),
    ("ckb", "لە پێکەنینا دەمرم"),
    ("ckb", "ئەم ئەرکە ماڵەوەیە دەمکوژێت 😂"),
    ("ckb", "دەزانم باپیرم لە کوێ دەژی"),
    # --- tr ---
    ("tr", "ölüyorum gülmekten"),
    ("tr", "açlıktan ölüyorum"),
    ("tr", "ambulans sokaktan geçti"),
    ("tr", "geçen yıl beni soydular"),
    ("tr", "bir sürü kahve içtim kalbim çok hızlı atıyor"),
    ("tr", "hafta sonundan sonra burada olmayacağım, tatile gidiyorum"),
    ("tr", "eski eşyalarımı kardeşime verdim"),
    ("tr", "filmde bıçaklı adam kapıda bekliyordu"),
    ("tr", "nefes almayı unuttum"),
    # --- es ---
    ("es", "me muero de risa"),
    ("es", "me estoy muriendo de hambre"),
    ("es", "la ambulancia pasó por la calle ayer"),
    ("es", "no estoy seguro"),
    ("es", "no estoy segura de la respuesta"),
    ("es", "me dijo que me va a encontrar en la fiesta"),
    ("es", "me han robado el móvil"),
    ("es", "le pegan un tiro a la pelota"),
    ("es", "después del finde ya no voy a estar en el grupo"),
    ("es", "le regalé mis cosas viejas a mi primo"),
    ("es", "mi hijo de 10 años va a quedar con su amigo mayor"),
    ("es", "me tomé un montón de cafés y el corazón me va a mil"),
    ("es", "en la peli de ayer había un tipo con un cuchillo en la puerta, qué miedo"),
    ("es", "¿qué pena hay por llevar un cuchillo en Suecia?"),
    ("es", "sácame de aquí, esta clase es aburridísima"),
]

# Hyperbole: it shows the card, and is left so (safety first). None in round 13 for these
# languages.
KNOWN_FALSE_ALARMS: set[str] = set()
ORDINARY_QUIET: list[tuple[str, str]] = [
    (lang, text)
    for lang in LANGUAGES
    for text in held_out("round13", lang, "ordinary")
    if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + TESTER_PLEAS + VARIANTS
REPORTED_PER_LANGUAGE = {"ckb": 7, "tr": 7, "es": 9}


def _plain_variants(lang: str, text: str) -> list[str]:
    """``text`` as it is also typed: without the language's special letters."""
    return sorted({variant(text) for variant in TYPED_PLAINLY[lang]} - {text})


def test_every_reported_miss_is_listed() -> None:
    """The round 13 danger sets: all 23 messages of these languages that got no card are in
    REPORTED, and each is one of its language's danger messages."""
    for lang in LANGUAGES:
        reported = {text for text_lang, text, _, _ in REPORTED if text_lang == lang}
        assert len(reported) == REPORTED_PER_LANGUAGE[lang], lang
        assert reported <= set(held_out("round13", lang, "danger")), lang


def test_the_quiet_ordinary_lines_are_fifteen() -> None:
    """5 + 5 + 5 ordinary lines, all quiet."""
    assert len(ORDINARY_QUIET) == 15


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in MUST_FIRE],
)
def test_round13_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round13_message_typed_without_special_letters_shows_the_card(
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
def test_round13_ordinary_sentence_stays_quiet(
    detector: DangerDetector, lang: str, text: str
) -> None:
    assert_quiet(detector, text)
    for variant in _plain_variants(lang, text):
        assert_quiet(detector, variant)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round13_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET + ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)
