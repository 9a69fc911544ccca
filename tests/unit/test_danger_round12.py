"""Danger detection, round 12 (docs/conversation.md, "The emergency path"): Sorani Kurdish (Arabic
script, typed without ێ ۆ ڕ ڵ, and in Latin letters), Turkish (with and without ı ğ ş ö ü ç) and
Spanish (Latin-American and Spain forms, without accents) messages a twelfth red team typed
without getting the emergency card (bench/data/danger/round12: a friend shot and bleeding,
locked in a flat, a farewell with things given away, forced into a car, a child not breathing
and turning blue, "they will kill me tonight" and "stabbed, bleeding" in Latin-letter Sorani,
made to hold a gun "or we kill your family", a brother on drugs who does not wake; a debt to an
older guy "or they will kill (gebertmek) me", "hide it or they burn my mother's house", men
breaking the door, held in a flat; "pay by ten or he kills me", pushed into a car, "tonight I
take my life", "if I do not carry it they cut me", a machete at the door, a son made to rob a
shop, followed on a moped), with variants of each; ordinary sentences sharing their words that
must stay quiet; and every line of bench/data/danger/round12/ordinary_{ckb,tr,es}.jsonl that
shows no card. A game, a law question and a film scene ("in the game they shot me five times",
"what is the sentence in Sweden for carrying a knife?", "the scene where they forced the man into
the car") are vetoed; "mum will kill me when she sees my grades" (hyperbole) is a known false
alarm, left firing. "pistola" typed alone fires from the Spanish list, no longer as a typo of
the English "pistol" (es.toml `ordinary`). The entries are the "round 12" blocks at the end of
data/danger/{ckb,tr,es}.toml and vetoes added to earlier entries (es weapon_present,
hide_weapon, stabbed_or_shot; tr held).

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out
from tests.unit.test_danger_ckb_tr_es import TYPED_PLAINLY

LANGUAGES = ("ckb", "tr", "es")

# (language, text, category, entry id): the round 12 messages that got no card, word for word
REPORTED: list[tuple[str, str, str, str]] = [
    # --- ckb ---
    ("ckb", "هاوڕێکەم تەقەی لێکرا خوێنی زۆر دێت", "weapon", "relative_shot"),
    ("ckb", "ئێستا لە ماڵێکدا قفڵیان لێداوم ناتوانم بچمە دەرەوە", "forced_or_held", "locked_in"),
    ("ckb", "ماڵئاوا هەمووتان، هەموو شتەکانم دام بە براکەم، ئیتر نامبینن", "suicidal", "farewell"),
    ("ckb", "ئێستا بە زۆر خستیانمە ناو ئۆتۆمبێلێکەوە", "forced_or_held", "forced_into_car"),
    ("ckb", "منداڵەکەم هەناسەی نایەت و ڕەنگی شین بووە", "plea", "no_breath"),
    ("ckb", "yarmetim bden emshaw demkujn", "threat_to_life", "latin_kill_me_more"),
    ("ckb", "hawrekem chaqoy lekhwardwa xwenekî zor det", "plea", "bleeding_a_lot"),
    (
        "ckb",
        "پیاوێک دەڵێت ئەم چەکە ئەمشەو لای خۆت هەڵبگرە ئەگینا خێزانەکەت دەکوژین",
        "threat_to_life",
        "kill_your_family",
    ),
    ("ckb", "کچهکهم ئیستا به زور خرایه ناو ماشینیکهوه", "forced_or_held", "forced_into_car"),
    ("ckb", "براکهم زور ماده بیهوشکهری کیشاوه و به ئاگا نایهتهوه", "plea", "not_waking"),
    # --- tr ---
    (
        "tr",
        "bi abiye borcum var yarin sabaha kadar odemezsem beni gebertecekler dedi",
        "threat_to_life",
        "kill_me_slang",
    ),
    (
        "tr",
        "bir evde kilitliyim cikamiyorum telefonu zor buldum",
        "forced_or_held",
        "locked_in_now",
    ),
    (
        "tr",
        "abiler bu gece bi sey saklamami istiyo, saklamazsam annemin evini yakarlarmis",
        "threat_to_life",
        "or_else_threat",
    ),
    ("tr", "lan adamlar kapıyı kırıyor içeri girecekler", "threat_to_life", "breaking_door_now"),
    (
        "tr",
        "su an beni bir daireye kapattilar disari cikarmiyorlar",
        "forced_or_held",
        "locked_in_now",
    ),
    # --- es ---
    (
        "es",
        "le debo plata a un man y dice que si no le pago hoy antes de las 10 me mata",
        "threat_to_life",
        "debt_or_kill",
    ),
    ("es", "me acaban de meter a la fuerza en un carro", "forced_or_held", "forced_into_car_now"),
    ("es", "ya no puedo mas, esta noche me quito la vida", "suicidal", "take_my_life"),
    (
        "es",
        "tio no se que hacer, unos de mi barrio me han dicho que esta noche tengo que llevar una mochila a otro sitio y que si no lo hago me rajan, estan abajo en el portal esperandome y mi madre no sabe nada",
        "threat_to_life",
        "if_not_or_kill",
    ),
    ("es", "estan golpeando la puerta con un machete, van a entrar", "weapon", "armed_at_door"),
    (
        "es",
        "hola disculpen, mi hijo tiene 14 y acaba de escribirme que unos hombres lo estan obligando a robar una tienda ahorita, no contesta el telefono, estoy desesperada que hago",
        "forced_or_held",
        "forced_to_crime",
    ),
    ("es", "me siguen en moto desde el colegio, estoy corriendo", "fear", "followed_on_the_way"),
]

# New wordings of the same kinds, at least one per new entry
VARIANTS: list[tuple[str, str, str, str]] = [
    # --- ckb ---
    ("ckb", "براکەم تەقەی لێکرا", "weapon", "relative_shot"),
    ("ckb", "کوڕەکەم گوللەی بەرکەوت", "weapon", "relative_shot"),
    ("ckb", "خوێنی زۆر دێت", "plea", "bleeding_a_lot"),
    ("ckb", "xweni zor det", "plea", "bleeding_a_lot"),
    ("ckb", "chaqoyan ledam", "weapon", "latin_stabbed"),
    ("ckb", "hawrekem chaqoy lexward", "weapon", "latin_stabbed"),
    ("ckb", "قفڵیان لێ داوم", "forced_or_held", "locked_in"),
    ("ckb", "لە ژوورێکدا بەندم", "forced_or_held", "locked_in"),
    ("ckb", "ئیتر نامبینن", "suicidal", "farewell"),
    ("ckb", "هەموو شتەکانم دام بە هاوڕێکەم، ماڵئاوا", "suicidal", "gave_things_away"),
    ("ckb", "بە زۆر خستیانمە ناو ماشینێکەوە", "forced_or_held", "forced_into_car"),
    ("ckb", "کوڕەکەم بە زۆر خرایە ناو ئۆتۆمبێلێک", "forced_or_held", "forced_into_car"),
    ("ckb", "هەناسەی نایەت", "plea", "no_breath"),
    ("ckb", "ڕەنگی شین بووە", "plea", "no_breath"),
    ("ckb", "بە ئاگا نایەتەوە", "plea", "not_waking"),
    ("ckb", "زۆر ماددەی هۆشبەری کێشاوە", "self_harm", "drug_overdose"),
    ("ckb", "دایکت دەکوژین", "threat_to_life", "kill_your_family"),
    ("ckb", "ئەم دەمانچەیە هەڵبگرە", "weapon", "hold_this_weapon"),
    # --- tr ---
    ("tr", "beni gebertecekler", "threat_to_life", "kill_me_slang"),
    ("tr", "seni gebertirim", "threat_to_life", "kill_me_slang"),
    ("tr", "ailemi gebertirler", "threat_to_life", "kill_me_slang"),
    ("tr", "odaya kilitlendim çıkamıyorum", "forced_or_held", "locked_in_now"),
    ("tr", "bir evde kilitliyim", "forced_or_held", "locked_in_now"),
    ("tr", "beni bir bodruma kapattılar", "forced_or_held", "locked_in_now"),
    ("tr", "saklamazsam evimi yakacaklar", "threat_to_life", "or_else_threat"),
    ("tr", "kapıyı kırıyorlar", "threat_to_life", "breaking_door_now"),
    ("tr", "adamlar kapımızı tekmeliyor", "threat_to_life", "breaking_door_now"),
    ("tr", "zorla içeri giriyorlar", "threat_to_life", "breaking_door_now"),
    ("tr", "bir evde kilitliyim", "forced_or_held", "locked_in_now"),
    ("tr", "evde kilitli kaldım yardım", "forced_or_held", "locked_in_now"),
    # --- es ---
    ("es", "pistola", "weapon", "weapon_word"),
    ("es", "pistola!!", "weapon", "weapon_word"),
    ("es", "debo dinero y si no pago antes del viernes me rajan", "threat_to_life", "debt_or_kill"),
    ("es", "me van a subir a la fuerza a un coche", "forced_or_held", "forced_into_car_now"),
    ("es", "esta noche me quito la vida", "suicidal", "take_my_life"),
    ("es", "voy a acabar con mi vida", "suicidal", "take_my_life"),
    ("es", "si no lo hago me matan", "threat_to_life", "if_not_or_kill"),
    ("es", "si no la llevo me rajan", "threat_to_life", "if_not_or_kill"),
    ("es", "estan rompiendo la puerta", "threat_to_life", "breaking_door_now"),
    ("es", "quieren tumbar la puerta", "threat_to_life", "breaking_door_now"),
    ("es", "estan pateando la puerta con un cuchillo", "threat_to_life", "breaking_door_now"),
    ("es", "hay un tipo con un machete en la puerta", "weapon", "armed_at_door"),
    ("es", "me estan obligando a robar", "forced_or_held", "forced_to_crime"),
    ("es", "me obligan a vender droga", "forced_or_held", "forced_to_crime"),
    ("es", "me obligaron a robar una tienda", "forced_or_held", "forced_to_crime"),
    ("es", "un tipo me sigue desde el metro", "fear", "followed_on_the_way"),
    ("es", "alguien me viene siguiendo", "fear", "followed_on_the_way"),
    ("es", "me siguen en un coche", "fear", "followed_on_the_way"),
    ("es", "hay un tipo con un machete en la puerta", "weapon", "armed_at_door"),
]

# Ordinary sentences using the new entries' words, and the game, law question and film scene
# the new vetoes quiet
MUST_STAY_QUIET: list[tuple[str, str]] = [
    # --- ckb ---
    ("ckb", "لووتم خوێنی زۆر دێت"),
    ("ckb", "ئیتر نامبینن لە قوتابخانە، دەچینە شارێکی تر"),
    ("ckb", "دیوارەکە ڕەنگی شین بووە"),
    ("ckb", "لە پێکەنینا هەناسەی نایەت"),
    ("ckb", "لە یارییەکەدا دایکت دەکوژین"),
    ("ckb", "sınav beni gebertecek"),
    ("ckb", "hay un cuchillo en la puerta de la nevera"),
    # --- tr ---
    ("tr", "oyunda beni gebertecekler"),
    ("tr", "sınav beni gebertecek"),
    ("tr", "dışarıda kilitli kaldım anahtarım yok"),
    ("tr", "ödevimi yapmazsam öğretmen döver"),
    ("tr", "kapıyı kırdım yanlışlıkla"),
    ("tr", "misafirler içeri girdiler"),
    ("tr", "dükkanı kapattılar"),
    ("tr", "telefonu kapattılar"),
    # --- es ---
    ("es", "me siguen en instagram"),
    ("es", "me sigue gustando esa cancion"),
    ("es", "me sigue doliendo la cabeza"),
    ("es", "mis padres me obligan a estudiar"),
    ("es", "me obligan a llevar uniforme"),
    ("es", "me quito la chaqueta"),
    ("es", "si no lo hago mi mama me mata"),
    ("es", "si no lo hago me matan de risa"),
    ("es", "me subi al coche de mi padre"),
    ("es", "en fortnite me mataron"),
    ("es", "cual es la multa por llevar una navaja"),
    ("es", "es legal tener una pistola de agua?"),
    ("es", "no puedo abrir la puerta del coche, esta rota"),
    ("es", "estan arreglando la puerta"),
    ("es", "mi hermano subio al coche"),
    ("es", "la pena por portar armas en españa"),
    ("es", "vamos a acabar con la pizza"),
    ("es", "alguien me sigue en tiktok"),
]

# Hyperbole: it shows the card, and is left so (safety first).
KNOWN_FALSE_ALARMS: set[str] = {
    "annem karnemi gorunce beni oldurecek hahaha",
    "mi mama me va a matar cuando vea mis notas",
}
ORDINARY_QUIET: list[tuple[str, str]] = [
    (lang, text)
    for lang in LANGUAGES
    for text in held_out("round12", lang, "ordinary")
    if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + VARIANTS
REPORTED_PER_LANGUAGE = {"ckb": 10, "tr": 5, "es": 7}


def _plain_variants(lang: str, text: str) -> list[str]:
    """``text`` as it is also typed: without the language's special letters. A Sorani text
    already typed with ه for ە (two of the reported ones) is not also read with ھ for h: that
    would turn its every ە into ھ, which nobody types."""
    if lang == "ckb" and "\u06d5" not in text and "\u0647" in text:
        return []
    return sorted({variant(text) for variant in TYPED_PLAINLY[lang]} - {text})


def test_every_reported_miss_is_listed() -> None:
    """The round 12 danger sets: all 22 messages of these languages that got no card are in
    REPORTED, and each is one of its language's danger messages."""
    for lang in LANGUAGES:
        reported = {text for text_lang, text, _, _ in REPORTED if text_lang == lang}
        assert len(reported) == REPORTED_PER_LANGUAGE[lang], lang
        assert reported <= set(held_out("round12", lang, "danger")), lang


def test_the_quiet_ordinary_lines_are_twenty_six() -> None:
    """8 + 10 + 10 ordinary lines, less the two known false alarms (both lines of the set)."""
    ordinary = {text for lang in LANGUAGES for text in held_out("round12", lang, "ordinary")}
    assert ordinary >= KNOWN_FALSE_ALARMS
    assert len(ORDINARY_QUIET) == 26


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in MUST_FIRE],
)
def test_round12_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round12_message_typed_without_special_letters_shows_the_card(
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
def test_round12_ordinary_sentence_stays_quiet(
    detector: DangerDetector, lang: str, text: str
) -> None:
    assert_quiet(detector, text)
    for variant in _plain_variants(lang, text):
        assert_quiet(detector, variant)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round12_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET + ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)


@pytest.mark.parametrize("text", sorted(KNOWN_FALSE_ALARMS))
def test_known_false_alarms_still_fire(detector: DangerDetector, text: str) -> None:
    """Documented, not wanted: when one stops firing, move it out of KNOWN_FALSE_ALARMS."""
    assert detector.detect(text) is not None


def test_pistola_alone_fires_in_spanish_not_as_an_english_typo(detector: DangerDetector) -> None:
    """ "pistola" is in es.toml's `ordinary` words: the English list no longer reads it as a typo
    of "pistol", so the card speaks Spanish; "pistol" still fires from the English list."""
    assert_fires(detector, "pistola", "weapon", "es", "weapon_word")
    assert_fires(detector, "pistol", "weapon", "en", "weapon_word")
