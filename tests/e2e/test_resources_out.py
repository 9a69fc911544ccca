"""``resources import FILE --out PATH`` and ``resources export --out PATH`` that cannot write.

A missing folder or a folder as ``--out`` said ``error: DATABASE_URL: cannot use …``
(the start-up storage message); the line names ``--out`` and the path, exit code 2, and
nothing is written anywhere else. In process through ``bot.cli.main``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from tests.e2e.resources_cli import SHIPPED, resources_env
from tests.helpers import ROOT


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    return resources_env(tmp_path, monkeypatch)


@pytest.mark.parametrize("action", ["import", "export"])
@pytest.mark.parametrize(
    ("where", "reason"),
    [("missing/x.json", "No such file or directory"), (".", "Is a directory")],
)
def test_an_out_that_cannot_be_written_is_named(
    env: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    action: str,
    where: str,
    reason: str,
) -> None:
    out = tmp_path / where
    before = SHIPPED.read_bytes()
    args = ["resources", action]
    if action == "import":
        hsds = tmp_path / "hsds.json"
        assert main(["resources", "export", "--out", str(hsds)]) == 0
        args.append(str(hsds))
    code = main([*args, "--out", str(out)])
    stdout, stderr = capsys.readouterr()
    assert code == 2
    assert stderr.splitlines() == [f"error: --out: cannot write {out}: {reason}"]
    assert stdout == ""
    assert SHIPPED.read_bytes() == before  # RESOURCES_FILE is left alone


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
