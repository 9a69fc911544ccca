"""Exact audit of a cell-suppression pattern: can any hidden value be worked out?

A frequency table with its margins is a *circulation* in a small directed graph
(the classic view of cell suppression, e.g. Cox, "Network models for complementary
cell suppression", JASA 1995). For a two-dimensional table with nodes *s*, *t*, one
node per row and one per column:

* cell (r, c) is the arc row_r -> col_c,
* row total r is s -> row_r, column total c is col_c -> t, the grand total t -> s,

so "flow in = flow out" at each node is exactly one additive line of the table
(a row, a column, the column of row totals, the row of column totals). A
one-dimensional table is two nodes *a*, *b*: every category a -> b, the total b -> a.

Published values are fixed flows. Each suppressed value is an unknown that the
reader knows lies in ``[low, high]`` (``high=None``: no upper bound). Everything the
reader can infer is the set of integer circulations that agree with the published
values and respect those bounds. Because the constraint matrix of a network is
totally unimodular, a hidden value *v* can take another value iff it can move by
one, and by conformal decomposition that happens iff the arc lies on a cycle of the
*residual graph* of the true table (arcs that can still rise point forward, arcs
that can still fall point backward). So the audit is a reachability search per
hidden value: exact for this attacker model, integer and linear-programming alike,
and it subsumes the purely algebraic check "is the value determined by the line
sums alone" (in the graph: is the arc a bridge of the hidden arcs).

It answers *whether* a value is pinned down, not *how closely*: a value that can
only be 1 or 2 passes. It knows only what the bounds say; see ``bot.core.disclosure``
for what those bounds assume about the reader.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Arc:
    """One hidden value: its arc in the table's graph, true value and known bounds."""

    tail: int
    head: int
    value: int
    low: int
    high: int | None = None

    def can_rise(self) -> bool:
        return self.high is None or self.value < self.high

    def can_fall(self) -> bool:
        return self.value > self.low


def find_recoverable(arcs: Mapping[K, Arc]) -> list[K]:
    """Keys of the hidden values that the published table determines exactly.

    ``arcs`` holds the suppressed entries only; published entries are fixed and
    therefore leave no slack. The result keeps the order of ``arcs``.
    """
    residual: defaultdict[int, list[tuple[int, K]]] = defaultdict(list)
    for key, arc in arcs.items():
        if arc.value < arc.low or (arc.high is not None and arc.value > arc.high):
            raise ValueError(f"true value of {key!r} lies outside its own bounds")
        if arc.can_rise():
            residual[arc.tail].append((arc.head, key))
        if arc.can_fall():
            residual[arc.head].append((arc.tail, key))
    recoverable = []
    for key, arc in arcs.items():
        rises = arc.can_rise() and _reaches(residual, arc.head, arc.tail, key)
        falls = arc.can_fall() and _reaches(residual, arc.tail, arc.head, key)
        if not (rises or falls):
            recoverable.append(key)
    return recoverable


def _reaches(graph: Mapping[int, list[tuple[int, K]]], start: int, goal: int, skip: K) -> bool:
    """Whether ``goal`` is reachable from ``start`` without using arc ``skip``."""
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            return True
        for nxt, key in graph.get(node, ()):
            if key != skip and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return False
