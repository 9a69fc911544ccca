"""Resource-file errors an operator can act on: each names the service, the field as the file
writes it and what to write instead.

What a municipal IT person did: put the file ``resources export`` wrote straight into
``RESOURCES_FILE`` (648 lines of errors); wrote ``assured_date`` as the number ``20261101``
(pydantic's "Datetimes provided to dates should have zero time"); gave ``phones`` as one
string or ``services: null`` ("a field has the wrong shape", naming nothing); broke a
schedule and got the profile's or pydantic's names (``schedule.rules.0``, "instance of
Hours") instead of the file's keys. In process through ``bot.cli.main``, what ``python -m
bot`` calls; every refusal is exit code 2 and nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.resources_cli import TODAY, resources_env, run, shipped, use_file


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    return resources_env(tmp_path, monkeypatch)


def export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, dict[str, Any]]:
    exported = tmp_path / "hsds.json"
    assert run(["resources", "export", "--out", str(exported)], capsys)[0] == 0
    return exported, json.loads(exported.read_text(encoding="utf-8"))


def row(document: dict[str, Any], slug: str) -> dict[str, Any]:
    """The HSDS service row of the Vägvisare id ``slug`` (kept in ``x_vagvisare.id``)."""
    return next(s for s in document["services"] if s["x_vagvisare"]["id"] == slug)


# 1. An export used as RESOURCES_FILE


def test_an_export_used_as_the_resource_file_is_one_line_naming_resources_import(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    exported, _document = export(tmp_path, capsys)
    env.setenv("RESOURCES_FILE", str(exported))
    line = (
        f"{exported}: this is an HSDS export (what `resources export` writes), not a "
        f"resource file; install it with `python -m bot resources import {exported}`"
    )
    code, out, err = run(["chat"], capsys)  # start-up: every mode loads the file so
    assert (code, out, err.splitlines()) == (2, "", [f"error: {line}"])
    code, out, err = run(["resources", "check", "--today", TODAY.isoformat()], capsys)
    assert (code, out.splitlines(), err) == (1, [f"invalid: {line}"], "")

    # the advice works: import installs it over itself, and the file then passes
    code, out, err = run(["resources", "import", str(exported)], capsys)
    assert (code, err, out) == (0, "", f"wrote 32 services to {exported}\n")
    code, out, err = run(["resources", "check", "--today", TODAY.isoformat()], capsys)
    assert (code, err) == (0, ""), out


def test_a_resource_file_with_a_stray_taxonomies_key_is_not_called_an_export(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Only the export's shape (both ``taxonomies`` and ``taxonomy_terms`` lists) is named
    an export; an ordinary broken file keeps its ordinary line."""
    data = shipped()
    data["taxonomies"] = []
    path = use_file(env, tmp_path, data)
    code, out, _err = run(["resources", "check", "--today", TODAY.isoformat()], capsys)
    assert (code, out.splitlines()) == (
        1,
        [f"invalid: {path}: taxonomies: Extra inputs are not permitted"],
    )


# 2-4. resources import of a hand-broken export


def _set(slug: str, field: str, value: object) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        row(document, slug)[field] = value

    return edit


def _services_null(document: dict[str, Any]) -> None:
    document["services"] = None


def _phones_without_id(document: dict[str, Any]) -> None:
    service = row(document, "bris-116111")
    del service["x_vagvisare"]["id"]
    service["phones"] = "116 111"


def _schedule_row(slug: str, field: str, value: object) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        row(document, slug)["schedules"][0][field] = value

    return edit


def _holiday_eve_hours(value: object) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        row(document, "1177-arabiska")["x_vagvisare"]["schedule"]["holiday_eve_hours"] = value

    return edit


DATE = "must be a date written YYYY-MM-DD (e.g. 2026-11-01)"
DAYS = "must be days from MO,TU,WE,TH,FR,SA,SU, each once, separated by commas"


@pytest.mark.parametrize(
    ("edit", "lines"),
    [
        # 2. assured_date as a number
        (
            _set("bris-116111", "assured_date", 20261101),
            [f"service 'bris-116111': assured_date: {DATE}, not 20261101"],
        ),
        (
            _set("bris-116111", "assured_date", 1.5),
            [f"service 'bris-116111': assured_date: {DATE}, not 1.5"],
        ),
        # 3. a list given as something else
        (
            _set("bris-116111", "phones", "116 111"),
            ["service 'bris-116111': phones: must be a list of phone objects, not \"116 111\""],
        ),
        (
            _phones_without_id,
            ['service #6: phones: must be a list of phone objects, not "116 111"'],
        ),
        (_services_null, ["services: must be a list of service objects, not null"]),
        # 4. schedule errors with the HSDS file's keys
        (
            _schedule_row("1177-arabiska", "opens_at", "8"),
            [
                "service '1177-arabiska': schedules.0.opens_at: must be a time HH:MM "
                '(00:00-23:59), not "8"'
            ],
        ),
        (
            _schedule_row("1177-arabiska", "byday", "MO,XX,XX"),
            [f"service '1177-arabiska': schedules.0.byday: {DAYS}, not \"MO,XX,XX\""],
        ),
        (
            _holiday_eve_hours("13:00"),
            [
                "service '1177-arabiska': x_vagvisare.schedule.holiday_eve_hours: must be an "
                'object with the keys opens_at, closes_at, not "13:00"'
            ],
        ),
    ],
    ids=[
        "date_as_number",
        "date_as_fraction",
        "phones_as_text",
        "phones_as_text_no_id",
        "services_null",
        "schedule_opens_at",
        "schedule_byday",
        "schedule_holiday_eve_hours",
    ],
)
def test_import_names_the_service_and_the_files_own_field(
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    edit: Callable[[dict[str, Any]], None],
    lines: list[str],
) -> None:
    exported, document = export(tmp_path, capsys)
    installed = tmp_path / "installed.json"
    # the unbroken export installs
    code, out, err = run(["resources", "import", str(exported), "--out", str(installed)], capsys)
    assert (code, err) == (0, ""), err
    installed.unlink()

    edit(document)
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(["resources", "import", str(exported), "--out", str(installed)], capsys)
    expected = [f"{exported}: {line}" for line in lines]
    expected[0] = f"error: {expected[0]}"
    assert (code, out, err.splitlines()) == (2, "", expected)
    assert not installed.exists()


def test_the_shipped_export_has_the_rows_these_tests_break(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``service #6`` (counted from 0) is Bris, and 1177 på arabiska has a weekly row first: the lines above
    name what they say."""
    _exported, document = export(tmp_path, capsys)
    assert document["services"][6]["x_vagvisare"]["id"] == "bris-116111"
    first = row(document, "1177-arabiska")["schedules"][0]
    assert (first["freq"], first.get("x_always_open")) == ("WEEKLY", None)


# 2 and 4 in the resource file itself (start-up and check)


def _profile(slug: str, field: str, value: object) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        next(s for s in data["services"] if s["id"] == slug)[field] = value

    return edit


def _rules(value: object) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        service = next(s for s in data["services"] if s["id"] == "1177-arabiska")
        service["schedule"]["rules"] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "line"),
    [
        (
            _profile("umo", "assured_date", 20261101),
            f"service 'umo': assured_date: {DATE}, not 20261101",
        ),
        (
            _profile("umo", "schedule", "24/7"),
            "service 'umo': schedule: must be an object with the keys timezone, always_open, "
            'rules, closed_on_public_holidays, holiday_eve_hours, not "24/7"',
        ),
        (
            _rules("mo-fr 8-17"),
            "service '1177-arabiska': schedule.rules: must be a list, not \"mo-fr 8-17\"",
        ),
    ],
    ids=["date_as_number", "schedule_as_text", "rules_as_text"],
)
def test_start_up_names_the_field_in_the_files_words(
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    edit: Callable[[dict[str, Any]], None],
    line: str,
) -> None:
    data = shipped()
    edit(data)
    path = use_file(env, tmp_path, data)
    code, out, err = run(["chat"], capsys)
    assert (code, out, err.splitlines()) == (2, "", [f"error: {path}: {line}"])
    code, out, _err = run(["resources", "check", "--today", TODAY.isoformat()], capsys)
    assert (code, out.splitlines()) == (1, [f"invalid: {path}: {line}"])
