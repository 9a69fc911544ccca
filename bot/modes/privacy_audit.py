"""``python -m bot privacy-audit [--transcript FILE] [--log FILE] [--identifier VALUE]``.

Anyone can run it against an instance's data: it reads every value of every table in
the database (found by reflection) and every line of the given log files, and looks
for Telegram ids, usernames, phone numbers, e-mail addresses, the text a user typed
in the given ``chat`` transcripts and any identifier given explicitly
(:mod:`bot.core.identifiers`). It prints where each kind was found (``table.column``
or ``log FILE``, how many rows or lines) with the value masked, never in full.

The ``staff`` and ``staff_audit`` tables may hold staff members' Telegram ids (issue
5), so numbers there are not reported as Telegram ids; a user's id given with
``--identifier`` is still found there, and a ``note:`` line after the findings says so
whenever ``--identifier`` is given. An ``--identifier`` shorter than 5 characters is found
as a whole token only (``112`` not in ``sos-112``), with a ``note:`` saying so
(:func:`bot.core.identifiers.known_pattern`). Neither are the
numbers of an explicit allowlist of places known to hold counters, message ids and the
like, each with its reason (:mod:`bot.modes.privacy_audit_allowlist`) reported as Telegram
ids; everything else is still looked for there. The database is only read: nothing is
migrated or created. Exit codes: 0 nothing found, 1 something found, 2 bad usage (a missing
file or database).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.commands import CliCommand, ConfigurationError
from bot.config import SUPPORTED_LOCALES, Settings, data_dir_problem
from bot.core.directory import Directory, load_directory
from bot.core.identifiers import WHOLE_TOKEN_BELOW, Hit, Scanner, typed_lines
from bot.core.taxonomy import AgeBand, Audience, Topic, Urgency
from bot.modes.privacy_audit_allowlist import log_id_text, stored_id_text
from storage.engine import create_engine
from storage.inventory import stored_values, table_columns

STAFF_TABLES = frozenset({"staff", "staff_audit"})


@dataclass
class Place:
    """Where one kind of identifier was found: how many rows or lines, one masked sample."""

    count: int = 0
    sample: str = ""
    first_line: int | None = None


@dataclass
class Findings:
    """Findings by (place, kind), in the order found."""

    places: dict[tuple[str, str], Place] = field(default_factory=dict)

    def add(self, where: str, hits: Iterable[Hit], line: int | None = None) -> None:
        """Count one row or line once per kind of identifier it holds."""
        for hit in {h.kind: h for h in hits}.values():
            place = self.places.setdefault((where, hit.kind), Place(sample=hit.masked))
            place.count += 1
            if place.first_line is None:
                place.first_line = line

    def lines(self) -> list[str]:
        out = []
        for (where, kind), place in self.places.items():
            unit = "line" if place.first_line is not None else "row"
            plural = "" if place.count == 1 else "s"
            first = f", first at line {place.first_line}" if place.first_line is not None else ""
            out.append(
                f"{where}: {kind} in {place.count} {unit}{plural}{first} (e.g. {place.sample})"
            )
        return out


def vocabulary(directory: Directory, settings: Settings, schema: dict[str, list[str]]) -> list[str]:
    """The bot's own words: ids of the directory and taxonomy, locales, campaign codes,
    table and column names. They are never a person's."""
    words = [s.id for s in directory.services] + [o.id for o in directory.organizations]
    words += [v.value for group in (Topic, Audience, AgeBand, Urgency) for v in group]
    words += [*SUPPORTED_LOCALES, *settings.campaign_codes, "none"]
    words += [*schema, *(c for columns in schema.values() for c in columns)]
    return words


def scan(scanner: Scanner, text: str, id_text: str | None, *, ids_allowed: bool) -> list[Hit]:
    """Every hit in ``text``; Telegram ids only in ``id_text`` when the allowlist gives
    one (``None``: in all of ``text``)."""
    if id_text is None:
        return list(scanner.scan(text, ids_allowed=ids_allowed))
    hits = list(scanner.scan(text, ids_allowed=True))  # every kind but Telegram ids
    if not ids_allowed and id_text:
        hits += [h for h in scanner.scan(id_text) if h.kind == "telegram id"]
    return hits


def _require_database(url: str, data_dir: Path) -> None:
    """An SQLite file must exist: connecting would create an empty one. One in a
    ``data_dir`` that is a file is named as :func:`bot.cli.storage_failure` names it."""
    parsed = make_url(url)
    database = parsed.database or ""
    is_file = parsed.get_backend_name() == "sqlite" and database not in ("", ":memory:")
    if is_file and not Path(database).exists():
        in_data_dir = data_dir.absolute() in Path(database).absolute().parents
        problem = data_dir_problem(data_dir) if in_data_dir else None
        raise ConfigurationError(problem or f"no database at {database}")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise ConfigurationError(f"cannot read {path}: {error.strerror}") from error


async def audit(
    settings: Settings, transcripts: list[Path], logs: list[Path], known: list[str]
) -> tuple[Findings, int]:
    """Scan the database and ``logs``; returns the findings and how many values were read."""
    url = settings.effective_database_url
    _require_database(url, settings.data_dir)
    typed = [line for path in transcripts for line in typed_lines(_read(path))]
    log_texts = [(path, _read(path)) for path in logs]
    directory = load_directory(settings.resources_file)
    engine = create_engine(url)
    findings, values = Findings(), 0
    try:
        schema = await table_columns(engine)
        scanner = Scanner(
            public_numbers=[p.number for s in directory.services for p in s.phones],
            vocabulary=vocabulary(directory, settings, schema),
            typed=typed,
            known=known,
        )
        async for value in stored_values(engine):
            values += 1
            allowed = value.table in STAFF_TABLES
            id_text = stored_id_text(value.table, value.column, value.text)
            hits = scan(scanner, value.text, id_text, ids_allowed=allowed)
            findings.add(f"{value.table}.{value.column}", hits)
    finally:
        await engine.dispose()
    for path, text in log_texts:
        for number, line in enumerate(text.splitlines(), start=1):
            hits = scan(scanner, line, log_id_text(line), ids_allowed=False)
            findings.add(f"log {path}", hits, line=number)
    return findings, values


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--transcript",
        type=Path,
        action="append",
        default=[],
        help="a `chat` transcript: what the user typed is looked for (repeatable)",
    )
    parser.add_argument(
        "--log",
        type=Path,
        action="append",
        default=[],
        help="a log file to scan as well (repeatable)",
    )
    parser.add_argument(
        "--identifier",
        action="append",
        default=[],
        help="a known Telegram id, username, name or number to look for (repeatable)",
    )


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    if any(not value.strip() for value in args.identifier):
        # an unset shell variable: "nothing found" would read as a clean audit of that person
        raise ConfigurationError(
            "--identifier: an empty value; give a Telegram id, username, name or number"
        )
    findings, values = await audit(settings, args.transcript, args.log, args.identifier)
    found = findings.lines()
    scanned = f"scanned {values} database values and {len(args.log)} log file(s)"
    if not found:
        print(f"privacy-audit: nothing found ({scanned})")
    else:
        print(f"privacy-audit: {len(found)} finding(s) ({scanned})")
    for line in found:
        print(f"  {line}")
    for line in identifier_notes(args.identifier):
        print(line)
    return 1 if found else 0


def identifier_notes(identifiers: list[str]) -> list[str]:
    """The ``note:`` lines printed after the findings for the ``--identifier`` values
    given: one naming the staff tables, where such a value is looked for too and a hit may
    be a staff member's own Telegram id, kept there by design (issue 5); one per value
    shorter than :data:`~bot.core.identifiers.WHOLE_TOKEN_BELOW` characters (stripped),
    looked for as a whole word or number only, shown masked as findings are
    (:attr:`Hit.masked`). Empty without identifiers."""
    if not identifiers:
        return []
    notes = [
        "note: --identifier values are looked for in staff and staff_audit too, where "
        "staff members' own Telegram ids are kept by design (docs/privacy.md)"
    ]
    for value in dict.fromkeys(v.strip() for v in identifiers):
        if len(value) < WHOLE_TOKEN_BELOW:
            notes.append(
                f"note: --identifier {Hit('identifier', value).masked} has fewer than "
                f"{WHOLE_TOKEN_BELOW} characters: it is looked for as a whole word or number "
                "only (not in sos-112 or 1120), and may still match unrelated text"
            )
    return notes


COMMAND = CliCommand(
    "privacy-audit",
    "scan the database and logs for Telegram ids, usernames, phone numbers and typed text",
    _configure,
    _run,
)
