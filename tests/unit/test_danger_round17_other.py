"""Danger detection, round 17 (docs/conversation.md, "The emergency path"): Persian/Dari (with
Finglish), Somali, Tigrinya (with Latin letters), Sorani (with Latin letters) and Turkish
messages a seventeenth red team typed without getting the emergency card
(bench/data/danger/round17): indirect suicide (thanks for everything and "not here tomorrow",
the pills bought and all of them taken tonight, goodbye and "forgive me" after giving things
away, on the roof to throw myself off), held or trafficked now (in a car, "I don't know where
they are taking me"), medical emergencies now (not breathing with blue lips, foam from the
mouth), a parent now (a son not home, threatened) and violence at home now (dad hitting mum,
in Latin letters); with variants of each, ordinary sentences sharing their words that must
stay quiet (a whole pizza tonight, vitamins, a car towed away, a school trip, travel, a pool,
the idiom "ağzından köpükler saçarak"), and every line of
bench/data/danger/round17/ordinary_{fa,so,ti,ckb,tr}.jsonl, all quiet: the two that fired
before ("از خنده نفسم بند اومد 😂", "waan qoslay ilaa aan neefsan waayay 😂": laughing until one
cannot breathe) are vetoed in not_breathing of fa and so.

The entries are the "Round 17" blocks at the end of data/danger/{fa,so,ti,ckb,tr}.toml and the
two laughter vetoes. The earlier held-out sets of these languages keep their figures.

Neither the red team nor the author of the lists is a native speaker of these languages:
every entry is an unreviewed draft (see each file's translator_note).
"""

from __future__ import annotations

import pytest

from bot.core.danger import DangerDetector
from tests.unit.danger_checks import (
    HELD_OUT,
    assert_fires,
    assert_fires_beside,
    assert_quiet,
    held_out,
)
from tests.unit.test_danger_ckb_tr_es import TYPED_PLAINLY

LANGUAGES = ("fa", "so", "ti", "ckb", "tr")

# (language, text, category, entry id): the round 17 messages that got no card, word for word
REPORTED: list[tuple[str, str, str, str]] = [
    (
        "fa",
        "قرصا رو خریدم، امشب همه رو میخورم",
        "suicidal",
        "pills_all_tonight",
    ),  # bought the pills, tonight I'll take them all
    (
        "fa",
        "هرچی داشتم دادم به داداشم. خداحافظ همه، حلالم کنید",
        "suicidal",
        "farewell_forgive_me",
    ),  # gave everything to my brother, goodbye everyone, forgive me
    (
        "fa",
        "tooye mashinam nemidoonam kojam daran mibaran shahr dige migan bayad jens befrushi",
        "forced_or_held",
        "dont_know_where_taking_me",
    ),  # Finglish: in a car, don't know where they're taking me, must sell in another city
    (
        "so",
        "kiniinnada waan iibsaday, caawa ayaan wada qaadanayaa",
        "suicidal",
        "pills_all_tonight",
    ),  # bought the pills, tonight I'm taking them all
    (
        "so",
        "gaari ayaan ku jiraa ma garanayo halka la i geynayo",
        "forced_or_held",
        "dont_know_where_taking_me",
    ),  # in a car, don't know where I'm being taken
    (
        "so",
        "wiilkaygu caawa guriga ma soo noqon, shalay waa loo hanjabay, taleefankiisuna waa "
        "dansan yahay",
        "threat_to_life",
        "child_missing_threatened_subject",
    ),  # parent: son not home tonight, threatened yesterday, phone off
    (
        "ti",
        "ከኒና ገዚአ ኣለኹ ሎሚ ለይቲ ኩሉ ክውሕጦ እየ",
        "suicidal",
        "pills_all_tonight",
    ),  # bought pills, tonight I'll swallow them all
    (
        "ti",
        "ab mekina alekhu nabey ziwesduni ayfelten",
        "forced_or_held",
        "dont_know_where_taking_me",
    ),  # Latin: in a car, don't know where they're taking me
    (
        "ti",
        "abbo hji n'adey yiwq'a alo ane tehabi'e alekhu",
        "violence_now",
        "latin_dad_hitting_mum",
    ),  # Latin: dad hitting my mum now, I'm hiding
    (
        "ckb",
        "سوپاس بۆ هەموو شتێک، سبەی لێرە نابم",
        "suicidal",
        "thanks_not_here_tomorrow",
    ),  # thanks for everything, tomorrow I won't be here
    (
        "ckb",
        "حەبەکانم کڕی، ئەمشەو هەمووی دەخۆم",
        "suicidal",
        "pills_all_tonight",
    ),  # bought the pills, tonight I'll take them all
    (
        "ckb",
        "ئێستا لەسەر سەربانم و دەمەوێت خۆم فڕێ بدەم",
        "suicidal",
        "roof_throw_myself",
    ),  # on the roof now, want to throw myself off
    (
        "ckb",
        "لە ناو ئۆتۆمبێلێکدام نازانم بۆ کوێم دەبەن",
        "forced_or_held",
        "dont_know_where_taking_me",
    ),  # in a car, don't know where they're taking me
    (
        "ckb",
        "hawrekam hanasa nadat lewakani shin bwn",
        "plea",
        "latin_not_breathing",
    ),  # Latin: my friend isn't breathing, his lips turned blue
    (
        "ckb",
        "bawkm esta dayki dadat, mn xom sharduwatawa",
        "violence_now",
        "latin_dad_hitting_mum",
    ),  # Latin: dad hitting mum now, I've hidden
    (
        "tr",
        "her şey için teşekkürler, yarın burda olmicam",
        "suicidal",
        "not_here_tomorrow_spoken",
    ),  # thanks for everything, I won't be here tomorrow
    (
        "tr",
        "arabadayım nereye götürdüklerini bilmiyorum başka şehirde mal satıcakmışım",
        "forced_or_held",
        "dont_know_where_taking_me",
    ),  # in a car, don't know where they're taking me, to sell in another city
    (
        "tr",
        "titriyor ağzından köpük geliyor ne yapıyım",
        "plea",
        "foam_from_mouth",
    ),  # shaking, foam from the mouth, what do I do
]

# Other inflections, spellings and wordings of the same dangers
VARIANTS: list[tuple[str, str, str, str]] = [
    ("fa", "همه قرصامو امشب میخورم", "suicidal", "pills_all_tonight"),
    ("fa", "emshab hame ghorsa ro mikhoram", "suicidal", "pills_all_tonight"),
    ("fa", "داروهامو خریدم الان همشو میخورم", "suicidal", "pills_all_tonight"),
    ("fa", "امشب همه‌ی قرص‌هامو می‌خورم", "suicidal", "pills_all_tonight"),
    ("fa", "امشب کل قرصای مسکن رو میخورم", "suicidal", "pills_all_tonight"),
    ("fa", "خداحافظ همه، حلالم کنید", "suicidal", "farewell_forgive_me"),
    ("fa", "khodahafez hame, halalam konid", "suicidal", "farewell_forgive_me"),
    ("fa", "دیگه نمیتونم. حلالم کنید، خدانگهدار", "suicidal", "farewell_forgive_me"),
    ("fa", "نمیدونم کجا دارن میبرنم", "forced_or_held", "dont_know_where_taking_me"),
    ("fa", "too mashinam nemidunam koja mibaranam", "forced_or_held", "dont_know_where_taking_me"),
    ("fa", "nemidoonam kojamun mibaran", "forced_or_held", "dont_know_where_taking_me"),
    ("fa", "نفسش بند اومده بعد از قرص", "plea", "not_breathing"),
    ("so", "caawa dhammaan kiniinka ayaan liqayaa", "suicidal", "pills_all_tonight"),
    ("so", "kiniinadii hadda ayaan wada qaadanayaa", "suicidal", "pills_all_tonight"),
    ("so", "caawa kiniinnada oo dhan ayaan liqayaa", "suicidal", "pills_all_tonight"),
    ("so", "ma garanayo meesha la i geynayo", "forced_or_held", "dont_know_where_taking_me"),
    ("so", "ma aqaan meesha ay i geynayaan", "forced_or_held", "dont_know_where_taking_me"),
    (
        "so",
        "baabuur baan ku jiraa, ma garanayo halkee na wadaan",
        "forced_or_held",
        "dont_know_where_taking_me",
    ),
    (
        "so",
        "gabadhaydu caawa ma imaan, shalay waa loo hanjabay",
        "threat_to_life",
        "child_missing_threatened_subject",
    ),
    (
        "so",
        "wiilkaygu weli ma soo noqon, waa la goodiyay",
        "threat_to_life",
        "child_missing_threatened_subject",
    ),
    ("so", "saaxiibkay ma neefsanayo", "plea", "not_breathing"),
    ("ti", "ሎሚ ለይቲ ኩሉ ከኒናታተይ ክወስዶ እየ", "suicidal", "pills_all_tonight"),
    ("ti", "ሕጂ መድሃኒት ኩሉ ክውሕጦ እየ", "suicidal", "pills_all_tonight"),
    ("ti", "ናበይ ከም ዝወስዱኒ ኣይፈለጥኩን", "forced_or_held", "dont_know_where_taking_me"),
    (
        "ti",
        "ab mekina alekhu nabey ywesduni ayfeltn",
        "forced_or_held",
        "dont_know_where_taking_me",
    ),
    ("ti", "abuy hji n'adey yiwqa alo", "violence_now", "latin_dad_hitting_mum"),
    ("ti", "abbo n'adey ywqa alo, ane ab kifli alekhu", "violence_now", "latin_dad_hitting_mum"),
    ("ckb", "سوپاس بۆ هەموو شتێک، سبەی لێرە نامێنم", "suicidal", "thanks_not_here_tomorrow"),
    ("ckb", "ماڵئاوا هەمووتان، ئەمشەو لێرە نابم", "suicidal", "thanks_not_here_tomorrow"),
    ("ckb", "ئەمشەو هەموو حەبەکانم دەخۆم", "suicidal", "pills_all_tonight"),
    ("ckb", "ئێستا دەرمانەکان هەمووی دەخۆم", "suicidal", "pills_all_tonight"),
    ("ckb", "لەسەر سەربانەکەم خۆم فڕێ دەدەم", "suicidal", "roof_throw_myself"),
    ("ckb", "ئێستا لە سەربانم دەمەوێت خۆم هەڵبدەم", "suicidal", "roof_throw_myself"),
    ("ckb", "نازانم بۆ کوێم دەبەن", "forced_or_held", "dont_know_where_taking_me"),
    (
        "ckb",
        "lanaw otombelekam nazanm bo kwem daben",
        "forced_or_held",
        "dont_know_where_taking_me",
    ),
    ("ckb", "brakam hanasay nayat lewakani shin bwa", "plea", "latin_not_breathing"),
    ("ckb", "hawrekam hanasa nadat, lewi mor bwa", "plea", "latin_not_breathing"),
    ("ckb", "bawkim esta ledadat daykm", "violence_now", "latin_dad_hitting_mum"),
    ("ckb", "babam esta dayki dadat", "violence_now", "latin_dad_hitting_mum"),
    ("tr", "yarın burda olmayacağım, herkese teşekkürler", "suicidal", "not_here_tomorrow_spoken"),
    ("tr", "artık burda olmıcam", "suicidal", "not_here_tomorrow_spoken"),
    ("tr", "her şey için sağolun, yarın burda olmıcam", "suicidal", "not_here_tomorrow_spoken"),
    ("tr", "beni nereye götürüyolar bilmiyom", "forced_or_held", "dont_know_where_taking_me"),
    ("tr", "ağzından köpük geldi bayıldı", "plea", "foam_from_mouth"),
    ("tr", "beni nereye götürüyorlar bilmiyorum", "forced_or_held", "dont_know_where_taking_me"),
    (
        "tr",
        "arabadayım nereye götürdüklerini bilmiyoz",
        "forced_or_held",
        "dont_know_where_taking_me",
    ),
    ("tr", "kardeşim kasılıyor ağzından köpük geliyor", "plea", "foam_from_mouth"),
    ("tr", "ağzından köpük çıkıyor ve titriyor", "plea", "foam_from_mouth"),
]

# Ordinary sentences sharing the words of the new entries (and of the two laughter vetoes)
MUST_STAY_QUIET: list[tuple[str, str]] = [
    ("fa", "امشب همه پیتزا رو میخورم"),
    ("fa", "قرصامو خریدم، امشب یکیشو میخورم"),
    ("fa", "امشب همه ویتامینامو میخورم"),
    ("fa", "خداحافظ بچه‌ها، فردا میبینمتون"),
    ("fa", "این گوشت حلاله؟"),
    ("fa", "nemidoonam mashinamo koja bordan"),
    ("fa", "نمیدونم ماشینمو کجا میبرن تعمیر"),
    ("fa", "نمیدونم کجا برم امشب"),
    ("fa", "خداحافظ همه حلالم کنید مسافرت میرم"),
    ("fa", "از خنده نفسم بند اومده بود"),
    ("so", "caawa dhammaan filimada ayaan wada daawanayaa"),
    ("so", "kiniinka madax xanuunka caawa mid ayaan qaadanayaa"),
    ("so", "ma garanayo halka baska la geynayo"),
    ("so", "ma aqaan meesha aan u geynayo hadiyadda"),
    ("so", "wiilkaygu guriga ma soo noqon weli, tababarka ayuu ku jiraa"),
    ("so", "gabadhaydu caawa ma imaan, saaxiibadeed ayay la joogtaa"),
    ("so", "aad baan u qoslay ilaa aanan neefsan"),
    ("ti", "ሎሚ ለይቲ ኩሉ ፊልም ክርእዮ እየ"),
    ("ti", "ከኒና ርእሲ ሕማም ሎሚ ለይቲ ሓንቲ ክወስድ እየ"),
    ("ti", "ጽባሕ ምስ ቤት ትምህርቲ ናበይ ከም ዝወስዱና ኣይፈለጥኩን"),
    ("ti", "nabey kkeyd ayfelten"),
    ("ti", "abbo nadey yiwqa neyru kab 10 amet"),
    ("ti", "abbo n'adey yihagza alo"),
    ("ckb", "سوپاس بۆ هەموو شتێک، سبەی لێرە نابم دەچمە هەولێر"),
    ("ckb", "سوپاس، سبەی لە پۆل نابم"),
    ("ckb", "سبەی لێرە نابم سەفەر دەکەم"),
    ("ckb", "ئەمشەو هەموو پیتزاکە دەخۆم"),
    ("ckb", "حەبەکانم کڕی، ڕۆژانە یەکێک دەخۆم"),
    ("ckb", "ئەمشەو هەموو ڤیتامینەکانم دەخۆم"),
    ("ckb", "خۆم فڕێ دەدەمە ناو حەوزەکە"),
    ("ckb", "لەسەر سەربانم وێنە دەگرم"),
    ("ckb", "نازانم بۆ کوێ دەیبەن"),
    ("ckb", "نازانم کوێ بچم"),
    ("ckb", "pekanin hanasam nadat"),
    ("ckb", "lewakani sur bwn"),
    ("ckb", "bawkm para dadat ba dayki"),
    ("ckb", "bawkm w dayki esta la mallin"),
    ("tr", "yarın burda olmicam okula gelemem"),
    ("tr", "yarın burda olmayacağım tatildeyim"),
    ("tr", "yarın burda olmıcam izindeyim"),
    ("tr", "arabamı nereye götürdüklerini bilmiyorum"),
    ("tr", "annem bizi nereye götürüyor bilmiyorum sürpriz"),
    ("tr", "otobüs nereye gidiyor bilmiyorum"),
    ("tr", "ağzından köpükler saçarak bağırdı"),
    ("tr", "ağzından köpük gelene kadar bağırdı"),
]

ORDINARY_QUIET: list[tuple[str, str]] = [
    (lang, text) for lang in LANGUAGES for text in held_out("round17", lang, "ordinary")
]
MUST_FIRE = REPORTED + VARIANTS
REPORTED_PER_LANGUAGE = {"fa": 3, "so": 3, "ti": 3, "ckb": 6, "tr": 3}

# (set, language): (danger lines, caught, ordinary lines, fired) before round 17's fixes
# (python -m bench danger); no set of these languages may fall below them
EARLIER_FIGURES: dict[tuple[str, str], tuple[int, int, int, int]] = {
    ("round7", "fa"): (20, 20, 8, 1),
    ("round7", "so"): (20, 20, 8, 1),
    ("round7", "ti"): (20, 20, 8, 0),
    ("round8", "fa"): (18, 18, 8, 2),
    ("round8", "so"): (18, 18, 8, 2),
    ("round8", "ti"): (18, 18, 8, 1),
    ("round9", "fa"): (18, 18, 8, 0),
    ("round9", "so"): (18, 18, 8, 0),
    ("round9", "ti"): (18, 18, 8, 0),
    ("round10", "fa"): (14, 14, 6, 1),
    ("round10", "so"): (14, 14, 6, 0),
    ("round10", "ti"): (14, 14, 6, 0),
    ("round11", "fa"): (14, 14, 6, 1),
    ("round11", "so"): (14, 14, 6, 1),
    ("round11", "ti"): (12, 12, 6, 2),
    ("round12", "ckb"): (20, 20, 8, 0),
    ("round12", "tr"): (24, 24, 10, 1),
    ("round13", "ckb"): (10, 10, 5, 0),
    ("round13", "fa"): (12, 12, 5, 0),
    ("round13", "so"): (12, 12, 5, 0),
    ("round13", "ti"): (10, 10, 5, 0),
    ("round13", "tr"): (12, 12, 5, 0),
    ("round14", "ckb"): (12, 12, 5, 0),
    ("round14", "fa"): (12, 12, 5, 0),
    ("round14", "so"): (12, 12, 5, 0),
    ("round14", "ti"): (12, 12, 5, 0),
    ("round14", "tr"): (12, 12, 5, 0),
    ("round15", "ckb"): (12, 12, 5, 0),
    ("round15", "fa"): (12, 12, 5, 0),
    ("round15", "so"): (12, 12, 5, 0),
    ("round15", "ti"): (12, 12, 5, 0),
    ("round15", "tr"): (12, 12, 5, 0),
    ("round16", "ckb"): (12, 12, 6, 0),
    ("round16", "fa"): (14, 14, 6, 0),
    ("round16", "so"): (12, 12, 6, 0),
    ("round16", "ti"): (12, 12, 6, 0),
    ("round16", "tr"): (14, 14, 6, 0),
}


def _plain_variants(lang: str, text: str) -> list[str]:
    """``text`` as it is also typed: without the language's special letters (ckb, tr)."""
    return sorted({variant(text) for variant in TYPED_PLAINLY.get(lang, ())} - {text})


def test_every_reported_miss_is_listed() -> None:
    """The round 17 danger sets: all 18 messages of these languages that got no card are in
    REPORTED, and each is one of its language's danger messages."""
    for lang in LANGUAGES:
        reported = {text for text_lang, text, _, _ in REPORTED if text_lang == lang}
        assert len(reported) == REPORTED_PER_LANGUAGE[lang], lang
        assert reported <= set(held_out("round17", lang, "danger")), lang


def test_every_round17_danger_line_of_these_languages_fires(detector: DangerDetector) -> None:
    """All 12 + 10 + 10 + 10 + 12 danger lines of the set show the card, from their own
    language's list."""
    for lang in LANGUAGES:
        lines = held_out("round17", lang, "danger")
        assert len(lines) == {"fa": 12, "so": 10, "ti": 10, "ckb": 10, "tr": 12}[lang]
        for text in lines:
            match = detector.detect(text)
            assert match is not None, text
            assert match.language == lang, (text, match)


def test_the_quiet_ordinary_lines_are_twenty_five() -> None:
    """Five ordinary lines per language, all quiet (the fa and so laughter lines vetoed)."""
    assert len(ORDINARY_QUIET) == 25


def test_earlier_held_out_figures_of_these_languages_do_not_fall(
    detector: DangerDetector,
) -> None:
    """Every earlier set of these languages catches as many danger lines and fires on no more
    ordinary lines than before round 17 (the figures of ``python -m bench danger``)."""
    folders = sorted(
        p.name
        for p in HELD_OUT.iterdir()
        if p.is_dir() and int(p.name.removeprefix("round")) < 17  # later rounds: their own tests
    )
    seen = set()
    for folder in folders:
        for lang in LANGUAGES:
            danger = held_out(folder, lang, "danger")
            ordinary = held_out(folder, lang, "ordinary")
            if not danger and not ordinary:
                continue
            seen.add((folder, lang))
            caught = sum(detector.detect(text) is not None for text in danger)
            fired = sum(detector.detect(text) is not None for text in ordinary)
            n_danger, was_caught, n_ordinary, was_fired = EARLIER_FIGURES[(folder, lang)]
            assert (len(danger), len(ordinary)) == (n_danger, n_ordinary), (folder, lang)
            assert caught >= was_caught, (folder, lang, caught)
            assert fired <= was_fired, (folder, lang, fired)
    assert seen == set(EARLIER_FIGURES)


@pytest.mark.parametrize(
    ("lang", "text", "category", "pattern_id"),
    [pytest.param(*case, id=f"{case[0]}:{case[1][:60]}") for case in MUST_FIRE],
)
def test_round17_message_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str, pattern_id: str
) -> None:
    assert_fires(detector, text, category, lang, pattern_id)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round17_message_typed_without_special_letters_shows_the_card(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    for variant in _plain_variants(lang, text):
        assert_fires(detector, variant, category, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(lang, text, id=f"{lang}:{text[:60]}")
        for lang, text in MUST_STAY_QUIET + ORDINARY_QUIET
    ],
)
def test_round17_ordinary_sentence_stays_quiet(
    detector: DangerDetector, lang: str, text: str
) -> None:
    assert_quiet(detector, text)
    for variant in _plain_variants(lang, text):
        assert_quiet(detector, variant)


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [pytest.param(lang, text, cat, id=f"{lang}:{text[:60]}") for lang, text, cat, _ in MUST_FIRE],
)
def test_round17_message_fires_beside_ordinary_lines(
    detector: DangerDetector, lang: str, text: str, category: str
) -> None:
    ordinary = [line for line_lang, line in MUST_STAY_QUIET + ORDINARY_QUIET if line_lang == lang]
    assert_fires_beside(detector, text, category, ordinary)
