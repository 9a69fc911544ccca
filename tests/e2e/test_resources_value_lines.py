"""Values a person typed wrong in a resource file, each refused in one line that names the
service, the field and the value, the same way in ``resources check``, at start-up and in
``resources import``.

What a fresh-clone tester met: a topic typo gave a second line "List should have at least 1
item" after the real one; a truncated file was "invalid JSON at line 158: Unterminated
string starting at" (starting where?); ``opens_at "25:00"`` was "String should match
pattern '^([01]\\d|2[0-3]):[0-5]\\d$'"; ``minimum_age "12"`` was quietly read as 12 while
``number: 112`` was refused. In process through ``bot.cli.main``, what ``python -m bot``
calls.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.resources_cli import TODAY, resources_env, run, shipped, use_file

TOPICS = (
    "'recruitment_pressure', 'debt_or_threat', 'wants_out', 'violence_victim', "
    "'witness_or_tip', 'weapons', 'drugs', 'online_contact', 'family_worry', "
    "'mental_health', 'school_or_leisure' or 'other'"
)
TIME = "must be a time HH:MM (00:00-23:59)"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    return resources_env(tmp_path, monkeypatch)


def _service(slug: str, edit: Callable[[dict[str, Any]], None]) -> Callable[[Any], None]:
    def change(data: dict[str, Any]) -> None:
        edit(next(s for s in data["services"] if s["id"] == slug))

    return change


def _set(field: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda service: service.__setitem__(field, value)


def _first_phone(value: object) -> Callable[[dict[str, Any]], None]:
    return lambda service: service["phones"][0].__setitem__("number", value)


def _first_rule(field: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda service: service["schedule"]["rules"][0].__setitem__(field, value)


@pytest.mark.parametrize(
    ("edit", "line"),
    [
        (  # its only topic: the list left empty was a second line
            _service("avhopparsamordning", _set("topics", ["wants_ot"])),
            f"service 'avhopparsamordning': topics.0: Input should be {TOPICS}, not \"wants_ot\"",
        ),
        (
            _service("umo", _set("minimum_age", "13")),
            "service 'umo': minimum_age: must be a whole number without quotes, not \"13\"",
        ),
        (
            _service("umo", _set("maximum_age", 25.0)),
            "service 'umo': maximum_age: must be a whole number, not 25.0",
        ),
        (
            _service("avhopparsamordning", _first_phone(112)),
            "service 'avhopparsamordning': phones.0.number: must be text in double quotes, not 112",
        ),
        (
            _service("1177-arabiska", _first_rule("opens_at", "25:00")),
            f"service '1177-arabiska': schedule.rules.0.opens_at: {TIME}, not \"25:00\"",
        ),
        (
            _service("1177-arabiska", _first_rule("closes_at", "22.00")),
            f"service '1177-arabiska': schedule.rules.0.closes_at: {TIME}, not \"22.00\"",
        ),
    ],
    ids=["topic_typo", "age_as_text", "age_as_fraction", "number_as_number", "hour_25", "dot"],
)
def test_check_and_start_up_name_the_value_in_one_line(
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    edit: Callable[[dict[str, Any]], None],
    line: str,
) -> None:
    data = shipped()
    edit(data)
    path = use_file(env, tmp_path, data)
    code, out, err = run(["resources", "check", "--today", TODAY.isoformat()], capsys)
    assert (code, out.splitlines(), err) == (1, [f"invalid: {path}: {line}"], "")
    code, out, err = run(["chat"], capsys)
    assert (code, out, err.splitlines()) == (2, "", [f"error: {path}: {line}"])


def _row(slug: str, edit: Callable[[dict[str, Any]], None]) -> Callable[[Any], None]:
    def change(document: dict[str, Any]) -> None:
        edit(next(s for s in document["services"] if s["x_vagvisare"]["id"] == slug))

    return change


def _first_schedule(field: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda row: row["schedules"][0].__setitem__(field, value)


@pytest.mark.parametrize(
    ("edit", "line"),
    [
        (
            _row("umo", _set("minimum_age", "13")),
            "service 'umo': minimum_age: must be a whole number without quotes, not \"13\"",
        ),
        (
            _row("avhopparsamordning", _first_phone(112)),
            "service 'avhopparsamordning': phones.0.number: must be text in double quotes, not 112",
        ),
        (
            _row("1177-arabiska", _first_schedule("opens_at", "25:00")),
            f"service '1177-arabiska': schedules.0.opens_at: {TIME}, not \"25:00\"",
        ),
    ],
    ids=["age_as_text", "number_as_number", "hour_25"],
)
def test_import_names_the_value_in_one_line(
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    edit: Callable[[dict[str, Any]], None],
    line: str,
) -> None:
    exported = tmp_path / "hsds.json"
    assert run(["resources", "export", "--out", str(exported)], capsys)[0] == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    edit(document)
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    installed = tmp_path / "installed.json"
    code, out, err = run(["resources", "import", str(exported), "--out", str(installed)], capsys)
    assert (code, out, err.splitlines()) == (2, "", [f"error: {exported}: {line}"])
    assert not installed.exists()


TRUNCATED = '{\n  "services": [\n    {"id": "um'  # cut off in the middle of a string
CUT_AT_LINE_END = '{\n  "services": [\n    {"id": "umo",\n'


@pytest.mark.parametrize(
    ("content", "where"),
    [
        (TRUNCATED, "line 3, column 12: Unterminated string"),
        (CUT_AT_LINE_END, "line 4, column 1: Expecting property name enclosed in double quotes"),
    ],
    ids=["in_a_string", "at_a_line_end"],
)
def test_a_truncated_file_is_named_with_line_and_column(
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    content: str,
    where: str,
) -> None:
    path = tmp_path / "resources.json"
    path.write_text(content, encoding="utf-8")
    env.setenv("RESOURCES_FILE", str(path))
    code, out, err = run(["resources", "check"], capsys)
    assert (code, out.splitlines(), err) == (1, [f"invalid: {path}: invalid JSON at {where}"], "")
    installed = tmp_path / "installed.json"
    code, out, err = run(["resources", "import", str(path), "--out", str(installed)], capsys)
    assert (code, out, err.splitlines()) == (
        2,
        "",
        [f"error: {path}: cannot read: not JSON at {where}"],
    )
    assert not installed.exists()
