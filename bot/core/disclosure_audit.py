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
that can still fall point backward) that does not use the value's own arcs again.
The audit decides that for every hidden value at once, in time linear in the table
(:func:`find_recoverable`, with networkx's strongly-connected-component and bridge
algorithms): exact for this attacker model, integer and linear-programming alike,
and it subsumes the purely algebraic check "is the value determined by the line
sums alone" (in the graph: is the arc a bridge of the hidden arcs).

It answers *whether* a value is pinned down, not *how closely*: a value that can
only be 1 or 2 passes. It knows only what the bounds say; see ``bot.core.disclosure``
for what those bounds assume about the reader.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass
from typing import TypeVar, cast

import networkx as nx

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
    therefore leave no slack. The result keeps the order of ``arcs``. Raises
    ``ValueError`` if a true value lies outside its own bounds (the first such key).

    Time and memory are linear in the number of arcs: one strongly-connected-component
    pass (``networkx.strongly_connected_components``, Tarjan/Nuutila) and one bridge pass
    (``networkx.bridges``, chain decomposition) over the whole residual graph, both
    iterative in networkx (no recursion limit); ``networkx.bridges`` is given a simple
    graph, and a pair of nodes joined by two values or more is never a bridge. Which
    values this finds is the module docstring's rule, "the arc lies on a cycle of the
    residual graph that does not use its own arcs again"; the two passes decide it for
    every value at once:

    * a value that can only rise (or only fall) has one residual arc u -> w; it lies on
      such a cycle iff u and w are in the same strongly connected component (a shortest
      path from w back to u never uses u -> w);
    * a value that can rise and fall has both arcs u -> w and w -> u, so u and w always
      share a component C. Without them, w still reaches u (it can rise) or u reaches w
      (it can fall) unless C falls apart into two parts with no arc between them
      (every node of C lies on a cycle through u and w); so the value is determined
      iff it is a *bridge* of C's arcs taken as undirected edges, one edge per value;
    * a value that can do neither (``low == value == high``) is determined; a loop
      (``tail == head``) moves iff its value can rise or fall.

    The earlier audit searched the graph once per value (time quadratic in the table:
    ~23 s for a 20,000-cell table); tests/unit/test_disclosure_audit_equivalence.py keeps
    that search as the reference and checks both give the same answers on random tables.
    """
    keys = list(arcs)
    node_at: dict[Hashable, int] = {}
    ends: list[tuple[int, int]] = []
    moves: list[tuple[bool, bool]] = []
    for key in keys:
        arc = arcs[key]
        if arc.value < arc.low or (arc.high is not None and arc.value > arc.high):
            raise ValueError(f"true value of {key!r} lies outside its own bounds")
        tail = node_at.setdefault(arc.tail, len(node_at))
        head = node_at.setdefault(arc.head, len(node_at))
        ends.append((tail, head))
        moves.append((arc.can_rise(), arc.can_fall()))
    slack: list[tuple[int, int]] = []  # the residual graph's arcs
    for (tail, head), (rises, falls) in zip(ends, moves, strict=True):
        if rises:
            slack.append((tail, head))
        if falls:
            slack.append((head, tail))
    residual: nx.DiGraph[int] = nx.DiGraph()
    residual.add_nodes_from(range(len(node_at)))
    residual.add_edges_from(slack)
    component = [0] * len(node_at)
    for number, members in enumerate(nx.strongly_connected_components(residual)):
        for node in members:
            component[node] = number
    # the undirected multigraph of the arcs inside components, one edge per value, held as
    # a simple graph plus each node pair's number of edges: a pair joined twice or more is
    # never a bridge (and loops are left out: they never are either)
    joins: Counter[tuple[int, int]] = Counter()
    for (tail, head), (rises, falls) in zip(ends, moves, strict=True):
        if (rises or falls) and tail != head and component[tail] == component[head]:
            joins[_pair(tail, head)] += 1
    simple: nx.Graph[int] = nx.Graph(list(joins))
    # types-networkx 3.6.1 types bridges() as yielding nodes; it yields (u, w) edges
    found = cast("Iterator[tuple[int, int]]", nx.bridges(simple))
    bridges = {_pair(u, w) for u, w in found}
    recoverable = []
    for n, key in enumerate(keys):
        (tail, head), (rises, falls) = ends[n], moves[n]
        if not (rises or falls):
            determined = True
        elif tail == head:
            determined = False
        elif rises and falls:
            pair = _pair(tail, head)
            determined = joins[pair] == 1 and pair in bridges
        else:
            determined = component[tail] != component[head]  # its one arc joins two components
        if determined:
            recoverable.append(key)
    return recoverable


def _pair(u: int, w: int) -> tuple[int, int]:
    """The undirected edge u - w as a tuple, smaller node first."""
    return (u, w) if u < w else (w, u)
