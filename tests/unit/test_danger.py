"""Danger detection (docs/conversation.md, "The emergency path"): the word lists in
data/danger and the matcher in bot.core.danger / bot.core.textnorm.

Every message is checked against every language, so each "must not trigger" phrase below is
checked against all seven lists at once.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import SUPPORTED_LOCALES
from bot.core.danger import (
    CATEGORIES,
    EMERGENCY_ONLY_LISTS,
    DangerDataError,
    DangerDetector,
    DangerMatch,
)
from bot.core.emergency import card_locale
from bot.core.textnorm import (
    WordIndex,
    normalize,
    tokenize,
    unleet,
    within_one_edit,
    zero_width_as_space,
)

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data" / "danger"
LANGUAGES = ("sv", "en", "ar", "fa", "so", "ti", "fi")

# (text, expected category) per language: plain, informal/slang, misspelled, no diacritics,
# upper case, and script variants (harakat, tatweel, zero-width non-joiner, letter forms).
DANGER: dict[str, list[tuple[str, str]]] = {
    "sv": [
        ("De ska döda mig", "threat_to_life"),
        ("DOM SKA DÖDA MEJ", "threat_to_life"),
        ("de ska doda mig ikväll", "threat_to_life"),
        ("han hotar mig hela tiden", "threat_to_life"),
        ("han har en puffra", "weapon"),
        ("dom har pang på sig", "weapon"),
        ("killen drog en gunna", "weapon"),
        ("Han har en bössa", "weapon"),
        ("jag blev knivhuggen igår", "weapon"),
        ("han sa att han ska knivhugga mig", "weapon"),
        ("dom vet var jag bor", "location_known"),
        ("dom vet vart jag bor", "location_known"),
        ("jag ska ta livet av mig", "suicidal"),
        ("jag vill dö", "suicidal"),
        ("jag vill döööö", "suicidal"),
        ("jag vill do", "suicidal"),
        ("tänker på självmrod", "suicidal"),
        ("jag skadar mig själv", "self_harm"),
        ("de har låst in mig", "forced_or_held"),
        ("de tvingar mig att sälja", "forced_or_held"),
        ("Han MISSHANDLAR mig", "violence_now"),
        ("hjälp de jagar mig", "violence_now"),
        ("dom ska dödda mej", "threat_to_life"),
        ("snälla hjälp mig, de ska döda mig", "threat_to_life"),
        # reported missing by a tester (each answered with the language picker)
        ("de ska slå ihjäl mig", "threat_to_life"),
        ("jag skär mig", "self_harm"),
        ("jag skär mig ofta", "self_harm"),
        ("jag har skurit mig", "self_harm"),
        ("han skadar sig själv", "self_harm"),
        ("jag har tagit en överdos", "self_harm"),
        ("jag har tagit tabletter", "self_harm"),
        ("min kompis har tagit för mycket piller", "self_harm"),
        ("de säger att de ska skada mig", "threat_to_life"),
        ("jag är skyldig pengar och de säger att de ska skada mig", "threat_to_life"),
        ("de väntar utanför skolan", "location_known"),
        ("de har tagit min son", "forced_or_held"),
        # the same kinds of danger in other words
        ("hon skär sig", "self_harm"),
        ("jag tog alla mina tabletter", "self_harm"),
        ("han överdoserade", "self_harm"),
        ("de kommer att skada min familj", "threat_to_life"),
        ("han vill göra mig illa", "threat_to_life"),
        ("jag ska döda någon", "threat_to_life"),
        ("två killar står och väntar utanför porten", "location_known"),
        ("någon har kidnappat min dotter", "forced_or_held"),
        # reported missing by a fresh-clone tester (typed before /start)
        ("ja e hotad", "threat_to_life"),
        ("min son har fått hot", "threat_to_life"),
        ("dom vill att ja ska förvara en pistol", "weapon"),
        ("bror vi ska smälla han", "threat_to_life"),
        ("jag sitter fast och kan inte ta mig ut", "forced_or_held"),
        # their variants
        ("jag e hotad", "threat_to_life"),
        ("vi e hotade", "threat_to_life"),
        ("jag har blivit hotad", "threat_to_life"),
        ("vi får hot hela tiden", "threat_to_life"),
        ("de vill att jag ska gömma en puffra", "weapon"),
        ("han bad mig förvara vapnet", "weapon"),
        ("vi ska skjuta han", "threat_to_life"),
        ("dom ska döda hon", "threat_to_life"),
        ("vi är instängda", "forced_or_held"),
        ("vi kommer inte ut härifrån", "forced_or_held"),
        ("han drog en 🔪", "weapon"),
        # reported missing by a fresh-clone tester (first message and mid-conversation)
        ("jag är i fara nu", "plea"),  # the 🆘 button's label typed as text
        ("Jag är i fara", "plea"),
        ("🆘 Jag är i fara nu", "plea"),
        ("jag har blivit rånad", "violence_now"),
        # their variants
        ("min son är i fara", "plea"),
        ("vi är i livsfara", "plea"),
        ("jag har blivit misshandlad", "violence_now"),
        # reported missing by a fresh-clone tester: sexual violence, a weapon here and now, a
        # threat against someone else, a shooting, not wanting to be around, breathing
        ("jag blev våldtagen", "violence_now"),
        ("han våldtog mig", "violence_now"),
        ("jag blev utsatt för sexuella övergrepp", "violence_now"),
        ("det står en kille med kniv utanför", "weapon"),
        ("det är någon med vapen utanför", "weapon"),
        ("de ska skjuta min bror", "threat_to_life"),
        ("de ska skjuta min mamma", "threat_to_life"),
        ("de sa att de skulle skjuta min familj", "threat_to_life"),
        ("någon har skjutits", "weapon"),
        ("jag vill inte vara med längre", "suicidal"),
        ("jag kan inte andas", "plea"),
        # their variants
        ("jag har blivit våldtagen", "violence_now"),
        ("han har våldtagit mig", "violence_now"),
        ("han tafsar på mig", "violence_now"),
        ("han tar på mig", "violence_now"),
        ("jag blev utnyttjad sexuellt", "violence_now"),
        ("han utnyttjar mig sexuellt", "violence_now"),
        ("han gjorde övergrepp på mig", "violence_now"),
        ("det finns en pistol i skolan", "weapon"),
        ("en beväpnad man utanför", "weapon"),
        ("de har skjutit min bror", "threat_to_life"),
        ("min bror har skjutits", "weapon"),
        ("min son säger att han inte vill vara med längre", "suicidal"),
        ("jag orkar inte vara med längre", "suicidal"),
        ("jag vill inte vara med längre i livet", "suicidal"),
        ("jag får ingen luft", "plea"),
        ("han andas inte", "plea"),
        # reported missing by a fresh-clone tester: 112 with words, bleeding, being followed,
        # a threat to beat; "knivskar*" must still fire once "knivskarp" stays quiet
        ("ring 112 de är här", "plea"),
        ("jag blöder", "plea"),
        ("jag blir förföljd", "violence_now"),
        ("de ska slå mig", "threat_to_life"),
        ("knivskar", "weapon"),
        ("knivskuren", "weapon"),
        ("jag har blivit knivskuren", "weapon"),
        # their variants
        ("SOS de är utanför", "plea"),
        ("ring 112 åt mig", "plea"),
        ("han blöder", "plea"),
        ("jag är svårt skadad", "plea"),
        ("han förföljer mig", "violence_now"),
        ("dom kommer att slå oss", "threat_to_life"),
    ],
    "en": [
        ("They're gonna kill me", "threat_to_life"),
        # reported missing by a fresh-clone tester (the 🆘 button's labels typed as text)
        ("I'm in danger", "plea"),
        ("I'm in danger now", "plea"),
        ("im in danger", "plea"),
        ("I am in danger", "plea"),
        ("my dad hits me", "violence_now"),
        ("he beats me", "violence_now"),
        ("dad hits me", "violence_now"),
        ("my stepdad hits me every day", "violence_now"),
        ("i owe them money and they said they would find me", "threat_to_life"),
        # their variants
        ("we are in danger", "plea"),
        ("my daughter is in danger", "plea"),
        ("she slapped me", "violence_now"),
        ("he hit me in the face", "violence_now"),
        ("he said he would hunt us down", "threat_to_life"),
        ("THEY ARE GOING TO KILL ME", "threat_to_life"),
        ("they r gonna k1ll m3", "threat_to_life"),
        ("ki\u200bll me", "threat_to_life"),
        ("<b>kill</b> me", "threat_to_life"),
        ("there's a death threat against me", "threat_to_life"),
        ("he got a gun", "weapon"),
        ("they have a knife", "weapon"),
        ("i got stabbed", "weapon"),
        ("someone stabed me", "weapon"),
        ("i want to diiie", "suicidal"),
        ("kms", "suicidal"),
        ("im going to unalive myself", "suicidal"),
        ("i want to kill myslef", "suicidal"),
        ("they know where i live", "location_known"),
        ("they locked me in", "forced_or_held"),
        ("i hurt myself again", "self_harm"),
        ("theyre beating me up right now", "violence_now"),
        ("someone is following me home", "violence_now"),
        ("they wil kil me", "threat_to_life"),
        ("im gona kil myself", "suicidal"),
        ("gonna kil u", "threat_to_life"),
        ("imma kil my self", "suicidal"),
        ("they gonna murda me", "threat_to_life"),
        # reported missing by a tester
        ("I took too many pills", "self_harm"),
        ("my friend overdosed", "self_harm"),
        ("they said they will hurt my family", "threat_to_life"),
        ("I am going to kill someone", "threat_to_life"),
        # the same kinds of danger in other words
        ("I took pills", "self_harm"),
        ("I took pills my dad is at work", "self_harm"),  # a run-on message: two sentences
        ("I took pills My dad took my brother to the park", "self_harm"),
        ("I swallowed a whole bottle of pills", "self_harm"),
        ("he's going to hurt me", "threat_to_life"),
        ("if I tell, they'll hurt me", "threat_to_life"),
        ("I want to hurt someone", "threat_to_life"),
        ("he hurts himself", "self_harm"),
        ("they are waiting outside the school", "location_known"),
        ("someone is watching my house", "location_known"),
        ("someone took my daughter", "forced_or_held"),
        # reported missing by a tester: "kill yourself", urged on someone or said of oneself
        ("kys", "suicidal"),
        ("everyone at school tells me to kys", "suicidal"),
        ("I should just kys", "suicidal"),
        ("go kill yourself", "suicidal"),
        # reported missing by a fresh-clone tester (typed before /start), and variants
        ("they want me to hold a gun for them", "weapon"),
        ("they want me to stash a knife", "weapon"),
        ("he told me to hide his gun", "weapon"),
        ("my son got threats", "threat_to_life"),
        ("im being threatened", "threat_to_life"),
        ("we gonna shoot him", "weapon"),
        ("im stuck and i cant get out", "forced_or_held"),
        ("I can't get out of here", "forced_or_held"),
        ("he has a 🔫", "weapon"),
        # reported missing by a fresh-clone tester: sexual violence, a weapon here and now,
        # not being able to breathe
        ("i was raped", "violence_now"),
        ("he raped me", "violence_now"),
        ("i was sexually assaulted", "violence_now"),
        ("he touches me", "violence_now"),
        ("someone is here with a gun", "weapon"),
        ("there is a man with a gun outside", "weapon"),
        ("a guy with a knife is outside my house", "weapon"),
        ("there's a gun in my school", "weapon"),
        ("i cant breathe", "plea"),
        ("i can't breathe", "plea"),
        # their variants
        ("someone raped me", "violence_now"),
        ("i was sexually abused", "violence_now"),
        ("he molested me", "violence_now"),
        ("he groped me", "violence_now"),
        ("my stepdad touches me", "violence_now"),
        ("he keeps touching me", "violence_now"),
        ("he forces me to have sex", "violence_now"),
        ("he forces me to do things", "violence_now"),
        ("he threatens to leak my nudes", "violence_now"),
        ("there's a shooter at my school", "weapon"),
        ("I cannot breathe", "plea"),
        ("he's not breathing", "plea"),
        ("she stopped breathing", "plea"),
        # reported missing by a fresh-clone tester: 112 or SOS with other words, injury, being
        # forced to sell drugs, zero-width characters between words
        ("112 they are here", "plea"),
        ("please call 112 for me", "plea"),
        ("🆘 they are outside", "plea"),
        ("SOS they are outside", "plea"),
        ("🆘 come quick", "plea"),
        ("I'm bleeding", "plea"),
        ("I am hurt badly", "plea"),
        ("i'm being forced to sell drugs", "forced_or_held"),
        ("my son is being forced to sell drugs", "forced_or_held"),
        ("they\u200bwill\u200bkill\u200bme", "threat_to_life"),  # zero-width space
        ("they\u2060will\u2060kill\u2060me", "threat_to_life"),  # word joiner
        ("they\ufeffwill\ufeffkill\ufeffme", "threat_to_life"),  # byte order mark
        # their variants
        ("911 someone is outside", "plea"),
        ("she's bleeding", "plea"),
        ("I'm seriously injured", "plea"),
        ("he is being forced to deal drugs", "forced_or_held"),
        ("i\u200bwant\u200bto\u200bdie", "suicidal"),
    ],
    "ar": [
        ("سيقتلونني", "threat_to_life"),
        ("سَيَقْتُلُونَنِي", "threat_to_life"),
        ("سيقتـــلونني", "threat_to_life"),
        ("بدهم يقتلوني", "threat_to_life"),
        ("يهددونني كل يوم", "threat_to_life"),
        ("معه سكين", "weapon"),
        ("عندهم مسدس", "weapon"),
        ("طعنوني", "weapon"),
        ("بدي انتحر", "suicidal"),
        ("أريد أن أموت", "suicidal"),
        ("انتحاااار", "suicidal"),
        ("يعرفون أين أسكن", "location_known"),
        ("حبسوني في البيت", "forced_or_held"),
        ("اؤذي نفسي", "self_harm"),
        ("بيضربوني", "violence_now"),
        ("سأقتل", "threat_to_life"),  # reported missing by a tester
        ("سأقتلك", "threat_to_life"),  # reported missing by a tester
        ("رح اقتله", "threat_to_life"),
        ("بدي اقتل حدا", "threat_to_life"),
        ("سيؤذونني", "threat_to_life"),
        ("رح يأذوا عيلتي", "threat_to_life"),
        ("بجرح حالي", "self_harm"),
        ("أخذت جرعة زائدة", "self_harm"),
        ("بلعت كل الحبوب", "self_harm"),
        ("خطفوا ابني", "forced_or_held"),
        ("ينتظرون أمام المدرسة", "location_known"),
        # reported missing by a fresh-clone tester: the 🆘 button's label typed as text
        ("أنا في خطر الآن", "plea"),
        ("أنا في خطر", "plea"),
        ("🆘 أنا في خطر", "plea"),
        ("نحن في خطر", "plea"),  # a variant
    ],
    "fa": [
        ("منو میکشن", "threat_to_life"),
        ("می‌خوان منو بکشن", "threat_to_life"),
        ("منو ميكشن", "threat_to_life"),
        ("تهدیدم میکنن", "threat_to_life"),
        ("چاقو داره", "weapon"),
        ("تفنگ دارن", "weapon"),
        ("خودکشی", "suicidal"),
        ("می خوام بمیرم", "suicidal"),
        ("میخوام بميرم", "suicidal"),
        ("خودمو میکشم", "suicidal"),
        ("میدونن کجا زندگی میکنم", "location_known"),
        ("میفامن کجا زندگی میکنم", "location_known"),
        ("منو زندانی کردن", "forced_or_held"),
        ("به خودم آسیب میزنم", "self_harm"),
        ("کتکم میزنن", "violence_now"),
        ("میکشمت", "threat_to_life"),
        ("یکی رو میکشم", "threat_to_life"),
        ("بهم آسیب میزنن", "threat_to_life"),
        ("کلی قرص خوردم", "self_harm"),
        ("اوردوز کردم", "self_harm"),
        ("پسرمو دزدیدن", "forced_or_held"),
        ("دم مدرسه منتظرن", "location_known"),
        # reported missing by a fresh-clone tester: the 🆘 button's label typed as text,
        # someone (with a knife) after me
        ("الان در خطرم", "plea"),
        ("در خطرم", "plea"),
        ("🆘 در خطرم", "plea"),
        ("یکی با چاقو دنبالمه", "weapon"),
        ("یکی دنبالمه", "violence_now"),
        # their variants
        ("من در خطر هستم", "plea"),
        ("دو نفر دنبالمن", "violence_now"),
    ],
    "so": [
        ("Way i dilayaan", "threat_to_life"),
        ("WAY I DILAYAAN", "threat_to_life"),
        ("bastolad ayay haystaan", "weapon"),
        ("waxay rabaan inay i dilaan", "threat_to_life"),
        ("way igu hanjabayaan", "threat_to_life"),
        ("mindi ayuu sitaa", "weapon"),
        ("bastoolad ayay haystaan", "weapon"),
        ("mindi ayaa la igu dhuftay", "weapon"),
        ("waxaan doonayaa inaan is dilo", "suicidal"),
        ("isdilid", "suicidal"),
        ("waxay garanayaan halka aan ku noolahay", "location_known"),
        ("la i afduubay", "forced_or_held"),
        ("way i qasbayaan", "forced_or_held"),
        ("waxaan rabaa inaan is dhaawaco", "self_harm"),
        ("way i garaacayaan", "violence_now"),
        ("waan ku dilayaa", "threat_to_life"),
        ("way i dhaawacayaan", "threat_to_life"),
        ("waxaan cunay kiniin badan", "self_harm"),
        ("wuu is jarjaraa", "self_harm"),
        ("wiilkayga waa la qaaday", "forced_or_held"),
    ],
    "ti": [
        ("ክቐትሉኒ እዮም", "threat_to_life"),
        ("ክቀትሉኒ እዮም", "threat_to_life"),
        ("የፈራርሑኒ ኣለዉ", "threat_to_life"),
        ("የፈራርሁኒ ኣለዉ", "threat_to_life"),
        ("ካራ ኣለዎ", "weapon"),
        ("ካራ አለዎ", "weapon"),
        ("ሽጉጥ ሒዞም", "weapon"),
        ("ብካራ ወጊኡኒ", "weapon"),
        ("ርእሰ-ቕትለት", "suicidal"),
        ("ክመውት ደልየ", "suicidal"),
        ("ገዛይ ይፈልጡ እዮም", "location_known"),
        ("ኣብ ገዛ ዓጽዮምኒ", "forced_or_held"),
        ("ነብሰይ ክጎድእ ደልየ", "self_harm"),
        ("ይወቕዑኒ ኣለዉ", "violence_now"),
        ("ክቐትለካ እየ", "threat_to_life"),
        ("ክጎድኡኒ እዮም", "threat_to_life"),
        ("ብዙሕ ከኒና ወሲደ", "self_harm"),
        ("ወደይ ጨውዮሞ", "forced_or_held"),
        # the verb first, reported missing by a tester
        ("ደልየ ክመውት", "suicidal"),
        ("እደሊ ክመውት እየ", "suicidal"),
        ("ኣይደልን ክነብር", "suicidal"),
        ("ክቐትል ነብሰይ እየ", "suicidal"),
        ("ክጎድእ ነብሰይ ደልየ", "self_harm"),
        ("ክጎድኡ ስድራይ እዮም", "threat_to_life"),
        # reported missing by a fresh-clone tester: the 🆘 button's label typed as text
        ("ሕጂ ኣብ ሓደጋ እየ ዘለኹ", "plea"),
        ("ኣብ ሓደጋ እየ", "plea"),
        ("🆘 ኣብ ሓደጋ እየ", "plea"),
        ("ኣብ ሓደጋ ኣለና", "plea"),  # a variant
    ],
    "fi": [
        ("Ne tappaa mut", "threat_to_life"),
        ("NE TAPPAA MUT", "threat_to_life"),
        ("he aikovat tappaa minut", "threat_to_life"),
        ("se uhkailee mua", "threat_to_life"),
        ("Sillä on puukko", "weapon"),
        ("niil on ase", "weapon"),
        ("mut puukotettiin", "weapon"),
        ("mä haluun kuolla", "suicidal"),
        ("tapan itteni", "suicidal"),
        ("mietin itsemruha", "suicidal"),
        ("itsemurha", "suicidal"),
        ("ne tietää missä mä asun", "location_known"),
        ("tietavat missa asun", "location_known"),
        ("ne lukitsi mut", "forced_or_held"),
        ("satutan itseäni", "self_harm"),
        ("viiltelen", "self_harm"),
        ("ne hakkaa mua", "violence_now"),
        ("mut tapetaa", "threat_to_life"),
        ("minua uhkaillaan", "threat_to_life"),  # reported missing by a tester
        ("häntä uhataan aseella", "threat_to_life"),  # reported missing by a tester
        ("ne aikoo satuttaa mua", "threat_to_life"),
        ("mä tapan jonkun", "threat_to_life"),
        ("hän satuttaa itseään", "self_harm"),
        ("otin yliannostuksen", "self_harm"),
        ("otin liikaa lääkkeitä", "self_harm"),
        ("ne vei mun pojan", "forced_or_held"),
        ("ne odottaa koulun edessä", "location_known"),
        # reported missing by a fresh-clone tester: the 🆘 button's label typed as text,
        # being followed
        ("Olen vaarassa nyt", "plea"),
        ("olen vaarassa", "plea"),
        ("🆘 Olen vaarassa nyt", "plea"),
        ("minua seurataan", "violence_now"),
        # their variants
        ("me ollaan vaarassa", "plea"),
        ("meitä seurattiin kotiin", "violence_now"),
    ],
}

# Ordinary messages a young person or a parent writes: none of them is an emergency.
# Recruitment pressure ("offered money to hold something") is a topic, not an emergency.
SAFE: dict[str, list[str]] = {
    "sv": [
        "Min son har två telefoner",
        "Jag blev erbjuden pengar för att förvara något",
        "Jag är dödstrött",
        "hur anmäler jag oro",
        "jag vill prata med någon",
        "Kan du skjutsa mig till träningen?",
        "Var ligger fritidsgården?",
        "Jag behöver en smörkniv",
        "Det slår mig att han har förändrats",
        "Vill du hänga med mig på bio?",
        "Vi dödade tiden med att spela FIFA",
        "Den filmen var dödsbra",
        "Jag dör av skratt",
        "Jag har en fråga om vapen",
        "Min dotter har nya dyra kläder",
        "Han har äldre kompisar",
        "Jag är orolig för min lillebror",
        "Kan jag vara anonym?",
        "Vad är en orosanmälan?",
        "Min son skolkar från skolan",
        "Någon på Snapchat erbjöd mig ett jobb",
        "Skolan hotar att stänga fritids",
        "Sköt dig själv",
        "Sköt om dig!",
        "Jag fick skjuts hem av pappa",
        "har du puffar?",
        "kan du hjälpa mig nu med läxan?",
        "vi har en kniv i köket",
        "jag har ett block och en penna",
        "Tack för hjälpen",
        "Kan du hjälpa mig hitta en fritidsgård?",
        "Hjälp mig förstå vad en orosanmälan är",
        "Jag behöver hjälp med läxan",
        "Hon är så hjälpsam",
        "Jag är rädd för spindlar",
        "Jag är inte rädd",
        "Han är död för mig",
        "Jag vill rädda världen",
        "snälla kan du hjälpa mig",
        "Buss 112 är sen idag",
        "Jag är inte säker på svaret",
        "Min pappa kör ambulans",
        "Jag skär löken",
        "Jag skär bröd till frukost",
        "Jag skar mig i fingret när jag lagade mat",
        "Min syster skär sig alltid på papper",
        "Kan du skära mig en bit tårta?",
        "Det skar sig mellan oss",
        "Det skär mig i hjärtat",
        "Jag tog mina tabletter i morse",
        "Jag har tagit tabletter mot huvudvärk",
        "Jag tog tabletterna som läkaren gav mig",
        "Mamma väntar utanför skolan",
        "Vi väntar utanför skolan",
        "De tog min son till fotbollen",
        "Vi slog ihjäl tiden med FIFA",
        "Han skadade sig på fotbollen",
        "Rökning kommer att skada min hälsa",
        "Jag ska göra mig i ordning",
        "De sa att de inte ska skada mig",
        # the new words of the tester's report in ordinary sentences
        "Jag är inte hotad",
        "Jag fick en hot dog",
        "jag orkar inte mer mat",
        "Jag orkar inte mer läxor idag",
        "Jag har ingen kniv",
        "Får man bära kniv?",
        "Sen smäller han dörren",
        "Vi ska avsluta allt arbete före fem",
        "Jag ska göra slut med honom",
        "Ska jag ringa polisen om min cykel är stulen?",
        "Jag kan inte ta mig ut ikväll",
        # being asked to carry or keep something that is not a weapon is a recruitment sign,
        # the topic "pressure to do something", not the emergency card
        "en kille vill att jag ska bära en väska med grejer",
        # the new words of the tester's report (sexual violence, a weapon here, shooting, not
        # wanting to be around, breathing) in ordinary sentences
        "Jag vill inte vara med i laget längre",
        "Jag vill inte vara med honom längre",
        "Jag vill inte vara med längre på fotbollen",
        "Vill du vara med?",
        "Han tafsar på min mobil",
        "Pappa tar på mig jackan",
        "Det rör mig djupt",
        "Jag har en fråga om sexualundervisning",
        "Kniven ligger i lådan",
        "Det finns en kniv i köket",
        "Jag skär brödet med kniv hemma",
        "Vi äter med kniv och gaffel hemma",
        "Mötet har skjutits upp",
        "Matchen har skjutits fram",
        "Kan du skjutsa min bror till träningen?",
        "Han ska skjuta upp min tid",
        "Jag kan inte andas genom näsan",
        "Jag kan inte andas av skratt",
        "Andas inte på mig",
        # the new words of the tester's report in ordinary sentences
        "Buss 112 kommer snart",
        "Knivskarp analys",
        "Hon fick knivskarp kritik",
        "Jag har två bröder",
        "Jag är skadad så jag kan inte träna idag",
        "Jag blöder näsblod ibland",
        "Den låten förföljer mig",
        "Jag blir förföljd av otur",
        "Han ska slå mig i schack igen",
        "Jag ska slå mig ner här",
    ],
    "en": [
        "My son has two phones",
        "I was offered money to hold something",
        "I'm dead tired",
        "Just killing time before practice",
        "I'd die for pizza right now",
        "That skill is so useful",
        "How do I report a concern to social services?",
        "I want to talk to someone",
        "My daughter has new expensive clothes",
        "Where is the youth centre?",
        "My best friend stabbed me in the back",
        "We walked 5 kms today",
        "I got a shot at the doctor",
        "Shoot me a text when you're home",
        "He killed it at the talent show",
        "My phone died",
        "I want to die my hair blue",
        "My brother beat me at FIFA",
        "Hit me up later",
        "He keeps following me on Instagram",
        "I cut myself shaving",
        "What are the warning signs of recruitment?",
        "I have a question about knife crime",
        "This homework is killing me",
        "My parents won't let me go to the party",
        "Is this chat anonymous?",
        "she dumped me last week",
        "they looked me up online",
        "thank u so much",
        "I'm putting myself out there",
        "my dad is picking me up at 5",
        "Can I delay my appointment?",
        "we're gonna die in this heat lol",
        "I have a gun emoji on my phone",
        "can you help me find a youth centre",
        "help me understand what a report of concern is",
        "I need help with homework",
        "That was really helpful",
        "I'm scared of spiders",
        "I'm not scared",
        "Are you scared of the dark?",
        "I scored 112 points in the game",
        "fill me in later",
        "kiss me",
        "I bought a kilt",
        "please help me with my homework",
        "I took the pills my doctor gave me",
        "I took my pills this morning",
        "I took pills for my headache",
        "Let's kill time at the mall",
        "This game is killing me",
        "Let's kill everyone in Fortnite",
        "It will hurt my chances",
        "That hurt my feelings",
        "I don't want to hurt him",
        "I would never hurt you",
        "My mom is waiting for me after school",
        "They're watching me play football",
        "He cut himself shaving",
        "My dad took my brother to the park",
        "The sleeping bag is in the car",
        "Don't kill yourself over it",
        "You should never kill yourself over a test",
        # the new words of the tester's report in ordinary sentences
        "I'm not threatened by him",
        "He was threatened with detention",
        "I got treats for Halloween",
        "I don't have a knife",
        "Is it legal to carry a knife?",
        "I'm gonna end it with him",
        "I can't do this anymore, the homework is too hard",
        "I can't go on the trip",
        "Should I call the police if my bike is stolen?",
        "this homework 🔪",
        "lol 🔫",
        "They want me to carry a bag for them",  # recruitment: the topic, not the card
        # the new words of the tester's report in ordinary sentences
        "He touches my phone",
        "Your story touched me deeply",
        "She touched me on the shoulder",
        "He rapped a song for us",
        "That was a rapid change",
        "I rated it five stars",
        "We went to the gun show",
        "He cut the bread with a knife at home",
        "He plays with a toy gun outside",
        "We eat with a knife and fork at home",
        "Our knife is in the kitchen drawer",
        "I play shooter games at home",
        "Mom forces me to eat vegetables",
        "Mom makes me clean my room",
        "I can't breathe through my nose",
        "I can't breathe from laughing",
        "Don't breathe on me",
        # the new words of the tester's report in ordinary sentences; "112" in a number or
        # a name stays quiet (only 112 with a plea or "they are here" fires)
        "bus 112 is late",
        "Room 1124 is on the second floor",
        "My feelings are hurt",
        "I hurt my knee at football yesterday",
        "I'm hurt by what she said",
        "I'm not bleeding",
        "We are breeding rabbits",
        "We were forced to sell our house",
    ],
    "ar": [
        "ابني عنده هاتفين",
        "عرض علي شخص مالا لأحتفظ بشيء",
        "أنا تعبان جدا",
        "ميت من التعب",
        "قتلني الضحك",
        "أريد أن أتحدث مع شخص",
        "كيف أبلغ عن قلقي على ابني؟",
        "أين مركز الشباب؟",
        "ابنتي عندها ملابس غالية جديدة",
        "هل يمكنني الكتابة بالعربية؟",
        "شكرا جزيلا على المساعدة",
        "متى تفتح الخدمة؟",
        "ابني لا يذهب إلى المدرسة",
        "عندي سؤال عن المخدرات",
        "كيف أتكلم مع ابني عن العصابات؟",
        "أخي عنده أصدقاء أكبر منه",
        "نقتل الوقت باللعب",
        "بدي اعرف وين مركز الشباب",
        "أستخدم سكين المطبخ لتقطيع الخبز",
        "ابني يلعب روبلوكس كل يوم",
        "نفسي آكل بيتزا",
        "ساعدني في الواجب",
        "خايف من العنكبوت",
        "هل يمكنك مساعدتي في إيجاد مركز الشباب؟",
        "أنا لست خائفا",
        "سأقتل الوقت باللعب",
        "جرحت نفسي بالغلط",
        "الضوء يؤذيني",
        "أخذت حبة للصداع",
        "أريد أن أقتلع هذه الشجرة",
        "أنا لست في خطر",
        "الوظيفة في خطر",
    ],
    "fa": [
        "پسرم دو تا گوشی داره",
        "یکی بهم پول پیشنهاد داد که یه چیزی رو نگه دارم",
        "خیلی خسته‌ام",
        "از خستگی مردم",
        "از خنده مردم",
        "می‌خوام با یکی حرف بزنم",
        "چطور نگرانی‌ام رو گزارش بدم؟",
        "دخترم لباس‌های گرون جدید داره",
        "مرکز جوانان کجاست؟",
        "ممنون از کمکتون",
        "پسرم مدرسه نمی‌ره",
        "یه سوال درباره مواد مخدر دارم",
        "من نقاشی میکشم",
        "بابام سیگار میکشه",
        "داریم وقت میکشیم",
        "با چاقو پیاز خرد کردم",
        "نمیخوام اینجا زندگی کنم",
        "سلام، من یه سوال دارم",
        "کی باز میکنید؟",
        "خونه ما نزدیک مدرسه است",
        "دوستم دوستای بزرگتر از خودش داره",
        "کمکم کن تکلیفم رو بنویسم",
        "از سگ میترسم",
        "من نمیترسم",
        "میتونی کمکم کنی مرکز جوانان رو پیدا کنم؟",
        "سیگار میکشم",
        "عکس میکشم",
        "یه قرص سردرد خوردم",
        "این غذا بهم آسیب میزنه؟",
        "دم مدرسه منتظرم باش",
        "بابام میاد دنبالم",
        "سگم همه جا دنبالمه",
        "شغلم در خطر است",
        "من در خطر نیستم",
    ],
    "so": [
        "Wiilkaygu wuxuu haystaa laba telefoon",
        "Lacag ayaa la ii bixiyay si aan wax u hayo",
        "Aad baan u daalanahay",
        "Waxaan rabaa inaan la hadlo qof",
        "Sideen u sheegi karaa walwalka aan ka qabo wiilkayga?",
        "Xaggee ku taal xarunta dhallinyarada?",
        "Gabadhaydu waxay haysataa dhar qaali ah oo cusub",
        "Mahadsanid caawimaadda",
        "Wiilkaygu iskuulka ma aado",
        "Ma ku qori karaa Soomaali?",
        "Su'aal ayaan ka qabaa daroogada",
        "Saaxiibkay wuxuu leeyahay saaxiibo ka weyn",
        "Waxaan ka walwalsanahay walaalkay",
        "Hooyo waxay i siisay lacag",
        "Waxaan doonayaa inaan ogaado adeegyada",
        "Goorma ayuu furan yahay xafiiska?",
        "Wiilkaygu wuxuu ciyaaraa Roblox maalin walba",
        "Ma waxaan u baahanahay inaan magacayga sheego?",
        "Waxaan jeclahay kubadda cagta",
        "Waxaan ku noolahay Huddinge",
        "Mindi baan ku jarayaa rootiga",
        "Hooyaday waxay i qasbaysaa inaan akhriyo",
        "i caawi shaqada guriga",
        "Waxaan ka baqayaa eeyaha",
        "Ma i caawin kartaa inaan helo xarunta dhallinyarada?",
        "Ma baqayo",
        "Waxaan qaatay daawo madax xanuun",
        "Waxaan u baahanahay daawo badan",
    ],
    "ti": [
        "ወደይ ክልተ ተሌፎን ኣለዎ",
        "ገንዘብ ሂቦም ሓደ ነገር ክሕዝ ሓቲቶምኒ",
        "ብጣዕሚ ደኺመ እየ",
        "ምስ ሰብ ክዛረብ እደሊ",
        "ከመይ ገይረ ስግኣተይ ክሕብር እኽእል",
        "ማእከል መንእሰያት ኣበይ ኣሎ",
        "ጓለይ ሓደሽቲ ክቡራት ክዳውንቲ ኣለዋ",
        "የቐንየለይ",
        "ወደይ ናብ ቤት ትምህርቲ ኣይከይድን",
        "ብትግርኛ ክጽሕፍ ይኽእል ዶ",
        "ብዛዕባ ሓሽሽ ሕቶ ኣለኒ",
        "ዓርከይ ዓበይቲ ኣዕሩኽ ኣለውዎ",
        "ብዛዕባ ሓወይ እሻቐል እየ",
        "ሰላም፡ ሓደ ሕቶ ኣለኒ",
        "ቤት ጽሕፈት መዓስ ይኽፈት",
        "ወደይ ኩሉ ግዜ ሮብሎክስ ይጻወት",
        "ሽመይ ክህብ የድልየኒ ዶ",
        "ኩዕሶ እግሪ የፍቅር እየ",
        "ኣብ ሁዲንገ እየ ዝነብር",
        "ካራ ተጠቒመ ባኒ ቆሪጸ",
        "ብሕጂ እንታይ ክገብር እኽእል",
        "ኣብ ዕዮ ገዛ ሓግዘኒ",
        "ካብ ከልቢ እፈርህ እየ",
        "ኣይፈርህን እየ",
        "ኣብ ገዛ ብዙሕ መድሃኒት ኣሎ",
        "ክነብር ደልየ",
        "ደልየ ክነብር ኣብ ስዊደን",
        "ብዛዕባ ሓደጋ ሕቶ ኣለኒ",
    ],
    "fi": [
        "Pojallani on kaksi puhelinta",
        "Minulle tarjottiin rahaa, jotta säilyttäisin jotain",
        "Olen ihan kuoleman väsynyt",
        "Tapan aikaa ennen treenejä",
        "Haluan puhua jonkun kanssa",
        "Miten teen lastensuojeluilmoituksen?",
        "Missä on nuorisotalo?",
        "Tyttärelläni on uusia kalliita vaatteita",
        "Kiitos avusta",
        "Voinko kirjoittaa suomeksi?",
        "Poikani ei käy koulussa",
        "Olen huolissani veljestäni",
        "Kuolen nauruun",
        "Tappara voitti eilen",
        "Leikkaan leipää veitsellä",
        "Mun kaveri pelaa Robloxia koko ajan",
        "Onko tämä nimetöntä?",
        "Äiti pakottaa mut siivoamaan",
        "Kaverini voitti mut shakissa",
        "Asun Huddingessa",
        "Hänellä on uusi puhelin",
        "Hän tapaa minut koululla",
        "Haluan kuulla lisää",
        "Auta mua läksyissä",
        "Pelkään hämähäkkejä",
        "Voitko auttaa mua löytämään nuorisotalon?",
        "En pelkää",
        "Bussi 112 on myöhässä",
        "Tää satuttaa mua",
        "En halua satuttaa sua",
        "Meitä uhataan sakoilla",
        "Otin pillerit päänsärkyyn",
        "Otin lääkkeet aamulla",
        "Äiti vei mun pojan kouluun",
        "Äiti odottaa koulun edessä",
        "Kaveri seuraa mua instassa",
        "Älä syö liikaa karkkia",
        "Olen KYS:ssä tutkimuksissa",  # KYS: Kuopio University Hospital, not "kill yourself"
        "Menen huomenna KYS:n päivystykseen",
        "Minua seurataan instagramissa",
        "En ole vaarassa",
        "Olen vaarassa menettää työpaikkani",
    ],
}

# A sentence that is only a plea, a fear or 112 (entries with ``alone = true``): (text,
# category, list that fires, or None where several lists hold the words, as "112" alone).
# Kept apart from DANGER: inside an ordinary sentence these words must not fire.
ALONE: dict[str, list[tuple[str, str, str | None]]] = {
    "sv": [
        ("hjälp", "plea", "sv"),
        ("hjälp mig", "plea", "sv"),
        ("HJÄLP!!", "plea", "sv"),
        ("snälla hjälp mig", "plea", "sv"),
        ("rädda mig", "plea", "sv"),
        ("jag är rädd", "fear", "sv"),
        ("jag är livrädd", "fear", "sv"),
        ("Jag e så rädd", "fear", "sv"),
        ("Ska jag ringa 112?", "plea", "sv"),
        # reported missing by a fresh-clone tester
        ("jag är inte säker", "fear", "sv"),
        ("jag är inte trygg", "fear", "sv"),
        ("ring ambulans", "plea", "sv"),
        ("ambulans", "plea", "sv"),
        ("ta mig härifrån", "plea", "sv"),
        # their variants
        ("jag känner mig inte trygg hemma", "fear", "sv"),
        ("Vi behöver en ambulans!", "plea", "sv"),
        ("snälla få ut mig härifrån", "plea", "sv"),
        # reported missing by a fresh-clone tester
        ("jag är skadad", "plea", "sv"),
        ("jag är skadad hjälp", "plea", "sv"),  # a variant
    ],
    "en": [
        ("help", "plea", "en"),
        ("help!", "plea", "en"),
        ("help me", "plea", "en"),
        ("HELP ME PLEASE!!! 🙏", "plea", "en"),
        ("heeelp", "plea", "en"),
        ("someone help", "plea", "en"),
        ("save me", "plea", "en"),
        ("I'm scared", "fear", "en"),
        ("im so scared", "fear", "en"),
        ("I am really scared right now", "fear", "en"),
        ("so scaaared", "fear", "en"),
        ("help me im scared", "fear", "en"),
        ("112", "plea", None),
        ("112!", "plea", None),
        ("call 112", "plea", "en"),
        ("ring 112", "plea", None),
        ("should I call 112?", "plea", "en"),
        ("SOS", "plea", None),
        ("sos", "plea", None),
        ("🆘", "plea", None),
        ("🆘🆘🆘", "plea", None),
        ("🆘 help me", "plea", "en"),
        # reported missing by a fresh-clone tester; 911 and 999 are dialled like 112 by people
        # raised in North America or the UK
        ("I am not safe", "fear", "en"),
        ("call an ambulance", "plea", "en"),
        ("i need an ambulance", "plea", "en"),
        ("ring 911", "plea", None),
        # their variants
        ("I don't feel safe at home", "fear", "en"),
        ("AMBULANCE!!", "plea", "en"),
        ("call 999", "plea", "en"),
        ("911", "plea", None),
        ("get me out of here", "plea", "en"),
        # reported missing by a fresh-clone tester: "I'm hurt" (as "I'm hurt badly", DANGER)
        ("I'm hurt", "plea", "en"),
        ("i am hurt please help", "plea", "en"),  # a variant
    ],
    "ar": [
        ("ساعدني", "plea", "ar"),
        ("ساعدوني بسرعة", "plea", "ar"),
        ("النجدة!", "plea", "ar"),
        ("أنا خايف", "fear", "ar"),
        ("انا خائفة جدا", "fear", "ar"),
        ("اتصل بـ112", "plea", "ar"),
    ],
    "fa": [
        ("کمکم کنید", "plea", "fa"),
        ("کمک!", "plea", "fa"),
        ("می ترسم", "fear", "fa"),
        ("من خیلی می\u200cترسم", "fear", "fa"),
        ("به 112 زنگ بزنم؟", "plea", "fa"),
    ],
    "so": [
        ("i caawi", "plea", "so"),
        ("fadlan i caawi", "plea", "so"),
        ("waan baqayaa", "fear", "so"),
        ("112 wac", "plea", "so"),
    ],
    "ti": [
        ("ሓግዙኒ", "plea", "ti"),
        ("በጃኹም ሓግዙኒ", "plea", "ti"),
        ("ፈሪሐ እየ", "fear", "ti"),
        ("ናብ 112 ደውሉ", "plea", "ti"),
    ],
    "fi": [
        ("apua", "plea", "fi"),
        ("auta mua", "plea", "fi"),
        ("mua pelottaa", "fear", "fi"),
        ("mä pelkään", "fear", "fi"),
        ("soita 112", "plea", "fi"),
    ],
}
ALL_ALONE = [(lang, *case) for lang, cases in ALONE.items() for case in cases]

# Other danger said in a sentence of its own (entries with ``alone = true`` and a category
# other than plea or fear): "jag orkar inte mer", a weapon word or emoji alone, "ring polisen".
# (text, category, list that fires, or None where the words name no language: the emoji).
ALONE_SIGNS: list[tuple[str, str, str | None]] = [
    # reported missing by a fresh-clone tester (typed before /start)
    ("jag orkar inte mer", "suicidal", "sv"),
    ("ring polisen", "plea", "sv"),
    ("kniv", "weapon", "sv"),
    ("vapen", "weapon", "sv"),
    ("im gonna end it", "suicidal", "en"),
    ("i cant do this anymore", "suicidal", "en"),
    ("🔪", "weapon", None),
    ("🔫", "weapon", None),
    # their variants
    ("ja orkar inte mer", "suicidal", "sv"),
    ("orkar inte längre", "suicidal", "sv"),
    ("jag pallar inte mer asså", "suicidal", "sv"),
    ("jag orkar inte mer med livet", "suicidal", "sv"),
    ("jag klarar inte det här längre", "suicidal", "sv"),
    ("jag ska avsluta allt", "suicidal", "sv"),
    ("Ring polisen!", "plea", "sv"),
    ("ska jag ringa polisen?", "plea", "sv"),
    ("Kniv!!", "weapon", "sv"),
    ("en pistol", "weapon", "sv"),
    ("I'm gonna end it", "suicidal", "en"),
    ("i am going to end it tonight", "suicidal", "en"),
    ("I can't do this anymore", "suicidal", "en"),
    ("i cant take it anymore", "suicidal", "en"),
    ("call the police", "plea", "en"),
    ("please call the cops", "plea", "en"),
    ("gun!", "weapon", "en"),
    ("🔫\ufe0f", "weapon", None),  # with the emoji presentation selector
    ("🔪🔫💀", "weapon", None),  # was an "edge input" that stayed quiet: now the card
    # reported missing by a fresh-clone tester: "jag orkar inte" alone is the card, safety first
    ("jag orkar inte", "suicidal", "sv"),
    ("i don't want to live", "suicidal", "en"),
    # their variants
    ("orkar inte", "suicidal", "sv"),
    ("jag pallar inte asså", "suicidal", "sv"),
    ("i dont wanna live anymore", "suicidal", "en"),
    ("I really don't want to live like this", "suicidal", "en"),
]


ALL_DANGER = [(lang, text, category) for lang, cases in DANGER.items() for text, category in cases]
ALL_SAFE = [text for texts in SAFE.values() for text in texts]


def test_every_language_is_loaded_and_covered(detector: DangerDetector) -> None:
    # one list per language of the bot; ckb, tr and es are covered by test_danger_ckb_tr_es.py;
    # the emergency-only lists (no catalogue) by test_danger_emergency_only.py
    assert set(SUPPORTED_LOCALES) == {*LANGUAGES, "ckb", "tr", "es"}
    assert not set(EMERGENCY_ONLY_LISTS) & set(SUPPORTED_LOCALES)
    assert len(set(EMERGENCY_ONLY_LISTS)) == len(EMERGENCY_ONLY_LISTS)
    assert set(detector.languages) == set(SUPPORTED_LOCALES) | set(EMERGENCY_ONLY_LISTS)
    for lang in set(detector.languages) - set(SUPPORTED_LOCALES):
        assert lang in EMERGENCY_ONLY_LISTS, lang
    for lang in LANGUAGES:
        assert len(DANGER[lang]) >= 8, lang
        assert len(SAFE[lang]) >= 20, lang
        assert {category for _, category in DANGER[lang]} <= set(CATEGORIES)
        assert {category for _, category, _ in ALONE[lang]} == {"plea", "fear"}, lang


def test_lists_not_written_by_native_speakers_are_marked_unreviewed(
    detector: DangerDetector,
) -> None:
    drafts = {"ar", "fa", "so", "ti", "fi", "ckb", "tr", "es", *EMERGENCY_ONLY_LISTS}
    assert {
        lang for lang, status in detector.review_status.items() if status == "unreviewed"
    } == drafts
    for lang in sorted(drafts):
        head = (DATA_DIR / f"{lang}.toml").read_text(encoding="utf-8").split("[[pattern]]")[0]
        assert 'review_status = "unreviewed"' in head
        assert "translator_note" in head


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        pytest.param(lang, text, category, id=f"{lang}:{text}")
        for lang, text, category in ALL_DANGER
    ],
)
def test_danger_phrase_triggers(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    match = detector.detect(text)
    assert match is not None, f"{text!r} did not trigger"
    assert (match.category, match.language) == (category, lang), match


@pytest.mark.parametrize(
    "text", [pytest.param(text, id=f"{lang}:{text}") for lang in SAFE for text in SAFE[lang]]
)
def test_ordinary_phrase_does_not_trigger(detector: DangerDetector, text: str) -> None:
    assert detector.detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\u200b\u200f\u202e",
        "💀🙏",
        "<script>alert(1)</script>",
        "&amp;&#112;",
        "a" * 4096,
        "ـــ",
        "\ud800",
        "٣٤٥ ۱۲۳",
        "...",
    ],
)
def test_edge_inputs_do_not_trigger_or_raise(detector: DangerDetector, text: str) -> None:
    assert detector.detect(text) is None


def test_match_is_a_frozen_value(detector: DangerDetector) -> None:
    match = detector.detect("they know where I live")
    assert match == DangerMatch("location_known", "en", "knows_address")
    with pytest.raises(AttributeError):
        match.category = "weapon"  # type: ignore[misc]


def test_locale_does_not_matter_every_language_is_checked(detector: DangerDetector) -> None:
    mixed = "hej, jag bor i Huddinge. بدي انتحر"
    assert detector.detect(mixed) == DangerMatch("suicidal", "ar", "suicide")


# The 🆘 button's label (handlers/screens.py, ``safety_row``) typed as text, in every catalogue:
# a translation that changes must still fire.
DANGER_BUTTON = "🆘 I'm in danger now"


def _translation(lang: str, msgid: str) -> str:
    with (ROOT / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as file:
        message = read_po(file).get(msgid)
    assert message is not None, lang
    assert isinstance(message.string, str), lang
    assert message.string, lang
    return message.string


def test_the_danger_button_label_is_the_one_the_code_shows() -> None:
    assert f'_("{DANGER_BUTTON}")' in (ROOT / "handlers" / "screens.py").read_text("utf-8")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_danger_buttons_label_typed_as_text_fires(detector: DangerDetector, lang: str) -> None:
    label = _translation(lang, DANGER_BUTTON)
    # as copied (with the bidi isolates around 🆘), without the emoji, and typed in lower case
    bare = label.replace("🆘", "").strip(" \u2066\u2067\u2068\u2069")
    for text in (label, bare, bare.lower(), f"{bare}!"):
        match = detector.detect(text)
        assert match is not None, (lang, text)
        assert match.category in {"plea", "threat_to_life"}, (lang, text, match)
        assert not match.neutral, (lang, text, match)  # its own words, not 🆘 alone


# --- which language the words show (bot/core/emergency.py, card_locale) ----------------------

# Words that fire alike in several lists, or digits alone: they name no language.
NEUTRAL = ["112", "112!", "112 112", "SOS", "sos", "Sos!!", "🆘", "🆘🆘🆘", "ring 112", "kms"]
# Only one list reads these as they stand (the sentence around "112" counts too).
ONE_LANGUAGE = [
    ("call 112", "en"),
    ("Ska jag ringa 112?", "sv"),
    ("soita 112", "fi"),
    ("112 wac", "so"),
    ("🆘 help me", "en"),
    ("hjälp", "sv"),
    ("ساعدني", "ar"),
    ("jag har tagit en överdos", "sv"),  # "överdos" is not read as a typo of "overdose"
    ("my friend overdosed", "en"),  # nor "overdosed" as a typo of "överdoser"
]


@pytest.mark.parametrize("text", NEUTRAL)
def test_words_in_every_list_or_digits_are_neutral(detector: DangerDetector, text: str) -> None:
    match = detector.detect(text)
    assert match is not None, text
    assert match.neutral is True, match


@pytest.mark.parametrize(("text", "language"), ONE_LANGUAGE)
def test_words_of_one_language_are_not_neutral(
    detector: DangerDetector, text: str, language: str
) -> None:
    match = detector.detect(text)
    assert match is not None, text
    assert (match.language, match.neutral) == (language, False), match


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(lang, text, id=f"{lang}:{text}")
        for lang, text, _ in ALL_DANGER
        if text not in NEUTRAL
    ],
)
def test_every_danger_phrase_names_its_language(
    detector: DangerDetector, lang: str, text: str
) -> None:
    """A reader whose Telegram app sends no language gets the card in the language of
    these words: none of them may be shared with another list."""
    match = detector.detect(text)
    assert match is not None, text
    assert (match.language, match.neutral) == (lang, False), match


# --- words in several lists: the other words of the message choose (common = [...]) ---------

# (text, the language of the card's words, or None: nothing tells, the match stays neutral)
OTHER_WORDS = [
    ("I want to kms", "en"),  # the tester's report: was the Swedish default
    ("i wanna kms rn", "en"),
    ("jag vill kms", "sv"),
    ("mä haluun kms", "fi"),
    ("kms", None),  # no other word
    ("kms kms kms", None),
    ("jag want kms", None),  # one word of each: a tie
    ("hej kms", None),  # no common word of any candidate language
    ("jag är hemma. 112", "sv"),  # digits name no language either; other sentences count
    ("I am at home. SOS", "en"),  # "I am in danger" is now a match of its own
    ("أنا في خطر. 112", "ar"),
    ("112", None),
    ("ring 112", None),  # the words of the match do not count, only the others
]


@pytest.mark.parametrize(("text", "language"), OTHER_WORDS)
def test_the_other_words_choose_among_the_lists_that_fired(
    detector: DangerDetector, text: str, language: str | None
) -> None:
    match = detector.detect(text)
    assert match is not None, text
    if language is None:
        assert match.neutral is True, match
    else:
        assert (match.language, match.neutral) == (language, False), match


def test_the_chosen_languages_own_entry_is_the_match(detector: DangerDetector) -> None:
    assert detector.detect("jag vill kms") == DangerMatch("suicidal", "sv", "suicide")
    assert detector.detect("I am at home. SOS") == DangerMatch("plea", "en", "plea")


def test_every_list_has_common_words_that_are_not_danger_words(
    detector: DangerDetector,
) -> None:
    for lang in LANGUAGES:
        common = tomllib.loads((DATA_DIR / f"{lang}.toml").read_text(encoding="utf-8"))["common"]
        assert len(common) >= 20, lang
        for word in common:
            assert detector.detect(word) is None, (lang, word)


def _two_lists(tmp_path: Path) -> DangerDetector:
    """xx and yy both list "zork" (and "foo zork"); "foo" is common in xx, "bar" in yy,
    "both" in both."""
    for lang, common in (("xx", '"foo", "both"'), ("yy", '"bar", "both"')):
        (tmp_path / f"{lang}.toml").write_text(
            f'review_status = "unreviewed"\ncommon = [{common}]\n'
            f'[[pattern]]\nid = "{lang}_zork"\ncategory = "suicidal"\nphrases = ["zork"]\n'
            f'[[pattern]]\nid = "{lang}_foo"\ncategory = "suicidal"\nphrases = ["foo zork"]\n',
            encoding="utf-8",
        )
    return DangerDetector.from_dir(tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zork", DangerMatch("suicidal", "xx", "xx_zork", neutral=True)),
        ("bar zork", DangerMatch("suicidal", "yy", "yy_zork")),
        ("zork. Bar!", DangerMatch("suicidal", "yy", "yy_zork")),  # any sentence counts
        ("bar zork foo", DangerMatch("suicidal", "xx", "xx_zork", neutral=True)),  # a tie
        ("bar zork foo bar", DangerMatch("suicidal", "yy", "yy_zork")),  # each time counts
        ("both zork", DangerMatch("suicidal", "xx", "xx_zork", neutral=True)),  # counts for both
        ("foo zork", DangerMatch("suicidal", "xx", "xx_foo", neutral=True)),  # the match's own
        ("bar foo zork", DangerMatch("suicidal", "yy", "yy_foo")),
    ],
)
def test_tie_break_counts_common_words_outside_the_match(
    tmp_path: Path, text: str, expected: DangerMatch
) -> None:
    assert _two_lists(tmp_path).detect(text) == expected


@pytest.mark.parametrize(
    ("language_code", "chosen", "locale", "shown"),
    [
        (None, False, "sv", "en"),  # no Telegram language: the language of the other words
        ("ku", False, "sv", "en"),  # one without a catalogue: the same
        ("fi", False, "fi", "fi"),  # Telegram's language fits a catalogue: it wins
        (None, True, "so", "so"),  # the user's choice always wins
    ],
)
def test_card_locale_for_a_word_in_several_lists(
    detector: DangerDetector, language_code: str | None, chosen: bool, locale: str, shown: str
) -> None:
    match = detector.detect("I want to kms")
    assert match is not None
    assert (
        card_locale(
            locale,
            locale_chosen=chosen,
            language_code=language_code,
            match=match,
            available=LANGUAGES,
        )
        == shown
    )


@pytest.mark.parametrize("text", ["kms", "jag want kms"])
def test_card_locale_keeps_the_default_when_nothing_tells(
    detector: DangerDetector, text: str
) -> None:
    match = detector.detect(text)
    assert match is not None
    shown = card_locale(
        "sv", locale_chosen=False, language_code=None, match=match, available=LANGUAGES
    )
    assert shown == "sv"


def test_the_sos_emoji_reads_as_the_word(detector: DangerDetector) -> None:
    assert detector.detect("🆘") == detector.detect("sos")
    assert detector.detect("Han har en kniv 🆘") == DangerMatch("weapon", "sv", "weapon_present")
    assert detector.detect("🙏🆘 this homework is killing me") is None  # not alone: no plea


def test_sentence_end_stops_phrases_and_vetoes(detector: DangerDetector) -> None:
    # "die my hair" vetoes "want to die" inside one sentence, never across a full stop.
    assert detector.detect("I want to die my hair blue") is None
    assert detector.detect("I want to die. My hair is a mess") is not None
    assert detector.detect("they have.\nA knife is in the kitchen") is None


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("DÖD", "dod"),
        ("hötar", "hotar"),
        ("ki\u200bl\u2060l\ufeff", "kill"),
        ("\u202babc\u202c\u200e", "abc"),
        ("أإآ", "ااا"),
        ("ى ی ي", "ي ي ي"),
        ("ك", "ک"),
        ("ة", "ه"),
        ("قـــتل", "قتل"),
        ("۱۲۳ ٤٥", "123 45"),
        ("ＫＩＬＬ", "kill"),
        ("don't", "dont"),
        ("ሐ ቐ ኣ ዓ", "ሀ ቀ አ አ"),
    ],
)
def test_normalize(raw: str, folded: str) -> None:
    assert normalize(raw) == folded


def test_tokenize_cuts_stretched_letters_and_joins_persian_prefix() -> None:
    assert tokenize(normalize("diiiie now")) == [("diie", True), ("now", False)]
    assert tokenize(normalize("می خوام")) == [("میخوام".replace("ی", "ي"), False)]
    assert tokenize("a. b") == [("a", False), ("", False), ("b", False)]


@pytest.mark.parametrize(
    ("raw", "spaced"),
    [
        ("they\u200bwill\u200bkill\u200bme", "they will kill me"),
        ("a\u2060b\ufeffc", "a b c"),
        ("\ufeffkill me", " kill me"),
        ("kill me", None),
        ("می\u200cخوام", None),  # the Persian zero-width non-joiner is spelling, not a space
        ("👨\u200d👩", None),  # nor is the zero-width joiner of emoji sequences
    ],
)
def test_zero_width_spaces_read_as_spaces(raw: str, spaced: str | None) -> None:
    assert zero_width_as_space(raw) == spaced


def test_zero_width_characters_between_words_or_inside_a_word(detector: DangerDetector) -> None:
    kill_me = DangerMatch("threat_to_life", "en", "kill_me")
    for joint in ZERO_WIDTH_JOINTS:
        assert detector.detect(joint.join(["they", "will", "kill", "me"])) == kill_me, joint
        assert detector.detect(f"ki{joint}ll me") == kill_me, joint  # a word split: read whole
    assert detector.detect("می\u200cخوام بمیرم") == DangerMatch("suicidal", "fa", "suicide")
    assert detector.detect("they\u200bwill\u200bkill\u200btime") is None


ZERO_WIDTH_JOINTS = ("\u200b", "\u2060", "\ufeff")


def test_unleet_only_touches_words_with_letters() -> None:
    assert unleet("k1ll m3 112") == "kill me 112"
    assert unleet("call 112") is None


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        ("myself", "myslef", True),
        ("stabbed", "stabed", True),
        ("kniv", "knive", True),
        ("skjuta", "skjutsa", True),
        ("abc", "bca", False),
        ("kill", "skills", False),
        ("same", "same", True),
        ("", "a", True),
        ("ab", "ba", True),
    ],
)
def test_within_one_edit(a: str, b: str, close: bool) -> None:
    assert within_one_edit(a, b) is close
    assert within_one_edit(b, a) is close


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=4096))
def test_detect_never_raises(detector: DangerDetector, text: str) -> None:
    result = detector.detect(text)
    assert result is None or result.category in CATEGORIES


@settings(max_examples=500, deadline=None)
@given(
    case=st.sampled_from(ALL_DANGER),
    before=st.lists(st.sampled_from(ALL_SAFE), max_size=4),
    after=st.lists(st.sampled_from(ALL_SAFE), max_size=4),
    joint=st.sampled_from([" ", ", ", " 🙏 ", " - ", "... "]),
)
def test_danger_phrase_triggers_inside_ordinary_text(
    detector: DangerDetector,
    case: tuple[str, str, str],
    before: list[str],
    after: list[str],
    joint: str,
) -> None:
    _, phrase, _ = case
    text = joint.join([*before, phrase, *after])
    assert detector.detect(text) is not None, text


@settings(max_examples=500, deadline=None)
@given(
    case=st.sampled_from(ALL_DANGER),
    before=st.lists(st.sampled_from(ALL_SAFE), max_size=4),
    after=st.lists(st.sampled_from(ALL_SAFE), max_size=4),
    joint=st.sampled_from([". ", "! ", "\n", "? ", "؟ ", "። "]),
)
def test_danger_sentence_keeps_its_category_among_ordinary_sentences(
    detector: DangerDetector,
    case: tuple[str, str, str],
    before: list[str],
    after: list[str],
    joint: str,
) -> None:
    _, phrase, _ = case
    text = joint.join([*before, phrase, *after])
    alone, among = detector.detect(phrase), detector.detect(text)
    assert alone is not None
    assert among is not None, text
    assert among.category == alone.category, text
    if not alone.neutral:  # a phrase of one language keeps it; a shared word ("kms", "112")
        assert among == alone, text  # may take the language of the sentences around it


# --- a sentence standing alone: plea, fear, 112 ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "category", "fires_in"),
    [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in ALL_ALONE],
)
def test_plea_fear_or_112_standing_alone_triggers(
    detector: DangerDetector, lang: str, text: str, category: str, fires_in: str | None
) -> None:
    match = detector.detect(text)
    assert match is not None, f"{text!r} did not trigger"
    assert match.category == category, match
    if fires_in is not None:
        assert match.language == fires_in, match


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Help! How do I report a concern?", True),  # "Help!" is a sentence of its own
        ("help. my son has two phones", True),
        ("I need help.\nHelp me!", True),
        ("Help me, I am scared", True),  # one sentence of plea and fear words only
        ("help me understand", False),
        ("please help me with my homework", False),
        ("I'm scared, of spiders", False),  # a comma does not end a sentence
        ("Thanks for the help. Hjälp mig förstå.", False),
        ("help help help help help help help help help help help help help", False),  # > 12
    ],
)
def test_standing_alone_is_judged_per_sentence(
    detector: DangerDetector, text: str, fires: bool
) -> None:
    assert (detector.detect(text) is not None) is fires, detector.detect(text)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("/help", False),
        ("/help@vagvisare_bot", False),
        ("/start help", False),
        ("/start they will kill me", True),  # a command with danger words still fires
        ("/help\nhelp me", True),  # the next sentence stands alone
    ],
)
def test_a_bot_command_is_never_a_plea(detector: DangerDetector, text: str, fires: bool) -> None:
    assert (detector.detect(text) is not None) is fires, detector.detect(text)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    case=st.sampled_from(ALL_ALONE),
    before=st.lists(st.sampled_from(ALL_SAFE), max_size=4),
    after=st.lists(st.sampled_from(ALL_SAFE), max_size=4),
    joint=st.sampled_from([". ", "! ", "\n", "? ", "؟ ", "። "]),
)
def test_a_plea_sentence_fires_among_ordinary_sentences(
    detector: DangerDetector,
    case: tuple[str, str, str, str | None],
    before: list[str],
    after: list[str],
    joint: str,
) -> None:
    _, phrase, category, _ = case
    text = joint.join([*before, phrase, *after])
    match = detector.detect(text)
    assert match is not None, text
    assert match.category == category, text


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    case=st.sampled_from(ALL_ALONE),
    before=st.lists(st.sampled_from(ALL_SAFE), min_size=1, max_size=3),
)
def test_a_plea_inside_an_ordinary_sentence_stays_quiet(
    detector: DangerDetector, case: tuple[str, str, str, str | None], before: list[str]
) -> None:
    _, phrase, _, _ = case
    text = " ".join([*before, phrase.rstrip("!?")]).replace(".", "").replace("?", "")
    text = text.replace("!", "").replace("؟", "").replace("\n", " ")
    match = detector.detect(text)
    # Ordinary sentences run together without their full stops may read as danger on their
    # own ("… om vapen Min son har …"): only the plea must not fire inside a sentence.
    assert match is None or match.category not in {"plea", "fear"}, text


@pytest.mark.parametrize(
    ("text", "category", "fires_in"), [pytest.param(*case, id=case[0]) for case in ALONE_SIGNS]
)
def test_danger_standing_alone_triggers(
    detector: DangerDetector, text: str, category: str, fires_in: str | None
) -> None:
    match = detector.detect(text)
    assert match is not None, f"{text!r} did not trigger"
    assert match.category == category, match
    if fires_in is None:  # the emoji are in the Swedish and the English list alike
        assert match.neutral is True, match
    else:
        assert (match.language, match.neutral) == (fires_in, False), match


def test_the_weapon_emoji_read_as_words_of_no_language(detector: DangerDetector) -> None:
    assert detector.detect("han har 🔫") == DangerMatch("weapon", "sv", "weapon_present")
    assert detector.detect("he has a 🔪") == DangerMatch("weapon", "en", "weapon_present")
    assert detector.detect("jag har 🔪🔪") == DangerMatch("weapon", "sv", "weapon_present")
    assert detector.detect("🔪 hjälp") == DangerMatch("weapon", "sv", "weapon_word")
    assert detector.detect("this homework 🔪🔪") is None  # not alone, no verb: quiet


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    case=st.sampled_from(ALONE_SIGNS),
    before=st.lists(st.sampled_from(ALL_SAFE), max_size=3),
    after=st.lists(st.sampled_from(ALL_SAFE), max_size=3),
    joint=st.sampled_from([". ", "! ", "\n", "? "]),
)
def test_danger_standing_alone_fires_among_ordinary_sentences(
    detector: DangerDetector,
    case: tuple[str, str, str | None],
    before: list[str],
    after: list[str],
    joint: str,
) -> None:
    phrase, category, _ = case
    text = joint.join([*before, phrase, *after])
    match = detector.detect(text)
    assert match is not None, text
    assert match.category == category, text


@pytest.mark.parametrize(
    "text",
    [
        "jag orkar inte mer mat",
        "Jag orkar inte mer läxor idag",
        "ring polisen om du ser något",
        # the tester's words inside ordinary sentences
        "jag är inte säker på att jag vill",
        "Jag orkar inte plugga idag",
        "orkar inte nu",
        "ska man ringa ambulans om man stukat foten?",
        "kan du ta mig härifrån till stationen?",
        "Jobbet är i fara",
        "Jag är inte i fara",
        "Buss 911 är sen",
        "I'm not sure",
        "im not sure",
        "This food is not safe to eat",
        "I'm not safe to drive",
        "is it safe to swim here?",
        "I'm in danger of failing maths",
        "I'm not in danger",
        "Polar bears are in danger",
        "Beats me!",
        "she beats me at chess",
        "he beats me every time at FIFA",
        "he hits me up later",
        "It just hit me that I forgot my keys",
        "I don't want to live in Stockholm",
        "I don't want to live with my dad",
        "my dad drives an ambulance",
        "she said she would find me at the party",
        "they told me to find my keys",
        "I scored 999 points",
        "vi har en kniv i köket",
        "Jag har en fråga om vapen",
        "I'm gonna end it with him",
        "I can't do this anymore, the homework is too hard",
        "I have a question about knife crime",
        "this homework 🔪",
    ],
)
def test_danger_standing_alone_stays_quiet_inside_a_sentence(
    detector: DangerDetector, text: str
) -> None:
    assert detector.detect(text) is None


# --- malformed data ---------------------------------------------------------------------------

GOOD = """
review_status = "unreviewed"
[[pattern]]
id = "ok"
category = "weapon"
phrases = ["knife"]
"""


BAD_PLEA = '[[pattern]]\nid = "bad"\ncategory = "plea"\n'


@pytest.mark.parametrize(
    ("content", "pattern_id", "fragment"),
    [
        ("review_status = [unclosed", None, "cannot read"),
        (
            'review_status = "maybe"\n[[pattern]]\nid="a"\ncategory="weapon"\nphrases=["x"]',
            None,
            "review_status",
        ),
        ('review_status = "unreviewed"', None, "[[pattern]]"),
        (GOOD + '[[pattern]]\nid = "bad"\ncategory = "danger"\nphrases = ["x"]', "bad", "category"),
        (
            GOOD + '[[pattern]]\nid = "bad"\ncategory = "weapon"\nphrases = ["kill|dont-know"]',
            "bad",
            "one word",
        ),
        (GOOD + '[[pattern]]\nid = "bad"\ncategory = "weapon"\nphrases = ["*k"]', "bad", "stem"),
        (GOOD + '[[pattern]]\nid = "bad"\ncategory = "weapon"\nnear = ["gun"]', "bad", "near"),
        (
            GOOD + '[[pattern]]\nid = "bad"\ncategory = "weapon"\nphrases = ["x"]\nwindow = 3',
            "bad",
            "phrases",
        ),
        (
            GOOD + '[[pattern]]\nid = "bad"\ncategory = "weapon"\nphrase = ["x"]',
            "bad",
            "unknown keys",
        ),
        (GOOD + '[[pattern]]\nid = "bad"\ncategory = "weapon"\nphrases = []', "bad", "lists"),
        (GOOD + GOOD.split("\n", 2)[2], "ok", "twice"),
        (GOOD + '[[pattern]]\ncategory = "weapon"\nphrases = ["x"]', None, "pattern #2"),
        (GOOD + BAD_PLEA + 'near = ["a", "b"]\nalone = true', "bad", "alone"),
        (GOOD + BAD_PLEA + 'phrases = ["help"]\nalone = "yes"', "bad", "alone"),
        (GOOD + BAD_PLEA + 'phrases = ["help"]\nextra = ["me"]', "bad", "extra"),
        (
            GOOD + BAD_PLEA + 'phrases = ["help"]\nalone = true\nextra = ["right now"]',
            "bad",
            "single",
        ),
        (GOOD + BAD_PLEA + 'phrases = ["help"]\nalone = true\nextra = [""]', "bad", "lists"),
        (GOOD + BAD_PLEA + 'phrases = ["help"]\nalone = true\nextra = "me"', "bad", "lists"),
        # a space in a near item split "gun|a knife" into two required slots, unnoticed
        (GOOD + BAD_PLEA + 'near = ["gun|a knife", "here"]', "bad", "without spaces"),
        ('common = ["two words"]' + GOOD, None, "common: 'two words' is not one word"),
        ('common = ["!"]' + GOOD, None, "not one word"),
        ('common = "the"' + GOOD, None, "common"),
        (
            GOOD + BAD_PLEA + f'phrases = ["{" ".join(["help"] * 13)}"]\nalone = true',
            "bad",
            "at most 12",
        ),
    ],
)
def test_malformed_file_raises_naming_file_and_pattern(
    tmp_path: Path, content: str, pattern_id: str | None, fragment: str
) -> None:
    (tmp_path / "xx.toml").write_text(content, encoding="utf-8")
    (tmp_path / "en.toml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(DangerDataError) as caught:
        DangerDetector.from_dir(tmp_path)
    message = str(caught.value)
    assert "xx.toml" in message
    assert fragment in message
    assert caught.value.pattern_id == pattern_id
    if pattern_id:
        assert repr(pattern_id) in message


def test_empty_directory_raises(tmp_path: Path) -> None:
    with pytest.raises(DangerDataError, match="no danger word lists"):
        DangerDetector.from_dir(tmp_path)


def test_language_must_match_file_name(tmp_path: Path) -> None:
    (tmp_path / "sv.toml").write_text('language = "en"\n' + GOOD, encoding="utf-8")
    with pytest.raises(DangerDataError, match=r"sv\.toml.*file name"):
        DangerDetector.from_dir(tmp_path)


def test_alone_entry_fires_only_on_its_words_and_extra_words(tmp_path: Path) -> None:
    (tmp_path / "en.toml").write_text(
        GOOD
        + '[[pattern]]\nid = "plea"\ncategory = "plea"\nalone = true\n'
        + 'phrases = ["help|sos", "save me"]\nextra = ["me", "please|pls"]\n',
        encoding="utf-8",
    )
    detector = DangerDetector.from_dir(tmp_path)
    plea = DangerMatch("plea", "en", "plea")
    for text in ("help", "sos!", "me help me", "pls help pls", "save me please", "HELP 🙏🙏"):
        assert detector.detect(text) == plea, text
    for text in ("help you", "save", "please", "help me now", "me", "helper"):
        assert detector.detect(text) is None, text


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # a typo in a long prefix stem ("knivhugg*", "självmord*"): a fresh-clone tester's
        # "knivhugen" and "knivhygga" had no card while "knivhuggem" had
        ("jag blev knivhugen", True),
        ("dom vill knivhygga mig", True),
        ("jag blev knivhuggen", True),
        ("jag tänker på självmort", True),
        # "=skjuta" takes no typo (so that "skjutsa mig" stays quiet): the common ones listed
        ("dom ska skjutta mig", True),
        ("dom ska skjta mig", True),
        ("kan du skjutsa mig", False),
        ("waan dhiman rabaa", True),  # Somali: I want to die (a draft)
        # short stems and ordinary words stay as they were
        ("det var en knivig fråga", False),
        ("kniven är vass", False),
        ("knivskarp analys", False),
    ],
)
def test_a_long_prefix_stem_takes_one_typo(
    detector: DangerDetector, text: str, fires: bool
) -> None:
    assert (detector.detect(text) is not None) is fires


def test_a_prefix_typo_needs_the_stems_length() -> None:
    index = WordIndex()
    long_key, short_key = index.add("knivhugg*"), index.add("kniv*")
    assert long_key in index.keys_for("knivhugen")  # one letter missing
    assert long_key in index.keys_for("knivhyggen")  # one letter changed
    assert long_key in index.keys_for("knvihugg")  # two letters swapped
    assert long_key not in index.keys_for("knivhjälp")  # two letters off
    assert short_key not in index.keys_for("knvi")  # a short stem takes no typo
    index.add_ordinary("knivhugen")
    assert long_key not in index.keys_for("knivhugen")  # a listed ordinary word never is
