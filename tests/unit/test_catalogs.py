"""The ten catalogues (issue 4): complete, same placeholders and tags, right plural forms,
review status flagged, and in step with the source.

The source is read with Babel's own extractor and the project's ``babel.cfg``, so a
``_()`` added without running ``make catalogs`` fails here, not in front of a user.
"""

from __future__ import annotations

import re
import shutil
import string
import tomllib
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from aiogram.utils.i18n import I18n
from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from bot.catalogs import DOMAIN, available_locales, compile_catalogs
from bot.config import SUPPORTED_LOCALES, Settings
from bot.core.danger import DangerDetector
from handlers.labels import LANGUAGE_NAMES
from tests.conftest import make_settings
from tests.fakes.telegram_api import ApiError, parse_html
from tests.helpers import ROOT

LOCALES_DIR = ROOT / "locales"
REVIEW_MARK = "Not yet reviewed by a native speaker"
REVIEW_STATUSES = ("source", "unreviewed", "partly reviewed", "reviewed")
SOURCE_LANGUAGES = ("sv", "en")
DRAFT_LANGUAGES = tuple(code for code in SUPPORTED_LOCALES if code not in SOURCE_LANGUAGES)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>")
MsgKey = str | tuple[str, str]


@cache
def catalogue(locale: str) -> Catalog:
    with (LOCALES_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as source:
        return read_po(source, locale=locale, domain=DOMAIN)


@cache
def source_msgids() -> frozenset[MsgKey]:
    """Every message the code passes to gettext, extracted as ``make catalogs`` does."""
    with (ROOT / "babel.cfg").open() as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    keywords = {**DEFAULT_KEYWORDS, "_": None, "__": None}
    found: set[MsgKey] = set()
    for _filename, _lineno, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=keywords
    ):
        found.add(message if isinstance(message, str) else (message[0], message[1]))
    return frozenset(found)


def entries(locale: str) -> list[Message]:
    return [message for message in catalogue(locale) if message.id]


def forms(message: Message) -> list[str]:
    return list(message.string) if message.pluralizable else [message.string]


def placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def tags(text: str) -> Counter[str]:
    return Counter(match.group(0) for match in _TAG.finditer(text))


def filled(text: str) -> str:
    """``text`` with every placeholder replaced by a sample value, as it is sent."""
    return text.format_map(dict.fromkeys(placeholders(text), "08:00"))


def source_text(message: Message, form: int) -> str:
    """The msgid a translated form corresponds to (msgid_plural for every form but one)."""
    if not message.pluralizable:
        return str(message.id)
    singular, plural = message.id
    return singular if form == 0 and len(message.string) == 2 else plural


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_supported_language_has_a_catalogue_and_a_name(locale: str) -> None:
    assert (LOCALES_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po").is_file()
    assert locale in LANGUAGE_NAMES
    assert set(available_locales(LOCALES_DIR)) == set(SUPPORTED_LOCALES)


def test_the_template_is_up_to_date_with_the_source() -> None:
    with (LOCALES_DIR / "messages.pot").open("rb") as source:
        template = {m.id if isinstance(m.id, str) else tuple(m.id) for m in read_po(source) if m.id}
    missing = source_msgids() - template
    assert not missing, f"run `make catalogs`: not in locales/messages.pot: {sorted(missing)}"


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_msgid_has_a_translation(locale: str) -> None:
    by_id = {m.id if isinstance(m.id, str) else tuple(m.id): m for m in entries(locale)}
    nplurals = catalogue(locale).num_plurals
    problems = []
    for msgid in sorted(source_msgids(), key=str):
        message = by_id.get(msgid)
        if message is None:
            problems.append(f"missing: {msgid!r}")
        elif message.fuzzy:
            problems.append(f"fuzzy: {msgid!r}")
        elif not all(text.strip() for text in forms(message)):
            problems.append(f"empty: {msgid!r}")
        elif message.pluralizable and len(message.string) != nplurals:
            problems.append(f"{len(message.string)} plural forms, expected {nplurals}: {msgid!r}")
    assert not problems, f"{locale}: " + "\n".join(problems)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_translations_keep_the_placeholders(locale: str) -> None:
    """Singular texts: exactly the msgid's placeholders. Plural forms may leave out the
    number (Arabic "خدمة واحدة") but never add one the code does not pass."""
    problems = []
    for message in entries(locale):
        for index, text in enumerate(forms(message)):
            expected = placeholders(source_text(message, index))
            found = placeholders(text)
            allowed = found <= expected if message.pluralizable else found == expected
            if text and not allowed:
                problems.append(f"{message.id!r} form {index}: {found} instead of {expected}")
    assert not problems, f"{locale}: " + "\n".join(problems)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_translations_keep_the_html_tags_and_parse_as_telegram_html(locale: str) -> None:
    problems = []
    for message in entries(locale):
        for index, text in enumerate(forms(message)):
            if not text:
                continue
            if tags(text) != tags(source_text(message, index)):
                problems.append(f"{message.id!r}: tags {dict(tags(text))}")
                continue
            try:
                parse_html(filled(text))
            except ApiError as error:
                problems.append(f"{message.id!r}: {error.description}")
    assert not problems, f"{locale}: " + "\n".join(problems)


def test_html_check_catches_a_broken_translation() -> None:
    """The check above can fail: a swapped or unclosed tag is refused like Telegram does."""
    with pytest.raises(ApiError):
        parse_html("<b>ابدأ</i>")
    with pytest.raises(ApiError):
        parse_html("<b>Aloita")
    assert tags("<b>x</b>") != tags("<b>x")


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_plural_forms_header_follows_cldr(locale: str) -> None:
    """Babel writes Plural-Forms from CLDR; Arabic has six forms, Finnish two, Spanish three
    (one, many for whole millions, other: CLDR 42 and later)."""
    assert catalogue(locale).plural_forms == Catalog(locale=locale).plural_forms
    expected = {"ar": 6, "fi": 2, "sv": 2, "en": 2, "fa": 2, "so": 2, "ti": 2}
    expected |= {"ckb": 2, "tr": 2, "es": 3}
    assert catalogue(locale).num_plurals == expected[locale]


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> I18n:
    """The catalogues compiled the way start-up compiles them, from a copy of locales/."""
    target = tmp_path_factory.mktemp("locales")
    for locale in SUPPORTED_LOCALES:
        shutil.copytree(
            LOCALES_DIR / locale, target / locale, ignore=shutil.ignore_patterns("*.mo")
        )
    assert sorted(compile_catalogs(target)) == sorted(SUPPORTED_LOCALES)
    return I18n(path=target, default_locale="sv", domain=DOMAIN)


# (count, index of the plural form): Arabic zero, one, two, few (3-10), many (11-99) and
# other (100-102, …); Finnish one and other; Spanish one, many (1 000 000, 2 000 000 …) and
# other (CLDR plural rules, unicode.org/cldr).
PLURAL_CASES = {
    "ar": [(0, 0), (1, 1), (2, 2), (3, 3), (11, 4), (100, 5)],
    "fi": [(0, 1), (1, 0), (2, 1), (3, 1), (11, 1), (100, 1)],
    "es": [(0, 2), (1, 0), (2, 2), (11, 2), (1_000_000, 1), (1_000_001, 2)],
}
PLURAL_NAMES = {
    "ar": ["zero", "one", "two", "few", "many", "other"],
    "es": ["one", "many", "other"],
}


def plural_messages() -> list[Message]:
    return [m for m in entries("en") if m.pluralizable]


def test_at_least_one_real_message_uses_plural_forms() -> None:
    assert plural_messages(), "no ngettext message in the catalogue"


@pytest.mark.parametrize(
    ("locale", "count", "form"),
    [(locale, count, form) for locale, cases in PLURAL_CASES.items() for count, form in cases],
)
def test_plural_forms_render_correctly(compiled: I18n, locale: str, count: int, form: int) -> None:
    """Each count picks the CLDR form from the compiled catalogue, and it reads the count."""
    assert Locale(locale).plural_form(count) == PLURAL_NAMES.get(locale, ["one", "other"])[form]
    for message in plural_messages():
        singular, plural = message.id
        expected = catalogue(locale)[singular].string[form]
        rendered = compiled.gettext(singular, plural, count, locale=locale)
        assert rendered == expected
        values = dict.fromkeys(placeholders(plural), count)
        text = rendered.format(**values)
        if "{count}" in rendered:
            assert str(count) in text


def test_arabic_plural_forms_differ_where_arabic_grammar_does() -> None:
    """Zero, one, two, few (3-10) and many (11-99) read differently in Arabic; only "other"
    (100, 101, …) may repeat "many" (both take a singular noun)."""
    for message in plural_messages():
        forms_ar = catalogue("ar")[message.id[0]].string
        assert len(set(forms_ar[:5])) == 5, message.id


@cache
def review_status() -> dict[str, dict[str, str]]:
    with (LOCALES_DIR / "REVIEW_STATUS.toml").open("rb") as source:
        return tomllib.load(source)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_review_status_agrees_with_the_catalogue(locale: str) -> None:
    """Every entry not yet checked by a native speaker carries the translator comment;
    REVIEW_STATUS.toml says the same for the language as a whole."""
    entry = review_status()[locale]
    marked = [m for m in entries(locale) if REVIEW_MARK in " ".join(m.user_comments)]
    status = entry["status"]
    assert status in REVIEW_STATUSES
    if status == "source":
        assert locale in SOURCE_LANGUAGES
        assert not marked
    elif status == "unreviewed":
        unmarked = [m.id for m in entries(locale) if m not in marked]
        assert not unmarked, f"{locale}: mark these '# {REVIEW_MARK}': {unmarked}"
    elif status == "reviewed":
        assert not marked
        assert entry.get("reviewer")
        assert entry.get("date")
    else:
        assert 0 < len(marked) < len(entries(locale))


def test_readme_and_docs_call_for_review_of_every_draft_language() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Translations needing review", 1)
    assert len(section) == 2, "README.md needs a 'Translations needing review' section"
    docs = (ROOT / "docs" / "translations.md").read_text(encoding="utf-8")
    for locale, entry in review_status().items():
        if entry["status"] in ("unreviewed", "partly reviewed"):
            assert LANGUAGE_NAMES[locale] in section[1], locale
            assert f"`{locale}`" in docs, locale


def test_danger_phrases_exist_for_every_language() -> None:
    detector = DangerDetector.from_dir(ROOT / "data" / "danger")
    assert set(SUPPORTED_LOCALES) <= set(detector.languages)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_default_locale_accepts_every_supported_language(tmp_path: Path, locale: str) -> None:
    assert make_settings(tmp_path, default_locale=locale).default_locale == locale


@pytest.mark.parametrize("locale", ["de", "", "xx"])
def test_default_locale_refuses_other_codes(tmp_path: Path, locale: str) -> None:
    with pytest.raises(ValueError, match="must be one of"):
        Settings(_env_file=None, data_dir=tmp_path, default_locale=locale)  # type: ignore[call-arg]
