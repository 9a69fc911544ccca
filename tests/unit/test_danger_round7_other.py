"""Danger detection, round 7 (docs/conversation.md, "The emergency path"): Arabic (with
arabizi), Persian (with Finglish), Somali, Tigrinya (Ge'ez and Latin letters) and Finnish messages
a seventh red team typed without getting the emergency card (bench/data/danger/round7: "won't
be here tomorrow", a last message asking forgiveness, a rope ready, on a roof or a bridge and
wanting to jump, all of mum's pills swallowed, a friend who took pills and does not come round,
a cut that will not stop bleeding, men at the door or the school with a knife or a gun, locked
in a room, pushed into a car not knowing where to, "deliver the bag or we kill your brother", a
parent whose son is being beaten in a car or whose daughter is missing and held by a man, a
sexual assault just now), with variants of each; ordinary sentences sharing their words that
must stay quiet; and every line of bench/data/danger/round7/ordinary_{ar,fa,so,ti,fi}.jsonl that
was quiet before this round ("math exam will kill me" and the like are known false alarms and
are left out). The entries are the "round 7" blocks at the end of data/danger/{ar,fa,so,ti,fi}.toml.

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet

# (language, text, category, entry id): the round 7 messages that got no card, then variants
MUST_FIRE: list[tuple[str, str, str, str]] = [
    # --- Arabic: the round 7 messages, then variants ---
    ("ar", "ما رح كون موجود بكرا خلص تعبت", "suicidal", "not_here_tomorrow"),
    ("ar", "واقف ع سطح البناية وبدي انط", "suicidal", "roof_jump"),
    ("ar", "في شباب برا الباب واحد معو سكين بجيبتو", "weapon", "weapon_on_someone_there"),
    ("ar", "قفلوا عليي بغرفة واخدوا تلفوني", "forced_or_held", "locked_in_room"),
    ("ar", "قالولي اذا ما وصلت الشنطة الليلة بيقتلوا اخي", "threat_to_life", "will_kill_family"),
    (
        "ar",
        "ابني عمره ١٤ اتصل وهو يبكي وقال في رجال عم يضربوه بسيارة",
        "violence_now",
        "child_beaten_now",
    ),
    ("ar", "بنتي مختفية من امبارح وحدا بعتلنا صورتها مربوطة", "forced_or_held", "child_vanished"),
    ("ar", "mesh 2ader akammel, el lela ra7 a5ls 3la 7ali", "suicidal", "end_myself"),
    ("ar", "fi wa7ad ma3o mosdes 3nd el madrase hala2", "weapon", "arabizi_pistol_spellings"),
    ("ar", "sa7bti akhdet 7bob ktir w mesh 3am tfi2", "self_harm", "arabizi_pills_other"),
    ("ar", "اخدوني بسيارة وما بعرف لوين رايحين", "forced_or_held", "taken_in_car"),
    ("ar", "هاد اخر مسج مني، سامحوني", "suicidal", "last_message"),
    ("ar", "بكرا ما رح كون موجود", "suicidal", "not_here_tomorrow"),
    ("ar", "مش رح ابقى عايش بكرا", "suicidal", "not_here_tomorrow"),
    ("ar", "هاي اخر رساله مني", "suicidal", "last_message"),
    ("ar", "سامحوني على كل شي", "suicidal", "last_message"),
    ("ar", "سامحوني", "suicidal", "forgive_me_alone"),
    ("ar", "انا عالجسر بدي اقفز", "suicidal", "roof_jump"),
    ("ar", "واقفه عالبلكون وبدي انط", "suicidal", "roof_jump"),
    ("ar", "في واحد برا معو مسدس", "weapon", "weapon_on_someone_there"),
    ("ar", "في زلمه قدام المدرسه ماسك سكين", "weapon", "weapon_on_someone_there"),
    ("ar", "سكروا علينا بالقبو", "forced_or_held", "locked_in_room"),
    ("ar", "رح يقتلوا امي اذا ما دفعت", "threat_to_life", "will_kill_family"),
    ("ar", "بيقتلوا ابني", "threat_to_life", "will_kill_family"),
    ("ar", "شباب عم يضربوها هلق", "violence_now", "child_beaten_now"),
    ("ar", "ابني مختفي من يومين", "forced_or_held", "child_vanished"),
    ("ar", "بعتولي صورته مربوط", "forced_or_held", "child_vanished"),
    ("ar", "حطوني بفان وما بعرف وين", "forced_or_held", "taken_in_car"),
    ("ar", "bdi a5alles 3a 7ali", "suicidal", "end_myself"),
    ("ar", "بدي خلص ع حالي", "suicidal", "end_myself"),
    ("ar", "fi shab ma3o mosades barra", "weapon", "arabizi_pistol_spellings"),
    ("ar", "a5ad 7bob ktir w mesh 3am yfi2", "self_harm", "arabizi_pills_other"),
    # --- Persian: the round 7 messages, then variants ---
    ("fa", "فردا دیگه نیستم، خداحافظ", "suicidal", "not_here_tomorrow"),
    ("fa", "همه قرصای مامانمو خوردم", "self_harm", "all_pills"),
    ("fa", "رو پشت بوم وایسادم میخوام بپرم", "suicidal", "roof_jump"),
    (
        "fa",
        "پسرم ۱۳ سالشه زنگ زد گریه میکرد میگفت دارن کتکش میزنن",
        "violence_now",
        "being_beaten_now",
    ),
    ("fa", "دستمو بریدم خونش بند نمیاد", "plea", "bleeding_wont_stop"),
    ("fa", "dustam ghors khorde hoshyar nemishe", "plea", "finglish_not_coming_round"),
    (
        "fa",
        "دخترم از دیروز گم شده یه مرد بهم پیام داد که پیششه",
        "forced_or_held",
        "child_missing_since",
    ),
    ("fa", "منو سوار ماشین کردن نمیدونم کجا میبرن", "forced_or_held", "taken_in_car"),
    ("fa", "طناب آماده ست", "suicidal", "rope_ready"),
    ("fa", "اینو مینویسم که بدونید تقصیر شما نبود", "suicidal", "farewell_not_your_fault"),
    ("fa", "از فردا دیگه نیستم", "suicidal", "not_here_tomorrow"),
    ("fa", "دیگه نیستم خدانگهدار", "suicidal", "not_here_tomorrow"),
    ("fa", "نامه نوشتم که بدونید تقصیر هیچکس نبود", "suicidal", "farewell_not_your_fault"),
    ("fa", "طنابم آماده است", "suicidal", "rope_ready"),
    ("fa", "همه داروهای بابامو خوردم", "self_harm", "all_pills"),
    ("fa", "رو پل وایسادم میخوام بپرم", "suicidal", "roof_jump"),
    ("fa", "لبه پنجره نشستم میخوام بپرم", "suicidal", "roof_jump"),
    ("fa", "دارن کتکم میزنن", "violence_now", "being_beaten_now"),
    ("fa", "کتکش میزنن کمک", "violence_now", "being_beaten_now"),
    ("fa", "خونریزیش بند نمیاد", "plea", "bleeding_wont_stop"),
    ("fa", "ghors khorde be hosh nemiad", "plea", "finglish_not_coming_round"),
    ("fa", "dustam hooshyar nemishe", "plea", "finglish_not_coming_round"),
    ("fa", "پسرم از دیشب گم شده", "forced_or_held", "child_missing_since"),
    ("fa", "به زور منو سوار ماشین کردن", "forced_or_held", "taken_in_car"),
    # --- Somali: the round 7 messages, then variants ---
    ("so", "berri ma joogi doono, nabad galya", "suicidal", "not_here_tomorrow"),
    (
        "so",
        "buundada korkeeda ayaan taaganahay waxaan rabaa inaan iska tuuro",
        "suicidal",
        "bridge_throw_myself",
    ),
    (
        "so",
        "waxay igu yiraahdeen haddii aadan xirmada geyn caawa walaalkaa waan dileynaa",
        "threat_to_life",
        "will_kill_family",
    ),
    (
        "so",
        "wiilkayga 14 jir ah ayaa i soo wacay isagoo ooyaya rag ayaa gaari ku garaacaya",
        "violence_now",
        "men_beating_now",
    ),
    ("so", "gacanta ayaan iska jaray dhiiggu ma istaagayo", "plea", "bleeding_wont_stop"),
    (
        "so",
        "gabadhayda shalay ayay lumtay nin ayaa ii soo qoray inay isaga la joogto",
        "forced_or_held",
        "child_lost_since",
    ),
    ("so", "gaari ayay i geliyeen ma garanayo meesha la i geynayo", "forced_or_held", "put_in_car"),
    ("so", "tani waa fariintaydii ugu dambeysay i cafiya", "suicidal", "last_message"),
    ("so", "berri maan joogi doono", "suicidal", "not_here_tomorrow"),
    ("so", "berrito ma noolaan doono", "suicidal", "not_here_tomorrow"),
    ("so", "tani waa fariintayda ugu dambeysa", "suicidal", "last_message"),
    ("so", "saqafka ayaan joogaa waxaan rabaa inaan iska tuuro", "suicidal", "bridge_throw_myself"),
    ("so", "dusha dhismaha ayaan taaganahay waan is tuurayaa", "suicidal", "bridge_throw_myself"),
    ("so", "walaashaa waan dileynaa", "threat_to_life", "will_kill_family"),
    (
        "so",
        "haddii aadan lacagta keenin qoyskaaga waan dilaynaa",
        "threat_to_life",
        "will_kill_family",
    ),
    ("so", "niman ayaa hadda wiilkayga garaacaya", "violence_now", "beating_family"),
    ("so", "rag ayaa i garaacaya", "violence_now", "violence_now"),
    ("so", "dhiigga ma istaagayo", "plea", "bleeding_wont_stop"),
    ("so", "saaxiibkay dhiiggu mana joogsanayo", "plea", "bleeding_wont_stop"),
    ("so", "wiilkayga xalay ayuu lumay", "forced_or_held", "child_lost_since"),
    ("so", "xoog ayaa gaari la igu geliyeen", "forced_or_held", "put_in_car"),
    ("so", "baabuur ayay na fuuliyeen ma garanayo halkee", "forced_or_held", "put_in_car"),
    # --- Tigrinya: the round 7 messages, then variants ---
    ("ti", "ጽባሕ ኣይክህሉን እየ ደሓን ኩኑ", "suicidal", "not_here_tomorrow"),
    ("ti", "ኩሉ ከኒና ናይ ኣደይ ውሒጠዮ", "self_harm", "all_pills_swallowed"),
    ("ti", "ኣብ ልዕሊ ድልድል ደው ኢለ ኣለኹ ክዘልል ደልየ", "suicidal", "bridge_jump"),
    ("ti", "ሰባት ኣብ ማዕጾ ኣለዉ ሓደ ካራ ኣብ ጅባኡ ሒዙ", "weapon", "weapon_at_door"),
    ("ti", "ወደይ 14 ዓመቱ እዩ እናበኸየ ደዊሉ ሰባት ኣብ መኪና ይወቕዕዎ ኣለዉ ኢሉ", "violence_now", "being_beaten_now"),
    ("ti", "ሕጂ ጾታዊ ዓመጽ ፈጺሙለይ እናንቀጥቀጥኩ እየ", "violence_now", "sexual_assault_done"),
    ("ti", "ኢደይ ቆሪጸ ደም ክቋረጽ ኣይከኣለን", "plea", "bleeding_wont_stop"),
    ("ti", "hiwet tsegibeni lomi leyti rese kqetl eye", "suicidal", "latin_kill_myself"),
    ("ti", "sebay shigut hizu ab qdmi bet timhrti alo hiji", "weapon", "latin_holds_gun"),
    ("ti", "ጓለይ ካብ ትማሊ ጠፊኣ ሓደ ሰብኣይ ምሳይ ኣላ ኢሉ መልእኽቲ ሰዲዱለይ", "forced_or_held", "child_gone_since"),
    ("ti", "ኣብ መኪና ኣእትዮምኒ ናበይ ከም ዝወስዱኒ ኣይፈልጥን", "forced_or_held", "put_in_car"),
    ("ti", "እዚ ናይ መወዳእታ መልእኽተይ እዩ ይቕረታ ግበሩለይ", "suicidal", "last_message"),
    ("ti", "ab dege geza alewu hade negeri ab jaketu hizu", "weapon", "latin_holds_gun"),
    ("ti", "ካብ ጽባሕ ኣይክህሉን", "suicidal", "not_here_tomorrow"),
    ("ti", "መወዳእታ መልእኽተይ እዚ እዩ", "suicidal", "last_message"),
    ("ti", "ብዙሕ ከኒና ወሲደየን", "self_harm", "all_pills_swallowed"),
    ("ti", "ኣብ ናሕሲ ህንጻ ኣለኹ ክዘልል እየ", "suicidal", "bridge_jump"),
    ("ti", "ሓደ ሰብ ሽጉጥ ሒዙ ኣብ ቤት ትምህርቲ ኣሎ", "weapon", "weapon_present"),
    ("ti", "ሰባት ይወቕዑኒ ኣለዉ", "violence_now", "being_beaten_now"),
    ("ti", "ጾታዊ ግፍዒ ፈጺሞምለይ", "violence_now", "sexual_assault_done"),
    ("ti", "ደም ኣይቆመን", "plea", "bleeding_wont_stop"),
    ("ti", "nebsey kqetl eye", "suicidal", "latin_kill_myself"),
    ("ti", "hiwet tsegibeni", "suicidal", "latin_kill_myself"),
    # round 11's "armed men outside" (a gun, holding it, outside) ties with latin_holds_gun
    # now that its near group has the three words it was written with (a space in "ab dege"
    # had made "ab" a fourth required word, and the longer match won): the same card
    ("ti", "sebay pistol hizu ab dege alo", "weapon", "latin_holds_gun"),
    ("ti", "ወደይ ካብ ትማሊ ጠፊኡ", "forced_or_held", "child_gone_since"),
    ("ti", "ብሓይሊ ኣብ መኪና ኣእትዮምና", "forced_or_held", "put_in_car"),
    # --- Finnish: the round 7 messages, then variants ---
    ("fi", "en oo enää huomenna täällä", "suicidal", "not_here_tomorrow"),
    ("fi", "seison sillalla ja meinaan hypätä", "suicidal", "on_bridge_jump"),
    (
        "fi",
        "ne on oven takana ja yhellä on jotain takin sisällä, puukko tai ase",
        "weapon",
        "someone_has_weapon_there",
    ),
    (
        "fi",
        "ne sano et jos en vie pakettia tänään ne tappaa mun veljen",
        "threat_to_life",
        "will_kill_family",
    ),
    (
        "fi",
        "14v poikani soitti itkien että jotkut miehet hakkaa häntä autossa",
        "violence_now",
        "men_beat_child",
    ),
    ("fi", "koulun edessä on joku jolla on ase", "weapon", "someone_has_weapon_there"),
    (
        "fi",
        "tyttäreni on ollut kadoksissa eilisestä ja joku mies viestitti että hän on hänen luonaan",
        "forced_or_held",
        "child_missing_since",
    ),
    ("fi", "ne työnsi mut autoon en tiiä minne mennään", "forced_or_held", "pushed_into_car"),
    ("fi", "tää on mun viimenen viesti, anteeks kaikki", "suicidal", "last_message"),
    ("fi", "köysi on valmiina", "suicidal", "rope_ready"),
    ("fi", "huomenna en oo enää täällä", "suicidal", "not_here_tomorrow"),
    ("fi", "en ole enää huomenna olemassa", "suicidal", "not_here_tomorrow"),
    ("fi", "tämä on viimeinen viestini", "suicidal", "last_message"),
    ("fi", "tää on mun vika viesti", "suicidal", "last_message"),
    ("fi", "köysi on valmis", "suicidal", "rope_ready"),
    ("fi", "mä hirttäydyn tänään", "suicidal", "rope_ready"),
    ("fi", "oon katolla ja aion hypätä", "suicidal", "on_bridge_jump"),
    ("fi", "seison kaiteella ja haluun hypätä", "suicidal", "on_bridge_jump"),
    ("fi", "ulkona on joku jolla on puukko", "weapon", "weapon_at_door"),
    ("fi", "koulun pihalla on jätkä jolla on pistooli", "weapon", "someone_has_weapon_there"),
    ("fi", "jos en toimita kassia ne tappaa mun siskon", "threat_to_life", "will_kill_family"),
    ("fi", "ne tappaa veljeni", "threat_to_life", "kill_me"),
    ("fi", "jotkut jätkät hakkaa poikaani", "violence_now", "men_beat_child"),
    ("fi", "miehet hakkaavat häntä nyt", "violence_now", "men_beat_child"),
    ("fi", "poikani on ollut kateissa eilisestä", "forced_or_held", "child_missing_since"),
    ("fi", "lapsemme on ollut kadoksissa kaksi päivää", "forced_or_held", "child_missing_since"),
    ("fi", "ne raahasi mut pakuun", "forced_or_held", "pushed_into_car"),
    ("fi", "joku työnsi tyttäreni autoon", "forced_or_held", "pushed_into_car"),
]

# Ordinary sentences sharing words with the new entries.
MUST_STAY_QUIET: list[tuple[str, str]] = [
    # --- Arabic ---
    ("ar", "مش رح كون موجود بكرا بالمدرسه"),
    ("ar", "سامحوني على التأخير"),
    ("ar", "بدي انط عالترامبولين"),
    ("ar", "معو سكين المطبخ بالبيت"),
    ("ar", "قفلوا علي بالغرفه بالمزح"),
    ("ar", "اخوه عم يضربوه بالفيفا"),
    ("ar", "بنتي مختفيه بغرفتها"),
    ("ar", "اخدوني بالسياره عالبحر"),
    ("ar", "ra7 a5alles el wajeb 3a 7ali"),
    ("ar", "ma3o mosdes la3be"),
    ("ar", "akhdet 7bob el 7asasiye"),
    # --- Persian ---
    ("fa", "فردا دیگه نیستم سرکار"),
    ("fa", "بدونی تقصیر تو نبود"),
    ("fa", "طناب آماده برای کوهنوردی"),
    ("fa", "قرصای سرماخوردگیمو خوردم"),
    ("fa", "میخوام بپرم تو استخر"),
    ("fa", "تو فیلم کتکش زدن"),
    ("fa", "خون دماغم بند نمیاد"),
    ("fa", "sobha zud bidar nemishe"),
    ("fa", "دخترم گوشیش گم شده"),
    ("fa", "پسرم تو پارک گم شد ولی پیداش کردیم"),
    ("fa", "منو با ماشین بردن مدرسه"),
    ("fa", "گوشی دخترم از دیروز گم شده"),
    # --- Somali ---
    ("so", "berri ma joogi doono shaqada"),
    ("so", "berri ma joogo dugsiga"),
    ("so", "fariintaydii ugu dambeysay maanta"),
    ("so", "qashinka ayaan iska tuuray"),
    ("so", "buundada ayaan ka boodnay biyaha"),
    ("so", "walaalkay waan jeclahay"),
    ("so", "nin ayaa albaabka garaacaya"),
    ("so", "dhiig ayaa sanka iga yimid"),
    ("so", "gabadhayda taleefankeedii ayaa lumay"),
    ("so", "aabahay ayaa gaari i geliyay oo dugsiga i geeyay"),
    ("so", "taleefanka gabadhayda shalay ayuu lumay"),
    # --- Tigrinya ---
    ("ti", "ጽባሕ ኣብ ስራሕ ኣይክህሉን"),
    ("ti", "ጽባሕ ኣይክህሉን እየ ኣብ ገዛ"),
    ("ti", "ናብ ማይ ክዘልል ደልየ ካብ ድልድል"),
    ("ti", "ኣብ ማዕጾ ሰባት ኣለዉ"),
    ("ti", "ኩዕሶ ይወቕዕዋ ኣለዉ"),
    ("ti", "ብዛዕባ ጾታዊ ዓመጽ ትምህርቲ ኣሎ"),
    ("ti", "ደም ክህብ እደሊ"),
    ("ti", "shigut nay tsewta hizu ab geza"),
    ("ti", "ጓለይ ሞባይላ ጠፊኡዋ"),
    ("ti", "ኣቦይ ብመኪና ናብ ቤት ትምህርቲ ወሲዱኒ"),
    ("ti", "ናይ ጓለይ ሞባይል ካብ ትማሊ ጠፊኡ"),
    # --- Finnish ---
    ("fi", "en oo huomenna täällä, oon töissä"),
    ("fi", "en oo enää täällä huomenna koska muutan"),
    ("fi", "tää on mun viimeinen viesti tänään"),
    ("fi", "anteeks kaikki kirjoitusvirheet"),
    ("fi", "köysi on valmiina kiipeilyyn"),
    ("fi", "seistiin sillalla ja hypättiin uimaan"),
    ("fi", "oltiin sillalla ja meinaan hypätä veteen uimaan"),
    ("fi", "oon katolla ja meinaan korjata antennin"),
    ("fi", "koulun edessä on joku jolla on koira"),
    ("fi", "pelissä yhellä on ase oven takana"),
    ("fi", "ne hakkaa sitä aina fifassa"),
    ("fi", "kissa on ollut kadoksissa viikon"),
    ("fi", "äiti vei mut autolla kouluun"),
]

# The lines of ordinary_{ar,fa,so,ti,fi}.jsonl (round 7) that showed no card before this round.
ORDINARY_QUIET: list[tuple[str, str]] = [
    # --- Arabic ---
    ("ar", "مت من الضحك 😂😂"),
    ("ar", "ابني صاير يطلع مع شباب كبار وخايفة ينجر لعصابة، لمين احكي؟"),
    ("ar", "شفت بالاخبار انو في واحد انقتل بالمدينة"),
    ("ar", "lamma bel3ab call of duty b2tol kel el nas hahaha"),
    ("ar", "كيف بسجل ابني بالنادي الرياضي تبع البلدية؟"),
    # --- Persian ---
    ("fa", "از خنده مردم 😂"),
    ("fa", "پسرم با پسرای بزرگتر میگرده نگرانم وارد باند بشه، کجا مشاوره بدن؟"),
    ("fa", "دیشب کانتر بازی کردیم همه رو کشتم"),
    ("fa", "کلاس زبان سوئدی رایگان کجاست؟"),
    ("fa", "maman mikoshatam age nomre bad begiram haha"),
    ("fa", "پارسال افسردگی داشتم ولی الان با مشاور بهترم"),
    # --- Somali ---
    ("so", "qosol ayaan u dhintay 😂😂"),
    (
        "so",
        "wiilkayga wuxuu la socdaa wiilal waaweyn waxaan ka baqayaa in kooxaha la geliyo yaan la hadlaa?",
    ),
    ("so", "wararka ayaan ku arkay in nin magaalada lagu toogtay"),
    ("so", "xalay ayaan fortnite ciyaarnay dhammaantood waan dilay haha"),
    ("so", "xaggee laga helaa shaqo xagaaga dhalinyarada?"),
    ("so", "sannadkii hore aad baan u niyad jabsanaa laakiin hadda waan fiicnahay"),
    # --- Tigrinya ---
    ("ti", "ብሰሓቕ ሞይተ 😂"),
    ("ti", "ወደይ ምስ ዓበይቲ መንእሰያት ይውዕል ኣሎ ናብ ጉጅለ ከይኣቱ እሻቐል ምስ መን ክዛረብ?"),
    ("ti", "ኣብ ዜና ሓደ ሰብ ኣብ ከተማ ከም ዝተተኮሰ ርእየ"),
    ("ti", "ትማሊ ለይቲ ጸወታ ተጻዊትና ኩሎም ቀቲለዮም ሃሃ"),
    ("ti", "ናይ ሓጋይ ስራሕ ካበይ ክረክብ እኽእል?"),
    ("ti", "adey kteqtlenni eya nay fetena wetsiet enteriiya"),
    ("ti", "ዝሓለፈ ዓመት ጽቡቕ ኣይነበርኩን ሕጂ ግን ይሓይሽ"),
    # --- Finnish ---
    ("fi", "huominen koe tappaa mut 😭"),
    ("fi", "kuolin nauruun 😂"),
    (
        "fi",
        "poikani hengaa vanhempien jätkien kanssa ja pelkään että hänet värvätään jengiin, kenelle voin puhua?",
    ),
    ("fi", "näin uutisissa että joku ammuttiin keskustassa"),
    ("fi", "pelattiin eilen fortnitea ja mä tapoin kaikki"),
    ("fi", "mistä saa kesätyöpaikan nuorille?"),
    ("fi", "viime vuonna oli tosi rankkaa mut nyt menee paremmin"),
]


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in MUST_FIRE],
)
def test_round7_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    "text", [pytest.param(text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET]
)
def test_round7_neighbour_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    "text", [pytest.param(text, id=f"{lang}:{text}") for lang, text in ORDINARY_QUIET]
)
def test_round7_ordinary_line_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round7_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)
