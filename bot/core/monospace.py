"""A :class:`~bot.core.report.Report` as monospace text, and text split into pages.

Only published values are printed: ``"<k"`` for a primary suppression, ``".."`` for a
secondary one (:meth:`bot.core.disclosure.ProtectedTable.display`). Labels are passed
in, so the caller can translate them: the words ``total`` and ``count``, and with
``names`` the dimensions' and categories' names (staff in Telegram read "Rekryteringstryck"
where the report CLI and the CSV keep the stable id ``recruitment_pressure``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date

from bot.core.periods import partial_weeks
from bot.core.report import Dimension, Report

INDENT = "  "


@dataclass(frozen=True, slots=True)
class Names:
    """How dimensions and categories are named in a rendered table: ``dimension(d)`` for a
    heading, ``category(d, id)`` for a row or column. The default names are the ids."""

    dimension: Callable[[Dimension], str] = lambda d: d.value
    category: Callable[[Dimension, Hashable], str] = lambda d, c: str(c)


IDS = Names()
PARTIAL_WEEK = "*"
"""The mark after a week that the period holds only part of (:func:`partial_weeks_shown`)."""


def partial_weeks_shown(report: Report) -> dict[str, tuple[date, date]]:
    """The weeks among ``report``'s rows or columns that its period holds only part of,
    with the first and last of their days in the period (:func:`bot.core.periods.partial_weeks`);
    empty when the report is not counted by week."""
    if Dimension.WEEK not in report.dimensions:
        return {}
    table = report.table
    shown = table.rows if report.dimensions[0] is Dimension.WEEK else (table.columns or ())
    partial = partial_weeks(report.period)
    return {str(week): partial[str(week)] for week in shown if str(week) in partial}


def marking_partial_weeks(names: Names, report: Report) -> Names:
    """``names``, with :data:`PARTIAL_WEEK` after each week of :func:`partial_weeks_shown`:
    ``2026-W44*`` (the caller prints what the mark means)."""
    partial = partial_weeks_shown(report)
    if not partial:
        return names

    def category(dimension: Dimension, value: Hashable) -> str:
        label = names.category(dimension, value)
        if dimension is Dimension.WEEK and str(value) in partial:
            return label + PARTIAL_WEEK
        return label

    return Names(dimension=names.dimension, category=category)


def render(
    report: Report,
    *,
    total: str = "total",
    count: str = "n",
    max_width: int | None = None,
    names: Names = IDS,
) -> list[str]:
    """The table as lines. Two dimensions print as a matrix, or, when the matrix is wider
    than ``max_width`` characters, grouped by row (each row's total, then its cells)."""
    if report.table.columns is None:
        return _one_dimension(report, total, count, names)
    lines = _matrix(report, total, names)
    if max_width is not None and max(map(len, lines)) > max_width:
        return _grouped(report, total, names)
    return lines


def _one_dimension(report: Report, total: str, count: str, names: Names) -> list[str]:
    table = report.table
    first = report.dimensions[0]
    body = [(names.category(first, r), table.display(table.cells[(r,)])) for r in table.rows]
    body.append((total, table.display(table.grand_total)))
    return _aligned([(names.dimension(first), count), *body])


def _matrix(report: Report, total: str, names: Names) -> list[str]:
    table = report.table
    columns = table.columns or ()
    totals = table.column_totals or {}
    first, second = report.dimensions
    corner = f"{names.dimension(first)} \\ {names.dimension(second)}"
    rows = [(corner, *(names.category(second, c) for c in columns), total)]
    for r in table.rows:
        cells = [table.display(table.cells[(r, c)]) for c in columns]
        rows.append((names.category(first, r), *cells, table.display(table.row_totals[r])))
    rows.append(
        (total, *(table.display(totals[c]) for c in columns), table.display(table.grand_total))
    )
    return _aligned(rows)


def _grouped(report: Report, total: str, names: Names) -> list[str]:
    table = report.table
    columns = table.columns or ()
    totals = table.column_totals or {}
    first, second = report.dimensions
    rows: list[tuple[str, str]] = [(f"{names.dimension(first)} / {names.dimension(second)}", "")]
    for r in table.rows:
        rows.append((names.category(first, r), table.display(table.row_totals[r])))
        rows += [
            (INDENT + names.category(second, c), table.display(table.cells[(r, c)]))
            for c in columns
        ]
    rows.append((total, table.display(table.grand_total)))
    rows += [(INDENT + names.category(second, c), table.display(totals[c])) for c in columns]
    return _aligned(rows)


def _aligned(rows: Sequence[tuple[str, ...]]) -> list[str]:
    """First column left-aligned, the others right-aligned, two spaces apart."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        parts = [row[0].ljust(widths[0])] + [
            v.rjust(w) for v, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(parts).rstrip())
    return lines


def paginate(lines: Sequence[str], limit: int, *, repeat_header: bool = True) -> list[str]:
    """Join ``lines`` into pages of at most ``limit`` characters, breaking between lines.

    With ``repeat_header`` every page starts with the first line (the column heads). A
    line longer than the room on a page is cut, ending in "…". Raises
    :class:`ValueError` when ``limit`` cannot hold the header and one line.
    """
    if not lines:
        return []
    header = lines[0] if repeat_header else None
    room = limit - (len(header) + 1 if header is not None else 0)
    if room < 2:
        raise ValueError("page limit too small for the table's header")
    pages: list[list[str]] = []
    used = 0
    for line in lines[1:] if header is not None else lines:
        if len(line) > room:
            line = line[: room - 1] + "…"
        if pages and used + 1 + len(line) <= room:
            pages[-1].append(line)
            used += 1 + len(line)
        else:
            pages.append([line])
            used = len(line)
    if not pages:
        pages.append([])
    return ["\n".join(([header] if header is not None else []) + page) for page in pages]
