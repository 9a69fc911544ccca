"""Round 2 of the typed-topic red-team set (bench/data/topics/round2) for Arabic, Persian,
Somali, Tigrinya and Sorani: the indirect phrasings the lists missed or answered wrongly
before this round's fixes (data/topics/ar.toml, fa.toml, so.toml, ti.toml, ckb.toml),
variants of each phrasing family, and ordinary messages that share their words.

Every round-2 line of these languages is asserted through the call the bench makes
(``bench.topics.answer``): a topic line gets its topic, a ``none`` line no question. None is
left (``LEFT`` is empty): all 88 topic lines and 32 ``none`` lines of these languages are right.
Round 1 stays checked by tests/unit/test_topic_round1_ar_fa_so_ti_ckb.py.
"""

from __future__ import annotations

import pytest

from bench.topics import NONE, answer
from bot.core.taxonomy import Topic
from bot.core.topic_hints import TopicHints
from tests.unit.topic_checks import topic_lines

LANGUAGES = ("ar", "fa", "so", "ti", "ckb")

# Round-2 lines of these languages left unfixed (text → why): none.
LEFT: dict[str, str] = {}

R, D, W, F = (
    Topic.RECRUITMENT_PRESSURE,
    Topic.DEBT_OR_THREAT,
    Topic.WANTS_OUT,
    Topic.FAMILY_WORRY,
)

ROUND2_LINES = [item for item in topic_lines("round2", LANGUAGES) if item["text"] not in LEFT]


def test_every_language_has_its_round2_lines() -> None:
    assert {item["lang"] for item in ROUND2_LINES} == set(LANGUAGES)
    assert len(ROUND2_LINES) == 120


@pytest.mark.parametrize(
    "item", ROUND2_LINES, ids=[f"{i['lang']}-{i['topic']}-{n}" for n, i in enumerate(ROUND2_LINES)]
)
def test_round2_line_gets_its_topic(hints: TopicHints, item: dict[str, str]) -> None:
    assert answer(hints, item["text"]) == item["topic"]


def test_round2_none_lines_get_no_question(hints: TopicHints) -> None:
    plain = [item["text"] for item in ROUND2_LINES if item["topic"] == NONE]
    assert len(plain) == 32
    assert [text for text in plain if hints.topic_of(text) is not None] == []


# Variants of the phrasing families the new entries cover (free food then a favour, a quick job
# for money, keeping a bag without knowing what is in it, gifts then a delivery, "it wasn't a
# gift", threats over paying, "tired of this life", "without that phone", a sibling or
# grandchild with money and older friends, a son pulled into a gang): (list, topic, text).
VARIANTS: tuple[tuple[str, Topic, str], ...] = (
    ("ar", R, "واحد عرض علي ٥٠٠٠ كرون لمهمة سريعة"),
    ("ar", R, "شب بالانستا قال بعطيك ٣ الاف لشغله زغيره"),
    ("ar", R, "عادي احفظ كيس لصاحب اخوي وما بعرف شو فيه؟"),
    ("ar", R, "بدهم اخبي شنطه عندي وما بعرف شو جواتها"),
    ("ar", R, "الكبار بالحارة جابولي جزم وهلق بدهم اوصلهم اغراض"),
    ("ar", R, "wa7ed 3am ye3tini masari bas la ra2eb el share3"),
    ("ar", R, "عطوني موبايل وقالوا لازم ترد كل ما نرن"),
    ("ar", D, "يهددوني اذا ما بدفع بيأذوا امي"),
    ("ar", D, "قالوا الجاكيت مش هديه ولازم ادفع حقها"),
    ("ar", D, "ابن عمي عليه ديون وهلق بيطالبوني انا"),
    ("ar", D, "اخدوا تلفوني وقالوا بنرجعلك ياه لما تدفع"),
    ("ar", W, "والله زهقت من هالعيشه"),
    ("ar", W, "مليت من هالحياه"),
    ("ar", W, "بدي عيش عادي بدون هالموبايل"),
    ("ar", W, "اذا غيرت نمرتي وما رديت عليهم شو بيعملوا"),
    ("ar", W, "قلتلهم ما بدي بس بعدهم بيتصلوا"),
    ("ar", F, "بنتي عندها جوال تاني تخبيه"),
    ("ar", F, "اخي الصغير صار معه فلوس كتير وبيطلع مع شباب اكبر منه"),
    ("ar", F, "كيف اعرف اذا بنتي دخلت بعصابه"),
    ("ar", F, "لقيت بغرفة ابني كاش واكياس صغيره"),
    ("ar", F, "المدرسه اتصلت وقالت انه ما داوم من اسبوعين"),
    ("ar", F, "حفيدي بيطلع مع شباب اكبر منه"),
    ("fa", R, "یه یارو تو کبابی همیشه بهم غذای مفت میده الان میگه یه کاری واسم بکن"),
    ("fa", R, "یکی تو اینستا گفت ۵۰۰۰ کرون میده واسه یه کار کوچیک"),
    ("fa", R, "یکی گفت ۲۰۰۰ میدم برای یه کار فوری"),
    ("fa", R, "اگه کوله یکیو نگه دارم و ندونم توش چیه جرمه؟"),
    ("fa", R, "پسرای محل برام کفش خریدن حالا میگن باید این بسته رو ببری"),
    ("fa", D, "میگن اون گوشی هدیه نبوده و باید پولشو بدم"),
    ("fa", W, "از این زندگی خستم"),
    ("fa", W, "از این وضع خسته شدم دیگه"),
    ("fa", W, "میخوام زندگی عادی داشته باشم بدون این گوشی"),
    ("fa", W, "دوستم میخواد ازشون جدا بشه ولی میترسه"),
    ("fa", F, "داداش کوچیکم همیشه پول داره و با پسرای بزرگتر میگرده"),
    ("fa", F, "نوه‌ام یهو پول زیادی داره و با مردای بزرگتر میره"),
    ("fa", F, "یکی از شاگردام دو تا گوشی داره"),
    (
        "so",
        R,
        "nin maqaayad ka shaqeeya ayaa cunto bilaash ah i siiya hadda wuxuu yiri wax ii qabo",
    ),
    ("so", R, "qof instagram ah ayaa ii ballanqaaday 5000 kroon shaqo degdeg ah"),
    ("so", R, "ma dambi baa inaan boorso u hayo qof aanan aqoon waxa ku jira"),
    ("so", R, "raggii waaweynaa ayaa kabo ii iibiyay hadda waxay leeyihiin xirmadan geey"),
    ("so", D, "waxay yiraahdeen taleefankii hadiyad ma ahayn waa inaad lacagtiisa bixiso"),
    ("so", W, "sidee ayaan uga baxaa kooxdan anigoon dhibaato helin"),
    ("so", W, "aad baan uga daalay noloshan"),
    ("so", W, "walaalkay wuxuu rabaa inuu ka baxo kooxdaas laakiin wuu baqayaa"),
    ("so", F, "gabadhayda waxay haysataa taleefan labaad oo ay qariso"),
    ("so", F, "walaalkay 14 jir ah wuxuu la socdaa rag waaweyn lacag badan buu haystaa"),
    ("ti", R, "ሓደ ኣብ ቤት መግቢ ዝሰርሕ ብነጻ መግቢ ይህበኒ ሕጂ ውለታ ይደሊ"),
    ("ti", R, "ሓደ ኣብ ኢንስታ ንቀሊል ስራሕ 5000 ክሮነር ክህበኒ ኢሉ"),
    ("ti", R, "ከይፈለጥኩ እንታይ ኣብ ውሽጡ ከም ዘሎ ናይ ሰብ ቦርሳ ክሕዝ ገበን ድዩ"),
    ("ti", R, "ዓበይቲ ኣወዳት ጫማ ገዚኦምለይ ሕጂ እዚ ፓኬት ኣብጽሖ ይብሉኒ"),
    ("ti", D, "እንተዘይከፊልኩ ንኣደይ ክጎድእዋ ኢሎም ኣፈራሪሖምኒ"),
    ("ti", D, "እቲ ዝሃቡኒ ተሌፎን ህያብ ኣይኮነን ክትከፍል ኣለካ ይብሉኒ"),
    ("ti", W, "ካብዛ ህይወት እዚኣ ደኺመ"),
    ("ti", W, "ከመይ ጌሮም ካብዚ ጉጅለ ይወጹ"),
    ("ti", F, "ንእሽቶ ሓፍተይ ኩሉ ግዜ ገንዘብ ኣለዋ ምስ ዓበይቲ ኣወዳት ትውዕል"),
    ("ti", F, "ጓለይ ናብ ጉጅለ ተመልሚላ እንተኾይና ብኸመይ ክፈልጥ"),
    ("ckb", R, "پیاوێک لە کەبابخانەکە هەمیشە خواردنی خۆڕاییم دەداتێ و ئێستا دەڵێت کارێکم بۆ بکە"),
    ("ckb", R, "یەکێک لە ئینستا ٥٠٠٠ کرۆنی پێشنیار کرد بۆ کارێکی خێرا"),
    ("ckb", R, "ئایا قەدەغەیە پاکەتی کەسێک هەڵبگرم کە نازانم چی تێدایە"),
    ("ckb", R, "کوڕە گەورەکان پێڵاویان بۆ کڕیم ئێستا دەڵێن ئەم پاکەتە بگەیەنە"),
    ("ckb", D, "وتیان ئەو مۆبایلە دیاری نەبوو و دەبێت پارەکەی بدەم"),
    ("ckb", W, "بێزارم لەم ژیانە"),
    ("ckb", W, "ماندوو بووم لەو ژیانە"),
    ("ckb", W, "دەمەوێت ژیانێکی ئاسایی بژیم بەبێ ئەو مۆبایلە"),
    ("ckb", W, "خەڵک چۆن لە باندەکە دەردەچن بێ ئەوەی ئازار ببینن"),
    ("ckb", W, "برادەرەکەم دەیەوێت لێیان جیا بێتەوە بەڵام دەترسێت"),
    ("ckb", F, "نەوەکەم لەناکاو پارەیەکی زۆری پێیە و لەگەڵ کوڕی گەورەتر دەگەڕێت"),
    ("ckb", F, "چۆن بزانم کچەکەم چووەتە ناو باندێک"),
)


@pytest.mark.parametrize(("language", "topic", "text"), VARIANTS)
def test_variant_names_its_topic(hints: TopicHints, language: str, topic: Topic, text: str) -> None:
    match = hints.match_of(text)
    assert match is not None
    assert (match.language, match.category) == (language, topic.value)
    assert answer(hints, text) == topic.value


# Ordinary messages sharing the new entries' words (pocket money, a summer job, mum buying
# clothes, a gift bought oneself, tired of school, a phone company calling, a game debt, a city,
# the football team, a neighbour's key): (list whose words they use, text).
QUIET: tuple[tuple[str, str], ...] = (
    ("ar", "رح ننتقل على مدينة ثانية وما بدي اترك اصحابي"),
    ("ar", "واحد باللعبة يقول اني مديون له سكنات"),
    ("ar", "انا مديون لصاحبي سكنات هههه"),
    ("ar", "امي عرضت علي ١٠٠ كرون اذا رتبت غرفتي"),
    ("ar", "بدي شغلة سريعة بالصيف"),
    ("ar", "في شغل صيفي بالمحل سريع؟"),
    ("ar", "لقيت شغله صغيره بالمطعم"),
    ("ar", "امي عطتني تلفون جديد وقالت لازم ترد لما اتصل"),
    ("ar", "بابا جابلي موبايل وقال رد لما اتصل"),
    ("ar", "ابني اخذ تلفون جديد هدية عيد ميلاده"),
    ("ar", "بدي اخبي هدية عيد ميلاد امي بغرفتي"),
    ("ar", "ما بعرف شو فيها الشنطه بس لونها حلو"),
    ("ar", "اعطوني ملابس العيد"),
    ("ar", "هددوني بالمدرسة اذا ما دفعت رسوم الرحله ما بروح"),
    ("ar", "الاستاذ هددنا اذا ما سلمنا الواجب"),
    ("ar", "هاي هديه لماما مش الي لازم ادفع حقها انا واخوي"),
    ("ar", "بابا عليه دين للبنك"),
    ("ar", "اخذوا السياره عالتصليح وقالوا بترجعلك بكرا لما تدفع"),
    ("ar", "تعبت من المدرسة والواجبات"),
    ("ar", "تعبت من الشغل اليوم"),
    ("ar", "الحياه حلوه والله"),
    ("ar", "بدي ارجع طبيعي بعد العمليه"),
    ("ar", "غيرت رقمي لانه انسرق تلفوني"),
    ("ar", "قلتلهم خلص ما بدي بيتزا"),
    ("ar", "قلت لماما خلص بس هي ضلت تتصل"),
    ("ar", "ابني بده تلفون ثاني لانه هاد خربان"),
    ("ar", "اخوي الصغير عمره ١٣ وبيحب الكورة"),
    ("ar", "اخوي الصغير بيصرف كل فلوسه على الالعاب"),
    ("ar", "ابني بيحب افلام العصابات"),
    ("ar", "لقيت فلوس بالشارع"),
    ("ar", "المدرسة اتصلت انه ابني مريض"),
    ("ar", "جاري بدو اهتم بقطته وامسك مفتاح بيته وهو مسافر وبيدفعلي"),
    ("ar", "خالتي بتعطيني ٢٠٠ كرون اذا ضليت مع ولادها"),
    ("ar", "انا واخوي الصغير رحنا مع الشباب الكبار على الملعب وصرفنا فلوس"),
    ("ar", "قلتلهم خلص ما بدي الاشتراك بس ضلوا يتصلوا"),
    ("ar", "لقيت كيس فلوس بغرفة ابني من حصالته"),
    ("ar", "بدي احط الكيس بالسياره وما بعرف شو فيه"),
    ("ar", "عرضوا علي شغل بالمحل سريع بالصيف"),
    ("ar", "بابا عطاني تلفون وقال لازم ترد لما اتصل"),
    ("ar", "غيرت رقمي وما عم رد على حدا"),
    ("ar", "غيرت رقمي وبعتته لاصحابي"),
    ("ar", "زهقت من هالشغله بالمدرسه"),
    ("ar", "هاي مش هديه انا اشتريتها بفلوسي"),
    ("ar", "اخذوا الكتاب من المكتبه وقالوا ترجع لما ترجعه"),
    ("ar", "الحياه بدون هالتلفون احلى"),
    ("ar", "هددوني انهم رح يقولوا للاستاذ"),
    ("fa", "مامانم گفت اگه اتاقمو تمیز کنم ۱۰۰ کرون بهم میده"),
    ("fa", "همسایه‌مون بهم پول میده که وقتی مسافرته به گربه‌ش برسم و کلیدشو نگه دارم"),
    ("fa", "دنبال یه کار تابستونی سریع هستم"),
    ("fa", "بابام گفت اگه ماشینو بشورم ۲۰۰ کرون میده کار سریعیه"),
    ("fa", "یه کار پاره وقت سریع پیدا کردم"),
    ("fa", "کیفمو تو کمد نگه دارم؟ نمیدونم توش جا داره"),
    ("fa", "مامانم برام لباس خرید و گفت این بسته رو به خاله برسون"),
    ("fa", "این گل هدیه نبود خودم پولشو دادم"),
    ("fa", "از مدرسه و تکلیف خسته شدم"),
    ("fa", "از این زندگی خیلی راضیم"),
    ("fa", "میخوام فوتبالو ول کنم مربی خیلی رو مخه"),
    ("fa", "بعد از عمل میخوام برگردم به زندگی عادی"),
    ("fa", "بدون گوشی زندگی عادی سخته"),
    ("fa", "داداش کوچیکم ۱۰ سالشه و پول توجیبی میگیره"),
    ("fa", "برادر کوچیکم با پسرای بزرگتر فوتبال بازی میکنه"),
    ("fa", "شاگردام همه گوشی دارن"),
    ("fa", "یکی از شاگردام دو تا کتاب جا گذاشته"),
    ("fa", "غذای مجانی تو مدرسه حالا خیلی خوبه"),
    ("fa", "۵۰ کرون به دوستم بدهکارم بابت ناهار هههه سوئیش میکنم"),
    ("fa", "داریم اسباب کشی میکنیم یه شهر دیگه و نمیخوام دوستامو ول کنم"),
    ("fa", "این کادو نبود، خودم خریدمش باید پولشو بدم به بابام"),
    ("fa", "میخوام برگردم به زندگی عادی بدون گوشی یه هفته"),
    ("so", "hooyaday waxay ii ballan qaaday 100 kroon haddaan qolkayga nadiifiyo"),
    ("so", "waxaan raadinayaa shaqo xagaaga oo degdeg ah"),
    ("so", "shaqo yar oo fudud ayaan helay dukaanka adeerkay"),
    ("so", "boorsadayda ma hayo, ma garanayo halka ay ku jirto"),
    ("so", "hooyo waxay ii iibisay dhar waxayna tiri xirmadan u geey ayeeyo"),
    ("so", "hadiyad ma ahayn, anigaa iibsaday"),
    ("so", "waan ka daalay dugsiga iyo casharada guriga"),
    ("so", "nolosha halkan waa fiican tahay"),
    ("so", "sidee looga baxaa magaalada baska"),
    ("so", "saaxiibkay wuxuu rabaa inuu ka tago kooxda kubadda laakiin wuu baqayaa tababaraha"),
    ("so", "walaalkay yar wuxuu jecel yahay kubbadda"),
    ("so", "aabbahay 40 jir ah wuxuu la shaqeeyaa rag badan lacag buu haystaa"),
    ("so", "wiilkayga telefoon cusub ayaa loo siiyay dhalashadiisa"),
    (
        "so",
        "deriskayaga ayaa lacag ii siiya si aan bisadiisa u ilaaliyo oo furihiisa u hayo markuu safar yahay",
    ),
    ("so", "saaxiibkay 50 kroon buu igu leeyahay qadada darteed haha swish ayaan u dirayaa"),
    ("so", "cunto bilaash ah ayaa dugsiga laga bixiyaa hadda"),
    ("so", "hooyo waxay i siisay dhar waxayna tiri xirmadan u geey ayeeyo"),
    ("so", "aabbahay wuxuu la socdaa rag 40 jir ah"),
    ("ti", "ኣደይ ክፍለይ እንተኣጽሪየ 100 ክሮነር ክህበኒ ኢላ"),
    ("ti", "ጎረቤትና ክጓዓዝ ከሎ ድሙ ክከናኸነሉን መፍትሕ ክሕዘሉን ገንዘብ ይህበኒ"),
    ("ti", "ንዓርከይ ናይ ምሳሕ 50 ክሮነር ዕዳ ኣለኒ ሃሃ ብስዊሽ ክሰደሉ"),
    ("ti", "ቀሊል ስራሕ ናይ ሓጋይ እደሊ"),
    ("ti", "ቅልጡፍ ስራሕ ረኺበ ኣብ ድኳን"),
    ("ti", "ቦርሳይ ኣብ ውሽጡ እንታይ ከም ዘሎ ኣይፈልጥን"),
    ("ti", "ኣደይ ክዳን ገዚኣትለይ"),
    ("ti", "እዚ ህያብ ኣይኮነን ባዕለይ ገዚአዮ"),
    ("ti", "ካብ ቤት ትምህርትን ዕዮ ገዛን ደኺመ"),
    ("ti", "ህይወት ጽቡቕ እዩ"),
    ("ti", "ሎሚ ብዙሕ ደኺመ"),
    ("ti", "ብነጻ መግቢ ኣብ ቤት ትምህርቲ ሕጂ ይወሃብ"),
    ("ti", "ንእሽቶ ሓወይ ኩዕሶ ይጻወት"),
    ("ti", "ንእሽቶ ሓወይ 10 ዓመቱ ገንዘብ ኪሲ ረኺቡ"),
    ("ti", "ሰባት ካብዚ ገዛ ይወጹ"),
    ("ti", "ኩዕሶ እግሪ ከቋርጽ እደሊ እቲ ኣሰልጣኒ የሕርቐኒ"),
    ("ti", "ናብ ካልእ ከተማ ክንግዕዝ ኢና ካብ ኣዕሩኽተይ ክፍለ ኣይደልን"),
    ("ckb", "دایکم وتی ئەگەر ژوورەکەم پاک بکەمەوە ١٠٠ کرۆنم دەداتێ"),
    ("ckb", "دراوسێکەمان پارەم دەداتێ بۆ ئاگاداری پشیلەکەی و هەڵگرتنی کلیلەکەی کاتێک گەشت دەکات"),
    ("ckb", "دەمەوێت کارێکی خێرا بدۆزمەوە بۆ هاوین"),
    ("ckb", "کاری هاوینەم دۆزییەوە کارێکی خێرایە"),
    ("ckb", "نازانم چی تێدایە لە جانتاکەم"),
    ("ckb", "دایکم جلی بۆ کڕیم و وتی ئەم پاکەتە بگەیەنە بە نەنکت"),
    ("ckb", "ئەمە دیاری نییە خۆم کڕیم"),
    ("ckb", "ماندوو بووم لە قوتابخانە و ئەرکی ماڵەوە"),
    ("ckb", "ژیان خۆشە"),
    ("ckb", "چۆن لە شارەکە دەردەچن بە پاس"),
    ("ckb", "دەمەوێت واز لە تۆپی پێ بهێنم ڕاهێنەرەکە زۆر بێزارکەرە"),
    ("ckb", "ژیانی ئاسایی بەبێ مۆبایل سەختە"),
    ("ckb", "برا بچووکەکەم پارەی گیرفانی پێیە"),
    ("ckb", "براکەم ١٦ ساڵە و کار دەکات و پارەی هەیە"),
    ("ckb", "کوڕەکەم حەزی لە فیلمی باند هەیە"),
    ("ckb", "خواردنی بێ پارە لە قوتابخانە ئێستا هەیە"),
    ("ckb", "٥٠ کرۆن قەرزاری هاوڕێکەمم بۆ نانی نیوەڕۆ هەهە سویشی بۆ دەکەم"),
    ("ckb", "کوڕەکەم بۆ ڕۆژی لەدایکبوونی مۆبایلێکی نوێی وەرگرت"),
    ("ckb", "ماڵمان دەگوازینەوە بۆ شارێکی تر و نامەوێت هاوڕێکانم جێبهێڵم"),
    ("ckb", "هاوڕێکەم دەیەوێت لە تیمەکە جیا بێتەوە بەڵام دەترسێت ڕاهێنەر تووڕە بێت"),
    ("ckb", "دایکم جلی بۆ کڕیم و وتی ئەم پاکەتە بگەیەنە بە نەنکت"),
)


@pytest.mark.parametrize(("language", "text"), QUIET)
def test_ordinary_message_gets_no_question(hints: TopicHints, language: str, text: str) -> None:
    assert answer(hints, text) == NONE, language
