"""Every error line of ``resources import`` and ``resources check`` names the file first.

``import FILE`` refuses a file it cannot read, one that is not JSON, one that is not this
profile's HSDS, one whose content fails validation and one the bot would not start with;
each line of the refusal starts ``<FILE>: `` (after ``error: `` on the first), so that a
line of a long list still says which file it is about. ``check`` prints ``invalid:
<RESOURCES_FILE>: `` before each line the same way. In process through ``bot.cli.main``,
what ``python -m bot`` calls.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.resources_cli import TODAY, resources_env, run, shipped, use_file
from tests.helpers import ROOT

NOT_A_PHONE = "call now!"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    return resources_env(tmp_path, monkeypatch)


def unprefixed(err: str) -> list[str]:
    """stderr's lines, ``error: `` taken off the first (the CLI writes it once)."""
    lines = err.splitlines()
    assert lines, "nothing on stderr"
    assert lines[0].startswith("error: ")
    return [lines[0].removeprefix("error: "), *lines[1:]]


def export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, dict[str, Any]]:
    exported = tmp_path / "hsds.json"
    code, out, err = run(["resources", "export", "--out", str(exported)], capsys)
    document = json.loads(exported.read_text(encoding="utf-8"))
    # like import and report --out, export --out says what it wrote (a tester found it silent)
    assert (code, out, err) == (
        0,
        f"wrote {len(document['services'])} services to {exported}\n",
        "",
    )
    return exported, document


def test_every_validation_line_of_import_names_the_file(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    exported, document = export(tmp_path, capsys)
    for row in document["services"][:2]:  # two problems: two lines
        row["phones"][0]["number"] = NOT_A_PHONE
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    installed = tmp_path / "installed.json"
    code, out, err = run(["resources", "import", str(exported), "--out", str(installed)], capsys)
    assert (code, out) == (2, "")
    lines = unprefixed(err)
    assert len(lines) == 2, err
    for line in lines:
        assert line.startswith(f"{exported}: service '"), err
        assert "phones.0.number: not a Swedish phone number" in line
    assert not installed.exists()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "cannot read: No such file or directory"),
        (
            "{",
            "cannot read: not JSON at line 1, column 2: "
            "Expecting property name enclosed in double quotes",
        ),
        ("[]", "not an HSDS document"),
        ('{"services": []}', "not a vagvisare-hsds-3.0/1 HSDS document: no field 'taxonomies'"),
    ],
    ids=["missing", "not_json", "not_an_object", "not_hsds"],
)
def test_a_file_import_cannot_take_is_named_first(
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    content: str | None,
    reason: str,
) -> None:
    source = tmp_path / "hsds.json"
    if content is not None:
        source.write_text(content, encoding="utf-8")
    code, out, err = run(["resources", "import", str(source), "--out", str(tmp_path / "x")], capsys)
    assert (code, out) == (2, "")
    (line,) = unprefixed(err)
    assert line.startswith(f"{source}: {reason}"), err


def test_every_line_of_an_invalid_file_in_check_names_the_file(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = shipped()
    for entry in data["services"][:2]:
        entry["phones"][0]["number"] = NOT_A_PHONE
    path = use_file(env, tmp_path, data)
    code, out, _err = run(["resources", "check", "--today", TODAY.isoformat()], capsys)
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 2, out
    for line in lines:
        assert line.startswith(f"invalid: {path}: service '"), out
        assert "phones.0.number: not a Swedish phone number" in line


def test_a_file_check_cannot_read_is_named_once(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The read error already starts with the file: it is not named twice."""
    missing = tmp_path / "nowhere.json"
    env.setenv("RESOURCES_FILE", str(missing))
    code, out, _err = run(["resources", "check"], capsys)
    assert code == 1
    assert out.splitlines() == [f"invalid: {missing}: cannot read: No such file or directory"]


LATIN_1 = "Hjälp för unga".encode("latin-1")  # an old editor's default, not UTF-8
DEEP = ("[" * 200_000 + "]" * 200_000).encode()  # deeper than Python's json can read


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (LATIN_1, "not UTF-8 text at line 1; save the file as UTF-8"),
        (DEEP, "invalid JSON: nested too deeply"),
    ],
    ids=["not_utf_8", "nested_too_deeply"],
)
@pytest.mark.parametrize("mode", ["check", "chat"])
def test_a_file_the_bot_cannot_decode_is_one_line_not_a_traceback(
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    content: bytes,
    reason: str,
    mode: str,
) -> None:
    """``resources check`` lists it as invalid (exit 1); ``chat`` refuses to start with it
    (exit 2), both with the one line that names the file."""
    path = tmp_path / "resources.json"
    path.write_bytes(content)
    env.setenv("RESOURCES_FILE", str(path))
    if mode == "check":
        code, out, err = run(["resources", "check"], capsys)
        assert (code, out.splitlines(), err) == (1, [f"invalid: {path}: {reason}"], "")
    else:
        code, out, err = run(["chat"], capsys)
        assert (code, out, err.splitlines()) == (2, "", [f"error: {path}: {reason}"])


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (LATIN_1, "cannot read: not UTF-8 text at line 1; save the file as UTF-8"),
        (DEEP, "cannot read: not JSON (nested too deeply)"),
    ],
    ids=["not_utf_8", "nested_too_deeply"],
)
def test_a_file_import_cannot_decode_is_named_first(
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    content: bytes,
    reason: str,
) -> None:
    source = tmp_path / "hsds.json"
    source.write_bytes(content)
    installed = tmp_path / "installed.json"
    code, out, err = run(["resources", "import", str(source), "--out", str(installed)], capsys)
    assert (code, out, err.splitlines()) == (2, "", [f"error: {source}: {reason}"])
    assert not installed.exists()


def test_a_byte_order_mark_is_read_by_import_and_check_alike(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Windows editors save UTF-8 with a byte order mark: an exported file edited there is
    installed as the same directory, and ``check`` reads an installed file saved that way."""
    exported, _document = export(tmp_path, capsys)
    with_bom = tmp_path / "hsds-bom.json"
    with_bom.write_bytes(b"\xef\xbb\xbf" + exported.read_bytes())
    plain, marked = tmp_path / "plain.json", tmp_path / "marked.json"
    assert run(["resources", "import", str(exported), "--out", str(plain)], capsys)[0] == 0
    code, out, err = run(["resources", "import", str(with_bom), "--out", str(marked)], capsys)
    assert (code, err) == (0, ""), err
    assert out.startswith(f"wrote 32 services to {marked}")
    assert marked.read_bytes() == plain.read_bytes()

    marked.write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())
    env.setenv("RESOURCES_FILE", str(marked))
    code, out, err = run(["resources", "check", "--today", TODAY.isoformat()], capsys)
    assert (code, err) == (0, ""), out
    assert out.splitlines()[0] == f"{marked}: 32 services, 29 shown on {TODAY}"


def _service(document: dict[str, Any], slug: str) -> dict[str, Any]:
    return next(s for s in document["services"] if s["x_vagvisare"]["id"] == slug)


def _set_zone(zone: str) -> Any:
    def edit(document: dict[str, Any]) -> None:
        _service(document, "bris-116111")["schedules"][0]["x_timezone"] = zone

    return edit


def _set(field: str, value: object) -> Any:
    def edit(document: dict[str, Any]) -> None:
        _service(document, "bris-116111")[field] = value

    return edit


def _drop_name(document: dict[str, Any]) -> None:
    del _service(document, "bris-116111")["name"]


def _unknown_term(document: dict[str, Any]) -> None:
    _service(document, "bris-116111")["attributes"][0]["taxonomy_term_id"] = "no-such-term"


def _unknown_taxonomy(document: dict[str, Any]) -> None:
    document["taxonomy_terms"][0]["taxonomy_id"] = "no-such-taxonomy"


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (
            _set_zone("Mars/Olympus"),
            "service 'bris-116111': schedules.0.x_timezone: unknown IANA time zone 'Mars/Olympus'",
        ),
        (
            _set_zone("Europe/Helsinki"),
            "service 'bris-116111': schedules.0.x_timezone: 'Europe/Helsinki' is not the "
            "service's time zone 'Europe/Stockholm' (x_vagvisare.schedule.timezone)",
        ),
        (
            _set("name", None),
            "service 'bris-116111': name: must be text (HSDS 3.0 requires every service's "
            "name), not null",
        ),
        (
            _set("name", " "),
            "service 'bris-116111': name: must be text (HSDS 3.0 requires every service's "
            'name), not " "',
        ),
        (
            _drop_name,
            "service 'bris-116111': name: missing (HSDS 3.0 requires every service's name)",
        ),
        (
            _unknown_term,
            "service 'bris-116111': attributes.0.taxonomy_term_id: unknown taxonomy term "
            "'no-such-term' (not in taxonomy_terms)",
        ),
        (
            _set("organization_id", "no-such-organization"),
            "service 'bris-116111': organization_id: unknown organization "
            "'no-such-organization' (not in organizations)",
        ),
    ],
    ids=[
        "zone_unknown",
        "zone_not_the_services",
        "name_null",
        "name_blank",
        "name_missing",
        "term_unknown",
        "organization_unknown",
    ],
)
def test_a_value_import_would_drop_is_refused_naming_the_entry_and_field(
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    edit: Any,
    reason: str,
) -> None:
    """A value the import would not carry over (a schedule row's zone, the HSDS name) or
    cannot resolve (a term, an organization) is refused in one line, never dropped."""
    exported, document = export(tmp_path, capsys)
    edit(document)
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    installed = tmp_path / "installed.json"
    code, out, err = run(["resources", "import", str(exported), "--out", str(installed)], capsys)
    assert (code, out, err.splitlines()) == (2, "", [f"error: {exported}: {reason}"])
    assert not installed.exists()


def test_a_term_of_an_unknown_taxonomy_is_refused_naming_the_term(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    exported, document = export(tmp_path, capsys)
    _unknown_taxonomy(document)
    term = document["taxonomy_terms"][0]["id"]
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    installed = tmp_path / "installed.json"
    code, out, err = run(["resources", "import", str(exported), "--out", str(installed)], capsys)
    assert (code, out, err.splitlines()) == (
        2,
        "",
        [
            f"error: {exported}: taxonomy term {term!r}: taxonomy_id: unknown taxonomy "
            "'no-such-taxonomy' (not in taxonomies)"
        ],
    )
    assert not installed.exists()


def test_importing_a_resource_file_says_what_it_is_in_one_line(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``resources import data/resources.json`` gave 49 lines ("languages.0: must be an
    object" …) that read as if the shipped file were broken (a fresh-clone tester): it is the
    resource file's own format, not an HSDS export, and is said so in one line."""
    installed = tmp_path / "installed.json"
    code, out, err = run(
        ["resources", "import", str(ROOT / "data" / "resources.json"), "--out", str(installed)],
        capsys,
    )
    assert (code, out) == (2, "")
    assert unprefixed(err) == [
        f"{ROOT / 'data' / 'resources.json'}: a resource file (RESOURCES_FILE's own format), not"
        " an HSDS document: set RESOURCES_FILE to it, or import what `resources export` writes"
    ]
    assert not installed.exists()
