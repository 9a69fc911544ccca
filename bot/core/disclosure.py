"""Statistical disclosure control for one- and two-dimensional frequency tables.

OSL forbids statistics from which an individual can be identified. SCB protected its
tables with primary and secondary cell suppression; no single Swedish threshold
exists, and the reference (shared/reference/sweden-resources-and-law.md §5 item 8)
recommends suppressing counts below 5 with secondary suppression and no fine
crossings. Here (README.md, "Staff and reports" and ``DISCLOSURE_K`` under "Configuration"):
threshold k (default 5, configurable, never below 3, the threshold Statistics Norway uses),
and at most two dimensions crossed in one table.

Rules, in order:

1. **Primary suppression.** Every entry (cell, row, column or grand total) with
   0 < n < k is hidden and shown as ``"<k"``.
2. **Zeros are published** (as is common in official statistics), except in a
   line whose total shows ``"<k"``: there they show ``"<k"`` too, or the number of
   non-zero categories would give the cells away (a total "<5" over four non-zero
   cells means four ones). So a reader knows a ``"<k"`` value is 1..k-1, or 0..k-1
   on such a line. Zeros are never complements: they protect nothing. A hidden zero
   is not told by a line's published total minus its published entries (rule 3);
   beyond that, only the zeros of a line of few records (below) are audited (rule 4).
   A zero that also lies in a line whose total is a published 0 is shown as 0:
   everyone can tell it is.
   **Records that count in several cells.** Where one record can count in several
   cells of a line (a referral counts once for every service it showed,
   ``bot.core.report``), the line's total counts *showings*, not records, and may
   reach k while fewer than k records stand behind it; its cells would then tell
   what that small group was shown. The caller passes the number of records behind
   such lines (:class:`Records`); a line behind which 1..k-1 records stand is treated
   as a line whose total shows ``"<k"``: its zeros show ``"<k"`` (its non-zero cells
   are below k anyway: a record counts at most once in a cell), and its total, if
   it is k or more, is hidden as ``".."`` (a reader still learns it is at least k
   and, from the line's cells, at most (k-1) times their number). Its hidden zeros
   are protected like counts (rule 4): that a service was *not* shown to those few
   records is as telling as that it was.
3. **Secondary suppression.** Each additive line (a row with its total, a column
   with its total, the column of row totals with the grand total, the row of
   column totals with the grand total; for 1-D the categories with the total)
   must hold 0 or at least 2 hidden entries: a line with exactly one gets its
   smallest non-zero published entry hidden (ties: first row, then first column,
   totals last), repeated until no line changes. So does a line whose total is
   published and whose hidden entries add up to 0..k-1: the reader gets that sum by
   subtraction, a count below k of the hidden categories together (a column 11 with
   one cell 10 published tells that the two hidden ones hold exactly 1 between them),
   or, when it is 0, that each hidden entry is a zero hidden by rule 2 (a column 12
   with one cell 12 published tells that its "<k" in a row whose total shows "<k" is
   0: a category those few records were not in, what rule 2 hid it for).
   Complements show as ``".."``:
   they are not "fewer than k" (by construction they are at least k).
4. **Audit.** ``bot.core.disclosure_audit`` then checks exactly whether any hidden
   non-zero value (or zero of a line of few records, rule 2) is still determined, allowing the reader everything the output
   carries: published values, the bounds of rule 2 for ``"primary"`` entries, that
   a ``"secondary"`` one is >= k and, because complements are picked
   smallest-first, at most the published non-zero entries of the lines it was
   picked from. Each determined value gets its smallest published non-zero
   neighbour (in its own lines, else anywhere) hidden, and the audit repeats.
5. If even hiding every non-zero entry leaves a value determined,
   ``UnsafeTableError`` is raised (merge categories or take a longer period); the
   check runs first, so rules 3 and 4 always end in a safe table.

Limits: no minimum width of the interval a reader can narrow a hidden value to; the
reader's knowledge of the order in which complements were chosen (e.g. "the first
complement is at most the second") is not modelled; a hidden zero of a line whose
total shows "<k" is not audited, so reasoning across several lines (never one line's
total minus its cells) may still tell it is 0; a published zero can still
reveal an attribute of a group of k or more ("every referral in district X was
about drugs"); and only this one table is protected: take 1-D margins from the 2-D
table rather than protecting them separately, and never publish tables that can be
differenced (weeks 1-4 and weeks 1-3).
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from bot.core.disclosure_audit import Arc, find_recoverable

DEFAULT_K = 5
MIN_K = 3
MAX_CELLS = 200_000
"""The most cells (rows × columns) :func:`protect` takes. Its audit (rule 4) is linear in
the table (``bot.core.disclosure_audit``); measured on one core of the project's shared
2-core machine, random tables (half zeros, a third of the rest below k): 20,000 cells
0.6-0.9 s, 60,000 cells 1.8-2.5 s for all of :func:`protect` (``python -m bench report
--disclosure``). Before, the audit searched the graph once per
hidden value: 20,000 cells took 30 s, 60,000 cells 13 minutes. The number of audit rounds
is bounded by :data:`MAX_AUDIT_WORK` instead: each round that finds a determined value hides
one more entry and audits again (one round costs a pass over the table), and a table with
many equal large counts can need thousands of rounds (docs/privacy.md, "Disclosure
control"). A staff summary in Telegram stays far below (a quarter by week × resource is ~500
cells)."""
MAX_AUDIT_WORK = 2_500_000
"""The most audit work :func:`protect` does for one table, in cells audited: the table's
cells times the audit rounds so far. Past it the table is refused
(:class:`TableTooLargeError`) rather than checked for minutes: a table of 500 cells may take
5,000 rounds, one of 20,000 cells 125, one of 200,000 cells 12. Measured on the project's
shared machine, one round costs ~2-8 µs per cell (networkx's graph passes included), so a
refusal comes within ~20 s at worst (``python -m bench report --disclosure --cells
200000``; a 28,000-cell table of many equal counts needed over 6,000 rounds and ran for
more than 18 minutes before this bound)."""
SECONDARY_MARK = ".."

Kind = Literal["primary", "secondary"]
Key = tuple[Hashable, ...]
_Pos = tuple[int, int]


class UnsafeTableError(ValueError):
    """No suppression pattern within the rules protects this table."""


class TableTooLargeError(UnsafeTableError):
    """The table has more than :data:`MAX_CELLS` cells, or its check would take more than
    :data:`MAX_AUDIT_WORK`: too large to check that no hidden value can be worked out, so it
    is not published at all."""


@dataclass(frozen=True)
class Records:
    """How many records stand behind the lines of a table in which one record can count
    in several cells (rule 2 of the module docstring): ``total`` behind the grand total,
    ``by_row[r]`` behind row ``r`` with its total, ``by_column[c]`` behind column ``c``
    with its total. A line not given is one where every record counts once (its total
    is its number of records). For a referral table by ``resource`` (``bot.core.report``):
    the referrals that showed at least one service, in all and by the other dimension.
    """

    total: int
    by_row: Mapping[Hashable, int] = field(default_factory=dict)
    by_column: Mapping[Hashable, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Cell:
    """One published entry: ``value`` is ``None`` exactly when it is suppressed."""

    value: int | None
    suppressed: Kind | None = None


@dataclass(frozen=True)
class ProtectedTable:
    """A table safe to show. For 1-D tables ``columns`` and ``column_totals`` are
    ``None``, ``row_totals`` is empty and ``cells`` is keyed ``(row,)``."""

    k: int
    rows: tuple[Hashable, ...]
    columns: tuple[Hashable, ...] | None
    cells: Mapping[Key, Cell]
    row_totals: Mapping[Hashable, Cell]
    column_totals: Mapping[Hashable, Cell] | None
    grand_total: Cell

    def display(self, cell: Cell) -> str:
        """The number, ``"<k"`` (e.g. ``"<5"``) for primary, ``".."`` for secondary."""
        if cell.suppressed == "primary":
            return f"<{self.k}"
        if cell.suppressed == "secondary":
            return SECONDARY_MARK
        return str(cell.value)


def protect(
    counts: Mapping[Key, int],
    rows: Sequence[Hashable],
    columns: Sequence[Hashable] | None = None,
    k: int = DEFAULT_K,
    records: Records | None = None,
) -> ProtectedTable:
    """Apply primary and secondary suppression to a 1-D or 2-D frequency table.

    ``counts`` maps ``(row,)`` or ``(row, column)`` to a count; missing keys are 0.
    ``rows`` and ``columns`` list every category, so zero cells are known. ``records``
    gives the number of records behind lines where a record counts in several cells
    (:class:`Records`). Raises ``TypeError``/``ValueError`` for a malformed table or
    ``records`` that cannot be (a line with a cell above its records, or records
    without showings), :class:`UnsafeTableError` (rule 5), and its subclass
    :class:`TableTooLargeError` for more than :data:`MAX_CELLS` cells or a check past
    :data:`MAX_AUDIT_WORK`.
    """
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError("k must be an int")
    if k < MIN_K:
        raise ValueError(f"k must be at least {MIN_K} (configurable, never below {MIN_K})")
    row_cats = _categories(rows, "row")
    col_cats = None if columns is None else _categories(columns, "column")
    size = len(row_cats) * (1 if col_cats is None else len(col_cats))
    if size > MAX_CELLS:
        raise TableTooLargeError(
            f"a table of {size:,} cells is too large to check for disclosure (at most "
            f"{MAX_CELLS:,}); use a shorter period or fewer categories"
        )
    grid = _Grid(_index(counts, row_cats, col_cats), len(row_cats), col_cats)
    if records is not None:
        grid.behind = _records_behind(grid, records, row_cats, col_cats)
    kinds = _suppress(grid, k)

    def cell(pos: _Pos) -> Cell:
        kind = kinds.get(pos)
        return Cell(None if kind else grid.values[pos], kind)

    n_rows, n_cols = len(row_cats), grid.n_cols
    cells: dict[Key, Cell]
    if col_cats is None:
        cells = {(r,): cell((i, 0)) for i, r in enumerate(row_cats)}
        row_totals: dict[Hashable, Cell] = {}
        column_totals = None
    else:
        cells = {
            (r, c): cell((i, j)) for i, r in enumerate(row_cats) for j, c in enumerate(col_cats)
        }
        row_totals = {r: cell((i, n_cols)) for i, r in enumerate(row_cats)}
        column_totals = MappingProxyType({c: cell((n_rows, j)) for j, c in enumerate(col_cats)})
    return ProtectedTable(
        k=k,
        rows=row_cats,
        columns=col_cats,
        cells=MappingProxyType(cells),
        row_totals=MappingProxyType(row_totals),
        column_totals=column_totals,
        grand_total=cell((n_rows, n_cols if col_cats is not None else 0)),
    )


def _categories(values: Sequence[Hashable], what: str) -> tuple[Hashable, ...]:
    cats = tuple(values)
    if not cats:
        raise ValueError(f"no {what} categories")
    if len(set(cats)) != len(cats):
        raise ValueError(f"duplicate {what} categories")
    if any(isinstance(c, tuple) for c in cats):
        raise ValueError("at most two dimensions crossed in one table (tuple category)")
    return cats


def _index(
    counts: Mapping[Key, int],
    rows: tuple[Hashable, ...],
    columns: tuple[Hashable, ...] | None,
) -> dict[_Pos, int]:
    """Counts by (row index, column index), validated; 1-D uses column index 0."""
    width = 1 if columns is None else 2
    row_at = {r: i for i, r in enumerate(rows)}
    col_at = {c: j for j, c in enumerate(columns or ())}
    out = {
        (i, j): 0
        for i in range(len(rows))
        for j in range(len(columns) if columns is not None else 1)
    }
    for key, n in counts.items():
        if not isinstance(key, tuple):
            raise TypeError(f"count keys must be tuples, got {key!r}")
        if len(key) > 2:
            raise ValueError("at most two dimensions crossed in one table")
        if len(key) != width:
            raise ValueError(f"key {key!r} does not match a {width}-dimensional table")
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValueError(f"count for {key!r} must be a non-negative int, got {n!r}")
        if key[0] not in row_at or (width == 2 and key[1] not in col_at):
            raise ValueError(f"key {key!r} names an unknown category")
        out[(row_at[key[0]], col_at[key[1]] if width == 2 else 0)] += n
    return out


def _records_behind(
    grid: _Grid,
    records: Records,
    rows: tuple[Hashable, ...],
    columns: tuple[Hashable, ...] | None,
) -> dict[_Pos, int]:
    """Records behind each line, by the position of the line's total; checked."""
    n_rows, n_cols = len(rows), grid.n_cols
    by_row, by_column = dict(records.by_row), dict(records.by_column)
    if columns is None and (by_row or by_column):
        raise ValueError("a 1-D table has records in all only (Records.total)")
    for given, cats, what in ((by_row, rows, "row"), (by_column, columns or (), "column")):
        unknown = set(given) - set(cats)
        if unknown:
            raise ValueError(f"records for unknown {what} {sorted(map(repr, unknown))[0]}")
    behind = {(n_rows, n_cols): records.total}
    behind |= {(i, n_cols): by_row[r] for i, r in enumerate(rows) if r in by_row}
    behind |= {(n_rows, j): by_column[c] for j, c in enumerate(columns or ()) if c in by_column}
    for total, n in behind.items():
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValueError(f"records must be non-negative ints, got {n!r}")
        if n > grid.values[total] or (n == 0) != (grid.values[total] == 0):
            raise ValueError(f"{n} records cannot stand behind a total of {grid.values[total]}")
        for line in grid.lines_ending[total]:
            cells = [p for p in line[:-1] if p[0] < n_rows and (columns is None or p[1] < n_cols)]
            if any(grid.values[p] > n for p in cells):
                raise ValueError(f"a cell counts more than the {n} records behind its line")
    return behind


class _Grid:
    """Cells plus margins by position, the table's additive lines and graph arcs.

    2-D: position (i, j) with i == n_rows the column totals and j == n_cols the row
    totals. 1-D: (i, 0) with i == n_rows the grand total. See disclosure_audit.
    """

    def __init__(self, counts: dict[_Pos, int], n_rows: int, columns: Sequence[Hashable] | None):
        self.values = dict(counts)
        self.lines: list[tuple[_Pos, ...]] = []
        self.ends: dict[_Pos, tuple[int, int]] = {}
        if columns is None:
            self.n_cols = 0
            self.values[(n_rows, 0)] = sum(counts.values())
            self.lines.append(tuple((i, 0) for i in range(n_rows + 1)))
            self.ends = {(i, 0): (0, 1) for i in range(n_rows)} | {(n_rows, 0): (1, 0)}
        else:
            n_cols = self.n_cols = len(columns)
            for i in range(n_rows):
                self.values[(i, n_cols)] = sum(counts[(i, j)] for j in range(n_cols))
            for j in range(n_cols + 1):
                self.values[(n_rows, j)] = sum(self.values[(i, j)] for i in range(n_rows))
            self.lines += [tuple((i, j) for j in range(n_cols + 1)) for i in range(n_rows + 1)]
            self.lines += [tuple((i, j) for i in range(n_rows + 1)) for j in range(n_cols + 1)]
            col = 2 + n_rows  # nodes: s = 0, t = 1, row i = 2 + i, column j = col + j
            for i in range(n_rows):
                self.ends |= {(i, j): (2 + i, col + j) for j in range(n_cols)}
                self.ends[(i, n_cols)] = (0, 2 + i)
            self.ends |= {(n_rows, j): (col + j, 1) for j in range(n_cols)}
            self.ends[(n_rows, n_cols)] = (1, 0)
        self.lines_of: dict[_Pos, list[int]] = {p: [] for p in self.values}
        self.lines_ending: dict[_Pos, list[tuple[_Pos, ...]]] = {p: [] for p in self.values}
        for n, line in enumerate(self.lines):
            for p in line:
                self.lines_of[p].append(n)
            self.lines_ending[line[-1]].append(line)
        self.behind: dict[_Pos, int] = {}  # records behind a line's total, where given

    def few_records(self, k: int) -> set[_Pos]:
        """Totals of the lines behind which 1..k-1 records stand (rule 2)."""
        return {p for p, n in self.behind.items() if 0 < n < k}


def _suppress(grid: _Grid, k: int) -> dict[_Pos, Kind]:
    """Rules 1 to 5 of the module docstring; returns the hidden positions."""
    kinds: dict[_Pos, Kind] = {p: "primary" for p, v in grid.values.items() if 0 < v < k}
    scopes: dict[_Pos, list[int] | None] = {}  # lines a complement was the smallest of
    few = grid.few_records(k)
    for total in few:  # rule 2, records behind a line: its total too
        if total not in kinds:
            kinds[total], scopes[total] = "secondary", []  # no smallest-first bound
    for line in grid.lines:
        if line[-1] in few:
            kinds |= {p: "primary" for p in line[:-1] if not grid.values[p] and p not in kinds}
    changed = True
    while changed:  # rule 2: zeros of a line whose total shows "<k" show "<k" too
        changed = False
        for line in grid.lines:
            if kinds.get(line[-1]) == "primary":
                for p in line[:-1]:
                    if not grid.values[p] and p not in kinds:
                        kinds[p], changed = "primary", True
    for line in grid.lines:  # rule 2: a zero in a line whose total is a published 0 shows
        if not grid.values[line[-1]] and line[-1] not in kinds:
            for p in line[:-1]:
                if not grid.values[p] and kinds.get(p) == "primary":
                    del kinds[p]
    everything: dict[_Pos, Kind] = {p: "secondary" for p, v in grid.values.items() if v}
    if _audit(grid, k, everything | kinds, scopes, few):
        raise UnsafeTableError(
            "too few records to publish this table safely: merge categories, "
            "drop a dimension or take a longer period"
        )
    work = len(grid.values)  # the audit above
    while True:
        changed = True
        while changed:
            changed = False
            for n, line in enumerate(grid.lines):
                hidden = [p for p in line if p in kinds]
                single = len(hidden) == 1 and grid.values[hidden[0]]
                # a published total minus the published cells gives the hidden ones' sum:
                # under k it is a small count, and 0 tells that its hidden zeros are 0
                small_sum = (
                    bool(hidden)
                    and line[-1] not in kinds
                    and sum(grid.values[p] for p in hidden) < k
                )
                if single or small_sum:
                    # never None: the line's sum keeps another non-zero entry open (a
                    # published total over hidden cells under k is more than their sum,
                    # and one over hidden zeros only is not 0: its zeros would show)
                    pick = _smallest(grid, kinds, line)
                    if pick is not None:
                        kinds[pick], scopes[pick], changed = "secondary", [n], True
        work += len(grid.values)
        if work > MAX_AUDIT_WORK:
            raise TableTooLargeError(
                "this table needs too many rounds of suppression to check for disclosure; "
                "use a shorter period or fewer categories"
            )
        exposed = _audit(grid, k, kinds, scopes, few)
        if not exposed:
            return kinds
        near: list[int] | None = grid.lines_of[exposed[0]]
        pick = _smallest(grid, kinds, (p for n in near or () for p in grid.lines[n]))
        if pick is None:  # its lines are exhausted: widen to the whole table
            pick, near = _smallest(grid, kinds, grid.values), None
        if pick is None:  # cannot happen: the full pattern passed the audit above
            raise UnsafeTableError("no suppression pattern protects this table")
        kinds[pick], scopes[pick] = "secondary", near


def _smallest(grid: _Grid, kinds: Mapping[_Pos, Kind], among: Iterable[_Pos]) -> _Pos | None:
    """The published non-zero entry with the smallest value (ties: position order)."""
    open_ = [(grid.values[p], p) for p in among if grid.values[p] and p not in kinds]
    return min(open_)[1] if open_ else None


def _audit(
    grid: _Grid,
    k: int,
    kinds: Mapping[_Pos, Kind],
    scopes: Mapping[_Pos, list[int] | None],
    few: Collection[_Pos],
) -> list[_Pos]:
    """Hidden positions whose value the reader can work out (rule 4); ``few`` is
    ``grid.few_records(k)``, the same in every round of :func:`_suppress`."""
    arcs: dict[_Pos, Arc] = {}
    ceiling = _Ceilings(grid, kinds)
    for p in sorted(kinds):
        value, (tail, head) = grid.values[p], grid.ends[p]
        if kinds[p] == "primary":
            totals = (grid.lines[n][-1] for n in grid.lines_of[p])
            small_line = any(t != p and (kinds.get(t) == "primary" or t in few) for t in totals)
            arcs[p] = Arc(tail, head, value, 0 if small_line else 1, k - 1)
        else:
            arcs[p] = Arc(tail, head, value, k, ceiling.of(p, scopes.get(p)))
    # a zero may show, except in a line of few records: there it tells what they were not
    return [
        p
        for p in find_recoverable(arcs)
        if grid.values[p] or any(grid.lines[n][-1] in few for n in grid.lines_of[p])
    ]


class _Ceilings:
    """Upper bounds the smallest-first rule gives away about complements, for one
    pattern ``kinds``: complement ``pos`` was no larger than any entry of its scope
    (lines by number; ``None``: the whole table) that is still published, and smaller
    than those that come before it in the tie-break order (position order).

    That bound is min(v - (p < pos)) over the scope's published non-zero entries p; it
    is reached at the scope's smallest such entry with ties broken by position (a
    smaller p of the same value would give the same v - 1 or less), so each line's (and
    the table's) smallest open entry is found once per pattern, not once per complement:
    without that, a complement picked with the whole table as scope cost a pass over the
    table each, quadratic in the table.
    """

    def __init__(self, grid: _Grid, kinds: Mapping[_Pos, Kind]) -> None:
        self._grid, self._kinds = grid, kinds
        self._found: dict[int | None, tuple[int, _Pos] | None] = {}  # None: whole table

    def of(self, pos: _Pos, scope: list[int] | None) -> int | None:
        """The bound on hidden complement ``pos``, or ``None`` if its scope has no
        published non-zero entry."""
        smallest = [self._smallest(n) for n in ([None] if scope is None else scope)]
        bounds = [value - (p < pos) for value, p in filter(None, smallest)]
        return min(bounds) if bounds else None

    def _smallest(self, line: int | None) -> tuple[int, _Pos] | None:
        """(value, position) of the smallest published non-zero entry of ``line``."""
        if line not in self._found:
            values, kinds = self._grid.values, self._kinds
            among = values if line is None else self._grid.lines[line]
            open_ = [(values[p], p) for p in among if values[p] and p not in kinds]
            self._found[line] = min(open_) if open_ else None
        return self._found[line]
