"""Where each node of a computational graph goes: layers left to right, inputs first.

A layered (Sugiyama-style) layout: an operation sits one layer right of its
latest operand, so the output is alone in the last layer; a constant sits just
left of the node that uses it rather than among the inputs. An edge that spans
several layers passes through a waypoint in each, and the waypoints are ordered
with the nodes, so long edges run between nodes rather than through them. The
order within a layer comes from a few barycentre sweeps, which removes most
crossings in graphs of this size. Positions are in grid units (column, row).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Edge = tuple[int, int]  # (target node id, index of its input), as in core.autodiff
Point = tuple[float, float]
SWEEPS = 6


@dataclass(frozen=True)
class LayoutNode:
    """What the layout needs to know of a node."""

    id: int
    inputs: tuple[int, ...]
    is_constant: bool = False


@dataclass(frozen=True)
class Layout:
    """Node centres, and the waypoints each edge passes between its ends."""

    positions: dict[int, Point]
    routes: dict[Edge, list[Point]]
    columns: int
    rows: int


def layered_layout(nodes: Sequence[LayoutNode], reading_order: Sequence[int] = ()) -> Layout:
    """Place ``nodes`` (in topological order) in columns, the last node on the right.

    ``reading_order`` lists node ids (the inputs by name) that start at the top of their
    column in that order; the sweeps keep it wherever it costs no crossing, so (a + b)·c
    reads a, b, c downwards, not in sympy's c·(a + b) order."""
    layer = _layers(nodes)
    columns = max(layer.values()) + 1
    # Each layer holds node ids and, for long edges, waypoints keyed (edge, column).
    members: list[list[object]] = [[] for _ in range(columns)]
    rank = {node_id: i for i, node_id in enumerate(reading_order)}
    for node in sorted(nodes, key=lambda n: rank.get(n.id, len(rank))):  # stable: the rest keep their order
        members[layer[node.id]].append(node.id)
    chains: dict[Edge, list[object]] = {}
    for node in nodes:
        for k, source in enumerate(node.inputs):
            chain: list[object] = [source]
            for column in range(layer[source] + 1, layer[node.id]):
                waypoint = ((node.id, k), column)
                members[column].append(waypoint)
                chain.append(waypoint)
            chains[(node.id, k)] = [*chain, node.id]
    neighbours = _neighbours(chains)
    for sweep in range(SWEEPS):
        order = range(1, columns) if sweep % 2 == 0 else range(columns - 2, -1, -1)
        side = "left" if sweep % 2 == 0 else "right"
        for column in order:
            members[column] = _by_barycentre(members[column], neighbours[side], _rows(members))
    rows = max(len(m) for m in members)
    where = {m: (float(c), row) for c, ms in enumerate(members) for m, row in _rows([ms]).items()}
    positions = {node.id: where[node.id] for node in nodes}
    routes = {edge: [where[w] for w in chain[1:-1]] for edge, chain in chains.items()}
    return Layout(positions, routes, columns, rows)


def _layers(nodes: Sequence[LayoutNode]) -> dict[int, int]:
    """Longest path from the inputs; constants one column before their first user."""
    layer: dict[int, int] = {}
    constants = {n.id for n in nodes if n.is_constant}
    for node in nodes:
        operands = [layer[i] for i in node.inputs if i not in constants]
        layer[node.id] = max(operands) + 1 if operands else 0
    first_user: dict[int, int] = {}
    for node in nodes:
        for i in node.inputs:
            if i in constants:
                first_user[i] = min(first_user.get(i, layer[node.id]), layer[node.id])
    # Every operation has a non-constant operand, so its layer is at least 1.
    layer.update({i: user - 1 for i, user in first_user.items()})
    return layer


def _rows(columns: Sequence[list[object]]) -> dict[object, float]:
    """Each member's row, the column centred on row 0."""
    return {m: i - (len(ms) - 1) / 2 for ms in columns for i, m in enumerate(ms)}


def _neighbours(chains: dict[Edge, list[object]]) -> dict[str, dict[object, list[object]]]:
    """For each member, its neighbours in the column to the left and to the right."""
    left: dict[object, list[object]] = {}
    right: dict[object, list[object]] = {}
    for chain in chains.values():
        for a, b in zip(chain, chain[1:], strict=False):
            right.setdefault(a, []).append(b)
            left.setdefault(b, []).append(a)
    return {"left": left, "right": right}


def _by_barycentre(column: list[object], neighbours: dict[object, list[object]],
                   rows: dict[object, float]) -> list[object]:
    """Sort by the mean row of the neighbours; members without any keep their row."""
    def key(member: object) -> float:
        near = [rows[n] for n in neighbours.get(member, [])]
        return sum(near) / len(near) if near else rows[member]

    return sorted(column, key=key)
