"""Danger detection, round 15 (docs/conversation.md, "The emergency path"): Arabic, Persian,
Somali, Tigrinya and Finnish messages a fifteenth red team typed without getting the emergency
card (bench/data/danger/round15: a gun handed over to hide under the bed "tonight, is that bad?
😂", dizzy after "12 of mum's pills", the pills in front of me and "I can't any more", "he has
the knife again", a younger brother in a car with older men now, made to fetch a weapon or a
sister is hurt, a debt made up after a robbery with "tonight or we come to your home", kept in
a flat writing from a friend's phone, someone on the stairs not breathing, a first "test" job
or the family, a son taken by force, someone behind me since the metro, sold to another group,
a gun in the car of a first job, touched and not let out, the sea took my brother, "you will
die tonight" quoted, a sister unconscious with abnormal breathing, "they will kill me" over a
made-up debt, someone banging the door), with variants of each; ordinary sentences sharing
their words that must stay quiet; and every line of
bench/data/danger/round15/ordinary_{ar,fa,so,ti,fi}.jsonl, all quiet: the past threat that
fired before ("پارسال یکی تو مدرسه تهدیدم کرد ولی الان حل شده", settled now) is vetoed in
threatens_me of fa.

The entries are the "round 15" blocks at the end of data/danger/{ar,fa,so,ti,fi}.toml and
changes to earlier entries (ar not_breathing reads "وما|ومش|ومو" (and not); ti latin_kill_me
reads "yketluni"; the fa threatens_me veto). A `near` group stays inside one sentence, so a
message in two sentences ("دیگه نمیتونم. قرصا جلومه", "ድሕሪ ሕጂ ኣይክእሎን እየ። ሎሚ ለይቲ ክውድኦ
እየ") is caught by the half that is alarming alone.

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

LANGUAGES = ("ar", "fa", "so", "ti", "fi")

# (language, text, category, entry id): the round 15 messages that got no card, word for word
REPORTED: list[tuple[str, str, str, str]] = [
    (
        "ar",
        "عطوني مسدس خبيه تحت تختي الليلة هاد شي خطير؟ 😂",
        "weapon",
        "handed_gun_to_hide",
    ),  # casual: given pistol to hide under bed tonight
    (
        "ar",
        "طبيعي احس بدوخة بعد ما اخدت ١٢ حبة من دوا امي؟",
        "self_harm",
        "took_many_pills_number",
    ),  # dizzy after 12 of mum's pills
    (
        "ar",
        "ana ta3ban ktir w l7bob 2oddami hala2 ma 3am 2der kammel",
        "suicidal",
        "pills_in_front_cant_go_on",
    ),  # Arabizi: tired, pills in front of me now, can't go on
    ("ar", "هو ماسك السكين مرة ثانية", "weapon", "holding_knife"),  # he's holding the knife again
    (
        "ar",
        "akhoya el soghayar 11 sana fi 3arabeya ma3 shabab kbar dlw2ti w 3amalo lih account gded 3ala snap",
        "forced_or_held",
        "child_in_car_with_older_men",
    ),  # Egyptian Arabizi: little brother in car with older guys now, groomed
    (
        "ar",
        "يقولون لازم اروح اجيب السلاح من المخبأ قبل الساعة ١٠ والا يأذون اختي",
        "forced_or_held",
        "forced_fetch_weapon",
    ),  # forced to fetch weapon from stash before 10, sister threatened
    (
        "ar",
        "انسرقت البضاعة مني وهسه يگولون انت مديون ٦٠ الف ولازم تدفع الليلة او نجي لبيتكم",
        "threat_to_life",
        "debt_pay_or_we_come",
    ),  # Iraqi: invented debt after robbery, tonight or we come home
    (
        "ar",
        "wallah ana fi shaqa w ma y5alluni atla3, a5adu telefoni, haza telefon sahbi",
        "forced_or_held",
        "arabizi_kept_in_flat",
    ),  # held in flat, phone taken
    (
        "ar",
        "في واحد ملقى عالارض بالدرج وما عم يتنفس\nوكمان في دم",
        "plea",
        "and_not_breathing",
    ),  # two halves: someone on stairs not breathing + blood
    (
        "fa",
        "adie ke bad az 15 ta gors khordan sar-e aadam gij bere?",
        "self_harm",
        "took_many_pills_number",
    ),  # Finglish: normal dizzy after 15 pills?
    (
        "fa",
        "دیگه نمیتونم. قرصا جلومه",
        "suicidal",
        "pills_in_front_of_me",
    ),  # can't anymore, pills in front of me
    ("fa", "باز چاقو دستشه", "weapon", "knife_in_hand_again"),  # knife in his hand again
    (
        "fa",
        "گفتن امشب اولین کارته، یه بسته رو ببر بذار جلو یه در، یه تست ساده‌ست. ولی گفتن اگه نری خونوادت…",
        "threat_to_life",
        "they_said_or_family",
    ),  # first job test tonight, family threatened
    (
        "fa",
        "برادر کوچیکم ۱۲ سالشه الان با چند تا پسر بزرگ تو ماشینه، بهش پول دادن، گوشیشو جواب نمیده",
        "forced_or_held",
        "child_in_car_with_older_men",
    ),  # Dari/Persian: brother 12 in car with older boys now
    (
        "fa",
        "man yak mard hastam az afghanistan. bachem ra ba zor bordan, gofta agar gap bezani ameshab mekoshem",
        "forced_or_held",
        "dari_latin_taken_by_force",
    ),  # Dari Finglish: son taken by force, threat tonight
    (
        "fa",
        "یه نفر پشت سرمه از مترو\nهنوزم هست، دوییدم اونم دویید",
        "fear",
        "someone_behind_me_since",
    ),  # two halves: someone following from metro, ran after me
    (
        "fi",
        "ne anto mulle aseen et pidä sitä sängyn alla tän yön onks se paha juttu lol",
        "weapon",
        "handed_gun_to_keep",
    ),  # casual: gun under bed tonight
    (
        "fi",
        "onks normaalii et huimaa ku otin 12 äidin pillerii",
        "self_harm",
        "took_many_pills_number",
    ),  # dizzy after 12 of mum's pills
    (
        "fi",
        "en jaksa enää. pillerit on tässä mun edessä",
        "suicidal",
        "pills_in_front_of_me",
    ),  # can't anymore, pills in front of me
    ("fi", "sillä on taas se veitsi", "weapon", "has_knife_again"),  # he has the knife again
    (
        "fi",
        "aut ne on tääl nyt jku hakkaa ovee",
        "violence_now",
        "banging_door_now",
    ),  # vowels/typos: help they're here someone banging door
    (
        "fi",
        "mun pikkuveli 11v on nyt jossain autossa niiden isompien jätkien kaa, ne antaa sille rahaa ja käski sen viedä jonku paketin",
        "forced_or_held",
        "child_in_car_with_older_guys",
    ),  # little brother 11 in car with older guys now
    (
        "so",
        "wiilkayga guriga ma iman, waxay yiraahdeen caawa ayaan dileynaa, taleefanka ma qabanayo",
        "threat_to_life",
        "tonight_we_kill",
    ),  # son not home, they say they'll kill him tonight
    (
        "so",
        "qori ayay i siiyeen inaan caawa sariirta hoosteeda ku qariyo, ma xun tahay lol",
        "weapon",
        "handed_gun_to_hide",
    ),  # casual: given gun to hide under bed tonight
    (
        "so",
        "mar dambe ma awoodo. kiniinadii hortayda ayay yaalaan",
        "suicidal",
        "pills_in_front_of_me",
    ),  # can't anymore, pills in front of me
    ("so", "mindida ayuu mar kale haystaa", "weapon", "has_knife_again"),  # he has the knife again
    (
        "so",
        "waxaa la i iibiyay koox kale sida ay leeyihiin, saacadda 11 caawa ayay i qaadanayaan",
        "forced_or_held",
        "sold_me",
    ),  # sold to other group, picked up 11 tonight
    (
        "so",
        "macallin baan ahay, arday ayaa ii sheegay in caawa shaqadiisa ugu horreysa tahay, inuu baabuur u kaxeeyo meel, qori ayaa ku jira",
        "weapon",
        "car_with_gun_in_it",
    ),  # teacher: student's first job tonight, gun in car
    (
        "so",
        "ww waxaan ku jiraa guri rag ayaa jooga mid ayaa i taabanaya oo ii diidaya inaan baxo",
        "violence_now",
        "touched_not_let_leave",
    ),  # sexual violence now, not allowed to leave
    (
        "ti",
        "ሽጉጥ ሂቦምኒ ሎሚ ለይቲ ኣብ ትሕቲ ዓራተይ ክሓብኦ፡ ሕማቕ ድዩ? 😂",
        "weapon",
        "handed_gun_to_hide",
    ),  # casual: gun under bed tonight
    (
        "ti",
        "ድሕሪ ሕጂ ኣይክእሎን እየ። ሎሚ ለይቲ ክውድኦ እየ",
        "suicidal",
        "cant_any_more_alone",
    ),  # can't anymore, will end it tonight
    (
        "ti",
        "hawey ab baHri atiwu may wesidwo, ayneriaynayon hji",
        "plea",
        "latin_water_took_him",
    ),  # Latin: brother went into sea, water took him, can't see him now
    (
        "ti",
        "ab geza ageymumni, telefonay wesidomo, eza nay ewalay telefon eya",
        "forced_or_held",
        "latin_locked_me_in",
    ),  # Latin: locked in house, phone taken
    (
        "ti",
        "tsihifuley: 'lomi leyti ktmewit iKa' kemey deqey zkedu bet timhrti yfelit",
        "threat_to_life",
        "latin_you_will_die",
    ),  # Latin quoted threat: die tonight, knows kids' school
    (
        "ti",
        "ሓፍተይ ኣብ ባኞ ዝኽሪ የብላን፡ ገለ ወሲዳ፡ ኣተናፍሳ ዘይንቡር እዩ",
        "plea",
        "unconscious_took_something",
    ),  # sister unconscious, abnormal breathing
    (
        "ti",
        "dea aleka ybluni, eti bagaa temeziumuni, kisab lomi mshet 30 shih enteziyhabkayom ykeTluni eyom",
        "threat_to_life",
        "latin_kill_me",
    ),  # Latin: invented debt after robbery, kill me tonight
]

# Other inflections, spellings and wordings of the same dangers
VARIANTS: list[tuple[str, str, str, str]] = [
    ("ar", "اعطوني سلاح احطه عندي ببيتي", "weapon", "handed_gun_to_hide"),
    ("ar", "بلعت 20 حبة", "self_harm", "took_many_pills_number"),
    ("ar", "الحبوب قدامي وما عاد اقدر", "suicidal", "pills_in_front_cant_go_on"),
    ("ar", "ماسك سكينة بإيده وعم يهدد", "weapon", "holding_knife"),
    (
        "ar",
        "اخوي الصغير بالسيارة مع شباب كبار هلق",
        "forced_or_held",
        "child_in_car_with_older_men",
    ),
    ("ar", "لازم اجيب المسدس والا يقتلون امي", "threat_to_life", "will_kill_family"),
    ("fa", "۲۰ تا قرص خوردم", "self_harm", "took_many_pills_number"),
    ("fa", "20 ta ghors khordam", "self_harm", "took_many_pills_number"),
    ("fa", "دوباره قمه گرفته دستش", "weapon", "knife_in_hand_again"),
    ("fa", "قرصامو جلومه دیگه نمیتونم", "suicidal", "pills_in_front_of_me"),
    ("fa", "اگه بسته رو نبری مامانت", "forced_or_held", "first_job_or_family"),
    ("fa", "دخترم الان تو ماشین با مردای بزرگتره", "forced_or_held", "child_in_car_with_older_men"),
    ("fa", "pesaram ra ba zor burdan", "forced_or_held", "dari_latin_taken_by_force"),
    ("fa", "agar be polis bugi mikoshimet", "threat_to_life", "dari_latin_speak_and_kill"),
    ("fa", "یه مرد پشت سرمه از ایستگاه", "fear", "someone_behind_me_since"),
    ("so", "waxay dheheen caawa waan dileynaa", "threat_to_life", "tonight_we_kill"),
    ("so", "bastoolad ayay ii dhiibeen inaan qariyo", "weapon", "made_to_hold_gun"),
    ("so", "daawooyinka hortayda ayay yaalaan", "suicidal", "pills_in_front_of_me"),
    ("so", "bastooladda ayuu hadda sitaa", "weapon", "has_knife_again"),
    ("so", "waa la i iibiyey", "forced_or_held", "sold_me"),
    ("so", "gaariga hub ayaa ku jira", "weapon", "car_with_gun_in_it"),
    ("so", "nin ayaa i taabtay oo ii diiday inaan baxo", "violence_now", "touched_not_let_leave"),
    ("ti", "ጠበንጃ ሂቡኒ", "weapon", "handed_gun_to_hide"),
    ("ti", "ብረት ሂቦምኒ ክሓብኦ", "weapon", "gun_to_hide"),
    ("ti", "ኣይክእልን እየ ሎሚ ክውድኦ", "suicidal", "cant_end_it_tonight"),
    ("ti", "hawey bahri wesiduwo", "plea", "latin_water_took_him"),
    ("ti", "aGeymumni ab kifli", "forced_or_held", "latin_locked_me_in"),
    ("ti", "lomi ktmewit tsihifuley", "threat_to_life", "latin_you_will_die"),
    ("ti", "ትንፋሱ ተቛሪጹ", "plea", "breathing_abnormal"),
    ("ti", "yketluni eyom", "threat_to_life", "latin_kill_me"),
    ("fi", "ne antoi mulle pistoolin ja käski piilottaa sen kaappiin", "weapon", "weapon_present"),
    ("fi", "söin 20 tablettia", "self_harm", "took_many_pills_number"),
    ("fi", "tabletit on mun edessä valmiina", "suicidal", "pills_in_front_of_me"),
    ("fi", "isällä on nyt puukko", "weapon", "has_knife_again"),
    ("fi", "joku potkii ovea apua", "violence_now", "banging_door_now"),
    (
        "fi",
        "mun sisko on autossa isojen äijien kaa",
        "forced_or_held",
        "child_in_car_with_older_guys",
    ),
    ("fa", "یکی تهدیدم کرد", "threat_to_life", "threatens_me"),
    ("ti", "ደጊም ኣይክእልን እየ", "suicidal", "cant_any_more_alone"),
]

# Ordinary sentences sharing the words of the new entries
MUST_STAY_QUIET: list[tuple[str, str]] = [
    ("ar", "عطوني مسدس مية للعب"),
    ("ar", "اخدت ٢ حبة بنادول"),
    ("ar", "كيف امسك السكين صح؟"),
    ("ar", "ماسك السكين وعم يقطع البصل"),
    ("ar", "اخوي راح مع شباب كبار عالملعب"),
    ("ar", "انت مديون لي بعشرة"),
    ("ar", "ahli ma y5alluni atla3 ma3 s7abi"),
    ("ar", "الحبوب قدامي بس نسيت اخدها"),
    ("ar", "ما عم يتنفس منيح من انفه"),
    ("ar", "الدوا عندي بس ما بقدر اشتريه"),
    ("ar", "ما بدي اجيب سلاح ولا شي"),
    ("fa", "2 ta gors khordam baraye sardard"),
    ("fa", "قرصامو جلوم گذاشتم که یادم نره"),
    ("fa", "چاقو دستم برید"),
    ("fa", "مامانم چاقو دستش گرفته پیاز خرد میکنه"),
    ("fa", "اگه نری خونوادت ناراحت میشن"),
    ("fa", "برادرم با پسرای بزرگتر رفت فوتبال"),
    ("fa", "ba zor bordamesh madrese"),
    ("fa", "یکی پشت سرم حرف میزنه تو مدرسه"),
    ("fa", "پارسال یکی تو مدرسه تهدیدم کرد ولی الان حل شده"),
    ("fa", "این امتحان ریاضی منو میکشه 😩"),
    ("fa", "nigaran-e pesaram hastam, doostaye jadid dare, chi kar konam?"),
    ("fa", "تو مدرسه یه بچه پشت سرم میشینه"),
    ("so", "qalin ayay i siiyeen"),
    ("so", "kiniinka ayaan qaatay"),
    ("so", "baaskiil ayaan iibiyay"),
    ("so", "baabuur ayaan iibsaday"),
    ("so", "aabe wuu ii diidaya inaan baxo"),
    ("so", "imtixaankan ayaa i dilaya 😭😭"),
    ("so", "sanadkii hore ayaa la i hanjabay laakiin hadda waa dhammaaday"),
    ("so", "mindi noocee ah ayaa ugu fiican in hilibka lagu jaro"),
    ("so", "guud ahaan waxaan ka walwalsanahay wiilkayga, saaxiibo cusub ayuu leeyahay"),
    ("ti", "ብረት ሂቦምኒ"),
    ("ti", "ሎሚ ለይቲ ክውድኦ እየ"),
    ("ti", "ዝኽሪ የብለይን"),
    ("ti", "ezi fetena ykeTleni eyu 😭"),
    ("ti", "'recruited' እንታይ ማለት እዩ? መምህርና በሎ"),
    ("ti", "ብሓፈሻ ብዛዕባ ወደይ እሻቐል ኣለኹ፡ ሓደስቲ ኣዕሩኽ ኣለውዎ"),
    ("ti", "ኣብ ዜና ብዛዕባ ጉጅለታት ኣብ ስቶክሆልም ርእየ"),
    ("ti", "ንስጋ ንምቑራጽ ኣየናይ ካራ ይሓይሽ"),
    ("ti", "telefonay wesidomo"),
    ("ti", "ነዚ ሕቶ ክፈትሖ ኣይክእልን እየ"),
    ("fi", "otin 2 buranaa"),
    ("fi", "pillerit on pöydällä"),
    ("fi", "isällä on taas uus puukko kalastukseen"),
    ("fi", "naapuri hakkaa ovea koska musiikki"),
    ("fi", "siskoni on autossa vanhempien kaa"),
    ("fi", "äiti antoi mulle rahaa ja käski viedä paketin postiin"),
    ("fi", "tää koe tappaa mut 😭"),
    ("fi", "mikä puukko on paras kalastukseen"),
    ("fi", "mitä tarkottaa et joku värvätään? opettaja sano sen"),
    ("fi", "katoin uutisii ruotsin jengeistä, tosi pelottavaa"),
    ("fi", "kuuntelin true crime podcastii, onks totta et jengit värvää lapsii netissä"),
    ("fi", "otin 10 minuuttia taukoa"),
    ("fi", "isällä on nyt uus ase metsästysreissulle"),
    ("fi", "naapuri hakkaa nyt ovea"),
    ("fi", "pillerit on valmiina dosetissa mun edessä aamulla"),
    ("fi", "pillerit on mun edessä aamulla"),
]

# The round's ordinary lines that still fire, with the reason they are left: none
KNOWN_FALSE_ALARMS: set[str] = set()
ORDINARY_QUIET: list[tuple[str, str]] = [
    (lang, text)
    for lang in LANGUAGES
    for text in held_out("round15", lang, "ordinary")
    if text not in KNOWN_FALSE_ALARMS
]
MUST_FIRE = REPORTED + VARIANTS
REPORTED_PER_LANGUAGE = {"ar": 9, "fa": 7, "so": 7, "ti": 7, "fi": 6}


def test_every_reported_miss_is_listed() -> None:
    """The round 15 danger sets: all 36 messages of these languages that got no card are in
    REPORTED, and each is one of its language's danger messages."""
    for lang in LANGUAGES:
        reported = {text for text_lang, text, _, _ in REPORTED if text_lang == lang}
        assert len(reported) == REPORTED_PER_LANGUAGE[lang], lang
        assert reported <= set(held_out("round15", lang, "danger")), lang


def test_the_quiet_ordinary_lines_are_twenty_five() -> None:
    """Five ordinary lines per language, all quiet (the settled past threat of fa that fired
    before is vetoed)."""
    assert len(ORDINARY_QUIET) == 25


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in MUST_FIRE],
)
def test_round15_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET + ORDINARY_QUIET],
)
def test_round15_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round15_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET + ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)
