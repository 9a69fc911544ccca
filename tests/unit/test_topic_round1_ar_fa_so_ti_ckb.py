"""Round 1 of the typed-topic red-team set (bench/data/topics/round1) for Arabic, Persian,
Somali, Tigrinya and Sorani: the lines the lists missed or answered wrongly before this round's
fixes (data/topics/ar.toml, fa.toml, so.toml, ti.toml, ckb.toml), variants of each phrasing
family, and ordinary messages that share their words.

Every round-1 line of these languages is asserted through the call the bench makes
(``bench.topics.answer``): a topic line gets its topic, a ``none`` line no question. None is
left (``LEFT`` is empty): all 88 topic lines and 32 ``none`` lines of these languages are right.
"""

from __future__ import annotations

import pytest

from bench.topics import NONE, answer
from bot.core.taxonomy import Topic
from bot.core.topic_hints import TopicHints
from tests.unit.topic_checks import topic_lines

LANGUAGES = ("ar", "fa", "so", "ti", "ckb")

# Round-1 lines of these languages left unfixed, with why: none.
LEFT: dict[str, str] = {}

R, D, W, F = (
    Topic.RECRUITMENT_PRESSURE,
    Topic.DEBT_OR_THREAT,
    Topic.WANTS_OUT,
    Topic.FAMILY_WORRY,
)

ROUND1_LINES = [item for item in topic_lines("round1", LANGUAGES) if item["text"] not in LEFT]


def test_every_language_has_its_round1_lines() -> None:
    assert {item["lang"] for item in ROUND1_LINES} == set(LANGUAGES)
    assert len(ROUND1_LINES) == 120


@pytest.mark.parametrize(
    "item", ROUND1_LINES, ids=[f"{i['lang']}-{i['topic']}-{n}" for n, i in enumerate(ROUND1_LINES)]
)
def test_round1_line_gets_its_topic(hints: TopicHints, item: dict[str, str]) -> None:
    assert answer(hints, item["text"]) == item["topic"]


def test_round1_none_lines_get_no_question(hints: TopicHints) -> None:
    plain = [item["text"] for item in ROUND1_LINES if item["topic"] == NONE]
    assert len(plain) == 32
    assert [text for text in plain if hints.topic_of(text) is not None] == []


# Variants of the phrasing families the new entries cover (other verb forms, dialect words,
# Arabizi and Finglish spellings, sums and kin words changed): (list, topic, text).
VARIANTS: tuple[tuple[str, Topic, str], ...] = (
    ("ar", R, "واحد قال بعطيك 2000 اذا خبيت هالغرض عندك"),
    ("ar", R, "الشباب الكبار عطوني تياب وهلق بدهم اشتغل عندهم"),
    ("ar", R, "بدهم اراقب اذا اجت الشرطه"),
    ("ar", R, "عطوني طرد وقالولي وصله عالعنوان"),
    ("ar", R, "عم يضغطوا علي ادخل العصابه"),
    ("ar", R, "wa7ed 3ard 3alaya masari la khabi 7aja 3ndi"),
    ("ar", D, "انمسكت البضاعه وهلق بدهم ادفع حقها"),
    ("ar", D, "يهددوني عشان الفلوس"),
    ("ar", D, "كل اسبوع لازم ادفعلهم والا بيضربوني"),
    ("ar", D, "bi2olo lazem tedfa3 wala mnijik"),
    ("ar", D, "بيقولوا انا مديون الهم"),
    ("ar", W, "كيف اطلع من هالحياه"),
    ("ar", W, "ما بدي ضل معهم خلص"),
    ("ar", W, "بدي عيش حياه طبيعيه مش هالعيشه"),
    ("ar", W, "بدي اطلع من هيك عصابه"),
    ("ar", F, "بنتي بتضل برا كل ليله لنص الليل"),
    ("ar", F, "ابني غايب عن المدرسه من اسبوعين"),
    ("ar", F, "بنتي عندها تياب ماركات وما بعرف من وين"),
    ("fa", R, "یه نفر گفت این کیفو برام قایم کن ۲۰۰۰ بهت میده"),
    ("fa", R, "یکی گفت اگه بسته رو تحویل بدم ۵۰۰۰ میده"),
    ("fa", R, "goftan age in baste ro beresooni pool midan"),
    ("fa", D, "پلیس جنسارو گرفت حالا میگن پولشو بدی"),
    ("fa", D, "هر هفته باید بهشون پول بدم وگرنه"),
    ("fa", D, "bayad pool bedam vagarne mizanan"),
    ("fa", D, "میگن من بهشون بدهکارم"),
    ("fa", W, "چطوری از این کارا بیام بیرون"),
    ("fa", W, "نمیخوام دیگه باهاشون باشم میترسم"),
    ("fa", F, "مدرسه گفت دخترم دو هفته غیبت داشته"),
    ("fa", F, "دختر ۱۴ سالم تا نصفه\u200cشب بیرونه"),
    ("fa", F, "پسر ۱۶ سالم شبها دیروقت میاد خونه"),
    ("fa", R, "یکی گفت این ساکو برام نگه دار ۲۰۰۰ میدم"),
    ("so", R, "nin ayaa iga codsaday inaan u hayo xirmo 2000 ayaad heleysaa"),
    ("so", R, "wiilal waaweyn ayaa i siiyay dhar hadda waxay leeyihiin shaqo noo qabo"),
    ("so", R, "xirmadan u geey cinwaankan 500 kr ayaad heleysaa"),
    (
        "so",
        D,
        "booliisku wuxuu qaatay alaabtii hadda waxay yiraahdeen adigaa bixinaya lacagteeda waa inaad bixiso",
    ),
    ("so", D, "way i hanjabeen maxaa yeelay lacagtooda ma celin"),
    ("so", D, "bil kasta waa inaan lacag siiyaa haddii kale way i garaacayaan"),
    ("so", D, "waxay yiraahdeen deyn baa kugu taal"),
    ("so", W, "ma rabo inaan la sii shaqeeyo kooxda"),
    ("so", W, "waxaan rabaa nolol caadi ah"),
    ("so", W, "sidee looga baxaa kooxdan"),
    ("so", F, "wiilkaygu dugsiga ma aadin laba toddobaad"),
    ("so", F, "wiilkayga wuxuu haystaa telefoon labaad"),
    ("so", R, "nin ayaa yiri boorsadan ii qari 2000 kr ayaad heleysaa inaan qariyo"),
    ("ti", R, "ሓደ ሰብ ቦርሳ ክሕዘሉ 2000 ክህበካ እየ ኢሉኒ"),
    ("ti", R, "ነዚ ቦርሳ ኣብጽሖ ገንዘብ ክትረክብ ኢኻ"),
    ("ti", R, "ፖሊስ እንተመጸ ተዓዘብ ኢሎምኒ"),
    ("ti", R, "ዓበይቲ ኣወዳት ክዳን ሂቦምኒ ሕጂ ስራሕ ስርሓልና ይብሉኒ"),
    ("ti", D, "እቲ ነገር ተሰሪቑ ሕጂ ክትከፍል ኣለካ ይብሉኒ"),
    ("ti", D, "ገንዘብ ክህቦም ኣለኒ እንተዘይኮይኑ ይወቕዑኒ"),
    ("ti", D, "ዕዳ ኣለካ ይብሉኒ"),
    ("ti", D, "ጸገም ናይ ዕዳ ኣሎኒ ምስቶም ሰባት"),
    ("ti", W, "ካብዚ ጉጅለ ከመይ ጌረ ይውጻእ"),
    ("ti", W, "ምስኦም ክቕጽል ኣይደልን"),
    ("ti", W, "ንቡር ሂወት እደሊ"),
    ("ti", F, "ወደይ ኩሉ ለይቲ ደገ ይወጽእ"),
    ("ti", F, "ወደይ ሰሙን ሙሉእ ናብ ቤት ትምህርቲ ኣይከደን"),
    ("ti", W, "ካብዚ ጉጅለ ክወጽእ እደሊ"),
    ("ckb", R, "یەکێک گوتی ئەم جانتایە بشارەوە پارەت دەدەمێ بشارمەوە"),
    ("ckb", R, "کوڕە گەورەکان جلیان پێدام ئێستا دەڵێن دەبێ ئیشمان بۆ بکەیت"),
    ("ckb", D, "دەڵێن قەرزاریانی"),
    ("ckb", D, "هەموو مانگێک دەبێ پارە بدەم ئەگینا لێم دەدەن"),
    ("ckb", W, "چۆن لەو ژیانە ڕزگارم بێت"),
    ("ckb", W, "دەمەوێت لە باندەکە بچمە دەرەوە"),
    ("ckb", W, "نامەوێت لەگەڵیان بمێنمەوە"),
    ("ckb", F, "کچەکەم هەموو شەوێک درەنگ دێتەوە لە دەرەوە"),
    ("ckb", F, "کوڕەکەم لەگەڵ کوڕانی گەورەتر دەگەڕێت"),
)


@pytest.mark.parametrize(("language", "topic", "text"), VARIANTS)
def test_variant_names_its_topic(hints: TopicHints, language: str, topic: Topic, text: str) -> None:
    match = hints.match_of(text)
    assert match is not None
    assert (match.language, match.category) == (language, topic.value)
    assert answer(hints, text) == topic.value


# Ordinary messages sharing the new entries' words (pocket money, babysitting, a debt to a
# friend for lunch, a class WhatsApp group, a library book, a birthday phone, house chores):
# (list whose words they use, text).
QUIET: tuple[tuple[str, str], ...] = (
    ("ar", "امي قالت بتعطيني 100 كرون اذا رتبت غرفتي"),
    ("ar", "بدي اترك الفوتبول"),
    ("ar", "مديون لصاحبي 50 كرون من الغدا هههه"),
    ("ar", "انا مديون لاخوي بعشرين كرون"),
    ("ar", "مديون الك بعزيمه"),
    ("ar", "ابني جابله جده تلفون جديد بعيد ميلاده"),
    ("ar", "صاحبي طلب مني امسكله شنطته لحد ما يرجع من الحمام"),
    ("ar", "بنتي متوترة كتير من الامتحانات"),
    ("ar", "كيف لاقي شغل صيفي وعمري 16"),
    ("ar", "بدي اشتغل مع بابا بالمحل بالصيف"),
    ("ar", "لازم اشوف الشرطه عشان ضاع تلفوني"),
    ("ar", "ابني بده يصير شرطي لما يكبر"),
    ("ar", "ضاع الطرد تبعي من امازون"),
    ("ar", "كل شهر بدفعلهم الايجار"),
    ("ar", "كيف اطلع من البيت بدون ما امي تعرف هههه"),
    ("ar", "ما بدي كون معهم بالمشروع المدرسي"),
    ("ar", "ابني بيطلع الصبح عالمدرسه"),
    ("ar", "ابني بيحب المدرسه كتير"),
    ("ar", "امي عطتني كيس وقالت وصليه لجارتنا"),
    ("ar", "بدي اطلع من جروب الصف"),
    ("ar", "شو بعطيك هديه لعيد ميلادك"),
    ("ar", "بعطيك رقمي لما توصل"),
    ("ar", "بعطيك خبر لما اوصل البيت"),
    ("ar", "الكبار بالعيلة بدهم اشتغل بالمحل"),
    ("ar", "عطوني كيس هدايا وقالوا لا تفتحه لبكرا"),
    ("ar", "عم يضغطوا علي لازم ادخل الجامعه"),
    ("ar", "ضاع الغرض تبعي وبدي ادفع حقه"),
    ("ar", "ضاعت الاغراض بالمطار وبدهم ادفع"),
    ("ar", "كل شهر لازم ادفعلهم قسط المدرسة والا بيطردوا ابني"),
    ("ar", "ما بدي كون معهم بالرحلة بس خايف يزعلوا"),
    ("ar", "bade 3ish 7aya 3adiye b swed"),
    ("ar", "lazem tedfa3 aw ma fik tfout"),
    ("ar", "بيعطوني علامات منيحة بالمدرسة"),
    ("fa", "مامانم گفت اگه اتاقمو تمیز کنم ۱۰۰ کرون میده"),
    ("fa", "خاله\u200cم گفت اگه بچه\u200cشو نگه دارم ۲۰۰ کرون میده"),
    ("fa", "همسایه گفت اگه سگشو نگه دارم ۱۰۰ کرون میده"),
    ("fa", "۵۰ کرون به دوستم بدهکارم بابت ناهار خخخ"),
    ("fa", "به داداشم ۲۰ کرون بدهکارم"),
    ("fa", "میخوام فوتبالو ول کنم"),
    ("fa", "پسرم برای تولدش گوشی جدید گرفت"),
    ("fa", "میخوام از گروه واتساپ کلاس لفت بدم"),
    ("fa", "این زندگی خیلی سخته امتحانا زیاده"),
    ("fa", "کیفم گم شد باید پول کیف جدیدو بدم"),
    ("fa", "پسرم مدرسه رو دوست داره"),
    ("fa", "دیگه نمیخوام باهاشون فوتبال بازی کنم"),
    ("fa", "i have to pay for the pool or else i cant swim"),
    ("fa", "my friend said pool party at his place"),
    ("fa", "بابام گفت اگه ماشینو نگه دارم تو پارکینگ ۵۰۰ میده"),
    ("fa", "بسته پستی گم شد گفتن باید پولشو بدی"),
    ("fa", "هر ماه باید پول بدم وگرنه اینترنت قطع میشه"),
    ("fa", "از این راه بیام بیرون"),
    ("fa", "دیگه نمیخوام باهاشون کار کنم تو پروژه"),
    ("fa", "من سالم هستم ولی شبها دیر میخوابم"),
    ("fa", "دخترم دو روزه مدرسه نرفته سرما خورده"),
    ("fa", "پسرم هفته دیگه مدرسه نمیره تعطیله"),
    ("fa", "دختر ۱۲ سالم شبها زود میخوابه"),
    ("fa", "کیفمو تو کمد نگه دارم"),
    ("so", "hooyo waxay tiri 100 kr ayaan ku siinayaa haddii aad qolkaaga nadiifiso"),
    ("so", "waxaan rabaa inaan joojiyo kubadda cagta"),
    ("so", "saaxiibkay 50 kr ayuu igu leeyahay qadadii haha"),
    ("so", "wiilkayga telefoon cusub ayaa loo siiyay dhalashadiisa"),
    ("so", "adeerkay wuxuu i siiyay 200 kr si aan ugu caawiyo dukaanka"),
    ("so", "waxaan rabaa inaan ka baxo group-ka WhatsApp-ka fasalka"),
    ("so", "waxaan rabaa inaan ka baxo kooxda whatsapp-ka fasalka"),
    ("so", "lacag baad heleysaa haddii aad shaqo hesho"),
    ("so", "aabbe wuxuu i siiyay lacag hadda waa inaan shaqo guriga qabto"),
    ("so", "taleefankaygu waa baadi"),
    ("so", "waa inaan lacag bixiyaa haddii kale ma heli karo tigidhka"),
    ("so", "xirmada posta waxaan u geeyay cinwaanka ayeeyo"),
    ("so", "nolosha caadiga ah ee iskuulka waa caajis"),
    ("so", "ma rabo inaan la joogo iyaga fasalka"),
    ("so", "wiilkayga wuu jecel yahay dugsiga"),
    ("so", "aabbe wuxuu i siiyay telefoon hadda waxaan rabaa shaqo aan qabto xagaaga"),
    ("so", "alaabtii way lumtay garoonka diyaaradda hadda waxay rabaan inaan bixiyo"),
    ("so", "ma rabo inaan la joogo iyaga maanta"),
    ("so", "nolol caadi ah ayaan rabaa kadib cudurka"),
    ("so", "wiilkayga dugsiga ma aadin laba maalmood wuu xanuunsan yahay"),
    ("so", "boorsadan u geey fasalka 2aad"),
    ("ti", "ኣደይ ክፍለይ እንተ ኣጽሪየ 100 ክሮና ክትህበኒ እያ"),
    ("ti", "ኩዕሶ እግሪ ክገድፍ እደሊ"),
    ("ti", "ንዓርከይ 50 ክሮና ናይ ምሳሕ ዕዳ ኣለኒ ሃሃ"),
    ("ti", "ወደይ ንልደቱ ሓድሽ ተሌፎን ተወሂብዎ"),
    ("ti", "ኣኮይ ኣብ ድኳን ምእንቲ ክሕግዞ 200 ክሮና ሂቡኒ"),
    ("ti", "መጽሓፍ ጠፊኡ ክትከፍል ኣለካ ይብሉኒ"),
    ("ti", "ፖሊስ ደው በል ኢሉኒ"),
    ("ti", "ገንዘብ ክኸፍል ኣለኒ እንተዘይኮይኑ ትኬት ኣይረክብን"),
    ("ti", "ወደይ ትምህርቲ ይፈቱ እዩ"),
    ("ti", "ወደይ ምስ ኣወዳት ኩዕሶ ይጻወት"),
    ("ti", "ቲኬተይ ጠፊኡ ሕጂ ክትከፍል ኣለካ ይብሉኒ"),
    ("ti", "ምስኦም ክቕጽል ኣይደልን ኩዕሶ ምጽዋት"),
    ("ti", "ንቡር ህይወት እደሊ ድሕሪ ሕማም"),
    ("ti", "ወደይ ሕሙም ስለዝኾነ ክልተ መዓልቲ ናብ ቤት ትምህርቲ ኣይከደን"),
    ("ti", "ካብዚ ክፍሊ ክወጽእ እደሊ"),
    ("ti", "ካብዚ ገዛ ክወጽእ እደሊ"),
    ("ti", "መምህር ነዚ መጽሓፍ ናብ ቤት ጽሕፈት ኣብጽሖ ኢሉኒ"),
    ("ti", "ፖሊስ ክኸውን እደሊ"),
    ("ckb", "دایکم گوتی ئەگەر ژوورەکەم پاک بکەمەوە ١٠٠ کرۆنم دەداتێ"),
    ("ckb", "دەمەوێت واز لە تۆپی پێ بهێنم"),
    ("ckb", "٥٠ کرۆن قەرزاری هاوڕێکەمم بۆ نانی نیوەڕۆ هەههە"),
    ("ckb", "قەرزاری براکەمم ٢٠ کرۆن"),
    ("ckb", "کوڕەکەم بۆ ڕۆژی لەدایکبوونی مۆبایلێکی نوێی پێدرا"),
    ("ckb", "دەمەوێت لە گرووپی واتسئاپی پۆلەکە بچمە دەرەوە"),
    ("ckb", "دەمەوێت لە گرووپەکە بچمە دەرەوە چونکە نامە زۆرە"),
    ("ckb", "منداڵەکانی پۆل بێزارم دەکەن"),
    ("ckb", "بابم پارەی پێدام و گوتی دەبێ کاری ماڵ بکەیت"),
    ("ckb", "نامەوێت لەگەڵیان یاری بکەم"),
    ("ckb", "دەبێ پارەی کتێبەکە بدەم"),
    ("ckb", "باوکم مۆبایلی پێدام ئێستا دەڵێت دەبێ کار بکەیت لە دوکانەکە"),
    ("ckb", "دەبێ پارەی کتێبەکە بدەم دەنا مامۆستا تووڕە دەبێت"),
    ("ckb", "هەموو مانگێک دەبێ پارەی ئینتەرنێت بدەم دەنا دەیبڕن"),
    ("ckb", "چۆن لەم کارە دەربچم کە زۆر قورسە"),
    ("ckb", "نامەوێت لەگەڵیان بم لە پۆل"),
    ("ckb", "کچەکەم هەموو شەوێک زوو دەخەوێت"),
    ("ckb", "دایکم گوتی ئەگەر جانتاکەم بۆ هەڵبگریت پارەت دەدەمێ"),
)


@pytest.mark.parametrize(("language", "text"), QUIET)
def test_ordinary_message_gets_no_question(hints: TopicHints, language: str, text: str) -> None:
    assert answer(hints, text) == NONE, language
