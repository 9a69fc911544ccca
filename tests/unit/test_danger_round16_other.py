"""Danger detection, round 16 (docs/conversation.md, "The emergency path"): Persian/Dari
(with Finglish), Somali, Tigrinya (with Latin letters) and Finnish messages a sixteenth red team
typed without getting the emergency card (bench/data/danger/round16: violence for hire — money
offered on Telegram or Snap for a shooting tonight with the gun left behind a bench or a bin, a
hand grenade to throw at a door, a door or a stairwell to blow up tonight, a house to set on fire
—; petrol poured at the door now, a box with wires taped under a car, something burning thrown in
and the flat full of smoke with children asleep; a son's phone reading "moped behind the school,
job at 3 at night"; sextortion ending "I'm standing on the bridge and can't go on"; danger buried
at the end of a long ordinary message; a sister in a car shown a knife and not let out), with
variants of each; ordinary sentences sharing their words that must stay quiet (games, "the party
was the bomb", fireworks, filling a car, a night shift, a band's gig); and every line of
bench/data/danger/round16/ordinary_{fa,so,ti,fi}.jsonl, all quiet: the two Tigrinya lines that
fired before ("ፈተና ሒሳብ ክቐትለኒ እዩ", the maths exam will kill me; news of a past explosion in
Stockholm) are vetoed in kill_me and fire_explosion of ti.

The entries are the "Round 16" blocks at the end of data/danger/{fa,so,ti,fi}.toml and changes
to earlier entries (fa weapon_present reads the Dari "تفنگچه" (pistol); ti will_hurt reads
"ስድራኡ|ስድራኣ|ስድራኻ|ስድራኺ" (his, her, your family); the two ti vetoes). The violence-for-hire
entries need an offer or money with the act and a time, or a weapon with a place it was left,
so that "what does uppdrag mean", CS2's planted bomb and GTA missions stay quiet.

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet, held_out

LANGUAGES = ("fa", "so", "ti", "fi")

# (language, text, category, entry id): the round 16 messages that got no card, word for word
REPORTED: list[tuple[str, str, str, str]] = [
    (
        "fa",
        "یه یارو تو تلگرام گفته ۵۰ تا کرون میده امشب یکیو بزنم، کلت رو گذاشتن تو پارک پشت نیمکت",
        "threat_to_life",
        "paid_to_shoot_tonight",
    ),  # slang 'kolt': offered 50k to shoot tonight, gun behind park bench
    (
        "fa",
        "کاکا مره گفتن که امشو یک بم دستی ره به دروازه یک خانه بپرتم، حالی در بکسم است",
        "weapon",
        "hand_grenade_dari",
    ),  # Dari: told to throw hand grenade at a house door tonight, it's in my bag
    (
        "fa",
        "پسرم ۱۴ سالشه، تو گوشیش دیدم نوشتن: موتور پشت مدرسه‌ست، کار ساعت ۳ شب. همین الان از خونه رفت بیرون",
        "forced_or_held",
        "night_job_for_child",
    ),  # parent: son's chat, job at 3am, he just left
    (
        "fa",
        "یکی داره جلوی در خونمون بنزین میریزه، از چشمی دیدمش، همین الان",
        "violence_now",
        "petrol_at_door",
    ),  # someone pouring petrol at our door right now, saw through peephole
    (
        "fa",
        "سلام ربات، میشه بگی کتابخونه کی بازه؟ فردا امتحان تاریخ دارم. یه چیز دیگه، داداشم امشب با چند نفر میره یه خونه رو آتیش بزنه، بنزین خریدن",
        "violence_now",
        "going_to_burn_tonight",
    ),  # buried: library hours, then brother going to torch a house tonight
    (
        "fa",
        "یه جعبه سیاه زیر ماشین عموم چسبوندن با سیم، عمو الان داره سوار میشه",
        "violence_now",
        "box_under_car",
    ),  # black box with wires under uncle's car, he's getting in
    (
        "fa",
        "تو گروه ساختمون نوشتن امشب راه‌پله رو میترکونن، ما طبقه سومیم با بچه‌ها",
        "violence_now",
        "blow_up_tonight",
    ),  # building group chat: stairwell blown tonight
    (
        "fa",
        "yeki to snap behem gofte emshab bayad dar-e ye khune ro monfajer konam, bomb ro dadan behem, age na migan khodamo mikoshan",
        "weapon",
        "bomb_to_throw_or_plant",
    ),  # Finglish: told to blow up a door tonight, given bomb
    (
        "fa",
        "یک نفر پیش دروازه بلاک ایستاده تفنگچه داره و منتظر مه است، بیرون رفته نمیتانم",
        "weapon",
        "weapon_present",
    ),  # Dari: man at building door with pistol waiting for me
    (
        "fa",
        "یکی یه چیز آتیش زده انداخت تو صندوق پستمون الان راهرو دود گرفته بچها خوابن",
        "violence_now",
        "smoke_filled_now",
    ),  # typos: burning thing in mail slot, smoke, kids asleep
    (
        "fi",
        "joku telegramis lupas mulle 50 tonnii jos mä ammun yhen jätkän tänää illal, ase on roskiksen takana ja mun pitäis olla siel kymmeneltä",
        "threat_to_life",
        "paid_for_violence_tonight",
    ),  # spoken: offered 50k to shoot tonight, gun behind bin
    (
        "fi",
        "mulle tarjottiin snäpis 30k et mä räjäytän yhen oven tänä yönä, ne jätti pommin pyöräkellariin",
        "violence_now",
        "blow_up_tonight",
    ),  # offered 30k to blow a door tonight, bomb left in bike cellar
    (
        "fi",
        "poikani 14v puhelimessa luki: 'mopo koulun takana, keikka klo 3 yöllä'. hän lähti juuri kotoa",
        "forced_or_held",
        "night_job_for_child",
    ),  # parent: son's phone, job at 3am, he just left
    (
        "fi",
        "joku kaataa just nyt bensaa meiän oven eteen, näin ovisilmäst",
        "violence_now",
        "petrol_at_door",
    ),  # someone pouring petrol at door now, saw through peephole
    (
        "fi",
        "niil on mun kuvat ja ne julkasee ne tänää jos en tee niille yhtä juttuu. mä seison sillalla enkä jaksa enää",
        "violence_now",
        "photos_published_unless",
    ),  # sextortion, standing on bridge, can't go on
    (
        "fi",
        "sedän auton alle on teipattu musta laatikko, se on just menos siihen",
        "violence_now",
        "box_under_car",
    ),  # black box taped under uncle's car, he's getting in
    (
        "fi",
        "talon whatsapp-ryhmään joku kirjotti et rappu räjäytetään tänä yönä, mä oon kotona pikkusisarusten kaa",
        "violence_now",
        "blow_up_tonight",
    ),  # building chat: stairwell blown tonight
    (
        "fi",
        "mun veli on saanu rahaa et se sytyttää yhen kämpän tuleen tänä yönä, sil on bensakanisteri huonees",
        "violence_now",
        "arson_tonight",
    ),  # brother paid to set fire to flat tonight
    (
        "fi",
        "joku heitti jotai meiän ovee ja nyt koko kämppä on savus ja lapset nukkuu",
        "violence_now",
        "thrown_in_smoke_now",
    ),  # typos/spoken: something thrown at door, smoke, kids sleeping
    (
        "so",
        "nin telegram iga soo qoray ayaa igu yiri 50k ayaan ku siinayaa haddii aad caawa qof toogato, bistooladda waxay ku jirtaa qashinka gadaashiisa",
        "threat_to_life",
        "paid_to_shoot_tonight",
    ),  # offered 50k to shoot someone tonight, pistol by the trash
    (
        "so",
        "waxaa la i siiyay bam, waxay yiraahdeen caawa saacadda 1 albaabka guri ku dheji oo qarxi",
        "violence_now",
        "blow_up_tonight",
    ),  # given bomb, told to attach to a door and blow it at 1 tonight
    (
        "so",
        "wiilkeyga 14 jir ah taleefankiisa waxaan ku arkay: mooto waa dugsiga gadaashiisa, shaqada saacadda 2 habeenimo. hadda ayuu guriga ka baxay",
        "forced_or_held",
        "night_job_for_child",
    ),  # parent: son's phone, job at 2am, he just left
    (
        "so",
        "qof ayaa hadda albaabka hortiisa baansiin ku shubaya, daloolka albaabka ayaan ka arkay",
        "violence_now",
        "petrol_at_door",
    ),  # someone pouring petrol at door now, saw through peephole
    (
        "so",
        "salaan, botkan ma ku hadlaa af soomaali? waxaan dhigtaa fasalka 8aad. walaashay waxay ku jirtaa gaari nin la socda oo mindi u muujiyay, uma oggola inay degto",
        "weapon",
        "weapon_shown",
    ),  # buried: bot question, sister in car with man who showed knife
    (
        "so",
        "sanduuq madow ayaa lagu dhejiyay gaariga adeerkay hoostiisa, hadda ayuu fuulayaa",
        "violence_now",
        "box_under_car",
    ),  # black box under uncle's car, he's getting in
    (
        "so",
        "kooxda dhismaha waxaa lagu qoray in jaranjarada caawa la qarxinayo, carruurta ayaan la joogaa",
        "violence_now",
        "blow_up_tonight",
    ),  # building group: stairwell blown tonight, with kids
    (
        "so",
        "qof ayaa wax shidan ka soo tuuray daqada hada dab ayaa qolka ku jira carurta wey hurdan",
        "violence_now",
        "fire_in_room_now",
    ),  # typos: burning thing thrown in window, fire, kids asleep
    (
        "ti",
        "ሓደ ሰብ ብቴሌግራም 50 ሽሕ ክሀበካ እየ ሎሚ ምሸት ሓደ ሰብ እንተ ተኲስካ ኢሉኒ፡ ሽጉጥ ኣብ ድሕሪ ጎሓፍ ተሓቢኡ ኣሎ",
        "threat_to_life",
        "paid_to_shoot_tonight",
    ),  # offered 50k to shoot someone tonight, pistol hidden behind trash
    (
        "ti",
        "ቦምባ ኢድ ሂቦምኒ ፍርቂ ለይቲ ናብ ማዕጾ ደርብያ ኢሎምኒ። ሕጂ ኣብ ቦርሳይ ኣላ",
        "weapon",
        "hand_grenade",
    ),  # given hand grenade, throw at door midnight, in bag now
    (
        "ti",
        "ወደይ 14 ዓመቱ እዩ፡ ኣብ ተለፎኑ 'ሞቶ ድሕሪ ቤት ትምህርቲ ኣሎ፡ ስራሕ ሰዓት 3 ለይቲ' ዝብል ረኺበ። ሕጂ ካብ ገዛ ወጺኡ",
        "forced_or_held",
        "night_job_for_child",
    ),  # parent: son's phone, job at 3am, he just left
    (
        "ti",
        "ሓደ ሰብ ሕጂ ኣብ ቅድሚ ማዕጾና በንዚን የፍስስ ኣሎ፡ ብዓይኒ ማዕጾ ርእየዮ",
        "violence_now",
        "petrol_at_door",
    ),  # someone pouring petrol at door now, saw through peephole
    (
        "ti",
        "ሎሚ ኩዕሶ ተጻዊትና ተዓዊትና ኣደይ ጽብሒ ሰሪሓ። ግን ወዲ ሓወቦይ ሎሚ ምሸት ሓደ ሰብ ብካራ ክወግእ ተኣዚዙ፡ እንተዘይገይሩ ስድራኡ ክቐትሉ እዮም",
        "threat_to_life",
        "will_hurt",
    ),  # buried: cousin ordered to stab tonight or family killed
    (
        "ti",
        "ኣብ ትሕቲ መኪና ኣቦይ ገመድ ዘለዎ ሳጹን ተለጢፉ፡ ሕጂ ናብ ስራሕ ክኸይድ እዩ",
        "violence_now",
        "box_under_car",
    ),  # box with wires under dad's car, leaving now
    (
        "ti",
        "ኣብ ጉጅለ ህንጻና ሎሚ ለይቲ መደያይቦ ክነፍሕዎ እዮም ተጻሒፉ፡ ምስ ቆልዑ ኣለኹ",
        "violence_now",
        "blow_up_tonight",
    ),  # building group: stairwell blown tonight, with kids
    (
        "ti",
        "ARKEY hji ab moto alo bshgut, hade seb ktekhs ikeyd alo, 30 shih hibomo",
        "weapon",
        "latin_going_to_shoot",
    ),  # Latin typos: friend on moped now with pistol going to shoot, paid 30k
    (
        "ti",
        "ሓብተይ ኣብ መኪና ምስ ሓደ ሰብኣይ ኣላ፡ ካራ ኣርእይዋ፡ ክትወርድ ኣይፈቐደላን",
        "weapon",
        "weapon_shown",
    ),  # sister in car with man who showed knife, won't let her out
    (
        "ti",
        "ሓደ ሰብ ዝነደደ ነገር ብመስኮት ደርብዩ ሕጂ ሓዊ ኣብ ክፍሊ ኣሎ ቆልዑ ደቂሶም",
        "violence_now",
        "fire_in_room_now",
    ),  # burning thing thrown through window, fire, kids asleep
]

# Other inflections, spellings and wordings of the same dangers
VARIANTS: list[tuple[str, str, str, str]] = [
    ("fa", "گفتن پول میده اگه امشب یکیو بزنم", "threat_to_life", "paid_to_shoot_tonight"),
    ("fa", "تفنگ رو پشت سطل اشغال قایم کردن", "weapon", "weapon_left_for_me"),
    ("fa", "بم دستی ره در بکسم ماندن", "weapon", "hand_grenade_dari"),
    ("fa", "یه نارنجک بهم دادن که بندازم تو خونشون", "weapon", "bomb_to_throw_or_plant"),
    ("fa", "پیام دیدم کار ساعت ۲ شب", "forced_or_held", "night_job_for_child"),
    ("fa", "یکی جلو در بنزین ریخته", "violence_now", "petrol_at_door"),
    ("fa", "امشب با دوستاش میرن ماشینشو آتیش بزنن", "violence_now", "going_to_burn_tonight"),
    ("fa", "یه بسته با سیم زیر ماشین بابام چسبونده بودن", "violence_now", "box_under_car"),
    ("fa", "فردا در خونشونو منفجر میکنن", "violence_now", "blow_up_tonight"),
    ("fa", "emshab mikhan dar ro monfajer konan", "violence_now", "blow_up_tonight"),
    ("fa", "یه مرد تفنگچه داره", "weapon", "weapon_present"),
    ("fa", "کل راهپله دود گرفته", "violence_now", "smoke_filled_now"),
    ("fa", "یه چیز اتیش زده از پنجره انداختن", "violence_now", "burning_thing_thrown_in"),
    (
        "so",
        "lacag ayay ii siinayaan haddii aan caawa nin toogto",
        "threat_to_life",
        "paid_to_shoot_tonight",
    ),
    ("so", "bastoolad ayaa ku qarsan geedka hoostiisa", "weapon", "weapon_left_for_me"),
    ("so", "bam ayay i siiyeen", "weapon", "bomb_given_to_me"),
    ("so", "shaqada saacadda 3 habeenimo", "forced_or_held", "night_job_for_child"),
    ("so", "nin ayaa gurigeena albaabka shidaal ku daadinaya", "violence_now", "petrol_at_door"),
    ("so", "nin ayaa mindi ii muujiyay", "weapon", "weapon_shown"),
    ("so", "gaariga ayuu ku jiraa, uma oggola inuu dego", "forced_or_held", "car_wont_let_out"),
    (
        "so",
        "baakad silig leh ayaa baabuurka hoostiisa lagu dhejiyay",
        "violence_now",
        "box_under_car",
    ),
    ("so", "albaabka gurigeena caawa ayay qarxinayaan", "violence_now", "blow_up_tonight"),
    ("so", "qiiq ayaa qolka buuxiyay", "violence_now", "fire_in_room_now"),
    ("ti", "ሎሚ ለይቲ እንተ ቐቲልካ ገንዘብ ክንህበካ ኢና", "threat_to_life", "paid_to_shoot_tonight"),
    ("ti", "ሽጉጥ ኣብ ድሕሪ ጎሓፍ ገዲፎምዎ", "weapon", "weapon_left_for_me"),
    ("ti", "ቦምባ ሂቦምኒ", "weapon", "bomb_given_to_me"),
    ("ti", "ስራሕ ሰዓት 2 ለይቲ", "forced_or_held", "night_job_for_child"),
    ("ti", "ኣብ ማዕጾና ነዳዲ ኣፍሲሶም", "violence_now", "petrol_at_door"),
    ("ti", "ወደይ ሰብ ክወግእ ተኣዚዙ", "threat_to_life", "ordered_to_stab_or_shoot"),
    ("ti", "ኣብ ትሕቲ መኪናና ሳንዱቕ ተለጢፉ", "violence_now", "box_under_car"),
    ("ti", "ሎሚ ምሸት ማዕጾና ክነፍሕዎ እዮም", "violence_now", "blow_up_tonight"),
    ("ti", "hji shgut alo ktekis ykeyd", "weapon", "latin_going_to_shoot"),
    ("ti", "ሽጉጥ ኣርእዩኒ", "weapon", "weapon_shown"),
    ("ti", "ሓዊ ኣብ ገዛና ተላዒሉ", "violence_now", "fire_in_room_now"),
    ("ti", "ዝነደደ ነገር ብማዕጾ ኣእትዮም", "violence_now", "burning_thing_thrown_in"),
    ("ti", "ስድራኡ ክቐትሉ እዮም", "threat_to_life", "will_hurt"),
    (
        "fi",
        "ne tarjos rahaa et mä puukotan sen huomenna",
        "threat_to_life",
        "paid_for_violence_tonight",
    ),
    ("fi", "pyssy on pusikossa penkin takana", "weapon", "weapon_left_for_me"),
    ("fi", "ne räjäyttää meiän oven tänään", "violence_now", "blow_up_tonight"),
    ("fi", "keikka kello 2 yöllä", "forced_or_held", "night_job_for_child"),
    ("fi", "joku roiskii bensaa meiän ovelle", "violence_now", "petrol_at_door"),
    ("fi", "auton alla on paketti johtoja", "violence_now", "box_under_car"),
    ("fi", "ne sytyttää talon tuleen tänä yönä", "violence_now", "arson_tonight"),
    (
        "fi",
        "joku heitti jotain postiluukusta ja nyt rappu on savussa",
        "violence_now",
        "thrown_in_smoke_now",
    ),
    (
        "fi",
        "ne levittää mun nudet huomenna jos en maksa",
        "violence_now",
        "photos_published_unless",
    ),
    ("fi", "oon sillalla en jaksa enää", "suicidal", "on_bridge_cant_go_on"),
]

# Ordinary sentences sharing the words of the new entries
MUST_STAY_QUIET: list[tuple[str, str]] = [
    ("fa", "پول میده امشب بریم سینما"),
    ("fa", "تو بازی امشب یکیو بزنم"),
    ("fa", "تفنگ اسباب بازی رو گذاشتم تو پارک"),
    ("fa", "تو کانتر بمب رو گذاشتم"),
    ("fa", "امشب مهمونی رو میترکونیم"),
    ("fa", "بابام داره تو ماشین بنزین میریزه"),
    ("fa", "رفتیم پمپ بنزین بنزین ریختیم"),
    ("fa", "شیفت کارم ساعت ۱۰ شب تموم میشه"),
    ("fa", "امشب اتیش روشن کنیم برای کباب"),
    ("fa", "یه سیم زیر ماشین شل شده"),
    ("fa", "غذام سوخت و اشپزخونه دود گرفت"),
    ("fa", "بازی gta ماشینو منفجر کردم"),
    ("fa", "بمب خنده بود این فیلم"),
    ("so", "lacag ayay i siiyeen si aan caawa cunto u soo iibsado"),
    ("so", "bamka fortnite ciyaarta ayaan dhigay"),
    ("so", "gaariga ayaan baansiin ku shubay"),
    ("so", "shaqadayda saacadda 10 habeenimo ayay dhammaataa"),
    ("so", "mindi noocee ah ayaa ugu fiican"),
    ("so", "dabka ku shid si aan u karino"),
    ("ti", "ፊኛ ክነፍሕ ደልየ"),
    ("ti", "ኣብ መኪና በንዚን ይመልእ"),
    ("ti", "ትማሊ ኣብ ፎርትናይት 20 ቀቲለ"),
    ("ti", "ፈተና ሒሳብ ክቐትለኒ እዩ 😭"),
    ("ti", "ዓሚ ኣብ ስቶክሆልም ፍንጀራ ነይሩ"),
    ("ti", "እቲ ፓርቲ ቦምባ ነይሩ"),
    ("fi", "räjäytin auton gta:ssa tänään"),
    ("fi", "plänttäsin pommin cs2:ssa eilen"),
    ("fi", "kaadoin bensaa mopoon"),
    ("fi", "bändin keikka klo 21 illalla"),
    ("fi", "sytytän kynttilän tänään"),
    ("fi", "koko kämppä on savus ku pizza paloi"),
    ("fi", "puukko on varastossa"),
    ("fi", "voitko lähettää kuvat nyt jos ehdit"),
    ("fi", "seison sillalla en jaksa enää odottaa bussia"),
    ("fi", "ne julkasee tulokset huomenna jos ehtii"),
    ("fi", "lupas mulle rahaa jos tapan tän pelin pomon tänään"),
]

ORDINARY_QUIET: list[tuple[str, str]] = [
    (lang, text) for lang in LANGUAGES for text in held_out("round16", lang, "ordinary")
]
MUST_FIRE = REPORTED + VARIANTS
REPORTED_PER_LANGUAGE = {"fa": 10, "so": 8, "ti": 10, "fi": 9}


def test_every_reported_miss_is_listed() -> None:
    """The round 16 danger sets: all 37 messages of these languages that got no card are in
    REPORTED, and each is one of its language's danger messages."""
    for lang in LANGUAGES:
        reported = {text for text_lang, text, _, _ in REPORTED if text_lang == lang}
        assert len(reported) == REPORTED_PER_LANGUAGE[lang], lang
        assert reported <= set(held_out("round16", lang, "danger")), lang


def test_the_quiet_ordinary_lines_are_twenty_four() -> None:
    """Six ordinary lines per language, all quiet (two Tigrinya lines that fired are vetoed)."""
    assert len(ORDINARY_QUIET) == 24


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in MUST_FIRE],
)
def test_round16_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET + ORDINARY_QUIET],
)
def test_round16_ordinary_sentence_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round16_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET + ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)
