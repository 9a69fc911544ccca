"""``python -m bot resources check|export|import``: keep the resource directory true.

``check`` lists entries hidden from users (unverified, stale, inactive) and exits 1 when
the file is invalid or the bot would refuse to start with it: a service of the emergency
card is hidden, lacks its pinned number or is not 24/7 (``EMERGENCY_CARD_PINS``), an
``assured_date`` is after today (Europe/Stockholm), or no shown service is reachable 24/7
(``startup_problems`` in bot/core/directory.py). ``export --format hsds`` writes plain HSDS
3.0 JSON; ``import FILE`` validates an HSDS document and writes it as the profile file that
the bot reads, and refuses (exit 2, nothing written) a document that ``check`` would reject.
An ``--out`` that is empty, a folder, under a file or in a missing folder is refused as
``report`` refuses it (:func:`bot.modes.out_file.out_argument`), before anything is read.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.commands import CliCommand, ConfigurationError
from bot.config import Settings
from bot.core.directory import (
    DirectoryError,
    check_directory,
    json_error,
    parse_directory,
    read_directory,
    read_utf8,
    startup_problems,
)
from bot.core.hsds import export_hsds, import_hsds
from bot.core.schedule import STOCKHOLM
from bot.modes.out_file import out_argument, write_out


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = actions.add_parser(
        "check",
        help="list stale or unverified entries; exit 1 if the bot would not start with the file",
    )
    check.add_argument("--today", type=date.fromisoformat, help="check as of this date (ISO)")
    export = actions.add_parser("export", help="write the directory as HSDS 3.0 JSON")
    export.add_argument("--format", choices=["hsds"], default="hsds")
    # A str, not a Path: Path("") is ".", so an empty --out would read as the current folder.
    export.add_argument("--out", help="file to write (default: stdout)")
    imported = actions.add_parser("import", help="validate an HSDS 3.0 JSON file and install it")
    imported.add_argument("file", type=Path, help="HSDS document made by `resources export`")
    imported.add_argument("--out", help="where to write (default: RESOURCES_FILE)")


def _today() -> date:
    return datetime.now(ZoneInfo(STOCKHOLM)).date()


def _check(settings: Settings, today: date) -> int:
    try:
        directory = read_directory(settings.resources_file)
    except DirectoryError as error:
        print("\n".join(f"invalid: {line}" for line in _about(settings.resources_file, error)))
        return 1
    findings = check_directory(directory, today)
    shown = len(directory.shown(today))
    print(
        f"{settings.resources_file}: {len(directory.services)} services, {shown} shown on {today}"
    )
    for finding in findings:
        print(f"{finding.kind:15} {finding.service_id or '-':35} {finding.reason}")
    return 1 if any(f.blocking for f in findings) else 0


def _export(settings: Settings, out: Path | None) -> int:
    """The directory as HSDS JSON on standard output, or into ``out`` with one line
    ``wrote N services to OUT`` (as ``import`` and ``report --out`` say what they wrote)."""
    directory = read_directory(settings.resources_file)
    document = json.dumps(export_hsds(directory), ensure_ascii=False, indent=2)
    if out is None:
        sys.stdout.write(document + "\n")
    else:
        _write(out, document, "--out")
        print(f"wrote {len(directory.services)} services to {out}")
    return 0


def _write(target: Path, document: str, setting: str) -> None:
    """Write ``document`` and a newline to ``target`` as UTF-8; raises
    :class:`ConfigurationError` (exit code 2) naming ``setting`` (``--out``,
    ``RESOURCES_FILE``) and the path when it cannot be written (:func:`write_out`)."""
    write_out(target, (document + "\n").encode("utf-8"), setting)


def _about(path: Path, error: DirectoryError) -> list[str]:
    """The lines of ``error``, each starting ``<path>: `` (a line that already does is kept
    as it is: :func:`read_directory` names the file in its read and JSON errors)."""
    prefix = f"{path}: "
    return [line if line.startswith(prefix) else prefix + line for line in str(error).splitlines()]


def _is_resource_file(data: dict[str, Any]) -> bool:
    """Whether ``data`` is a resource file (``data/resources.json``'s format): its services
    carry ``topics`` and ``schedule``, which HSDS keeps under ``x_vagvisare`` and
    ``schedules``. Importing one gave a line per service and field that read like errors."""
    services = data.get("services")
    return (
        "taxonomies" not in data
        and isinstance(services, list)
        and any(isinstance(s, dict) and {"topics", "schedule"} <= s.keys() for s in services)
    )


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file (a link or another spelling of the path
    included); never raises."""
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def _import(settings: Settings, source: Path, out: Path | None) -> int:
    """Validate ``source`` and install it; every line of a refusal starts ``<source>: ``
    (raised as :class:`ConfigurationError` or :class:`DirectoryError`: exit code 2). The
    file is read as :func:`read_directory` reads ``RESOURCES_FILE``: UTF-8, with or without
    a byte order mark. ``--out`` naming ``source`` itself is refused before it is read (the
    HSDS file would be replaced by the resource file's format); ``RESOURCES_FILE`` naming it
    is what start-up's advice for an export put there asks for (``resources import`` it: it
    is converted in place)."""
    target = out or settings.resources_file
    setting = "--out" if out is not None else "RESOURCES_FILE"
    if out is not None and _same_file(source, out):  # the HSDS file would be lost
        raise ConfigurationError(
            f"--out: {out} is the HSDS file being imported; write the resource file "
            "elsewhere (the HSDS file stays as it is)"
        )
    try:
        data = json.loads(read_utf8(source))
    except OSError as error:
        raise ConfigurationError(f"{source}: cannot read: {error.strerror}") from error
    except DirectoryError as error:  # not UTF-8
        raise ConfigurationError(f"{source}: cannot read: {error}") from None
    except json.JSONDecodeError as error:
        raise ConfigurationError(
            f"{source}: cannot read: not JSON at {json_error(error)}"
        ) from None
    except ValueError as error:
        raise ConfigurationError(f"{source}: cannot read: not JSON ({error})") from error
    except RecursionError:
        raise ConfigurationError(f"{source}: cannot read: not JSON (nested too deeply)") from None
    if not isinstance(data, dict):
        raise DirectoryError(f"{source}: not an HSDS document")
    if _is_resource_file(data):
        raise DirectoryError(
            f"{source}: a resource file (RESOURCES_FILE's own format), not an HSDS document: "
            "set RESOURCES_FILE to it, or import what `resources export` writes"
        )
    try:
        directory = import_hsds(data)
        profile = directory.model_dump(mode="json", exclude_none=True)
        parse_directory(profile)  # what we write must load again
    except DirectoryError as error:
        raise DirectoryError("\n".join(_about(source, error))) from None
    problems = startup_problems(directory, _today())  # and the bot must start with it
    if problems:
        raise DirectoryError("\n".join(f"{source}: {problem}" for problem in problems))
    _write(target, json.dumps(profile, ensure_ascii=False, indent=2), setting)
    print(f"wrote {len(directory.services)} services to {target}")
    return 0


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    if args.action == "check":
        return _check(settings, args.today or _today())
    # An empty --out, a folder or a path under a file: refused, as report refuses them
    # (one ``--out:`` line, exit code 2), before anything is read.
    if args.action == "export":
        return _export(settings, out_argument(args.out, "hsds.json"))
    return _import(settings, args.file, out_argument(args.out, "resources.json"))


COMMAND = CliCommand(
    "resources", "check, export or import the resource directory", _configure, _run
)
