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
from bot.core.monospace import render
from bot.core.periods import PeriodError, period_between
from bot.core.report import (
    Dimension,
    Report,
    ReportError,
    known_categories,
    parse_dimensions,
)
from bot.exports import MAX_CHART_BARS, ChartText, chart_cells, chart_png, csv_bytes, xlsx_bytes
from bot.staff_desk import StaffDesk

FORMATS = ("table", "csv", "xlsx", "png")


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
    return "\n".join([title, "", *render(report), "", legend, ""]).encode("utf-8")


def _configure(parser: argparse.ArgumentParser) -> None:
    # Read in _run (day_argument), not by argparse: a bad date is then one line, exit code 2.
    parser.add_argument("--from", dest="first", required=True, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="last", required=True, help="last day, YYYY-MM-DD (included)")
    parser.add_argument(
        "--by",
        default="topic",
        help="one or two of: topic, audience, age_band, language, campaign, district, resource, outcome, week (comma-separated)",
    )
    parser.add_argument("--format", dest="form", choices=FORMATS, default="table")
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


def out_argument(text: str | None, form: str) -> Path | None:
    """The file ``--out`` names (``None``: standard output), checked before anything is read.

    Raises :class:`ConfigurationError` (one line, exit code 2) for an empty name, a folder,
    a path under a file (``notes.txt/r.csv``) or in a folder that does not exist; a write
    that fails later (no space, no permission) is reported by the caller.
    """
    if text is None:
        return None
    suffix = "txt" if form == "table" else form
    if not text:
        raise ConfigurationError(
            f"--out: an empty name; --out names the file to write (e.g. report.{suffix})"
        )
    out = Path(text)
    if out.is_dir():
        raise ConfigurationError(
            f"--out: {out} is a folder; --out names the file to write (e.g. {out / f'report.{suffix}'})"
        )
    if not out.resolve().parent.is_dir():
        # the nearest part of the path that exists: a file there is not a missing folder
        existing = next((p for p in out.parents if p.exists()), None)
        if existing is not None and not existing.is_dir():
            raise ConfigurationError(
                f"--out: cannot write {out}: {existing} is a file, not a folder"
            )
        raise ConfigurationError(f"--out: cannot write {out}: no such folder")
    return out


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
    if args.out is None and args.form in {"xlsx", "png"}:
        raise ConfigurationError(f"--format {args.form} needs --out FILE")
    # refused before the summary is made, so no audit row records a report never written
    out = out_argument(args.out, args.form)
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
        if args.form == "png":  # before the audit: the known categories alone are too many
            known = [len(known_categories(d, period, desk.vocabulary)) for d in dimensions]
            chart_fits(math.prod(known), dimensions)
        try:
            report = await desk.summary(
                period, dimensions, member=None, channel="cli", extra={"format": args.form}
            )
        except UnsafeTableError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        if args.form == "png":  # categories found only in the referrals can add cells
            chart_fits(chart_cells(report), dimensions)
        data = report_bytes(report, args.form)
        if out is None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return 0
        try:
            out.write_bytes(data)
        except OSError as error:
            reason = error.strerror or type(error).__name__
            raise ConfigurationError(f"--out: cannot write {out}: {reason}") from error
        print(f"wrote {out}")  # stdout holds no report when --out names the file
        return 0

    # Beside the bot: reads referrals, writes an audit row; no conversation state.
    return await with_app(settings, body, exclusive=False)


COMMAND = CliCommand(
    "report", "a referral summary with disclosure control (table, CSV, XLSX, PNG)", _configure, _run
)
