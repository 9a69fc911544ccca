"""Danger detection, round 14 (docs/conversation.md, "The emergency path"): Arabic, Persian,
Somali, Tigrinya and Finnish messages a fourteenth red team typed without getting the emergency
card (bench/data/danger/round14: someone walking behind the writer since the station, a friend
not waking after lean with weak breathing, capsules to swallow before a journey with the passport
taken, a man with a knife below the flat buried in a long message, a drink spiked at a party, a
neighbour beaten now reported by someone else, a child drowning, the letters of "gun" typed
apart, taken to the airport tonight to be married, "pay with your body" by tonight, "get in the
car or we come for you", washing-up liquid or a battery swallowed, ordered to hurt a boy or the
mother is harmed, on a bridge "I can't any more", fallen and shaking on the floor, "send the
police"), with variants of each; ordinary sentences sharing their words that must stay quiet;
and every line of bench/data/danger/round14/ordinary_{ar,fa,so,ti,fi}.jsonl, all quiet: the
exam hyperbole that fired before ("tomorrow's exam will kill me") is vetoed in kill_me of
fa, so, ti and fi. The entries are the "round 14" blocks at the end of
data/danger/{ar,fa,so,ti,fi}.toml and changes to earlier entries (ar drowning_now, whose
"عم يغرق" made every phrase three words long; ar passport_taken and not_breathing read the
prefix "و" (and), weapon_present reads "سكينة"; fa poison_swallowed; the kill_me vetoes).

The two fire-emoji messages, "🔥 البيت" and "🔥 guriga" (fire + "the house"), needed code: 🔥 now
reads as a word (bot/core/danger.py, as 🆘 🔪 🔫 💊) and `fire_emoji_home` of every list fires on
it with a home, alone (tests/unit/test_danger_fire_emoji.py).

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

LANGUAGES = ("ar", "fa", "so", "ti", "fi")

# (language, text, category, entry id): the round 14 messages that got no card, word for word
REPORTED: list[tuple[str, str, str, str]] = [
    (
        "ar",
        "fi wa7ed mashi wara min al mahatta w ana khayfe kteer hal2",
        "fear",
        "arabizi_someone_walking_behind",
    ),  # Arabizi: someone following from station now
    (
        "ar",
        "صاحبي شرب ليين وما عم يصحى ونفسه ضعيف",
        "plea",
        "not_breathing",
    ),  # friend after lean not waking, weak breathing
    (
        "ar",
        "قالولي لازم ابلع الكبسولات بكرا الصبح قبل السفر واخدوا جوازي",
        "forced_or_held",
        "passport_taken",
    ),  # forced body-packing tomorrow, passport taken
    (
        "ar",
        "السلام عليكم كنت بدي اسأل عن دروس تقوية بالرياضيات لأن علاماتي نزلت وكمان في شب بالحارة كل يوم بيبعتلي رسايل وهلق هو واقف تحت البيت ومعه سكينة وعم يقول رح يطلع لعندي وكمان في مكتبة قريبة؟",
        "weapon",
        "and_with_him_a_knife",
    ),  # rambling; man with knife below home now, buried mid-message
    (
        "ar",
        "ana fi el 7afle 7ada 7at shi bi kasi w mish 2adra 2o2af w fi shab 3am y2ali ta3i ma3i 3al sayyara",
        "forced_or_held",
        "arabizi_drink_spiked",
    ),  # Arabizi: drugged at party, man pushing her to car
    (
        "ar",
        "ممكن تبعتو حدا على شارع النور بناية ٧ جارتنا عم تنضرب من ساعة وصوتها عالي كتير",
        "violence_now",
        "being_beaten_now",
    ),  # third-party: neighbour beaten now
    (
        "ar",
        "ولد غرقان بالبحيرة ما عم يطلع ومافي حدا يساعد",
        "plea",
        "drowning_now",
    ),  # child drowning in lake
    (
        "ar",
        "م س د س بالشنطة وهني جايين لعندي",
        "weapon",
        "weapon_letters_apart",
    ),  # split letters 'gun' in bag, they're coming
    (
        "fa",
        "emshab mikhan mano bebaran forudgah baraye ezdevaj, komak",
        "forced_or_held",
        "taken_to_be_married",
    ),  # Finglish: airport tonight forced marriage
    (
        "fa",
        "گفتن اگه تا امشب پولو نیارم باید با بدنم حساب کنم",
        "threat_to_life",
        "pay_with_body",
    ),  # threat: pay with body tonight
    (
        "fa",
        "یه ماشین جلوی مدرسه وایساده میگن سوار شو وگرنه میایم سراغت",
        "threat_to_life",
        "or_else_we_come_for_you",
    ),  # car waiting, coercion
    (
        "fa",
        "کودکم مایع ظرفشویی خورده و استفراغ می‌کند",
        "plea",
        "poison_swallowed",
    ),  # Dari: child swallowed detergent, vomiting
    (
        "fa",
        "میشه یکی رو بفرستین خیابون لاله پلاک ۳؟ همسایه داره بچشو میزنه بچه جیغ میکشه",
        "violence_now",
        "neighbour_beating",
    ),  # third-party: neighbour beating child now
    (
        "so",
        "caawa ayey i geynayaan garoonka diyaaradaha si la iigu guuriyo nin aanan aqoon",
        "forced_or_held",
        "married_off_to_stranger",
    ),  # airport tonight, forced marriage
    (
        "so",
        "waxay iga rabaan inaan caawa wiil dhaawaco haddii kale hooyaday ayay wax yeeli doonaan",
        "threat_to_life",
        "or_else_relative_harmed",
    ),  # ordered to hurt a boy tonight
    (
        "so",
        "hadda waxaan taaganahay buundada korkeeda ma awoodo mar dambe",
        "suicidal",
        "on_bridge_cant_go_on",
    ),  # on bridge now
    (
        "so",
        "fadlan qof u dira dhismaha 12 ee wadada hagagatan gabar ayaa hadda la garaacayaa",
        "violence_now",
        "being_beaten_now",
    ),  # third-party: girl being beaten now
    (
        "so",
        "wiil baa badda ku qarqamaya xeebta agteeda qofna ma caawinayo",
        "plea",
        "drowning_in_water",
    ),  # boy drowning at beach
    (
        "ti",
        "hade seb kab station jemiru yis'ebeni alo hji",
        "fear",
        "latin_followed",
    ),  # Latin: someone following since station now
    (
        "ti",
        "ዓርከይ ኣብ መሬት ወዲቑ ይንቀጥቀጥ ኣሎ ድሕሪ ከኒና",
        "plea",
        "fallen_shaking",
    ),  # friend seizing on floor after pills
    (
        "ti",
        "ሎሚ ለይቲ ገንዘብ እንተዘይሂበ ብሰውነተይ ክኸፍል ኢሎምኒ",
        "threat_to_life",
        "pay_with_body",
    ),  # threat: pay with body tonight
    (
        "ti",
        "hade mekina ab qdmi bet timhrti alo, 'atu yblkuni",
        "forced_or_held",
        "car_get_in_told",
    ),  # Latin: car outside school, told to get in
    (
        "ti",
        "hji ab dldl deyu alekhu, ayk'elen",
        "suicidal",
        "latin_bridge_cant",
    ),  # Latin: on the bridge now, can't go on
    (
        "ti",
        "ሕጂ ኣብ ፓርቲ ሓደ ሰብ ኣብ መስተይ ገለ ነገር ኣእትዩ ክቐውም ኣይክእልን",
        "forced_or_held",
        "drink_spiked",
    ),  # drugged at party now
    ("ti", "ቆልዓይ ባትሪ ውሒጡ", "plea", "swallowed_battery"),  # child swallowed battery
    (
        "ti",
        "beja'khum polis sedu, hade seb ab gezana n'sebeytu ywek'a alo hji",
        "plea",
        "latin_send_police",
    ),  # Latin third-party: man beating wife now
    (
        "fi",
        "ne sano et jos en illal hoitele sitä yhtä jätkää nii ne tulee meille",
        "threat_to_life",
        "ordered_to_deal_with_someone",
    ),  # ordered to hurt someone tonight
    (
        "fi",
        "joku juoksee mun perässä puistossa apua",
        "fear",
        "someone_running_after_me",
    ),  # chased now
    ("fi", "tyttö hukkuu rannalla kukaan ei auta", "plea", "drowning_now"),  # girl drowning
    (
        "fi",
        "a s e on sen taskus ja se odottaa oven takana",
        "weapon",
        "weapon_letters_apart",
    ),  # split letters 'gun', waiting behind door
    (
        "fi",
        "ne vaatii et mä nielen ne pakkaukset huomenna ennen laivaa",
        "forced_or_held",
        "forced_swallow_packets",
    ),  # forced body-carry tomorrow
]

# The two fire-emoji messages, reported too since 🔥 reads as a word
FIRE_EMOJI: list[tuple[str, str, str, str]] = [
    ("ar", "🔥 البيت", "weapon", "fire_emoji_home"),
    ("so", "🔥 guriga", "weapon", "fire_emoji_home"),
]

# New wordings of the same kinds, at least one per new entry
VARIANTS: list[tuple[str, str, str, str]] = [
    ("ar", "البنت غرقانة بالبحر", "plea", "drowning_now"),
    ("ar", "ابني عم يغرق بالمسبح", "plea", "drowning_now"),
    ("ar", "اخوي بلع حبوب ومش عم يصحى وتنفسه بطيء كتير", "self_harm", "overdose"),
    ("ar", "جبروني ابلع الاكياس قبل ما نروح عالمطار", "forced_or_held", "held"),
    ("ar", "صادروا جوازي وقالولي ما بتطلعي", "forced_or_held", "passport_taken"),
    ("ar", "في زلمة برا ومعو سكينة", "weapon", "and_with_him_a_knife"),
    ("ar", "7ada 7atli shi b drinki w rasi 3am ydur", "forced_or_held", "arabizi_drink_spiked"),
    ("ar", "fi zalame 3am yimshi warayi w ana khayfe", "fear", "arabizi_someone_walking_behind"),
    ("ar", "البنت اللي جنبنا عم تنضرب هلق", "violence_now", "being_beaten_now"),
    ("ar", "س ك ي ن معه وواقف عالباب", "weapon", "weapon_letters_apart"),
    (
        "fa",
        "emshab mibaran mano iran baraye ezdevaj ba ye pirmard",
        "forced_or_held",
        "taken_to_be_married",
    ),
    ("fa", "میخوان منو ببرن افغانستان برای ازدواج زوری", "forced_or_held", "taken_to_be_married"),
    ("fa", "گفتن باید با تنم تسویه کنم", "threat_to_life", "pay_with_body"),
    ("fa", "گفتن وگرنه میایم درخونتون", "threat_to_life", "or_else_we_come_for_you"),
    ("fa", "بچم قرص ماشین ظرفشویی خورده", "plea", "poison_swallowed"),
    ("fa", "همسایمون داره زنشو میزنه صدای جیغ میاد", "violence_now", "neighbour_beating"),
    (
        "so",
        "berri ayay i geynayaan si la iigu guursiiyo oday",
        "forced_or_held",
        "married_off_to_stranger",
    ),
    ("so", "waxay igu qasbayaan inaan wiil dilo", "forced_or_held", "held"),
    (
        "so",
        "haddii kale walaashay ayay dhaawici doonaan",
        "threat_to_life",
        "or_else_relative_harmed",
    ),
    ("so", "buundada ayaan saaranahay mar dambe ma karo", "suicidal", "on_bridge_cant_go_on"),
    ("so", "naag ayaa hadda la garaacayaa guriga dariska", "violence_now", "being_beaten_now"),
    ("so", "gabar ayaa webiga ku hafanaysa", "plea", "drowning_in_water"),
    ("ti", "hade seb ab gezana nsebeytu yweka alo hji", "violence_now", "latin_beating_her_now"),
    ("ti", "ሓወይ ወዲቑ ኣብ ባይታ ይንቀጥቀጥ ኣሎ", "plea", "fallen_shaking"),
    ("ti", "ብሰውነትኪ ክትከፍሊ ኢኺ ኢሎምኒ", "threat_to_life", "pay_with_body"),
    ("ti", "mekina ab qdmi gezana alo, etu iluni", "forced_or_held", "car_get_in_told"),
    ("ti", "ab dildil alekhu hji, aykealn", "suicidal", "latin_bridge_cant"),
    ("ti", "ኣብ መስተይ ገለ ሓዊሶም", "forced_or_held", "drink_spiked"),
    ("ti", "ወደይ ማግኔት ውሒጡ", "plea", "swallowed_battery"),
    ("ti", "polis seduli bejakhum", "plea", "latin_send_police"),
    (
        "fi",
        "jos en hakkaa sitä jätkää tänään ne tulee mun perään",
        "threat_to_life",
        "ordered_to_deal_with_someone",
    ),
    ("fi", "mies jahtaa mun perässä kadulla", "fear", "someone_running_after_me"),
    ("fi", "poika hukkumassa järveen apua", "plea", "drowning_now"),
    ("fi", "p u u k k o sillä on kädessä", "weapon", "weapon_letters_apart"),
    ("fi", "ne pakottaa mut nielemään ne paketit ennen lentoa", "forced_or_held", "held"),
    ("ar", "نفسها ضعيف كتير وما بترد", "plea", "breathing_weak"),
    ("ar", "لازم نبلع البضاعة قبل الطيارة", "forced_or_held", "forced_swallow_packets"),
    ("so", "waxay iga rabaan inaan caawa nin toogto", "threat_to_life", "ordered_to_hurt"),
    ("fi", "käskivät mun niellä palloja ennen rajaa", "forced_or_held", "forced_swallow_packets"),
]
# Ordinary sentences using the new entries' words: a medicine, a wedding, a dad's car, a dog
# running behind, swamped with work, a ball struck, a word typed apart, an exam
MUST_STAY_QUIET: list[tuple[str, str]] = [
    ("ar", "غرقان بالشغل"),
    ("ar", "غرقانة بالدراسة هالفترة"),
    ("ar", "نطينا بالمسبح وطلعنا"),
    ("ar", "نفسي ضعيفة بالأكل هالايام"),
    ("ar", "نفسه ضعيف بالرياضيات"),
    ("ar", "لازم ابلع الكبسولات بعد الأكل"),
    ("ar", "الدكتور قالي ابلع الكبسولات مرتين باليوم"),
    ("ar", "7atet sukkar bi kasi"),
    ("ar", "fi wa7ed mashi wara el bas"),
    ("ar", "الطابة عم تنضرب بالحيط"),
    ("ar", "شو عم تعمل؟ عم تنضرب بالبرد"),
    ("ar", "عم يغرق بالتفاصيل"),
    ("ar", "الطفل عم يغرق بالنوم"),
    ("ar", "اخدوا جوازي عالسفارة للتجديد"),
    ("ar", "عنده سكينة مطبخ جديدة"),
    ("ar", "بدي اشتري سكينة للحمة"),
    ("fa", "همسایه داره بچشو صدا میزنه"),
    ("fa", "همسایه داره بچشو میبره مدرسه"),
    ("fa", "بدنم حساسه به شیر"),
    ("fa", "امشب میخوان برن عروسی"),
    ("fa", "فردا میخوان منو ببرن فرودگاه برای سفر"),
    ("fa", "میخوان منو ببرن عروسی داداشم"),
    ("fa", "سوار شو بریم خونه"),
    ("fa", "سوار شو وگرنه دیر میرسیم"),
    ("fa", "emshab mikhan beran arusi"),
    ("fa", "ماشین ظرفشویی خراب شده"),
    ("fa", "مایع ظرفشویی تموم شده"),
    ("fa", "بچه غذاشو خورده"),
    ("fa", "امتحان فردا سخته"),
    ("so", "walaashay ayaa la guurinayaa bisha dambe"),
    ("so", "albaabka ayaa hadda la garaacayaa"),
    ("so", "taleefanka ayaa hadda la garaacayaa"),
    ("so", "shaqo badan baan ku qarqamayaa"),
    ("so", "buundada ayaan dul maray maanta"),
    ("so", "waxaan taaganahay buundada agteeda waxaan sugayaa baska"),
    ("so", "waxay iga rabaan inaan caawa casharka dhammeeyo"),
    ("so", "imtixaanka berri aad buu u adag yahay"),
    ("so", "waxaan doonayaa inaan wax cuno haddii kale gaajo ayaan u dhiman"),
    ("so", "waxay iga rabaan inaan la dilo cayayaanka"),
    ("ti", "ab insta yisebeni alo"),
    ("ti", "ብቑሪ ይንቀጥቀጥ ኣለኹ"),
    ("ti", "ኣብ መስተይ በረድ ኣእትየ"),
    ("ti", "ab dldl alekhu nai bus ytsebe"),
    ("ti", "mekina abboy alo, atu iluni"),
    ("ti", "ሳሙና ገዚአ"),
    ("ti", "ባትሪ ሞባይለይ ተወዲኡ"),
    ("ti", "ፈተና ጽባሕ ከቢድ እዩ"),
    ("fi", "hoitelen sen asian huomenna"),
    ("fi", "koira juoksee mun perässä koko ajan"),
    ("fi", "pikkuveli juoksee mun perässä kaikkialle"),
    ("fi", "hukun töihin tällä viikolla"),
    ("fi", "nielen kapselit aamulla"),
    ("fi", "lääkäri sanoi että nielen kapselit ennen lentoa"),
    ("fi", "ne tulee meille illalla syömään"),
    ("fi", "jos en ehdi nii ne hoitelee sen jutun"),
    ("fi", "koe huomenna jännittää"),
    ("fi", "a s e m a l l a"),
]

# Hyperbole and games that show the card, left so (safety first): none among these languages'
# round 14 ordinary lines.
KNOWN_FALSE_ALARMS: set[str] = set()
ORDINARY_QUIET: list[tuple[str, str]] = [
    (lang, text)
    for lang in LANGUAGES
    for text in held_out("round14", lang, "ordinary")
    if text not in KNOWN_FALSE_ALARMS
]

MUST_FIRE = REPORTED + FIRE_EMOJI + VARIANTS
REPORTED_PER_LANGUAGE = {"ar": 9, "fa": 5, "so": 6, "ti": 8, "fi": 5}


def test_every_reported_miss_is_listed() -> None:
    """The round 14 danger sets: all 33 messages of these languages that got no card are in
    REPORTED (31) or FIRE_EMOJI (2), and each is one of its language's danger messages."""
    for lang in LANGUAGES:
        reported = {text for text_lang, text, _, _ in REPORTED + FIRE_EMOJI if text_lang == lang}
        assert len(reported) == REPORTED_PER_LANGUAGE[lang], lang
        assert reported <= set(held_out("round14", lang, "danger")), lang


def test_the_quiet_ordinary_lines_are_twenty_five() -> None:
    """Five ordinary lines per language, all quiet (the exam hyperbole of fa, so, ti and fi that
    fired before is vetoed)."""
    assert len(ORDINARY_QUIET) == 25


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in MUST_FIRE],
)
def test_round14_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET + ORDINARY_QUIET],
)
def test_round14_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round14_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET + ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)
