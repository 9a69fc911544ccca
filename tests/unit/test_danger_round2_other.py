"""Danger phrases a fresh-clone tester typed in ar, fa, so, ti and fi that showed no
emergency card (docs/conversation.md, "The emergency path"), plus the most common natural
wording of each, and ordinary sentences with the same words that must stay quiet.

The tester is not a native speaker of these languages, and neither is the author of the
lists: every entry is an unreviewed draft (see each file's translator_note). Translations
marked "doubtful" below need a native speaker's check.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_quiet

# (language, text, expected category)
MUST_FIRE: list[tuple[str, str, str]] = [
    # --- Arabic ---
    ("ar", "اتصلوا بالشرطة", "plea"),
    ("ar", "اتصل بالشرطة", "plea"),
    ("ar", "اتصلوا بالشرطة بسرعة", "plea"),
    ("ar", "كلموا البوليس", "plea"),  # Egyptian
    ("ar", "اطلبوا الشرطة", "plea"),
    ("ar", "اغتصبني", "violence_now"),
    ("ar", "اغتصبوني", "violence_now"),
    ("ar", "تم اغتصابي", "violence_now"),
    ("ar", "انا انزف", "plea"),
    ("ar", "أنا أنزف كثيرا", "plea"),
    ("ar", "عم بنزف", "plea"),  # Levantine
    ("ar", "أنا خائف على حياتي", "fear"),
    ("ar", "خايف على حياتي", "fear"),
    ("ar", "يوجد شخص خارج الباب ومعه سكين", "weapon"),
    ("ar", "في واحد برا الباب معه سكين", "weapon"),  # Levantine
    ("ar", "قالوا سيطعنونني إذا لم أحمل الطرد", "weapon"),
    ("ar", "قالوا رح يطعنوني اذا ما خبيت الغرض", "weapon"),  # Levantine, doubtful
    ("ar", "ابني لم يعد إلى البيت وقد هددوه", "threat_to_life"),
    ("ar", "ابني ما رجع عالبيت وكانوا مهددينه", "threat_to_life"),  # Levantine, doubtful
    ("ar", "صديقي طعن بسكين", "weapon"),
    ("ar", "صاحبي انطعن", "weapon"),
    # --- Persian ---
    ("fa", "به پلیس زنگ بزنید", "plea"),
    ("fa", "به پلیس زنگ بزن", "plea"),
    ("fa", "زنگ بزنید پلیس", "plea"),
    ("fa", "پلیس رو خبر کنید", "plea"),
    ("fa", "بهم تجاوز کرد", "violence_now"),
    ("fa", "به من تجاوز کردن", "violence_now"),
    ("fa", "بهم تجاوز جنسی شده", "violence_now"),
    ("fa", "دارم خونریزی میکنم", "plea"),
    ("fa", "دارم خونریزی می‌کنم", "plea"),
    ("fa", "خونریزی دارم", "plea"),
    ("fa", "برای جونم میترسم", "fear"),
    ("fa", "برای جانم می‌ترسم", "fear"),
    ("fa", "جونم در خطره", "fear"),
    ("fa", "منو تو یه اتاق زندانی کردن", "forced_or_held"),
    ("fa", "منو تو اتاق حبس کردن", "forced_or_held"),
    ("fa", "یکی با چاقو پشت دره", "weapon"),
    ("fa", "یه نفر با چاقو جلوی دره", "weapon"),
    ("fa", "گفتن اگه بسته رو نگه ندارم با چاقو میزننم", "weapon"),
    ("fa", "پسرم هنوز خونه نیومده و قبلا تهدیدش کرده بودن", "threat_to_life"),
    ("fa", "پسرم برنگشته خونه، تهدیدش کرده بودن", "threat_to_life"),
    ("fa", "دوستم چاقو خورده", "weapon"),
    # --- Somali ---
    ("so", "u yeer booliiska", "plea"),
    ("so", "booliska u yeer", "plea"),
    ("so", "booliska wac", "plea"),
    ("so", "fadlan booliska u yeera", "plea"),
    ("so", "wuu i kufsaday", "violence_now"),
    ("so", "waa la i kufsaday", "violence_now"),
    ("so", "dhiig baan qabaa", "plea"),
    ("so", "dhiig baa iga imanaya", "plea"),  # doubtful
    ("so", "waan ka baqayaa nafteyda", "fear"),
    ("so", "naftayda ayaan u baqayaa", "fear"),  # doubtful
    (
        "so",
        "waxay igu yiraahdeen waan ku mindiyeyn doonaa haddii aadan xambaarin xirmada",
        "weapon",
    ),
    ("so", "wiilkaygii guriga ma soo laaban, waana loo hanjabay", "threat_to_life"),
    ("so", "saaxiibkay waa la mindiyeeyay", "weapon"),
    # --- Tigrinya ---
    ("ti", "ፖሊስ ጸውዑ", "plea"),
    ("ti", "ናብ ፖሊስ ደውሉ", "plea"),
    ("ti", "ዓመጸኒ", "violence_now"),
    ("ti", "ተዓሚጸ", "violence_now"),
    ("ti", "ደም ይፈሰኒ ኣሎ", "plea"),
    ("ti", "ደም ይውሕዘኒ ኣሎ", "plea"),  # doubtful
    ("ti", "ንህይወተይ እፈርሕ ኣለኹ", "fear"),
    ("ti", "ወደይ ገዛ ኣይተመለሰን፣ ኣፈራሪሖምዎ ነይሮም", "threat_to_life"),  # doubtful
    ("ti", "ነፍሰይ ክቐትል እደሊ", "suicidal"),
    ("ti", "ዕጽ መድሃኒት ክሸጥ የገድዱኒ", "forced_or_held"),
    ("ti", "ድራግ ክሸይጥ ይግድዱኒ ኣለዉ", "forced_or_held"),  # doubtful
    # --- Finnish ---
    ("fi", "soittakaa poliisi", "plea"),
    ("fi", "soita poliisille", "plea"),
    ("fi", "soita hätänumeroon", "plea"),
    ("fi", "soittakaa poliisi nyt", "plea"),
    ("fi", "soittakaa ambulanssi", "plea"),
    ("fi", "se raiskas mut", "violence_now"),
    ("fi", "mut raiskattiin", "violence_now"),
    ("fi", "mä vuodan verta", "plea"),
    ("fi", "vuodan verta", "plea"),
    ("fi", "pelkään henkeni puolesta", "fear"),
    ("fi", "pelkään hengestäni", "fear"),
    ("fi", "mut on lukittu huoneeseen", "forced_or_held"),
    ("fi", "minut on lukittu kellariin", "forced_or_held"),
    ("fi", "oven takana on joku veitsen kanssa", "weapon"),
    ("fi", "ovella on joku mies puukon kanssa", "weapon"),
    ("fi", "mä en jaksa enää elää", "suicidal"),
    ("fi", "en jaksa elää", "suicidal"),
    ("fi", "apua ne on täällä", "plea"),
    ("fi", "apua ne tuli tänne", "plea"),
]

MUST_STAY_QUIET: list[tuple[str, str]] = [
    # --- Arabic ---
    ("ar", "جاءت الشرطة إلى مدرستنا لإلقاء محاضرة"),
    ("ar", "هل يجب أن أتصل بالشرطة إذا سرقت دراجتي؟"),
    ("ar", "أبي يعمل في الشرطة"),
    ("ar", "أنفي ينزف قليلا"),
    ("ar", "أنا خائف من العناكب"),
    ("ar", "أنا خائف على حياتي المهنية"),  # career
    ("ar", "السكين في المطبخ على الطاولة"),
    ("ar", "ابني لم يعد إلى البيت بعد من المدرسة"),
    ("ar", "أخذت الطرد من مكتب البريد"),
    # --- Persian ---
    ("fa", "پلیس برای یک سخنرانی به مدرسه ما آمد"),
    ("fa", "اگه دوچرخم دزدیده بشه باید به پلیس زنگ بزنم؟"),
    ("fa", "از عنکبوت میترسم"),
    ("fa", "دماغم یه کم خون میاد"),
    ("fa", "دماغم یکم خونریزی داره"),  # doubtful
    ("fa", "این تجاوز به حریم خصوصی است"),  # an invasion of privacy
    ("fa", "در اتاق قفل است"),
    ("fa", "چاقو تو کشوی آشپزخونه است"),
    ("fa", "دوستم غذا رو با چاقو خورده"),  # ate with a knife; doubtful
    ("fa", "پسرم هنوز از مدرسه خونه نیومده"),
    # --- Somali ---
    ("so", "booliska ayaa u yimid dugsigayaga si ay muxaadaro u bixiyaan"),  # doubtful
    ("so", "ma wacaa booliska haddii baaskiilkayga la xado"),
    ("so", "waan ka baqayaa caarada"),
    ("so", "dhiig kar baan qabaa"),  # high blood pressure
    ("so", "mindiyaha jikada ayay ku jiraan"),
    ("so", "wiilkaygii guriga weli ma soo laaban"),
    # --- Tigrinya ---
    ("ti", "ፖሊስ ናብ ቤት ትምህርትና መጺኦም"),  # doubtful
    ("ti", "ካብ ሸረሪት እፈርህ"),
    ("ti", "ደም ክህብ እደሊ"),  # I want to donate blood
    ("ti", "መድሃኒት ክገዝእ እደሊ"),  # I want to buy medicine
    # --- Finnish ---
    ("fi", "poliisi kävi meidän koulussa pitämässä luennon"),
    ("fi", "pitääkö soittaa poliisille jos pyörä varastetaan?"),
    ("fi", "pelkään hämähäkkejä"),
    ("fi", "mun nenä vuotaa vähän verta"),
    ("fi", "pelkään elämäni suurinta koetta"),
    ("fi", "ovi on lukittu"),
    ("fi", "mun puhelin on lukittu"),
    ("fi", "veitsi on keittiön laatikossa"),
    ("fi", "en jaksa enää tehdä läksyjä"),
    ("fi", "en jaksa elää ilman kahvia"),
    ("fi", "ne on täällä pöydällä"),
    ("fi", "tää biisi raiskaa mun korvat"),  # slang: ruins my ears; doubtful
]


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text}") for lang, text, cat in MUST_FIRE],
)
def test_tester_phrase_fires(detector: DangerDetector, lang: str, text: str, category: str) -> None:
    assert_fires(detector, text, category, lang)


@pytest.mark.parametrize(
    "text", [pytest.param(text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET]
)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)
