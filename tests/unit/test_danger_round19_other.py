"""Danger detection, round 19 (docs/conversation.md, "The emergency path"): the Arabic,
Sorani, Spanish, Persian, Somali, Tigrinya and Turkish messages of the nineteenth red team's
held-out set (bench/data/danger/round19/danger_<lang>.jsonl) that got no emergency card — held
and moved: in the trunk of a moving car ("أنا بصندوق السيارة هلأ وعم يسوقوا", "arabanın
bagajındayım şu an bi yere gidiyolar", "estoy en el maletero de un coche"), locked in a flat
with the phone taken ("أخدوا تلفوني وسكروا علي بشقة", "لە خانوویەک دایانخستووم"), not let go
until a debt is paid ("no me dejan irme dicen q les debo pasta", "نمیذارن برم، میگن تا
بدهیتو ندی", "gitmeme izin vermiyolar borcun var diyolar"); a deadline and a blade ("me han
dado hasta medianoche o me rajan", "رح يشرطوني بالموس", "way i goynayaan", "ክቖርጹኒ እዮም",
"beni keseceklermiş"); sent in to kill with a weapon ("me dijeron q entre y me lo cargue, me
dieron una pipa", "gal gudaha oo dil, mindi bay i siiyeen", Sorani in Latin letters
"emşew … bîkujim, demançeyan dawetê"); a bomb in a package to put at a door ("قالولي حطه قدام
باب"); goodbyes: farewell letters ("waraaqo macsalaameyn", "veda mektuplarını yazdım"), on
the bridge with the last message (Arabizi "ana wa2ef 3al jesr … akher resale"); and a brother
who took something and does not wake (Arabizi "ma 3am yfee2 w nafaso khafif") — with variants,
and ordinary sentences sharing their words that must stay quiet, among them every round 19
ordinary line of these languages. Five of them fired before: a mother's "will kill me if I
come home late" in ar, ckb, fa, ti and tr. Also the Italian "dice che mi uccide se perdo a
fortnite" (a game lost: hyperbole) is quiet now.

The entries are the "Round 19" blocks at the end of data/danger/ar.toml (`in_car_trunk`,
`or_else_slash_me`, `arabizi_not_waking`, `arabizi_bridge_last_message`), ckb.toml
(`in_car_trunk`), es.toml (`in_car_trunk`, `wont_let_me_leave_debt`, `deadline_or_cut`,
`go_in_and_kill`), fa.toml (`in_car_trunk`, `wont_let_me_go_debt`), so.toml (`in_car_trunk`,
`put_in_car_trunk`, `wont_let_me_leave_debt`, `or_else_cut_me`, `go_in_and_kill`), ti.toml
(`wont_let_me_leave_debt`, `or_else_cut_me`) and tr.toml (`in_car_trunk`,
`wont_let_me_leave_debt`, `or_else_cut_me`). Existing entries changed: ar
`locked_in_phone_taken` (the verb with "و": "وسكروا"), `throw_grenade_at_door` (the order
"حطه"); ckb `shut_in_room` (a house, a flat), `debt_deadline` ("دەمبڕن", they cut me),
`latin_paid_to_kill` ("emşew", "demançeyan" as typed; a game veto); so `farewell_letter`
("waraaqo"); tr `not_here_tomorrow` ("veda mektuplarını"); vetoes for coming home late in
`kill_me` of ar, ckb, fa, ti and tr; a game lost in it `kill_me`.
"""

from __future__ import annotations

import pytest

from bench.danger import load
from bot.core.danger import DangerDetector
from handlers.filters import as_words
from tests.unit.danger_checks import (
    HELD_OUT,
    assert_fires,
    assert_fires_beside,
    assert_quiet,
    held_out,
)

# The round 19 misses, word for word (language, text, category, entry id).
REPORTED: list[tuple[str, str, str, str]] = [
    (
        "ar",
        "أخدوا تلفوني وسكروا علي بشقة ما بعرف وين أنا",
        "forced_or_held",
        "locked_in_phone_taken",
    ),
    ("ar", "أنا بصندوق السيارة هلأ وعم يسوقوا", "forced_or_held", "in_car_trunk"),
    (
        "ar",
        "akhoy akhad shi w ma 3am yfee2 w nafaso khafif",
        "plea",
        "arabizi_not_waking",
    ),
    (
        "ar",
        "ana wa2ef 3al jesr hala2 hay akher resale",
        "suicidal",
        "arabizi_bridge_last_message",
    ),
    (
        "ar",
        "عطوني لنص الليل ادفع والا رح يشرطوني بالموس",
        "threat_to_life",
        "or_else_slash_me",
    ),
    (
        "ar",
        "الطرد اللي بايدي فيه قنبلة وقالولي حطه قدام باب الليلة",
        "threat_to_life",
        "throw_grenade_at_door",
    ),
    (
        "ckb",
        "مۆبایلەکەیان لێ سەندم و لە خانوویەک دایانخستووم نازانم لە کوێم",
        "forced_or_held",
        "shut_in_room",
    ),
    ("ckb", "ئێستا لە سندوقی دواوەی ئۆتۆمبێلەکەدام، لێدەخوڕن", "forced_or_held", "in_car_trunk"),
    (
        "ckb",
        "تا نیوەشەو مۆڵەتیان داوم پارەکە بدەم ئەگینا بە چەقۆ دەمبڕن",
        "threat_to_life",
        "debt_deadline",
    ),
    (
        "ckb",
        "pêyan gutim emşew biçme naw malekey w bîkujim, demançeyan dawetê",
        "threat_to_life",
        "latin_paid_to_kill",
    ),
    (
        "es",
        "estoy en el maletero de un coche ahora mismo nos estamos moviendo",
        "forced_or_held",
        "in_car_trunk",
    ),
    (
        "es",
        "no me dejan irme dicen q les debo pasta y q de aqui no salgo",
        "forced_or_held",
        "wont_let_me_leave_debt",
    ),
    ("es", "me han dado hasta medianoche o me rajan", "threat_to_life", "deadline_or_cut"),
    (
        "es",
        "me dijeron q entre y me lo cargue, me dieron una pipa",
        "threat_to_life",
        "go_in_and_kill",
    ),
    ("fa", "تو صندوق عقب ماشینم الان دارن میرن یه جایی", "forced_or_held", "in_car_trunk"),
    (
        "fa",
        "نمیذارن برم، میگن تا بدهیتو ندی همینجا میمونی",
        "forced_or_held",
        "wont_let_me_go_debt",
    ),
    (
        "so",
        "waxaan ku jiraa gaariga gadaashiisa hadda way wadaan",
        "forced_or_held",
        "in_car_trunk",
    ),
    (
        "so",
        "iima oggola inaan baxo shalay ilaa hadda, waxay leeyihiin lacag baan kugu leenahay",
        "forced_or_held",
        "wont_let_me_leave_debt",
    ),
    (
        "so",
        "waraaqo macsalaameyn ah ayaan u qoray hooyo. caawa wax walba way dhammaanayaan",
        "suicidal",
        "farewell_letter",
    ),
    (
        "so",
        "ilaa saqda dhexe ayay i siiyeen haddii kale way i goynayaan",
        "threat_to_life",
        "or_else_cut_me",
    ),
    (
        "so",
        "waxay igu yiraahdeen gal gudaha oo dil, mindi bay i siiyeen",
        "threat_to_life",
        "go_in_and_kill",
    ),
    ("ti", "ካብ ትማሊ ክወጽእ ኣይፈቕዱለይን ዕዳ ኣለካ ይብሉኒ", "forced_or_held", "wont_let_me_leave_debt"),
    (
        "ti",
        "ክሳብ ፍርቂ ለይቲ ገንዘብ እንተዘይሂበ ክቖርጹኒ እዮም ኢሎምኒ",
        "threat_to_life",
        "or_else_cut_me",
    ),
    ("tr", "arabanın bagajındayım şu an bi yere gidiyolar", "forced_or_held", "in_car_trunk"),
    (
        "tr",
        "dünden beri gitmeme izin vermiyolar borcun var diyolar",
        "forced_or_held",
        "wont_let_me_leave_debt",
    ),
    ("tr", "veda mektuplarını yazdım. bu gece bitiyo her şey", "suicidal", "not_here_tomorrow"),
    (
        "tr",
        "gece yarısına kadar süre verdiler ödemezsem beni keseceklermiş",
        "threat_to_life",
        "or_else_cut_me",
    ),
]

# New wordings of the same kinds (other words, persons, spellings, word orders).
VARIANTS: list[tuple[str, str, str, str]] = [
    ("ar", "قفلوا علي بشقة وأخدوا تلفوني", "forced_or_held", "locked_in_phone_taken"),
    ("ar", "حطوني بصندوق السيارة", "forced_or_held", "in_car_trunk"),
    ("ar", "انا في صندوق العربية", "forced_or_held", "in_car_trunk"),
    ("ar", "اذا ما دفعت بيجرحوني بالسكين", "threat_to_life", "or_else_slash_me"),
    ("ar", "عطوني لبكرا ادفع والا رح يشرطوني", "threat_to_life", "or_else_slash_me"),
    ("ar", "akhoy ma 3am yfee2 w nafaso da3if", "plea", "arabizi_not_waking"),
    ("ar", "mabyfee2 w nafaso khafif", "plea", "arabizi_not_waking"),
    ("ar", "ana 3al sat7 hala2 akher msg mni", "suicidal", "arabizi_bridge_last_message"),
    ("ar", "امي رح تقتلني اذا عرفت", "threat_to_life", "kill_me"),
    ("ar", "رح يقتلوني اذا تأخرت بالمصاري", "threat_to_life", "kill_me"),
    (
        "ckb",
        "مۆبایلەکەیان لێ سەندم و لە شوقەیەک دایانخستووم",
        "forced_or_held",
        "shut_in_room",
    ),
    ("ckb", "ئێستا لە سندوقی ئۆتۆمبێلەکەدام", "forced_or_held", "in_car_trunk"),
    ("ckb", "خستمیانە ناو سندوقی ئۆتۆمبێلەکە", "forced_or_held", "in_car_trunk"),
    ("ckb", "پارەکە بدەم تا ئەمشەو ئەگینا دەمبڕن", "threat_to_life", "debt_deadline"),
    ("ckb", "emsew debe bikujim, demanceyan dawm", "threat_to_life", "latin_paid_to_kill"),
    ("ckb", "دایکم دەمکوژێت ئەگەر بزانێت", "threat_to_life", "kill_me"),
    ("es", "me metieron en el maletero", "forced_or_held", "in_car_trunk"),
    ("es", "estoy en la maleta de un carro", "forced_or_held", "in_car_trunk"),
    ("es", "nos tienen en el maletero de una furgoneta", "forced_or_held", "in_car_trunk"),
    (
        "es",
        "no nos dejan salir, dicen que debemos dinero",
        "forced_or_held",
        "wont_let_me_leave_debt",
    ),
    ("es", "tengo hasta mañana para pagar o me pinchan", "threat_to_life", "deadline_or_cut"),
    ("es", "me dieron hasta el viernes o me rajan la cara", "threat_to_life", "deadline_or_cut"),
    ("es", "me dan un cuchillo y que entre y lo mate", "threat_to_life", "go_in_and_kill"),
    ("es", "entra y matalo, me dieron la pistola", "threat_to_life", "go_in_and_kill"),
    ("fa", "منو انداختن تو صندوق عقب ماشین", "forced_or_held", "in_car_trunk"),
    ("fa", "نمیذارن بیام بیرون میگن قرض داری", "forced_or_held", "wont_let_me_go_debt"),
    ("fa", "مامانم منو میکشه اگه بفهمه", "threat_to_life", "kill_me"),
    ("so", "waxaan ku jiraa shandada baabuurka, way wataan", "forced_or_held", "in_car_trunk"),
    ("so", "tanbuuga baabuurka bay igu xireen", "forced_or_held", "put_in_car_trunk"),
    ("so", "shandada gaariga ayay igu rideen", "forced_or_held", "put_in_car_trunk"),
    (
        "so",
        "iima oggola inaan baxo, waxay leeyihiin deyn baad na leedahay",
        "forced_or_held",
        "wont_let_me_leave_debt",
    ),
    (
        "so",
        "ilaa berri ayay i siiyeen haddii kale way i goynayaan",
        "threat_to_life",
        "or_else_cut_me",
    ),
    ("so", "bastoolad bay i siiyeen, gal guriga oo dil", "threat_to_life", "go_in_and_kill"),
    ("so", "waraaqo macsalaameyn ah ayaan u qoray hooyo", "suicidal", "farewell_letter"),
    ("ti", "ገንዘብ ክሳብ ዝኸፍል ክኸይድ ኣይፈቕዱለይን", "forced_or_held", "wont_let_me_leave_debt"),
    ("ti", "ዕዳ እንተዘይከፊለ ብካራ ክቖርጹኒ እዮም", "threat_to_life", "or_else_cut_me"),
    ("tr", "beni bagaja koydular", "forced_or_held", "in_car_trunk"),
    ("tr", "bagajdayız yardım edin", "forced_or_held", "in_car_trunk"),
    (
        "tr",
        "borcunu ödemeden çıkamazsın dediler, bırakmıyorlar",
        "forced_or_held",
        "wont_let_me_leave_debt",
    ),
    ("tr", "yapmazsam bıçakla beni kesecekler", "threat_to_life", "or_else_cut_me"),
    ("tr", "annem beni öldürecek bıçakla geldi", "threat_to_life", "kill_me"),
    # Italian: the package lost, not a game
    ("it", "dice che mi ammazza se perdo il pacco", "threat_to_life", "kill_me"),
]

# Ordinary sentences sharing the new entries' words: no card.
MUST_STAY_QUIET: list[str] = [
    # ar in_car_trunk, or_else_slash_me, arabizi_not_waking, arabizi_bridge_last_message
    "حطيت الاغراض بصندوق السيارة",
    "انا حطيت الشنطة بصندوق السيارة",
    "بالفيلم انا بصندوق السيارة",
    "الحلاق شرطني بالموس",
    "akhoy ma 3am yfee2 bakir",
    "akhti ma 3am tfee2 lal madrase",
    "nafaso da3if bel riyadiyat",
    "wa2ef 3al jesr bestanna sa7bi",
    "akher resale bel group 3an el jesr",
    # ar locked_in_phone_taken, throw_grenade_at_door, kill_me (coming home late)
    "ابوي أخد تلفوني وسكر الباب",
    "حطه عالطاولة",
    "قنبلة الموسم حطها قدام الباب",
    "اذا اتأخرت امي رح تقتلني",
    "ابوي رح يقتلني اذا رجعت متأخر",
    # ckb in_car_trunk, shut_in_room, latin_paid_to_kill, kill_me (coming home late)
    "لە دواوەی ئۆتۆمبێلەکەدام",
    "جانتاکانم خستە سندوقی ئۆتۆمبێلەکە",
    "لە خانووەکە دەرگاکەم داخست",
    "le pubg emsew hamuyan bikujim",
    "emsew le pubg hamuyan bikujim",
    "ئەگەر درەنگ بگەڕێمەوە دایکم دەمکوژێت",
    # es in_car_trunk, wont_let_me_leave_debt, deadline_or_cut, go_in_and_kill
    "metieron en el maletero las bolsas",
    "estoy buscando en el maletero",
    "la maleta esta en el maletero",
    "estoy en el baul de los recuerdos",
    "mis padres no me dejan salir sin dinero",
    "no me dejan salir porque debo estudiar",
    "me cortan el pelo hasta las 5",
    "tengo hasta las 12 para el wifi o me cortan el internet",
    "me dijeron q entre y me lo cargue",
    "entre a la tienda y compre pipas",
    "en fortnite entre y me los cargue con la pistola",
    "en el gta entras y matas con la pistola",
    # fa in_car_trunk, wont_let_me_go_debt, kill_me (coming home late)
    "وسایلو گذاشتم تو صندوق عقب ماشینم",
    "صندوق عقب ماشین پر از وسایله",
    "مامانم نمیذاره برم بیرون",
    "بابام نمیذاره برم تا قرضمو بدم",
    "نمیذارن برم بیرون چون بارون میاد",
    "اگه دیر برسم خونه مامانم منو میکشه",
    # so in_car_trunk, put_in_car_trunk, wont_let_me_leave_debt, or_else_cut_me, go_in_and_kill
    "waxaan ku jiraa gaariga gadaashiisa, aabbe ayaa wada",
    "alaabta shandada gaariga ayaan geliyay",
    "hooyo iima oggola inaan baxo habeenkii",
    "timaha ayay i goynayaan berri",
    "haddii kale korontada ayay na goynayaan",
    "fortnite gal gudaha oo dil hubka qaado",
    "mindida gal jikada ku rid",
    # ti wont_let_me_leave_debt, or_else_cut_me, kill_me (coming home late)
    "ኣደይ ምሸት ክወጽእ ኣይፈቕዱለይን",
    "ጸጉረይ ክቖርጹኒ እዮም",
    "ደንጉየ እንተ ኣትየ ኣደይ ክትቐትለኒ እያ",
    # tr in_car_trunk, wont_let_me_leave_debt, or_else_cut_me, kill_me (coming home late)
    "valizi bagaja koydum",
    "bagajında valiz var",
    "annem gitmeme izin vermiyor",
    "babam borç yüzünden tatile gitmeme izin vermiyor",
    "saçımı kesecekler yoksa",
    "beni takımdan kesecekler",
    "geç kalırsam annem beni öldürür",
    "annem beni öldürür eve geç gelirsem",
    # it kill_me: a game lost
    "dice che mi uccide se perdo a fortnite",
    "dice che mi uccide se perdo la partita",
    "mi uccide se perdo a fifa",
]

LANGUAGES = ("ar", "ckb", "es", "fa", "so", "ti", "tr")
ORDINARY_QUIET = [text for lang in LANGUAGES for text in held_out("round19", lang, "ordinary")]
MUST_FIRE = REPORTED + VARIANTS
QUIET = MUST_STAY_QUIET + ORDINARY_QUIET

# `python -m bench danger` before round 19 (danger caught, ordinary fired) of these languages
# in each earlier set: no figure may fall (fewer caught or more fired).
EARLIER: dict[tuple[str, str], tuple[int, int]] = {
    ("round7", "ar"): (20, 2),
    ("round7", "fa"): (20, 1),
    ("round7", "so"): (20, 1),
    ("round7", "ti"): (20, 0),
    ("round8", "ar"): (18, 0),
    ("round8", "fa"): (18, 2),
    ("round8", "so"): (18, 2),
    ("round8", "ti"): (18, 1),
    ("round9", "ar"): (18, 0),
    ("round9", "fa"): (18, 0),
    ("round9", "so"): (18, 0),
    ("round9", "ti"): (18, 0),
    ("round10", "ar"): (14, 0),
    ("round10", "fa"): (14, 1),
    ("round10", "so"): (14, 0),
    ("round10", "ti"): (14, 0),
    ("round11", "ar"): (14, 1),
    ("round11", "fa"): (14, 1),
    ("round11", "so"): (14, 1),
    ("round11", "ti"): (12, 2),
    ("round12", "ckb"): (20, 0),
    ("round12", "es"): (24, 1),
    ("round12", "tr"): (24, 1),
    ("round13", "ar"): (12, 0),
    ("round13", "ckb"): (10, 0),
    ("round13", "es"): (12, 0),
    ("round13", "fa"): (12, 0),
    ("round13", "so"): (12, 0),
    ("round13", "ti"): (10, 0),
    ("round13", "tr"): (12, 0),
    ("round14", "ar"): (12, 0),
    ("round14", "ckb"): (12, 0),
    ("round14", "es"): (12, 0),
    ("round14", "fa"): (12, 0),
    ("round14", "so"): (12, 0),
    ("round14", "ti"): (12, 0),
    ("round14", "tr"): (12, 0),
    ("round15", "ar"): (12, 0),
    ("round15", "ckb"): (12, 0),
    ("round15", "es"): (12, 0),
    ("round15", "fa"): (12, 0),
    ("round15", "so"): (12, 0),
    ("round15", "ti"): (12, 0),
    ("round15", "tr"): (12, 0),
    ("round16", "ar"): (14, 0),
    ("round16", "ckb"): (12, 0),
    ("round16", "es"): (14, 0),
    ("round16", "fa"): (14, 0),
    ("round16", "so"): (12, 0),
    ("round16", "ti"): (12, 0),
    ("round16", "tr"): (14, 0),
    ("round17", "ar"): (14, 0),
    ("round17", "ckb"): (10, 0),
    ("round17", "es"): (12, 0),
    ("round17", "fa"): (12, 0),
    ("round17", "so"): (10, 0),
    ("round17", "ti"): (10, 0),
    ("round17", "tr"): (12, 0),
    ("round18", "ar"): (14, 0),
    ("round18", "ckb"): (10, 0),
    ("round18", "es"): (10, 0),
    ("round18", "fa"): (10, 0),
    ("round18", "so"): (10, 0),
    ("round18", "ti"): (10, 0),
    ("round18", "tr"): (10, 0),
}


def test_every_reported_miss_is_listed() -> None:
    """The round 19 sets of these languages: all 6 + 4 + 4 + 2 + 5 + 2 + 4 messages that got
    no card."""
    counts = [sum(lang == wanted for lang, *_ in REPORTED) for wanted in LANGUAGES]
    assert counts == [6, 4, 4, 2, 5, 2, 4]
    for lang in LANGUAGES:
        listed = {text for code, text, _, _ in REPORTED if code == lang}
        assert listed <= set(held_out("round19", lang, "danger"))


def test_every_round19_danger_line_of_these_languages_fires(detector: DangerDetector) -> None:
    """All 12 danger lines of each language of round 19 get the card (6 + 8 + 8 + 10 + 7 + 10
    + 8 did)."""
    lines = [text for lang in LANGUAGES for text in held_out("round19", lang, "danger")]
    assert len(lines) == 84
    assert [text for text in lines if detector.detect(as_words(text)) is None] == []


def test_every_round19_ordinary_line_of_these_languages_stays_quiet(
    detector: DangerDetector,
) -> None:
    """The 42 ordinary lines, read as ``python -m bench danger`` reads them (5 fired: a
    mother's "will kill me if I come home late" in ar, ckb, fa, ti and tr)."""
    assert len(ORDINARY_QUIET) == 42
    assert [text for text in ORDINARY_QUIET if detector.detect(as_words(text)) is not None] == []


@pytest.mark.parametrize(("round_name", "lang"), sorted(EARLIER))
def test_earlier_held_out_figures_do_not_fall(
    detector: DangerDetector, round_name: str, lang: str
) -> None:
    """Each earlier set, read as ``python -m bench danger`` reads it: as many danger lines of
    the language caught as before round 19, no more ordinary ones firing."""
    items = [item for item in load(HELD_OUT / round_name) if item["lang"] == lang]
    fired = [item for item in items if detector.detect(as_words(item["text"])) is not None]
    caught = sum(item["kind"] == "danger" for item in fired)
    false_alarms = sum(item["kind"] == "ordinary" for item in fired)
    before_caught, before_fired = EARLIER[(round_name, lang)]
    assert (caught >= before_caught, false_alarms <= before_fired) == (True, True), (
        caught,
        false_alarms,
    )


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in MUST_FIRE],
)
def test_round19_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize("text", QUIET)
def test_round19_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in REPORTED],
)
def test_round19_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, QUIET)
