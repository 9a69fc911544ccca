"""Danger detection, round 18 (docs/conversation.md, "The emergency path"): the Arabic,
Sorani, Spanish, Persian, Somali, Tigrinya and Turkish messages of the eighteenth red team's
held-out set (bench/data/danger/round18/danger_<lang>.jsonl) that got no emergency card — a
hit ordered now (in a car in front of his house with the weapon, told to shoot him when he
comes out; a hand grenade to throw at a door tonight; a flat to burn with the petrol given;
handed a gun, "if you don't kill that boy tonight you die", then small talk), a parent now
(a son forced to kill or shoot someone tonight, gone with a bag), held (locked in a flat, the
phone taken until the job is done), a friend just shot and bleeding (Levantine "انضرب
بالرصاص", Finglish "doostamo tir zadan kheili khoon mire") and a knife held on a sister now
(Iraqi "ماسك سچينة عليها هسه") — with variants, and ordinary sentences sharing their words
that must stay quiet (football, water bombs, "lezzet bombası", a light or a candle to light,
killing time, drawing, a nosebleed, naming someone, a sheep for Eid, onions), among them the
round 18 ordinary lines of these languages (four fired before: "got shot five times in
Warzone" in Spanish, Persian, Somali and Turkish).

The entries are the "Round 18" blocks at the end of data/danger/ar.toml
(`told_shoot_when_out`, `throw_grenade_at_door`, `locked_in_phone_taken`, `gun_kill_or_die`,
`holding_knife_on_someone`), ckb.toml (`told_shoot_when_out`, `throw_grenade_at_door`,
`forced_to_kill_someone`, `gun_kill_or_die`), es.toml (`ordered_to_throw_grenade`,
`gun_kill_or_die`), fa.toml (`told_shoot_when_out`, `forced_to_kill_someone`), so.toml
(`gun_kill_or_die`), ti.toml (`told_shoot_when_out`) and tr.toml (`told_shoot_when_out`,
`ordered_to_throw_bomb`, `forced_to_shoot_someone`, `gun_kill_or_die`,
`or_else_kill_me_verb_first`). Existing entries changed: ar `stabbed_or_shot` ("انضرب
بالرصاص", a game veto), ckb `will_burn_flat` (the order "بسووتێنە"), es `ordered_to_shoot`
(the subjunctive "que le dispare"), `stabbed_or_shot` (a game after the words),
`forced_to_crime` ("obligan matar" without "a"), fa `ordered_arson` (a flat),
`stabbed_or_shot` and `finglish_shot` (Warzone, "doostamo tir zadan"),
`finglish_bleeding_much` ("kheili khoon mire"), so `stabbed_or_shot` (a game),
`ordered_to_hurt` ("inuu"), `ordered_arson` ("dab qabadsii"), tr `stabbed_or_shot`
(Warzone), `ordered_arson` ("yakman lazım").
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

# The round 18 misses, word for word (language, text, category, entry id).
REPORTED: list[tuple[str, str, str, str]] = [
    (
        "ar",
        "أنا قاعد بالسيارة قدام بيته هلق ومعي السلاح، قالولي اطلق عليه لما يطلع، ما بدي",
        "threat_to_life",
        "told_shoot_when_out",
    ),
    (
        "ar",
        "طلبوا مني أرمي قنبلة يدوية على باب بيت الليلة، إذا رفضت بياخدوا أمي",
        "threat_to_life",
        "throw_grenade_at_door",
    ),
    (
        "ar",
        "قفلوا علي بشقة وأخذوا تلفوني لحد ما أسوي المهمة، عم اكتب من تلفون واحد تاني",
        "forced_or_held",
        "locked_in_phone_taken",
    ),
    ("ar", "صاحبي انضرب بالرصاص هلق وعم ينزف كتير، نحنا ورا المدرسة", "weapon", "stabbed_or_shot"),
    (
        "ar",
        "عطوني مسدس وقالوا إذا ما قتلته الليلة أنا اللي رح موت. المهم شو أخبارك؟",
        "threat_to_life",
        "gun_kill_or_die",
    ),
    (
        "ar",
        "أختي رجلها ماسك سچينة عليها هسه لأن ما رضت تخبي أغراض للعصابة",
        "weapon",
        "holding_knife_on_someone",
    ),
    (
        "ckb",
        "ئێستا لە ئۆتۆمبێلەکەدام لەبەردەم ماڵەکەی، چەکم پێیە، دەڵێن کاتێک هاتە دەرەوە تەقەی لێ بکە، نامەوێت",
        "threat_to_life",
        "told_shoot_when_out",
    ),
    (
        "ckb",
        "پێیان وتم ئەمشەو نارنجۆکێک فڕێ بدەمە سەر دەرگایەک، ئەگەر نەیکەم دایکم دەبەن",
        "threat_to_life",
        "throw_grenade_at_door",
    ),
    (
        "ckb",
        "بەنزینیان پێدام و وتیان ئەمشەو شوقەیەک بسووتێنە، ئێستا دەمبەن بۆ ئەوێ",
        "threat_to_life",
        "will_burn_flat",
    ),
    (
        "ckb",
        "تکایە یارمەتی بدەن، کوڕەکەم دەڵێت ناچاری دەکەن ئەمشەو کەسێک بکوژێت، ئێستا بە جانتایەکەوە چووە دەرەوە",
        "forced_or_held",
        "forced_to_kill_someone",
    ),
    (
        "ckb",
        "دەمانچەیەکیان پێدام و وتیان ئەگەر ئەمشەو ئەو کوڕە نەکوژیت خۆت دەمریت. باشە، تۆ چۆنی؟",
        "threat_to_life",
        "gun_kill_or_die",
    ),
    (
        "es",
        "estoy en el coche frente a su casa ahora con el arma, dicen que le dispare cuando salga, no quiero",
        "threat_to_life",
        "ordered_to_shoot",
    ),
    (
        "es",
        "me dijeron que tire una granada de mano a una puerta esta noche, si no lo hago se llevan a mi madre",
        "threat_to_life",
        "ordered_to_throw_grenade",
    ),
    (
        "es",
        "por favor ayuda mi hijo dice que lo obligan matar alguien esta noche, ya salió con mochila, no sé dónde",
        "forced_or_held",
        "forced_to_crime",
    ),
    (
        "es",
        "me dieron una glock y dijeron que si no me cargo a ese chaval esta noche el que muere soy yo. bueno y tú qué tal",
        "threat_to_life",
        "gun_kill_or_die",
    ),
    (
        "fa",
        "الان تو ماشین جلوی خونه‌ش نشستم با اسلحه، میگن وقتی اومد بیرون بزنش، نمی‌خوام",
        "threat_to_life",
        "told_shoot_when_out",
    ),
    (
        "fa",
        "یه گالن بنزین دادن گفتن امشب یه آپارتمان رو آتیش بزنم، الان دارن منو می‌برن اونجا",
        "threat_to_life",
        "ordered_arson",
    ),
    (
        "fa",
        "کمک کنید پسرم میگه مجبورش میکنن امشب یکی رو بکشه، الان با یه کیف رفت بیرون نمی‌دونم کجا",
        "forced_or_held",
        "forced_to_kill_someone",
    ),
    (
        "fa",
        "dadash alan doostamo tir zadan kheili khoon mire posht madrese im",
        "weapon",
        "finglish_shot",
    ),
    (
        "so",
        "Waxay i siiyeen baansiin, waxay igu yiraahdeen caawa guri dab qabadsii, hadda ayay halkaas i geynayaan",
        "threat_to_life",
        "ordered_arson",
    ),
    (
        "so",
        "Fadlan i caawiya, wiilkayga wuxuu leeyahay waxay ku qasbayaan inuu qof toogto caawa, hadda ayuu bac la baxay",
        "threat_to_life",
        "ordered_to_hurt",
    ),
    (
        "so",
        "Bastoolad ayay i siiyeen, waxay yiraahdeen haddaadan caawa wiilkaas dilin adigaa dhimanaya. Iska daa, maxaa cusub?",
        "threat_to_life",
        "gun_kill_or_die",
    ),
    (
        "ti",
        "ሕጂ ኣብ ቅድሚ ገዛኡ ኣብ መኪና ኮፍ ኢለ ኣለኹ ምስ ሽጉጥ፣ ክወጽእ ከሎ ተኲሰሉ ይብሉኒ ኣለዉ፣ ኣይደልን እየ",
        "threat_to_life",
        "told_shoot_when_out",
    ),
    (
        "tr",
        "şu an evinin önünde arabadayım, silah yanımda, dışarı çıkınca vur diyorlar, istemiyorum",
        "threat_to_life",
        "told_shoot_when_out",
    ),
    (
        "tr",
        "bu gece bir kapıya el bombası atmamı söylediler, yapmazsam annemi alacaklar",
        "threat_to_life",
        "ordered_to_throw_bomb",
    ),
    (
        "tr",
        "bana benzin bidonu verdiler, bu gece bir daireyi yakman lazım dediler, şimdi beni oraya götürüyorlar",
        "threat_to_life",
        "ordered_arson",
    ),
    (
        "tr",
        "lütfen yardım oğlum diyor onlar zorla bu gece birini vurdurmak istiyor, şimdi çantayla çıktı nereye bilmiyorum",
        "forced_or_held",
        "forced_to_shoot_someone",
    ),
    (
        "tr",
        "bana glock verdiler, bu gece o çocuğu vurmazsan sen ölürsün dediler. neyse sen naber",
        "threat_to_life",
        "gun_kill_or_die",
    ),
]

# New wordings of the same kinds (other words, persons, spellings, word orders).
VARIANTS: list[tuple[str, str, str, str]] = [
    ("es", "dicen que le dispare cuando salga del portal", "threat_to_life", "ordered_to_shoot"),
    ("es", "me mandan que le dispares cuando salga", "threat_to_life", "ordered_to_shoot"),
    (
        "es",
        "me dijeron que tire una granada a la puerta",
        "threat_to_life",
        "ordered_to_throw_grenade",
    ),
    (
        "es",
        "tengo que lanzar una granada al portal de su casa esta noche",
        "threat_to_life",
        "ordered_to_throw_grenade",
    ),
    (
        "es",
        "me piden que tire una bomba a la ventana de un piso",
        "threat_to_life",
        "ordered_to_throw_grenade",
    ),
    ("es", "mi hijo dice que lo obligan matar alguien hoy", "forced_or_held", "forced_to_crime"),
    (
        "es",
        "mi hermano dice que lo obligaron disparar una persona",
        "forced_or_held",
        "forced_to_crime",
    ),
    (
        "es",
        "si no lo matas esta noche te matamos, me dieron una pistola",
        "threat_to_life",
        "gun_kill_or_die",
    ),
    (
        "es",
        "me dieron un arma y si no me cargo a ese tio hoy muero yo",
        "threat_to_life",
        "gun_kill_or_die",
    ),
    ("tr", "silah yanımda, dışarı çıkınca vur diyorlar", "threat_to_life", "told_shoot_when_out"),
    (
        "tr",
        "evinin önündeyim, tabanca bende, gelince sık dediler",
        "threat_to_life",
        "told_shoot_when_out",
    ),
    ("tr", "bir kapıya el bombası atmamı söylediler", "threat_to_life", "ordered_to_throw_bomb"),
    ("tr", "molotofu kapıya atacaksın dediler", "threat_to_life", "ordered_to_throw_bomb"),
    ("tr", "bu gece bir daireyi yakman lazım dediler", "threat_to_life", "ordered_arson"),
    ("tr", "benzin verdiler, arabayı yakmamız lazım dediler", "threat_to_life", "ordered_arson"),
    (
        "tr",
        "oğlum diyor zorla birini öldürmesini istiyorlar",
        "forced_or_held",
        "forced_to_shoot_someone",
    ),
    (
        "tr",
        "kardeşim diyor onlar zorla bu gece birini vurmak istiyor",
        "forced_or_held",
        "forced_to_shoot_someone",
    ),
    (
        "tr",
        "bana silah verdiler bu gece vurmazsan ölürsün dediler",
        "threat_to_life",
        "gun_kill_or_die",
    ),
    ("tr", "glock verdiler, onu vurmazsam ölürüm dediler", "threat_to_life", "gun_kill_or_die"),
    (
        "tr",
        "bu gece gitmem lazım yoksa öldürürler beni",
        "threat_to_life",
        "or_else_kill_me_verb_first",
    ),
    (
        "tr",
        "paketi götürmezsem yoksa öldürecekler bizi",
        "threat_to_life",
        "or_else_kill_me_verb_first",
    ),
    (
        "fa",
        "تو ماشینم با اسلحه، میگن وقتی اومد بیرون بزنش",
        "threat_to_life",
        "told_shoot_when_out",
    ),
    (
        "fa",
        "با تفنگ تو ماشینیم، گفتن وقتی اومد بیرون بزنش",
        "threat_to_life",
        "told_shoot_when_out",
    ),
    ("fa", "گفتن امشب باید آپارتمان رو آتیش بزنم", "threat_to_life", "ordered_arson"),
    ("fa", "بنزین دادن گفتن باید آپارتمانشون رو آتیش بزنیم", "threat_to_life", "ordered_arson"),
    ("fa", "پسرم میگه مجبورش میکنن امشب یکی رو بکشه", "forced_or_held", "forced_to_kill_someone"),
    ("fa", "majboresh mikonan yeki ro bokoshe", "forced_or_held", "forced_to_kill_someone"),
    ("fa", "dadash alan doostamo tir zadan kheili khoon mire", "weapon", "finglish_shot"),
    ("fa", "pesaramo tir zadan", "weapon", "finglish_shot"),
    ("fa", "kheili khoon mire az paash", "plea", "finglish_bleeding_much"),
    ("so", "waxay igu yiraahdeen caawa guri dab qabadsii", "threat_to_life", "ordered_arson"),
    (
        "so",
        "waxay ii sheegeen inaan baabuurka dab qabadsiiyo caawa",
        "threat_to_life",
        "ordered_arson",
    ),
    ("so", "waxay ku qasbayaan inuu qof toogto caawa", "threat_to_life", "ordered_to_hurt"),
    ("so", "wiilkayga waxay ku qasbayaan inuu nin dilo", "threat_to_life", "ordered_to_hurt"),
    (
        "so",
        "Bastoolad ayay i siiyeen, haddaadan wiilkaas dilin adigaa dhimanaya",
        "threat_to_life",
        "gun_kill_or_die",
    ),
    (
        "so",
        "hub ayay i siiyeen, haddaadan caawa ninkaas toogan adigaa dhimanaya",
        "threat_to_life",
        "gun_kill_or_die",
    ),
    ("ti", "ምስ ሽጉጥ፣ ክወጽእ ከሎ ተኲሰሉ ይብሉኒ", "threat_to_life", "told_shoot_when_out"),
    ("ti", "ሽጉጥ ኣብ ኢደይ ኣሎ ሕጂ ክወጽእ ከሎ ተኩሰሉ ኢሎምኒ", "threat_to_life", "told_shoot_when_out"),
    (
        "ckb",
        "چەکم پێیە، دەڵێن کاتێک هاتە دەرەوە تەقەی لێ بکە",
        "threat_to_life",
        "told_shoot_when_out",
    ),
    ("ckb", "دەمانچەکە لەلامە، وتیان ئەمشەو تەقەی لێ بکە", "threat_to_life", "told_shoot_when_out"),
    (
        "ckb",
        "پێیان وتم ئەمشەو نارنجۆکێک فڕێ بدەمە سەر دەرگایەک",
        "threat_to_life",
        "throw_grenade_at_door",
    ),
    ("ckb", "وتیان بۆمبەکە فڕێ بدە بۆ ناو ماڵەکە", "threat_to_life", "throw_grenade_at_door"),
    ("ckb", "وتیان ئەمشەو شوقەیەک بسووتێنە", "threat_to_life", "will_burn_flat"),
    (
        "ckb",
        "بەنزینیان پێدام و وتیان ئەمشەو ئۆتۆمبێلەکە بسوتێنە",
        "threat_to_life",
        "will_burn_flat",
    ),
    (
        "ckb",
        "کوڕەکەم دەڵێت ناچاری دەکەن ئەمشەو کەسێک بکوژێت",
        "forced_or_held",
        "forced_to_kill_someone",
    ),
    (
        "ckb",
        "براکەم دەڵێت بەزۆر دەیانەوێت پیاوێک بکوژێت",
        "forced_or_held",
        "forced_to_kill_someone",
    ),
    (
        "ckb",
        "دەمانچەیەکیان پێدام و وتیان ئەگەر ئەو کوڕە نەکوژیت خۆت دەمریت",
        "threat_to_life",
        "gun_kill_or_die",
    ),
    ("ckb", "چەکێکیان دامێ، ئەگەر ئەمشەو نەیکوژیت خۆت دەمریت", "threat_to_life", "gun_kill_or_die"),
    ("ar", "قالولي اطلق عليه لما يطلع من البيت", "threat_to_life", "told_shoot_when_out"),
    ("ar", "بدهم ياني طخه اول ما يطلع، والمسدس معي", "threat_to_life", "told_shoot_when_out"),
    ("ar", "طلبوا مني ارمي قنبلة على باب بيت الليلة", "threat_to_life", "throw_grenade_at_door"),
    ("ar", "لازم احط عبوة عند باب الشقة الليلة", "threat_to_life", "throw_grenade_at_door"),
    ("ar", "قفلوا علي بشقة وأخذوا تلفوني", "forced_or_held", "locked_in_phone_taken"),
    ("ar", "قفلوا الباب علينا وأخذوا جوالي", "forced_or_held", "locked_in_phone_taken"),
    ("ar", "صاحبي انضرب بالرصاص هلق", "weapon", "stabbed_or_shot"),
    ("ar", "اخوي انصاب برصاصة وعم ينزف", "weapon", "stabbed_or_shot"),
    ("ar", "عطوني مسدس وقالوا إذا ما قتلته الليلة رح موت", "threat_to_life", "gun_kill_or_die"),
    ("ar", "عطوني فرد وقالوا اذا ما قوصته بنقتلك", "threat_to_life", "gun_kill_or_die"),
    ("ar", "رجلها ماسك سچينة عليها هسه", "weapon", "holding_knife_on_someone"),
    ("ar", "عمي رافع الساطور علينا", "weapon", "holding_knife_on_someone"),
]

# Ordinary sentences sharing the new entries' words: no card.
MUST_STAY_QUIET: list[str] = [
    # es ordered_to_shoot
    "dicen que dispare la foto ya",
    "dicen que le dispare al jefe final",
    # es ordered_to_throw_grenade
    "vamos a tirar bombas de agua en la piscina",
    "tire una granada en warzone y gane",
    "esa chica es una bomba, me dijeron todos",
    # es stabbed_or_shot (a game)
    "me dispararon en fortnite jaja",
    "me dispararon dos veces en cod",
    # es forced_to_crime
    "me obligan a matar el tiempo en clase",
    # es gun_kill_or_die
    "si no me cargo la pistola de agua mi hermano me moja",
    "me di una pistola nerf y si no me cargo a mi hermano hoy",
    "me cargo a ese chaval en fortnite con la pistola",
    # tr told_shoot_when_out
    "topa vur diyorlar hocalar",
    "oyunda hep vur diyorlar silah al",
    # tr ordered_to_throw_bomb
    "su bombası atın dediler eve",
    "dün cs2de bombayı kapıya attım",
    "lezzet bombası bir tatlı yaptım, eve getirdim",
    # tr ordered_arson
    "evin ışığını yak dediler",
    "mumu yak evde",
    # tr forced_to_shoot_someone
    "zorla topa vurmak istiyor çocuk",
    "zorla zaman öldürmek bugün",
    # tr gun_kill_or_die
    "oyunda silahla vurmazsan ölürsün",
    # tr or_else_kill_me_verb_first
    "ödevi yap yoksa annem öldürür beni",
    # tr stabbed_or_shot (a game)
    "dün pubgde üç kere vuruldum",
    # fa told_shoot_when_out
    "تو کالاف با تفنگ بزنش گفتن",
    # fa ordered_arson
    "گفتن باید آتیش روشن کنیم برای کباب",
    # fa forced_to_kill_someone
    "مجبورش کردن به یکی زنگ بزنه",
    # fa finglish_shot, finglish_bleeding_much, stabbed_or_shot (a game)
    "ye tir zad do neshun",
    "dishab tu bazi kheili khoon umad",
    "kheili khoon mire az damagham",
    "تو وارزون ده بار تیر خوردم",
    "دیشب تو پابجی پنج بار تیر خوردیم",
    # so stabbed_or_shot (a game), ordered_to_hurt, ordered_arson
    "Shalay Warzone shan jeer ayaa la i toogtay",
    "fortnite ayaa la i toogtay haha",
    "hooyo waxay igu qasbaysaa inaan cuno",
    "dab qabadsii foornada",
    "waxay yiraahdeen dabka qabadsii shiidaha",
    # ti told_shoot_when_out
    "ኣብ ጸወታ ተኲሰሉ ይብሉኒ ሽጉጥ ሒዘ",
    # ckb throw_grenade_at_door, told_shoot_when_out, forced_to_kill_someone
    "لە پەبجی نارنجۆکم فڕێدا",
    "لە وارزۆن تەقەم لێ کرا",
    "کاتەکە بکوژێت ناچارە",
    # ar told_shoot_when_out
    "قالولي اطلق عليه اسم حلو",
    "اطلقوا سراحه الليلة وطلع من السجن",
    # ar throw_grenade_at_door
    "رميت قنبلة بببجي الليلة",
    "الحفلة كانت قنبلة الموسم",
    # ar holding_knife_on_someone
    "ماسك السكين وذبحنا الخروف بالعيد",
    "امي ماسكة السكين عم تقطع البصل هلق",
    # ar stabbed_or_shot (a game)
    "انضربت بالرصاص بوارزون",
    # ar gun_kill_or_die
    "عطوني مسدس مي وقالوا اذا ما قتلته باللعبة",
    # ar locked_in_phone_taken
    "ابوي سكر الباب وسحب تلفوني عقاب",
]

LANGUAGES = ("ar", "ckb", "es", "fa", "so", "ti", "tr")
ORDINARY_QUIET = [text for lang in LANGUAGES for text in held_out("round18", lang, "ordinary")]
MUST_FIRE = REPORTED + VARIANTS
QUIET = MUST_STAY_QUIET + ORDINARY_QUIET

# `python -m bench danger` before round 18 (danger caught, ordinary fired) of these languages
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
}


def test_every_reported_miss_is_listed() -> None:
    """The round 18 sets of these languages: all 6 + 5 + 4 + 4 + 3 + 1 + 5 messages that got
    no card."""
    counts = [sum(lang == wanted for lang, *_ in REPORTED) for wanted in LANGUAGES]
    assert counts == [6, 5, 4, 4, 3, 1, 5]
    for lang in LANGUAGES:
        listed = {text for code, text, _, _ in REPORTED if code == lang}
        assert listed <= set(held_out("round18", lang, "danger"))


def test_every_round18_danger_line_of_these_languages_fires(detector: DangerDetector) -> None:
    """All 14 ar and 10 ckb, es, fa, so, ti and tr danger lines of round 18 get the card
    (8 + 5 + 6 + 6 + 7 + 9 + 5 did)."""
    lines = [text for lang in LANGUAGES for text in held_out("round18", lang, "danger")]
    assert len(lines) == 74
    assert [text for text in lines if detector.detect(as_words(text)) is None] == []


def test_every_round18_ordinary_line_of_these_languages_stays_quiet(
    detector: DangerDetector,
) -> None:
    """The 36 ordinary lines, read as ``python -m bench danger`` reads them (4 fired)."""
    assert len(ORDINARY_QUIET) == 36
    assert [text for text in ORDINARY_QUIET if detector.detect(as_words(text)) is not None] == []


@pytest.mark.parametrize(("round_name", "lang"), sorted(EARLIER))
def test_earlier_held_out_figures_do_not_fall(
    detector: DangerDetector, round_name: str, lang: str
) -> None:
    """Each earlier set, read as ``python -m bench danger`` reads it: as many danger lines of
    the language caught as before round 18, no more ordinary ones firing."""
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
def test_round18_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize("text", QUIET)
def test_round18_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in REPORTED],
)
def test_round18_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires_beside(detector, text, category, QUIET)
