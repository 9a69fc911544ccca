"""Danger phrases a red team typed in ar, fa, so, ti and fi in round 5 that showed no
emergency card (docs/conversation.md, "The emergency path"): a father beating the mother now
(Arabic script and arabizi, Finglish, Somali, Tigrinya), rape in arabizi, a friend
unconscious after pills (Finglish, Finnish), cutting and bleeding, Maghrebi arabizi ("rah
n9tel rassi"), a weapon held or handed over, shots fired, a fire, a jump; with common
variants of each, and ordinary sentences sharing their words that must stay quiet.

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_quiet

# (language, text, expected category)
MUST_FIRE: list[tuple[str, str, str]] = [
    # --- Arabic ---
    ("ar", "ابي يضرب امي الحين", "violence_now"),
    ("ar", "بابا عم يضرب ماما", "violence_now"),
    ("ar", "زوج امي يضرب اختي", "violence_now"),
    # Arabizi
    ("ar", "abouy 3am yedrob emmi halla2", "violence_now"),
    ("ar", "baba 3am yedrobni", "violence_now"),
    ("ar", "bba kaydreb mmi", "violence_now"),
    ("ar", "wallah 3am yeghtesbni", "violence_now"),
    ("ar", "eghtasabni", "violence_now"),
    ("ar", "ghtasbouni", "violence_now"),
    ("ar", "jabarouni a7mel slah w khabbi 3ndi bl bet", "forced_or_held"),
    ("ar", "lazem khabbi el msds 3ndi", "weapon"),
    ("ar", "7absini b ghorfe w akhadou telephone", "forced_or_held"),
    ("ar", "habasouni", "forced_or_held"),
    ("ar", "rah n9tel rassi", "suicidal"),
    ("ar", "bghit nmout", "suicidal"),
    ("ar", "bghaw y9tlouni 3la flous", "threat_to_life"),
    ("ar", "ghadi y9tlouni", "threat_to_life"),
    ("ar", "ana ma3i dyoun w hadadouni", "threat_to_life"),
    ("ar", "3am yhadedni", "threat_to_life"),
    ("ar", "jarahet 7ali w fi dam ktir", "self_harm"),
    ("ar", "jara7t 7ali", "self_harm"),
    # --- Persian (Finglish) ---
    ("fa", "ye nafar dare donbalam miad az madrese", "violence_now"),
    ("fa", "یکی داره دنبالم میاد", "violence_now"),
    ("fa", "babam dare maman ro mizane alan", "violence_now"),
    ("fa", "mamano mizane", "violence_now"),
    ("fa", "بابام داره مامانمو میزنه", "violence_now"),
    ("fa", "dustam ghors khorde behoosh shode", "plea"),
    ("fa", "bihoosh oftade", "plea"),
    ("fa", "nafas nemikeshe", "plea"),
    ("fa", "ye moshte ghors khordam", "self_harm"),
    ("fa", "hame ghorsa ro khordam", "self_harm"),
    ("fa", "mano tu ye khune zendani kardan", "forced_or_held"),
    ("fa", "mano zendani kardan", "forced_or_held"),
    ("fa", "ye aslahe dadan dastam goftan bezanamesh", "weapon"),
    ("fa", "inja tir andazi shode", "weapon"),
    ("fa", "tirandazi shode", "weapon"),
    ("fa", "pesaram gom shode va tahdidesh kardan", "threat_to_life"),
    ("fa", "dokhtaram gom shode", "forced_or_held"),
    ("fa", "raga mo zadam khun miad", "self_harm"),
    ("fa", "ragamo boridam", "self_harm"),
    # --- Somali ---
    ("so", "aabahay hooyaday ayuu garaacayaa hadda", "violence_now"),
    ("so", "wuu i garaacayaa", "violence_now"),
    ("so", "nin baa mindi ii haya", "weapon"),
    ("so", "qori ayuu igu jeediyay", "weapon"),
    ("so", "dab ayaa guriga ka kacay", "violence_now"),
    # --- Tigrinya ---
    ("ti", "ክሞት እየ ዝደሊ", "suicidal"),
    ("ti", "ኣቦይ ንኣደይ ይወቕዓ ኣሎ", "violence_now"),
    ("ti", "ሓጺን ሒዙ ኣሎ", "weapon"),
    ("ti", "tehagezuni yqetluni eyom", "threat_to_life"),
    ("ti", "rsasi ይትኮስ ኣሎ", "weapon"),
    ("ti", "ተተኲሱ ኣሎ", "weapon"),
    # --- Finnish ---
    ("fi", "mun kaveri otti jotain eikä herää", "plea"),
    ("fi", "se veti nappeja eikä herää", "plea"),
    ("fi", "kaveri otti jotain ja nyt se ei herää", "plea"),
    ("fi", "rappukäytävässä räjähti ja palaa", "violence_now"),
    ("fi", "kellarissa räjähti", "violence_now"),
    ("fi", "aion hypätä sillalta", "suicidal"),
    ("fi", "hyppään katolta", "suicidal"),
]

MUST_STAY_QUIET: list[tuple[str, str]] = [
    # --- Arabic ---
    ("ar", "ابني يضرب الكرة"),
    ("ar", "ebni 3am yedrob el tabe"),
    ("ar", "woke up at 3am mama was crying"),
    ("ar", "sme3t 3an eghtisab bl akhbar"),
    ("ar", "jabarouni a3mel el wajeb"),
    ("ar", "msds la3be"),
    ("ar", "el bard 7absini bl bet"),
    ("ar", "rah n9tel rassi b l9raya"),
    ("ar", "ddahk 9tlni"),
    ("ar", "bghit nmout b dahk"),
    ("ar", "el haddad sala7 el bab"),
    ("ar", "jara7t 7ali bl matba5 shway"),
    ("ar", "fi dam ktir bl film"),
    # --- Persian ---
    ("fa", "babam miad donbalam az madrese"),
    ("fa", "yeki az dustam miad donbalam"),
    ("fa", "بابام میاد دنبالم"),
    ("fa", "maman ro zang zadam"),
    ("fa", "maman zang mizane"),
    ("fa", "مامانمو زنگ زدم"),
    ("fa", "az khastegi behoosh shod"),
    ("fa", "pesaram sobha bidar nemishe"),
    ("fa", "ghors sardard khordam"),
    ("fa", "dozd ro zendani kardan"),
    ("fa", "chaghu ro dad dastam baraye salad"),
    ("fa", "bashgah tirandazi miram"),
    ("fa", "pesaram gooshish gom shode"),
    ("fa", "mamanam tahdidam kard ke gooshi ro migire"),
    ("fa", "az damagham khun miad"),
    # --- Somali ---
    ("so", "hooyaday ayaa albaabka garaacday"),
    ("so", "aabahay durbaanka ayuu garaacayaa"),
    ("so", "hooyo mindi ii keen"),
    ("so", "hooyaday ayaa albaabka garaacday hadda"),
    ("so", "dabka guriga ku shid"),
    # --- Tigrinya ---
    ("ti", "ኣቦይ ኩዕሶ ይወቕዕ"),
    ("ti", "ሓጺን ክገዝእ"),
    ("ti", "ፊልም ይትኮስ ኣሎ"),
    # --- Finnish ---
    ("fi", "poika valvoi myöhään eikä herää kouluun"),
    ("fi", "se ei hengitä nenän kautta"),
    ("fi", "puhelin otti päivityksen eikä reagoi"),
    ("fi", "isä on kaupassa ja palaa pian"),
    ("fi", "pääni räjähti"),
    ("fi", "pihalla räjähteli raketteja"),
    ("fi", "hypätään sillalta uimaan"),
    ("fi", "kissa hyppää ikkunasta sisään"),
]


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text}") for lang, text, cat in MUST_FIRE],
)
def test_round5_phrase_fires(detector: DangerDetector, lang: str, text: str, category: str) -> None:
    assert_fires(detector, text, category, lang)


@pytest.mark.parametrize(
    "text", [pytest.param(text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET]
)
def test_round5_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)
