"""Disclosure control: adversarial tables, and an attacker written independently.

The attacker below only sees what a ``ProtectedTable`` publishes (values, and which
entries are hidden as "primary" or "secondary") plus the public rules: a hidden
primary entry is 1..k-1 (0..k-1 in a line whose total is hidden as primary, where
zeros are hidden too), a hidden secondary one is at least k, other zeros are shown.
It tries four ways to recover a hidden non-zero value: subtraction within one line, rational
Gaussian elimination over all line sums, interval propagation with those bounds,
and, for tiny tables, enumerating every integer table consistent with what is shown;
and it tells a hidden zero from a published total minus its line's published cells
(hidden entries that add up to 0 are each 0).
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import disclosure
from bot.core.disclosure import Cell, ProtectedTable, Records, UnsafeTableError, protect
from bot.core.disclosure_audit import Arc, find_recoverable
from bot.core.taxonomy import Audience, Topic

Name = tuple[Hashable, ...]
INF = float("inf")

# -- the independent attacker ------------------------------------------------------


def truth_of(counts, rows, columns) -> dict[Name, int]:
    """Every entry of the full table, by name: ("cell", key), ("row", r), ("col", c), ("all",)."""
    if columns is None:
        cells = {("cell", (r,)): counts.get((r,), 0) for r in rows}
        return cells | {("all",): sum(cells.values())}
    out: dict[Name, int] = {}
    for r in rows:
        for c in columns:
            out[("cell", (r, c))] = counts.get((r, c), 0)
        out[("row", r)] = sum(counts.get((r, c), 0) for c in columns)
    for c in columns:
        out[("col", c)] = sum(counts.get((r, c), 0) for r in rows)
    out[("all",)] = sum(counts.values())
    return out


def lines_of(rows, columns) -> list[dict[Name, int]]:
    """Each additive line as {name: coefficient}, summing to zero."""
    if columns is None:
        return [{("cell", (r,)): 1 for r in rows} | {("all",): -1}]
    lines = [{("cell", (r, c)): 1 for c in columns} | {("row", r): -1} for r in rows]
    lines += [{("cell", (r, c)): 1 for r in rows} | {("col", c): -1} for c in columns]
    lines.append({("row", r): 1 for r in rows} | {("all",): -1})
    lines.append({("col", c): 1 for c in columns} | {("all",): -1})
    return lines


@dataclass
class View:
    """What a reader sees: published values and the kind of each hidden entry."""

    k: int
    shown: dict[Name, int]
    hidden: dict[Name, str]
    lines: list[dict[Name, int]]
    few: frozenset[Name] = frozenset()  # totals of lines behind which 1..k-1 records stand

    @classmethod
    def of(cls, table: ProtectedTable, few: frozenset[Name] = frozenset()) -> View:
        entries: dict[Name, Cell] = {("cell", key): c for key, c in table.cells.items()}
        entries |= {("row", r): c for r, c in table.row_totals.items()}
        entries |= {("col", c): v for c, v in (table.column_totals or {}).items()}
        entries[("all",)] = table.grand_total
        shown = {n: c.value for n, c in entries.items() if c.value is not None}
        hidden = {n: c.suppressed for n, c in entries.items() if c.suppressed is not None}
        assert set(shown).isdisjoint(hidden)
        assert len(shown) + len(hidden) == len(entries)
        return cls(table.k, shown, hidden, lines_of(table.rows, table.columns), few)

    @classmethod
    def everything_hidden(cls, truth: dict[Name, int], k: int, rows, columns) -> View:
        """The most a table can hide under the rules: every non-zero entry, and the
        zeros of lines whose total is hidden as primary."""
        view = cls(k, {}, {}, lines_of(rows, columns))
        view.hidden = {n: "primary" if v < k else "secondary" for n, v in truth.items() if v}
        while hide := {n for n in truth if n not in view.hidden and view.in_small_line(n)}:
            view.hidden |= dict.fromkeys(hide, "primary")
        view.shown = {n: v for n, v in truth.items() if n not in view.hidden}
        return view

    def in_small_line(self, name: Name) -> bool:
        """Is ``name`` a member of a line whose total is hidden as primary, or of a line
        behind which fewer than k records stand (told to this attacker outright)?"""
        for line in self.lines:
            total = next(n for n, a in line.items() if a < 0)
            if line.get(name) == 1 and (self.hidden.get(total) == "primary" or total in self.few):
                return True
        return False

    def in_few_line(self, name: Name) -> bool:
        """Is ``name`` a member of a line behind which fewer than k records stand?"""
        return any(
            line.get(name) == 1 and next(n for n, a in line.items() if a < 0) in self.few
            for line in self.lines
        )

    def in_zero_line(self, name: Name) -> bool:
        """Is ``name`` a member of a line whose total is shown as 0 (so it is 0 too)?"""
        for line in self.lines:
            total = next(n for n, a in line.items() if a < 0)
            if line.get(name) == 1 and self.shown.get(total) == 0:
                return True
        return False

    def bounds(self, name: Name) -> tuple[float, float]:
        if name in self.shown:
            return self.shown[name], self.shown[name]
        if self.hidden[name] == "primary":
            return (0 if self.in_small_line(name) else 1), self.k - 1
        if name in self.few:  # hidden for its few records, not as a smallest complement
            return self.k, INF
        # a complement was the smallest open non-zero entry of one of its lines (or of
        # the table), so it is at most the smallest value still shown in that line
        ceilings = []
        for line in (line for line in self.lines if name in line):
            shown = [v for n, v in self.shown.items() if n in line and v]
            ceilings.append(min(shown, default=INF))
        return self.k, max(ceilings)


def single_line_recoveries(view: View) -> set[Name]:
    """A line with exactly one hidden entry gives it away by subtraction."""
    found = set()
    for line in view.lines:
        unknown = [n for n in line if n in view.hidden]
        if len(unknown) == 1:
            found.add(unknown[0])
    return found


def zero_sum_recoveries(view: View) -> set[Name]:
    """A line whose published total equals its published cells: its hidden entries
    (zeros hidden with a small line, rule 2) add up to 0, so each of them is 0."""
    found = set()
    for line in view.lines:
        total = next(n for n, a in line.items() if a < 0)
        unknown = [n for n in line if n in view.hidden]
        if total in view.shown and unknown:
            rest = view.shown[total] - sum(
                view.shown[n] for n in line if n in view.shown and n != total
            )
            if rest == 0:
                found |= set(unknown)
    return found


def nonzero(found: set[Name], truth: dict[Name, int], view: View | None = None) -> set[Name]:
    """Recovering a hidden zero is allowed: rule 2 shows most zeros anyway; not one of a
    line of few records (that a service was not shown to them is as telling), and never
    by one line's published total minus its published cells (:func:`zero_sum_recoveries`)."""
    return {n for n in found if truth[n] or (view is not None and view.in_few_line(n))}


def algebraic_recoveries(view: View) -> set[Name]:
    """Hidden entries fixed by the line sums alone: their unit vector lies in the row
    space of the line equations restricted to the hidden entries (exact rationals)."""
    unknowns = sorted(view.hidden, key=repr)
    pivots: list[tuple[int, list[Fraction]]] = []
    for line in view.lines:
        vec = [Fraction(line.get(u, 0)) for u in unknowns]
        vec = _reduce(vec, pivots)
        lead = next((i for i, x in enumerate(vec) if x), None)
        if lead is not None:
            vec = [x / vec[lead] for x in vec]
            pivots = [(p, _eliminate(row, vec, lead)) for p, row in pivots]
            pivots.append((lead, vec))
    found = set()
    for i, u in enumerate(unknowns):
        unit = [Fraction(int(j == i)) for j in range(len(unknowns))]
        if not any(_reduce(unit, pivots)):
            found.add(u)
    return found


def _eliminate(row: list[Fraction], pivot_row: list[Fraction], col: int) -> list[Fraction]:
    factor = row[col]
    return [a - factor * b for a, b in zip(row, pivot_row, strict=True)] if factor else row


def _reduce(vec: list[Fraction], pivots: list[tuple[int, list[Fraction]]]) -> list[Fraction]:
    for col, row in pivots:
        vec = _eliminate(vec, row, col)
    return vec


def propagated_recoveries(view: View, truth: dict[Name, int]) -> set[Name]:
    """Interval propagation over the lines with the public bounds, to a fixpoint."""
    low, high = {}, {}
    for n in view.hidden:
        low[n], high[n] = view.bounds(n)

    def interval(n: Name) -> tuple[float, float]:
        return (low[n], high[n]) if n in view.hidden else view.bounds(n)

    changed = True
    while changed:
        changed = False
        for line in view.lines:
            for u in (n for n in line if n in view.hidden):
                # coef_u * x_u = -sum(coef * x) over the others
                lo_rest = sum(a * interval(n)[0 if a > 0 else 1] for n, a in line.items() if n != u)
                hi_rest = sum(a * interval(n)[1 if a > 0 else 0] for n, a in line.items() if n != u)
                lo, hi = (-hi_rest, -lo_rest) if line[u] > 0 else (lo_rest, hi_rest)
                if lo > low[u]:
                    low[u], changed = lo, True
                if hi < high[u]:
                    high[u], changed = hi, True
    for n in view.hidden:
        assert low[n] <= truth[n] <= high[n], "the attacker's reasoning must stay sound"
    return {n for n in view.hidden if low[n] == high[n]}


def enumerated_recoveries(view: View, truth: dict[Name, int]) -> set[Name]:
    """Every integer table consistent with the view (tiny tables only): a hidden entry
    with a single possible value is recovered. Secondary values are capped just above
    the largest true value, which cannot hide a ±1 alternative."""
    cap = max(truth.values()) + 1
    names = sorted(view.hidden, key=repr)
    domains = {}
    for n in names:
        low, high = view.bounds(n)
        domains[n] = range(int(low), int(min(high, cap)) + 1)
    seen: dict[Name, set[int]] = {n: set() for n in names}

    def search(assigned: dict[Name, int]) -> None:
        assigned = dict(assigned)
        while True:  # derive entries that are the last unknown of a line
            progress = False
            for line in view.lines:
                open_ = [n for n in line if n in view.hidden and n not in assigned]
                known = sum(
                    a * {**view.shown, **assigned}[n] for n, a in line.items() if n not in open_
                )
                if not open_ and known != 0:
                    return
                if len(open_) == 1:
                    value = -known * line[open_[0]]
                    if value not in domains[open_[0]]:
                        return
                    assigned[open_[0]], progress = value, True
            if not progress:
                break
        free = [n for n in names if n not in assigned]
        if not free:
            for n, v in assigned.items():
                seen[n].add(v)
            return
        for value in domains[free[0]]:
            search(assigned | {free[0]: value})

    search({})
    assert all(truth[n] in seen[n] for n in names), "the true table must be found"
    return {n for n in names if len(seen[n]) == 1}


def assert_protected(
    table: ProtectedTable, counts, rows, columns, k, *, enumerate_=False, few=frozenset()
):
    """Published values are true, small counts hidden, and nothing can be recovered."""
    truth = truth_of(counts, rows, columns)
    view = View.of(table, few)
    assert set(view.shown) | set(view.hidden) == set(truth)
    for name, value in view.shown.items():
        assert value == truth[name]
        assert not 0 < value < k, f"{name} = {value} should have been suppressed"
        if view.in_small_line(name):  # only a zero everyone can tell from a total of 0
            assert value == 0, f"{name} should be hidden with its small line"
            assert view.in_zero_line(name), f"{name} should be hidden with its small line"
    for name, kind in view.hidden.items():
        assert (kind == "primary") == (truth[name] < k)
        assert truth[name] > 0 or view.in_small_line(name), "other zeros are published"
    assert not zero_sum_recoveries(view), "a published total minus its cells tells hidden zeros"
    for line in view.lines:  # a published total gives the sum of its hidden entries
        total = next(n for n, a in line.items() if a < 0)
        if total in view.shown:
            hidden = [truth[n] for n in line if n in view.hidden]
            assert not hidden or sum(hidden) >= k, f"{total}'s hidden entries sum to {sum(hidden)}"
    assert not nonzero(single_line_recoveries(view), truth, view)
    assert not nonzero(algebraic_recoveries(view), truth, view)
    assert not nonzero(propagated_recoveries(view, truth), truth, view)
    if enumerate_:
        assert not nonzero(enumerated_recoveries(view, truth), truth, view)


def assert_justly_unsafe(counts, rows, columns, k):
    """An UnsafeTableError is only fair if hiding every non-zero entry still leaks."""
    truth = truth_of(counts, rows, columns)
    view = View.everything_hidden(truth, k, rows, columns)
    found = nonzero(propagated_recoveries(view, truth), truth)
    assert found or nonzero(enumerated_recoveries(view, truth), truth)


# -- adversarial tables --------------------------------------------------------------

ROWS, COLS = ["a", "b", "c"], ["x", "y", "z"]


def grid(values: list[list[int]], rows=ROWS, columns=COLS) -> dict[tuple[str, str], int]:
    return {
        (r, c): n
        for r, line in zip(rows, values, strict=True)
        for c, n in zip(columns, line, strict=True)
    }


def check(values: list[list[int]], k: int = 5, rows=ROWS, columns=COLS) -> ProtectedTable:
    counts = grid(values, rows, columns)
    table = protect(counts, rows, columns, k=k)
    assert_protected(table, counts, rows, columns, k, enumerate_=True)
    return table


def hidden_in_row(table: ProtectedTable, row: str) -> int:
    line = [table.cells[(row, c)] for c in table.columns or ()] + [table.row_totals[row]]
    return sum(c.suppressed is not None for c in line)


def test_single_small_cell_is_not_revealed_by_its_row_total():
    table = check([[2, 10, 12], [9, 11, 14], [8, 13, 20]])
    assert table.cells[("a", "x")] == Cell(None, "primary")
    assert table.row_totals["a"] == Cell(24, None)
    assert hidden_in_row(table, "a") >= 2
    assert table.display(table.cells[("a", "x")]) == "<5"


def test_two_small_cells_in_one_row():
    table = check([[1, 3, 15], [9, 11, 14], [8, 13, 20]])
    assert table.cells[("a", "x")].suppressed == table.cells[("a", "y")].suppressed == "primary"
    assert table.row_totals["a"].suppressed is None  # 19, and two hidden cells protect each other
    assert sum(table.cells[(r, "x")].suppressed is not None for r in ROWS) >= 2


def test_small_cell_whose_column_has_one_other_non_zero_cell():
    table = check([[2, 10, 12], [0, 11, 14], [9, 13, 20]])
    column = [table.cells[(r, "x")] for r in ROWS] + [table.column_totals["x"]]  # type: ignore[index]
    assert table.cells[("b", "x")] == Cell(0, None)
    assert sum(c.suppressed is not None for c in column) >= 2


def test_row_whose_total_is_below_k():
    table = check([[1, 2, 0], [9, 11, 14], [8, 13, 20]])
    assert table.row_totals["a"] == Cell(None, "primary")
    assert [table.display(table.cells[("a", c)]) for c in COLS] == ["<5", "<5", "<5"]


def test_all_cells_small():
    table = check([[1, 2], [3, 1]], rows=["a", "b"], columns=["x", "y"])
    assert all(c.suppressed == "primary" for c in table.cells.values())
    assert table.grand_total == Cell(7, None)


def test_all_cells_small_with_small_grand_total():
    table = check([[1, 0], [0, 2]], rows=["a", "b"], columns=["x", "y"])
    assert table.grand_total == Cell(None, "primary")
    assert table.display(table.grand_total) == "<5"
    assert table.cells[("a", "y")] == Cell(None, "primary")  # a zero in a small row


def test_k3_table():
    table = check([[1, 0], [0, 1]], k=3, rows=["a", "b"], columns=["x", "y"])
    assert all(c.suppressed == "primary" for c in table.cells.values())
    assert table.display(table.grand_total) == "<3"


def test_one_dimensional_table_with_one_small_category():
    counts = {("drugs",): 2, ("weapons",): 10, ("other",): 15}
    table = protect(counts, ["drugs", "weapons", "other"])
    assert_protected(table, counts, ["drugs", "weapons", "other"], None, 5, enumerate_=True)
    assert table.columns is None
    assert table.column_totals is None
    assert not table.row_totals
    assert table.cells[("drugs",)].suppressed == "primary"
    assert table.cells[("weapons",)].suppressed == "secondary"
    assert table.display(table.cells[("weapons",)]) == ".."
    assert table.grand_total == Cell(27, None)


def test_complement_that_the_bounds_give_away_gets_the_total_hidden():
    # 1 + 5 = 6: once "<5" and ".." (at least 5) are shown, a published 6 pins both
    counts = {("a",): 1, ("b",): 5}
    table = protect(counts, ["a", "b"])
    assert_protected(table, counts, ["a", "b"], None, 5, enumerate_=True)
    assert table.grand_total.suppressed == "secondary"


def test_smallest_first_rule_is_not_a_leak_with_ties():
    # rule 3 hides the first 5. Shown "<5", "..", 5, total 14 would say: the ".." is
    # at least 5, and at most 5 because it was picked as the smallest; so "<5" is 4.
    counts = {("a",): 4, ("b",): 5, ("c",): 5}
    table = protect(counts, ["a", "b", "c"])
    assert_protected(table, counts, ["a", "b", "c"], None, 5, enumerate_=True)
    assert table.cells[("c",)].suppressed or table.grand_total.suppressed


def test_zero_cells_are_published_and_never_complements():
    table = check([[2, 0, 5], [0, 30, 0], [12, 0, 40]])
    assert table.cells[("a", "y")] == Cell(0, None)
    assert table.display(table.cells[("a", "y")]) == "0"
    assert all(c.value != 0 or c.suppressed is None for c in table.cells.values())
    assert table.cells[("a", "z")].suppressed == "secondary"  # the only non-zero partner


def test_zeros_of_a_small_line_are_hidden():
    # four "<5" over a total "<5", zeros shown: every cell would be exactly 1
    counts = {(t,): 1 for t in "abcd"}
    table = protect(counts, list("abcdef"))
    assert_protected(table, counts, list("abcdef"), None, 5, enumerate_=True)
    assert [table.display(c) for c in table.cells.values()] == ["<5"] * 6
    assert table.display(table.grand_total) == "<5"


def test_table_that_no_pattern_protects_raises():
    # k=3: rows total 2 and 2, columns 3 and 1, grand total 4. Whatever is hidden,
    # the column total 1..2 and the column total >= 3 force both row totals to 2.
    counts = grid([[1, 1], [2, 0]], ["a", "b"], ["x", "y"])
    with pytest.raises(UnsafeTableError, match="too few records"):
        protect(counts, ["a", "b"], ["x", "y"], k=3)
    assert_justly_unsafe(counts, ["a", "b"], ["x", "y"], 3)


def test_k_bounds_and_validation():
    protect({("a",): 2}, ["a"], k=3)
    with pytest.raises(ValueError, match="at least 3"):
        protect({("a",): 2}, ["a"], k=2)
    with pytest.raises(TypeError):
        protect({("a",): 2}, ["a"], k=True)
    with pytest.raises(ValueError, match="unknown category"):
        protect({("b",): 2}, ["a"])
    with pytest.raises(ValueError, match="non-negative"):
        protect({("a",): -1}, ["a"])
    with pytest.raises(ValueError, match="duplicate"):
        protect({("a",): 1}, ["a", "a"])
    with pytest.raises(ValueError, match="dimensional"):
        protect({("a", "x"): 1}, ["a"])


def test_three_dimensions_raise():
    with pytest.raises(ValueError, match="at most two dimensions"):
        protect({("a", "x", "p"): 7}, ["a"], ["x"])
    with pytest.raises(ValueError, match="at most two dimensions"):
        protect({("a", ("x", "p")): 7}, ["a"], [("x", "p")])


def test_default_threshold_is_five_and_output_is_deterministic():
    counts = grid([[4, 10, 12], [9, 3, 14], [8, 13, 20]])
    first, second = protect(counts, ROWS, COLS), protect(dict(reversed(counts.items())), ROWS, COLS)
    assert first == second
    assert first.k == 5
    assert first.display(first.cells[("a", "x")]) == "<5"


def test_audit_finds_a_bridge_between_two_safe_rectangles():
    # hidden cells: a rectangle on rows 0,1 x cols 0,1, one on rows 2,3 x cols 2,3,
    # and cell (1, 2) joining them; every line has two hidden entries, yet (1, 2)
    # is fixed: sum of rows 0-1 minus sum of columns 0-1 isolates it.
    def arc(i: int, j: int, value: int = 7) -> Arc:
        return Arc(2 + i, 10 + j, value, 1)

    pattern = [(0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3), (1, 2)]
    assert find_recoverable({p: arc(*p) for p in pattern}) == [(1, 2)]
    assert find_recoverable({p: arc(*p) for p in pattern[:4]}) == []


def test_audit_uses_bounds():
    # x + y = 6 on nodes 0 -> 1 (published total), x in 1..4, y >= 5: both pinned
    arcs = {"x": Arc(0, 1, 1, 1, 4), "y": Arc(0, 1, 5, 5)}
    assert find_recoverable(arcs) == ["x", "y"]
    arcs["y"] = Arc(0, 1, 6, 5)  # x + y = 7 leaves room
    assert find_recoverable(arcs) == []
    with pytest.raises(ValueError, match="outside its own bounds"):
        find_recoverable({"x": Arc(0, 1, 9, 1, 4)})


def test_tables_of_zeros_and_single_cells():
    empty = protect({}, ["a", "b"], ["x"])
    assert all(c == Cell(0, None) for c in empty.cells.values())
    assert empty.grand_total == Cell(0, None)
    single = protect({("a", "x"): 3}, ["a"], ["x"])
    assert single.cells[("a", "x")] == single.grand_total == Cell(None, "primary")


# -- random tables -------------------------------------------------------------------


@st.composite
def tables(draw, max_rows=8, max_cols=6, max_count=30):
    k = draw(st.integers(3, 7))
    rows = [f"r{i}" for i in range(draw(st.integers(1, max_rows)))]
    columns = (
        None if draw(st.booleans()) else [f"c{j}" for j in range(draw(st.integers(1, max_cols)))]
    )
    count = st.one_of(st.integers(0, max_count), st.integers(0, k))  # small counts often
    keys = [(r,) for r in rows] if columns is None else list(itertools.product(rows, columns))
    return k, rows, columns, {key: draw(count) for key in keys}


def _check_random(table_spec, *, enumerate_):
    k, rows, columns, counts = table_spec
    try:
        table = protect(counts, rows, columns, k=k)
    except UnsafeTableError:
        assert_justly_unsafe(counts, rows, columns, k)
        return
    assert_protected(table, counts, rows, columns, k, enumerate_=enumerate_)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_random_tables_are_protected(table_spec):
    _check_random(table_spec, enumerate_=False)


@settings(max_examples=150, deadline=None)
@given(tables(max_rows=2, max_cols=3, max_count=9))
def test_tiny_random_tables_survive_exhaustive_search(table_spec):
    _check_random(table_spec, enumerate_=True)


def test_ten_thousand_referral_like_records():
    rng = random.Random(20250701)
    topics, audiences = list(Topic), list(Audience)
    topic_weights = [2.0**-i for i in range(len(topics))]  # a long tail of rare topics
    audience_weights = [60, 5, 30, 5]
    records = [
        (rng.choices(topics, topic_weights)[0], rng.choices(audiences, audience_weights)[0])
        for _ in range(10_000)
    ]
    counts = Counter(records)
    table = protect(counts, topics, audiences)
    assert_protected(table, counts, topics, audiences, 5)
    assert table.grand_total == Cell(10_000, None)
    assert any(c.suppressed == "primary" for c in table.cells.values())
    assert any(c.suppressed is None and c.value for c in table.cells.values())

    by_topic = Counter((t,) for t, _ in records)
    one_d = protect(by_topic, topics)
    assert_protected(one_d, by_topic, topics, None, 5)


# -- records that count in several cells (a referral counts once per service shown) ---


def shown(table: ProtectedTable) -> dict[str, str]:
    """A 1-D table as its display strings, with the total under ``"all"``."""
    out = {str(key[0]): table.display(cell) for key, cell in table.cells.items()}
    return out | {"all": table.display(table.grand_total)}


SERVICES = ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"]


def test_one_referral_shown_six_services_does_not_tell_which():
    """The tester's case: one referral of the period, six services shown. As showings the
    total (6) reaches k, so without ``records`` the zeros are published and the table
    names exactly the services that one person saw."""
    counts = {(s,): 1 for s in SERVICES[:6]}
    plain = shown(protect(counts, SERVICES))
    assert plain["s7"] == plain["s8"] == "0"  # the leak: s1-s6 are what they were shown
    table = protect(counts, SERVICES, records=Records(1))
    assert shown(table) == dict.fromkeys(SERVICES, "<5") | {"all": ".."}
    assert table.grand_total == Cell(None, "secondary")
    assert_protected(table, counts, SERVICES, None, 5, enumerate_=True, few=frozenset({("all",)}))


def test_enough_referrals_behind_a_table_change_nothing():
    counts = {("s1",): 9, ("s2",): 3, ("s3",): 6}
    assert protect(counts, SERVICES, records=Records(9)) == protect(counts, SERVICES)
    table = protect(counts, SERVICES, records=Records(9))
    assert shown(table)["s4"] == "0"
    assert shown(table)["s1"] == "9"


def test_a_column_with_few_referrals_hides_its_zeros_and_its_total():
    """Services x topic: topic "x" has one referral that saw five services; topic "y"
    has ten referrals. Only column "x" is a small line."""
    rows, columns = SERVICES[:7], ["x", "y"]
    counts = {(s, "x"): 1 for s in rows[:5]} | {("s1", "y"): 10, ("s4", "y"): 7, ("s7", "y"): 5}
    few = frozenset({("col", "x")})
    table = protect(counts, rows, columns, records=Records(11, by_column={"x": 1, "y": 10}))
    # s6 was shown to nobody (its row total is a published 0), so its zero shows
    assert [table.display(table.cells[(r, "x")]) for r in rows] == ["<5"] * 5 + ["0", "<5"]
    assert table.column_totals is not None
    assert table.column_totals["x"] == Cell(None, "secondary")  # 5 showings, yet hidden
    assert table.cells[("s6", "y")] == Cell(0, None)  # a zero of a line of 10 referrals
    assert_protected(table, counts, rows, columns, 5, few=few)  # 7 rows: too many to enumerate
    flipped = {(c, r): n for (r, c), n in counts.items()}  # services as columns
    table = protect(flipped, columns, rows, records=Records(11, by_row={"x": 1, "y": 10}))
    assert table.row_totals["x"] == Cell(None, "secondary")
    assert [table.display(table.cells[("x", r)]) for r in rows] == ["<5"] * 5 + ["0", "<5"]
    assert_protected(table, flipped, columns, rows, 5, few=frozenset({("row", "x")}))


@pytest.mark.parametrize(
    ("records", "message"),
    [
        (Records(7), "7 records cannot stand behind a total of 6"),
        (Records(0), "0 records cannot stand behind a total of 6"),
        (Records(1, by_row={"s1": 1}), "1-D table has records in all only"),
        (Records(-1), "non-negative ints"),
    ],
)
def test_records_that_cannot_be_are_refused(records, message):
    counts = {(s,): 1 for s in SERVICES[:6]}
    with pytest.raises(ValueError, match=message):
        protect(counts, SERVICES, records=records)


def test_records_below_a_cell_or_of_unknown_categories_are_refused():
    counts = {("s1", "x"): 3, ("s2", "x"): 1}
    with pytest.raises(ValueError, match="a cell counts more than the 2 records"):
        protect(counts, ["s1", "s2"], ["x"], records=Records(3, by_column={"x": 2}))
    with pytest.raises(ValueError, match="unknown column 'z'"):
        protect(counts, ["s1", "s2"], ["x"], records=Records(3, by_column={"z": 3}))


@st.composite
def multi_count_tables(draw):
    """Records that each show a set of services (rows) under one column category (or
    none, 1-D): counts of showings and the records behind every line across services."""
    k = draw(st.integers(3, 6))
    services = [f"s{i}" for i in range(draw(st.integers(1, 5)))]
    columns = None if draw(st.booleans()) else [f"c{j}" for j in range(draw(st.integers(1, 3)))]
    counts: Counter[tuple[str, ...]] = Counter()
    behind: Counter[str] = Counter()
    total = 0
    for _ in range(draw(st.integers(0, 14))):
        seen = draw(st.sets(st.sampled_from(services)))
        column = draw(st.sampled_from(columns)) if columns else None
        for service in seen:
            counts[(service,) if column is None else (service, column)] += 1
        if seen:
            total += 1
            if column is not None:
                behind[column] += 1
    return k, services, columns, dict(counts), total, dict(behind)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(multi_count_tables())
def test_random_multi_count_tables_are_protected(spec):
    k, rows, columns, counts, total, behind = spec
    records = Records(total, by_column=behind)
    try:
        table = protect(counts, rows, columns, k=k, records=records)
    except UnsafeTableError:
        return  # fairness of the refusal is checked on plain tables above
    few = {("col", c) for c, n in behind.items() if 0 < n < k}
    few |= {("all",)} if 0 < total < k else set()
    assert_protected(table, counts, rows, columns, k, few=frozenset(few))


def test_hidden_cells_whose_sum_a_published_total_gives_reach_k():
    """Found by a fresh-clone tester (week x topic): a column W46 "<5", W47 "<5", W48 10,
    total 11 told that W46 and W47 held exactly 1 between them. The 10 is hidden now."""
    rows, columns = ["W46", "W47", "W48"], ["recruitment", "drugs"]
    counts = grid([[1, 2], [0, 3], [10, 9]], rows, columns)
    table = protect(counts, rows, columns)
    assert table.cells[("W48", "recruitment")] == Cell(None, "secondary")
    assert table.column_totals is not None
    assert table.column_totals["recruitment"] == Cell(11, None)
    assert_protected(table, counts, rows, columns, 5, enumerate_=True)


def test_a_zero_everyone_can_tell_shows_and_one_of_few_records_stays_hidden():
    """Services x topic, one referral behind "wants_out": "polisen" was shown ten times
    about drugs and not to that one referral. Publishing its 10 would give that zero
    away (its row total is 10), so the 10 is hidden; "gang", shown to nobody (row
    total 0), shows 0 everywhere: everyone can tell."""
    rows, columns = ["bris", "polisen", "sos", "gang"], ["drugs", "wants_out"]
    counts = {("bris", "drugs"): 10, ("polisen", "drugs"): 10}
    counts |= {("bris", "wants_out"): 1, ("sos", "wants_out"): 1}
    records = Records(11, by_column={"drugs": 10, "wants_out": 1})
    table = protect(counts, rows, columns, records=records)
    assert table.cells[("polisen", "wants_out")] == Cell(None, "primary")  # a zero
    assert table.cells[("polisen", "drugs")] == Cell(None, "secondary")
    assert table.cells[("gang", "wants_out")] == Cell(0, None)
    assert table.row_totals["gang"] == Cell(0, None)
    assert_protected(table, counts, rows, columns, 5, few=frozenset({("col", "wants_out")}))


def test_a_published_total_equal_to_its_published_cells_does_not_tell_a_hidden_zero():
    """Found by a fresh-clone tester (topic x audience): debt_or_threat has 4 referrals,
    so its zeros show "<5" (rule 2); yet column friend showed other 12 and total 12, so
    its "<5" was 0: those few people were not friends. Now other x friend is hidden too."""
    rows, columns = list(Topic), list(Audience)
    counts = {(t, Audience.YOUNG_PERSON): 20 + i for i, t in enumerate(rows)}
    counts |= {(t, Audience.PARENT): 10 + i for i, t in enumerate(rows)}
    counts |= {(t, Audience.PROFESSIONAL): 6 for t in rows}
    debt, other = Topic.DEBT_OR_THREAT, Topic.OTHER
    counts |= {(debt, Audience.YOUNG_PERSON): 3, (debt, Audience.PARENT): 1}
    counts |= {(debt, Audience.PROFESSIONAL): 0, (other, Audience.FRIEND): 12}
    table = protect(counts, rows, columns, k=5)
    assert table.column_totals is not None
    assert table.row_totals[debt] == Cell(None, "primary")
    assert [table.display(table.cells[(debt, a)]) for a in columns] == ["<5"] * 4
    assert table.column_totals[Audience.FRIEND] == Cell(12, None)
    assert table.cells[(other, Audience.FRIEND)] == Cell(None, "secondary")
    assert table.cells[(Topic.WANTS_OUT, Audience.FRIEND)] == Cell(0, None)
    assert table.column_totals[Audience.PROFESSIONAL] == Cell(66, None)  # 6 x 11 + a zero
    assert sum(c.suppressed == "secondary" for c in table.cells.values()) == 5
    assert_protected(table, counts, rows, columns, 5)
    # what the code published before: the attacker tells both hidden zeros of debt_or_threat
    before = dict(table.cells) | {
        (other, Audience.FRIEND): Cell(12, None),
        (other, Audience.PROFESSIONAL): Cell(6, None),
        (Topic.RECRUITMENT_PRESSURE, Audience.PROFESSIONAL): Cell(6, None),
    }
    leaked = zero_sum_recoveries(View.of(replace(table, cells=before)))
    assert leaked == {("cell", (debt, Audience.FRIEND)), ("cell", (debt, Audience.PROFESSIONAL))}


def test_a_table_over_max_cells_is_refused_before_any_work() -> None:
    """Over MAX_CELLS (200,000: a few seconds of protect, see its docstring), nothing is
    published."""
    rows, columns = [f"r{i}" for i in range(2001)], [f"c{j}" for j in range(100)]
    with pytest.raises(disclosure.TableTooLargeError, match=r"a table of 200,100 cells"):
        disclosure.protect({("r0", "c0"): 7}, rows, columns)
    with pytest.raises(disclosure.TableTooLargeError, match=r"200,001 cells"):
        disclosure.protect({}, [f"r{i}" for i in range(200_001)])
    assert issubclass(disclosure.TableTooLargeError, disclosure.UnsafeTableError)


def test_max_cells_is_the_largest_table_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(disclosure, "MAX_CELLS", 12)
    counts = {("a", "x"): 9, ("b", "y"): 8, ("c", "z"): 7}
    table = disclosure.protect(counts, ["a", "b", "c"], ["w", "x", "y", "z"])  # 12 cells
    assert table is not None
    with pytest.raises(disclosure.TableTooLargeError, match=r"a table of 15 cells"):
        disclosure.protect(counts, ["a", "b", "c"], ["v", "w", "x", "y", "z"])


# A table that needs 17 rounds of suppression after the first audit: 8 × 4 cells, 8 row
# totals, 4 column totals and the grand total are 45 entries, so its check costs 45 × 18.
ROUNDS_TABLE = [
    [5, 0, 5, 5],
    [0, 5, 5, 0],
    [12, 7, 9, 12],
    [5, 12, 9, 1],
    [12, 9, 0, 2],
    [12, 1, 6, 5],
    [0, 12, 0, 9],
    [5, 5, 12, 7],
]


def _protect_rounds_table() -> disclosure.ProtectedTable:
    counts = {
        (f"r{i}", f"c{j}"): value
        for i, row in enumerate(ROUNDS_TABLE)
        for j, value in enumerate(row)
    }
    return disclosure.protect(counts, [f"r{i}" for i in range(8)], [f"c{j}" for j in range(4)])


def test_a_check_past_max_audit_work_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each audit round costs a pass over the table, and a table of many equal counts may
    need thousands (a 28,000-cell one ran for more than 18 minutes): past MAX_AUDIT_WORK
    cells audited the table is refused, not published, and the answer comes in bounded
    time."""
    audits = []
    real_audit = disclosure._audit

    def counting(*args: Any, **kwargs: Any) -> Any:
        audits.append(1)
        return real_audit(*args, **kwargs)

    monkeypatch.setattr(disclosure, "_audit", counting)
    published = _protect_rounds_table()
    assert len(audits) == 18
    monkeypatch.setattr(disclosure, "MAX_AUDIT_WORK", 45 * 18)  # just enough
    assert _protect_rounds_table() == published
    monkeypatch.setattr(disclosure, "MAX_AUDIT_WORK", 45 * 18 - 1)
    with pytest.raises(disclosure.TableTooLargeError, match="too many rounds of suppression"):
        _protect_rounds_table()
