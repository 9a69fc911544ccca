"""Emergency-only danger lists: languages the bot has no catalogue for (bot.core.danger
``EMERGENCY_ONLY_LISTS``: Polish, Bosnian/Croatian/Serbian, Russian, Ukrainian, German,
Kurmanji, Pashto, French, Albanian, Italian, Amharic, Vietnamese).

A fresh-clone tester found that "ich werde getötet, hilfe" and "хочу умереть" got no card, and a
later one that "họ có súng và sẽ giết tôi", "mi vogliono uccidere adesso hanno una pistola" and
"ሊገድሉኝ ነው" got only the fallback (``TESTER``). These
lists are loaded with all the others: danger in these languages gets the card, 112 first, in
the conversation's language (bot.core.emergency.card_locale), and ordinary sentences of these
languages stay quiet. The phrases are drafts, not reviewed by native speakers (translator_note).
"""

from __future__ import annotations

import tomllib

import pytest

from bot.config import SUPPORTED_LOCALES
from bot.core.danger import CATEGORIES, EMERGENCY_ONLY_LISTS, DangerDetector, DangerMatch
from bot.core.emergency import card_locale
from tests.unit.test_danger import DATA_DIR

# (message, category): each must fire in its own list, not neutral
DANGER: dict[str, list[tuple[str, str]]] = {
    "pl": [
        ("zabiją mnie", "threat_to_life"),
        ("oni chcą mnie zabić", "threat_to_life"),
        ("chce umrzec", "suicidal"),
        ("nie chcę już żyć", "suicidal"),
        ("wzięłam całe opakowanie tabletek", "self_harm"),
        ("on ma nóż", "weapon"),
        ("ojciec mnie bije", "violence_now"),
        ("zamknęli mnie w piwnicy", "forced_or_held"),
        ("zgwałcił mnie", "violence_now"),
        ("pomocy!", "plea"),
        ("zadzwoń po policję", "plea"),
        ("boję się", "fear"),
        ("nie jestem bezpieczna", "fear"),
        ("ktoś mnie śledzi", "threat_to_life"),
        ("mój brat nie oddycha", "violence_now"),
        ("pali się!", "plea"),
    ],
    "hbs": [
        ("ubiće me", "threat_to_life"),
        ("hoće da me ubiju", "threat_to_life"),
        ("хоће да ме убију", "threat_to_life"),
        ("hocu da umrem", "suicidal"),
        ("ne želim više da živim", "suicidal"),
        ("popila sam puno tableta", "self_harm"),
        ("ima nož", "weapon"),
        ("tuku me", "violence_now"),
        ("zaključali su me", "forced_or_held"),
        ("upomoć!", "plea"),
        ("помозите", "plea"),
        ("zovi policiju", "plea"),
        ("bojim se", "fear"),
        ("neko me prati", "threat_to_life"),
        ("ne diše", "violence_now"),
    ],
    "ru": [
        ("меня убьют", "threat_to_life"),
        ("ubyut menya", "threat_to_life"),
        ("хочу умереть", "suicidal"),
        ("hochu umeret", "suicidal"),
        ("не хочу жить", "suicidal"),
        ("наглоталась таблеток", "self_harm"),
        ("у него нож, он тут", "weapon"),
        ("меня бьют", "violence_now"),
        ("меня заперли", "forced_or_held"),
        ("помогите!", "plea"),
        ("pomogite", "plea"),
        ("вызовите полицию", "plea"),
        ("мне страшно", "fear"),
        ("за мной следят", "threat_to_life"),
        ("он не дышит", "violence_now"),
        ("квартира горит", "plea"),
    ],
    "uk": [
        ("мене вбють", "threat_to_life"),
        ("вони хочуть мене вбити", "threat_to_life"),
        ("хочу померти", "suicidal"),
        ("не хочу жити", "suicidal"),
        ("випила багато таблеток", "self_harm"),
        ("в нього ніж", "weapon"),
        ("мене б'ють", "violence_now"),
        ("мене замкнули", "forced_or_held"),
        ("допоможіть!", "plea"),
        ("dopomozhit", "plea"),
        ("викличте поліцію", "plea"),
        ("мені страшно", "fear"),
        ("за мною стежать", "threat_to_life"),
        ("вона не дихає", "violence_now"),
    ],
    "de": [
        ("ich werde getötet, hilfe", "threat_to_life"),
        ("sie wollen mich umbringen", "threat_to_life"),
        ("ich will sterben", "suicidal"),
        ("ich bring mich um", "suicidal"),
        ("ich habe viele tabletten genommen", "self_harm"),
        ("er hat ein messer", "weapon"),
        ("mein vater schlägt mich", "violence_now"),
        ("sie haben mich eingesperrt", "forced_or_held"),
        ("Hilfe!", "plea"),
        ("ruf die polizei", "plea"),
        ("ich habe angst", "fear"),
        ("ich bin in gefahr", "plea"),
        ("jemand verfolgt mich", "threat_to_life"),
        ("er atmet nicht", "violence_now"),
        ("es brennt", "plea"),
    ],
    "kmr": [
        ("dê min bikujin", "threat_to_life"),
        ("dixwazin min bikujin", "threat_to_life"),
        ("ez dixwazim bimirim", "suicidal"),
        ("ez naxwazim bijîm", "suicidal"),
        ("ezê xwe bikujim", "suicidal"),
        ("kêrek wî heye", "weapon"),
        ("li min didin", "violence_now"),
        ("min girtin", "forced_or_held"),
        ("hewar!", "plea"),
        ("alîkarî", "plea"),
        ("gazî polîsan bikin", "plea"),
        ("ez ditirsim", "fear"),
        ("ez di xeterê de me", "plea"),
        ("li pey min tên", "threat_to_life"),
    ],
    "ps": [
        ("ما وژني", "threat_to_life"),
        ("غواړي ما ووژني", "threat_to_life"),
        ("ځان به ووژنم", "suicidal"),
        ("غواړم مړ شم", "suicidal"),
        ("هغه چاقو لري", "weapon"),
        ("ما وهي", "violence_now"),
        ("مرسته!", "plea"),
        ("مرسته وکړئ", "plea"),
        ("پولیس راوبلئ", "plea"),
        ("زه ویریږم", "fear"),
        ("زه په خطر کې یم", "plea"),
        ("ساه نه اخلي", "violence_now"),
        ("زما پسې راځي", "threat_to_life"),
    ],
    "fr": [
        ("ils vont me tuer", "threat_to_life"),
        ("il veut me tuer", "threat_to_life"),
        ("je veux mourir", "suicidal"),
        ("je vais me suicider", "suicidal"),
        ("j'ai pris trop de cachets", "self_harm"),
        ("il a un couteau", "weapon"),
        ("il me frappe", "violence_now"),
        ("ils m'ont enfermé", "forced_or_held"),
        ("au secours", "plea"),
        ("aidez-moi !", "plea"),
        ("appelez la police", "plea"),
        ("j'ai peur", "fear"),
        ("je suis en danger", "plea"),
        ("quelqu'un me suit", "threat_to_life"),
        ("il respire plus", "violence_now"),
    ],
    "sq": [
        ("do më vrasin", "threat_to_life"),
        ("duan të më vrasin", "threat_to_life"),
        ("dojn me m vra", "threat_to_life"),
        ("m'vrasin", "threat_to_life"),
        ("po më kërcënojnë me vdekje", "threat_to_life"),
        ("dua të vdes", "suicidal"),
        ("du me dek", "suicidal"),
        ("do ta vras veten", "suicidal"),
        ("nuk dua të jetoj më", "suicidal"),
        ("i piva të gjitha tabletat", "self_harm"),
        ("ai ka armë", "weapon"),
        ("ka thikë", "weapon"),
        ("më qëlluan", "weapon"),
        ("babai më rreh", "violence_now"),
        ("më rrahën", "violence_now"),
        ("më kanë mbyllur në dhomë", "forced_or_held"),
        ("më rrëmbyen", "forced_or_held"),
        ("më përdhunoi", "violence_now"),
        ("ndihmë!", "plea"),
        ("më ndihmoni ju lutem", "plea"),
        ("thirrni policinë", "plea"),
        ("thirrni ambulancën", "plea"),
        ("jam në rrezik", "plea"),
        ("kam frikë", "fear"),
        ("kam shumë frikë", "fear"),
        ("nuk ndihem e sigurt", "fear"),
        ("dikush më ndjek", "threat_to_life"),
        ("nuk merr frymë", "violence_now"),
        ("shtëpia po digjet", "plea"),
    ],
    "it": [
        ("mi vogliono uccidere adesso hanno una pistola", "threat_to_life"),
        ("Mi vogliono uccidere, adesso hanno una pistola!", "threat_to_life"),
        ("mi vogliono ammazzare", "threat_to_life"),
        ("stanno per uccidermi", "threat_to_life"),
        ("mi ammazzano", "threat_to_life"),
        ("mi ha minacciato di morte", "threat_to_life"),
        ("voglio morire", "suicidal"),
        ("mi voglio ammazzare", "suicidal"),
        ("mi voglio suicidare", "suicidal"),
        ("non voglio più vivere", "suicidal"),
        ("ho preso tutte le pillole", "self_harm"),
        ("mi taglio", "self_harm"),
        ("ha un coltello", "weapon"),
        ("hanno una pistola", "weapon"),
        ("mi hanno accoltellato", "weapon"),
        ("mi hanno sparato", "weapon"),
        ("mio padre mi picchia", "violence_now"),
        ("mi hanno rapita", "forced_or_held"),
        ("non mi lasciano uscire", "forced_or_held"),
        ("mi ha violentata", "violence_now"),
        ("aiuto!", "plea"),
        ("aiuto aiuto", "plea"),
        ("aiutatemi per favore", "plea"),
        ("chiamate la polizia", "plea"),
        ("chiamate l'ambulanza", "plea"),
        ("sono in pericolo", "plea"),
        ("ho paura", "fear"),
        ("ho tanta paura", "fear"),
        ("non mi sento al sicuro", "fear"),
        ("qualcuno mi segue", "threat_to_life"),
        ("non respira", "violence_now"),
        ("è svenuto", "violence_now"),
        ("la casa brucia", "plea"),
    ],
    "am": [
        ("ሊገድሉኝ ነው", "threat_to_life"),
        ("ሊገድሉኝ ነው።", "threat_to_life"),
        ("ሊገድሉኝ ይፈልጋሉ", "threat_to_life"),
        ("ይገድሉኛል", "threat_to_life"),
        ("መሞት እፈልጋለሁ", "suicidal"),
        ("ራሴን ላጠፋ ነው", "suicidal"),
        ("መኖር አልፈልግም", "suicidal"),
        ("ብዙ ኪኒን ወሰድኩ", "self_harm"),
        ("ሽጉጥ አለው", "weapon"),
        ("በቢላ ወጉኝ", "weapon"),
        ("አባቴ ይደበድበኛል", "violence_now"),
        ("ቤት ውስጥ ቆልፈውብኛል", "forced_or_held"),
        ("ደፈረኝ", "violence_now"),
        ("እርዱኝ!", "plea"),
        ("ድረሱልኝ", "plea"),
        ("ፖሊስ ጥሩልኝ", "plea"),
        ("አደጋ ላይ ነኝ", "plea"),
        ("በጣም ፈርቻለሁ", "fear"),
        ("እየተከተሉኝ ነው", "threat_to_life"),
        ("አይተነፍስም", "violence_now"),
        ("ቤቱ እየተቃጠለ ነው", "plea"),
    ],
    "vi": [
        # the gun comes first: the card shows for the weapon ("họ có súng"), as it would for
        # the threat ("sẽ giết tôi")
        ("họ có súng và sẽ giết tôi", "weapon"),
        ("ho co sung va se giet toi", "weapon"),
        ("HỌ CÓ SÚNG VÀ SẼ GIẾT TÔI", "weapon"),
        ("họ sẽ giết tôi", "threat_to_life"),
        ("ho se giet toi", "threat_to_life"),
        ("họ muốn giết tôi", "threat_to_life"),
        ("bọn nó dọa giết em", "threat_to_life"),
        ("chúng nó sẽ giết mình", "threat_to_life"),
        ("tôi muốn chết", "suicidal"),
        ("toi muon chet", "suicidal"),
        ("em muốn tự tử", "suicidal"),
        ("tôi định tự sát", "suicidal"),
        ("toi khong muon song nua", "suicidal"),
        ("em đã uống hết cả vỉ thuốc ngủ", "self_harm"),
        ("tôi uống thuốc quá liều", "self_harm"),
        ("tôi rạch tay", "self_harm"),
        ("anh ta có dao", "weapon"),
        ("nó đang cầm súng", "weapon"),
        ("tôi bị đâm", "weapon"),
        ("toi bi dam", "weapon"),
        ("bố đánh tôi", "violence_now"),
        ("bo danh toi", "violence_now"),
        ("bố tôi đang đánh mẹ tôi", "violence_now"),
        ("họ nhốt tôi trong phòng", "forced_or_held"),
        ("tôi bị bắt cóc", "forced_or_held"),
        ("tôi bị hiếp dâm", "violence_now"),
        ("cứu tôi với!", "plea"),
        ("cuu voi", "plea"),
        ("cứu!", "plea"),
        ("giúp tôi với", "plea"),
        ("gọi công an đi", "plea"),
        ("goi 113 di", "plea"),
        ("gọi cấp cứu", "plea"),
        ("tôi đang gặp nguy hiểm", "plea"),
        ("tôi sợ quá", "fear"),
        ("em sợ lắm", "fear"),
        ("tôi không an toàn", "fear"),
        ("có người đang theo dõi tôi", "threat_to_life"),
        ("em trai tôi không thở", "violence_now"),
        ("nó bất tỉnh rồi", "violence_now"),
        ("cháy nhà!", "plea"),
    ],
}
# the fresh-clone tester's three sentences, word for word: each got only the fallback
TESTER = [
    ("vi", "họ có súng và sẽ giết tôi"),
    ("it", "mi vogliono uccidere adesso hanno una pistola"),
    ("am", "ሊገድሉኝ ነው"),
]
# ordinary sentences of each language, hyperbole and near misses among them: no card
SAFE: dict[str, list[str]] = {
    "pl": [
        "ta praca mnie zabija",
        "umieram ze śmiechu",
        "boję się pająków",
        "pomóż mi z zadaniem z matmy",
        "jutro idę do szkoły",
        "mam nowy telefon",
        "jestem głodny",
        "mama robi obiad",
        "gram w minecraft z bratem",
        "zamknęli sklep o dziesiątej",
        "czy możesz mi pomóc z pracą domową",
        "nie mogę spać w nocy",
        "kupiłem nóż do chleba",
    ],
    "hbs": [
        "umirem od smijeha",
        "bojim se pauka",
        "pomozi mi sa domaćim",
        "sutra idem u školu",
        "imam novi telefon",
        "gladan sam",
        "mama kuva ručak",
        "igram fifu sa bratom",
        "nisam siguran šta da radim",
        "prati me na instagramu",
        "idemo u kino večeras",
        "ne znam šta da obučem",
        "učim za test",
    ],
    "ru": [
        "мама меня убьёт, если узнает",
        "умираю со смеху",
        "боюсь пауков",
        "помоги мне с домашкой",
        "завтра иду в школу",
        "у меня новый телефон",
        "я голоден",
        "мама готовит ужин",
        "играю в майнкрафт с братом",
        "я не знаю что надеть",
        "пойдём в кино вечером",
        "privet kak dela",
        "ya ne znayu chto delat",
    ],
    "uk": [
        "мама мене вб'є якщо дізнається",
        "помирає зі сміху",
        "боюся павуків",
        "допоможи мені з домашкою",
        "завтра йду до школи",
        "у мене новий телефон",
        "я голодний",
        "мама готує вечерю",
        "граю в майнкрафт з братом",
        "я не знаю що вдягнути",
        "підемо в кіно ввечері",
        "pryvit yak spravy",
    ],
    "de": [
        "die Hitze bringt mich um",
        "ich sterbe vor Lachen",
        "ich habe angst vor spinnen",
        "hilf mir bei den hausaufgaben",
        "ich bin nicht sicher",
        "ruf mich später an",
        "morgen gehe ich in die schule",
        "ich habe ein neues handy",
        "ich habe hunger",
        "meine mutter kocht",
        "ich spiele fortnite mit meinem bruder",
        "das messer ist in der küche",
        "die art ist in gefahr",
    ],
    "kmr": [
        "ez diçim dibistanê",
        "ez birçî me",
        "dayika min xwarin çêdike",
        "ez û birayê xwe dilîzin",
        "silav, tu çawa yî",
        "ez nizanim çi bikim",
        "sibê em diçin sinemayê",
        "min têlefoneke nû kirî",
        "ez ji kûçikan ditirsim",
        "alîkariya min bike bi dersa matematîkê",
        "ez kêfxweş im",
        "em ê îşev werin",
    ],
    "ps": [
        "زه ښوونځي ته ځم",
        "زه وږی یم",
        "مور مې ډوډۍ پخوي",
        "زه له خپل ورور سره لوبې کوم",
        "سلام، ته څنګه یې",
        "زه نه پوهیږم چې څه وکړم",
        "سبا سینما ته ځو",
        "ما نوی موبایل واخیست",
        "زه له سپي څخه ویریږم",
        "زما سره په کورنۍ دنده کې مرسته وکړه",
        "زه خوشحاله یم",
        "نن ورځ ښه هوا ده",
    ],
    "fr": [
        "je vais mourir de rire",
        "cette blague va me tuer",
        "j'ai peur des araignées",
        "aide-moi avec mes devoirs",
        "demain je vais à l'école",
        "j'ai un nouveau téléphone",
        "j'ai faim",
        "ma mère prépare le dîner",
        "je joue à fortnite avec mon frère",
        "il me suit sur insta",
        "la planète est en danger",
        "je me coupe les cheveux",
        "le couteau est dans la cuisine",
    ],
    "sq": [
        "mami do më vrasë nëse e mëson",
        "po vdes nga të qeshurit",
        "më vret koka",
        "kam frikë nga merimangat",
        "më ndihmo me detyrat e shtëpisë",
        "nesër shkoj në shkollë",
        "kam një telefon të ri",
        "jam i uritur",
        "nëna po gatuan darkën",
        "luaj fortnite me vëllain",
        "luajmë lojë dhe më vrasin gjithmonë në fortnite",
        "më ndjek në instagram",
        "nuk jam i sigurt",
        "thika është në kuzhinë",
        "po rrah vezët për tortën",
        "nuk më lënë të dal sonte",
        "si je, çfarë bën",
        "më ofruan para për të mbajtur diçka",
    ],
    "it": [
        "mia madre mi ammazza se lo scopre",
        "muoio dal ridere",
        "voglio morire dal ridere",
        "questo caldo mi uccide",
        "ti ammazzo se mangi la mia pizza",
        "ho paura dei ragni",
        "aiutami con i compiti",
        "domani vado a scuola",
        "ho un telefono nuovo",
        "ho fame",
        "mia mamma cucina la cena",
        "gioco a fortnite con mio fratello",
        "mio fratello mi picchia sempre a fifa",
        "mi segue su instagram",
        "non sono sicuro",
        "il coltello è in cucina",
        "mi taglio i capelli",
        "non mi lasciano uscire stasera",
        "non respira bene col naso",
        "mi hanno offerto soldi per tenere una cosa",
    ],
    "am": [
        "ፈተናው ሊገድለኝ ነው",
        "በሳቅ ልሞት ነው",
        "ሸረሪት እፈራለሁ",
        "የቤት ስራ እርዱኝ",
        "ነገ ትምህርት ቤት እሄዳለሁ",
        "አዲስ ስልክ አለኝ",
        "ርቦኛል",
        "እናቴ ምግብ እያበሰለች ነው",
        "ከወንድሜ ጋር ጌም እጫወታለሁ",
        "ሰላም እንዴት ነህ",
        "ቢላዋ ወጥ ቤት ውስጥ ነው",
        "በቲክቶክ ይከተሉኛል",
        "ልጄ ሁለተኛ ስልክ አለው",
        "ፖሊስ መሆን እፈልጋለሁ",
    ],
    "vi": [
        # without marks, "tu tu" is also "từ từ" (slowly), "ban toi" "bạn tôi" (my friend),
        # "dao nay" "dạo này" (lately), "danh gia" "đánh giá" (to review)
        "bạn tôi rất vui",
        "từ từ thôi",
        "em muốn từ từ tìm hiểu",
        "dạo này em khỏe không",
        "cô dạo này thế nào",
        "đánh giá tôi đi",
        "mẹ đánh thức tôi lúc 6 giờ",
        "đói muốn chết",
        "tôi mệt muốn chết",
        "cười chết mất",
        "bài kiểm tra này giết tôi",
        "mẹ sẽ giết tôi nếu biết",
        "tôi sợ nhện",
        "giúp tôi làm bài tập",
        "tôi chạy về nhà",
        "có chảy máu không",
        "mẹ cầm dao thái thịt",
        "theo dõi tôi trên tiktok",
        "bạn tôi bắn súng trong game",
        "tôi không thở được vì cười quá nhiều",
        "có người cho em tiền để giữ đồ",
        "tôi bị bạn bè bắt nạt",
        "hôm nay trời đẹp",
    ],
}


def test_the_cases_cover_every_emergency_only_list() -> None:
    assert set(DANGER) == set(SAFE) == set(EMERGENCY_ONLY_LISTS)
    for lang in EMERGENCY_ONLY_LISTS:
        assert len(DANGER[lang]) >= 12, lang
        assert len(SAFE[lang]) >= 12, lang
        categories = {category for _, category in DANGER[lang]}
        assert categories <= set(CATEGORIES), lang
        # the core: a threat, wanting to die, a weapon, violence, a plea and fear alone
        assert {"threat_to_life", "suicidal", "weapon", "violence_now", "plea", "fear"} <= (
            categories
        ), lang


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        pytest.param(lang, text, category, id=f"{lang}:{text}")
        for lang, cases in DANGER.items()
        for text, category in cases
    ],
)
def test_danger_in_a_language_without_catalogue_fires(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    match = detector.detect(text)
    assert match is not None, text
    assert (match.category, match.language, match.neutral) == (category, lang, False), match


@pytest.mark.parametrize(("lang", "text"), TESTER)
def test_the_testers_sentences_get_the_card(detector: DangerDetector, lang: str, text: str) -> None:
    """Each of the three got only the fallback line before sq, it, am and vi were listed."""
    match = detector.detect(text)
    assert match is not None, text
    assert (match.language, match.neutral) == (lang, False), match
    assert match.category in {"threat_to_life", "weapon"}, match


def test_vietnamese_is_read_with_and_without_marks(detector: DangerDetector) -> None:
    """Tone marks, horns and breves are dropped; đ stays đ, so the list also holds d."""
    for marked, plain in [
        ("họ sẽ giết tôi", "ho se giet toi"),
        ("bố đánh tôi", "bo danh toi"),
        ("tôi bị đâm", "toi bi dam"),
        ("cứu tôi với", "cuu toi voi"),
        ("tôi muốn chết", "toi muon chet"),
    ]:
        first, second = detector.detect(marked), detector.detect(plain)
        assert first is not None, marked
        assert first == second, (marked, first, second)
        assert first.language == "vi", first


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(lang, text, id=f"{lang}:{text}")
        for lang, texts in SAFE.items()
        for text in texts
    ],
)
def test_ordinary_sentences_of_these_languages_stay_quiet(
    detector: DangerDetector, lang: str, text: str
) -> None:
    assert detector.detect(text) is None, (lang, text)


@pytest.mark.parametrize("lang", EMERGENCY_ONLY_LISTS)
def test_each_list_is_an_unreviewed_emergency_only_draft(
    detector: DangerDetector, lang: str
) -> None:
    assert lang not in SUPPORTED_LOCALES
    assert detector.review_status[lang] == "unreviewed"
    data = tomllib.loads((DATA_DIR / f"{lang}.toml").read_text(encoding="utf-8"))
    assert data["language"] == lang
    assert data["review_status"] == "unreviewed"
    assert "emergency-only" in data["translator_note"], lang
    assert "conversation's language" in data["translator_note"], lang
    # loaded with every other list: short words must not be read as typos of them
    assert all(entry.get("fuzzy") is False for entry in data["pattern"]), lang
    assert len(data["common"]) >= 20, lang
    for word in data["common"]:
        assert detector.detect(word) is None, (lang, word)


@pytest.mark.parametrize("lang", EMERGENCY_ONLY_LISTS)
@pytest.mark.parametrize(
    ("locale", "chosen", "language_code"),
    [
        ("sv", False, None),  # nothing known: the default
        ("sv", False, "de"),  # Telegram's language has no catalogue: the default
        ("en", False, "en"),  # Telegram's language fits
        ("fa", True, "ps"),  # the user's choice
    ],
)
def test_the_card_keeps_the_conversations_locale(
    detector: DangerDetector, lang: str, locale: str, chosen: bool, language_code: str | None
) -> None:
    text, _ = DANGER[lang][0]
    match = detector.detect(text)
    assert match is not None, text
    assert (match.language, match.neutral) == (lang, False), match
    assert (
        card_locale(
            locale,
            locale_chosen=chosen,
            language_code=language_code,
            match=match,
            available=SUPPORTED_LOCALES,
        )
        == locale
    )


def test_a_catalogue_language_still_names_the_card() -> None:
    """The contrast: a list that has a catalogue gives the card its language."""
    match = DangerMatch("suicidal", "tr", "suicide")
    assert (
        card_locale(
            "sv", locale_chosen=False, language_code="de", match=match, available=SUPPORTED_LOCALES
        )
        == "tr"
    )
