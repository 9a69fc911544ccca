"""Danger phrases a red team typed in ar, fa, so, ti and fi (non-native wording) that showed
no emergency card (docs/conversation.md, "The emergency path"), plus the most natural wording
of each meaning, and ordinary sentences with the same words that must stay quiet.

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note). Translations marked
"doubtful" below need a native speaker's check.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_quiet

# (language, text, expected category)
MUST_FIRE: list[tuple[str, str, str]] = [
    # --- Arabic ---
    ("ar", "يريدون مني أن أخبئ سلاحا", "weapon"),
    ("ar", "يجبرونني على إخفاء سلاح", "forced_or_held"),
    ("ar", "بدهم ياني خبي سلاح", "weapon"),  # Levantine, doubtful
    ("ar", "تم اختطافي", "forced_or_held"),
    ("ar", "خطفوني", "forced_or_held"),
    ("ar", "لقد اختطفوني", "forced_or_held"),
    ("ar", "لا أريد أن أستيقظ غدا", "suicidal"),
    ("ar", "لا أريد أن أستيقظ مرة أخرى", "suicidal"),
    ("ar", "ما بدي اصحى بكرا", "suicidal"),  # Levantine, doubtful
    ("ar", "أخذت الكثير من الحبوب", "self_harm"),
    ("ar", "بلعت حبوب كثير", "self_harm"),  # doubtful
    ("ar", "ابني مهدد من عصابة", "threat_to_life"),
    ("ar", "عصابة تهدد ابني", "threat_to_life"),
    ("ar", "ابنتي مفقودة", "forced_or_held"),
    ("ar", "بنتي ضايعة", "forced_or_held"),  # Levantine, doubtful
    ("ar", "ابني مفقود", "forced_or_held"),
    # --- Persian ---
    ("fa", "یک مرد با تفنگ بیرون هست", "weapon"),
    ("fa", "یه مرد با تفنگ بیرونه", "weapon"),
    ("fa", "ازم میخوان اسلحه نگه دارم", "weapon"),
    ("fa", "مجبورم میکنن اسلحه قایم کنم", "forced_or_held"),
    ("fa", "تهدید میکنه عکسامو پخش کنه", "violence_now"),
    ("fa", "تهدیدم میکنه که عکسامو پخش میکنه", "threat_to_life"),
    ("fa", "نمیخوام فردا بیدار شم", "suicidal"),
    ("fa", "نمیخوام دیگه بیدار شم", "suicidal"),
    ("fa", "پسرم توسط یک باند تهدید شده", "threat_to_life"),
    ("fa", "یه باند پسرمو تهدید کرده", "threat_to_life"),
    ("fa", "دخترم گم شده", "forced_or_held"),
    ("fa", "بچم گم شده", "forced_or_held"),
    # --- Somali ---
    ("so", "waxay rabaan inaan hub u qariyo", "weapon"),
    ("so", "waxay iga rabaan inaan hubka u qariyo", "weapon"),
    ("so", "wuxuu ku hanjabay inuu sawiradayda faafiyo", "violence_now"),
    ("so", "wuxuu igu hanjabay inuu sawiradayda faafin doono", "threat_to_life"),
    ("so", "ma rabo inaan berri toosayo", "suicidal"),
    ("so", "ma rabo inaan mar dambe toosayo", "suicidal"),  # doubtful
    ("so", "rasaas ayaa bannaanka laga ridayaa", "weapon"),
    ("so", "rasaas ayaa la ridayaa", "weapon"),
    ("so", "wiilkayga koox ayaa ku hanjabtay", "threat_to_life"),
    ("so", "burcad ayaa wiilkayga u hanjabtay", "threat_to_life"),  # doubtful
    ("so", "gabadhayda way maqan tahay", "forced_or_held"),
    ("so", "gabadhayda waa la waayay", "forced_or_held"),
    ("so", "wiilkaygii wuu lumay", "forced_or_held"),
    # --- Tigrinya ---
    ("ti", "ጠበንጃ ዝሓዘ ሰብኣይ ኣብ ደገ ኣሎ", "weapon"),
    ("ti", "ሽጉጥ ዝሓዘ ሰብ ኣብ ደገ ኣሎ", "weapon"),
    ("ti", "ብረት ክሓብኣሎም ይደልዩ", "weapon"),
    ("ti", "ብረት ክሓብእ ይግድዱኒ ኣለዉ", "forced_or_held"),  # doubtful
    ("ti", "ተዓጽየ ኣለኹ ክወጽእ ኣይፈቕዱለይን", "forced_or_held"),
    ("ti", "ኣብ ገዛ ዓጽዮምኒ", "forced_or_held"),  # doubtful
    ("ti", "ጽባሕ ክበራበር ኣይደልን", "suicidal"),
    ("ti", "ደጊመ ክበራበር ኣይደልን", "suicidal"),  # doubtful
    ("ti", "ኣብ ደገ ተኹሲ ኣሎ", "weapon"),
    ("ti", "ኣብ ደገ ይትኩሱ ኣለዉ", "weapon"),  # doubtful
    ("ti", "ወደይ ብጉጅለ ተፈራሪሁ", "threat_to_life"),
    ("ti", "ጉጅለ ንወደይ የፈራርህዎ ኣለዉ", "threat_to_life"),  # doubtful
    ("ti", "ጓለይ ጠፊኣ", "forced_or_held"),
    ("ti", "ወደይ ጠፊኡ", "forced_or_held"),
    ("ti", "ኣቦይ ይወቕዓኒ", "violence_now"),
    ("ti", "ሰብኣየይ ይወቕዓኒ ኣሎ", "violence_now"),
    # --- Finnish ---
    ("fi", "ne haluaa että mä piilotan aseen", "weapon"),
    ("fi", "ne pakottaa mut piilottamaan aseen", "forced_or_held"),
    ("fi", "hän uhkaa levittää mun kuvia", "violence_now"),
    ("fi", "se uhkailee jakaa mun nudet", "violence_now"),
    ("fi", "en halua herätä huomenna", "suicidal"),
    ("fi", "en halua enää herätä", "suicidal"),
    ("fi", "ulkona ammutaan", "weapon"),
    ("fi", "pihalla ammuskellaan", "weapon"),
    ("fi", "poikaani uhkailee jengi", "threat_to_life"),
    ("fi", "jengi uhkailee mun poikaa", "threat_to_life"),
    ("fi", "tyttäreni on kadonnut", "forced_or_held"),
    ("fi", "mun poika on kadonnut", "forced_or_held"),
]

MUST_STAY_QUIET: list[tuple[str, str]] = [
    # --- Arabic ---
    ("ar", "أخبئ الهدية عن أخي"),
    ("ar", "أبي كان في سلاح الجو"),  # the air force
    ("ar", "شاهدت فيلما عن الاختطاف"),
    ("ar", "لا أريد أن أستيقظ مبكرا غدا"),
    ("ar", "لا أريد أن أستيقظ غدا مبكرا"),
    ("ar", "نسيت أن آخذ حبوب الحساسية"),
    ("ar", "أكلت الكثير من الحبوب الكاملة"),  # whole grains
    ("ar", "ابني مهدد بالرسوب"),  # threatened with failing a year
    ("ar", "ابني يشاهد فيلما عن عصابة"),
    ("ar", "هاتف ابنتي مفقود"),
    ("ar", "ابنتي فقدت هاتفها"),
    # --- Persian ---
    ("fa", "یه مرد بیرون هست"),
    ("fa", "ازم میخوان کتاب نگه دارم"),
    ("fa", "اسلحه تو موزه نگهداری میشه"),
    ("fa", "دوستم میخواد عکسامو چاپ کنه"),
    ("fa", "عکسامو تو اینستا پخش کردم"),
    ("fa", "نمیخوام فردا زود بیدار شم"),
    ("fa", "نمیخوام فردا صبح زود بیدار شم"),
    ("fa", "پسرم توسط معلمش تهدید به اخراج شده"),  # threatened with expulsion
    ("fa", "پسرم تو یه باند موسیقی ساز میزنه"),  # a music band
    ("fa", "گوشی دخترم گم شده"),
    ("fa", "دخترم کلیدش گم شده"),
    # --- Somali ---
    ("so", "waxaan rabaa inaan hadiyad u qariyo walaashay"),
    ("so", "wuxuu faafiyay sawiradayda xafladda"),
    ("so", "ma rabo inaan berri hore toosayo"),  # early; doubtful
    ("so", "qalin rasaas ah ayaan iibsaday"),  # a pencil
    ("so", "wiilkayga wuxuu ku biiray koox kubadda cagta"),  # a football team
    ("so", "gabadhayda dugsiga ayay ka maqan tahay"),  # absent from school
    ("so", "taleefanka gabadhayda waa lumay"),
    # --- Tigrinya ---
    ("ti", "ኣብ ደገ ሰብ ኣሎ"),
    ("ti", "ካራ ሒዘ ናብ ደገ ወጺአ"),  # doubtful
    ("ti", "ብረት ንገዛ ክንሰርሕ የድልየና"),  # iron to build a house; doubtful
    ("ti", "ገንዘብ ክሓብእ ይደሊ"),
    ("ti", "ዱኳን ተዓጽዩ ኣሎ"),  # the shop is closed
    ("ti", "ጽባሕ ንግሆ ኣንጊሀ ክበራበር ኣይደልን"),  # early; doubtful
    ("ti", "ብዛዕባ ተኹሲ ፊልሚ ርእየ"),
    ("ti", "ወደይ ኣብ ጉጅለ ኩዕሶ እግሪ ተጸንቢሩ"),  # a football team; doubtful
    ("ti", "ናይ ጓለይ ሞባይል ጠፊኡ"),
    ("ti", "ኣቦይ ኩዕሶ ይወቕዕ"),  # kicks a ball; doubtful
    # --- Finnish ---
    ("fi", "mä piilotan lahjan kaappiin"),
    ("fi", "aseen piilottaminen on laitonta"),
    ("fi", "mä jaan mun kuvia instaan"),
    ("fi", "hän haluaa levittää mun kuvia"),
    ("fi", "en halua herätä huomenna aikaisin"),
    ("fi", "en halua herätä aikaisin huomenna"),
    ("fi", "ulkona ammutaan ilotulitteita"),
    ("fi", "ulkona ammutaan elokuvaa"),
    ("fi", "poikaani uhkaa jälki-istunto"),
    ("fi", "tyttäreni puhelin on kadonnut"),
    ("fi", "tyttäreni lelu on kadonnut"),
]

# Hyperbole ("the exam killed me") that stays quiet through a narrow veto, next to the real
# threats with the same verb, which must still fire.
HYPERBOLE_QUIET: list[tuple[str, str]] = [
    ("ar", "هذا الامتحان قتلني"),
    ("ar", "الرياضيات قتلني"),  # doubtful
    ("so", "imtixaanka ayaa i dilay"),
    ("ti", "ፈተና ቐቲሉኒ"),
    ("fi", "tämä koe tappaa mut"),
    ("fi", "matikan koe tappaa mut"),
]
THREAT_STILL_FIRES: list[tuple[str, str, str]] = [
    ("ar", "أبي سيقتلني", "threat_to_life"),
    ("ar", "بعد الامتحان رح يقتلني", "threat_to_life"),  # after the exam he will kill me
    ("ar", "قتلني", "threat_to_life"),
    ("so", "wuu i dilayaa", "threat_to_life"),
    ("so", "imtixaanka kadib wuu i dilayaa", "threat_to_life"),  # doubtful
    ("ti", "ክቐትሉኒ እዮም", "threat_to_life"),
    ("ti", "ድሕሪ ፈተና ክቐትሉኒ እዮም", "threat_to_life"),  # doubtful
    ("fi", "hän tappaa mut", "threat_to_life"),
    ("fi", "kokeen jälkeen isä tappaa mut", "threat_to_life"),
]


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        pytest.param(lang, text, cat, id=f"{lang}:{text}")
        for lang, text, cat in MUST_FIRE + THREAT_STILL_FIRES
    ],
)
def test_red_team_phrase_fires(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    assert_fires(detector, text, category, lang)


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET + HYPERBOLE_QUIET],
)
def test_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)
