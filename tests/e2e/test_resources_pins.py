"""A wrong number cannot reach the emergency card: what a fresh-clone tester did, in process.

``resources export`` → edit the HSDS JSON (112's phone changed to 113, 112's phones removed,
a mobile number added above 112, an ``assured_date`` in 2099, Polisen 114 14's schedule
removed, Mind 90101's 24/7 row limited to weekdays) → ``resources import`` is refused (exit
code 2, nothing written); ``resources check`` and start-up refuse the same file
(docs/resources.md, "Numbers on the emergency card"). In process through ``bot.cli.main``,
what ``python -m bot`` calls.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.core.directory import read_directory
from tests.e2e.resources_cli import SHIPPED, TODAY, resources_env, run, shipped, use_file

PIN_RULE = "(docs/resources.md, 'Numbers on the emergency card')"
SHOWN_RULE = "(docs/resources.md, 'Which entries are shown')"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    return resources_env(tmp_path, monkeypatch)


def hsds_service(document: dict[str, Any], service_id: str) -> dict[str, Any]:
    """The HSDS service row of the Vägvisare id ``service_id`` (kept in ``x_vagvisare``)."""
    return next(s for s in document["services"] if s["x_vagvisare"]["id"] == service_id)


def phone_113(document: dict[str, Any]) -> None:
    hsds_service(document, "sos-112")["phones"][0]["number"] = "113"


def no_phones(document: dict[str, Any]) -> None:
    hsds_service(document, "sos-112")["phones"] = []


def mobile_before_112(document: dict[str, Any]) -> None:
    phones = hsds_service(document, "sos-112")["phones"]
    phones.insert(0, dict(phones[0], id="a-new-phone", number="0701234567"))


def assured_2099(document: dict[str, Any]) -> None:
    hsds_service(document, "sos-112")["assured_date"] = "2099-01-01"


def no_schedule(document: dict[str, Any]) -> None:
    hsds_service(document, "polisen-11414")["schedules"] = []


EDITS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "112 changed to 113": (
        phone_113,
        f"service 'sos-112': on the emergency card as 112, but its voice phones are 113 {PIN_RULE}",
    ),
    "112 without phones": (
        no_phones,
        f"service 'sos-112': on the emergency card as 112, but it has no voice phone {PIN_RULE}",
    ),
    "a mobile before 112": (
        mobile_before_112,
        f"service 'sos-112': on the emergency card as 112 alone, but it also has the voice phone "
        f"0701234567 {PIN_RULE}",
    ),
    "assured in 2099": (
        assured_2099,
        f"service 'sos-112': assured_date 2099-01-01 is after today (2026-11-29) {SHOWN_RULE}",
    ),
    "114 14 without hours": (
        no_schedule,
        "service 'polisen-11414': on the emergency card as open 24/7, but its schedule is not "
        f"always_open {PIN_RULE}",
    ),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_import_refuses_an_export_edited_away_from_the_card(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, edit: str
) -> None:
    change, line = EDITS[edit]
    exported = tmp_path / "hsds.json"
    assert run(["resources", "export", "--format", "hsds", "--out", str(exported)], capsys)[0] == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    change(document)
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    installed = tmp_path / "installed.json"
    code, out, err = run(["resources", "import", str(exported), "--out", str(installed)], capsys)
    assert code == 2
    assert out == ""
    assert err.splitlines() == [f"error: {exported}: {line}"]
    assert not installed.exists()


def test_import_refuses_24_7_hours_limited_to_weekdays(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # what the tester did: Mind 90101's 24/7 row set to weekdays, x_always_open left as it was
    exported = tmp_path / "hsds.json"
    assert run(["resources", "export", "--format", "hsds", "--out", str(exported)], capsys)[0] == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    (row,) = [r for r in hsds_service(document, "mind-90101")["schedules"] if "byday" in r]
    assert row["x_always_open"] is True
    row["byday"] = "MO,TU,WE,TH,FR"
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    installed = tmp_path / "installed.json"
    code, out, err = run(["resources", "import", str(exported), "--out", str(installed)], capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"error: {exported}: service 'mind-90101': schedules: a row with x_always_open must be "
        "byday MO,TU,WE,TH,FR,SA,SU 00:00–23:59, but it is byday MO,TU,WE,TH,FR 00:00–23:59 "
        "(docs/resources.md, 'HSDS 3.0 export')"
    ]
    assert not installed.exists()


def test_the_unedited_export_is_imported(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # the control: the same path with no edit installs the file
    exported = tmp_path / "hsds.json"
    assert run(["resources", "export", "--out", str(exported)], capsys)[0] == 0
    installed = tmp_path / "installed.json"
    code, out, err = run(["resources", "import", str(exported), "--out", str(installed)], capsys)
    assert (code, err) == (0, "")
    assert out.startswith("wrote ")
    assert read_directory(installed) == read_directory(SHIPPED)


def test_check_and_start_up_refuse_113_for_112(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = shipped()
    sos = next(s for s in data["services"] if s["id"] == "sos-112")
    sos["phones"][0]["number"] = "113"
    path = use_file(env, tmp_path, data)
    reason = f"on the emergency card as 112, but its voice phones are 113 {PIN_RULE}"
    code, out, _err = run(["resources", "check", "--today", TODAY.isoformat()], capsys)
    assert code == 1
    blocking = [line.split(None, 2)[1:] for line in out.splitlines() if "emergency card" in line]
    assert blocking == [["sos-112", reason]]
    assert f"card_number     sos-112{' ' * 29}{reason}" in out.splitlines()
    code, out, err = run(["chat"], capsys)  # every mode loads the file the same way
    assert code == 2
    assert f"error: {path}: service 'sos-112': {reason}" in err.splitlines()


@pytest.mark.parametrize("written", ["1 1 2", "11 2", "1-12"])
def test_import_refuses_112_written_other_than_112(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, written: str
) -> None:
    # what the tester did: 112 written "1 1 2" was imported and the card showed "☎️ 1 1 2"
    exported = tmp_path / "hsds.json"
    assert run(["resources", "export", "--format", "hsds", "--out", str(exported)], capsys)[0] == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    hsds_service(document, "sos-112")["phones"][0]["number"] = written
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    installed = tmp_path / "installed.json"
    code, out, err = run(["resources", "import", str(exported), "--out", str(installed)], capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"error: {exported}: service 'sos-112': phones.0.number: on the emergency card as 112, "
        f"but it is written {written!r}; write it exactly '112' {PIN_RULE}"
    ]
    assert not installed.exists()


def test_check_and_start_up_refuse_116_111_written_without_its_space(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = shipped()
    bris = next(s for s in data["services"] if s["id"] == "bris-116111")
    assert bris["phones"][0]["number"] == "116 111"  # the pinned form, as the card shows it
    bris["phones"][0]["number"] = "116111"
    path = use_file(env, tmp_path, data)
    reason = (
        "phones.0.number: on the emergency card as 116 111, but it is written '116111'; "
        f"write it exactly '116 111' {PIN_RULE}"
    )
    code, out, _err = run(["resources", "check", "--today", TODAY.isoformat()], capsys)
    assert code == 1
    assert f"card_number     bris-116111{' ' * 25}{reason}" in out.splitlines()
    code, out, err = run(["chat"], capsys)  # every mode loads the file the same way
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"error: {path}: service 'bris-116111': {reason}"]
