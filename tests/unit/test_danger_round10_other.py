"""Danger detection, round 10 (docs/conversation.md, "The emergency path"): Arabic (with
arabizi), Persian (with Finglish), Somali, Tigrinya (Ge'ez and Latin letters) and Finnish
messages a tenth red team typed without getting the emergency card
(bench/data/danger/round10: a friend who took all the pills, a money deadline an hour away, a
parent whose daughter meets a grown man tonight, locked in from outside with a dying phone, a
quoted threat to come to the house, belongings given away and farewell letters, a job lure
"come alone, tell no one", a friend held at a party with her phone taken, on a roof or by the
tracks, a toddler with blue lips, a stroke, a diabetic who is confused, choking, swelling after
a nut, a child who drank soap, a friend beaten and bleeding, armed men, a threat to a mother),
with variants of each; ordinary sentences sharing their words that must stay quiet; and every
line of bench/data/danger/round10/ordinary_{ar,fa,so,ti,fi}.jsonl that shows no card ("this exam
will kill me" and a video game line are known false alarms and are left out). The entries are
the "round 10" blocks at the end of data/danger/{ar,fa,so,ti,fi}.toml.

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

LANGUAGES = ("ar", "fa", "so", "ti", "fi")

# (language, text, category, entry id): the round 10 messages that got no card, word for word
REPORTED: list[tuple[str, str, str, str]] = [
    # --- ar ---
    (
        "ar",
        "صاحبي قال لي إنه أخذ كل حبوب أمه وقفل على حاله الغرفة وما عم يرد",
        "self_harm",
        "took_all_pills",
    ),
    (
        "ar",
        "أعطوني مهلة لحد الساعة ٨ أجيب المصاري، هلق الساعة ٧",
        "threat_to_life",
        "debt_deadline",
    ),
    (
        "ar",
        "أنا أم لبنت عمرها ١٤ سنة. بنتي قالت إنها رايحة الليلة تقابل رجل كبير تعرفت عليه في سناب، وفي سيارة جاية تاخذها",
        "fear",
        "meeting_grown_man",
    ),
    (
        "ar",
        "ana m7boosa f sha2a w el bab m2fool mn barra, el mobile 5% bas",
        "forced_or_held",
        "locked_from_outside",
    ),
    (
        "ar",
        'وصلتني رسالة: "إذا ما جيت لحالك الليلة عند الجسر، رح نجي على بيتكم"',
        "threat_to_life",
        "if_not_come_we_come",
    ),
    ("ar", "وزعت أغراضي على خواتي وكتبت رسالة وداع، خلاص الليلة", "suicidal", "farewell_letter"),
    (
        "ar",
        "fi wa7ad ba3atli location w 2al fi shoghl b 3000 kronor bas lazem aji lal7aali el sa3a 11 bel leil",
        "fear",
        "come_alone_at_night",
    ),
    (
        "ar",
        "صاحبتي بحفلة وما خلوها تطلع، أخذوا تلفونها وبعتتلي من تلفون بنت تانية",
        "forced_or_held",
        "held_at_party",
    ),
    ("ar", "انا واقف على سطح العمارة وما عاد بدي شي من هالدنيا", "suicidal", "on_roof_done"),
    ("ar", "بنت أختي عمرها سنتين نفسها مقطوع وشفايفها زرق", "plea", "blue_lips"),
    # --- fa ---
    (
        "fa",
        "گفتن تا ساعت ۸ پولو بیارم وگرنه میان سراغم. الان ساعت ۷ و ربعه",
        "threat_to_life",
        "debt_or_else",
    ),
    (
        "fa",
        "من مادر یک دختر ۱۳ ساله هستم. دخترم امشب با مردی که در اینستاگرام آشنا شده قرار دارد و او با ماشین دنبالش می\u200cآید",
        "fear",
        "meeting_grown_man",
    ),
    (
        "fa",
        "tu ye khune gir oftadam, dar ghofle, sharje gushim dare tamum mishe",
        "forced_or_held",
        "trapped_door_locked",
    ),
    (
        "fa",
        "بهم پیام داده: «امشب میام در خونتون، فکر نکن می\u200cتونی قایم شی»",
        "threat_to_life",
        "cant_hide",
    ),
    (
        "fa",
        "خواهر کوچیکم یه تیکه آب\u200cنبات قورت داده و داره خفه می\u200cشه، صورتش قرمز شده",
        "plea",
        "choking_now",
    ),
    (
        "fa",
        "نامه\u200cهامو نوشتم و گوشیمو دادم به داداشم. امشب تمومش می\u200cکنم",
        "suicidal",
        "letters_things_given",
    ),
    (
        "fa",
        "یه پسره پیشنهاد کار داده، لوکیشن فرستاده و گفته ساعت ۱۱ شب تنها بیا و به هیچکس نگو",
        "fear",
        "come_alone_tell_no_one",
    ),
    (
        "fa",
        "پسرم ۱۵ ساله است. پیام داد که چند نفر او را در یک آپارتمان نگه داشته\u200cاند و نمی\u200cگذارند برگردد",
        "forced_or_held",
        "held_not_let_go",
    ),
    (
        "fa",
        "مامان\u200cبزرگم قند داره، الان گیجه و عرق کرده و جواب نمی\u200cده",
        "plea",
        "diabetic_confused",
    ),
    # --- so ---
    (
        "so",
        "Saaxiibkay wuxuu igu yiri wuxuu liqay dhammaan kiniinnada hooyadii, hadda telefoonka ma qabanayo",
        "self_harm",
        "swallowed_all_pills",
    ),
    (
        "so",
        "Waxay i siiyeen ilaa saacadda 8 inaan lacagta keeno. Hadda waa 7.",
        "threat_to_life",
        "money_deadline",
    ),
    (
        "so",
        "Waxaan ahay hooyo. Gabadhayda 14 jir ah waxay caawa la kulmaysaa nin weyn oo ay Snapchat ku barteen, baabuur ayaa u imanaya",
        "fear",
        "meeting_grown_man",
    ),
    (
        "so",
        "Ayeeyaday way dhacday, ma hadli karto, wejigeedana dhinac ayuu u dhacay",
        "plea",
        "face_drooping",
    ),
    (
        "so",
        'Farriin ayaa ii timid: "Caawa haddaadan kaligaa u iman buundada, gurigiinna ayaan imaanaynaa"',
        "threat_to_life",
        "if_not_come_your_house",
    ),
    (
        "so",
        "Walaalkay yar wuxuu cabbay saabuunta weelka lagu dhaqo, wuu matagayaa oo ooyayaa",
        "plea",
        "drank_soap_poison",
    ),
    (
        "so",
        "Alaabtaydii waan qaybiyay, warqad macsalaameyn ah ayaan qoray. Caawa ayaan dhammaynayaa",
        "suicidal",
        "farewell_letter",
    ),
    (
        "so",
        "wallaahi walaal nin ayaa ii soo diray location, wuxuu yiri shaqo 2000 kr ah, kaligaa kaalay 11ka habeenimo hana u sheegin qofna",
        "fear",
        "come_alone_tell_no_one",
    ),
    (
        "so",
        "Saaxiibtay waxay joogtaa xaflad, ma sii daynayaan, taleefankeedii way qaateen. Gabar kale telefoonkeeda ayay iiga soo qortay",
        "forced_or_held",
        "held_at_party",
    ),
    (
        "so",
        "Saaxiibkay waa la garaacay, wuxuu yaallaa waddada, madaxa ayaa dhiig ka imanaya mana hadlayo",
        "violence_now",
        "beaten_bleeding",
    ),
    # --- ti ---
    ("ti", "ዓርከይ ኩሉ ከኒና ኣዲኡ ከም ዝወሰደ ነጊሩኒ፡ ሕጂ ተሌፎን ኣይለዓልን ዘሎ", "self_harm", "took_all_pills"),
    ("ti", "ክሳብ ሰዓት 8 ገንዘብ ከምጽእ ግዜ ሂቦምኒ። ሕጂ ሰዓት 7 እዩ።", "threat_to_life", "money_deadline"),
    (
        "ti",
        "ኣነ ኣደ እየ። ጓለይ 14 ዓመታ እያ፡ ሎሚ ምሸት ምስ ብኢንስታግራም ዝፈለጠቶ ዓቢ ሰብኣይ ክትራኸብ እያ፡ መኪና ክወስዳ ይመጽእ ኣሎ",
        "fear",
        "meeting_grown_man",
    ),
    (
        "ti",
        "ab hade geza te'atsiwe aleku, maf'tehey wesidomo, mobailey 4% tray eyu",
        "forced_or_held",
        "locked_in_geza",
    ),
    ("ti", "ዓባየይ ወዲቓ፡ ክትዛረብ ኣይከኣለትን፡ ገጻ ናብ ሓደ ወገን ተጠውዩ", "plea", "face_twisted"),
    (
        "ti",
        'መልእኽቲ መጺኡኒ፦ "ሎሚ ምሸት በይንኻ ናብቲ ድልድል እንተዘይመጺእካ ናብ ገዛኹም ክንመጽእ ኢና"',
        "threat_to_life",
        "if_not_come_your_house",
    ),
    ("ti", "ሓወይ ንእሽቶ ናይ ጽሬት ፈሳሲ ሰትዩ፡ ይተፍእን ይበኪን ኣሎ", "plea", "drank_cleaning_liquid"),
    ("ti", "ንብረተይ ንኣሕዋተይ ሂበ፡ ናይ ስንብታ ደብዳበ ጽሒፈ። ሎሚ ምሸት ክውድኦ እየ", "suicidal", "farewell_letter"),
    (
        "ti",
        "hawey, hade seb'ay location li'ikuni, sira ale 3000 kr ilu, bayneka ne'a saat 11 lelti, ne'ḥade ayte'ngr ilu",
        "fear",
        "come_alone_tell_no_one",
    ),
    ("ti", "ዓርከይ ኣብ ፓርቲ ኣላ፡ ክትወጽእ ኣይፈቐዱላን፡ ተሌፎና ወሲዶምላ", "forced_or_held", "held_at_party"),
    (
        "ti",
        "ወደይ 16 ዓመቱ ናብ ገዛ ኣይተመልሰን። ምስ ብረት ዝሓዙ ሰባት ኣብ መኪና ከም ዘሎ ንሓብቱ ጽሒፉላ",
        "weapon",
        "armed_people",
    ),
    ("ti", "ሎሚ ምሸት ነታ ቦርሳ እንተዘየብጺሐያ ንኣደይ ክጎድእዋ እዮም ኢሎምኒ", "threat_to_life", "will_harm_family"),
    # --- fi ---
    (
        "fi",
        "Ne antoi mulle aikaa kahdeksaan asti tuoda rahat. Nyt on seitsemän.",
        "threat_to_life",
        "money_deadline",
    ),
    (
        "fi",
        "Olen 14-vuotiaan tytön äiti. Tyttäreni on menossa tänä iltana tapaamaan aikuista miestä, johon hän tutustui netissä. Mies hakee hänet autolla.",
        "fear",
        "meeting_grown_man",
    ),
    (
        "fi",
        "Vaari on diabeetikko ja nyt se hikoilee ja on ihan sekava eikä vastaa mulle",
        "plea",
        "diabetic_confused",
    ),
    (
        "fi",
        'Snäpissä joku kirjotti: "tiedetään missä koulussa sun pikkusisko on. huomenna aamulla"',
        "threat_to_life",
        "we_know_where",
    ),
    (
        "fi",
        "pikkusisko söi pähkinää ja sen naama turpoaa eikä se saa henkeä",
        "plea",
        "cant_get_breath",
    ),
    (
        "fi",
        "Annoin mun tavarat pois ja kirjoitin kirjeet. Tänä yönä se loppuu.",
        "suicidal",
        "things_given_letters",
    ),
    (
        "fi",
        "joku jäbä laitto sijainnin ja lupas 500e keikasta, pitää tulla yksin klo 23 eikä saa kertoa kenellekään",
        "fear",
        "come_alone_tell_no_one",
    ),
    (
        "fi",
        "Kaveri on jumissa jonkun äijän autossa moottoritiellä eikä se päästä sitä ulos",
        "forced_or_held",
        "not_let_out",
    ),
    (
        "fi",
        "Poikani 16 v ei ole tullut kotiin. Hän kirjoitti siskolleen olevansa autossa miesten kanssa, joilla on ase.",
        "weapon",
        "with_armed_men",
    ),
    (
        "fi",
        "seison junaradan vieressä ja odotan seuraavaa junaa",
        "suicidal",
        "waiting_for_train_on_tracks",
    ),
]

# New wordings of the same kinds, at least one per new entry
VARIANTS: list[tuple[str, str, str, str]] = [
    # --- Arabic ---
    ("ar", "اخد كل حبوب ابوه", "self_harm", "took_all_pills"),
    ("ar", "عطوني مهلة للساعة ١٠ ادفع الدين", "threat_to_life", "debt_deadline"),
    ("ar", "اختي الصغيرة رايحة تقابل رجال كبير تعرفت عليه عالنت", "fear", "meeting_grown_man"),
    ("ar", "الباب مسكر من برا وما في حدا", "forced_or_held", "locked_from_outside"),
    ("ar", "el bab ma2fool mn barra w ana la7ali", "forced_or_held", "locked_from_outside"),
    ("ar", "قالولي اذا ما تجي بكرا منجي على بيتك", "threat_to_life", "if_not_come_we_come"),
    ("ar", "عطيت كل اغراضي لاخواتي، خلاص", "suicidal", "gave_things_away"),
    ("ar", "كتبت رسايل الوداع لاهلي خلاص", "suicidal", "farewell_letter"),
    ("ar", "2alli ta3ali la7alek bel leil", "fear", "come_alone_at_night"),
    ("ar", "صاحبي بشقة وما خلوه يطلع وسحبوا موبايله", "forced_or_held", "held_at_party"),
    ("ar", "انا فوق السطح وخلصت من هالدنيا", "suicidal", "on_roof_done"),
    ("ar", "ابني لونه ازرق وما عم يتنفس", "plea", "blue_lips"),
    # --- Persian ---
    ("fa", "تا ساعت ۹ پولارو نیاری وگرنه میان دنبالت", "threat_to_life", "debt_or_else"),
    ("fa", "خواهرم امروز با یه مرد ۳۰ ساله قرار گذاشته", "fear", "meeting_grown_man"),
    ("fa", "gir oftadam inja, dar ghofl shode", "forced_or_held", "trapped_door_locked"),
    ("fa", "امشب میام سراغت، نمیتونی فرار کنی", "threat_to_life", "cant_hide"),
    ("fa", "بچه داره خفه میشه یه چیزی قورت داده", "plea", "choking_now"),
    ("fa", "وصیت‌نامه‌مو نوشتم، امشب تمومش میکنم", "suicidal", "letters_and_end"),
    ("fa", "گفت تنهایی بیا پارک و به کسی نگو", "fear", "come_alone_tell_no_one"),
    ("fa", "منو تو یه خونه نگه داشتن و نمیذارن برم", "forced_or_held", "held_not_let_go"),
    ("fa", "مامانم دیابت داره و الان گیج شده و میلرزه", "plea", "diabetic_confused"),
    ("fa", "نامه‌مو نوشتم و وسایلمو دادم به دوستام", "suicidal", "letters_things_given"),
    # --- Somali ---
    ("so", "wuxuu qaatay kiniinnada oo dhan", "self_harm", "swallowed_all_pills"),
    ("so", "waxay yiraahdeen ilaa saacadda 10 lacagta keeno", "threat_to_life", "money_deadline"),
    (
        "so",
        "walaashay waxay la kulmaysaa nin weyn oo TikTok ku barteen",
        "fear",
        "meeting_grown_man",
    ),
    ("so", "aabahay wejigiisa dhinac buu u qalloocday", "plea", "face_drooping"),
    (
        "so",
        "haddaadan iman, gurigaaga ayaan imaanaynaa",
        "threat_to_life",
        "if_not_come_your_house",
    ),
    ("so", "ilmaha wuxuu cabbay saabuunta weelka", "plea", "drank_soap_poison"),
    ("so", "warqad sagootin ah ayaan qoray", "suicidal", "farewell_letter"),
    ("so", "wuxuu yiri keligaa imow, qofna ha u sheegin", "fear", "come_alone_tell_no_one"),
    (
        "so",
        "saaxiibkay xafladda ayuu joogaa, ma sii daynayaan, telefoonka way qaateen",
        "forced_or_held",
        "held_at_party",
    ),
    ("so", "walaalkay waa la garaacay, dhiig baa ka socda", "violence_now", "beaten_bleeding"),
    # --- Tigrinya ---
    ("ti", "ኩሉ ኪኒና ዝወሓጠ ይመስለኒ", "self_harm", "took_all_pills"),
    ("ti", "ክሳብ ሰዓት 10 ዕዳ ክኸፍል ኣለኒ ኢሎምኒ", "threat_to_life", "money_deadline"),
    ("ti", "ሓፍተይ ምስ ዓቢ ሰብኣይ ሎሚ ክትራኸብ እያ", "fear", "meeting_grown_man"),
    ("ti", "ab kifli teatsiwe aleku", "forced_or_held", "locked_in_geza"),
    ("ti", "ኣቦይ ገጹ ተጠውዩ", "plea", "face_twisted"),
    ("ti", "ሎሚ እንተዘይመጺእኪ ናብ ገዛኺ ክንመጽእ ኢና", "threat_to_life", "if_not_come_your_house"),
    ("ti", "ወደይ ክሎሪን ሰትዩ", "plea", "drank_cleaning_liquid"),
    ("ti", "ናይ ስንብታ መልእኽቲ ጽሒፈ", "suicidal", "farewell_letter"),
    ("ti", "bayneki nei lelti ilu", "fear", "come_alone_tell_no_one"),
    ("ti", "ሓፍተይ ኣብ ፓርቲ ኣላ፡ ክትወጽእ ኣይፈቕዱላን፡ ሞባይላ ወሲዶም", "forced_or_held", "held_at_party"),
    ("ti", "ሽጉጥ ዝሓዙ ሰባት ደጌ ኣለዉ", "weapon", "armed_people"),
    ("ti", "ንኣደይ ክጎድእዋ እዮም ኢሎም", "threat_to_life", "will_harm_family"),
    # --- Finnish ---
    ("fi", "sain aikaa huomiseen klo 12 maksaa velat", "threat_to_life", "money_deadline"),
    (
        "fi",
        "pikkusisko on menossa tapaamaan jotain äijää jonka tapas snäpissä",
        "fear",
        "meeting_grown_man",
    ),
    ("fi", "isä on diabeetikko ja nyt se on ihan sekaisin", "plea", "diabetic_confused"),
    ("fi", "me tiedetään missä sä asut", "threat_to_life", "we_know_where"),
    ("fi", "tiedän missä koulussa sun veli on", "threat_to_life", "we_know_where"),
    ("fi", "pikkuveli ei saa happea", "plea", "cant_get_breath"),
    ("fi", "ampiainen pisti ja kurkku turpoaa", "plea", "allergic_swelling"),
    ("fi", "lahjoitin kamani kavereille ja kirjotin hyvästit", "suicidal", "things_given_letters"),
    ("fi", "se sano et pitää tulla yksin eikä kertoa kellekään", "fear", "come_alone_tell_no_one"),
    ("fi", "olen sen kämpässä eikä se päästä mua pois", "forced_or_held", "not_let_out"),
    ("fi", "veli on jätkien kanssa joilla on pyssy", "weapon", "with_armed_men"),
    ("fi", "oon radalla ja ootan junaa", "suicidal", "waiting_for_train_on_tracks"),
]

# Ordinary sentences using the new entries' words
MUST_STAY_QUIET: list[tuple[str, str]] = [
    ("ar", "اخدت حبة بنادول للراس"),
    ("ar", "الاستاذ عطانا مهلة لبكرا نسلم الواجب"),
    ("ar", "الباب مقفول ونسيت المفتاح"),
    ("ar", "رجعت لحالي من الشغل امبارح"),
    ("ar", "طلعنا على السطح نشوف النجوم"),
    ("ar", "كتبت رسالة لصاحبتي بعيد ميلادها"),
    ("ar", "قعدت بالحفلة لآخرها وكانت حلوة"),
    ("fa", "پول رو تا فردا میدم بهت"),
    ("fa", "در قفله، کلید ندارم"),
    ("fa", "تو ترافیک گیر افتادم دیر میرسم"),
    ("fa", "از گرما داره خفه میشه"),
    ("fa", "نامه مو برای دانشگاه نوشتم"),
    ("fa", "بابام قند داره ولی حالش خوبه"),
    ("fa", "تنها رفتم سینما"),
    ("so", "waxaan qaatay kiniin madax xanuun"),
    ("so", "xaflad ayaan tagnay, aad bay u fiicnayd"),
    ("so", "kaligay ayaan suuqa aaday"),
    ("so", "warqad ayaan u qoray macallinka"),
    ("so", "ciyaarta waa la garaacay kubadda"),
    ("ti", "ሎሚ ምሸት ናብ ፓርቲ ክኸይድ እየ"),
    ("ti", "ከኒና ወሲደ ሕጂ ሓዊሹኒ"),
    ("ti", "ሰዓት ክንደይ እዩ?"),
    ("ti", "ደብዳበ ናብ ዓርከይ ጽሒፈ"),
    ("fi", "annoin vanhat tavarat kirpparille"),
    ("fi", "tiedän missä koulussa se opiskelee"),
    ("fi", "odotan junaa asemalla"),
    ("fi", "opettaja antoi aikaa perjantaihin"),
    ("fi", "mummo on diabeetikko mut voi hyvin"),
    ("fi", "menin yksin kauppaan"),
]

# Hyperbole and a video game: they show the card, and are left so (safety first).
KNOWN_FALSE_ALARMS: set[str] = {
    "این امتحان ریاضی منو می‌کشه 😅",
    "تو کال آو دیوتی همش منو می‌کشن، دیگه حوصله ندارم",
    "እዚ ፈተና ሒሳብ ክቐትለኒ እዩ 😂",
}
ORDINARY_QUIET: list[tuple[str, str]] = [
    (lang, text)
    for lang in LANGUAGES
    for text in held_out("round10", lang, "ordinary")
    if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + VARIANTS
REPORTED_PER_LANGUAGE = {"ar": 10, "fa": 9, "so": 10, "ti": 12, "fi": 10}


def test_every_reported_miss_is_listed() -> None:
    """The round 10 danger sets: all 51 messages of these languages that got no card are in
    REPORTED, and each is one of its language's danger messages."""
    for lang in LANGUAGES:
        reported = {text for text_lang, text, _, _ in REPORTED if text_lang == lang}
        assert len(reported) == REPORTED_PER_LANGUAGE[lang], lang
        assert reported <= set(held_out("round10", lang, "danger")), lang


def test_the_quiet_ordinary_lines_are_twenty_seven() -> None:
    """Six ordinary lines per language, less the three known false alarms."""
    assert len(ORDINARY_QUIET) == 27


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in MUST_FIRE],
)
def test_round10_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET + ORDINARY_QUIET],
)
def test_round10_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round10_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET + ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)
