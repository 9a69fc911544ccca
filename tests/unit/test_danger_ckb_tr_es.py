"""Danger detection in Sorani Kurdish (ckb, Arabic script), Turkish (tr) and Spanish (es)
(docs/conversation.md, "The emergency path"): the word lists data/danger/{ckb,tr,es}.toml.

For each language, messages across the categories the other lists cover (threats to life,
being forced or held, weapons, suicidal, self-harm, overdoses, medical emergencies, pleas, 112
and the police, fear, a child lured or missing, being watched or waited for, debts with a
deadline, a job forced with a threat) must fire with their category and language; ordinary
sentences with the same words (hyperbole, games, news about the past, law questions) must stay
quiet; a danger message still fires beside each of its language's ordinary lines. People type
these languages without their special letters — Turkish without ı ğ ş ö ü ç on a Swedish
keyboard ("oldurecekler"), Spanish without accents or ñ, Sorani on a Persian keyboard without
ێ ۆ ڕ ڵ ڤ or with ھ for h — and each message must behave the same typed so.

Neither the author of the lists nor of these messages is a native speaker: every entry is an
unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Callable

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet
from tests.unit.test_danger import DANGER_BUTTON, DATA_DIR, _translation

LANGUAGES = ("ckb", "tr", "es")

# (language, text, category, entry id)
MUST_FIRE: list[tuple[str, str, str, str]] = [
    # --- ckb ---
    ("ckb", "دەمکوژن", "threat_to_life", "kill_me"),
    ("ckb", "ئەمشەو دەمکوژن", "threat_to_life", "kill_me"),
    ("ckb", "دەیانەوێت بمکوژن", "threat_to_life", "kill_me"),
    ("ckb", "دەیانەویت بمکوژن", "threat_to_life", "kill_me"),
    ("ckb", "خێزانەکەم دەکوژن", "threat_to_life", "kill_me"),
    ("ckb", "هەڕەشەی کوشتنم لێ دەکەن", "threat_to_life", "kill_me"),
    ("ckb", "هەرەشەی کوشتنم لی دەکەن", "threat_to_life", "kill_me"),
    ("ckb", "ھەڕەشەم لێ دەکەن", "threat_to_life", "threatened"),
    ("ckb", "دەتکوژم", "threat_to_life", "will_kill"),
    ("ckb", "لێم دەدەن", "violence_now", "will_hurt"),
    ("ckb", "باوکم لێم دەدات", "violence_now", "will_hurt"),
    ("ckb", "لیم دەدەن", "violence_now", "will_hurt"),
    ("ckb", "چەقۆی پێیە", "weapon", "weapon_present"),
    ("ckb", "دەمانچەی دەرهێنا", "weapon", "weapon_present"),
    ("ckb", "چەقۆ", "weapon", "weapon_word"),
    ("ckb", "دەیانەوێت چەکەکە بشارمەوە", "weapon", "hide_weapon"),
    ("ckb", "چەقۆیان لێدام", "weapon", "stabbed_or_shot"),
    ("ckb", "تەقەیان لێکردم", "weapon", "stabbed_or_shot"),
    ("ckb", "دەنگی تەقە دێت", "weapon", "shooting_nearby"),
    ("ckb", "خۆم دەکوژم", "suicidal", "suicide"),
    ("ckb", "خوم دەکوژم", "suicidal", "suicide"),
    ("ckb", "دەمەوێت بمرم", "suicidal", "suicide"),
    ("ckb", "دەمەویت بمرم", "suicidal", "suicide"),
    ("ckb", "نامەوێت بژیم", "suicidal", "suicide"),
    ("ckb", "ئیتر ناتوانم", "suicidal", "cannot_go_on"),
    ("ckb", "لە پردەکەوە خۆم فڕێ دەدەم", "suicidal", "jump"),
    ("ckb", "سبەینێ لێرە نابم", "suicidal", "not_here_tomorrow"),
    ("ckb", "خۆم بریندار دەکەم", "self_harm", "self_harm"),
    ("ckb", "هەموو حەبەکانم خوارد", "self_harm", "many_pills"),
    ("ckb", "کچەکەمیان ڕفاند", "forced_or_held", "held"),
    ("ckb", "کچەکەمیان رفاند", "forced_or_held", "held"),
    ("ckb", "دەرگاکەیان لێ داخستووم", "forced_or_held", "held"),
    ("ckb", "ناهێڵن بڕۆم", "forced_or_held", "held"),
    ("ckb", "ناهیلن بروم", "forced_or_held", "held"),
    ("ckb", "بە زۆر بردیان", "forced_or_held", "held"),
    ("ckb", "کوڕەکەم ون بووە لە دوێنێوە", "forced_or_held", "child_missing"),
    ("ckb", "دەزانن لە کوێ دەژیم", "location_known", "knows_address"),
    ("ckb", "لە دەرەوە چاوەڕێم دەکەن", "location_known", "waiting_outside"),
    ("ckb", "شوێنم کەوتوون", "fear", "followed"),
    ("ckb", "دەستدرێژی سێکسیم کرایە سەر", "violence_now", "sexual_violence"),
    ("ckb", "خوێنێکی زۆری لێ دەڕوات", "plea", "injured"),
    ("ckb", "هەناسە نادات", "plea", "not_breathing"),
    ("ckb", "ھەناسە نادات", "plea", "not_breathing"),
    ("ckb", "بێهۆش بووە", "plea", "not_breathing"),
    ("ckb", "بیهوش بووە", "plea", "not_breathing"),
    ("ckb", "مناڵەکەم پاترییەکی قووت دا", "plea", "swallowed_poison"),
    ("ckb", "بۆنی غاز دێت", "violence_now", "fire_gas"),
    ("ckb", "ماڵەکەمان ئاگری گرتووە", "violence_now", "fire_gas"),
    (
        "ckb",
        "کچەکەم ئەمشەو دەچێت پیاوێکی گەورە ببینێت کە لە سناپ ناسیویەتی",
        "fear",
        "meeting_grown_man",
    ),
    ("ckb", "بە تەنها وەرە و بە کەس مەڵێ", "fear", "come_alone_tell_no_one"),
    (
        "ckb",
        "هەڕەشە دەکات وێنەکانم بڵاو دەکاتەوە ئەگەر پارەی نەدەمێ",
        "violence_now",
        "spread_photos",
    ),
    ("ckb", "لە مەترسیدام", "plea", "in_danger"),
    ("ckb", "یارمەتی", "plea", "plea"),
    ("ckb", "یارمەتیم بدەن", "plea", "plea"),
    ("ckb", "فریام کەون", "plea", "plea"),
    ("ckb", "پەیوەندی بە 112 بکەن", "plea", "call_112"),
    ("ckb", "پۆلیس بانگ بکەن", "plea", "call_police"),
    ("ckb", "زۆر دەترسم", "fear", "scared"),
    ("ckb", "لە گیانم دەترسم", "fear", "fear_for_life"),
    ("ckb", "dmkujn", "threat_to_life", "latin_kill_me"),
    ("ckb", "xom dakujm", "suicidal", "suicide"),
    ("ckb", "yarmati", "plea", "plea"),
    ("ckb", "zor datrsm", "fear", "scared"),
    ("ckb", "تا کاتژمێر ٨ پارەکە نەهێنم خێزانەکەم دەکوژن", "threat_to_life", "kill_me"),
    ("ckb", "ناچارم دەکەن ماددە بفرۆشم ئەگینا دایکم دەکوژن", "threat_to_life", "kill_me"),
    # --- tr ---
    ("tr", "beni öldürecekler", "threat_to_life", "kill_me"),
    ("tr", "beni oldurecekler", "threat_to_life", "kill_me"),
    ("tr", "bizi öldürcekler abi yardım", "threat_to_life", "kill_me"),
    ("tr", "ailemi öldüreceklerini söylediler", "threat_to_life", "kill_me"),
    ("tr", "seni öldüreceğim", "threat_to_life", "will_kill"),
    ("tr", "seni oldurcem", "threat_to_life", "will_kill"),
    ("tr", "bana zarar vereceklermiş", "threat_to_life", "will_hurt"),
    ("tr", "beni tehdit ediyorlar", "threat_to_life", "threatened"),
    ("tr", "ölüm tehdidi aldım", "threat_to_life", "kill_me"),
    ("tr", "adamın elinde bıçak var", "weapon", "weapon_present"),
    ("tr", "silah çekti bana", "weapon", "weapon_present"),
    ("tr", "bıçak", "weapon", "weapon_word"),
    ("tr", "silahı saklamamı istiyorlar yoksa ailemi öldürürler", "threat_to_life", "kill_me"),
    ("tr", "bıçaklandım", "weapon", "stabbed_or_shot"),
    ("tr", "kardeşim vuruldu", "weapon", "stabbed_or_shot"),
    ("tr", "dışarıda silah sesleri var", "weapon", "shooting_nearby"),
    ("tr", "intihar edeceğim", "suicidal", "suicide"),
    ("tr", "intihar edicem", "suicidal", "suicide"),
    ("tr", "kendimi öldürcem", "suicidal", "suicide"),
    ("tr", "ölmek istiyorum", "suicidal", "suicide"),
    ("tr", "yaşamak istemiyorum", "suicidal", "suicide"),
    ("tr", "artık dayanamıyorum", "suicidal", "cannot_go_on"),
    ("tr", "köprüden atlayacağım", "suicidal", "jump"),
    ("tr", "yarın burada olmayacağım", "suicidal", "not_here_tomorrow"),
    ("tr", "kendimi kesiyorum", "self_harm", "self_harm"),
    ("tr", "bileklerimi kestim", "self_harm", "self_harm"),
    ("tr", "bütün hapları içtim", "self_harm", "many_pills"),
    ("tr", "beni kaçırdılar", "forced_or_held", "held"),
    ("tr", "kızımı kaçırdılar", "forced_or_held", "held"),
    ("tr", "kizimi kacirdilar", "forced_or_held", "held"),
    ("tr", "beni odaya kilitlediler", "forced_or_held", "held"),
    ("tr", "borcu ödeyene kadar bırakmayacaklar", "forced_or_held", "held_for_debt"),
    ("tr", "saat 8e kadar parayı getirmezsem ailemi öldürürler", "threat_to_life", "kill_me"),
    ("tr", "paketi saklamazsam ailemi öldürürler", "threat_to_life", "kill_me"),
    ("tr", "bu gece arabayı yakmamı istiyorlar", "threat_to_life", "ordered_arson"),
    ("tr", "kızım dünden beri eve gelmedi", "forced_or_held", "child_missing"),
    ("tr", "evimi biliyorlar", "location_known", "knows_address"),
    ("tr", "kapının önünde adamlar beni bekliyor", "location_known", "waiting_outside"),
    ("tr", "beni takip ediyorlar", "fear", "followed"),
    ("tr", "babam annemi dövüyor", "violence_now", "violence_now"),
    ("tr", "tecavüze uğradım", "violence_now", "sexual_violence"),
    ("tr", "çok kan kaybediyor", "plea", "injured"),
    ("tr", "nefes almıyor", "plea", "not_breathing"),
    ("tr", "nefes almiyor", "plea", "not_breathing"),
    ("tr", "bebek pil yuttu", "plea", "swallowed_poison"),
    ("tr", "gaz kokuyor", "violence_now", "fire_gas"),
    ("tr", "ev yanıyor", "violence_now", "fire_gas"),
    ("tr", "kardeşim buza düştü çıkamıyor", "plea", "fell_in_water"),
    ("tr", "babamın yüzü kaydı", "plea", "stroke_allergy"),
    (
        "tr",
        "kızım bu gece internetten tanıştığı 30 yaşında bir adamla buluşacak",
        "fear",
        "meeting_grown_man",
    ),
    ("tr", "tek başına gel kimseye söyleme dedi", "fear", "come_alone_tell_no_one"),
    ("tr", "para vermezsem fotoğraflarımı yayacakmış", "violence_now", "spread_photos"),
    ("tr", "tehlikedeyim", "plea", "in_danger"),
    ("tr", "imdat", "plea", "plea"),
    ("tr", "yardım edin lütfen", "plea", "plea"),
    ("tr", "yardim edin", "plea", "plea"),
    ("tr", "112yi arayın", "plea", "call_112"),
    ("tr", "112'yi arayın", "plea", "call_112"),
    ("tr", "polisi arayın", "plea", "call_police"),
    ("tr", "polis çağırın hemen", "plea", "call_police"),
    ("tr", "çok korkuyorum", "fear", "scared"),
    ("tr", "cok korkuyorum", "fear", "scared"),
    ("tr", "canımdan korkuyorum", "fear", "fear_for_life"),
    ("tr", "zorla evlendirmek istiyorlar", "forced_or_held", "held"),
    ("tr", "pasaportumu aldılar", "forced_or_held", "held"),
    # --- es ---
    ("es", "me van a matar esta noche", "threat_to_life", "kill_me"),
    ("es", "nos quieren matar, están en la puerta", "threat_to_life", "kill_me"),
    ("es", "dijeron que van a matar a mi familia si hablo", "threat_to_life", "kill_me"),
    ("es", "te voy a matar hijo de puta", "threat_to_life", "will_kill"),
    ("es", "me amenazaron de muerte por whatsapp", "threat_to_life", "death_threat"),
    ("es", "mi hijo recibe amenazas de una banda", "threat_to_life", "death_threat"),
    (
        "es",
        "si no pagas hoy vamos a por tu hermana, tu familia lo pagará",
        "threat_to_life",
        "or_else_family",
    ),
    (
        "es",
        "le debo dinero a unos tipos y si no pago antes del viernes vienen a mi casa",
        "threat_to_life",
        "debt_deadline",
    ),
    (
        "es",
        "me obligan a guardar un paquete y si no lo hago le hacen daño a mi madre",
        "threat_to_life",
        "will_hurt",
    ),
    (
        "es",
        "esta noche tengo que quemar un coche, me lo mandaron ellos",
        "threat_to_life",
        "ordered_arson",
    ),
    ("es", "el tipo tiene una pistola", "weapon", "weapon_present"),
    ("es", "sacaron un cuchillo en la plaza", "weapon", "weapon_present"),
    ("es", "quieren que guarde una pistola en mi casa", "weapon", "hide_weapon"),
    ("es", "me apuñalaron", "weapon", "stabbed_or_shot"),
    ("es", "le dispararon a mi primo, está en el suelo", "weapon", "stabbed_or_shot"),
    ("es", "se escuchan disparos afuera", "weapon", "shooting_nearby"),
    ("es", "quiero morir", "suicidal", "suicide"),
    ("es", "ya no quiero vivir", "suicidal", "suicide"),
    ("es", "voy a suicidarme", "suicidal", "suicide"),
    ("es", "me quiero matar", "suicidal", "suicide"),
    ("es", "no puedo más", "suicidal", "cannot_go_on"),
    ("es", "estoy en el puente y voy a saltar", "suicidal", "jump"),
    ("es", "mañana ya no estaré", "suicidal", "not_here_tomorrow"),
    ("es", "me estoy cortando los brazos otra vez", "self_harm", "self_harm"),
    ("es", "me tomé todas las pastillas de mi madre", "self_harm", "many_pills"),
    ("es", "me tienen encerrada en un piso y no me dejan salir", "forced_or_held", "held"),
    ("es", "secuestraron a mi hija", "forced_or_held", "held"),
    ("es", "se llevaron a mi hijo en una furgoneta a la fuerza", "forced_or_held", "held"),
    ("es", "mi hija desapareció desde anoche", "forced_or_held", "child_missing"),
    ("es", "me quieren casar a la fuerza en verano", "forced_or_held", "married_off"),
    ("es", "saben dónde vivo", "location_known", "knows_address"),
    (
        "es",
        "hay unos tipos esperándome en la puerta del colegio",
        "location_known",
        "waiting_outside",
    ),
    ("es", "me están siguiendo", "fear", "followed"),
    ("es", "me están pegando", "violence_now", "violence_now"),
    ("es", "mi padre me pega", "violence_now", "violence_now"),
    ("es", "me violaron", "violence_now", "sexual_violence"),
    ("es", "estoy sangrando mucho", "plea", "injured"),
    ("es", "mi amigo no respira", "plea", "not_breathing"),
    ("es", "mi hijo se tragó una pila de botón", "plea", "swallowed_poison"),
    ("es", "huele a gas en toda la casa", "violence_now", "fire_gas"),
    ("es", "la casa está ardiendo", "violence_now", "fire_gas"),
    ("es", "mi hermano se cayó al río y no puede salir", "plea", "fell_in_water"),
    (
        "es",
        "mi hija va a quedar esta noche con un hombre de 30 que conoció en snapchat",
        "fear",
        "meeting_grown_man",
    ),
    ("es", "me dijo que venga sola y que no le diga a nadie", "fear", "come_alone_tell_no_one"),
    ("es", "me amenaza con publicar mis fotos si no le pago", "violence_now", "spread_photos"),
    ("es", "estoy en peligro", "plea", "in_danger"),
    ("es", "ayuda", "plea", "plea"),
    ("es", "socorro!!", "plea", "plea"),
    ("es", "auxilio por favor", "plea", "plea"),
    ("es", "ayuda estan aqui", "plea", "help_they_are_here"),
    ("es", "llama al 112", "plea", "call_112"),
    ("es", "llamen a la policía ya", "plea", "call_police"),
    ("es", "tengo mucho miedo", "fear", "scared"),
    ("es", "temo por mi vida", "fear", "fear_for_life"),
    (
        "es",
        "me tienen encerrado y no me dejan irme hasta que pague la deuda",
        "forced_or_held",
        "held",
    ),
    ("es", "no me dejan salir de aqui", "forced_or_held", "held"),
    ("es", "mi abuelo tiene la cara torcida y no puede hablar", "plea", "stroke_allergy"),
]

# Ordinary sentences sharing the lists' words: hyperbole, games, news about the past, law
# questions, everyday errands.
MUST_STAY_QUIET: list[tuple[str, str]] = [
    ("ckb", "لە پێکەنینا مردم"),
    ("ckb", "تاقیکردنەوەکە کوشتمی"),
    ("ckb", "یارمەتیم بدە لە وانەکانم"),
    ("ckb", "پێویستم بە یارمەتییە بۆ پڕکردنەوەی فۆرمەکە"),
    ("ckb", "لە جاڵجاڵۆکە دەترسم"),
    ("ckb", "چەقۆی مەتبەخ لە چەکمەجەکەدایە"),
    ("ckb", "پارساڵ کوڕێک لە شارەکە چەقۆی لێدرا"),
    ("ckb", "ئایا هەڵگرتنی چەقۆ یاسایی یە؟"),
    ("ckb", "لە یارییەکە دەمکوژن هەمیشە"),
    ("ckb", "مۆبایلەکەی ون بووە"),
    ("ckb", "سبەینێ دەچمە قوتابخانە"),
    ("ckb", "کچەکەم لەگەڵ هاوڕێکانی دەچێت بۆ سینەما"),
    ("ckb", "حەبێکم خوارد بۆ سەرئێشە"),
    ("ckb", "دایکم لە دەرەوە چاوەڕێم دەکات"),
    ("ckb", "ئەمڕۆ زۆر ماندووم"),
    ("ckb", "ئاگر لە سۆبەکەدا خۆشە"),
    ("ckb", "پاسپۆرتەکەم نوێ کردەوە"),
    ("ckb", "سڵاو چۆنی باشی؟"),
    ("ckb", "ناتوانم هەناسە بدەم لە پێکەنینا"),
    ("ckb", "فیلمەکە زۆر ترسناک بوو"),
    ("ckb", "قەرزی هاوڕێکەم دەدەمەوە سبەینێ"),
    ("tr", "gülmekten öldüm"),
    ("tr", "gulmekten oldum"),
    ("tr", "sınav beni öldürdü"),
    ("tr", "sinav beni oldurdu"),
    ("tr", "oyunda vuruldum yine"),
    ("tr", "açlıktan ölüyorum"),
    ("tr", "dün haberlerde bir gencin bıçaklandığını okudum"),
    ("tr", "geçen yıl şehirde bir adam vuruldu"),
    ("tr", "bıçak taşımak yasal mı"),
    ("tr", "bıçak taşımanın cezası ne"),
    ("tr", "mutfakta ekmek bıçağı var"),
    ("tr", "ödevime yardım et"),
    ("tr", "bu formu doldurmak için yardım lazım"),
    ("tr", "örümceklerden korkuyorum"),
    ("tr", "otobüsü kaçırdım"),
    ("tr", "treni kaçırdık"),
    ("tr", "kızım okula gitti"),
    ("tr", "annem beni dışarı bırakmıyor"),
    ("tr", "arkadaşım beni instagramda takip ediyor"),
    ("tr", "yarın burada olmayacağım tatildeyim"),
    ("tr", "kolumu kağıtla kestim"),
    ("tr", "vitaminlerin hepsini içtim"),
    ("tr", "bir ilaç aldım baş ağrısı için"),
    ("tr", "babam beni okulun önünde bekliyor"),
    ("tr", "topa vurmam lazım"),
    ("tr", "bu şarkıya bayıldım"),
    ("tr", "ateşim var"),
    ("tr", "yangın tatbikatı yaptık okulda"),
    ("tr", "kızım arkadaşlarıyla buluşacak"),
    ("tr", "nefesim kesildi koşudan"),
    ("tr", "film çok korkunçtu"),
    ("tr", "paramı yarına kadar geri vereceğim"),
    ("tr", "sevgilim beni terk etti"),
    ("es", "me muero de risa jajaja"),
    ("es", "vamos a matar el tiempo en el centro"),
    ("es", "el examen me mató"),
    ("es", "me mato estudiando para el examen"),
    ("es", "te voy a matar en fortnite"),
    ("es", "en la película le dispararon a un hombre"),
    ("es", "ayer en las noticias dijeron que secuestraron a un empresario"),
    ("es", "¿es legal llevar una navaja en Suecia?"),
    ("es", "el cuchillo está en el cajón de la cocina"),
    ("es", "ayúdame con los deberes de mates"),
    ("es", "necesito ayuda con el formulario del paro"),
    ("es", "tengo miedo de las arañas"),
    ("es", "mis padres no me dejan salir con mis amigos"),
    ("es", "estoy encerrado en casa por la cuarentena"),
    ("es", "se llevaron a mi hija al cine"),
    ("es", "me corté el pelo ayer"),
    ("es", "no quiero despertarme temprano mañana"),
    ("es", "me quiero morir de la vergüenza"),
    ("es", "hay fuego en la chimenea y estamos calentitos"),
    ("es", "me pega mucho el sol en la cara"),
    ("es", "me sigue en instagram"),
    ("es", "no sé dónde vives"),
    ("es", "tengo que llevar el trabajo al profe mañana"),
    ("es", "voy en tren al trabajo"),
    ("es", "mi hija va a quedar con sus amigas del colegio esta noche"),
    ("es", "no puedo respirar de la risa"),
    ("es", "mi amigo murió de sobredosis hace años"),
    ("es", "tomé una pastilla para el dolor de cabeza"),
    ("es", "me tomé todas las vitaminas del día"),
    ("es", "le debo dinero a mi hermano, se lo devuelvo mañana"),
    ("es", "vamos a tu casa a jugar a la play"),
    ("es", "estoy en peligro de suspender mates"),
    ("es", "mañana ya no estaré en la oficina"),
    ("es", "se me cayó el móvil al agua"),
    ("es", "tengo que quemar calorías esta noche"),
]

# Hyperbole that could be real ("mum will kill me"): it shows the card, and is left so
# (safety first), as "mum will kill me haha" in en.toml.
KNOWN_FALSE_ALARMS: list[tuple[str, str]] = [
    ("ckb", "دایکم دەمکوژێت"),
    ("tr", "annem beni öldürecek haha"),
    ("es", "mi madre me va a matar si llego tarde jaja"),
]

_TURKISH_PLAIN = str.maketrans("ıİğĞşŞöÖüÜçÇ", "iIgGsSoOuUcC")
_SORANI_PLAIN = str.maketrans("ێۆڕڵڤ", "یورلف")


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return kept.replace("¿", "").replace("¡", "")


# How each language is also typed: without its special letters (and Sorani with ھ for h).
TYPED_PLAINLY: dict[str, tuple[Callable[[str], str], ...]] = {
    "tr": (lambda text: text.translate(_TURKISH_PLAIN),),
    "es": (_without_accents,),
    "ckb": (
        lambda text: text.translate(_SORANI_PLAIN),
        lambda text: text.replace("\u0647", "\u06be"),
        lambda text: text.translate(_SORANI_PLAIN).replace("\u0647", "\u06be"),
    ),
}


def _plain_variants(lang: str, text: str) -> list[str]:
    return sorted({variant(text) for variant in TYPED_PLAINLY[lang]} - {text})


def test_each_language_has_enough_messages_across_the_categories() -> None:
    """At least 25 must-fire and 15 quiet messages per language, and every category of the
    Somali and Persian lists among the must-fire ones and among each list's entries."""
    model = set()
    for lang in ("so", "fa"):
        data = tomllib.loads((DATA_DIR / f"{lang}.toml").read_text(encoding="utf-8"))
        model |= {entry["category"] for entry in data["pattern"]}
    for lang in LANGUAGES:
        cases = [case for case in MUST_FIRE if case[0] == lang]
        assert len(cases) >= 25, lang
        assert len([text for text_lang, text in MUST_STAY_QUIET if text_lang == lang]) >= 15
        assert {category for _, _, category, _ in cases} == model, lang
        data = tomllib.loads((DATA_DIR / f"{lang}.toml").read_text(encoding="utf-8"))
        assert {entry["category"] for entry in data["pattern"]} == model, lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_lists_are_loaded_unreviewed_drafts_with_common_words(
    detector: DangerDetector, lang: str
) -> None:
    assert lang in detector.languages
    assert detector.review_status[lang] == "unreviewed"
    text = (DATA_DIR / f"{lang}.toml").read_text(encoding="utf-8")
    head = text.split("[[pattern]]")[0]
    assert 'review_status = "unreviewed"' in head
    assert "translator_note" in head
    common = tomllib.loads(text)["common"]
    assert len(common) >= 20, lang
    for word in common:
        assert detector.detect(word) is None, (lang, word)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_danger_buttons_label_typed_as_text_fires(detector: DangerDetector, lang: str) -> None:
    """The 🆘 button's label in the new catalogues, typed as text, fires in its own words."""
    label = _translation(lang, DANGER_BUTTON)
    bare = label.replace("🆘", "").strip(" \u2066\u2067\u2068\u2069")
    for text in (label, bare, bare.lower(), f"{bare}!"):
        match = detector.detect(text)
        assert match is not None, (lang, text)
        assert (match.category, match.language) == ("plea", lang), (lang, text, match)
        assert not match.neutral, (lang, text, match)


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in MUST_FIRE],
)
def test_danger_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text}") for lang, text, cat, _ in MUST_FIRE],
)
def test_danger_message_typed_without_special_letters_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    for variant in _plain_variants(lang, text):
        assert_fires(detector, variant, category, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [pytest.param(lang, text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET],
)
def test_ordinary_sentence_stays_quiet_with_or_without_special_letters(
    detector: DangerDetector, lang: str, text: str
) -> None:
    assert_quiet(detector, text)
    for variant in _plain_variants(lang, text):
        assert_quiet(detector, variant)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text}") for lang, text, cat, _ in MUST_FIRE],
)
def test_danger_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)


@pytest.mark.parametrize(("lang", "text"), KNOWN_FALSE_ALARMS)
def test_known_false_alarms_still_fire(detector: DangerDetector, lang: str, text: str) -> None:
    """Documented, not wanted: when one stops firing, move it to MUST_STAY_QUIET."""
    match = detector.detect(text)
    assert match is not None
    assert (match.category, match.language) == ("threat_to_life", lang)
