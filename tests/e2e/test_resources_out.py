"""``resources import FILE --out PATH`` and ``resources export --out PATH`` that cannot write.

A missing folder or a folder as ``--out`` said ``error: DATABASE_URL: cannot use …``
(the start-up storage message), and ``--out ''`` said ``cannot write .: Is a directory``;
each is one line starting ``--out:``, worded as ``report --out`` words it (the same
checks, bot/modes/out_file.py), exit code 2, and nothing is written anywhere else. In
process through ``bot.cli.main``.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from bot.cli import main
from tests.e2e.resources_cli import SHIPPED, resources_env
from tests.helpers import ROOT


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    return resources_env(tmp_path, monkeypatch)


def refusal(tmp_path: Path, capsys: pytest.CaptureFixture[str], action: str, out: str) -> int:
    """``resources ACTION [an exported HSDS file] --out OUT``'s exit code; what the export
    that makes the HSDS file printed is read off first, so only the refusal's lines remain."""
    args = ["resources", action]
    if action == "import":
        hsds = tmp_path / "hsds.json"
        assert main(["resources", "export", "--out", str(hsds)]) == 0
        services = len(json.loads(SHIPPED.read_text(encoding="utf-8"))["services"])
        assert capsys.readouterr().out == f"wrote {services} services to {hsds}\n"
        args.append(str(hsds))
    return main([*args, "--out", out])


@pytest.mark.parametrize(
    ("action", "example"), [("import", "resources.json"), ("export", "hsds.json")]
)
@pytest.mark.parametrize(
    "where", ["empty", "folder", "missing", "under a file", "deeper under a file"]
)
def test_an_out_that_cannot_be_written_is_named_as_report_names_it(
    env: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    action: str,
    example: str,
    where: str,
) -> None:
    """The same ``--out:`` lines as ``report --out`` (bot/modes/out_file.py); ``--out ''``
    (an unset shell variable) said ``cannot write .: Is a directory``."""
    notes = tmp_path / "notes.txt"
    notes.write_text("kept\n")
    folder = tmp_path / "out"
    folder.mkdir()
    out, line = {
        "empty": ("", f"an empty name; --out names the file to write (e.g. {example})"),
        "folder": (
            str(folder),
            f"{folder} is a folder; --out names the file to write (e.g. {folder / example})",
        ),
        "missing": (
            str(tmp_path / "missing" / "x.json"),
            f"cannot write {tmp_path / 'missing' / 'x.json'}: no such folder",
        ),
        "under a file": (
            str(notes / "x.json"),
            f"cannot write {notes / 'x.json'}: {notes} is a file, not a folder",
        ),
        "deeper under a file": (
            str(notes / "more" / "x.json"),
            f"cannot write {notes / 'more' / 'x.json'}: {notes} is a file, not a folder",
        ),
    }[where]
    before = SHIPPED.read_bytes()
    code = refusal(tmp_path, capsys, action, out)
    stdout, stderr = capsys.readouterr()
    assert code == 2
    assert stderr.splitlines() == [f"error: --out: {line}"]
    assert stdout == ""
    assert SHIPPED.read_bytes() == before  # RESOURCES_FILE is left alone
    assert notes.read_text() == "kept\n"
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("action", ["import", "export"])
def test_an_out_whose_write_fails_is_named(
    env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str], action: str
) -> None:
    """A name that passes the checks but cannot be written (a full disk): the same line."""
    hsds = tmp_path / "hsds.json"
    assert main(["resources", "export", "--out", str(hsds)]) == 0
    capsys.readouterr()
    out = tmp_path / "x.json"

    def full(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))

    env.setattr(Path, "write_bytes", full)
    args = ["resources", action, *([str(hsds)] if action == "import" else [])]
    code = main([*args, "--out", str(out)])
    stdout, stderr = capsys.readouterr()
    assert (code, stdout) == (2, "")
    assert stderr.splitlines() == [f"error: --out: cannot write {out}: No space left on device"]


def test_an_out_that_can_be_written_still_is(
    env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported, imported = tmp_path / "hsds.json", tmp_path / "profile.json"
    assert main(["resources", "export", "--out", str(exported)]) == 0
    assert main(["resources", "import", str(exported), "--out", str(imported)]) == 0
    stdout, stderr = capsys.readouterr()
    assert stdout.startswith("wrote ")
    assert stdout.rstrip().endswith(f"to {imported}")
    assert stderr == ""
    assert imported.read_text(encoding="utf-8").startswith("{")


@pytest.mark.parametrize("spelling", ["same", "other spelling", "link"])
def test_an_import_never_writes_over_its_own_input(
    env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str], spelling: str
) -> None:
    """``resources import F --out F`` replaced the HSDS file with the resource file's format
    (a fresh-clone tester): refused before reading, the HSDS file left as it was.
    ``RESOURCES_FILE=F`` with ``import F`` converts it in place, as start-up's advice for an
    export put there says (tests/e2e/test_resources_plain_errors.py)."""
    hsds = tmp_path / "hsds.json"
    assert main(["resources", "export", "--out", str(hsds)]) == 0
    before = hsds.read_bytes()
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.json").symlink_to(hsds)
    out = {
        "same": str(hsds),
        "other spelling": str(tmp_path / "sub" / ".." / "hsds.json"),
        "link": str(tmp_path / "link.json"),
    }[spelling]
    capsys.readouterr()
    code = main(["resources", "import", str(hsds), "--out", out])
    stdout, stderr = capsys.readouterr()
    assert (code, stdout) == (2, "")
    assert stderr.splitlines() == [
        f"error: --out: {out} is the HSDS file being imported; write the resource file "
        "elsewhere (the HSDS file stays as it is)"
    ]
    assert hsds.read_bytes() == before


def test_the_readme_says_where_export_and_import_write(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's row for ``resources`` names ``--out`` and stdout, as the commands do."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `resources "))
    assert row.startswith("| `resources check\\|export [--out FILE]\\|import FILE [--out FILE]` |")
    assert "`export` writes the directory as HSDS 3.0 JSON to stdout, or to `--out FILE`" in row
    assert "as `RESOURCES_FILE`, or as `--out FILE`" in row
    assert main(["resources", "export"]) == 0  # no --out: the document on stdout
    assert capsys.readouterr().out.startswith("{")
