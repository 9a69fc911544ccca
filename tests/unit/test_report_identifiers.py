"""The privacy audit's recognizers (bot.core.identifiers) and staff roles (bot.core.access)."""

from __future__ import annotations

import pytest

from bot.core.access import Action, Role, StaffMember, resolve_staff
from bot.core.identifiers import Hit, Scanner, national_number, typed_lines

PUBLIC = ["112", "114 14", "116 111", "077-150 50 50", "020-85 20 00", "08-123 130 80"]
VOCABULARY = ["bris-116111", "polisen-11414", "recruitment_pressure", "referral", "Bris"]
TRANSCRIPT = """\
> /start
bot: Välj språk:
  [1] Svenska
> [Svenska]
> [1]
> Jag heter Kalleborg Svensson, ring 070-123 45 67 eller @kalle_secret
bot: Please answer with the buttons above.
> /start poster_school1
> jag vill prata med bris
"""


def kinds(scanner: Scanner, text: str, **options: bool) -> set[str]:
    return {hit.kind for hit in scanner.scan(text, **options)}


def scanner(**options: list[str]) -> Scanner:
    return Scanner(public_numbers=PUBLIC, vocabulary=VOCABULARY, **options)


def test_transcript_lines_typed_by_the_user_without_presses_and_commands():
    assert typed_lines(TRANSCRIPT) == [
        "Jag heter Kalleborg Svensson, ring 070-123 45 67 eller @kalle_secret",
        "jag vill prata med bris",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "0701234567",
        "070-123 45 67",
        "070 123 45 67",
        "+46 70 123 45 67",
        "+46701234567",
        "0046701234567",
        "08-555 123 45",
        "031-123 45 67",
        '{"note": "ring 0731234567"}',
    ],
)
def test_swedish_phone_numbers_are_found(text: str):
    assert "phone number" in kinds(scanner(), text)


@pytest.mark.parametrize(
    "text",
    ["116 111", "077-150 50 50", "020-85 20 00", "08-123 130 80", "0812313080", "+46 8 123 130 80"],
)
def test_public_service_numbers_are_allowed(text: str):
    assert kinds(scanner(), text) == set()


def test_national_number_normalizes_prefixes():
    assert national_number("+46 70-123 45 67") == "0701234567"
    assert national_number("0046701234567") == "0701234567"
    assert national_number("08-123 130 80") == "0812313080"


def test_telegram_ids_but_not_service_ids_timestamps_or_hex():
    found = scanner()
    assert kinds(found, "700123457") == {"telegram id"}
    assert kinds(found, '{"user": 5550001}') == {"telegram id"}
    assert kinds(found, '["bris-116111", "polisen-11414"]') == set()
    assert kinds(found, "2026-11-25 14:00:00.000000") == set()
    assert kinds(found, "3f2a9b1c0d4e5f60718293a4b5c6d7e8") == set()
    assert kinds(found, "0123456789abcdef0123456789abcdef") == set()
    assert kinds(found, "2026-W48") == set()
    assert kinds(found, "700123457", ids_allowed=True) == set()  # the staff tables


def test_usernames_and_email_addresses():
    found = scanner()
    assert kinds(found, "skriv till @kalle_secret") == {"username"}
    assert kinds(found, "https://t.me/kalle_secret") == {"username"}
    assert kinds(found, "kalle@example.se") == {"e-mail address"}
    assert kinds(found, "@abc") == set()  # too short to be a Telegram username


def test_typed_lines_and_their_distinctive_words():
    found = scanner(typed=typed_lines(TRANSCRIPT))
    assert kinds(found, "jag heter kalleborg svensson, ring 070-123 45 67 eller @kalle_secret") >= {
        "typed text"
    }
    assert kinds(found, '{"name": "Kalleborg"}') == {"typed text"}
    assert kinds(found, "svensson") == {"typed text"}
    assert kinds(found, "kalle_secret") == {"typed text"}
    assert kinds(found, "Jag vill prata med BRIS") == {"typed text"}  # the whole line
    # common words, and names that are the bot's own vocabulary, are not findings alone
    assert kinds(found, '["bris-116111"]') == set()
    assert kinds(found, "recruitment_pressure") == set()
    assert kinds(found, "heter ring eller") == set()


def test_known_identifiers_are_found_anywhere_even_in_staff_tables():
    found = scanner(known=["700123457", "Kalleborg", "xy"])
    assert kinds(found, "id700123457x", ids_allowed=True) == {"identifier"}
    assert kinds(found, "KALLEBORG") == {"identifier"}
    assert kinds(found, "xy") == {"identifier"}  # short values are looked for too (a note says so)
    assert kinds(found, "xylofon") == set()  # under 5 characters: as a whole token only


def test_a_numeric_identifier_is_found_only_as_a_whole_number():
    found = scanner(known=["111", "-100123", "700123457"])
    assert kinds(found, '["bris-116111"]') == set()
    assert kinds(found, "1110") == set()
    assert kinds(found, "group -1001234", ids_allowed=True) == set()
    assert kinds(found, "bris-111") == set()  # under 5 characters: a whole token only
    assert kinds(found, "id700123457x", ids_allowed=True) == {"identifier"}
    assert kinds(found, "17001234570", ids_allowed=True) == set()
    assert kinds(found, '{"chat": -100123}', ids_allowed=True) == {"identifier"}


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-01 2026-11-28",
        '{"from": "2026-11-01", "to": "2026-11-28"}',
        "2026-11-01T00:00:00.000000 2026-11-28 17:00",
        "08:00 0 2026-11-28 23:59",
        "summary 2026-11-01 00:00:00.000000 to 2026-11-28 23:59:59.999999",
    ],
)
def test_iso_dates_and_times_are_not_phone_numbers_or_ids(text: str):
    assert kinds(scanner(), text) == set()


def test_a_phone_number_or_id_beside_a_date_is_still_found():
    assert kinds(scanner(), "2026-11-01 0701234567") == {"phone number"}
    assert kinds(scanner(), "2026-11-01 700123457 09:30") == {"telegram id"}
    assert kinds(scanner(), "2026-13-01 2026-13-28") == {"phone number"}  # no month 13


def test_found_values_are_masked():
    assert Hit("phone number", "070-123 45 67").masked == "07…67"
    assert Hit("typed text", "Kalle").masked == "K…"
    assert "0701234567" not in Hit("phone number", "0701234567").masked


def test_configured_staff_are_admins_and_roles_limit_actions():
    stored = StaffMember(42, Role.VIEWER)
    assert resolve_staff(42, [], stored) == stored
    assert resolve_staff(42, [42], stored) == StaffMember(42, Role.ADMIN, configured=True)
    assert resolve_staff(7, [42], None) is None
    assert stored.may(Action.SUMMARY)
    assert not stored.may(Action.STAFF_LIST)
    admin = StaffMember(1, Role.ADMIN)
    assert admin.may(Action.SUMMARY)
    assert admin.may(Action.STAFF_LIST)
