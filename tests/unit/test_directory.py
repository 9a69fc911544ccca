"""The resource directory: the shipped file, validation errors, shown(), check, HSDS exchange."""

from __future__ import annotations

import copy
import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.core.directory import (
    EMERGENCY_CARD_IDS,
    EMERGENCY_CARD_PINS,
    Directory,
    DirectoryError,
    check_directory,
    load_directory,
    parse_directory,
    read_utf8,
    startup_problems,
)
from bot.core.emergency import ADULT_READER, YOUNG_READER
from bot.core.hsds import export_hsds, import_hsds
from bot.core.taxonomy import Topic

DATA = Path(__file__).resolve().parents[2] / "data" / "resources.json"
TODAY = date(2026, 11, 29)


def service(service_id: str = "line", **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": service_id,
        "organization_id": "org",
        "name": {"sv": "Linjen", "en": "The line"},
        "description": {"sv": "Ring oss.", "en": "Call us."},
        "status": "active",
        "audiences": ["young_person"],
        "topics": ["mental_health"],
        "phones": [{"number": "020-12 34 56", "type": "voice", "languages": ["sv"]}],
        "languages": ["sv"],
        "schedule": {"always_open": True},
        "service_area": {"scope": "national", "name": "Sverige"},
        "urgency": "urgent",
        "assured_date": "2026-11-01",
        "source_url": "https://example.org",
        "confidence": "high",
        "verified": True,
    }
    data.update(overrides)
    return data


def document(*services: dict[str, Any]) -> dict[str, Any]:
    return {
        "profile": "vagvisare-hsds-3.0/1",
        "organizations": [{"id": "org", "name": "Org"}],
        "services": list(services) or [service()],
    }


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "resources.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def shipped() -> Directory:
    return load_directory(DATA, today=TODAY)


# --- The shipped data file ----------------------------------------------------------------


def test_shipped_file_loads_with_the_required_ids(shipped: Directory) -> None:
    ids = {s.id for s in shipped.services}
    required = {
        "sos-112", "polisen-11414", "polisen-tips-web", "bris-116111", "mind-90101",
        "mind-foraldralinjen", "huddinge-socialtjanst-barn-unga", "huddinge-socialjour",
        "huddinge-oro-eservice", "avhopparsamordning", "fryshuset-passus", "1177",
        "kvinnofridslinjen", "brottsofferjouren-116006", "umo", "youmo", "maskrosbarn",
        "gangsnacket", "huddinge-ungdomsmottagning", "valj-att-sluta",
    }  # fmt: skip
    assert required <= ids


@pytest.mark.parametrize(
    ("service_id", "number"),
    [
        ("sos-112", "112"),
        ("polisen-11414", "114 14"),
        ("bris-116111", "116 111"),
        ("mind-90101", "90101"),
        ("1177", "1177"),
        ("1177-arabiska", "08-123 130 80"),
        ("kvinnofridslinjen", "020-50 50 50"),
        ("brottsofferjouren-116006", "116 006"),
        ("valj-att-sluta", "020-555 666"),
        ("nch-hedersvald", "010-223 57 60"),
        ("huddinge-socialjour", "020-70 80 03"),
    ],
)
def test_shipped_numbers_match_the_reference_file(
    shipped: Directory, service_id: str, number: str
) -> None:
    assert [p.number for p in shipped.service(service_id).phones] == [number]


def test_low_confidence_numbers_are_never_shown(shipped: Directory) -> None:
    for service_id in ("bris-vuxentelefon", "mind-foraldralinjen"):
        entry = shipped.service(service_id)
        assert not entry.verified
        assert entry.confidence == "low"
        assert entry not in shipped.shown(entry.assured_date)


def test_services_without_a_number_in_the_reference_have_only_urls(shipped: Directory) -> None:
    for service_id in (
        "polisen-tips-web",
        "fryshuset-passus",
        "umo",
        "youmo",
        "huddinge-oro-eservice",
    ):
        entry = shipped.service(service_id)
        assert entry.phones == ()
        assert entry.url is not None


def test_shipped_file_has_a_shown_24_7_line_today(shipped: Directory) -> None:
    assert any(s.is_24_7 for s in shipped.shown(TODAY))
    assert "sos-112" in {s.id for s in shipped.shown(TODAY)}


def test_names_fall_back_from_locale_to_swedish_to_english(shipped: Directory) -> None:
    entry = shipped.service("sos-112")
    assert entry.name_for("en-GB") == entry.name["en"]
    assert entry.name_for("fa") == entry.name["fa"]
    assert (
        parse_directory(document(service(name={"sv": "S", "en": "E"}))).services[0].name_for("fa")
        == "S"
    )
    assert entry.description_for("sv_SE") == entry.description["sv"]
    only_en = parse_directory(document(service(name={"sv": "S", "en": "E", "ar": "ع"}))).services[0]
    assert only_en.name_for("ar") == "ع"


# --- Validation errors name the entry and the field --------------------------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"phones": [{"number": "08-12 AB", "languages": ["sv"]}]},
            "service 'line': phones.0.number: not a Swedish",
        ),
        ({"phones": [{"number": "12", "languages": ["sv"]}]}, "service 'line': phones.0.number"),
        ({"topics": ["gangs"]}, "service 'line': topics.0: Input should be"),
        ({"audiences": ["teacher"]}, "service 'line': audiences.0"),
        (
            {"organization_id": "ghost"},
            "service 'line': organization_id: unknown organization 'ghost'",
        ),
        ({"assured_date": None}, "service 'line': assured_date"),
        ({"name": {"sv": "Bara svenska"}}, "service 'line': name: Value error, missing language"),
        (
            {"minimum_age": 18, "maximum_age": 12},
            "service 'line': minimum_age 18 is above maximum_age 12",
        ),
        ({"phones": [], "url": None}, "service 'line': a service needs at least one of phones"),
        ({"url": "http://insecure.example"}, "service 'line': url"),
        ({"surprise": 1}, "service 'line': surprise: Extra inputs"),
        (
            {"schedule": {"rules": [{"days": ["mo"], "opens_at": "17:00", "closes_at": "09:00"}]}},
            "service 'line': schedule.rules.0.closes_at: Value error, closes_at 09:00 is not after opens_at 17:00",
        ),
    ],
)
def test_broken_entry_names_entry_and_field(
    tmp_path: Path, change: dict[str, Any], expected: str
) -> None:
    broken = service(**change)
    if broken.get("assured_date") is None:
        del broken["assured_date"]
    with pytest.raises(DirectoryError) as caught:
        load_directory(write(tmp_path, document(service("other-line"), broken)), today=TODAY)
    assert expected.replace("Value error, ", "") in str(caught.value)


def test_missing_assured_date_says_field_required(tmp_path: Path) -> None:
    broken = service()
    del broken["assured_date"]
    with pytest.raises(DirectoryError, match=r"service 'line': assured_date: Field required"):
        load_directory(write(tmp_path, document(broken)), today=TODAY)


def test_entry_without_id_is_named_by_index(tmp_path: Path) -> None:
    broken = service()
    del broken["id"]
    with pytest.raises(DirectoryError, match=r"service #1: id: Field required"):
        load_directory(write(tmp_path, document(service("first"), broken)), today=TODAY)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError, match=r"service 'line': id: used 2 times"):
        load_directory(write(tmp_path, document(service(), service())), today=TODAY)


def test_every_problem_is_reported(tmp_path: Path) -> None:
    data = document(service("a", topics=["nope"]), service("b", phones=[{"number": "x"}]))
    path = write(tmp_path, data)
    with pytest.raises(DirectoryError) as caught:
        load_directory(path, today=TODAY)
    lines = str(caught.value).splitlines()
    assert any(line.startswith(f"{path}: service 'a': topics.0") for line in lines)
    assert any(line.startswith(f"{path}: service 'b': phones.0.number") for line in lines)
    assert all(line.startswith(f"{path}: ") for line in lines)  # every line names the file


def test_unreadable_and_invalid_json(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError, match="cannot read"):
        load_directory(tmp_path / "missing.json", today=TODAY)
    bad = tmp_path / "bad.json"
    bad.write_text('{"profile": ', encoding="utf-8")
    with pytest.raises(DirectoryError, match="invalid JSON at line 1"):
        load_directory(bad, today=TODAY)


def test_a_file_that_is_not_utf_8_is_named_in_one_line(tmp_path: Path) -> None:
    """Saved in Latin-1 (an old editor's default): one line naming the file, not a
    UnicodeDecodeError traceback in `resources check` and `chat`."""
    latin_1 = tmp_path / "latin-1.json"
    text = DATA.read_text(encoding="utf-8")
    latin_1.write_bytes(text.encode("latin-1", errors="replace"))
    line = text[: min(text.index(ch) for ch in "åäö")].count("\n") + 1
    assert line > 1
    with pytest.raises(DirectoryError) as caught:
        load_directory(latin_1, today=TODAY)
    assert str(caught.value) == f"{latin_1}: not UTF-8 text at line {line}; save the file as UTF-8"


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_the_line_that_is_not_utf_8_is_counted_after_a_byte_order_mark(
    tmp_path: Path, bom: bytes
) -> None:
    path = tmp_path / "mixed.json"
    path.write_bytes(bom + '{\n"a": "ö",\n"b": "'.encode() + "ö".encode("latin-1") + b'"\n}')
    with pytest.raises(DirectoryError) as caught:
        read_utf8(path)
    assert str(caught.value) == "not UTF-8 text at line 3; save the file as UTF-8"


def test_a_utf_8_file_with_a_byte_order_mark_is_read(tmp_path: Path, shipped: Directory) -> None:
    """As Windows editors save UTF-8: the byte order mark is not part of the JSON."""
    with_bom = tmp_path / "bom.json"
    with_bom.write_bytes(b"\xef\xbb\xbf" + DATA.read_bytes())
    assert load_directory(with_bom, today=TODAY) == shipped


@pytest.mark.parametrize("depth", [200_000, 5_000])
def test_json_nested_too_deeply_is_named_in_one_line(tmp_path: Path, depth: int) -> None:
    """Deeper than Python's json can read (RecursionError): one line naming the file."""
    deep = tmp_path / "deep.json"
    deep.write_text("[" * depth + "]" * depth, encoding="utf-8")
    with pytest.raises(DirectoryError) as caught:
        load_directory(deep, today=TODAY)
    assert str(caught.value) == f"{deep}: invalid JSON: nested too deeply"


def test_a_directory_without_a_shown_24_7_line_is_refused(tmp_path: Path) -> None:
    office = service(
        schedule={"rules": [{"days": ["mo"], "opens_at": "09:00", "closes_at": "12:00"}]}
    )
    with pytest.raises(DirectoryError, match="no shown service is open 24/7"):
        load_directory(write(tmp_path, document(office)), today=TODAY)
    stale = service(assured_date="2020-01-01")
    with pytest.raises(DirectoryError, match="no shown service is open 24/7"):
        load_directory(write(tmp_path, document(stale)), today=TODAY)


# --- The emergency card's services must be shown -----------------------------------------

# Each way an entry is hidden from users (Directory.shown), as a change to the shipped entry,
# and the reason the refusal gives.
HIDDEN = {
    "unverified": ({"verified": False}, "not verified"),
    "stale": ({"assured_date": "2025-11-28"}, "assured_date 2025-11-28 is older than 365 days"),
    "inactive": ({"status": "temporarily closed"}, "status is 'temporarily closed'"),
}


def shipped_with(service_id: str, change: dict[str, Any] | None) -> dict[str, Any]:
    """The shipped file with ``change`` applied to ``service_id`` (``None``: removed)."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    entries = data["services"]
    entry = next(s for s in entries if s["id"] == service_id)
    if change is None:
        entries.remove(entry)
    else:
        entry.update(change)
    return data


def test_the_card_ids_are_every_service_the_emergency_card_can_show() -> None:
    assert set(EMERGENCY_CARD_IDS) == set(YOUNG_READER) | set(ADULT_READER)
    assert len(EMERGENCY_CARD_IDS) == len(set(EMERGENCY_CARD_IDS)) == 4


def test_the_shipped_file_shows_every_line_of_the_card(shipped: Directory) -> None:
    assert startup_problems(shipped, TODAY) == []
    shown = {s.id for s in shipped.shown(TODAY)}
    assert set(EMERGENCY_CARD_IDS) <= shown


@pytest.mark.parametrize("service_id", EMERGENCY_CARD_IDS)
@pytest.mark.parametrize("how", sorted(HIDDEN))
def test_a_hidden_line_of_the_card_stops_start_up(
    tmp_path: Path, service_id: str, how: str
) -> None:
    change, reason = HIDDEN[how]
    path = write(tmp_path, shipped_with(service_id, change))
    with pytest.raises(DirectoryError) as caught:
        load_directory(path, today=TODAY)
    # one line, naming the entry and why, with the rule's section in the docs
    assert str(caught.value).splitlines() == [
        f"{path}: service {service_id!r}: on the emergency card but hidden: {reason} "
        "(docs/resources.md, 'Which entries are shown')"
    ]
    blocking = [f for f in check_directory(read(path), TODAY) if f.blocking]
    assert [(f.service_id, f.kind) for f in blocking] == [(service_id, "emergency_card")]


def test_a_line_of_the_card_missing_from_the_file_stops_start_up(tmp_path: Path) -> None:
    path = write(tmp_path, shipped_with("polisen-11414", None))
    with pytest.raises(DirectoryError, match=r"service 'polisen-11414': .* not in the file"):
        load_directory(path, today=TODAY)


def test_every_hidden_line_of_the_card_is_named(tmp_path: Path) -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    for entry in data["services"]:
        entry["verified"] = False
    problems = startup_problems(parse_directory(data), TODAY)
    assert [line.split(":")[0] for line in problems] == [
        *(f"service {sid!r}" for sid in EMERGENCY_CARD_IDS),
        "no shown service is open 24/7 on 2026-11-29 (docs/resources.md, 'Which entries are shown')",
    ]


def read(path: Path) -> Directory:
    return parse_directory(json.loads(path.read_text(encoding="utf-8")))


# --- The emergency card's numbers and hours are pinned --------------------------------------

PIN_RULE = "(docs/resources.md, 'Numbers on the emergency card')"
VOICE = {"type": "voice", "languages": ["sv"]}


def test_the_pins_are_the_reference_numbers_for_every_card_service() -> None:
    # shared/reference/sweden-resources-and-law.md l.12, l.19, l.21, l.13
    assert {sid: pin.voice for sid, pin in EMERGENCY_CARD_PINS.items()} == {
        "sos-112": "112",
        "bris-116111": "116111",
        "mind-90101": "90101",
        "polisen-11414": "11414",
    }
    assert all(pin.always_open for pin in EMERGENCY_CARD_PINS.values())
    assert tuple(EMERGENCY_CARD_PINS) == EMERGENCY_CARD_IDS


def test_the_shipped_file_keeps_every_pin(shipped: Directory) -> None:
    for service_id, pin in EMERGENCY_CARD_PINS.items():
        card_service = shipped.service(service_id)
        voice = [p.number.replace(" ", "") for p in card_service.phones if p.type == "voice"]
        assert pin.voice in voice, service_id
        assert [p.number for p in card_service.phones] == [pin.written], service_id
        assert card_service.schedule.always_open, service_id
    assert not [f for f in check_directory(shipped, TODAY) if f.blocking]


WRONG_NUMBER: dict[str, tuple[str, dict[str, Any], str]] = {
    # what the tester did: 112's phone changed to 113 in the HSDS export
    "changed": (
        "sos-112",
        {"phones": [{"number": "113", **VOICE}]},
        "on the emergency card as 112, but its voice phones are 113",
    ),
    # the card then shows only 112's web link, labelled "Website"
    "removed": (
        "sos-112",
        {"phones": []},
        "on the emergency card as 112, but it has no voice phone",
    ),
    # SMS 112 works only for users registered in advance (reference l.12): not the card's number
    "text only": (
        "sos-112",
        {"phones": [{"number": "112", "type": "text"}]},
        "on the emergency card as 112, but it has no voice phone",
    ),
    "digits added": (
        "bris-116111",
        {"phones": [{"number": "116 1110", **VOICE}]},
        "on the emergency card as 116111, but its voice phones are 116 1110",
    ),
    "another line": (
        "mind-90101",
        {"phones": [{"number": "020-85 20 00", **VOICE}]},
        "on the emergency card as 90101, but its voice phones are 020-85 20 00",
    ),
    "police": (
        "polisen-11414",
        {"phones": [{"number": "114 15", **VOICE}]},
        "on the emergency card as 11414, but its voice phones are 114 15",
    ),
}


@pytest.mark.parametrize("case", sorted(WRONG_NUMBER))
def test_a_card_service_without_its_pinned_number_stops_start_up(tmp_path: Path, case: str) -> None:
    service_id, change, reason = WRONG_NUMBER[case]
    path = write(tmp_path, shipped_with(service_id, change))
    with pytest.raises(DirectoryError) as caught:
        load_directory(path, today=TODAY)
    assert str(caught.value).splitlines() == [
        f"{path}: service {service_id!r}: {reason} {PIN_RULE}"
    ]
    blocking = [f for f in check_directory(read(path), TODAY) if f.blocking]
    assert [(f.service_id, f.kind) for f in blocking] == [(service_id, "card_number")]


@pytest.mark.parametrize("written", ["116-111", "116111", "1 1 6 1 1 1", "11 6111"])
def test_a_pinned_number_written_differently_is_refused(tmp_path: Path, written: str) -> None:
    # the card shows the file's text: "116-111" would not read as the card promises
    path = write(tmp_path, shipped_with("bris-116111", {"phones": [{"number": written, **VOICE}]}))
    with pytest.raises(DirectoryError) as refused:
        load_directory(path, today=TODAY)
    assert str(refused.value).splitlines() == [
        f"{path}: service 'bris-116111': phones.0.number: on the emergency card as 116 111, but "
        f"it is written {written!r}; write it exactly '116 111' {PIN_RULE}"
    ]


# The card shows every phone of a service, in file order (handlers/cards.py), so a card
# service has its pinned voice number and no other phone; the shipped file has none.
EXTRA_PHONE: dict[str, tuple[str, list[dict[str, Any]], str]] = {
    # what the tester did: the card showed ☎️ 0701234567 above ☎️ 112
    "a mobile before 112": (
        "sos-112",
        [{"number": "0701234567", **VOICE}, {"number": "112", **VOICE}],
        "the voice phone 0701234567",
    ),
    "a second line after 90101": (
        "mind-90101",
        [{"number": "90101", **VOICE}, {"number": "020-85 20 00", **VOICE}],
        "the voice phone 020-85 20 00",
    ),
    "the pinned number twice": (
        "bris-116111",
        [{"number": "116 111", **VOICE}, {"number": "116-111", **VOICE}],
        "the voice phone 116-111",
    ),
    # SMS 112 works only for users registered in advance (reference l.12)
    "an SMS line and a fax": (
        "sos-112",
        [
            {"number": "112", **VOICE},
            {"number": "112", "type": "text"},
            {"number": "114 14", "type": "fax"},
        ],
        "the text phone 112, the fax phone 114 14",
    ),
}


@pytest.mark.parametrize("case", sorted(EXTRA_PHONE))
def test_a_card_service_with_another_phone_stops_start_up(tmp_path: Path, case: str) -> None:
    service_id, phones, extra = EXTRA_PHONE[case]
    path = write(tmp_path, shipped_with(service_id, {"phones": phones}))
    pin = EMERGENCY_CARD_PINS[service_id].voice
    with pytest.raises(DirectoryError) as caught:
        load_directory(path, today=TODAY)
    assert str(caught.value).splitlines() == [
        f"{path}: service {service_id!r}: on the emergency card as {pin} alone, but it also has "
        f"{extra} {PIN_RULE}"
    ]
    blocking = [f for f in check_directory(read(path), TODAY) if f.blocking]
    assert [(f.service_id, f.kind) for f in blocking] == [(service_id, "card_number")]


NOT_24_7: dict[str, tuple[dict[str, Any], str]] = {
    # what the tester did: Polisen's schedule removed (hours unknown)
    "schedule removed": ({"schedule": {}}, "its schedule is not always_open"),
    "office hours": (
        {
            "schedule": {
                "rules": [{"days": ["mo", "fr"], "opens_at": "09:00", "closes_at": "17:00"}]
            }
        },
        "its schedule is not always_open",
    ),
    "closed on holidays": (
        {"schedule": {"always_open": True, "closed_on_public_holidays": True}},
        "its schedule closes on public holidays",
    ),
}


@pytest.mark.parametrize("service_id", EMERGENCY_CARD_IDS)
@pytest.mark.parametrize("how", sorted(NOT_24_7))
def test_a_card_service_that_is_not_24_7_stops_start_up(
    tmp_path: Path, service_id: str, how: str
) -> None:
    change, why = NOT_24_7[how]
    path = write(tmp_path, shipped_with(service_id, change))
    with pytest.raises(DirectoryError) as caught:
        load_directory(path, today=TODAY)
    assert str(caught.value).splitlines() == [
        f"{path}: service {service_id!r}: on the emergency card as open 24/7, but {why} {PIN_RULE}"
    ]
    blocking = [f for f in check_directory(read(path), TODAY) if f.blocking]
    assert [(f.service_id, f.kind) for f in blocking] == [(service_id, "card_hours")]


def test_a_card_service_with_a_wrong_number_and_hours_gets_two_lines() -> None:
    data = shipped_with("polisen-11414", {"phones": [{"number": "113", **VOICE}], "schedule": {}})
    assert startup_problems(parse_directory(data), TODAY) == [
        f"service 'polisen-11414': on the emergency card as 11414, but its voice phones are 113 "
        f"{PIN_RULE}",
        f"service 'polisen-11414': on the emergency card as open 24/7, but its schedule is not "
        f"always_open {PIN_RULE}",
    ]


def test_the_pins_do_not_apply_to_other_services(tmp_path: Path) -> None:
    data = shipped_with("1177", {"phones": [{"number": "113", **VOICE}], "schedule": {}})
    assert startup_problems(parse_directory(data), TODAY) == []
    phones = [{"number": "0701234567", **VOICE}, {"number": "1177", **VOICE}]
    assert startup_problems(parse_directory(shipped_with("1177", {"phones": phones})), TODAY) == []


# --- assured_date cannot be in the future ------------------------------------------------


@pytest.mark.parametrize("service_id", ["sos-112", "1177", "huddinge-socialjour"])
def test_an_assured_date_after_today_stops_start_up(tmp_path: Path, service_id: str) -> None:
    # any service, shown or not: 2099-01-01 would never go stale
    path = write(tmp_path, shipped_with(service_id, {"assured_date": "2099-01-01"}))
    with pytest.raises(DirectoryError) as caught:
        load_directory(path, today=TODAY)
    assert str(caught.value).splitlines() == [
        f"{path}: service {service_id!r}: assured_date 2099-01-01 is after today (2026-11-29) "
        "(docs/resources.md, 'Which entries are shown')"
    ]
    blocking = [f for f in check_directory(read(path), TODAY) if f.blocking]
    assert [(f.service_id, f.kind) for f in blocking] == [(service_id, "future_date")]


def test_assured_today_is_accepted_and_tomorrow_is_not() -> None:
    today = parse_directory(shipped_with("1177", {"assured_date": "2026-11-29"}))
    assert startup_problems(today, TODAY) == []
    tomorrow = parse_directory(shipped_with("1177", {"assured_date": "2026-11-30"}))
    assert startup_problems(tomorrow, TODAY) == [
        "service '1177': assured_date 2026-11-30 is after today (2026-11-29) "
        "(docs/resources.md, 'Which entries are shown')"
    ]
    # the date is the caller's (Europe/Stockholm), not the machine's
    assert startup_problems(tomorrow, date(2026, 11, 30)) == []


# --- shown() and check_directory() ------------------------------------------------------


def test_shown_hides_unverified_stale_and_inactive() -> None:
    directory = parse_directory(
        document(
            service("fresh"),
            service("unverified", verified=False),
            service("limit", assured_date="2025-11-29"),  # exactly 365 days: still fresh
            service("stale", assured_date="2025-11-28"),  # 366 days
            service("closed-down", status="defunct"),
        )
    )
    assert [s.id for s in directory.shown(TODAY)] == ["fresh", "limit"]
    assert [s.id for s in directory.shown(TODAY, max_age_days=30)] == ["fresh"]


def test_check_lists_hidden_entries_with_reasons() -> None:
    directory = parse_directory(
        document(
            service("ok"),
            service("unverified", verified=False, confidence="low"),
            service("stale", assured_date="2024-11-29"),
            service("closed-down", status="inactive"),
        )
    )
    findings = {
        (f.service_id, f.kind): f.reason
        for f in check_directory(directory, TODAY)
        if f.kind != "emergency_card"  # none of the card's lines is in this file: see below
    }
    assert set(findings) == {
        ("unverified", "unverified"),
        ("stale", "stale"),
        ("closed-down", "inactive"),
    }
    assert "confidence low" in findings["unverified", "unverified"]
    assert "730 days old (limit 365)" in findings["stale", "stale"]


def test_check_reports_missing_24_7_line() -> None:
    directory = parse_directory(document(service(verified=False)))
    kinds = [f.kind for f in check_directory(directory, TODAY)]
    assert kinds == ["unverified", *["emergency_card"] * len(EMERGENCY_CARD_IDS), "no_24_7"]


def test_check_of_shipped_file_lists_the_unverified_lines(shipped: Directory) -> None:
    unverified = {f.service_id for f in check_directory(shipped, TODAY) if f.kind == "unverified"}
    assert unverified == {"bris-vuxentelefon", "mind-foraldralinjen", "huddinge-socialjour"}


# --- HSDS 3.0 export / import -------------------------------------------------------------


def test_export_import_round_trips_the_shipped_file(shipped: Directory) -> None:
    exported = export_hsds(shipped)
    assert import_hsds(exported) == shipped
    assert import_hsds(json.loads(json.dumps(exported))) == shipped  # survives JSON


def test_export_round_trips_eve_hours_and_notes() -> None:
    special = service(
        "special",
        schedule={
            "rules": [{"days": ["mo", "fr"], "opens_at": "09:00", "closes_at": "17:00"}],
            "closed_on_public_holidays": True,
            "holiday_eve_hours": {"opens_at": "09:00", "closes_at": "13:00"},
        },
        hours_note={"sv": "Vardagar", "en": "Weekdays"},
        phones=[
            {
                "number": "112",
                "description": {"sv": "Säg tips", "en": "Say tips"},
                "languages": ["sv"],
            }
        ],
        minimum_age=12,
        maximum_age=22,
        free=True,
        interpretation=True,
    )
    directory = parse_directory(document(service(), special))
    assert import_hsds(export_hsds(directory)) == directory


def test_export_is_hsds_shaped(shipped: Directory) -> None:
    exported = export_hsds(shipped)
    assert set(exported) == {"profile", "organizations", "services", "taxonomies", "taxonomy_terms"}
    row = next(s for s in exported["services"] if s["x_vagvisare"]["id"] == "1177-somaliska")
    uuid.UUID(row["id"])
    assert row["schedules"] == [
        {
            "id": row["schedules"][0]["id"],
            "service_id": row["id"],
            "freq": "WEEKLY",
            "byday": "MO,TU,WE,TH,FR",
            "opens_at": "08:00",
            "closes_at": "17:00",
            "x_timezone": "Europe/Stockholm",
        }
    ]
    assert row["phones"][0]["number"] == "08-123 130 90"
    assert [lang["code"] for lang in row["languages"]] == ["so"]
    assert row["service_areas"][0]["name"] == "Stockholm"
    codes = {t["code"] for t in exported["taxonomy_terms"]}
    assert {topic.value for topic in Topic} <= codes
    term_ids = {t["id"] for t in exported["taxonomy_terms"]}
    assert all(
        a["taxonomy_term_id"] in term_ids for s in exported["services"] for a in s["attributes"]
    )


def test_import_of_something_else_raises() -> None:
    with pytest.raises(DirectoryError, match="not a vagvisare"):
        import_hsds({"services": []})


def test_import_validates_content(shipped: Directory) -> None:
    exported = copy.deepcopy(export_hsds(shipped))
    exported["services"][0]["phones"][0]["number"] = "call us"
    with pytest.raises(DirectoryError, match=r"service 'sos-112': phones.0.number"):
        import_hsds(exported)


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ({"profile": "x"}, "no field 'taxonomies'"),
        ({"taxonomies": 5, "organizations": [], "services": []}, "a field has the wrong shape"),
    ],
)
def test_an_import_names_what_is_wrong_in_plain_words(
    document: dict[str, object], reason: str
) -> None:
    from bot.core.hsds import import_hsds

    with pytest.raises(DirectoryError) as raised:
        import_hsds(document)
    assert str(raised.value) == f"not a vagvisare-hsds-3.0/1 HSDS document: {reason}"


def test_an_import_refuses_a_24_7_row_limited_to_some_days_or_hours(shipped: Directory) -> None:
    # what the tester did: Mind 90101's 24/7 row set to byday MO,TU,WE,TH,FR (still
    # x_always_open); the card kept saying 24/7. Any service, not only the card's.
    exported = copy.deepcopy(export_hsds(shipped))
    rows = {s["x_vagvisare"]["id"]: s["schedules"] for s in exported["services"]}
    rows["mind-90101"][0]["byday"] = "MO,TU,WE,TH,FR"
    rows["umo"][0]["closes_at"] = "17:00"
    with pytest.raises(DirectoryError) as raised:
        import_hsds(exported)
    rule = "(docs/resources.md, 'HSDS 3.0 export')"
    assert str(raised.value).splitlines() == [
        "service 'mind-90101': schedules: a row with x_always_open must be byday "
        f"MO,TU,WE,TH,FR,SA,SU 00:00–23:59, but it is byday MO,TU,WE,TH,FR 00:00–23:59 {rule}",
        "service 'umo': schedules: a row with x_always_open must be byday "
        f"MO,TU,WE,TH,FR,SA,SU 00:00–23:59, but it is byday MO,TU,WE,TH,FR,SA,SU 00:00–17:00 "
        f"{rule}",
    ]


def test_an_import_reads_the_same_hours_without_x_always_open_as_weekly_hours(
    shipped: Directory,
) -> None:
    # plain HSDS: without our marker the row is ordinary opening hours, not 24/7
    exported = copy.deepcopy(export_hsds(shipped))
    row = next(s for s in exported["services"] if s["x_vagvisare"]["id"] == "umo")
    del row["schedules"][0]["x_always_open"]
    row["schedules"][0]["byday"] = "MO,TU,WE,TH,FR"
    schedule = import_hsds(exported).service("umo").schedule
    assert not schedule.always_open
    assert [(r.days, r.opens_at, r.closes_at) for r in schedule.rules] == [
        (("mo", "tu", "we", "th", "fr"), "00:00", "23:59")
    ]
