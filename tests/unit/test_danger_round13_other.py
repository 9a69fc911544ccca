"""Danger detection, round 13 (docs/conversation.md, "The emergency path"): Arabic, Persian,
Somali, Tigrinya and Finnish messages a thirteenth red team typed without getting the emergency
card (bench/data/danger/round13: understatement and euphemism — "it will get ugly tonight, they
said they know where my mother lives", "I won't be here after the weekend" —, sextortion with a
deadline and "I'd rather die", a live location shared with "we're coming" and 🔪, a neighbour
shouting he will kill his wife with blows heard now, "took a lot of 💊 and my heart is racing",
"they are on the way and I have locked myself in the bathroom", a younger brother hurt unless a
bag is delivered in ten minutes), with variants of each; ordinary sentences sharing their words
that must stay quiet; and every line of bench/data/danger/round13/ordinary_{ar,fa,so,ti,fi}.jsonl,
all quiet: a film ("in the film yesterday a man with a knife at the door"), a game ("got shot
ten times in the game tonight") and homework or exam hyperbole ("this homework is killing me 😂")
are vetoed. The 💊 emoji is no word (bot/core/danger.py reads only 🆘 🔪 🔫): a pill message fires
on its words ("many", "took", "heart"). The entries are the "round 13" blocks at the end of
data/danger/{ar,fa,so,ti,fi}.toml and vetoes added to earlier entries (ar weapon_present,
weapon_at_door; fa kill_me, stabbed_or_shot, finglish_shot; so kill_me, weapon_present,
man_with_weapon; ti kill_me, weapon_present; fi weapon_with_someone, weapon_at_door).

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

LANGUAGES = ("ar", "fa", "so", "ti", "fi")

# (language, text, category, entry id): the round 13 messages that got no card, word for word
REPORTED: list[tuple[str, str, str, str]] = [
    # --- ar ---
    (
        "ar",
        "الليلة رح تصير مشكلة كبيرة إذا ما رحت، قالوا بيعرفوا وين ساكنة أمي",
        "threat_to_life",
        "they_said_they_know_where",
    ),
    ("ar", "قالوا ادفع قبل نص الليل وإلا بينشروا الصور، بفضّل موت", "suicidal", "rather_die"),
    ("ar", "شاركوا موقعي المباشر وكتبوا 'جايين' 🔪", "location_known", "location_shared_coming"),
    ("ar", "جارنا عم يصرخ إنه رح يقتل مرته وأنا سامع ضرب هلق", "threat_to_life", "will_kill_wife"),
    ("ar", "اخدت كتير حبوب 💊 وقلبي عم يدق كتير بسرعة", "self_harm", "took_lots_of_pills"),
    ("ar", "هني بالطريق لعندي وأنا مسكّر على حالي بالحمام", "fear", "on_the_way_hiding"),
    # --- fa ---
    (
        "fa",
        "اگه امشب نرم اوضاع خیلی زشت میشه، گفتن میدونن خونه مادرم کجاست",
        "threat_to_life",
        "they_said_they_know_where",
    ),
    (
        "fa",
        "بعد از آخر هفته دیگه نیستم. وسایلمو به برادرم دادم",
        "suicidal",
        "not_here_after_weekend",
    ),
    (
        "fa",
        "گفتن تا نصف شب پول بدم وگرنه عکسامو میفرستن برای همه، ترجیح میدم بمیرم",
        "suicidal",
        "rather_die",
    ),
    (
        "fa",
        "لوکیشن زنده\u200cام رو پخش کردن و نوشتن «داریم میایم»",
        "location_known",
        "location_shared_coming",
    ),
    (
        "fa",
        "بسیار تابلیت 💊 خوردم و قلبم خیلی تیز می\u200cزند",
        "self_harm",
        "many_tablets_swallowed",
    ),
    # --- so ---
    (
        "so",
        "goobtayda tooska ah ayay wadaageen waxayna qoreen 'waan imaanaynaa'",
        "location_known",
        "location_shared_coming",
    ),
    (
        "so",
        "haddii aanan 10 daqiiqo gudahood boorsada geyn waxay dhaawacayaan walaalkay",
        "threat_to_life",
        "will_hurt_relative",
    ),
    (
        "so",
        "deriskayga ayaa hadda xaaskiisa garaacaya oo ku qaylinaya inuu dilayo",
        "violence_now",
        "beating_wife_now",
    ),
    (
        "so",
        "kiniino badan 💊 ayaan qaatay wadnahaygu aad buu u garaacayaa",
        "self_harm",
        "many_pills_swallowed",
    ),
    # --- ti ---
    (
        "ti",
        "ሎሚ ምሸት እንተዘይከይደ ክፉእ ነገር ክኸውን እዩ፡ ገዛ ኣደይ ይፈልጡ እዮም ኢሎም",
        "threat_to_life",
        "they_said_they_know_house",
    ),
    ("ti", "ክሳብ ፍርቂ ለይቲ ገንዘብ እንተዘይከፊለ ስእልታተይ ክዝርግሕዎ እዮም፡ ምሟት ይሓይሸኒ", "suicidal", "death_is_better"),
    ("ti", "ቦታይ ብቐጥታ ኣካፊሎም 'ንመጽእ ኣለና' ኢሎም ጽሒፎም", "location_known", "location_shared_coming"),
    # --- fi ---
    (
        "fi",
        "tänään illalla käy rumasti jos en tule paikalle, ne sanoi tietävänsä missä äiti asuu",
        "threat_to_life",
        "they_said_they_know_where",
    ),
    (
        "fi",
        "en ole enää täällä viikonlopun jälkeen. annoin jo kamani pikkuveljelle",
        "suicidal",
        "not_here_after_weekend",
    ),
    (
        "fi",
        "maksa keskiyöhön mennessä tai kuvat lähtee kaikille, ne sanoi. mieluummin kuolen",
        "suicidal",
        "rather_die",
    ),
    (
        "fi",
        "joku jakoi mun live-sijainnin ja kirjoitti 'me tullaan' 🔪",
        "location_known",
        "location_shared_coming",
    ),
    (
        "fi",
        "naapurissa mies huutaa että tappaa vaimonsa ja kuuluu lyöntejä just nyt",
        "threat_to_life",
        "will_kill_wife",
    ),
    (
        "fi",
        "otin tosi monta 💊 ja sydän hakkaa ihan hulluna",
        "self_harm",
        "took_many_heart_racing",
    ),
]

# New wordings of the same kinds, at least one per new entry; the first clause of a message
# whose second clause fires first ("… or they publish the pictures, I'd rather die")
VARIANTS: list[tuple[str, str, str, str]] = [
    ("ar", "قالوا يعرفوا وين بيتنا", "threat_to_life", "they_said_they_know_where"),
    ("ar", "هددوني انهم عارفين وين بيتنا", "threat_to_life", "threatens_me"),
    ("ar", "كتبولي بنعرف وين مدرستك", "threat_to_life", "we_know_where_you_live"),
    ("ar", "منعرف وين ساكنة أمك", "threat_to_life", "we_know_where_you_live"),
    ("ar", "بنعرف وين ساكن", "threat_to_life", "we_know_where_you_live"),
    ("ar", "إذا ما بتدفع منبعت صورك لأهلك", "threat_to_life", "pay_or_photos_spread"),
    ("ar", "ادفع الفلوس وإلا بننشر الفيديو", "threat_to_life", "pay_or_photos_spread"),
    ("ar", "احسنلي اموت", "suicidal", "rather_die"),
    ("ar", "أحسن لي أموت", "suicidal", "rather_die"),
    ("ar", "بفضل موت على إنهم ينشروا الصور", "suicidal", "rather_die"),
    ("ar", "بعتوا لوكيشني وكتبوا جايين", "location_known", "location_shared_coming"),
    ("ar", "نشروا موقعي بالجروب وقالوا جايين 🔫", "location_known", "location_shared_coming"),
    ("ar", "الجار بيقول حيدبح ولاده هلق", "threat_to_life", "will_kill_wife"),
    ("ar", "جاري عم يصرخ رح يقتلها لمرته", "threat_to_life", "will_kill_wife"),
    ("ar", "سامعين صريخ وضرب عند الجيران", "violence_now", "hear_beating_now"),
    ("ar", "سامع ضرب هلق", "violence_now", "hear_beating_now"),
    ("ar", "بلعت كتير دوا", "self_harm", "took_lots_of_pills"),
    ("ar", "اخذت علبة حبوب كاملة", "self_harm", "overdose"),
    ("ar", "جايين وانا متخبية بالخزانة", "fear", "on_the_way_hiding"),
    ("ar", "وصلوا برا وانا مختبي بالحمام", "fear", "on_the_way_hiding"),
    ("ar", "قالوا ادفع قبل نص الليل وإلا بينشروا الصور", "threat_to_life", "pay_or_photos_spread"),
    ("ar", "وأنا سامع ضرب هلق", "violence_now", "hear_beating_now"),
    ("fa", "نوشتن میدونیم مدرسه\u200cت کجاست", "threat_to_life", "they_said_they_know_where"),
    ("fa", "گفتن میدونیم آدرس خونتو", "threat_to_life", "they_said_they_know_where"),
    ("fa", "پول نفرستی فیلمتو پخش میکنیم", "threat_to_life", "pay_or_photos_sent"),
    ("fa", "تا فردا پول ندی عکساتو میفرستیم برای خانوادت", "threat_to_life", "pay_or_photos_sent"),
    ("fa", "ترجیح میدم بمیرم", "suicidal", "rather_die"),
    ("fa", "مردن برام بهتره", "suicidal", "rather_die"),
    ("fa", "موقعیتمو پخش کردن نوشتن میاییم", "location_known", "location_shared_coming"),
    (
        "fa",
        "لوکیشنمو گذاشتن تو گروه گفتن داریم میایم 🔪",
        "location_known",
        "location_shared_coming",
    ),
    ("fa", "بعد تعطیلات دیگه نیستم", "suicidal", "not_here_after_weekend"),
    ("fa", "بعد از امتحانا دیگه نیستم", "suicidal", "not_here_after_weekend"),
    ("fa", "کلی قرص خوردم و قلبم تند میزنه", "self_harm", "overdose"),
    ("fa", "زیاد تابلیت خوردم", "self_harm", "many_tablets_swallowed"),
    ("fa", "یه بسته قرص خوردم", "self_harm", "overdose"),
    (
        "fa",
        "گفتن تا نصف شب پول بدم وگرنه عکسامو میفرستن برای همه",
        "threat_to_life",
        "pay_or_photos_sent",
    ),
    (
        "so",
        "location-kayga way faafiyeen, waan soo socnaa",
        "location_known",
        "location_shared_coming",
    ),
    ("so", "goobtaada waan wadaagnay, waan imaanaynaa", "location_known", "location_shared_coming"),
    (
        "so",
        "waxay garaacayaan hooyaday haddii aanan lacagta keenin",
        "violence_now",
        "beating_family",
    ),
    (
        "so",
        "waxay dhaawici doonaan walaashay haddii aanan keenin",
        "threat_to_life",
        "will_hurt_relative",
    ),
    ("so", "ninkeeda ayaa xaaskiisa garaacaya hadda", "violence_now", "beating_wife_now"),
    ("so", "aabbahay ayaa hooyaday garaacaya hadda", "violence_now", "beating_family"),
    ("so", "kiniinno badan baan liqay", "self_harm", "many_pills"),
    ("so", "kiniino badan ayaan cunay", "self_harm", "many_pills_swallowed"),
    ("ti", "ቤት ትምህርቲ ሓወይ ንፈልጦ ኢና ኢሎም", "threat_to_life", "they_said_they_know_house"),
    ("ti", "ኣድራሻኻ ንፈልጥ ኢሎም ጽሒፎም", "threat_to_life", "they_said_they_know_house"),
    ("ti", "ገንዘብ እንተዘይከፊልካ ስእልታትካ ክንዝርግሖ ኢና", "threat_to_life", "photos_spread_or_pay"),
    ("ti", "ቪድዮይ ክዝርግሑ እዮም ገንዘብ እንተዘይከፊለ", "threat_to_life", "photos_spread_or_pay"),
    ("ti", "ሞት ይሓይሸኒ", "suicidal", "death_is_better"),
    ("ti", "ሎኬሽነይ ዘርጊሖም ንመጽእ ኣለና ኢሎም", "location_known", "location_shared_coming"),
    ("ti", "ቦታይ ሼር ገይሮም ይመጹ ኣለው", "location_known", "location_shared_coming"),
    ("ti", "ክሳብ ፍርቂ ለይቲ ገንዘብ እንተዘይከፊለ ስእልታተይ ክዝርግሕዎ እዮም", "threat_to_life", "photos_spread_or_pay"),
    ("fi", "uhkas et tietää missä sun koulu on", "threat_to_life", "they_said_they_know_where"),
    ("fi", "ne sano et tiedetään missä sä asut", "threat_to_life", "we_know_where"),
    ("fi", "en oo enää täällä viikonlopun jälkeen", "suicidal", "not_here_after_weekend"),
    ("fi", "viikonlopun jälkeen en oo enää täällä", "suicidal", "not_here_after_weekend"),
    ("fi", "jos et maksa niin sun nudet leviää", "threat_to_life", "pay_or_pictures_spread"),
    ("fi", "kuvat lähtee sun kavereille jos et maksa", "threat_to_life", "pay_or_pictures_spread"),
    ("fi", "mieluummin kuolen", "suicidal", "rather_die"),
    ("fi", "ennemmin kuolen ku et noi leviää", "suicidal", "rather_die"),
    (
        "fi",
        "ne laitto mun sijainnin snäppiin ja sano et tullaan",
        "location_known",
        "location_shared_coming",
    ),
    (
        "fi",
        "joku jakoi mun lokaation ja kirjotti tulossa 🔫",
        "location_known",
        "location_shared_coming",
    ),
    ("fi", "naapuri huutaa et se tappaa lapsensa", "threat_to_life", "will_kill_wife"),
    ("fi", "se uhkaa tappaa vaimonsa", "threat_to_life", "kill_me"),
    ("fi", "naapurista kuuluu huutoa ja lyöntejä", "violence_now", "blows_heard_now"),
    ("fi", "kuuluu lyöntejä seinän takaa nyt", "violence_now", "blows_heard_now"),
    ("fi", "söin paljon ja nyt sydän hakkaa tosi kovaa", "self_harm", "took_many_heart_racing"),
    ("fi", "otin kaikki ja sydän lyö ihan hulluna", "self_harm", "took_many_heart_racing"),
    (
        "fi",
        "maksa keskiyöhön mennessä tai kuvat lähtee kaikille",
        "threat_to_life",
        "pay_or_pictures_spread",
    ),
    ("fi", "kuuluu lyöntejä just nyt", "violence_now", "blows_heard_now"),
]

# Ordinary sentences using the new entries' words: a denial, pictures of a party, a location
# shared by the writer, a film, a headline, one pill, guests on the way, a game, an exam
MUST_STAY_QUIET: list[tuple[str, str]] = [
    ("ar", "قالوا ما بيعرفوا وين المطعم"),
    ("ar", "نشروا صور الحفلة عالانستا"),
    ("ar", "شاركت موقعي مع صحابي وهني جايين عالحفلة"),
    ("ar", "بالفيلم الزوج يقتل مرته"),
    ("ar", "رجل يقتل زوجته في القاهرة"),
    ("ar", "اخدت حبة بنادول للراس"),
    ("ar", "هني بالطريق لعندي"),
    ("ar", "سمعت ضرب امبارح بالفيلم"),
    ("ar", "بالفيلم كان في رجل معه مسدس"),
    ("ar", "بالفيلم مبارح كان في واحد معه سكين"),
    ("fa", "نمیدونن خونه کجاست"),
    ("fa", "میدونی خونه مادرم کجاست؟"),
    ("fa", "عکسامو فرستادم برای مامانم"),
    ("fa", "لوکیشنمو فرستادم بچه\u200cها دارن میان"),
    ("fa", "بعد از آخر هفته دیگه نیستم میرم سفر"),
    ("fa", "یه قرص سرماخوردگی خوردم"),
    ("fa", "تو پابجی تیر خوردم"),
    ("fa", "tu bazi emshab dah bar tir khordam"),
    ("fa", "امتحان ریاضی منو میکشه"),
    ("so", "goobtayda ayaan la wadaagay saaxiibbaday"),
    ("so", "walaalkay ayaa ciyaarta ku dhaawacmay"),
    ("so", "filimka nin qori sita ayaa jiray"),
    ("so", "casharka guriga baa i dilay"),
    ("so", "kiniin madax xanuun ayaan qaatay"),
    ("ti", "ገዛ ኣደይ ይፈልጡ እዮም"),
    ("ti", "ኣብ ፊልም ሓደ ሰብ ካራ ሒዙ"),
    ("ti", "እዚ ፈተና ይቐትለኒ ኣሎ"),
    ("fi", "en tiedä missä se asuu"),
    ("fi", "se sanoi ettei tiedä missä asun"),
    ("fi", "en ole enää täällä viikonlopun jälkeen koska muutan"),
    ("fi", "kuvat lähtee kaikille sähköpostilla huomenna"),
    ("fi", "ennemmin kuolen nälkään"),
    ("fi", "jaoin mun sijainnin ja te tuutte hakee"),
    ("fi", "elokuvassa mies tappaa vaimonsa"),
    ("fi", "otin monta kuvaa"),
    ("fi", "leffassa mies oli aseen kanssa ulkona"),
    ("fi", "naapurista kuuluu rumpujen paukkeita"),
]

# Hyperbole and games that show the card, left so (safety first): none among these languages'
# round 13 ordinary lines.
KNOWN_FALSE_ALARMS: set[str] = set()
ORDINARY_QUIET: list[tuple[str, str]] = [
    (lang, text)
    for lang in LANGUAGES
    for text in held_out("round13", lang, "ordinary")
    if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + VARIANTS
REPORTED_PER_LANGUAGE = {"ar": 6, "fa": 5, "so": 4, "ti": 3, "fi": 6}


def test_every_reported_miss_is_listed() -> None:
    """The round 13 danger sets: all 24 messages of these languages that got no card are in
    REPORTED, and each is one of its language's danger messages."""
    for lang in LANGUAGES:
        reported = {text for text_lang, text, _, _ in REPORTED if text_lang == lang}
        assert len(reported) == REPORTED_PER_LANGUAGE[lang], lang
        assert reported <= set(held_out("round13", lang, "danger")), lang


def test_the_quiet_ordinary_lines_are_twenty_five() -> None:
    """Five ordinary lines per language, all quiet (the film, game and hyperbole lines that
    fired before are vetoed)."""
    assert len(ORDINARY_QUIET) == 25


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in MUST_FIRE],
)
def test_round13_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET + ORDINARY_QUIET],
)
def test_round13_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round13_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET + ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)
