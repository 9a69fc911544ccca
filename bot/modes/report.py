"""``python -m bot report``: a protected summary of the referral log, on the command line.

    python -m bot report --from 2026-01-01 --to 2026-03-31 --by topic,audience \\
        --format table|csv|xlsx|png --out FILE

Days are Europe/Stockholm calendar dates, both included, from 2000-01-01 on; the period
ends at the latest yesterday (bot.core.periods). The same disclosure control as in Telegram applies. Each
run is audited (channel ``cli``). Exit codes: 0 written, 1 too few records to publish
the table safely, 2 bad usage (one line on stderr; a date that is not ``YYYY-MM-DD``, an
empty ``--out``, one that is a folder, in a folder that does not exist or under a file are
refused before the database is opened, so no audit row is written). A PNG chart of more
than :data:`bot.exports.MAX_CHART_BARS` cells is refused too (exit code 2) before the
summary is audited when the categories known without reading the referrals (the period's
weeks, the directory's services, ...) already make too many; only categories found in the
referrals alone (a service since removed from the directory) can push it over after the
audit row is written. With ``--out`` the report goes to that file and stdout gets one
line, ``wrote FILE``, whatever the format; without it the table or CSV is all stdout gets.
Without ``--format`` the suffix of ``--out`` decides, in any case (``.txt`` table, ``.csv``,
``.xlsx``, ``.png``; any other suffix, or none, a table); a ``--format`` that contradicts
it (``--format csv --out r.png``) is refused (exit code 2) before anything is read.
"""

from __future__ import annotations

import argparse
import math
import sys
from datetime import date
from pathlib import Path

from bot.app import App
from bot.commands import CliCommand, ConfigurationError, with_app
from bot.config import Settings
from bot.core.clock import system_clock
from bot.core.disclosure import UnsafeTableError
from bot.core.monospace import IDS, PARTIAL_WEEK, marking_partial_weeks, partial_weeks_shown, render
from bot.core.periods import PeriodError, period_between
from bot.core.report import (
    Dimension,
    Report,
    ReportError,
    known_categories,
    parse_dimensions,
)
from bot.exports import MAX_CHART_BARS, ChartText, chart_cells, chart_png, csv_bytes, xlsx_bytes
from bot.modes.out_file import out_argument, write_out
from bot.staff_desk import StaffDesk

FORMATS = ("table", "csv", "xlsx", "png")
SUFFIXES = {"table": "txt", "csv": "csv", "xlsx": "xlsx", "png": "png"}
"""The file suffix (without the dot) of each of :data:`FORMATS`; read case-insensitively."""


def describe(report: Report) -> tuple[str, str]:
    """Title and legend of a report, in English (the command line's language)."""
    by = " × ".join(d.value for d in report.dimensions)
    title = f"Referrals by {by}, {report.period.label} (counts are {report.unit})"
    k = report.table.k
    legend = f'"<{k}": fewer than {k}. "..": hidden so that totals cannot reveal a small count.'
    return title, legend


def report_bytes(report: Report, form: str) -> bytes:
    """The report in ``form`` (one of :data:`FORMATS`)."""
    if form == "csv":
        return csv_bytes(report)
    if form == "xlsx":
        return xlsx_bytes(report)
    title, legend = describe(report)
    if form == "png":
        return chart_png(report, ChartText(title, report.unit))
    lines = render(report, names=marking_partial_weeks(IDS, report))
    notes = [
        f"{PARTIAL_WEEK} {week}: only part of the week is in the period, {first} – {last}"
        for week, (first, last) in partial_weeks_shown(report).items()
    ]
    return "\n".join([title, "", *lines, "", legend, *notes, ""]).encode("utf-8")


def _configure(parser: argparse.ArgumentParser) -> None:
    # Read in _run (day_argument), not by argparse: a bad date is then one line, exit code 2.
    parser.add_argument("--from", dest="first", required=True, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="last", required=True, help="last day, YYYY-MM-DD (included)")
    parser.add_argument(
        "--by",
        default="topic",
        help="one or two of: topic, audience, age_band, language, campaign, district, resource, outcome, week (comma-separated)",
    )
    # No default here: a format not given is read from --out's suffix (report_format).
    parser.add_argument(
        "--format",
        dest="form",
        type=str.lower,  # "PNG" as the suffix ".PNG" is read: any case
        choices=FORMATS,
        help="table (the default), csv, xlsx or png, any case; without it, --out's suffix "
        "decides (.txt, .csv, .xlsx, .png, any case)",
    )
    # A str, not a Path: Path("") is ".", so an empty --out would read as the current folder.
    parser.add_argument("--out", help="file to write; standard output when absent (table, csv)")


def day_argument(option: str, text: str) -> date:
    """The calendar day ``text`` (``YYYY-MM-DD``) given to ``option`` (``--from``, ``--to``).

    Raises :class:`ConfigurationError` (one line, exit code 2) for a text that is not a
    date: ``--from: 2026-13-01 is not a date (write YYYY-MM-DD)``. argparse's own message
    ("invalid fromisoformat value") named a Python function, and came after a usage line.
    """
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ConfigurationError(f"{option}: {text} is not a date (write YYYY-MM-DD)") from None


def report_format(given: str | None, out: str | None) -> str:
    """The format to write (one of :data:`FORMATS`): ``given`` (``--format``), else the one
    whose suffix (:data:`SUFFIXES`, any case: ``x.PNG`` is ``png``) ``out`` (``--out``)
    has, else ``table``. A file named ``x.png`` used to get a text table.

    Raises :class:`ConfigurationError` (one line, exit code 2) when ``given`` contradicts
    the suffix of ``out`` (``--format csv --out r.png``); an unknown suffix (``r.dat``) or
    none contradicts nothing.
    """
    suffix = Path(out).suffix.lower().removeprefix(".") if out else ""
    named = next((form for form, known in SUFFIXES.items() if known == suffix), None)
    if given is None:
        return named or "table"
    if named is not None and named != given:
        raise ConfigurationError(
            f"--format {given}: --out {out} is a {named} file by its suffix; "
            f"drop --format, or give the file a .{SUFFIXES[given]} suffix"
        )
    return given


def chart_fits(cells: int, dimensions: tuple[Dimension, ...]) -> None:
    """Raise :class:`ConfigurationError` (one line, exit code 2) when a PNG chart of
    ``cells`` cells would have more than :data:`bot.exports.MAX_CHART_BARS` bars, naming
    what fits instead: CSV or XLSX hold every number."""
    if cells <= MAX_CHART_BARS:
        return
    fewer = ["--format csv or xlsx"]
    if len(dimensions) > 1:
        fewer.append("fewer --by dimensions")
    if Dimension.WEEK in dimensions:
        fewer.append("a shorter period")
    advice = ", ".join(fewer[:-1]) + " or " + fewer[-1] if len(fewer) > 1 else fewer[0]
    raise ConfigurationError(
        f"--format png: a chart shows at most {MAX_CHART_BARS} cells, this table has {cells};"
        f" use {advice}"
    )


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    first = day_argument("--from", args.first)
    last = day_argument("--to", args.last)
    form = report_format(args.form, args.out)
    if args.out is None and form in {"xlsx", "png"}:
        raise ConfigurationError(f"--format {form} needs --out FILE")
    # refused before the summary is made, so no audit row records a report never written
    out = out_argument(args.out, f"report.{SUFFIXES[form]}")
    try:
        dimensions = parse_dimensions(args.by)
        period = period_between(first, last, system_clock())
    except (PeriodError, ReportError) as error:
        raise ConfigurationError(str(error)) from error
    if period.last != last:
        print(
            f"note: the period ends on {period.last}; a day that is still running is never included",
            file=sys.stderr,
        )

    async def body(app: App) -> int:
        desk = StaffDesk.create(app.engine, settings, app.directory, app.referrals)
        if form == "png":  # before the audit: the known categories alone are too many
            known = [len(known_categories(d, period, desk.vocabulary)) for d in dimensions]
            chart_fits(math.prod(known), dimensions)
        try:
            report = await desk.summary(
                period, dimensions, member=None, channel="cli", extra={"format": form}
            )
        except UnsafeTableError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        if form == "png":  # categories found only in the referrals can add cells
            chart_fits(chart_cells(report), dimensions)
        data = report_bytes(report, form)
        if out is None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return 0
        write_out(out, data)
        print(f"wrote {out}")  # stdout holds no report when --out names the file
        return 0

    # Beside the bot: reads referrals, writes an audit row; no conversation state.
    return await with_app(settings, body, exclusive=False)


COMMAND = CliCommand(
    "report", "a referral summary with disclosure control (table, CSV, XLSX, PNG)", _configure, _run
)
