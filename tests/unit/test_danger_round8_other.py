"""Danger detection, round 8 (docs/conversation.md, "The emergency path"): Arabic (with
arabizi), Persian (with Finglish and Dari), Somali, Tigrinya (Ge'ez and Latin letters) and
Finnish messages an eighth red team typed without getting the emergency card
(bench/data/danger/round8: a passport taken before a forced marriage abroad, a child who drank
bleach or swallowed a battery or a detergent, someone collapsed or not breathing, a drink
spiked, followed by a car or a man, drowning or through the ice, locked in, a threat to come
back with the others, a parent whose child is taken for ransom or held in a car, on a bridge
saying goodbye, a hanging, a seizure, a fire with someone inside, a cut that will not stop
bleeding), with variants of each; ordinary sentences sharing their words that must stay quiet;
and every line of bench/data/danger/round8/ordinary_{ar,fa,so,ti,fi}.jsonl that shows no card
("the exam will kill me" and the like are known false alarms and are left out). The entries
are the "round 8" blocks at the end of data/danger/{ar,fa,so,ti,fi}.toml.

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import assert_fires, assert_fires_beside, assert_quiet

# (language, text, category, entry id): the round 8 messages that got no card, then variants
MUST_FIRE: list[tuple[str, str, str, str]] = [
    # --- Arabic: the round 8 messages, then variants ---
    (
        "ar",
        "اخدوا جوازي وقالوا الليلة رح نسافر عالبلد لأتزوج ابن عمي، أنا بالسيارة هلأ",
        "forced_or_held",
        "passport_taken",
    ),
    ("ar", "أخوي الصغير عمره ٣ سنين شرب كلور من تحت المجلى وعم يستفرغ", "plea", "drank_chemical"),
    (
        "ar",
        "في ريحة غاز قوية بالبيت وماما وقعت بالمطبخ وما عم تحكي",
        "plea",
        "collapsed_not_answering",
    ),
    (
        "ar",
        "حد حط شي بكاسي بالحفلة، رجليي ما عم يمشوا وفي شب بدو ياخدني معو",
        "forced_or_held",
        "drink_spiked",
    ),
    (
        "ar",
        "wallah fi sayyara sawda la7a2itni mn el madrase w hala2 wa2fe 3nd el bina w nazal menha 2",
        "fear",
        "arabizi_followed",
    ),
    (
        "ar",
        "ابن عمي غطس بالبحيرة من ربع ساعة ونحنا عم ندور عليه وما طلع",
        "plea",
        "went_under_not_up",
    ),
    (
        "ar",
        "3am yesakro 3alayi el bab w bi2ulu ma fini itla3 la a3mel li baddon yeh",
        "forced_or_held",
        "arabizi_locked_in",
    ),
    (
        "ar",
        "قالولي بيرجعوا الليلة مع الباقيين ويكسروا البيت على راسنا",
        "threat_to_life",
        "house_on_our_heads",
    ),
    ("ar", "سحبوا جوازي وما بعرف وين حطوه", "forced_or_held", "passport_taken"),
    ("ar", "بدهم يزوجوني غصب عني", "forced_or_held", "forced_marriage"),
    ("ar", "غصبن عني يزوجوني ابن عمي", "forced_or_held", "forced_marriage"),
    ("ar", "اختي الصغيرة شربت كلوركس", "plea", "drank_chemical"),
    ("ar", "ابني بلع بطاريه", "plea", "drank_chemical"),
    ("ar", "حطولي حبوب بمشروبي", "forced_or_held", "drink_spiked"),
    ("ar", "اخي عم يغرق بالبحر", "plea", "drowning_now"),
    ("ar", "وقع بالنهر وما منلاقيه", "plea", "went_under_not_up"),
    ("ar", "sakaro 3alayna bl ghorfe", "forced_or_held", "arabizi_locked_in"),
    ("ar", "هددونا يحرقوا البيت", "threat_to_life", "house_on_our_heads"),
    ("ar", "رح يهدوا البيت على راسي", "threat_to_life", "house_on_our_heads"),
    ("ar", "جدي وقع بالحمام وما عم يحكي", "plea", "collapsed_not_answering"),
    ("ar", "fi sayyara la7a2etni", "fear", "arabizi_followed"),
    ("ar", "حبسوا علي الاوضه", "forced_or_held", "locked_in_door"),
    # --- Persian: the round 8 messages, then variants ---
    (
        "fa",
        "بابام الان با کمربند افتاده به جون داداشم، داره ازش خون میاد",
        "violence_now",
        "beaten_with_object",
    ),
    (
        "fa",
        "پسرم رو بردن، زنگ زدن پول می\u200cخوان، صدای گریه\u200cشو پشت تلفن شنیدم",
        "forced_or_held",
        "taken_for_ransom",
    ),
    ("fa", "آب رودخونه داداشمو برد، دیگه نمی\u200cبینمش", "plea", "swept_away"),
    (
        "fa",
        "Man alan ro pol vaysadam, kheili arome inja, be maman begid dustesh dashtam",
        "suicidal",
        "finglish_on_bridge",
    ),
    (
        "fa",
        "برادرکم دوای موش را خورده و استفراغ می\u200cکند، رنگش زرد شده",
        "plea",
        "poison_swallowed",
    ),
    (
        "fa",
        "از وقتی سوار ماشینش شدم درها رو قفل کرده و داره میره بیرون شهر، نمی\u200cذاره پیاده شم",
        "forced_or_held",
        "wont_let_me_out_of_car",
    ),
    (
        "fa",
        "یه مرد تو ایستگاه داره یه دختر رو به زور میکشه سمت ماشینش، دختره جیغ میزنه",
        "forced_or_held",
        "dragged_to_car",
    ),
    (
        "fa",
        "ma ra majbur mikonan ke alan mavad befrushim, yeki azashun chaqu dare o vaysade negamun mikone",
        "weapon",
        "finglish_knife_there",
    ),
    ("fa", "دوستم از پنجره طبقه سوم پرید، تکون نمی\u200cخوره", "plea", "fell_not_moving"),
    (
        "fa",
        "اونا گفتن با بقیه برمی\u200cگردن و کارمو تموم می\u200cکنن، الان صدای موتوراشون میاد",
        "threat_to_life",
        "finish_me_off",
    ),
    (
        "fa",
        "رفیقم خودشو تو دستشویی مدرسه دار زده، فکر کنم هنوز نفس میکشه",
        "suicidal",
        "hanged_self",
    ),
    ("fa", "افتادن به جون بابام", "violence_now", "fallen_upon_now"),
    ("fa", "با کمربند میزنتم", "violence_now", "beaten_with_object"),
    ("fa", "موج دوستمو برد", "plea", "swept_away"),
    ("fa", "داداشم داره غرق میشه", "plea", "drowning_now"),
    ("fa", "alan roye poshtbum vaysadam", "suicidal", "finglish_on_bridge"),
    ("fa", "به بابا بگید دوستش داشتم", "suicidal", "tell_them_i_loved"),
    ("fa", "بچم مرگموش خورده", "plea", "poison_swallowed"),
    ("fa", "خواهرم سم موش خورد", "plea", "poison_swallowed"),
    ("fa", "راننده درو قفل کرده نمیذاره پیاده بشم", "forced_or_held", "wont_let_me_out_of_car"),
    ("fa", "دوتا مرد به زور سوار ماشینش کردن", "forced_or_held", "dragged_to_car"),
    ("fa", "majburam mikonan mavad befrusham", "forced_or_held", "finglish_forced_dealing"),
    ("fa", "yeki chaqu keshid", "weapon", "finglish_knife_there"),
    ("fa", "از پشت بوم افتاد تکون نمیخوره", "plea", "fell_not_moving"),
    ("fa", "برادرم از بالکن پرید", "suicidal", "jumped_from_height"),
    ("fa", "گفتن کارتو تموم میکنن", "threat_to_life", "finish_me_off"),
    ("fa", "میخوام خودمو دار بزنم", "suicidal", "hanged_self"),
    ("fa", "داداشم حلقآویز شده", "suicidal", "hanged_word"),
    ("fa", "پسرمو بردن پول میخوان", "forced_or_held", "taken_for_ransom"),
    ("fa", "منو گروگانم گرفتن", "forced_or_held", "hostage"),
    # --- Somali: the round 8 messages, then variants ---
    (
        "so",
        "Walaashay yar waxay liqday baytari yar oo wareeg ah, way ooyaysaa calooshana way qabataa",
        "plea",
        "swallowed_battery_or_poison",
    ),
    (
        "so",
        "Waxay iga qaateen baasaboorka, caawa ayaa dalka la ii celinayaa si la ii guuriyo",
        "forced_or_held",
        "passport_taken",
    ),
    ("so", "Nin baa iga daba socda tan iyo baska, hadda wuu ordayaa", "fear", "followed"),
    (
        "so",
        "Saaxiibkey lugta ayaa lagu toogtay, dhiig badan ayaa ka socda, dugsiga gadaashiisa ayaan joognaa",
        "weapon",
        "shot_in_body",
    ),
    (
        "so",
        "Wiilkayga waxaa gaari geliyay niman wejiyada qariyay, hadda taleefankiisa ma shaqeynayo",
        "forced_or_held",
        "masked_men_car",
    ),
    (
        "so",
        "Walaalkay barafka harada ayuu dhex dhacay, biyaha ayuu ku jiraa mana soo bixi karo",
        "plea",
        "fell_in_water",
    ),
    (
        "so",
        "Saaxiibkey khamri badan buu cabbay, wuu matagay, hadda si caadi ah uma neefsanayo",
        "plea",
        "not_breathing_right",
    ),
    (
        "so",
        "Waxay igu yiraahdeen maanta dukaanka xado haddii kale walaashaa ayaan dhibeynaa",
        "threat_to_life",
        "or_we_hurt_family",
    ),
    (
        "so",
        "Ma caadi baa in ilmahaygu uusan neefsan oo uu buluug noqday? hadda ayuu hurdada ka soo kacay",
        "plea",
        "not_breathing_right",
    ),
    (
        "so",
        "Waxay yiraahdeen waxaan la soo laaban doonnaa kuwa kale, hadda waxaan maqlayaa gaarigooda",
        "threat_to_life",
        "coming_back_with_others",
    ),
    ("so", "wiilkayga wuxuu cunay sun", "plea", "swallowed_battery_or_poison"),
    ("so", "baytari ayuu liqay", "plea", "swallowed_battery_or_poison"),
    ("so", "waxay naga xadeen baasaboorka", "forced_or_held", "passport_taken"),
    ("so", "xoog la ii guursiinayaa", "forced_or_held", "married_off"),
    ("so", "niman baa naga daba socda", "fear", "followed"),
    ("so", "gacanta ayaa lagu toogtay", "weapon", "shot_in_body"),
    ("so", "dhiig badan baa ka imanaya", "plea", "much_blood_flowing"),
    (
        "so",
        "niman wejiyada qariyay ayaa gaari geliyay walaalkay",
        "forced_or_held",
        "masked_men_car",
    ),
    ("so", "walaashay webiga ayay ku dhacday hadda", "plea", "fell_in_water"),
    ("so", "lacagta keen haddii kale waan garaaceynaa", "threat_to_life", "or_else_we_hurt"),
    (
        "so",
        "waxay yiraahdeen kooxda ayaan la soo laabanaynaa",
        "threat_to_life",
        "coming_back_with_others",
    ),
    ("so", "afduubeen wiilkayga", "forced_or_held", "kidnapped"),
    ("so", "hadda si fiican uma neefsanayo", "plea", "not_breathing_right"),
    ("so", "hooyadaa ayaan dhibeynaa", "threat_to_life", "or_we_hurt_family"),
    ("so", "dhiig badan ayaa ka socda", "plea", "much_blood_flowing"),
    # --- Tigrinya: the round 8 messages, then variants ---
    ("ti", "ሰባት ምስ ካራ ኣብ ማዕጾ ገዛና ደው ኢሎም ክፈቱ ይብሉ ኣለዉ", "weapon", "armed_at_door"),
    ("ti", "ሓወይ ኣብ ቀላይ ወዲቑ ክሳብ ሕጂ ኣይወጸን", "plea", "fell_in_water"),
    (
        "ti",
        "Arkey b kara tewegiu, dem bzuh yfess alo, dihri school alena",
        "weapon",
        "latin_stabbed",
    ),
    (
        "ti",
        "ane hiji ab lieli dildil alekhu, dehan kunu kulkum",
        "suicidal",
        "latin_bridge_goodbye",
    ),
    ("ti", "ኣደይ ኣብ መሬት ወዲቓ ኣላ፡ ኩሉ ፈውሳታ ውሒጣቶ", "self_harm", "all_medicine_swallowed"),
    ("ti", "ሓንቲ ጓል ኣብ ፓርቲ ዓሪባ፡ ኣወዳት ናብ ክፍሊ ይወስድዋ ኣለዉ", "violence_now", "girl_carried_off"),
    (
        "ti",
        "ሓወይ ኣብ ሊብያ ተታሒዙ ኣሎ፡ ሕጂ ደዊሎም ገንዘብ እንተዘይለኣኽና ሎሚ ክቐትልዎ እዮም ይብሉ",
        "threat_to_life",
        "will_kill_him",
    ),
    (
        "ti",
        "hawey ntsu kemikal kab tihti mehtsebi setyu, ytefe alo",
        "plea",
        "latin_drank_chemical",
    ),
    ("ti", "ኢደይ ብላዛ ቆሪጸ ደም ኣይዓርፍን ዘሎ", "self_harm", "razor_cut"),
    ("ti", "ሓፍተይ ኣብ ባሕሪ ጠሊቓ ኣይወጸትን", "plea", "fell_in_water"),
    ("ti", "hawey bkara tewegiu", "weapon", "latin_stabbed"),
    ("ti", "deme bzuh yfess alo", "plea", "latin_blood_flowing"),
    ("ti", "ኩሉ ፈውሰይ ውሒጠዮ", "self_harm", "all_medicine_swallowed"),
    ("ti", "ኣብ ፌስታ ሰኺራ ኣወዳት ይስሕብዋ ኣለዉ", "violence_now", "girl_carried_off"),
    ("ti", "ክቐትልዋ እዮም", "threat_to_life", "will_kill_him"),
    ("ti", "hawey bleach setyu", "plea", "latin_drank_chemical"),
    ("ti", "ሓወይ ኬሚካል ሰትዩ", "plea", "drank_chemical"),
    ("ti", "ኢደይ ብምላጽ ቆሪጸዮ", "self_harm", "razor_cut"),
    ("ti", "ደመይ ኣይዓርፍን", "plea", "blood_wont_stop"),
    ("ti", "ሰባት ምስ ሽጉጥ ኣብ ማዕጾና ኣለዉ", "weapon", "armed_at_door"),
    ("ti", "ሓወይ ተኣሲሩ ገንዘብ እንተዘይለኣኽና ክሸጥዎ", "forced_or_held", "held_for_ransom"),
    ("ti", "ab dildil alekhu, bye kulkum", "suicidal", "latin_bridge_goodbye"),
    # --- Finnish: the round 8 messages, then variants ---
    (
        "fi",
        "joku hakkaa meidän ovea ja huutaa et avaa tai se ampuu, ollaan piilossa vessassa",
        "threat_to_life",
        "open_or_else",
    ),
    (
        "fi",
        "kaveri otti jotain nappeja bileissä ja nyt se kouristelee ja vaahtoo suusta",
        "plea",
        "seizure",
    ),
    ("fi", "kaveri putos jäihin eikä pääse ylös, se huutaa", "plea", "through_the_ice"),
    (
        "fi",
        "en jaksa enää, otin kaikki mun masislääkkeet tunti sitten",
        "self_harm",
        "took_all_medicines",
    ),
    (
        "fi",
        "ne sano et jos en vie kamaa tänään ne satuttaa mun pikkuveljen",
        "threat_to_life",
        "will_hurt_family",
    ),
    (
        "fi",
        "mun tytär soitti itkien et joku mies ei päästä sitä lähtemään autosta",
        "forced_or_held",
        "not_let_out_of_car",
    ),
    (
        "fi",
        "ne sano et ne tulee takas illalla porukalla ja sit mä oon kuollut",
        "threat_to_life",
        "coming_back_with_gang",
    ),
    ("fi", "seison sillalla nyt. anteeks kaikille", "suicidal", "on_bridge_now"),
    ("fi", "pikkusisko nieli tiskikonetabletin ja oksentaa verta", "plea", "swallowed_chemical"),
    (
        "fi",
        "saunan kiuas syttyi ja mökki palaa, mummo on vielä sisällä",
        "violence_now",
        "cabin_fire",
    ),
    (
        "fi",
        "yks jätkä on ollu mun kotiovella jo tunnin, se tietää et oon yksin ja sano et tulee sisään",
        "fear",
        "stranger_at_door",
    ),
    ("fi", "viilsin liian syvälle eikä verenvuoto lopu, mua huimaa", "self_harm", "cut_too_deep"),
    (
        "fi",
        "kaveri joi gbl:ää ja nyt se ei reagoi mihinkään, kuorsaa tosi oudosti",
        "plea",
        "drug_no_response",
    ),
    ("fi", "avaa ovi tai ne tappaa", "threat_to_life", "open_or_else"),
    ("fi", "oon piilossa kaapissa ja joku huutaa ovella", "fear", "hiding_from_someone"),
    ("fi", "veli sai kouristuskohtauksen", "plea", "seizure"),
    ("fi", "se vaahtoaa suusta", "plea", "seizure"),
    ("fi", "pikkuveli putosi jään läpi", "plea", "through_the_ice"),
    ("fi", "söin kaikki unilääkkeet", "self_harm", "took_all_medicines"),
    ("fi", "ne satuttaa mun äitiä", "threat_to_life", "will_hurt_family"),
    ("fi", "se ei anna mun lähteä pois autosta", "forced_or_held", "not_let_out_of_car"),
    ("fi", "ne uhkas tulla takaisin jengillä", "threat_to_life", "coming_back_with_gang"),
    ("fi", "oon katolla nyt", "suicidal", "on_bridge_now"),
    ("fi", "pikkuveli joi pesuainetta", "plea", "swallowed_chemical"),
    ("fi", "se oksentaa verta", "plea", "swallowed_chemical"),
    ("fi", "mökki on tulessa", "violence_now", "cabin_fire"),
    ("fi", "joku mies on ollut ovella tunnin", "fear", "stranger_at_door"),
    ("fi", "leikkasin liian syvälle", "self_harm", "cut_too_deep"),
    ("fi", "verenvuoto ei lopu", "plea", "bleeding_wont_stop"),
    ("fi", "se ei anna mun lähteä pois autosta", "forced_or_held", "not_let_out_of_car"),
    ("fi", "kaveri veti ghb ja nyt se ei reagoi", "plea", "drug_no_response"),
]

# Ordinary sentences sharing words with the new entries.
MUST_STAY_QUIET: list[tuple[str, str]] = [
    # --- Arabic ---
    ("ar", "اخدوا جوازي عالسفاره للتجديد"),
    ("ar", "بدي أعرف إذا بيحق لأهلي ياخدوا جوازي"),
    ("ar", "ريحة الكلور بالمسبح قوية"),
    ("ar", "صاحبتي وقعت بحب وما عم ترد علي"),
    ("ar", "حطلي تلج بكاسي"),
    ("ar", "la7a2ni 3al insta"),
    ("ar", "غرقان بالشغل"),
    ("ar", "نطينا بالمسبح وطلعنا"),
    ("ar", "sakkar 3alayi el khat"),
    ("ar", "رح نكسر الروتين"),
    # --- Persian ---
    ("fa", "افتاده به جون خونه داره تمیز میکنه"),
    ("fa", "پسرمو بردن مدرسه پول اردو میخوان"),
    ("fa", "آب رودخونه کفشمو برد"),
    ("fa", "غرق کار شدم"),
    ("fa", "ro pol vaysadam montazere otobus"),
    ("fa", "بهش بگو دوسش دارم"),
    ("fa", "دوا خوردم بهترم"),
    ("fa", "مامانم نمیذاره برم مهمونی"),
    ("fa", "مامانم به زور منو میبره دکتر"),
    ("fa", "majbur mikonan dars bekhunam"),
    ("fa", "chaqu dare ashpazkhune"),
    ("fa", "ماشین تکون نمیخوره"),
    ("fa", "کارمو تموم میکنم بعد میام"),
    ("fa", "کارشو تموم میکنن فردا"),
    # --- Somali ---
    ("so", "walaalkay yar ayaa iga daba socda mar walba"),
    ("so", "dhiig badan ayaa ka yimid sankayga"),
    ("so", "aabahay ayaa gaari i geliyay oo dugsiga i geeyay"),
    ("so", "badda ayaan ku dabaalannay"),
    ("so", "sankayga kama neefsan karo"),
    ("so", "baasaboorka ayaa laga qaaday xafiiska socdaalka"),
    ("so", "waan soo laaban doonaa berri"),
    ("so", "gaariga buluug noqday"),
    ("so", "dhiig badan ayaa ka yimid sankayga"),
    ("so", "gaariga buluug noqday"),
    # --- Tigrinya ---
    ("ti", "ኣብ ማዕጾ ሰባት ኣለዉ"),
    ("ti", "ካራ ኣብ ክሽነ ኣሎ"),
    ("ti", "ሰብ ምስ ካራ ኣብ ክሽነ ኣሎ"),
    ("ti", "ናብ ማይ ክዘልል ደልየ"),
    ("ti", "ab dildil alekhu nrakheb"),
    ("ti", "ጸጉረይ ብላዛ ቆሪጸ"),
    ("ti", "ደም ኣፍንጫ ኣይዓርፍን"),
    ("ti", "ፈውሰይ ወሲደ"),
    ("ti", "ኣብ ፓርቲ ኣወዳት ነይሮም"),
    # --- Finnish ---
    ("fi", "avaa ikkuna tai se homehtuu"),
    ("fi", "ollaan piilossa kaapissa piilosta leikkiessä"),
    ("fi", "mitä pitää tehdä jos putoo jäihin?"),
    ("fi", "meni jään päälle luistelemaan"),
    ("fi", "otin mun lääkkeet aamulla"),
    ("fi", "otin koko purkin karkkia"),
    ("fi", "äiti ei päästä mua ulos huoneesta"),
    ("fi", "ne tulee takas mökiltä illalla"),
    ("fi", "seison sillalla nyt odotan bussia"),
    ("fi", "pikkuveli nieli särkytabletin"),
    ("fi", "mökille palataan huomenna"),
    ("fi", "postimies oli ovella"),
    ("fi", "nenäverenvuoto ei lopu"),
    ("fi", "puhelin ei reagoi mihinkään"),
]

# The lines of ordinary_{ar,fa,so,ti,fi}.jsonl (round 8) that show no card.
ORDINARY_QUIET: list[tuple[str, str]] = [
    # --- Arabic ---
    ("ar", "ابني صار معه مصاري وتياب غالية وما بعرف من وين، كيف بفتح معه الموضوع؟"),
    ("ar", "شفت فيديو عالتيك توك لولاد عم يضربوا ولد بالمدرسة الأسبوع الماضي، لمين لازم بلغ؟"),
    ("ar", "zaman kont ajra7 7ali bas halla2 ana mni7a, fi 7ada a7ki ma3o ba3d el madrase?"),
    ("ar", "بدي أعرف إذا بيحق لأهلي ياخدوا جوازي، رفيقتي قالت صار هيك مع بنت بصفها"),
    ("ar", "ماما رح تدبحني لما تشوف العلامات هههه"),
    ("ar", "شو رقم خط مساعدة الأطفال؟ مش طارئ بس بدي احكي مع حدا"),
    ("ar", "أغنية الراب الجديدة فيها 'بالسكين والدم' وأهلي خايفين منها، هي عادي؟"),
    # --- Persian ---
    ("fa", "فردا آزمون دارم، دارم از استرس می\u200cمیرم"),
    ("fa", "وقتی تو افغانستان بودیم جنگ بود و خیلی ترسناک بود، هنوز خواب بد می\u200cبینم"),
    ("fa", "میشه یه مشاور فارسی\u200cزبان تو کمون پیدا کنم؟"),
    (
        "fa",
        "shenidam tu akhbar ye nafar chaghu khorde tu markaz-e shahr, sar-e kelas darbarash harf zadim",
    ),
    ("fa", "اگه یکی که نمی\u200cشناسمش تو اینستا بهم پیام بده چیکار کنم؟"),
    ("fa", "پسر همسایه میگه گنگ\u200cها بهش پیشنهاد کار دادن ولی قبول نکرده، به کی بگم؟"),
    # --- Somali ---
    (
        "so",
        "Wiilkeyga wuxuu bilaabay inuu habeenkii daaho oo saaxiibo cusub leeyahay, sideen ula hadlaa?",
    ),
    ("so", "Halkee laga helaa turjubaan af-Soomaali ah oo kommun-ka ah?"),
    ("so", "Sanado ka hor Muqdisho qarax ayaan ku arkay, weli waan ku riyoodaa"),
    ("so", "Fortnite-ka ayaa lay dilay 20 jeer caawa lol"),
    ("so", "Ma sharci baa in qof 15 jir ah uu ka shaqeeyo dukaan?"),
    ("so", "Saaxiibtey way murugaysan tahay kadib markii ay kala tageen, sideen u caawiyaa?"),
    # --- Tigrinya ---
    ("ti", "ኣብ ሊብያ ዝሓለፍኩዎ ሕማቕ ነገር ሕጂ ይዝከረኒ፡ ምስ መን ክዛረብ?"),
    ("ti", "ምስ ነርስ ቤት ትምህርቲ ቆጸራ ብኸመይ ይሕዝ?"),
    ("ti", "Kemey gerna summer job ab kommun nrekeb?"),
    ("ti", "ኣብ ዜና ተኹሲ ርእየ፡ ብዛዕባኡ ምስ ደቀይ ብኸመይ ክዛረብ?"),
    ("ti", "ትግርኛ ዝዛረብ ኣማኻሪ ኣብ ኮሙን ኣሎ ድዩ?"),
    ("ti", "ዓርከይ ምስ gang ዝተኣሳሰሩ ሰባት ይውዕል ኣሎ፡ ተሻቒለ፡ እንታይ ክገብር?"),
    # --- Finnish ---
    ("fi", "tää fysiikan koe tappaa mut 😭"),
    (
        "fi",
        "mun poika hengailee vanhempien jätkien kanssa ja sillä on yhtäkkiä rahaa, miten otan puheeks?",
    ),
    ("fi", "miten saan ajan kouluterkalle?"),
    ("fi", "kuolin nauruun ku opettaja kaatu 😂"),
    ("fi", "pelattiin cs:ää ja mut ammuttiin heti alussa lol"),
    ("fi", "mitä pitää tehdä jos putoo jäihin? tehdään koulussa esitelmää"),
]


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in MUST_FIRE],
)
def test_round8_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    "text", [pytest.param(text, id=f"{lang}:{text}") for lang, text in MUST_STAY_QUIET]
)
def test_round8_neighbour_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    "text", [pytest.param(text, id=f"{lang}:{text}") for lang, text in ORDINARY_QUIET]
)
def test_round8_ordinary_line_stays_quiet(detector: DangerDetector, text: str) -> None:
    assert_quiet(detector, text)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round8_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)
