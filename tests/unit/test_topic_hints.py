"""The topic word lists (data/topics/<lang>.toml, bot/core/topic_hints.py): per language, six or
more phrasings of each typed topic name it, and ordinary messages name none."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import SUPPORTED_LOCALES, Settings
from bot.core.danger import DangerDataError
from bot.core.taxonomy import Topic
from bot.core.topic_hints import TYPED_TOPICS, TopicHints

ROOT = Path(__file__).resolve().parents[2]
TOPICS_DIR = ROOT / "data" / "topics"

R, D, W, F = (
    Topic.RECRUITMENT_PRESSURE,
    Topic.DEBT_OR_THREAT,
    Topic.WANTS_OUT,
    Topic.FAMILY_WORRY,
)

# Per language: (topic, six phrasings) for each typed topic, then ordinary messages.
NAMED: dict[str, dict[Topic, tuple[str, ...]]] = {
    "en": {
        R: (
            "I was offered 2000 kr to hold something tonight",
            "someone offered me money to keep a bag at my place",
            "they pay me 500 to deliver packages",
            "an older guy wants me to do a job for him",
            "they asked me to run errands for them and said they'd pay",
            "can I be a lookout for them",
            "he said I can make easy money",
            "they want me to hold stuff for them",
            "they gave me a new phone if I store a package",
        ),
        D: (
            "they say I owe them money",
            "I owe him 5000 and he says he will hurt me if I dont pay",
            "someone is blackmailing me",
            "I have a drug debt",
            "they demand money from me every week",
            "I am in debt to some guys",
        ),
        W: (
            "I want out",
            "how do I get out of the gang",
            "I want to leave the gang",
            "they wont let me leave",
            "I'm stuck in this gang and need help",
            "how can I quit the gang",
        ),
        F: (
            "my son has a second phone",
            "my daughter suddenly has expensive clothes",
            "my son has money he cant explain",
            "my son hangs out with older guys",
            "my daughter stays out late at night",
            "I'm worried my son is in a gang",
        ),
    },
    "sv": {
        R: (
            "nån erbjöd mig pengar för att hålla en väska",
            "de erbjöd mig 2000 kr för att förvara ett paket",
            "en äldre kille vill att jag gör ett jobb åt honom",
            "de vill att jag ska springa åt dem",
            "jag ska hålla grejer åt några äldre",
            "han sa att jag kan tjäna snabba cash",
            "de betalar mig för att leverera paket",
            "de frågade om jag kunde stå utkik åt dem",
        ),
        D: (
            "de säger att jag är skyldig dem pengar",
            "jag har en knarkskuld",
            "jag är skyldig honom 5000 och han hotar mig",
            "någon utpressar mig",
            "de kräver pengar av mig varje vecka",
            "de pressar mig på pengar",
        ),
        W: (
            "jag vill ut",
            "hur kommer jag ur gänget",
            "jag vill lämna gänget",
            "de låter mig inte sluta",
            "jag vill hoppa av",
            "jag sitter fast i gänget",
        ),
        F: (
            "min son har en andra telefon",
            "min dotter har plötsligt dyra kläder",
            "min son har pengar som han inte kan förklara",
            "min son umgås med äldre killar",
            "min dotter är ute på nätterna",
            "jag är orolig att min son är med i ett gäng",
        ),
    },
    "ar": {
        R: (
            "عرضوا علي 2000 كرون لأخبئ شيئا الليلة",
            "أعطوني فلوس عشان أخبي شنطة",
            "طلبوا مني أن أوصل طرد مقابل المال",
            "شاب أكبر مني يريدني أن أقوم بمهمة له",
            "عرضوا علي فلوس سهلة",
            "يريدون مني أن أبيع مخدرات لهم",
        ),
        D: (
            "يقولون إني مدين لهم بالمال",
            "علي دين لهم ولا أعرف ماذا أفعل",
            "يهددونني بسبب الفلوس",
            "يبتزني شخص على الانترنت",
            "يطلبون مني فلوس كل أسبوع",
            "لازم أدفع الدين بسرعة",
        ),
        W: (
            "أريد الخروج من العصابة",
            "بدي اطلع منهم",
            "كيف أترك العصابة",
            "ما يخلوني أطلع",
            "أريد أن أنسحب منهم",
            "أنا عالق معهم",
        ),
        F: (
            "ابني عنده تلفون ثاني",
            "ابنتي عندها ملابس غالية فجأة",
            "ولدي عنده فلوس ما أعرف من وين",
            "ابني يصاحب ناس أكبر منه",
            "ابني يسهر برا البيت كل ليلة",
            "أخاف أن ابني دخل في عصابة",
        ),
    },
    "fa": {
        R: (
            "بهم پیشنهاد دادن ۲۰۰۰ کرون بگیرم یه چیزی رو نگه دارم",
            "به من پول میدن که یه کیف رو قایم کنم",
            "یه پسر بزرگتر میخواد براش یه کار انجام بدم",
            "گفتن میتونم پول راحت دربیارم",
            "میخوان براشون مواد بفروشم",
            "میخوان مراقب پلیس باشم",
        ),
        D: (
            "میگن بهشون بدهکارم",
            "بدهی مواد دارم",
            "تهدیدم میکنن بخاطر پول",
            "ازم اخاذی میکنن",
            "هر هفته ازم پول میخوان",
            "باید پولشون رو پس بدم",
        ),
        W: (
            "میخوام از گروه بیام بیرون",
            "چطور از باند خارج بشم",
            "نمیذارن برم",
            "میخوام ولشون کنم",
            "راه فرار ندارم",
            "میخوام از این باند جدا بشم",
        ),
        F: (
            "پسرم یه گوشی دوم داره",
            "دخترم یهو لباسهای گرون داره",
            "پسرم پولی داره که معلوم نیست از کجاست",
            "پسرم با آدمای بزرگتر میگرده",
            "دخترم شبها بیرون میمونه",
            "نگرانم پسرم وارد باند شده",
        ),
    },
    "so": {
        R: (
            "waxay ii ballanqaadeen 2000 kroon inaan caawa wax hayo",
            "lacag ayay i siiyeen si aan boorso u qariyo",
            "waxay rabaan inaan xirmo u geeyo lacag",
            "nin weyn ayaa rabaa inaan shaqo u qabto",
            "waxay yiraahdeen lacag fudud ayaad heleysaa",
            "waxay rabaan inaan daroogo iibiyo",
        ),
        D: (
            "waxay yiraahdeen deyn baad nagu leedahay",
            "waxaan qabaa deyn daroogo",
            "waxay iigu hanjabaan lacag",
            "lacag baad ayay iga qaadaan",
            "toddobaad kasta lacag iga qaadaan",
            "waa inaan lacagtooda celiyo",
        ),
        W: (
            "waxaan rabaa inaan ka baxo kooxda",
            "sidee uga baxaa burcadda",
            "iima oggolaanayaan inaan baxo",
            "waxaan rabaa inaan iyaga ka tago",
            "waxaan ku xanniban ahay kooxda",
            "kama bixi karo",
        ),
        F: (
            "wiilkeyga wuxuu leeyahay taleefan labaad",
            "gabadhayda waxay si kedis ah u leedahay dhar qaali ah",
            "wiilkeyga wuxuu haystaa lacag aanan garanayn meel ay ka timid",
            "wiilkeyga wuxuu la socdaa saaxiibo ka waaweyn",
            "gabadhayda habeenkii dibadda ayay joogtaa",
            "waxaan ka welwelsanahay in wiilkeyga ku jiro koox",
        ),
    },
    "ti": {
        R: (
            "ሎሚ ምሸት ሓደ ነገር ክሕዝ 2000 ክሮነር ሂቦምኒ",
            "ሓንቲ ቦርሳ ክሓብእ ገንዘብ ሂቦምኒ",
            "ፓኮ ከብጽሕ ገንዘብ ክኸፍሉኒ እዮም",
            "ሓደ ዓቢ ሰብ ስራሕ ክሰርሓሉ ይደሊ",
            "ቀሊል ገንዘብ ከም ዝረክብ ነጊሮምኒ",
            "ሓሽሽ ክሸይጠሎም ይደልዩ",
        ),
        D: (
            "ዕዳ ኣለኒ ይብሉ",
            "ዕዳኦም ክኸፍል ኣለኒ",
            "ብሰንኪ ገንዘብ የፈራርሑኒ",
            "ኩሉ ሰሙን ገንዘብ ይሓቱኒ",
            "ልቓሕ ኣለኒ እሞ ፈሪሐ",
            "ገንዘቦም ክመልስ ኣለኒ",
        ),
        W: (
            "ካብ ጉጅለ ክወጽእ ደልየ",
            "ካብኦም ክገድፎም ደልየ",
            "ክወጽእ ኣይፈቕዱለይን",
            "ምስኦም ተታሒዘ ኣለኹ",
            "ከመይ ጌረ ካብዚ ጉጅለ ክወጽእ",
            "ክወጽእ እደሊ",
        ),
        F: (
            "ወደይ ካልኣይ ተሌፎን ኣለዎ",
            "ጓለይ ብሃንደበት ክቡር ክዳን ኣለዋ",
            "ወደይ ካበይ ከም ዝመጸ ዘይፍለጥ ገንዘብ ኣለዎ",
            "ወደይ ምስ ዓበይቲ ኣዕሩኽ ይውዕል",
            "ጓለይ ለይቲ ደገ ትሓድር",
            "ወደይ ናብ ጉጅለ ከይኣቱ እሻቐል",
        ),
    },
    "fi": {
        R: (
            "minulle tarjottiin 2000 kruunua että säilytän jotain tänä yönä",
            "he maksavat minulle jos piilotan laukun",
            "lupasivat rahaa jos toimitan paketin",
            "vanhempi jätkä haluaa että teen keikan hänelle",
            "sanoivat että saan helppoa rahaa",
            "he haluavat että myyn huumeita heille",
        ),
        D: (
            "he sanovat että olen heille velkaa",
            "minulla on huumevelka",
            "he uhkailevat minua rahan takia",
            "joku kiristää minua",
            "he vaativat minulta rahaa joka viikko",
            "minun pitää maksaa heille takaisin",
        ),
        W: (
            "haluan pois jengistä",
            "miten pääsen eroon jengistä",
            "he eivät anna minun lähteä",
            "en pääse pois",
            "haluan lopettaa ja lähteä porukasta",
            "haluan erota jengistä",
        ),
        F: (
            "pojallani on toinen puhelin",
            "tyttärellä on yhtäkkiä kalliita vaatteita",
            "pojalla on rahaa jota hän ei osaa selittää",
            "poikani hengailee vanhempien kavereiden kanssa",
            "tyttäreni on ulkona öisin",
            "pelkään että poikani on jengissä",
        ),
    },
    "ckb": {
        R: (
            "پێشنیاریان کرد 2000 کرۆن وەربگرم بۆ ئەوەی ئەمشەو شتێک هەڵبگرم",
            "پارەیان پێدام بۆ ئەوەی جانتایەک بشارمەوە",
            "دەیانەوێت پاکەتێک بگەیەنم و پارەم دەدەن",
            "کوڕێکی گەورەتر دەیەوێت کارێکی بۆ بکەم",
            "پێیان وتم پارەی ئاسان پەیدا دەکەم",
            "دەیانەوێت ماددە بفرۆشم بۆیان",
        ),
        D: (
            "دەڵێن من قەرزاریانم",
            "قەرزێکی زۆرم هەیە و قەرزەکە گەورەیە",
            "هەڕەشەم لێدەکەن بەهۆی پارەوە",
            "باجم لێ وەردەگرن",
            "هەموو هەفتەیەک پارەم لێ دەسێنن",
            "دەبێت پارەکەیان بدەمەوە",
        ),
        W: (
            "دەمەوێت لە گرووپەکە دەربچم",
            "چۆن لە باندەکە جیابمەوە",
            "ناهێڵن دەربچم",
            "دەمەوێت وازبهێنم",
            "دەمەوێت لێیان دووربکەومەوە",
            "لەگەڵیان گیرم خواردووە",
        ),
        F: (
            "کوڕەکەم مۆبایلێکی دووەمی هەیە",
            "کچەکەم لەناکاو جلی گرانبەهای هەیە",
            "کوڕەکەم پارەی هەیە نازانم لە کوێوە",
            "کوڕەکەم لەگەڵ هاوڕێی گەورەتر دەگەڕێت",
            "کچەکەم شەوان لە دەرەوە دەمێنێتەوە",
            "نیگەرانم کوڕەکەم چووەتە ناو باند",
        ),
    },
    "tr": {
        R: (
            "bu gece bir şey saklamam için bana 2000 kron teklif ettiler",
            "bir çanta tutmam için bana para verdiler",
            "paket teslim etmem için para ödüyorlar",
            "büyük bir abi onun için bir iş yapmamı istiyor",
            "kolay para kazanabilirim dediler",
            "onlar için uyuşturucu satmamı istiyorlar",
        ),
        D: (
            "onlara borçlu olduğumu söylüyorlar",
            "uyuşturucu borcum var",
            "para yüzünden beni tehdit ediyorlar",
            "bana şantaj yapıyorlar",
            "her hafta benden para istiyorlar",
            "haraç ödemem gerekiyor",
        ),
        W: (
            "çeteden çıkmak istiyorum",
            "bu işten kurtulmak istiyorum",
            "bırakmama izin vermiyorlar",
            "onlardan ayrılmak istiyorum",
            "içinden çıkamıyorum",
            "gruptan nasıl çıkarım",
        ),
        F: (
            "oğlumun ikinci bir telefonu var",
            "kızımın birden pahalı kıyafetleri oldu",
            "oğlumun nereden geldiği belli olmayan parası var",
            "oğlum kendinden büyük çocuklarla takılıyor",
            "kızım geceleri dışarıda kalıyor",
            "oğlumun çeteye girdiğinden korkuyorum",
        ),
    },
    "es": {
        R: (
            "me ofrecieron 2000 coronas por guardar algo esta noche",
            "me dan dinero por esconder una mochila",
            "me pagan para entregar paquetes",
            "un chico mayor quiere que le haga un trabajo",
            "me dijeron que podía ganar dinero fácil",
            "quieren que venda droga para ellos",
        ),
        D: (
            "dicen que les debo dinero",
            "tengo una deuda con unos tipos",
            "me amenazan por dinero",
            "me están extorsionando",
            "cada semana me piden dinero",
            "tengo que pagarles",
        ),
        W: (
            "quiero salir de la banda",
            "cómo dejo la pandilla",
            "no me dejan irme",
            "estoy atrapado en esta banda",
            "quiero salirme",
            "quiero alejarme de ellos",
        ),
        F: (
            "mi hijo tiene un segundo móvil",
            "mi hija de repente tiene ropa cara",
            "mi hijo tiene dinero que no sabe explicar",
            "mi hijo anda con chicos mayores",
            "mi hija pasa las noches fuera de casa",
            "me preocupa que mi hijo esté en una banda",
        ),
    },
}
ORDINARY: dict[str, tuple[str, ...]] = {
    "en": (
        "hi",
        "hello there",
        "what is this bot",
        "who are you",
        "I have a test at school tomorrow",
        "we won the football match 3-1",
        "can you help me with my homework",
        "thanks",
        "good job today",
        "I got a new phone for my birthday",
        "my son plays football",
        "I need to get out of bed",
    ),
    "sv": (
        "hej",
        "hallå",
        "vad är det här för bot",
        "vem är du",
        "jag har prov i skolan imorgon",
        "vi vann fotbollsmatchen",
        "kan du hjälpa mig med läxan",
        "tack",
        "jag vill ut och spela fotboll",
        "jag fick en ny mobil i födelsedagspresent",
        "min son spelar fotboll",
        "jag vill sluta spela fotboll",
        "jag vill hoppa av bussen",
        "bra jobbat idag",
        "godnatt",
    ),
    "ar": (
        "مرحبا",
        "السلام عليكم",
        "ما هذا البوت",
        "من أنت",
        "عندي امتحان في المدرسة غدا",
        "فزنا في مباراة كرة القدم",
        "شكرا جزيلا",
        "ساعدني في الواجب",
    ),
    "fa": (
        "سلام",
        "سلام خوبی",
        "این ربات چیه",
        "تو کی هستی",
        "فردا تو مدرسه امتحان دارم",
        "دیروز فوتبال بازی کردیم و بردیم",
        "مرسی",
        "میشه تو تکلیفم کمکم کنی",
    ),
    "so": (
        "salaan",
        "iska warran",
        "waa maxay boorkan",
        "yaad tahay",
        "berri imtixaan ayaan ku leeyahay dugsiga",
        "kubadda cagta ayaan ku guuleysanay",
        "mahadsanid",
        "iga caawi casharka guriga",
    ),
    "ti": (
        "ሰላም",
        "ከመይ ኣለኻ",
        "እዚ ቦት እንታይ እዩ",
        "መን ኢኻ",
        "ጽባሕ ኣብ ቤት ትምህርቲ ፈተና ኣለኒ",
        "ኩዕሶ እግሪ ተዓዊትና",
        "የቐንየለይ",
        "ኣብ ዕዮ ገዛ ሓግዘኒ",
    ),
    "fi": (
        "hei",
        "moi mitä kuuluu",
        "mikä tämä botti on",
        "kuka sinä olet",
        "minulla on huomenna koe koulussa",
        "voitimme jalkapallo-ottelun",
        "kiitos",
        "auta minua kotitehtävissä",
    ),
    "ckb": (
        "سڵاو",
        "چۆنی",
        "ئەم بۆتە چییە",
        "تۆ کێیت",
        "سبەی لە قوتابخانە تاقیکردنەوەم هەیە",
        "یارییەکەی تۆپی پێمان بردەوە",
        "سوپاس",
        "یارمەتیم بدە لە ئەرکی ماڵەوە",
    ),
    "tr": (
        "merhaba",
        "selam nasılsın",
        "bu bot ne",
        "sen kimsin",
        "yarın okulda sınavım var",
        "futbol maçını kazandık",
        "teşekkürler",
        "ödevime yardım eder misin",
    ),
    "es": (
        "hola",
        "buenos días",
        "qué es este bot",
        "quién eres",
        "mañana tengo un examen en el colegio",
        "ganamos el partido de fútbol",
        "gracias",
        "me ayudas con los deberes",
        "quiero salir con mis amigos",
    ),
}


@pytest.fixture(scope="module")
def hints() -> TopicHints:
    return TopicHints.from_dir(TOPICS_DIR)


def test_a_list_for_every_language_of_the_bot(hints: TopicHints) -> None:
    assert set(hints.review_status) == set(SUPPORTED_LOCALES) == set(NAMED)
    assert {code for code, status in hints.review_status.items() if status == "source"} == {
        "sv",
        "en",
    }
    assert {hints.review_status[code] for code in set(NAMED) - {"sv", "en"}} == {"unreviewed"}


def test_six_phrasings_of_every_topic_and_eight_ordinary_messages_per_language() -> None:
    for language, topics in NAMED.items():
        assert set(topics) == set(TYPED_TOPICS), language
        assert all(len(phrasings) >= 6 for phrasings in topics.values()), language
        assert len(ORDINARY[language]) >= 8, language


@pytest.mark.parametrize(
    ("language", "topic", "text"),
    [
        (language, topic, text)
        for language, topics in NAMED.items()
        for topic, phrasings in topics.items()
        for text in phrasings
    ],
)
def test_a_phrasing_names_its_topic(
    hints: TopicHints, language: str, topic: Topic, text: str
) -> None:
    assert hints.topic_of(text) == topic


@pytest.mark.parametrize(
    ("language", "text"),
    [(language, text) for language, texts in ORDINARY.items() for text in texts],
)
def test_an_ordinary_message_names_no_topic(hints: TopicHints, language: str, text: str) -> None:
    assert hints.topic_of(text) is None


def test_the_tester_s_message_names_recruitment(hints: TopicHints) -> None:
    """A fresh-clone tester typed it and got only the language picker."""
    assert hints.topic_of("I was offered 2000 kr to hold something tonight") == R


def test_a_category_that_is_not_a_typed_topic_is_refused(tmp_path: Path) -> None:
    (tmp_path / "en.toml").write_text(
        'language = "en"\nreview_status = "source"\n\n[[pattern]]\nid = "x"\n'
        'category = "weapon"\nphrases = ["hold a gun"]\n',
        encoding="utf-8",
    )
    with pytest.raises(DangerDataError, match="pattern 'x': category must be one of"):
        TopicHints.from_dir(tmp_path)


def test_an_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DangerDataError, match="no topic word lists"):
        TopicHints.from_dir(tmp_path)


def test_the_danger_lists_still_refuse_a_topic_id(tmp_path: Path) -> None:
    """The categories of one kind of list are not accepted in the other."""
    from bot.core.danger import DangerDetector

    (tmp_path / "en.toml").write_text(
        'language = "en"\nreview_status = "source"\n\n[[pattern]]\nid = "x"\n'
        'category = "wants_out"\nphrases = ["want out"]\n',
        encoding="utf-8",
    )
    with pytest.raises(DangerDataError, match="category must be one of"):
        DangerDetector.from_dir(tmp_path)


def test_topics_dir_is_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings(_env_file=None).topics_dir == TOPICS_DIR  # type: ignore[call-arg]
    monkeypatch.setenv("TOPICS_DIR", str(tmp_path))
    assert Settings(_env_file=None).topics_dir == tmp_path  # type: ignore[call-arg]


def test_an_empty_topics_dir_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from bot.config import configuration_errors

    monkeypatch.setenv("TOPICS_DIR", " ")
    with pytest.raises(ValidationError) as raised:
        Settings(_env_file=None)  # type: ignore[call-arg]
    assert configuration_errors(raised.value) == [
        "configuration error: TOPICS_DIR: is empty; unset it to use the default (the shipped one)"
    ]


# What a fresh-clone tester typed and got no topic for, word for word: the README's own
# example user, a mother who found a second phone in her son's room, and a young person paid
# in slang ("2k", "2000kr") to keep something.
TESTER_REPORTED: tuple[tuple[Topic, str], ...] = (
    (F, "I found a second phone in my son's room"),
    (F, "I found a second phone in my sons room"),
    (F, "I found a second phone in my son’s room"),
    (F, "found a second phone in his room"),
    (F, "I found a secret phone"),
    (F, "jag hittade en extra mobil i min sons rum"),
    (F, "hittade en till telefon hos grabben"),
    (R, "nån vill att jag ska förvara ett paket, får 2k"),
    (R, "ngn gav mig 2000kr o sa jag ska hålla nåt"),
    (R, "fått 2000 för att hålla en grej"),
    (R, "qof ayaa ii ballan qaaday 2000 kr si aan wax u hayo"),
    (R, "شخص عرض علي 2000 كرونة لأحتفظ بشيء"),
)


@pytest.mark.parametrize(("topic", "text"), TESTER_REPORTED)
def test_what_the_tester_typed_names_its_topic(hints: TopicHints, topic: Topic, text: str) -> None:
    assert hints.topic_of(text) == topic


# The entries added for those reports, each with variants beyond the reported words:
# (list, entry id, topic, text). The entry id shows that the new entry is the one that fires.
NEW_ENTRIES: tuple[tuple[str, str, Topic, str], ...] = (
    ("en", "found_second_phone", F, "I found another phone in her bag"),
    ("en", "found_second_phone", F, "there is a hidden phone under his mattress"),
    ("en", "found_second_phone", F, "I found a phone in my daughter's room that isn't hers"),
    ("en", "found_second_phone", F, "we discovered a burner phone in his backpack"),
    ("en", "found_second_phone", F, "he is hiding a second phone"),
    ("en", "gifts_to_hold", R, "someone gave me 2000 to hold a bag"),
    ("en", "gifts_to_hold", R, "they gave me 2k to keep something"),
    ("sv", "found_second_phone", F, "jag hittade en hemlig telefon"),
    ("sv", "found_second_phone", F, "hittade en annan mobil i hans väska"),
    ("sv", "found_second_phone", F, "det låg en gömd telefon under hans säng"),
    ("sv", "found_second_phone", F, "han gömmer en andra mobil"),
    ("sv", "paid_to_hold", R, "dom swishade 1500 och sa att jag skulle gömma en påse"),
    ("sv", "paid_to_hold", R, "de ger mig 3k, jag ska bära en väska ikväll"),
    ("sv", "paid_to_hold", R, "fick 10k och nu ska jag frakta en grej"),
    ("sv", "money_to_hold", R, "han swishade 500 för att jag skulle gömma en påse"),
    ("sv", "money_to_hold", R, "erbjöd 3k för att förvara en väska"),
    ("ar", "offered_to_hold", R, "عطوني 2000 كرون عشان احتفظ بغرض عندي"),
    ("ar", "offered_to_hold", R, "حدا عرض علي مصاري لشيل شنطة"),
    ("ar", "found_second_phone", F, "وجدت هاتفا سريا"),
    ("ar", "found_second_phone", F, "لقيت تلفون ثاني بغرفة ابني"),
    ("ar", "found_second_phone", F, "شفت جوال مخبى بشنطتها"),
    ("ar", "found_second_phone", F, "وجدت هاتفا في غرفته"),
    ("so", "offered_to_hold", R, "waxay ii ballan qaadeen 3000 kr si aan boorso u qariyo"),
    ("so", "offered_to_hold", R, "nin ayaa ii ballanqaaday si aan wax u hayo"),
    ("so", "found_second_phone", F, "waxaan helay taleefan labaad"),
    ("so", "found_second_phone", F, "taleefan qarsoodi ah ayaan ka helay qolkiisa"),
    ("so", "found_phone_in_room", F, "waxaan ka helay taleefan qolka wiilkeyga"),
    ("so", "found_phone_in_room", F, "waxaan arkay mobil boorsadeeda ku jira"),
    ("fa", "found_second_phone", F, "یه گوشی مخفی پیدا کردم"),
    ("fa", "found_second_phone", F, "تو اتاقش یه گوشی دوم پیدا کردم"),
    ("fa", "found_second_phone", F, "یه گوشی دیگه تو کیفش پیدا کردم"),
    ("ti", "found_second_phone", F, "ካልኣይ ተሌፎን ረኺበ"),
    ("ti", "found_second_phone", F, "ሕቡእ ተሌፎን ረኺበ"),
    ("ti", "found_second_phone", F, "ኣብ ክፍሉ ካልኣይ ሞባይል ረኺበ"),
    ("fi", "found_second_phone", F, "löysin toisen puhelimen"),
    ("fi", "found_second_phone", F, "löysin salaisen puhelimen hänen huoneestaan"),
    ("ckb", "found_second_phone", F, "مۆبایلێکی دووەمم دۆزییەوە"),
    ("ckb", "found_second_phone", F, "مۆبایلێکی شاراوەم لە ژوورەکەیدا دۆزییەوە"),
    ("tr", "found_second_phone", F, "odasında ikinci bir telefon buldum"),
    ("tr", "found_second_phone", F, "gizli bir telefon buldum"),
    ("es", "found_second_phone", F, "encontré un segundo móvil en su cuarto"),
    ("es", "found_second_phone", F, "encontré un teléfono secreto"),
)


@pytest.mark.parametrize(("language", "entry", "topic", "text"), NEW_ENTRIES)
def test_a_variant_fires_its_new_entry(
    hints: TopicHints, language: str, entry: str, topic: Topic, text: str
) -> None:
    match = hints.detector.detect(text)
    assert match is not None
    assert (match.language, match.pattern_id, match.category) == (language, entry, topic.value)


# Ordinary messages that share those words ("found", "phone", "son's", "second", "hålla",
# a sum of money) and name no topic.
QUIET: tuple[str, ...] = (
    "I found my phone",
    "I found my phone in her bag",
    "my son's phone broke",
    "my son's phone broke a second time",
    "my son bought a second hand phone",
    "I found a second phone charger in the drawer",
    "I saw a secret phone trick on youtube",
    "I have a second phone for work",
    "I found another phone case I like",
    "I keep a spare phone in my bag",
    "I got 2 bags to carry home",
    "jag hittade min mobil",
    "jag hittade min telefon i hennes väska",
    "min sons mobil gick sönder",
    "jag ska hålla tal på fredag",
    "jag fick 2000 kr i julklapp och ska hålla tal på festen",
    "jag såg en annan telefon i affären",
    "jag köpte en andra hand mobil till min son",
    "jag har en extra mobil för jobbet",
    "لقيت تلفوني",
    "وجدت هاتفي في غرفته",
    "تلفون ابني انكسر",
    "waxaan helay taleefan cusub",
    "taleefanka wiilkeyga waa jabay",
    "گوشیم رو پیدا کردم",
    "گوشی پسرم خراب شد",
    "ተሌፎነይ ረኺበ",
    "löysin puhelimeni",
    "poikani puhelin hajosi",
    "مۆبایلەکەم دۆزییەوە",
    "telefonumu buldum",
    "oğlumun telefonu bozuldu",
    "encontré mi móvil",
    "el móvil de mi hijo se rompió",
    "encontré otro móvil más barato",
)


@pytest.mark.parametrize("text", QUIET)
def test_an_ordinary_message_with_those_words_names_no_topic(hints: TopicHints, text: str) -> None:
    assert hints.topic_of(text) is None
