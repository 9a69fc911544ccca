"""``resources check`` on a file that holds no resource directory at all (fresh-clone
testers): ``[]``, ``{}``, ``"x"``, a number or ``null`` gave pydantic's "Input should be a
valid dictionary or instance of Directory" (a class name) or "Field required" twice. Now one
plain line naming the file, exit code 1 like any invalid file; start-up refuses the file
with the same line (exit code 2). In process through ``bot.cli.main``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.resources_cli import TODAY, resources_env, run

SHAPE = "a resource file is an object with the lists organizations and services"
EXPECTED = "expected an object with the lists organizations and services, got"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    return resources_env(tmp_path, monkeypatch)


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ("[]", f"no services in it (an empty list); {SHAPE}"),
        ("{}", f"no services in it (an empty object); {SHAPE}"),
        ("\ufeff {}\n", f"no services in it (an empty object); {SHAPE}"),
        ('"x"', f"{EXPECTED} text"),
        ('[{"id": "a"}]', f"{EXPECTED} a list (the services go in the object's services list)"),
        ("3", f"{EXPECTED} a number"),
        ("0", f"{EXPECTED} a number"),
        ("null", f"{EXPECTED} null"),
        ("false", f"{EXPECTED} false"),
    ],
)
def test_a_file_without_a_directory_is_one_plain_line(
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    content: str,
    line: str,
) -> None:
    path = tmp_path / "resources.json"
    path.write_text(content, encoding="utf-8")
    env.setenv("RESOURCES_FILE", str(path))
    code, out, err = run(["resources", "check", "--today", TODAY.isoformat()], capsys)
    assert (code, out.splitlines(), err) == (1, [f"invalid: {path}: {line}"], "")
    code, out, err = run(["chat"], capsys)  # start-up reads the file the same way
    assert (code, out, err.splitlines()) == (2, "", [f"error: {path}: {line}"])


def test_an_object_with_keys_keeps_its_lines_per_key(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Only an empty object is one line; one with keys is judged key by key, as before."""
    path = tmp_path / "resources.json"
    path.write_text('{"services": []}', encoding="utf-8")
    env.setenv("RESOURCES_FILE", str(path))
    code, out, _err = run(["resources", "check", "--today", TODAY.isoformat()], capsys)
    assert (code, out.splitlines()) == (1, [f"invalid: {path}: organizations: Field required"])
