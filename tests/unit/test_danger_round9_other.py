"""Danger detection, round 9 (docs/conversation.md, "The emergency path"): the Arabic (with
arabizi), Persian (with Finglish), Somali, Tigrinya (Ge'ez and Latin letters) and Finnish
messages of the ninth red team's held-out set (bench/data/danger/round9/danger_*.jsonl) that
got no emergency card — "help, they are here" standing alone, a child held in a flat for a
debt, driven off by strangers with the phone taken, a drunk father holding a knife,
pills gathered or swallowed and a plan for tonight, ordered to set fire to a car or blow a door
"or they come to our house", a sister or daughter tied up in a photo for ransom, a parent asking
"is it normal" that the son must carry a bag or shoot someone tonight, men breaking the door
for a son's debt, a cut that will not stop bleeding, a seizure with foam at the mouth, a
brother taken "and if you call the police we kill him", followed all the way and hiding, beaten
and filmed, a package taped to the body, a grandmother not breathing — with variants, and
ordinary sentences sharing their words that must stay quiet ("äiti otti mun puhelimen
autossa", "باید آتیش بزنم برای کباب", "kiniinka waan liqay"), and every line of
bench/data/danger/round9/ordinary_{ar,fa,so,ti,fi}.jsonl (they all stay quiet). The entries are
the "Round 9" blocks at the end of data/danger/{ar,fa,so,ti,fi}.toml (transliterations in the
language's own file, as in earlier rounds); the "this homework/exam will kill me" vetoes are
in the kill_me entries of ar.toml, so.toml and fi.toml.

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

LANGUAGES = ("ar", "fa", "so", "ti", "fi")

# The round 9 misses, word for word (language, text, category, entry id).
REPORTED: list[tuple[str, str, str, str]] = [
    # --- Arabic ---
    ("ar", "ساعدوني هن هون", "plea", "help_they_are_here"),
    (
        "ar",
        "ibni 3umro 15 w fi shabab 7absino b sha2a w bi2olo lazem yedfa3 el deen abel ma yetla3",
        "forced_or_held",
        "arabizi_held_for_debt",
    ),
    (
        "ar",
        "ana bil sayyara ma3hum w ma ba3ref wein ra7in, akhado telefoni w 3am ykattbo 3al 3eyoun",
        "forced_or_held",
        "car_phone_taken",
    ),
    ("ar", "أبوي سكران وماسك سجينة ويصيح على أمي هسه، إحنا بالغرفة", "weapon", "drunk_with_knife"),
    (
        "ar",
        "خلاص ما عاد فيني، كتبت رسالة لأهلي وراح خلص من حالي الليلة",
        "suicidal",
        "end_myself_from",
    ),
    (
        "ar",
        "بدهم ياني احرق سيارة الليلة وإذا ما عملت بيجوا على البيت",
        "threat_to_life",
        "ordered_arson_or_blast",
    ),
    (
        "ar",
        "ukhti ma rij3at w wa7ed ba3at sura la2ila marbouta w 3am yutlub masari 2abel nos el leil",
        "forced_or_held",
        "tied_up_ransom",
    ),
    (
        "ar",
        "هل عادي إنو ابني يقلي إنو لازم يروح الليلة يوصّل غرض لناس ما بعرفهم وإذا ما راح رح يأذوا أخته؟",
        "threat_to_life",
        "will_harm_family",
    ),
    (
        "ar",
        "السلام عليكم، أنا أم لثلاث أولاد وعايشة بالسويد من خمس سنين، اللغة صعبة علي والشغل كمان، بس اللي صاير هلق إنو في شباب عم يدقوا الباب بقوة ويقولوا إنو ابني مديون إلهم وإذا ما طلع رح يكسروا الباب، أنا وحدي مع البنات",
        "threat_to_life",
        "will_break_door",
    ),
    (
        "ar",
        "akhoy fi el 7ammam jara7 7alo w el damm ma 3am ywa2ef",
        "self_harm",
        "arabizi_blood_wont_stop",
    ),
    (
        "ar",
        "قالولي الليلة لازم فجّر باب شقة، وإذا رجعت بدون ما أعملها أنا الهدف الجاي",
        "threat_to_life",
        "ordered_arson_or_blast",
    ),
    # --- Persian ---
    ("fa", "کمک، اومدن", "plea", "help_they_came"),
    (
        "fa",
        "pesaram 16 salesh e, zang zad goft too ye mashin gir oftade va nemidoone koja mibarannesh",
        "forced_or_held",
        "finglish_car_where_taking",
    ),
    (
        "fa",
        "man bastaro gom kardam alan daran mizananam va film migiran",
        "violence_now",
        "finglish_beaten_now",
    ),
    (
        "fa",
        "دیگه نمیتونم. قرصارو جمع کردم و امشب تمومش میکنم. فقط خواستم یکی بدونه",
        "suicidal",
        "pills_gathered",
    ),
    (
        "fa",
        "babam mast karde dar ro ghofl karde chaghoo dastesh e, mamanam jigh mizane",
        "weapon",
        "drunk_with_knife",
    ),
    (
        "fa",
        "گفتن امشب باید ماشین یه نفرو آتیش بزنم، اگه نکنم خونه\u200cمونو آتیش میزنن",
        "threat_to_life",
        "house_will_burn",
    ),
    ("fa", "دوستم یه چیزی کشید و الان داره تشنج میکنه و از دهنش کف میاد", "plea", "seizure_foam"),
    (
        "fa",
        "dokhtaram az dishab nayoomade khune, ye mard payam dade ke age pool nadim dige nemibinimesh",
        "forced_or_held",
        "finglish_ransom",
    ),
    (
        "fa",
        "آیا عادیه که پسرم بگه امشب باید بره یه جا شلیک کنه چون بهشون بدهکاره؟",
        "threat_to_life",
        "ordered_to_shoot",
    ),
    (
        "fa",
        "dadasham ro bordan, goftan age be polis begim mikoshanesh",
        "threat_to_life",
        "killed_if_police",
    ),
    (
        "fa",
        "یه بسته رو به بدنم چسب زدن و گفتن امشب باید ببرمش یه شهر دیگه، اگه نبرم کارم تمومه",
        "forced_or_held",
        "package_taped_to_body",
    ),
    # --- Somali ---
    ("so", "i caawiya way joogaan", "plea", "help_they_are_here"),
    (
        "so",
        "wiilkayga 15 jir ah ayaa guri lagu xiray, waxay leeyihiin deyn ayuu nagu leeyahay",
        "forced_or_held",
        "locked_in_for_debt",
    ),
    (
        "so",
        "waxaan ku jiraa baabuur ay wataan rag aanan aqoon, telefoonkayga way qaateen, ma garanayo halka aan u socono",
        "forced_or_held",
        "car_phone_taken",
    ),
    (
        "so",
        "ma awoodo mar dambe. kiniinadii oo dhan waan liqay",
        "self_harm",
        "all_pills_swallowed",
    ),
    (
        "so",
        "caawa waa inaan gubaa baabuur, haddaan diido gurigeena ayay imanayaan",
        "threat_to_life",
        "ordered_arson",
    ),
    (
        "so",
        "gabadhayda xalay ma soo hoyan, nin ayaa farriin soo diray: lacag haddaydaan bixin ma arki doontaan",
        "forced_or_held",
        "ransom_wont_see",
    ),
    (
        "so",
        "saaxiibkay wax buu cabay, hadda wuu gariirayaa oo afka xumbo ayaa ka soo baxaysa",
        "plea",
        "foam_at_mouth",
    ),
    (
        "so",
        "walaalkay yar ayay qaateen, waxay yiraahdeen haddaad booliska wacdaan waan dilaynaa",
        "threat_to_life",
        "killed_if_police",
    ),
    (
        "so",
        "asc, waxaan ahay hooyo Sweden ku nool muddo dheer, carruurtaydu badanaa way fiican yihiin, laakiin hadda dhalinyaro ayaa albaabka garaacaya waxayna leeyihiin wiilkaaga ha soo baxo ama albaabka waan jebinaynaa, aniga iyo gabdhaha kaliya ayaa guriga jooga",
        "threat_to_life",
        "will_break_door",
    ),
    # --- Tigrinya ---
    ("ti", "ሓግዙኒ ኣብዚ መጺኦም", "plea", "help_they_came"),
    (
        "ti",
        "wedey 15 ametu iyu, ab hade geza aOtiwomu alewu, ida aleka ybluwo",
        "forced_or_held",
        "latin_locked_in_house",
    ),
    (
        "ti",
        "ab mekina alekhu ms zeyfelTom sebat, silkey wesidomo, nabey ymesuni ayfelTun",
        "forced_or_held",
        "latin_car_phone_taken",
    ),
    ("ti", "aboy sekhiru kara hizu ab adey yiwwiyu alo hiji", "weapon", "drunk_with_knife"),
    (
        "ti",
        "lomi leyti mekina kandid alleni, enteza zeygebre nab gezana kimetsu iyom",
        "threat_to_life",
        "latin_ordered_arson",
    ),
    (
        "ti",
        "gualey temalti ab geza ayetmelesetn, hade seb 'genzeb enteza zeyhabkum ayketriyuwan ikhum' ilu tsihifulna",
        "forced_or_held",
        "latin_ransom",
    ),
    ("ti", "ዓርከይ ገለ ነገር ሰትዩ ሕጂ ይንቀጥቀጥ ኣሎ ካብ ኣፉ ዓፍራ ይወጽእ ኣሎ", "plea", "foam_at_mouth"),
    ("ti", "ኢደይ ቆሪጸ ደም ደው ኣይበለን", "self_harm", "cut_blood_not_stopping"),
    (
        "ti",
        "ሰላም፡ ኣነ ኣደ ሰለስተ ቆልዑ እየ፡ ኣብ ሽወደን ሓሙሽተ ዓመት ተቐሚጠ፡ ቋንቋ ከቢዱኒ ኣሎ። ሕጂ ግን ኣብ ደገ መንእሰያት ማዕጾ ብሓይሊ ይሃርሙ ኣለዉ፡ ወደይ ዕዳ ኣለዎ ይብሉ፡ እንተ ዘይወጸ ማዕጾ ክሰብርዎ እዮም። ኣነን ደቀይ ኣዋልድን ጥራይ ኢና ዘለና።",
        "threat_to_life",
        "will_break_door",
    ),
    ("ti", "ዓባየይ ወዲቓ ኣይተስተንፍስን ኣላ", "plea", "not_breathing_spelling"),
    (
        "ti",
        "lomi leyti 'sira' ala ybluni, sebay kitkusu, ayideleyen grn gezay yfeltu iyom",
        "threat_to_life",
        "latin_ordered_to_shoot",
    ),
    # --- Finnish ---
    (
        "fi",
        "Mun 15-vuotias poika soitti ja sanoi että häntä pidetään jossain kämpässä velan takia, ei tiedä osoitetta",
        "forced_or_held",
        "held_for_debt",
    ),
    (
        "fi",
        "istun autossa kolmen jätkän kaa en tiiä minne mennään ne otti mun puhelimen",
        "forced_or_held",
        "car_phone_taken",
    ),
    (
        "fi",
        "mun pitää sytyttää yks auto tuleen tänä yönä, muuten ne tulee meille",
        "threat_to_life",
        "ordered_arson",
    ),
    (
        "fi",
        "joku on seurannut mua asemalta asti, oon nyt piilossa kaupan vessassa",
        "fear",
        "followed_me_far",
    ),
    (
        "fi",
        "Tyttäremme ei tullut kotiin. Joku lähetti kuvan hänestä sidottuna ja vaatii rahaa ennen puoltayötä",
        "forced_or_held",
        "tied_up_ransom",
    ),
    (
        "fi",
        "pikkuveli vietiin, ne sano et jos soitatte poliisille se tapetaan",
        "threat_to_life",
        "or_else_killed",
    ),
    (
        "fi",
        "moi en tiiä miks kirjotan tänne mut koulu on ollu tosi rankkaa ja äiti on yövuorossa ja sit nyt rapussa on kaks huppupäistä tyyppiä jotka hakkaa meidän ovee ja huutaa et velka pitää maksaa tänään, oon yksin pikkusiskon kaa, huomenna ois viel kokeet",
        "threat_to_life",
        "debt_at_the_door",
    ),
    (
        "fi",
        "onks normaalia et poika sanoo et sen pitää viedä tänään laukku toiseen kaupunkiin tai muuten se tapetaan?",
        "threat_to_life",
        "or_else_killed",
    ),
]

# New wordings of the same kinds of message (language, text, category, entry id).
VARIANTS: list[tuple[str, str, str, str]] = [
    # --- Arabic ---
    ("ar", "الحقوني هم هنا", "plea", "help_they_are_here"),
    ("ar", "هم برا ساعدونا", "plea", "help_they_are_here"),
    ("ar", "akhadu mobaili w ana bil sayyara", "forced_or_held", "car_phone_taken"),
    ("ar", "اخدوا جوالي وانا بالسيارة معهم", "forced_or_held", "car_phone_taken"),
    ("ar", "ابوي سكران ومعه سكين", "weapon", "drunk_with_knife"),
    ("ar", "رح اتخلص من نفسي الليلة", "suicidal", "end_myself_from"),
    ("ar", "قالوا لازم احرق محل", "threat_to_life", "ordered_arson_or_blast"),
    ("ar", "sha2i2ti marbouta w badon flous", "forced_or_held", "tied_up_ransom"),
    ("ar", "رح يكسروا بابنا", "threat_to_life", "will_break_door"),
    ("ar", "el dam mish 3am ywa2ef", "self_harm", "arabizi_blood_wont_stop"),
    ("ar", "7absino bi sha2a 3ashan el deen", "forced_or_held", "arabizi_held_for_debt"),
    ("ar", "بيأذوا اخوه اذا ما راح", "threat_to_life", "will_harm_family"),
    ("ar", "قالوا رح يأذوا عيلته", "threat_to_life", "will_harm_family"),
    # --- Persian ---
    ("fa", "اومدن کمکم کنید", "plea", "help_they_came"),
    ("fa", "komak injan", "plea", "help_they_came"),
    (
        "fa",
        "dokhtaram too mashine ye mard e nemidunam koja mibaranesh",
        "forced_or_held",
        "finglish_car_where_taking",
    ),
    ("fa", "dare mizanatam", "violence_now", "finglish_beaten_now"),
    ("fa", "همه قرصامو جمع کردم خداحافظ", "suicidal", "pills_gathered"),
    ("fa", "بابام مسته چاقو دستشه", "weapon", "drunk_with_knife"),
    ("fa", "مجبورم امشب ماشینشو آتیش بزنم", "threat_to_life", "ordered_arson"),
    ("fa", "خونمونو آتیش میزنن", "threat_to_life", "house_will_burn"),
    ("fa", "داره تشنج میکنه", "plea", "seizure_foam"),
    ("fa", "az dahanesh kaf miad", "plea", "seizure_foam"),
    ("fa", "مجبوره شلیک کنه", "threat_to_life", "ordered_to_shoot"),
    ("fa", "اگه به پلیس بگید میکشیمش", "threat_to_life", "killed_if_police"),
    ("fa", "به شکمم بسته چسبوندن", "forced_or_held", "package_taped_to_body"),
    ("fa", "age pool nadin dige nemibininesh", "forced_or_held", "finglish_ransom"),
    # --- Somali ---
    ("so", "caawiya way yimaadeen", "plea", "help_they_are_here"),
    ("so", "way joogaan i caawiya fadlan", "plea", "help_they_are_here"),
    ("so", "walaashay qol ayaa lagu xiray deyn awgeed", "forced_or_held", "locked_in_for_debt"),
    (
        "so",
        "gaariga ayay i geliyeen telefoonkayga way qaateen",
        "forced_or_held",
        "car_phone_taken",
    ),
    ("so", "dawadii oo dhan waan liqay", "self_harm", "all_pills_swallowed"),
    ("so", "waxay yiraahdeen waa inaan gubaa dukaanka", "threat_to_life", "ordered_arson"),
    ("so", "lacagta haddaadan keenin ma arki doontid", "forced_or_held", "ransom_wont_see"),
    ("so", "afkiisa xumbo ayaa ka imaanaysa", "plea", "foam_at_mouth"),
    ("so", "haddaad booliska u sheegtaan waan dilaynaa", "threat_to_life", "killed_if_police"),
    ("so", "albaabka waan jabinaynaa", "threat_to_life", "will_break_door"),
    # --- Tigrinya ---
    ("ti", "መጺኦም ሓግዙና", "plea", "help_they_came"),
    ("ti", "ሓግዙኒ ሕጂ መጺኦም ኣብ ማዕጾ", "plea", "help_they_came"),
    ("ti", "haftey ab geza aetiwa alewa", "forced_or_held", "latin_locked_in_house"),
    ("ti", "ab mekina iye, mobailey wesidomo", "forced_or_held", "latin_car_phone_taken"),
    ("ti", "ኣቦይ ሰኺሩ ካራ ሒዙ ኣሎ", "weapon", "drunk_with_knife"),
    ("ti", "geza kendid ybluni", "threat_to_life", "latin_ordered_arson"),
    ("ti", "genzeb enteza zeyhabkum ayketriyuwo", "forced_or_held", "latin_ransom"),
    ("ti", "ካብ ኣፋ ዓፍራ ይወጽእ", "plea", "foam_at_mouth"),
    ("ti", "ደመይ ደው ኣይብልን", "self_harm", "cut_blood_not_stopping"),
    ("ti", "ማዕጾና ክሰብሩ እዮም", "threat_to_life", "will_break_door"),
    ("ti", "ኣቦሓጎይ ኣይተስተንፍስን", "plea", "not_breathing_spelling"),
    ("ti", "sebay ktkus ilomni", "threat_to_life", "latin_ordered_to_shoot"),
    # --- Finnish ---
    ("fi", "veljeä pidetään kellarissa velan takia", "forced_or_held", "held_for_debt"),
    (
        "fi",
        "ne otti mun kännykän ja mä oon autossa en tiedä missä",
        "forced_or_held",
        "car_phone_taken",
    ),
    ("fi", "käskivät mun polttaa sen auton tänään", "threat_to_life", "ordered_arson"),
    ("fi", "mun täytyy sytyttää rapun ovi", "threat_to_life", "ordered_arson"),
    ("fi", "yks mies on seurannut mua koulusta asti", "fear", "followed_me_far"),
    ("fi", "ne on seuranneet meitä koko matkan", "fear", "followed_me_far"),
    ("fi", "ne lähetti videon siskosta teipattuna", "forced_or_held", "tied_up_ransom"),
    ("fi", "jos kerrot kenellekään se tapetaan", "threat_to_life", "or_else_killed"),
    (
        "fi",
        "sisko kaapattiin ja ne sano ettei saa soittaa poliisille",
        "forced_or_held",
        "taken_no_police",
    ),
    (
        "fi",
        "kaks jätkää potkii meidän ovea ja huutaa velasta",
        "threat_to_life",
        "debt_at_the_door",
    ),
    ("fi", "ne otti mun luurin ja mä istun niiden autossa", "forced_or_held", "car_phone_taken"),
]

# Ordinary sentences using the new entries' words (language, text).
MUST_STAY_QUIET: list[tuple[str, str]] = [
    # --- Arabic ---
    ("ar", "الامتحان بكرا رح يموتني"),
    ("ar", "هم هون"),
    ("ar", "ساعدوني بالواجب هم هون"),
    ("ar", "7absino bel beit 3ashan el corona"),
    ("ar", "mama akhadet telefoni bil sayyara"),
    ("ar", "سكران من النوم"),
    ("ar", "خلصت من الواجب"),
    ("ar", "خلصت من حالي بالشغل"),
    ("ar", "لازم احرق السعرات"),
    ("ar", "لازم صلي فجر بالبيت"),
    ("ar", "el kalb marbout bel jnene"),
    ("ar", "كسروا الباب بالغلط"),
    ("ar", "el dam wa2ef hala2"),
    ("ar", "zaman kont ajra7 7ali bas halla2 ana mni7a, fi 7ada a7ki ma3o ba3d el madrase?"),
    ("ar", "بدي احرق الفيلم على الفلاشة"),
    # --- Persian ---
    ("fa", "کمک اومد"),
    ("fa", "دوستام اومدن خونه"),
    ("fa", "nemidoonam koja mibarim"),
    ("fa", "too bazi daran mizananam"),
    ("fa", "قرصامو خوردم"),
    ("fa", "پروژه رو امشب تمومش میکنم"),
    ("fa", "mast o khiar ba kard dorost kardam"),
    ("fa", "باید آتیش بزنم برای کباب"),
    ("fa", "کف دستم میخاره"),
    ("fa", "تو بازی باید شلیک کنم"),
    ("fa", "too bazi mikoshanesh"),
    ("fa", "چسب زخم زدم به پام"),
    ("fa", "امشب کارم تمومه میام"),
    ("fa", "تو پابجی باید شلیک کنی"),
    # --- Somali ---
    ("so", "way joogaan"),
    ("so", "i caawiya casharka xisaabta"),
    ("so", "dukaanka waa la xiray"),
    ("so", "hooyo ayaa telefoonkayga qaadatay"),
    ("so", "kiniinka waan liqay"),
    ("so", "rootiga ayaan gubay"),
    ("so", "lacag badan ma arki doontid"),
    ("so", "xumbo saabuun ayaa ka buuxda musqusha"),
    ("so", "booliska ayaa dilay tuuga wararka"),
    ("so", "albaabkii waa jabay"),
    ("so", "dawada oo dhan waan qaatay sida dhakhtarku yiri"),
    # --- Tigrinya ---
    ("ti", "ኣብዚ መጺኦም"),
    ("ti", "ሓግዙኒ ኣብ ገዛ ስራሕ"),
    ("ti", "maetso aetiwo"),
    ("ti", "silkey ab mekina resiEyo"),
    ("ti", "sekhiru dekiisu"),
    ("ti", "shama andidu"),
    ("ti", "genzeb yelen"),
    ("ti", "ዓፍራ ሳሙና ብዙሕ"),
    ("ti", "ደም ደው በለ"),
    ("ti", "ማዕጾ ሰቢሮም"),
    ("ti", "kitkusu ab game"),
    # --- Finnish ---
    ("fi", "tää essee tappaa mut"),
    ("fi", "mun pitää maksaa velka jossain vaiheessa"),
    ("fi", "äiti otti mun puhelimen autossa"),
    ("fi", "ope otti mun kännykän koska pelasin autossa pelejä"),
    ("fi", "mun pitää sytyttää kynttilät"),
    ("fi", "pitää polttaa roskat"),
    ("fi", "hän on seurannut mua instassa kauan"),
    ("fi", "paketti oli sidottuna narulla"),
    ("fi", "hahmo tapetaan pelissä"),
    ("fi", "se tapetaan lopussa"),
    ("fi", "veli vietiin sairaalaan"),
    ("fi", "naapuri hakkaa seinää"),
    ("fi", "isä korjaa oven"),
    ("fi", "isä pitää velan pienenä"),
    ("fi", "käskin sitä sytyttämään takan"),
]

# The round 9 ordinary lines of these languages that show the card: none since this round
# (the homework and exam hyperbole of ar, so and fi is vetoed in kill_me).
KNOWN_FALSE_ALARMS: set[str] = set()
ORDINARY_QUIET: list[tuple[str, str]] = [
    (lang, text)
    for lang in LANGUAGES
    for text in held_out("round9", lang, "ordinary")
    if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + VARIANTS
REPORTED_PER_LANGUAGE = {"ar": 11, "fa": 11, "so": 9, "ti": 11, "fi": 8}


def test_every_reported_miss_is_listed() -> None:
    """The round 9 danger sets: all 50 messages of these languages that got no card are in
    REPORTED, and each is one of its language's danger messages."""
    for lang in LANGUAGES:
        reported = {text for text_lang, text, _, _ in REPORTED if text_lang == lang}
        assert len(reported) == REPORTED_PER_LANGUAGE[lang], lang
        assert reported <= set(held_out("round9", lang, "danger")), lang


def test_the_quiet_ordinary_lines_are_all_forty() -> None:
    """Eight ordinary lines per language, none left out as a known false alarm."""
    assert len(ORDINARY_QUIET) == 40


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in MUST_FIRE],
)
def test_round9_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET + ORDINARY_QUIET],
)
def test_round9_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round9_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET + ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)
