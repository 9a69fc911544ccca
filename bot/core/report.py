"""Referral summaries with disclosure control (README.md, "Staff and reports"; issue 5).

A report counts the referrals of a :class:`~bot.core.periods.Period` by one or two
:class:`Dimension` s and passes the table through :func:`bot.core.disclosure.protect`
before anything else sees it: a :class:`Report` holds only the protected table, so
every output (chat, command line, CSV, XLSX, chart) is built from published values.

Counting happens in the database for staff (``storage.referrals.ReferralRepository.counts``
groups in SQL and maps values with :func:`category`), or here, one referral at a time
(:func:`count_referrals`, the reference it is tested against); either way
:func:`report_from_counts` gets the same table. This module runs no SQL.

Counting rules:

* one count per referral, except for ``resource``: ``services_shown`` is a list, so a
  referral counts once for every service it showed (a referral that showed no service
  does not count), and the totals are *service showings*, not referrals; so the table
  also gets the number of referrals that showed a service, in all and by the other
  dimension (:func:`count_showing`), and disclosure control treats a line behind which
  fewer than k referrals stand as a small line (``bot.core.disclosure`` rule 2), even
  when its showings reach k;
* a missing value (no campaign, no district, no answer to "did this help?", an age
  that was not asked) is its own category, ``none``;
* ``week`` is the ISO week (Monday to Sunday, Europe/Stockholm) of the referral hour;
* every known category is listed, so zero rows show; categories seen in the data but
  no longer configured (an old campaign code) are added after the known ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Literal

from bot.core.disclosure import DEFAULT_K, Cell, Key, ProtectedTable, Records, protect
from bot.core.periods import Period, iso_week, local_date, weeks_of
from bot.core.referral import Referral
from bot.core.taxonomy import AgeBand, Audience, Topic

NONE = "none"
MAX_DIMENSIONS = 2  # README.md, "Staff and reports": at most two dimensions are crossed
OUTCOMES = ("yes", "no")


class ReportError(ValueError):
    """A request the report cannot answer: unknown or repeated dimension, too many."""


class Dimension(StrEnum):
    """What a report counts by; the values appear in callback data, CSV and the CLI."""

    TOPIC = "topic"
    AUDIENCE = "audience"
    AGE_BAND = "age_band"
    LANGUAGE = "language"
    CAMPAIGN = "campaign"
    DISTRICT = "district"
    RESOURCE = "resource"
    OUTCOME = "outcome"
    WEEK = "week"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Categories known from configuration and data, so that their zeros are shown."""

    locales: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    services: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """A protected summary: ``table`` rows are ``dimensions[0]``, columns ``dimensions[1]``."""

    period: Period
    dimensions: tuple[Dimension, ...]
    table: ProtectedTable

    @property
    def unit(self) -> Literal["referrals", "service showings"]:
        """What the numbers count (module docstring)."""
        return "service showings" if Dimension.RESOURCE in self.dimensions else "referrals"


EntryKind = Literal["cell", "row_total", "column_total", "grand_total"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One published entry, in reading order; categories are ``""`` where they do not apply."""

    kind: EntryKind
    category_1: str
    category_2: str
    cell: Cell


def parse_dimensions(text: str) -> tuple[Dimension, ...]:
    """``"topic,audience"`` → ``(TOPIC, AUDIENCE)``; one or two distinct dimensions.

    Raises :class:`ReportError` otherwise, also for an empty item (``"topic,"``, ``",topic"``,
    ``"topic,,audience"``: a dimension left out by mistake is not guessed).
    """
    names = [part.strip() for part in text.split(",")] if text.strip() else []
    if "" in names:
        raise ReportError(f"empty dimension in {text!r}; separate one or two dimensions by a comma")
    known = {d.value for d in Dimension}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ReportError(f"unknown dimension {unknown[0]!r}; one of {', '.join(sorted(known))}")
    dimensions = tuple(Dimension(n) for n in names)
    check_dimensions(dimensions)
    return dimensions


def check_dimensions(dimensions: tuple[Dimension, ...]) -> None:
    """Raise :class:`ReportError` unless ``dimensions`` is one dimension or two different ones
    (README.md, "Staff and reports": at most two dimensions are crossed)."""
    if not 1 <= len(dimensions) <= MAX_DIMENSIONS or len(set(dimensions)) != len(dimensions):
        raise ReportError("give one dimension, or two different ones (at most two are crossed)")


def values_of(referral: Referral, dimension: Dimension) -> tuple[str, ...]:
    """The categories ``referral`` counts under: one, or for ``resource`` one per service."""
    if dimension is Dimension.RESOURCE:
        return tuple(dict.fromkeys(referral.services_shown))
    return (category(dimension, _RAW[dimension](referral)),)


_RAW: dict[Dimension, Callable[[Referral], str | datetime | None]] = {
    Dimension.TOPIC: lambda r: r.topic,
    Dimension.AUDIENCE: lambda r: r.audience,
    Dimension.AGE_BAND: lambda r: r.age_band,
    Dimension.LANGUAGE: lambda r: r.locale,
    Dimension.CAMPAIGN: lambda r: r.campaign,
    Dimension.DISTRICT: lambda r: r.district,
    Dimension.OUTCOME: lambda r: r.outcome,
    Dimension.WEEK: lambda r: r.hour,
}
_OPTIONAL = frozenset(
    {Dimension.AGE_BAND, Dimension.CAMPAIGN, Dimension.DISTRICT, Dimension.OUTCOME}
)


def category(dimension: Dimension, raw: str | datetime | None) -> str:
    """The category a stored value counts under (module docstring), for counts made elsewhere.

    ``raw`` is the column's value, for ``resource`` one element of ``services_shown``;
    for ``week`` a datetime (aware, or naive UTC as stored) on the Stockholm day that
    counts, so a database may group the hours of one local day together and pass any one
    of them. Missing optional values (``None`` or ``""``) are :data:`NONE`; a value that is
    not text (a number in ``services_shown``) is counted as its text. Raises
    :class:`ReportError` for a ``week`` value that is not a datetime.
    """
    if dimension is Dimension.WEEK:
        if not isinstance(raw, datetime):
            raise ReportError(f"a week needs a datetime, got {raw!r}")
        return iso_week(local_date(raw))
    if dimension in _OPTIONAL:
        return str(raw) if raw else NONE
    return "" if raw is None else str(raw)


def known_categories(
    dimension: Dimension, period: Period, vocabulary: Vocabulary
) -> tuple[str, ...]:
    """The categories listed even when their count is zero, in display order."""
    known: dict[Dimension, tuple[str, ...]] = {
        Dimension.TOPIC: tuple(Topic),
        Dimension.AUDIENCE: tuple(Audience),
        Dimension.AGE_BAND: (*AgeBand, NONE),
        Dimension.LANGUAGE: vocabulary.locales,
        Dimension.CAMPAIGN: (*vocabulary.campaigns, NONE),
        Dimension.DISTRICT: (*vocabulary.districts, NONE),
        Dimension.RESOURCE: vocabulary.services,
        Dimension.OUTCOME: (*OUTCOMES, NONE),
        Dimension.WEEK: weeks_of(period),
    }
    return tuple(dict.fromkeys(known[dimension]))


def count_referrals(
    referrals: Iterable[Referral], dimensions: tuple[Dimension, ...], period: Period
) -> Counter[tuple[str, ...]]:
    """Count referrals of ``period`` by ``dimensions`` in Python, one referral at a time.

    Keys are ``(category,)`` or ``(category_1, category_2)`` (:func:`values_of`); only
    non-zero counts appear. Referrals outside ``period`` are ignored. The staff desk
    counts in the database instead (``storage.referrals.ReferralRepository.counts``);
    this is the reference it is tested against. Raises :class:`ReportError` for a bad
    ``dimensions`` tuple.
    """
    check_dimensions(dimensions)
    counts: Counter[tuple[str, ...]] = Counter()
    for referral in referrals:
        if not period.contains(referral.hour):
            continue
        if len(dimensions) == 1:
            counts.update((v,) for v in values_of(referral, dimensions[0]))
        else:
            for first in values_of(referral, dimensions[0]):
                counts.update((first, v) for v in values_of(referral, dimensions[1]))
    return counts


def count_showing(
    referrals: Iterable[Referral], dimensions: tuple[Dimension, ...], period: Period
) -> Counter[tuple[str, ...]]:
    """Referrals of ``period`` that showed at least one service, by the dimensions of
    ``dimensions`` other than ``resource``: keyed ``()`` for a table by ``resource``
    alone, ``(category,)`` when it is crossed with another dimension; only non-zero
    counts appear. This is what a table by ``resource`` needs besides its counts
    (:func:`report_from_counts`, ``showing``); the staff desk counts it in the database
    (``storage.referrals.ReferralRepository.showing``). Raises :class:`ReportError` for a
    bad ``dimensions`` tuple.
    """
    check_dimensions(dimensions)
    others = [d for d in dimensions if d is not Dimension.RESOURCE]
    counts: Counter[tuple[str, ...]] = Counter()
    for referral in referrals:
        if referral.services_shown and period.contains(referral.hour):
            counts[tuple(values_of(referral, d)[0] for d in others)] += 1
    return counts


def report_from_counts(
    counts: Mapping[tuple[str, ...], int],
    dimensions: tuple[Dimension, ...],
    period: Period,
    vocabulary: Vocabulary,
    k: int = DEFAULT_K,
    *,
    showing: Mapping[tuple[str, ...], int] | None = None,
) -> Report:
    """Protect a table of counts of ``period`` by ``dimensions`` and wrap it as a report.

    ``counts`` is keyed as :func:`count_referrals` returns it (missing keys are 0).
    Categories seen in ``counts`` but not known (:func:`known_categories`) are listed
    after the known ones. A table by ``resource`` also needs ``showing``, keyed as
    :func:`count_showing` returns it: the referrals behind its lines (module docstring).
    Raises :class:`ReportError` for a bad ``dimensions`` tuple or a table by ``resource``
    without ``showing``, ``ValueError`` for a key of the wrong width or ``showing`` that
    does not fit ``counts``, and :class:`bot.core.disclosure.UnsafeTableError` when no
    suppression pattern protects the table (too few records).
    """
    check_dimensions(dimensions)
    axes = [
        _with_seen(known_categories(d, period, vocabulary), {str(key[i]) for key in counts})
        for i, d in enumerate(dimensions)
    ]
    records = None
    if Dimension.RESOURCE in dimensions:
        if showing is None:
            raise ReportError("a table by resource needs the referrals behind it (showing)")
        records = _records(showing, dimensions)
    cells: dict[Key, int] = dict(counts.items())
    table = protect(cells, axes[0], axes[1] if len(axes) == 2 else None, k=k, records=records)
    return Report(period, dimensions, table)


def _records(showing: Mapping[tuple[str, ...], int], dimensions: tuple[Dimension, ...]) -> Records:
    """:class:`bot.core.disclosure.Records` of a table by ``resource`` (``showing`` as
    :func:`count_showing` keys it; the lines across services are those it counts)."""
    width = len(dimensions) - 1
    if any(len(key) != width for key in showing):
        raise ValueError(f"showing keys must have {width} element(s) for {len(dimensions)}-D")
    total = sum(showing.values())
    if width == 0:
        return Records(total)
    by_other: dict[Hashable, int] = {key[0]: n for key, n in showing.items()}
    if dimensions[0] is Dimension.RESOURCE:  # services are rows: columns cross them
        return Records(total, by_column=by_other)
    return Records(total, by_row=by_other)


def build_report(
    referrals: Iterable[Referral],
    dimensions: tuple[Dimension, ...],
    period: Period,
    vocabulary: Vocabulary,
    k: int = DEFAULT_K,
) -> Report:
    """Count the referrals of ``period`` by ``dimensions`` and protect the table.

    :func:`count_referrals` (and :func:`count_showing`) then :func:`report_from_counts`. Referrals outside
    ``period`` are ignored. Raises :class:`ReportError` for a bad ``dimensions`` tuple
    and :class:`bot.core.disclosure.UnsafeTableError` when no suppression pattern
    protects the table (too few records).
    """
    referrals = list(referrals)
    counts = count_referrals(referrals, dimensions, period)
    showing = count_showing(referrals, dimensions, period)
    return report_from_counts(counts, dimensions, period, vocabulary, k, showing=showing)


def _with_seen(known: tuple[str, ...], seen: set[str]) -> tuple[str, ...]:
    return known + tuple(sorted(seen - set(known)))


def entries(report: Report) -> list[Entry]:
    """Every published entry: rows with their totals, then column totals, then the total."""
    table = report.table
    out: list[Entry] = []
    for row in map(str, table.rows):
        if table.columns is None:
            out.append(Entry("cell", row, "", table.cells[(row,)]))
            continue
        out += [Entry("cell", row, str(c), table.cells[(row, c)]) for c in table.columns]
        out.append(Entry("row_total", row, "", table.row_totals[row]))
    if table.columns is not None and table.column_totals is not None:
        out += [Entry("column_total", "", str(c), table.column_totals[c]) for c in table.columns]
    out.append(Entry("grand_total", "", "", table.grand_total))
    return out


CSV_COLUMNS = (
    "period_from",
    "period_to",
    "kind",
    "dimension_1",
    "category_1",
    "dimension_2",
    "category_2",
    "count",
    "suppressed",
)


def tabular(report: Report) -> list[tuple[str | int, ...]]:
    """Rows for CSV and XLSX, :data:`CSV_COLUMNS` first (documented in the README).

    ``count`` is an ``int`` when published, else ``"<k"`` or ``".."``; ``suppressed`` is
    ``""``, ``"primary"`` or ``"secondary"``.
    """
    dims = [d.value for d in report.dimensions] + [""]
    period = (report.period.first.isoformat(), report.period.last.isoformat())
    rows: list[tuple[str | int, ...]] = [CSV_COLUMNS]
    for e in entries(report):
        count: str | int = (
            e.cell.value if e.cell.value is not None else report.table.display(e.cell)
        )
        rows.append(
            (
                *period,
                e.kind,
                dims[0],
                e.category_1,
                dims[1],
                e.category_2,
                count,
                e.cell.suppressed or "",
            )
        )
    return rows
