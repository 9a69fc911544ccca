"""Danger phrases a red team typed in ar, fa, so, ti and fi in round 4 that showed no
emergency card (docs/conversation.md, "The emergency path"): a friend not breathing or
unconscious, a fire or an explosion now, being followed, rape (Tigrinya), "take my life"
(Somali), and Arabic and Persian written in Latin letters (arabizi "bdi ento7er", Finglish
"mikham khodkoshi konam"); with common variants of each, and ordinary sentences sharing their
words that must stay quiet.

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note). Arabizi and Finglish
spellings vary widely; the lists hold a few common ones.
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_quiet

# (language, text, expected category)
MUST_FIRE: list[tuple[str, str, str]] = [
    # --- Arabic ---
    ("ar", "في حدا عم يلحقني من المترو", "violence_now"),
    ("ar", "شخص غريب يتبعني", "violence_now"),
    ("ar", "ما بدي عيش بعد اليوم", "suicidal"),
    ("ar", "صاحبي ما عم يتنفس بعد ما اخد حبوب", "plea"),
    ("ar", "لا يتنفس", "plea"),
    ("ar", "مش قادر اتنفس", "plea"),
    ("ar", "اخي فاقد الوعي", "plea"),
    ("ar", "اغمي عليها وما عم تفيق", "plea"),
    ("ar", "زوجي عم يضرب ابني هلأ", "violence_now"),
    ("ar", "عم يضرب امي", "violence_now"),
    ("ar", "الحريق بالبناية", "violence_now"),
    ("ar", "في حريق بالبيت", "violence_now"),
    ("ar", "البيت عم يحترق", "violence_now"),
    ("ar", "صار انفجار بالحارة", "violence_now"),
    # Arabizi
    ("ar", "ahmed bdo y2tolni", "threat_to_life"),
    ("ar", "rah y2tlouni wallah", "threat_to_life"),
    ("ar", "bdhom ye2telni", "threat_to_life"),
    ("ar", "ana m7bos ma b2dar atla3", "forced_or_held"),
    ("ar", "7abasouni bl ghorfe", "forced_or_held"),
    ("ar", "bdi ento7er", "suicidal"),
    ("ar", "bade nte7er", "suicidal"),
    ("ar", "ma bdi 3ish", "suicidal"),
    ("ar", "bdi a2tol 7ali", "suicidal"),
    ("ar", "ibni ma5tof", "forced_or_held"),
    ("ar", "binti makhtoufa", "forced_or_held"),
    ("ar", "fi 3alam ma3hom sle7 barra", "weapon"),
    ("ar", "ma3o msds", "weapon"),
    ("ar", "sa3douni", "plea"),
    ("ar", "sa3edni please", "plea"),
    ("ar", "a5adt kter 7boob", "self_harm"),
    ("ar", "bla3t 7bob ktir", "self_harm"),
    ("ar", "7ada 3am yel7a2ni", "violence_now"),
    ("ar", "ma 3am yetnaffas", "plea"),
    ("ar", "fa2ed el wa3i", "plea"),
    ("ar", "fi 7ari2 bl bineye", "violence_now"),
    ("ar", "el bet 3am ye7ter2", "violence_now"),
    ("ar", "sar infijar", "violence_now"),
    # --- Persian ---
    ("fa", "یکی داره دنبالم میکنه", "violence_now"),
    ("fa", "دوستم نفس نمیکشه", "plea"),
    ("fa", "نفسش بند اومده", "plea"),
    ("fa", "بابام بیهوش شده", "plea"),
    ("fa", "از هوش رفته", "plea"),
    ("fa", "خونه آتیش گرفته", "violence_now"),
    ("fa", "ساختمون آتش گرفت", "violence_now"),
    ("fa", "آتش سوزی شده", "violence_now"),
    ("fa", "یه انفجار شد", "violence_now"),
    ("fa", "بمب منفجر شد", "violence_now"),
    # Finglish
    ("fa", "mikhan mano bokoshan", "threat_to_life"),
    ("fa", "maro mikoshan", "threat_to_life"),
    ("fa", "mikham khodkoshi konam", "suicidal"),
    ("fa", "mikham khodamo bokosham", "suicidal"),
    ("fa", "delam mikhad bemiram", "suicidal"),
    ("fa", "yeki dare donbalam mikone", "violence_now"),
    ("fa", "donbalame", "violence_now"),
    ("fa", "khune atish gerefte", "violence_now"),
    ("fa", "madrese atash gereft", "violence_now"),
    ("fa", "enfejar shod", "violence_now"),
    # --- Somali ---
    ("so", "guri ayaa la igu xiray", "forced_or_held"),
    ("so", "qolka ayaa la igu xiray", "forced_or_held"),
    ("so", "saaxiibkay ma neefsanayo", "plea"),
    ("so", "ma neefsan karo", "plea"),
    ("so", "miyirkii wuu lumay", "plea"),
    ("so", "guriga ayaa dab qabsaday", "violence_now"),
    ("so", "dab baa ka kacay guriga", "violence_now"),
    ("so", "gurigu wuu gubanayaa", "violence_now"),
    ("so", "waxay igu yiraahdeen waad dhimanaysaa", "threat_to_life"),
    ("so", "waxaan rabaa inaan naftayda qaato", "suicidal"),
    ("so", "waxaan doonayaa inaan noloshayda dhammeeyo", "suicidal"),
    ("so", "qarax ayaa dhacay", "violence_now"),
    ("so", "bam ayaa qarxay", "violence_now"),
    # --- Tigrinya ---
    ("ti", "ሓደ ሰብ ይስዕበኒ ኣሎ", "violence_now"),
    ("ti", "ሰባት ይስዕቡኒ ኣለዉ", "violence_now"),
    ("ti", "ዓርከይ ኣይተንፍስን ዘሎ", "plea"),
    ("ti", "ትንፋስ የብሉን", "plea"),
    ("ti", "ደፊሩኒ", "violence_now"),
    ("ti", "ተደፊረ", "violence_now"),
    ("ti", "ገዛ ይነድድ ኣሎ", "violence_now"),
    ("ti", "ገዛና ይቃጸል ኣሎ", "violence_now"),
    ("ti", "ቦምባ ተፈንጂሩ", "violence_now"),
    # --- Finnish ---
    ("fi", "koulun ulkona on jätkä puukon kanssa odottamassa mua", "weapon"),
    ("fi", "pihalla on tyyppi aseen kanssa", "weapon"),
    ("fi", "mun pojalla on ase", "weapon"),
    ("fi", "kaverilla on puukko", "weapon"),
    ("fi", "kaveri ei hengitä", "plea"),
    ("fi", "se on lakannut hengittämästä", "plea"),
    ("fi", "en pysty hengittämään", "plea"),
    ("fi", "hän on tajuton", "plea"),
    ("fi", "talo palaa", "violence_now"),
    ("fi", "kotimme on tulessa", "violence_now"),
    ("fi", "rapussa on tulipalo", "violence_now"),
    ("fi", "pihalla räjähti pommi", "violence_now"),
    ("fi", "isä hakkaa äitiä nyt", "violence_now"),
    ("fi", "isäpuoli lyö siskoa", "violence_now"),
]

MUST_STAY_QUIET: list[tuple[str, str]] = [
    # --- Arabic ---
    ("ar", "صاحبي رح يلحقني عالمطعم"),
    ("ar", "القطة بتلحقني بكل مكان"),
    ("ar", "ما عم يتنفس منيح من انفه"),
    ("ar", "ابني ما عم يصحى للمدرسة"),
    ("ar", "ابني عم يضرب الكرة"),
    ("ar", "شفت فيلم عن حريق في بناية"),
    ("ar", "في انفجار بالفيلم"),
    ("ar", "ولعنا النار بالبيت"),
    ("ar", "بدي اعيش هون"),
    # Arabizi
    ("ar", "el da7ek bi2telni"),
    ("ar", "bdi mout mn el jo3"),
    ("ar", "ma bdi 3ish hon"),
    ("ar", "sekkine matba5"),
    ("ar", "msds la3be"),
    ("ar", "sa3edni bl wajeb"),
    ("ar", "a5adt 7boob el 7asasiye"),
    ("ar", "sme3t 3an 7ari2 bl akhbar"),
    ("ar", "ma 3am yetnafas mni7"),
    # --- Persian ---
    ("fa", "سگم دنبالم میکنه"),
    ("fa", "بابام میاد دنبالم"),
    ("fa", "از خستگی بیهوش شدم"),
    ("fa", "با دماغم نفس نمیکشم"),
    ("fa", "دخترم صبحا بیدار نمیشه"),
    ("fa", "غذام آتیش گرفت"),
    ("fa", "مغزم منفجر شد"),
    ("fa", "فیلم آتش سوزی دیدم"),
    # Finglish
    ("fa", "in film mano mikoshe az khande"),
    ("fa", "nemikham zendegi konam inja"),
    ("fa", "sagam donbalam mikone"),
    # --- Somali ---
    ("so", "wiilkaygu subaxdii ma soo toosayo"),
    ("so", "waad dhimanaysaa qosol"),
    ("so", "dabka ku shid"),
    ("so", "waxaan rabaa inaan naftayda daryeelo"),
    ("so", "filim ku saabsan qarax ayaan daawaday"),
    ("so", "qaraxii sanadkii hore dhacay"),
    ("so", "cuntadu waa gubtay"),
    # --- Tigrinya ---
    ("ti", "ከልበይ ይስዕበኒ"),
    ("ti", "ልበይ ይነድድ ኣሎ"),
    ("ti", "ሓዊ ኣጒድ"),
    # --- Finnish ---
    ("fi", "isä leikkaa leipää veitsen kanssa"),
    ("fi", "isällä on ase metsästykseen"),
    ("fi", "pojalla on ase pelissä"),
    ("fi", "en hengitä nenän kautta"),
    ("fi", "olin ihan tajuton väsymyksestä"),
    ("fi", "poika ei herää kouluun"),
    ("fi", "isä palaa kotiin huomenna"),
    ("fi", "koulu palaa normaaliin"),
    ("fi", "uutisissa oli räjähdys"),
    ("fi", "isä hakkaa äitiä shakissa"),
]


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text}") for lang, text, cat in MUST_FIRE],
)
def test_round4_phrase_fires(detector: DangerDetector, lang: str, text: str, category: str) -> None:
    assert_fires(detector, text, category, lang)


@pytest.mark.parametrize(
    "text", [pytest.param(text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET]
)
def test_round4_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)
