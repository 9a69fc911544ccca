"""Danger detection, round 16 (docs/conversation.md, "The emergency path"): Sorani Kurdish,
Turkish and Spanish messages a sixteenth red team typed without getting the emergency card
(bench/data/danger/round16), most of them violence for hire: money offered on Telegram or Snap
to shoot, stab or kill someone tonight ("50 hezar kronet dedemê", "birini vurursam 50 bin",
"me ofreció 50 mil por disparar a alguien"), to blow up a door ("bir kapıyı patlatırsam", "volar
una puerta") or burn a flat, with the gun or the bomb left somewhere; a job on a moped at night
read on a son's phone; a box taped under an uncle's car he is getting into; a stairwell that
"explodes tonight" (also in Latin-letter Sorani); petrol poured at the door; something thrown at
the door, smoke, children asleep; a cousin who must stab someone tonight or his brother is
killed, buried at the end of an ordinary message; a sister held in a man's car, a knife shown;
a friend on a moped with a gun, paid (Colombian "darle plomo", Turkish "sıkmaya gidiyor", Sorani
in Latin letters); a man with a gun (Spain's "pipa") waiting downstairs. One Spanish line ("dejaron
la bomba en el cuarto") fired, but as the Swedish list's "bomba en": it is Spanish now. With
variants (other tenses, slang, spellings without the special letters, Latin letters), ordinary
sentences sharing their words that must stay quiet (CS2 and GTA, "la fiesta estuvo bomba", a
tobacco pipe, filling a car with petrol, a barbecue's smoke, a burnt cake, a delivery moped, a
school project on gangs, a film), and every line of bench/data/danger/round16/ordinary_{ckb,tr,
es}.jsonl, all quiet. The entries are the "round 16" blocks at the end of
data/danger/{ckb,tr,es}.toml (and a game's boss vetoed in es.toml's ``ordered_to_shoot``).

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out
from tests.unit.test_danger_ckb_tr_es import TYPED_PLAINLY

LANGUAGES = ("ckb", "tr", "es")

# (language, text, category, entry id): the round 16 messages that got no card (or, for one
# Spanish line, another language's), word for word
REPORTED: list[tuple[str, str, str, str]] = [
    # --- ckb ---
    (
        "ckb",
        "کەسێک لە تێلێگرام پێی وتم ٥٠ هەزار کرۆنت دەدەمێ ئەگەر ئەمشەو کەسێک بکوژیت بە "
        "دەمانچە، دەمانچەکە لە پشت زبڵدانەکەیە",
        "threat_to_life",
        "paid_to_kill",
    ),
    (
        "ckb",
        "لە سناپ پێیان وتم ئەمشەو دەرگای ماڵێک بتەقێنمەوە، بۆمبەکەیان لە ژێرزەمینی "
        "پاسکیلەکان داناوە",
        "threat_to_life",
        "paid_to_kill",
    ),
    (
        "ckb",
        "کوڕەکەم ١٤ ساڵە، لە مۆبایلەکەیدا بینیم: ماتۆڕ لە پشت قوتابخانەیە، کارەکە کاتژمێر "
        "٢ی شەو. ئێستا لە ماڵ دەرچوو",
        "forced_or_held",
        "moped_job_at_night",
    ),
    (
        "ckb",
        "کەسێک ئێستا بەنزین لەبەر دەرگاکەمان دەڕێژێت، لە کونی دەرگاکەوە بینیم",
        "violence_now",
        "petrol_at_door",
    ),
    (
        "ckb",
        "ئەمڕۆ یاری تۆپی پێمان کرد و دایکم دۆڵمەی لێنا. بەڵام ئامۆزاکەم دەڵێت ئەمشەو دەبێت "
        "کەسێک بە چەقۆ بدات ئەگینا براکەی دەکوژن",
        "threat_to_life",
        "must_stab_someone",
    ),
    (
        "ckb",
        "سندوقێکی ڕەش لە ژێر ئۆتۆمبێلی مامم لکێنراوە، ئێستا سواری دەبێت",
        "threat_to_life",
        "box_under_car",
    ),
    (
        "ckb",
        "gutyan pleekanakan emshaw deteqetewe. ême lêre dejîn chi bkeyn",
        "threat_to_life",
        "latin_explodes_tonight",
    ),
    (
        "ckb",
        "hawrêkem êsta le ser matorê demançey pêye, deçêt kesêk bkujêt, 30 hezaryan pêdawe",
        "threat_to_life",
        "latin_paid_to_kill",
    ),
    (
        "ckb",
        "خوشکەکەم لە ئۆتۆمبێلی پیاوێکدایە چەقۆی پیشانداوە و ناهێڵێت دابەزێت",
        "forced_or_held",
        "knife_in_car_held",
    ),
    (
        "ckb",
        "براکەم گالۆنێ بەنزینی لە ژورەکەیەتی دەڵێ ئەمشەو شوقەیەک دەسوتێنم پارەیان پێداوە",
        "threat_to_life",
        "will_burn_flat",
    ),
    # --- tr ---
    (
        "tr",
        "telegramda biri bu gece birini vurursam 50 bin kron vereceğini söyledi, silah çöp "
        "kutusunun arkasında, saat 10da orada olmam lazım",
        "threat_to_life",
        "paid_to_shoot",
    ),
    (
        "tr",
        "snapte biri bu gece bir kapıyı patlatırsam 30 bin vereceğini söyledi, bombayı bisiklet "
        "deposuna bırakmışlar",
        "threat_to_life",
        "explodes_tonight",
    ),
    (
        "tr",
        "14 yaşındaki oğlumun telefonunda gördüm: 'motor okulun arkasında, iş gece 3te'. az "
        "önce evden çıktı",
        "forced_or_held",
        "moped_job_at_night",
    ),
    (
        "tr",
        "merdivenlerde benzin kokusu var, biri kapımızın önüne bir şey dökmüş, dışarıdan ses "
        "geliyor",
        "violence_now",
        "petrol_at_door",
    ),
    (
        "tr",
        "selam bu bot türkçe biliyo mu? yarın matematik sınavım var. ablam bir adamın "
        "arabasında, adam bıçak göstermiş inmesine izin vermiyo",
        "forced_or_held",
        "knife_in_car_held",
    ),
    (
        "tr",
        "amcamın arabasının altına siyah bir kutu bantlamışlar, şimdi binecek",
        "threat_to_life",
        "box_under_car",
    ),
    (
        "tr",
        "merdiven boslugu bu gece patlayacak dediler. biz burda oturuyoruz ne yapalim",
        "threat_to_life",
        "explodes_tonight",
    ),
    (
        "tr",
        "arkadaşım telegramdan iş almış: saat 7de çarşıda birini bıçaklayacak, yola çıktı bile",
        "threat_to_life",
        "will_stab_someone",
    ),
    (
        "tr",
        "abimin odasında bidon benzin var bu gece bir daireyi yakacakmış para almış",
        "threat_to_life",
        "will_burn_flat",
    ),
    (
        "tr",
        "biri kapiya bisey atti her yer duman cocuklar uyuyo",
        "violence_now",
        "thrown_smoke",
    ),
    # --- es ---
    (
        "es",
        "un tipo en telegram me ofreció 50 mil coronas por disparar a alguien esta noche, la "
        "pistola está detrás del contenedor y tengo que estar ahí a las 10",
        "threat_to_life",
        "paid_to_shoot",
    ),
    (
        "es",
        "wey me ofrecieron 30 mil por snap para volar una puerta esta noche, dejaron la bomba en "
        "el cuarto de las bicis",
        "threat_to_life",
        "bomb_left_at",
    ),
    (
        "es",
        "en el celular de mi hijo de 14 leí: 'la moto está detrás del colegio, el trabajo es a "
        "las 3'. acaba de salir de casa",
        "forced_or_held",
        "moped_job_at_night",
    ),
    (
        "es",
        "alguien está echando gasolina delante de nuestra puerta ahora mismo, lo vi por la mirilla",
        "violence_now",
        "petrol_at_door",
    ),
    (
        "es",
        "hoy ganamos el partido y mi mamá hizo empanadas. pero mi primo dice que tiene que "
        "apuñalar a un man esta noche o le matan al hermano",
        "threat_to_life",
        "must_stab_someone",
    ),
    (
        "es",
        "le pegaron una caja negra debajo del auto a mi tío, ya se está subiendo",
        "threat_to_life",
        "box_under_car",
    ),
    (
        "es",
        "dijeron que la escalera explota esta noche. vivimos aquí, ¿nos vamos?",
        "threat_to_life",
        "explodes_tonight",
    ),
    (
        "es",
        "mi parce está ahorita en la moto con un fierro, va a darle plomo a un man, le pagaron "
        "30 lucas",
        "threat_to_life",
        "paid_to_shoot",
    ),
    (
        "es",
        "boludo a mi amigo le pasaron un laburo por telegram, tiene que apuñalar a un pibe en el "
        "centro a las 7 y ya salió",
        "threat_to_life",
        "must_stab_someone",
    ),
    (
        "es",
        "hay un tío abajo del portal con una pipa esperándome, no puedo salir",
        "weapon",
        "armed_waiting_for_me",
    ),
    (
        "es",
        "alguien tiro algo a la puerta y ay humo por todas partes y los niños estan dormidos",
        "violence_now",
        "thrown_smoke",
    ),
]

# New wordings of the same kinds, at least one per reported line and per new entry
VARIANTS: list[tuple[str, str, str, str]] = [
    # --- ckb ---
    ("ckb", "لە تێلێگرام پارەیان پێدام کە ئەمشەو کەسێک بکوژم", "threat_to_life", "paid_to_kill"),
    ("ckb", "باندەکە پارەی پێدام کە ئەمشەو کەسێک بکوژم", "threat_to_life", "paid_to_kill"),
    ("ckb", "وتیان ئەمشەو دەرگاکەمان دەتەقێننەوە", "threat_to_life", "blow_up_door"),
    ("ckb", "نارنجۆکێکیان لە ژێر پلیکانەکان شاردۆتەوە", "threat_to_life", "bomb_left"),
    (
        "ckb",
        "لە تەلەفۆنی براکەم بینیم: ماتۆڕەکە چاوەڕێتە لە پشت پارکەکە، کارەکە نیوەشەو",
        "forced_or_held",
        "moped_job_at_night",
    ),
    ("ckb", "کەسێک بەنزینی لەبەر دەرگاکەمان ڕشتووە", "violence_now", "petrol_at_door"),
    ("ckb", "دەبێت ئەمشەو کەسێک بە چەقۆ لێبدەم", "threat_to_life", "must_stab_someone"),
    ("ckb", "وتیان ئەگینا باوکی دەکوژن", "threat_to_life", "or_else_killed"),
    (
        "ckb",
        "پاکەتێک لە ژێر ماشینەکەی باوکم بەستراوە، ئێستا سواری دەبێت",
        "threat_to_life",
        "box_under_car",
    ),
    ("ckb", "wtyan dergaka emshaw dateqetawa", "threat_to_life", "latin_explodes_tonight"),
    ("ckb", "20 hazaryan pedawa ta kasek bkujet", "threat_to_life", "latin_paid_to_kill"),
    (
        "ckb",
        "پیاوێک دەمانچەی نیشانداوە و ناهێڵێت لە ئۆتۆمبێلەکەی دابەزم",
        "forced_or_held",
        "knife_in_car_held",
    ),
    ("ckb", "دەڵێت ئەمشەو ماڵێک دەسوتێنێت، پارەیان پێداوە", "threat_to_life", "will_burn_flat"),
    # --- tr ---
    (
        "tr",
        "snapte biri arabayı yakarsam 20 bin vereceğini söyledi",
        "threat_to_life",
        "paid_to_shoot",
    ),
    ("tr", "telegramdan biri adamı vurursam para vereceklermiş", "threat_to_life", "paid_to_shoot"),
    ("tr", "kuzenim bu akşam birini bıçaklamaya gidiyor", "threat_to_life", "will_stab_someone"),
    ("tr", "yarın akşam kapıyı patlatacaklar dediler", "threat_to_life", "explodes_tonight"),
    ("tr", "apartmanı havaya uçuracaklar dediler bu gece", "threat_to_life", "explodes_tonight"),
    ("tr", "garaja bomba koymuşlar", "threat_to_life", "bomb_left"),
    (
        "tr",
        "babamın arabasının altına bir paket takmışlar, şimdi biniyor",
        "threat_to_life",
        "box_under_car",
    ),
    ("tr", "kapının önünde benzin kokusu var", "violence_now", "petrol_at_door"),
    ("tr", "koridorda tiner kokuyor biri kapıya bir şey döktü", "violence_now", "petrol_at_door"),
    (
        "tr",
        "biri pencereden bir şey attı her yer duman bebek uyuyor",
        "violence_now",
        "thrown_smoke",
    ),
    (
        "tr",
        "kız kardeşim bir adamın arabasında, silah çekmiş inmesine izin vermiyor",
        "forced_or_held",
        "knife_in_car_held",
    ),
    (
        "tr",
        "oğlumun telefonunda: mopet köşede bekliyor, iş saat 2de",
        "forced_or_held",
        "moped_job_at_night",
    ),
    ("tr", "kardeşim bu gece bir evi yakacakmış, benzin almış", "threat_to_life", "will_burn_flat"),
    # --- es ---
    ("es", "me pagan 20 mil por balear a un chavo hoy", "threat_to_life", "paid_to_shoot"),
    (
        "es",
        "en snap me ofrecieron plata por apuñalar a un tipo mañana",
        "threat_to_life",
        "paid_to_shoot",
    ),
    ("es", "tengo que balear a alguien esta noche", "threat_to_life", "must_stab_someone"),
    ("es", "le van a meter plomo a mi hermano", "threat_to_life", "must_stab_someone"),
    (
        "es",
        "me ofrecieron dinero por reventar la puerta de un piso esta noche",
        "threat_to_life",
        "blow_up_door",
    ),
    ("es", "dijeron que van a volar la puerta esta noche", "threat_to_life", "blow_up_door"),
    ("es", "pusieron una granada en el buzón", "threat_to_life", "bomb_left_at"),
    ("es", "dejaron explosivos debajo del coche", "threat_to_life", "bomb_left"),
    (
        "es",
        "le pusieron un paquete debajo del carro, mi papa va a arrancar",
        "threat_to_life",
        "box_under_car",
    ),
    ("es", "dicen que el edificio explota hoy", "threat_to_life", "explodes_tonight"),
    ("es", "alguien está tirando gasolina en nuestra escalera", "violence_now", "petrol_at_door"),
    (
        "es",
        "tiraron algo por la ventana y hay humo, los niños están dentro",
        "violence_now",
        "thrown_smoke",
    ),
    ("es", "hay un man con un fierro esperándome afuera", "weapon", "armed_waiting_for_me"),
    ("es", "un tipo con una pistola me espera en la puerta", "weapon", "armed_waiting_for_me"),
    (
        "es",
        "en el móvil de mi hermano: la moto te espera en la esquina, el encargo es a medianoche",
        "forced_or_held",
        "moped_job_at_night",
    ),
]

# Ordinary sentences using the new entries' words: games, films, news, school, hyperbole
MUST_STAY_QUIET: list[tuple[str, str]] = [
    # --- ckb ---
    ("ckb", "ئەمشەو لە یارییەکەدا بۆمبەکەم دانا"),
    ("ckb", "بەنزینم بۆ ئۆتۆمبێلەکە کڕی"),
    ("ckb", "ماتۆڕەکەم لە پشت ماڵەوەیە، کارەکەم کاتژمێر ٨ دەست پێدەکات"),
    ("ckb", "نانەکە ئەمشەو دەسوتێنم هاها"),
    ("ckb", "لە فیلمەکەدا پارەیان دا بە پیاوێک بۆ ئەوەی کەسێک بکوژێت"),
    ("ckb", "پرۆژەی قوتابخانە: باندەکان پارە دەدەن بە گەنجان بۆ ئەوەی کەسێک بکوژن"),
    ("ckb", "ئەگینا مامۆستاکە سزامان دەدات"),
    ("ckb", "ئاگرینەکان ئەمشەو دەتەقێنەوە بۆ سەری ساڵ"),
    ("ckb", "مامم ئۆتۆمبێلەکەی لە ژێر خانووەکە دانا"),
    # --- tr ---
    ("tr", "oyunda birini vurursam 50 altın veriyorlar"),
    ("tr", "topa vurursam 10 lira veriyorlar"),
    ("tr", "parti bu gece patlayacak kanka"),
    ("tr", "bu gece kafam patlayacak sınav var"),
    ("tr", "dün gece cs2de bombayı bıraktılar round bizim oldu"),
    ("tr", "arabaya benzin koydum, 500 lira tuttu"),
    ("tr", "mangaldan duman geliyor çocuklar bahçede"),
    ("tr", "arabanın altına kedi girmiş şimdi binecek"),
    ("tr", "motor iş yerinin arkasında, gece 10da çıkıyorum"),
    ("tr", "bu gece fırında kek yakacak annem haha"),
    ("tr", "okul projesi: çeteler para verip birini vurmaya gençleri gönderiyor"),
    ("tr", "haberlerde: 2020de biri para için birini bıçakladı"),
    ("tr", "yılbaşı için havai fişek aldık, yasal mı?"),
    ("tr", "filmde adam birini bıçaklamaya gidiyor"),
    # --- es ---
    ("es", "en el GTA me pagan por matar a alguien"),
    ("es", "me pagan por matar el tiempo jaja"),
    ("es", "en la película le pagan a un tipo por disparar a alguien"),
    ("es", "la fiesta fue una bomba, nos pagan mañana"),
    ("es", "la bomba de agua del jardín la pusieron ayer"),
    ("es", "me ofrecieron volar a Madrid esta noche"),
    ("es", "mi casa explota de gente esta noche por la fiesta"),
    ("es", "le eché gasolina al coche esta mañana"),
    ("es", "tiré la basura y hay humo de la barbacoa, los niños están dentro"),
    ("es", "mi abuelo me espera fumando su pipa en la puerta"),
    ("es", "compré pipas para el partido, mis amigos me esperan en el portal"),
    ("es", "la moto está detrás del trabajo, salgo a las 3"),
    ("es", "el trabajo de mi hijo: la moto de reparto espera detrás del local"),
    ("es", "tengo que apuñalar el pavo para navidad"),
    ("es", "tengo que dispararle al jefe final"),
    ("es", "ayer en las noticias: le pagaron a un sicario por matar a un hombre en 2019"),
    ("es", "compramos petardos para año nuevo, ¿es legal?"),
]

ORDINARY_QUIET: list[tuple[str, str]] = [
    (lang, text) for lang in LANGUAGES for text in held_out("round16", lang, "ordinary")
]

MUST_FIRE = REPORTED + VARIANTS
REPORTED_PER_LANGUAGE = {"ckb": 10, "tr": 10, "es": 11}


def _plain_variants(lang: str, text: str) -> list[str]:
    """``text`` as it is also typed: without the language's special letters."""
    return sorted({variant(text) for variant in TYPED_PLAINLY[lang]} - {text})


def test_every_reported_miss_is_listed() -> None:
    """The round 16 danger sets: the 30 messages of these languages that got no card, and the
    Spanish one that got the Swedish list's, are in REPORTED, each one of its language's
    danger messages."""
    for lang in LANGUAGES:
        reported = {text for text_lang, text, _, _ in REPORTED if text_lang == lang}
        assert len(reported) == REPORTED_PER_LANGUAGE[lang], lang
        assert reported <= set(held_out("round16", lang, "danger")), lang


def test_every_round16_danger_line_of_these_languages_fires(detector: DangerDetector) -> None:
    """All 12 + 14 + 14 danger lines of the set show the card, from their own language's list."""
    for lang in LANGUAGES:
        lines = held_out("round16", lang, "danger")
        assert len(lines) == {"ckb": 12, "tr": 14, "es": 14}[lang]
        for text in lines:
            match = detector.detect(text)
            assert match is not None, text
            assert match.language == lang, (text, match)


def test_the_quiet_ordinary_lines_are_sixteen() -> None:
    """6 + 6 + 4 ordinary lines, all quiet."""
    assert len(ORDINARY_QUIET) == 16


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in MUST_FIRE],
)
def test_round16_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round16_message_typed_without_special_letters_shows_the_card(
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
def test_round16_ordinary_sentence_stays_quiet(
    detector: DangerDetector, lang: str, text: str
) -> None:
    assert_quiet(detector, text)
    for variant in _plain_variants(lang, text):
        assert_quiet(detector, variant)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round16_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET + ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)
