"""Files made from a protected :class:`~bot.core.report.Report`: CSV, XLSX and a PNG chart.

Each takes the report, never raw counts, so only published values can reach a file:
a suppressed entry is written as ``"<k"`` or ``".."`` and drawn as an empty bar with
that mark. The CSV and XLSX rows are :func:`bot.core.report.tabular` (columns in
:data:`bot.core.report.CSV_COLUMNS`, documented in the README). matplotlib is imported
when a chart is drawn, with the Agg canvas only (no display, no global pyplot state).
"""

from __future__ import annotations

import csv
import io
import logging
import re
import threading
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

from openpyxl import Workbook

from bot.core.monospace import IDS, Names
from bot.core.report import Dimension, Report, tabular

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

MAX_CHART_BARS = 400  # beyond this a chart is unreadable; the CSV holds every number
_INCH_PER_BAR = 0.28
_MAX_HEIGHT_IN = 40.0  # 100 dpi: at most 4000 px; sendPhoto allows width + height <= 10000
# Fill patterns that tell series apart once the 60 colours below are used up (each series
# of a chart of at most MAX_CHART_BARS bars gets its own colour and pattern: 60 * 7 >= 400).
_HATCHES = ("", "//", "..", "xx", "\\\\", "++", "oo")
# matplotlib (backend_agg) warns once per letter its font lacks, naming the letter:
# "Glyph 4656 (\N{ETHIOPIC SYLLABLE SA}) missing from font(s) DejaVu Sans."
_GLYPH_MISSING = re.compile(r"Glyph \d+ .*missing from font")
# warnings.catch_warnings swaps process-wide state; charts are drawn in worker threads
# (asyncio.to_thread), so one at a time.
_DRAWING = threading.Lock()


def csv_bytes(report: Report) -> bytes:
    """UTF-8 CSV with a header row (``\\r\\n`` line ends, as RFC 4180)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(tabular(report))
    return buffer.getvalue().encode("utf-8")


def xlsx_bytes(report: Report) -> bytes:
    """An XLSX workbook: sheet ``summary`` with the CSV's rows (numbers as numbers),
    sheet ``about`` with the period, dimensions, unit and threshold."""
    workbook = Workbook()
    sheet = workbook.worksheets[0]
    sheet.title = "summary"
    for row in tabular(report):
        sheet.append(list(row))
    about = workbook.create_sheet("about")
    about.append(["period_from", report.period.first.isoformat()])
    about.append(["period_to", report.period.last.isoformat()])
    about.append(["dimensions", ",".join(d.value for d in report.dimensions)])
    about.append(["unit", report.unit])
    about.append(["k", report.table.k])
    about.append(["<k", f"fewer than {report.table.k} (primary suppression)"])
    about.append(["..", "hidden so that totals cannot reveal a small count (secondary)"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class ChartText:
    """The chart's words, translated by the caller; ``names`` name the categories and the
    legend's dimension (default: the ids, as in the CSV)."""

    title: str
    axis: str
    names: Names = IDS
    locale: str = ""
    """The language of the words (a catalogue code such as ``ti``), named in the one log
    line of a chart whose font lacks some of their letters; ``""``: not given."""


def series_styles(count: int) -> list[tuple[str, str]]:
    """``(colour, hatch)`` for each of ``count`` series of a chart, no two alike: colours
    as ``#rrggbb``, a hatch as matplotlib writes a fill pattern (``""``: plain).

    Up to 10 series get matplotlib's ``tab10`` (its default colours); more (the 12 topics
    crossed with another dimension) get the 20 of ``tab20``, strong ones first, then the
    40 of ``tab20b`` and ``tab20c``; beyond those 60 the colours repeat with a hatch
    (:data:`_HATCHES`). matplotlib's default colour cycle has 10 colours, so the 11th and
    12th topics were drawn in the colours of the 1st and 2nd. Raises :class:`ValueError`
    above ``60 * 7`` series (more than :data:`MAX_CHART_BARS` bars).
    """
    import matplotlib
    from matplotlib.colors import to_hex

    def palette(name: str) -> list[str]:
        return [to_hex(c) for c in matplotlib.colormaps[name].colors]  # type: ignore[attr-defined]

    if count <= 10:
        colours = palette("tab10")
    else:
        tab20 = palette("tab20")  # pairs: strong, light; the strong ones (tab10's) first
        colours = tab20[0::2] + tab20[1::2] + palette("tab20b") + palette("tab20c")
    if count > len(colours) * len(_HATCHES):
        raise ValueError(f"too many series for distinct colours and patterns ({count})")
    return [(colours[i % len(colours)], _HATCHES[i // len(colours)]) for i in range(count)]


def chart_cells(report: Report) -> int:
    """How many bars :func:`chart_figure` draws for ``report``: rows × columns (one column
    for a table of one dimension); more than :data:`MAX_CHART_BARS` is refused."""
    table = report.table
    return len(table.rows) * (len(table.columns) if table.columns is not None else 1)


def chart_png(report: Report, text: ChartText) -> bytes:
    """A bar chart as PNG (:func:`chart_figure`).

    Letters the font lacks (matplotlib's DejaVu Sans has no Ethiopic, so Tigrinya labels
    are drawn as boxes: docs/translations.md) make matplotlib warn once per letter, naming
    it; those warnings are caught and the chart logs one line at most,
    ``chart: the font lacks glyphs for locale ti``, without any of its text. Other
    warnings pass on as they came. Raises :class:`ValueError` as :func:`chart_figure`.
    """
    with _DRAWING:
        with warnings.catch_warnings(record=True) as caught:
            warnings.filterwarnings("always", message=_GLYPH_MISSING.pattern)
            figure = chart_figure(report, text)
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png")
        others = [w for w in caught if not _GLYPH_MISSING.match(str(w.message))]
        if len(others) < len(caught):
            log.warning("chart: the font lacks glyphs for locale %s", text.locale or "(not given)")
        for w in others:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, source=w.source)
    return buffer.getvalue()


def chart_figure(report: Report, text: ChartText) -> Figure:
    """A bar chart: one bar per published cell, grouped by row for two dimensions, each
    column (series) in its own colour and pattern (:func:`series_styles`).

    Weeks run left to right; other categories top to bottom. Suppressed cells get no
    bar, only their mark. Totals are not drawn. Raises :class:`ValueError` when the
    table has more than :data:`MAX_CHART_BARS` cells.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    table = report.table
    names = text.names
    rows = [names.category(report.dimensions[0], r) for r in table.rows]
    columns = (
        [names.category(report.dimensions[1], c) for c in table.columns]
        if table.columns is not None
        else [""]
    )
    bars = chart_cells(report)
    if bars > MAX_CHART_BARS:
        raise ValueError(f"too many cells for a chart ({bars})")
    vertical = report.dimensions[0] is Dimension.WEEK
    length = min(_MAX_HEIGHT_IN, max(4.0, bars * _INCH_PER_BAR + 1.5))
    figure = Figure(figsize=(length, 6.0) if vertical else (9.0, length), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    width = 0.8 / len(columns)
    top = max([c.value for c in table.cells.values() if c.value is not None] + [1])
    styles = series_styles(len(columns))
    for j, column in enumerate(columns):
        keys = [(r, table.columns[j]) if table.columns is not None else (r,) for r in table.rows]
        cells = [table.cells[key] for key in keys]
        values = [c.value or 0 for c in cells]
        positions = [i + (j - (len(columns) - 1) / 2) * width for i in range(len(rows))]
        label = column or None
        colour, hatch = styles[j]
        if vertical:
            axes.bar(positions, values, width=width, label=label, color=colour, hatch=hatch)
        else:
            axes.barh(positions, values, height=width, label=label, color=colour, hatch=hatch)
        for position, cell in zip(positions, cells, strict=True):
            mark = table.display(cell)
            offset = top * 0.01
            at = (cell.value or 0) + offset
            if vertical:
                axes.text(position, at, mark, ha="center", va="bottom", fontsize=7)
            else:
                axes.text(at, position, mark, ha="left", va="center", fontsize=7)
    ticks = list(range(len(rows)))
    if vertical:
        axes.set_xticks(ticks, rows, rotation=45, ha="right")
        axes.set_ylabel(text.axis)
    else:
        axes.set_yticks(ticks, rows)
        axes.invert_yaxis()
        axes.set_xlabel(text.axis)
    if table.columns is not None:
        axes.legend(title=names.dimension(report.dimensions[1]), fontsize=7)
    axes.set_title(text.title, fontsize=10)
    figure.tight_layout()
    return figure
