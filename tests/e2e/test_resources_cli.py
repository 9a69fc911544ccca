"""``python -m bot resources check|export|import`` as an administrator runs them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from bot.core.directory import load_directory
from tests.helpers import ROOT, run_main

SHIPPED = ROOT / "data" / "resources.json"


def cli(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m bot resources ARGS``, run in this process (:func:`run_main`)."""
    return run_main(tmp_path, "resources", *args, **env)


@pytest.mark.slow
def test_check_lists_hidden_entries_and_passes_on_the_shipped_file(tmp_path: Path) -> None:
    completed = cli(tmp_path, "check", "--today", "2026-11-29")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    lines = completed.stdout.splitlines()
    assert "32 services, 29 shown on 2026-11-29" in lines[0]
    unverified = {line.split()[1] for line in lines[1:] if line.startswith("unverified")}
    assert unverified == {"bris-vuxentelefon", "huddinge-socialjour", "mind-foraldralinjen"}


@pytest.mark.slow
def test_check_fails_when_no_24_7_line_is_still_assured(tmp_path: Path) -> None:
    completed = cli(tmp_path, "check", "--today", "2031-01-01")
    assert completed.returncode == 1
    assert "no shown service is open 24/7" in completed.stdout
    # the rule is explained in the repository's own docs, in the section named
    assert "(docs/resources.md, 'Which entries are shown')" in completed.stdout
    assert "DESIGN.md" not in completed.stdout
    docs = (ROOT / "docs" / "resources.md").read_text(encoding="utf-8")
    assert "\n## Which entries are shown\n" in docs


@pytest.mark.slow
def test_check_names_the_entry_and_field_of_a_bad_file(tmp_path: Path) -> None:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    bris = next(s for s in data["services"] if s["id"] == "bris-116111")
    bris["phones"][0]["number"] = "116 111 call now!"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    completed = cli(tmp_path, "check", RESOURCES_FILE=str(broken))
    assert completed.returncode == 1
    assert "service 'bris-116111': phones.0.number" in completed.stdout


@pytest.mark.slow
def test_export_then_import_round_trips(tmp_path: Path) -> None:
    exported = tmp_path / "hsds.json"
    assert cli(tmp_path, "export", "--format", "hsds", "--out", str(exported)).returncode == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert {"organizations", "services", "taxonomies", "taxonomy_terms"} <= document.keys()
    installed = tmp_path / "installed.json"
    completed = cli(tmp_path, "import", str(exported), "--out", str(installed))
    assert completed.returncode == 0, completed.stderr
    assert load_directory(installed) == load_directory(SHIPPED)


@pytest.mark.slow
def test_import_refuses_a_document_that_is_not_hsds(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"services": []}', encoding="utf-8")
    completed = cli(tmp_path, "import", str(bogus), "--out", str(tmp_path / "x.json"))
    assert completed.returncode == 2
    assert completed.stderr.startswith(f"error: {bogus}: not a vagvisare-hsds-3.0/1 HSDS document")
    assert not (tmp_path / "x.json").exists()
