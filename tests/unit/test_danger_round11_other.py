"""Danger detection, round 11 (docs/conversation.md, "The emergency path"): Arabic (with
arabizi, Egyptian and Iraqi forms), Persian (with Dari and Finglish), Somali, Tigrinya (Ge'ez and
Latin letters) and Finnish messages an eleventh red team typed without getting the emergency card
(bench/data/danger/round11: armed people at the door, "they will kill me" in Iraqi, held in a
flat with the phone taken, "I'll kill myself tonight" in Egyptian arabizi, a son forced into a
car, chased with a knife and hiding, a child gone to meet a grown man, "or else he kills me",
shot and bleeding, made to hold a gun, men breaking the door, a friend who took many pills, a
threat to a little brother with a deadline), with variants of each; ordinary sentences sharing
their words that must stay quiet; and every line of
bench/data/danger/round11/ordinary_{ar,fa,so,ti,fi}.jsonl that shows no card. Past events,
news and a law question ("stabbed last year, now fine", "overdosed two years ago", "what is
the sentence for carrying a knife") are vetoed; hyperbole ("mum will kill me haha") and game
lines are known false alarms, left firing. Two phrases a fresh-clone tester reported are here
too: Somali "waan dili doonaan" (they will kill me, the pronoun dropped) and Finglish "miyan
mikoshan(am)" (they come and kill (me)). The entries are the "round 11" blocks at the end of
data/danger/{ar,fa,so,ti,fi}.toml and vetoes added to earlier entries (ar kill_me, so stab, fi
stabbed_or_shot, weapon_present, overdose).

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

LANGUAGES = ("ar", "fa", "so", "ti", "fi")

# (language, text, category, entry id): the round 11 messages that got no card, word for word
REPORTED: list[tuple[str, str, str, str]] = [
    # --- ar ---
    ("ar", "إنهم يقفون أمام باب بيتي الآن ومعهم سكاكين، ساعدوني", "weapon", "armed_at_door_plural"),
    (
        "ar",
        "راح يكتلوني الليلة إذا ما أوصل الغرض، هسه ينتظروني بالسيارة جوه البيت",
        "threat_to_life",
        "iraqi_kill_me",
    ),
    (
        "ar",
        "حابسيني في شقة وماخذين تلفوني، ما أقدر أطلع، أكتب لكم من جوال واحد ثاني",
        "forced_or_held",
        "held_phone_taken",
    ),
    (
        "ar",
        "ana 5alas msh 2ader, hamawwet nafsi el leila di",
        "suicidal",
        "egyptian_kill_myself",
    ),
    (
        "ar",
        "ابني عمره ١٥ سنة اتصل بي يصرخ أن رجالاً أجبروه على ركوب سيارة، ثم انقطع الخط",
        "forced_or_held",
        "forced_into_car",
    ),
    (
        "ar",
        "wallah da yil7guni hassa b sichcheen, da at5abba bil 7ammam mal mat3am",
        "weapon",
        "chased_with_knife_arabizi",
    ),
    (
        "ar",
        "ابنتي ١٢ سنة خرجت الآن لتقابل رجلاً كبيراً تعرفت عليه في سناب، وهي في الباص الآن",
        "fear",
        "meeting_grown_man_msa",
    ),
    # --- fa ---
    (
        "fa",
        "الان جلوی در خونه\u200cن با چاقو، میگن می\u200cکشنت",
        "weapon",
        "weapon_at_door_or_school",
    ),
    (
        "fa",
        "بچه\u200cها مرا در یک خانه قفل کرده\u200cاند و تیلفونم را گرفته\u200cاند، نمی\u200cتوانم بیرون شوم",
        "forced_or_held",
        "phone_taken_cant_leave",
    ),
    (
        "fa",
        "komak kon, daran miyan donbalam ba chaghoo, alan tu rahro ghayem shodam",
        "weapon",
        "finglish_chased_with_weapon",
    ),
    (
        "fa",
        "پسرم ۱۴ سالشه، الان زنگ زد و گریه می\u200cکرد که چند نفر به زور سوارش کردن تو ماشین",
        "forced_or_held",
        "forced_into_car",
    ),
    (
        "fa",
        "bacha ha majburum mekonan ki emshaw yak kar konum, tofangcha daran, agar nakonum mara mekoshan",
        "threat_to_life",
        "dari_latin_kill_me",
    ),
    (
        "fa",
        "به یه پسر بزرگتر بدهکارم، گفته امشب باید یه کاری براش بکنم وگرنه می\u200cکشتم، الان با اسلحه دم مدرسه وایساده",
        "threat_to_life",
        "or_else_kill",
    ),
    (
        "fa",
        "دخترم ۱۳ ساله است و همین حالا رفته که با یک مرد کلان\u200cسال که در انترنت شناخته ملاقات کند",
        "fear",
        "meeting_grown_man_dari",
    ),
    ("fa", "tir khord, dare khun mire", "plea", "finglish_bleeding_much"),
    # --- so ---
    (
        "so",
        "wiilkayga 14 jir ah ayaa hadda i soo wacay isagoo ooyaya, rag ayaa si xoog ah baabuur u geliyay",
        "forced_or_held",
        "forced_into_car",
    ),
    (
        "so",
        "hadda ayaa saaxiibkay xabad lagu dhuftay, dhiig ayuu ka socdaa",
        "weapon",
        "shot_xabad",
    ),
    (
        "so",
        "walaal waxay iga dhigeen inaan qori u hayo, hadda ayay guriga banaankiisa joogaan",
        "weapon",
        "made_to_hold_gun",
    ),
    (
        "so",
        "aina u yeer walaal, rag ayaa albaabka jebinaya hadda",
        "threat_to_life",
        "breaking_door_now",
    ),
    # --- ti ---
    ("ti", "ዓርከይ ብካራ ተወጊኡ ብዙሕ ደም ይፈስሶ ኣሎ", "weapon", "stabbed_bleeding"),
    ("ti", "arkey bzuh kenina wesidu, ayinqihn lo, hiji", "self_harm", "latin_many_pills"),
    (
        "ti",
        "shigut hizom ab mekina yitsebeyuni alewu, lomi leyti sira gbar yblu",
        "weapon",
        "latin_armed_men",
    ),
    ("ti", "hagzuni hiji yiwqeuni alewu", "violence_now", "latin_beaten_now"),
    ("ti", "ዓርከይ ብሽጉጥ ተተኲሱ፡ ኣብ መሬት ወዲቑ ኣሎ", "weapon", "shot_down"),
    # --- fi ---
    ("fi", "ne ampu mun kaverii just, se makaa maassa", "weapon", "friend_shot_now"),
    (
        "fi",
        "en tiiä miks mä kirjotan tänne mut mä oon säilyttäny yhen tyypin kamaa mun kaapissa ja nyt"
        " ne sanoo et sieltä puuttuu jotain ja et mä oon velkaa niille ja ne laitto kuvan mun"
        " pikkuveljestä koulun pihalla ja sano et jos mä en tuu puistoon yheltätoista ni se on mun"
        " vika mitä sille tapahtuu, kello on kohta yksitoista",
        "threat_to_life",
        "your_fault_what_happens",
    ),
]

# New wordings of the same kinds, at least one per new entry
VARIANTS: list[tuple[str, str, str, str]] = [
    # --- Arabic ---
    ("ar", "في رجال برا البيت ومعهم مسدسات", "weapon", "armed_at_door_plural"),
    ("ar", "ديكتلوني اذا ما رحت", "threat_to_life", "iraqi_kill_me"),
    ("ar", "هسه راح يكتلونا", "threat_to_life", "iraqi_kill_me"),
    ("ar", "حابسينني بغرفة من امبارح", "forced_or_held", "held_phone_taken"),
    ("ar", "سحبوا جوالي وما بقدر اطلع من الشقة", "forced_or_held", "phone_taken_cant_leave"),
    ("ar", "ana hamawet nafsy", "suicidal", "egyptian_kill_myself"),
    ("ar", "حموت نفسي الليلة خلاص", "suicidal", "egyptian_kill_myself"),
    ("ar", "خطفوه بسيارة فان", "forced_or_held", "forced_into_car"),
    ("ar", "دفشوها بالسيارة غصب", "forced_or_held", "forced_into_car"),
    ("ar", "wallah yil7guni b sichcheen", "weapon", "chased_with_knife_arabizi"),
    ("ar", "da yil7aguni b moos", "weapon", "chased_with_knife_arabizi"),
    ("ar", "mt5abbi bil 7ammam, yil7guni", "fear", "hiding_from_them_arabizi"),
    ("ar", "بنتي راحت لتلتقي رجلا بالغا من الانترنت", "fear", "meeting_grown_man_msa"),
    # --- Persian ---
    ("fa", "گفتن میکشنت اگه بیای", "threat_to_life", "they_say_kill_you"),
    ("fa", "پول رو بیار وگرنه میکشنم", "threat_to_life", "or_else_kill"),
    ("fa", "دم مدرسه با قمه وایسادن", "weapon", "weapon_at_door_or_school"),
    ("fa", "منو تو خونه قفل کردن", "forced_or_held", "dari_locked_in"),
    ("fa", "مرا در اتاق قفل کرده\u200cاند", "forced_or_held", "dari_locked_in"),
    ("fa", "گوشیمو گرفتن نمیذارن برم بیرون", "forced_or_held", "phone_taken_cant_leave"),
    ("fa", "yeki dare ba ghame donbalam miad", "weapon", "finglish_chased_with_weapon"),
    ("fa", "ghayem shodam, komak", "fear", "finglish_hiding_chased"),
    ("fa", "be zoor savaresh kardan tu mashin", "forced_or_held", "forced_into_car"),
    ("fa", "mano mekoshan agar naram", "threat_to_life", "dari_latin_kill_me"),
    ("fa", "majburam kardan emshab beram", "forced_or_held", "dari_latin_forced_job"),
    # a fresh-clone tester's report: "they come and kill (me)"
    ("fa", "miyan mikoshan", "threat_to_life", "come_and_kill"),
    ("fa", "miyan mikoshanam", "threat_to_life", "come_and_kill"),
    ("fa", "daran miyan mikoshan", "threat_to_life", "come_and_kill"),
    ("fa", "umadan mikoshan", "threat_to_life", "come_and_kill"),
    ("fa", "امشب میان میکشنم", "threat_to_life", "come_and_kill"),
    ("fa", "میان میکشنمون", "threat_to_life", "come_and_kill"),
    (
        "fa",
        "خواهرم رفته با یه مرد مسن که تو اینستاگرام دیده ملاقات کنه",
        "fear",
        "meeting_grown_man_dari",
    ),
    ("fa", "tir khordam", "weapon", "finglish_shot"),
    ("fa", "dare khoon miad kheili", "plea", "finglish_bleeding_much"),
    # --- Somali ---
    # a fresh-clone tester's report: "they will kill (me)", the pronoun dropped
    ("so", "waan dili doonaan", "threat_to_life", "will_kill_pronoun_dropped"),
    ("so", "waan dili doonaan caawa", "threat_to_life", "will_kill_pronoun_dropped"),
    ("so", "waa dili doonaan haddii aan keenin", "threat_to_life", "will_kill_pronoun_dropped"),
    ("so", "si xoog ah ayaa loo fuuliyay gaariga", "forced_or_held", "forced_into_car"),
    ("so", "walaashay xoog ayay ku qaadeen bilka", "forced_or_held", "forced_into_car"),
    ("so", "xabad lagu dhuftay saaxiibkay", "weapon", "shot_xabad"),
    ("so", "bastoolad ii hay ayuu yiri", "weapon", "made_to_hold_gun"),
    ("so", "rag ayaa albaabka jebinaya", "threat_to_life", "breaking_door_now"),
    ("so", "aina u yeer walaal", "plea", "call_aina"),
    ("so", "aina soo wac fadlan", "plea", "call_aina"),
    # --- Tigrinya ---
    ("ti", "ሓወይ ተወጊኡ ደም ይውሕዞ ኣሎ", "weapon", "stabbed_bleeding"),
    ("ti", "ሓብተይ ተተኲሳ ሕጂ", "weapon", "shot_down"),
    ("ti", "arkey kulu kinina wehitu", "self_harm", "latin_many_pills"),
    # latin_armed_men's near group has its three words now (a space in "ab dege" had made a
    # fourth, and the longer match won): latin_holds_gun, first of the two, gives the same card
    ("ti", "kara hizom ab dege alewu", "weapon", "latin_holds_gun"),
    ("ti", "hiji ywqeuni aleu", "violence_now", "latin_beaten_now"),
    # --- Finnish ---
    ("fi", "ne ampu mun veljeä äsken", "weapon", "friend_shot_now"),
    ("fi", "se ampui mun kaveria ja se vuotaa verta", "weapon", "friend_shot_now"),
    ("fi", "sun vika jos sille käy jotain", "threat_to_life", "your_fault_what_happens"),
    (
        "fi",
        "se on sun oma vika mitä äidille tapahtuu",
        "threat_to_life",
        "your_fault_what_happens",
    ),
]

# Ordinary sentences using the new entries' words, and past events, news and law questions
# the new vetoes quiet
MUST_STAY_QUIET: list[tuple[str, str]] = [
    ("ar", "عندنا سكاكين جديدة بالمطبخ"),
    ("ar", "أمي حابستني بالبيت لأني رسبت"),
    ("ar", "أخذوا تلفوني بالمدرسة ورجعوه آخر اليوم"),
    ("ar", "هموت نفسي في المذاكرة السنة دي"),
    ("ar", "ركبوه بالسيارة ووصلوه عالمدرسة"),
    ("ar", "بنتي رايحة تقابل صاحبتها بالمول"),
    ("ar", "الامتحان اليوم قتلني"),
    ("fa", "بابام میاد دنبالم"),
    ("fa", "baba miad donbalam"),
    ("fa", "چاقو رو دم دست گذاشتم"),
    ("fa", "در را قفل کردم و رفتم"),
    ("fa", "گوشیمو گرفتن تو مدرسه، فردا پس میدن"),
    ("fa", "به زور سوار اتوبوس شدیم خیلی شلوغ بود"),
    ("fa", "میان سیگار میکشن"),
    ("fa", "بابام میاد سیگار میکشه"),
    ("fa", "tir khord be hadaf"),
    ("fa", "damagham dare khun miad"),
    ("fa", "من با یه مرد بزرگتر آشنا شدم که برای ملاقات کاری امروز میاد"),
    ("so", "baabuurka ayaan alaabta geliyay"),
    ("so", "xoog ayaan u riixay baabuurka"),
    ("so", "kubadda lagu dhuftay"),
    ("so", "qof ayaa albaabka garaacaya"),
    ("so", "sanadkii hore ayaa walaalkay la mindiyeeyay"),
    ("so", "walaalkay la mindiyeeyay bishii hore"),
    ("so", "aina u yeer haddii baaskiilkaaga la xado"),
    ("ti", "ቅድሚ ዓመት ዓርከይ ተወጊኡ ነይሩ"),
    ("ti", "ኣብ ፊልም ተተኲሱ"),
    ("ti", "kenina weside"),
    ("ti", "kara hizu ab kushina"),
    ("fi", "pelissä ne ampu mun kaverii heti"),
    ("fi", "mun vika että myöhästyin"),
    ("fi", "luin et joku ammuttiin Vantaalla viime kuussa"),
    ("fi", "saako kantaa puukkoa metsässä"),
    ("fi", "mun kaveri yliannosti vuosi sitten mut nyt se on kunnossa"),
    ("fi", "mun kaveri yliannosti viime vuonna"),
]

# Hyperbole and video games: they show the card, and are left so (safety first).
KNOWN_FALSE_ALARMS: set[str] = {
    "mama ra7 t2telni iza ma naddaft ghorfti hahaha",
    "dirooz tu bazi 10 bar koshtanam lol",
    "hooyaday way i dili doontaa haddii ay aragto dhibcahayga haha",
    "ኣደይ ክትቐትለኒ እያ ነጥብታተይ እንተርእያ ሃሃ",
    "temali ab game bzuh gize qetiluni lol",
    "äiti tappaa mut jos se näkee mun numerot lol",
}
ORDINARY_QUIET: list[tuple[str, str]] = [
    (lang, text)
    for lang in LANGUAGES
    for text in held_out("round11", lang, "ordinary")
    if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + VARIANTS
REPORTED_PER_LANGUAGE = {"ar": 7, "fa": 8, "so": 4, "ti": 5, "fi": 2}


def test_every_reported_miss_is_listed() -> None:
    """The round 11 danger sets: all 26 messages of these languages that got no card are in
    REPORTED, and each is one of its language's danger messages."""
    for lang in LANGUAGES:
        reported = {text for text_lang, text, _, _ in REPORTED if text_lang == lang}
        assert len(reported) == REPORTED_PER_LANGUAGE[lang], lang
        assert reported <= set(held_out("round11", lang, "danger")), lang


def test_the_quiet_ordinary_lines_are_twenty_four() -> None:
    """Six ordinary lines per language, less the six known false alarms (all of them lines of
    the set)."""
    ordinary = {text for lang in LANGUAGES for text in held_out("round11", lang, "ordinary")}
    assert ordinary >= KNOWN_FALSE_ALARMS
    assert len(ORDINARY_QUIET) == 24


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in MUST_FIRE],
)
def test_round11_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET + ORDINARY_QUIET],
)
def test_round11_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round11_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET + ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)
