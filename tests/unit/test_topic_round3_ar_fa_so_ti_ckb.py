"""Round 3 of the typed-topic red-team set (bench/data/topics/round3) for Arabic, Persian,
Somali, Tigrinya and Sorani: stories told by a young person, a sibling or an adult who works with
young people (a lookout paid to watch for the police, a parcel sent to one's address for game
skins, food and then a favour, photos held over someone, goods taken and the giver wanting them
paid, a car following since "no", wanting out after a year, telling social services, a blocked
number; a youth worker, a coach, an uncle and a sister worried) that the lists missed or answered
wrongly before this round's fixes (data/topics/ar.toml, fa.toml, so.toml, ti.toml, ckb.toml), and
the ordinary messages they questioned (a choir, a borrowed ticket, a lost bet), variants of each
phrasing family, and ordinary messages that share their words.

Every round-3 line of these languages is asserted through the call the bench makes
(``bench.topics.answer``): a topic line gets its topic, a ``none`` line no question. None is
left (``LEFT`` is empty): all 100 topic lines and 40 ``none`` lines of these languages are right.
Rounds 1 and 2 stay checked by tests/unit/test_topic_round1_ar_fa_so_ti_ckb.py and
tests/unit/test_topic_round2_ar_fa_so_ti_ckb.py.
"""

from __future__ import annotations

import pytest

from bench.topics import NONE, answer
from bot.core.taxonomy import Topic
from bot.core.topic_hints import TopicHints
from tests.unit.topic_checks import topic_lines

LANGUAGES = ("ar", "fa", "so", "ti", "ckb")

# Round-3 lines of these languages left unfixed (text → why): none.
LEFT: dict[str, str] = {}

R, D, W, F = (
    Topic.RECRUITMENT_PRESSURE,
    Topic.DEBT_OR_THREAT,
    Topic.WANTS_OUT,
    Topic.FAMILY_WORRY,
)

ROUND3_LINES = [item for item in topic_lines("round3", LANGUAGES) if item["text"] not in LEFT]


def test_every_language_has_its_round3_lines() -> None:
    assert {item["lang"] for item in ROUND3_LINES} == set(LANGUAGES)
    assert len(ROUND3_LINES) == 140


@pytest.mark.parametrize(
    "item", ROUND3_LINES, ids=[f"{i['lang']}-{i['topic']}-{n}" for n, i in enumerate(ROUND3_LINES)]
)
def test_round3_line_gets_its_topic(hints: TopicHints, item: dict[str, str]) -> None:
    assert answer(hints, item["text"]) == item["topic"]


def test_round3_none_lines_get_no_question(hints: TopicHints) -> None:
    plain = [item["text"] for item in ROUND3_LINES if item["topic"] == NONE]
    assert len(plain) == 40
    assert [text for text in plain if hints.topic_of(text) is not None] == []


# Variants of the phrasing families the new entries cover (paid to watch for the police, a
# parcel to one's address for skins or pay, food and then a favour, a friend's bag hidden
# unknowingly, a bank card lent for money, photos or videos held over someone, goods taken and
# the giver wanting them paid, followed since saying no, a year with them and tired, telling the
# police or social services what one did, selling or carrying and wanting to stop, a changed
# number and blocked contacts, a boy who stopped coming and is with older men, a much older
# boyfriend with expensive gifts, a player or pupil absent with cash, new words and money):
# (list, topic, text).
VARIANTS: tuple[tuple[str, Topic, str], ...] = (
    ("ar", R, "الكبار بيدفعوا ٥٠٠ كرون اذا وقفت براس الشارع وراقبت الشرطة"),
    ("ar", R, "الشباب بيعطوك ٣٠٠ بس تراقب اذا اجت الدوريه"),
    ("ar", R, "واحد بروبلوكس عرض علي روبوكس اذا استلمت طرد على عنواني"),
    ("ar", R, "بدو يبعت بضاعه على عنواني مقابل ٢٠٠ كرون"),
    ("ar", R, "اخوي خبى كيس لصاحبه بالبيت وما بيعرف شو فيه"),
    ("ar", D, "عندو صوري وبيهددني ينشرها اذا ما عملت اللي بقلي ياه"),
    ("ar", D, "معه فيديوهات الي وعم يبتزني ينشرها"),
    ("ar", D, "انسرق الكيس والشب اللي عطاني ياه بيقول لازم تدفع ثمنه"),
    ("ar", D, "ضاعت الشنطه واللي سلموني ياها بدهم تدفع حقها"),
    ("ar", D, "اخوي عليه دين وصاروا يتصلوا فيني انا"),
    ("ar", D, "من يوم ما رفضت في سياره بتلاحقني بعد المدرسه"),
    ("ar", W, "صرلي سنتين معهم وزهقت خلص بدي انسحب"),
    ("ar", W, "اذا قلت للشرطه كل شي عملته بيحبسوني؟"),
    ("ar", W, "صاحبي كان عم يبيع وبدو يبطل، بيروح عالشرطه ولا بيتورط؟"),
    ("ar", W, "غيرت نمرتي وعملت بلوك للكل بس ما بعرف اذا تخلصت منهم"),
    ("ar", F, "ابنتي فجأة صار عندها جزمه غاليه وما بتقلي من وين"),
    ("ar", F, "انا بشتغل بالمدرسه وفي طالب بطل يجي وصار مع شباب اكبر منه"),
    ("ar", F, "بنت خالتي عمرها ١٥ وعندها صاحب عمره ٢٥ بيشتريلها هدايا غاليه"),
    ("ar", F, "انا مدرب وواحد من طلابي بيغيب كتير ودايما معه فلوس"),
    ("ar", F, "لاحظت ابن اختي صار يحكي بكلمات غريبه ومعه فلوس كتير"),
    ("fa", R, "یکی تو تلگرام گفت کارت بانکیتو بهم قرض بده ماهی هزار کرون میدم"),
    ("fa", R, "بچه های محل منو مهمون کردن الان میگن یه خدمتی بکن"),
    ("fa", D, "فیلممو داره تهدیدم میکنه اگه کاری که میگه نکنم پخشش میکنه"),
    ("fa", D, "کیفو ازم دزدیدن حالا اونی که داده بود میگه پولشو باید بدی"),
    ("fa", D, "از وقتی قبول نکردم یه ماشین همش دنبالمه"),
    ("fa", W, "دو ساله باهاشونم خسته شدم میخوام بکشم کنار"),
    ("fa", W, "اگه به پلیس بگم چیکار کردم دستگیرم میکنن؟"),
    ("fa", W, "یکی یه مدت مواد میفروخته و میخواد بکشه کنار"),
    ("fa", W, "خطمو عوض کردم همه رو بلاک کردم ولی نمیدونم خلاص شدم یا نه"),
    ("fa", F, "مربی بسکتبالم یکی از شاگردام نمیاد تمرین و همیشه پول زیاد داره"),
    ("fa", F, "خواهرزادم ۱۵ سالشه یه دوست پسر ۲۵ ساله داره که براش کادو گرون میخره"),
    ("fa", F, "یه پسری تو باشگاه دیگه نمیاد و همش با مردای بزرگتر میگرده"),
    ("fa", F, "پسرم با بزرگترا آشنا شده همش بیرونه و پول زیاد داره"),
    ("so", R, "raggii waaweynaa waxay bixiyaan 500 kroon haddii aad booliska ilaaliso"),
    ("so", R, "nin ayaa yiri skins baan ku siinayaa haddii aad xirmo cinwaankaaga ku qaadato"),
    ("so", R, "wiilasha xaafadda cunto ayay ii iibiyeen hadda waxay leeyihiin naga caawi"),
    ("so", D, "alaabtii waan lumiyay hadda waxay leeyihiin waa inaad bixiso"),
    ("so", D, "walaalkay dad baa lacag ku leh hadda aniga ayay i wacaan"),
    ("so", D, "sawiradayda ayuu hayaa wuxuu igu hanjabay inuu faafiyo"),
    ("so", D, "xirmadii waa la iga xaday, ninkii i siiyay wuxuu leeyahay adigaa bixinaya"),
    ("so", D, "markaan diiday baabuur ayaa iga daba socda maalin kasta"),
    ("so", W, "laba sanad baan la socday hadda waan daalay waxaan rabaa inaan ka baxo"),
    ("so", W, "haddii aan booliska u sheego wixii aan sameeyay xabsi ma la i dhigayaa"),
    ("so", W, "qof daroogo iibinayay oo joojin rabo booliska ma u tagi karaa"),
    ("so", W, "waan block gareeyay dhammaan laakiin dhab ahaan ma xor baan ahay"),
    ("so", F, "ardaydayda mid ka mid ah iskuulka ma yimaado lacag badan buu haystaa"),
    ("so", F, "gabadhayda 15 jir waxay leedahay saaxiib 25 jir ah oo hadiyado qaali ah u iibiya"),
    ("so", F, "wiil ayaa joojiyay imaanshaha kooxda hadda wuxuu la socdaa rag waaweyn"),
    ("so", F, "wiilkayga wuxuu bilaabay inuu ku hadlo erayo cusub lacag badanna wuu haystaa"),
    ("ti", R, "ዓበይቲ ኣወዳት ፖሊስ እንተ መጺኡ ክትሕብር 500 ክሮነር ይህቡ ኢሎም"),
    ("ti", R, "ሓደ ሰብ ፓኬት ብኣድራሻይ እንተ ተቐቢለ ስኪን ክህበኒ ኢሉ"),
    ("ti", R, "ዓበይቲ ኩሉ ግዜ መግቢ ይገዝኡለይ ሕጂ ውለታ ይደልዩ"),
    ("ti", R, "ናይ ዓርከይ ፓኬት ሓቢአ እንታይ ከም ዘሎ ከይፈለጥኩ"),
    ("ti", D, "ቪድዮ ኣለዎ ክዝርግሖ እየ ኢሉ የፈራርሓኒ"),
    ("ti", D, "ፓኬት ጠፊኡ ሕጂ ክትከፍሎ ኢኻ ይብሉኒ"),
    ("ti", D, "ኣይፋል ካብ ዝበልክዎም መኪና ኩሉ ግዜ ትስዕበኒ"),
    ("ti", W, "ንፖሊስ ዝገበርኩ እንተ ነጊረ ክኣስሩኒ ድዮም"),
    ("ti", W, "ሓደ ሰብ ንገለ ግዜ ሸይጡ ሕጂ ከቋርጽ ይደሊ ፖሊስ ይሕግዞ ድዩ"),
    ("ti", W, "ቁጽረይ ቀይረ ብሎክ ገይረዮም ሕጂ ሓራ ድየ"),
    ("ti", F, "ሓደ ካብ ተማሃራየ ኣይመጽእን ኩሉ ግዜ ገንዘብ ሒዙ ይኸይድ"),
    ("ti", F, "ጓለይ 15 ዓመታ እያ 25 ዓመቱ ፈታዊ ኣለዋ ህያብ ይገዝኣላ"),
    ("ti", F, "ሓደ ወዲ ናብ ክለብ ምምጻእ ኣቋሪጹ ሕጂ ምስ ዓበይቲ ይውዕል"),
    ("ti", F, "ወደይ ሓደስቲ ቃላት ክጥቀም ጀሚሩ ብዙሕ ገንዘብ ኣለዎ"),
    ("ckb", R, "یەکێک وتی سکین دەدەم ئەگەر پاکەتێک بە ناونیشانەکەت وەربگریت"),
    ("ckb", R, "کوڕە گەورەکان هەمیشە خواردنم بۆ دەکڕن ئێستا دەڵێن چاکەیەکمان بۆ بکە"),
    ("ckb", R, "ئەگەر جانتای هاوڕێکەم بشارمەوە و نەزانم چی تێدایە"),
    ("ckb", D, "ڤیدیۆکەم لایە و هەڕەشە دەکات بڵاوی دەکاتەوە"),
    ("ckb", D, "پاکەتەکەیان لێ دزرا، ئەوەی پێی دابووم دەڵێت پارەکەی تۆ دەیدەیت"),
    ("ckb", D, "لەوەتەی ڕەتم کردەوە ئۆتۆمبێلێک هەموو ڕۆژێک بەدوامدا دێت"),
    ("ckb", W, "ئەگەر بە پۆلیس بڵێم چیم کردووە دەمخەنە زیندانەوە؟"),
    ("ckb", W, "دەمەوێت لە باندەکە دەربچم بەڵام دەترسم تۆڵەم لێ بکەنەوە"),
    ("ckb", W, "ماوەیەک شتی فرۆشتووە و دەیەوێت واز بهێنێت، پۆلیس یارمەتی دەدات؟"),
    ("ckb", W, "ژمارەکەم گۆڕی و بلۆکم کردن، ئێستا ئازادم؟"),
    ("ckb", F, "کوڕێک لە یانەکە نایەت و هەمیشە لەگەڵ پیاوی گەورەتر دەگەڕێت"),
    ("ckb", F, "کچەکەم ١٥ ساڵە و دۆستێکی ٢٥ ساڵەی هەیە دیاری گران بۆ دەکڕێت"),
    ("ckb", F, "یەکێک لە قوتابیەکانم نایەت و هەمیشە پارەی زۆری پێیە"),
    ("ckb", F, "کوڕەکەم دەستی کردووە بە قسەکردن بە وشەی نامۆ و پارەی زۆری پێیە"),
    ("so", W, "sanad baan la joogay, waan daalay, waxaan doonayaa inaan ka tago"),
    ("ar", W, "صرلي سنه معهم تعبت خلص بدي اطلع منها"),
    ("fa", F, "داداش کوچیکم با یه عده بزرگتر آشنا شده همش بیرونه و پول زیاد داره"),
)


@pytest.mark.parametrize(("language", "topic", "text"), VARIANTS)
def test_variant_names_its_topic(hints: TopicHints, language: str, topic: Topic, text: str) -> None:
    match = hints.match_of(text)
    assert match is not None
    assert (match.language, match.category) == (language, topic.value)
    assert answer(hints, text) == topic.value


# Ordinary messages sharing the new entries' words (a fine from the police, a parcel one ordered,
# a parent who buys food, posting one's own photos, a phone a father gave, a bank's calls, "come
# after me", tired after going out with friends, a helmet question, a removed photo, a brother
# grown too old for the club, a friend's father buying him shoes, a pupil without bus money, new
# words learned at school, a choir or music club, a pizza or burger owed, borrowing money):
# (list whose words they use, text).
QUIET: tuple[tuple[str, str], ...] = (
    ("ar", "الشرطة كانت عم تراقب الشارع امبارح ودفعت ٥٠٠ كرون مخالفة"),
    ("ar", "طلبت اغراض من امازون على عنواني ووصلت اليوم"),
    ("ar", "ابعتلي عنوانك لابعتلك الطرد"),
    ("ar", "صوري من العرس بنشرها بكرا اذا بتحبي"),
    ("ar", "ضاع تلفوني اللي عطاني ياه ابوي وقال لازم ادفع حقه"),
    ("ar", "بابا عليه ديون وصاروا يتصلوا من البنك"),
    ("ar", "قلتلهم يلحقوني عالمطعم بالسياره"),
    ("ar", "تعبت من اللعب معهم خلص بدي اطلع عالبيت"),
    ("ar", "الشرطه حطت الحرامي بالسجن وانا عملت بلاغ"),
    ("ar", "بدي اطلع ابيع اغراض بالسوق، لازم اذن من الشرطه؟"),
    ("ar", "حذفت الصور وخلصت منهم"),
    ("ar", "اخوي بطل يجي عالنادي لانه صار اكبر"),
    ("ar", "صاحبي عمره ١٥ وابوه بيجبله اغراض غاليه"),
    ("ar", "في طالب غايب اليوم لانه ما معه فلوس للباص"),
    ("ar", "تعلمت كلمات جديده بالانجليزي عن الفلوس"),
    ("fa", "حساب بانکی باز کردم ماهی ۲ هزار کرون حقوق میگیرم"),
    ("fa", "پسرا لطف کردن برام غذا آوردن"),
    ("fa", "عکسامو پخش نکنم؟ خیلی بد افتادم"),
    ("fa", "دیروز باهاشون رفتیم بیرون خیلی خسته شدم"),
    ("fa", "اگه بدون کلاه دوچرخه سواری کنم پلیس میگیرنم؟"),
    ("fa", "شماره رو بلاک کردم راحت شدم از تبلیغا"),
    ("fa", "مامانم نمیاد، با ماشین بزرگتر میریم"),
    ("fa", "دوستم ۱۵ سالشه باباش براش کفش گرون میخره"),
    ("fa", "یکی از شاگردام امروز نیومده چون پول بلیط نداشت"),
    ("fa", "از گروه کر میخوام بیام بیرون"),
    ("so", "booliska ayaa i joojiyay oo 500 kroon ganaax ah i siiyay"),
    ("so", "xirmo ayaan dalbaday cinwaankayga 300 kroon"),
    ("so", "aabbahay cunto ayuu ii iibiyaa hadda waxaan ka caawiyaa guriga"),
    ("so", "sawiradayda waan faafin doonaa haddii ay fiican yihiin"),
    ("so", "maya, walaalkay ayaa iga daba imanaya"),
    ("so", "waan daalay, waxaan la joogay saaxiibaday, waxaan rabaa inaan guriga tago"),
    ("so", "tababaraha ayaa joojiyay tababarka, dad badan oo waaweyn ayaa yimid"),
    ("so", "saaxiibkay 15 jir ah aabihiis ayaa kabo qaali ah u iibiya"),
    ("so", "waxaan bartay erayo cusub oo ku saabsan lacagta"),
    ("so", "waxaan rabaa inaan ka tago kooxda muusikada"),
    ("ti", "ፖሊስ ደው ኣቢሉኒ 500 ክሮነር ቀጺዑኒ"),
    ("ti", "ንፖሊስ ክሕብር ኣለኒ 100 ክሮነር ተሰሪቑኒ"),
    ("ti", "ፓኬት ብኣድራሻይ ኣዚዘ 300 ክሮነር ከፊለ"),
    ("ti", "ኣደይ መግቢ ትገዝኣለይ ሓገዝ ግበረለይ ትብለኒ"),
    ("ti", "ኣይፋል ሓወይ ይስዕበኒ ኣሎ"),
    ("ti", "ሓደስቲ ቃላት ብዛዕባ ገንዘብ ተማሂረ"),
    ("ti", "ንዓርከይ በርገር ዕዳ ኣለኒ ሃሃ"),
    ("ti", "ሓደ ካብ ተማሃራየ ሎሚ ኣይመጽእን ገንዘብ ኣውቶቡስ ስለ ዘይብሉ"),
    ("ti", "ካብ ክለብ ሙዚቃ ክወጽእ እደሊ"),
    ("ckb", "پاکێتێکم بۆ ناونیشانەکەم داوا کرد بە ٣٠٠ کرۆن"),
    ("ckb", "دایکم خواردنم بۆ دەکڕێت و دەڵێت چاکە بکە"),
    ("ckb", "وێنەکانم بڵاو دەکەمەوە ئەگەر جوان بن"),
    ("ckb", "پێم وتن بەدوامدا وەرن"),
    ("ckb", "ئەگەر بەبێ کڵاو پاسکیل لێبخوڕم پۆلیس دەمگرێت؟"),
    ("ckb", "دۆستەکەم ١٥ ساڵە باوکی شتی گرانی بۆ دەکڕێت"),
    ("ckb", "یەکێک لە قوتابیەکانم ئەمڕۆ نایەت چونکە پارەی پاسی نییە"),
    ("ckb", "وشەی نوێ دەربارەی پارە فێربووم"),
    ("ckb", "پیتزایەکم قەرزاری براکەمە هەهە"),
    ("ckb", "دەتوانم پارە لە هاوڕێکەم قەرز بکەم؟"),
    ("so", "walaalkay lacag badan buu leh, aniga waxba ma lihi"),
    ("so", "sanad shaqada baan la joogay, waan daalay, waxaan doonayaa inaan ka tago"),
    ("fa", "همیشه با خواهر بزرگترم میریم بیرون و پول توجیبی میگیرم"),
    ("ar", "صرلي سنه معهم بالمدرسه تعبت خلص بدي اطلع منها"),
    ("ar", "اخي عليه دين للجامعه وصاروا يبعتوله رسايل"),
    ("so", "aabbahay wuxuu i siiyay baaskiil, waa la xaday, wuxuu yiri adigaa bixin doona"),
    ("ckb", "ئەو پاسکیلەی باوکم پێی دابووم دزرا، باوکم دەڵێت پارەکەی تۆ دەیدەیت"),
    ("fa", "کیفی که مامانم بهم داده بود گم شد، مامانم میگه پولشو خودت باید بدی"),
    ("ar", "عمره ٢٠ وصاحبها بيجبلها هدايا غاليه بعيد الحب"),
    ("fa", "دوست پسرش ۲۵ سالشه براش هدیه گرون میخره"),
    ("fa", "کارت بانکیتو بده ببینم ماهی چقدر خرج میکنی"),
    ("so", "saaxiibkeed 25 jir ah ayaa hadiyado qaali ah u iibiya"),
    ("ti", "ፈታዊኣ 25 ዓመቱ እዩ ክቡር ህያብ ይገዝኣላ"),
    ("ckb", "دۆستەکەی ٢٥ ساڵە و دیاری گرانی بۆ دەکڕێت"),
)


@pytest.mark.parametrize(("language", "text"), QUIET)
def test_ordinary_message_gets_no_question(hints: TopicHints, language: str, text: str) -> None:
    assert answer(hints, text) == NONE, language
