"""The computational graph of an expression: forward values, reverse-mode adjoints,
forward-mode tangents.

Each node is one operation; a subexpression that occurs twice is one node with two
outgoing edges (sympy's structural equality is the key). The graph reads as a
student would draw it, not as sympy stores it:

- ``Add(x, Mul(−1, y))`` is one subtraction node ``x − y`` (any two-term sum with
  one negative term); other negative terms are a negation node ``−x``;
- ``Pow(x, −1)`` is the reciprocal node ``1/x`` (so ``x/y`` is ``x × 1/y``, and the
  expanded sigmoid is the notes' chain ``−x → exp → +1 → 1/x``);
- constants (``2``, ``π``, ``ln 2``) are leaves, and receive no gradient, as
  tensors without ``requires_grad`` in PyTorch;
- ``sigmoid`` and ``softplus`` are one node each, or, with ``expand=True``, the
  exp, + and reciprocal nodes they are made of.

Values are float64 arrays: a scalar, or a vector such as ``x = [0, 1, 2, 3]``
(operations apply elementwise; ``dot``, ``sum`` and ``norm`` reduce to a scalar).
A vector output needs a seed vector v for the backward pass and gives vᵀJ.

A list of expressions (a function R^n → R^m such as ``[x0·x1, sin(x0)]``) is one
graph with m output nodes sharing their common subexpressions: one
:meth:`Trace.pushforward` gives a JVP for all outputs, one :meth:`Trace.pullback`
a VJP for all inputs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import sympy as sp

from guicalc.core import autodiff_ops as ops
from guicalc.core import functions as fn
from guicalc.core.messages import QT_TRANSLATE_NOOP, joined
from guicalc.core.vectors import as_value, format_value, unbroadcast

COMPOSITES = (fn.sigmoid, fn.softplus)

Edge = tuple[int, int]  # (node id, index of its input)


class AutodiffError(ValueError):
    """The graph cannot be built or evaluated for these inputs; the message says why."""


class NotScalarError(AutodiffError):
    """A backward pass from a vector output without a seed vector."""


@dataclass(frozen=True)
class Node:
    """One node: an input, a constant or an operation on earlier nodes."""

    id: int
    kind: str  # "input", "const" or "op"
    label: str  # what the node shows: "a", "2", "+", "×", "1/x", "sigmoid"
    text: str  # the subexpression it computes, as a student writes it
    inputs: tuple[int, ...] = ()
    op: ops.Op | None = None

    @property
    def op_name(self) -> str:
        """``input``, ``const`` or the operation (``add``, ``mul``, ``recip``, ``exp``…)."""
        return self.op.name if self.op else self.kind


@dataclass(frozen=True)
class Flow:
    """What one pass carries: a value per node and per edge, from a start value.

    Reverse mode: adjoints ∂out/∂node (vᵀ-weighted) and the gradient each edge
    passes back. Forward mode: tangents d node/d input and each edge's contribution.
    Nodes and edges a pass does not reach (constants) are absent.
    """

    start: np.ndarray
    nodes: dict[int, np.ndarray]
    edges: dict[Edge, np.ndarray]


class Graph:
    """The computational graph of a sympy expression, nodes in topological order."""

    def __init__(self, expr: sp.Expr | Sequence[sp.Expr], expand: bool = False) -> None:
        self.expand = expand
        self.nodes: list[Node] = []
        self._ids: dict[sp.Expr, int] = {}
        self._constants: dict[int, np.ndarray] = {}
        roots = list(expr) if isinstance(expr, (list, tuple)) else [expr]
        self.outputs: tuple[int, ...] = tuple(self._build(e) for e in roots)
        self.inputs: dict[str, int] = dict(
            sorted((n.label, n.id) for n in self.nodes if n.kind == "input"))
        if not self.inputs:
            raise AutodiffError(QT_TRANSLATE_NOOP(
                "graph", "the expression has no variable, so there is nothing to differentiate"))

    @property
    def output(self) -> int:
        """The output node (the last output of a vector function)."""
        return self.outputs[-1]

    def expressions(self) -> dict[int, sp.Expr]:
        """The sympy subexpression each node computes (for building graphs from this one)."""
        return {i: e for e, i in reversed(list(self._ids.items()))}

    def evaluate(self, values: Mapping[str, object]) -> Trace:
        """The forward pass at ``values`` (name → number or list of numbers)."""
        missing = [name for name in self.inputs if name not in values]
        if missing:
            raise AutodiffError(QT_TRANSLATE_NOOP("graph", "give a value for {names}").format(names=", ".join(missing)))
        given = {name: as_value(values[name], name) for name in self.inputs}
        results: list[np.ndarray] = []
        partials: list[list[np.ndarray]] = []
        with np.errstate(all="ignore"):
            for node in self.nodes:
                if node.kind == "input":
                    results.append(given[node.label])
                    partials.append([])
                    continue
                if node.op is None:
                    results.append(self._constants[node.id])
                    partials.append([])
                    continue
                args = [results[i] for i in node.inputs]
                try:
                    out = node.op.value(args)
                except ValueError:
                    has = QT_TRANSLATE_NOOP("graph", "{name} has {size}")
                    lengths = joined((has.format(name=n, size=v.size) for n, v in given.items() if v.ndim), ", ")
                    raise AutodiffError(QT_TRANSLATE_NOOP(
                        "graph", "the vectors have different lengths ({lengths})").format(
                        lengths=lengths)) from None
                results.append(out)
                partials.append(node.op.partials(args, out))
        return Trace(self, results, partials)

    def _build(self, expr: sp.Expr) -> int:
        if expr in self._ids:
            return self._ids[expr]
        if expr.is_Symbol:
            node_id = self._add(Node(len(self.nodes), "input", expr.name, expr.name))
        elif expr.is_number:
            node_id = self._constant(expr)
        elif self.expand and isinstance(expr, COMPOSITES):
            node_id = self._build(expr._eval_rewrite_as_exp(*expr.args))
        else:
            op, args = _decompose(expr)
            inputs = tuple(self._build(a) for a in args)
            text = _text(expr)
            if op.name == "sub":  # sympy would print −x/y + sigmoid(x)
                plus, minus = (self.nodes[i].text for i in inputs)
                text = f"{plus} − {f'({minus})' if _is_sum(minus) else minus}"
            node_id = self._add(Node(len(self.nodes), "op", op.label, text, inputs, op))
        self._ids[expr] = node_id
        return node_id

    def _add(self, node: Node) -> int:
        self.nodes.append(node)
        return node.id

    def _constant(self, expr: sp.Expr) -> int:
        try:
            value = float(expr)
        except TypeError:  # a complex constant such as ln(−1): no real value
            value = float("nan")
        label = format_value(np.asarray(value)) if expr.is_Number else _text(expr)
        node_id = self._add(Node(len(self.nodes), "const", label, label))
        self._constants[node_id] = np.asarray(value, dtype=np.float64)
        return node_id


class Trace:
    """A graph evaluated at one point: every node's value and local derivatives."""

    def __init__(self, graph: Graph, values: list[np.ndarray], partials: list[list[np.ndarray]]) -> None:
        self.graph = graph
        self.values = values
        self.partials = partials

    @property
    def output(self) -> np.ndarray:
        return self.values[self.graph.output]

    def backward(self, seed: object = None) -> Flow:
        """Reverse mode from ``seed`` (default 1 for a scalar output): vᵀJ at every node.

        Each edge passes upstream × local derivative, summed back to its input's
        shape; a node's adjoint is the sum over its outgoing edges.
        """
        out = self.output
        if seed is None:
            if out.ndim:
                raise NotScalarError(QT_TRANSLATE_NOOP(
                    "graph", "grad can be implicitly created only for scalar outputs: the output is a vector "
                    "of {size} elements, so give a seed vector v of that length to compute vᵀJ").format(size=out.size))
            start = np.ones_like(out)
        else:
            start = as_value(seed, "the seed v")
            if start.shape != out.shape:
                raise AutodiffError(QT_TRANSLATE_NOOP(
                    "graph", "the seed v must have the output's shape: the output is {output}, v is {seed}").format(
                    output=_shape_text(out), seed=_shape_text(start)))
        return self.pullback({self.graph.output: start})

    def pullback(self, seeds: Mapping[int, np.ndarray]) -> Flow:
        """Reverse mode from adjoints given at some nodes (the outputs of a vector
        function with the components of v): one pass gives vᵀJ for every input."""
        adjoints: dict[int, np.ndarray] = {}
        for node_id, seed in seeds.items():
            adjoints[node_id] = adjoints[node_id] + seed if node_id in adjoints else seed
        edges: dict[Edge, np.ndarray] = {}
        with np.errstate(all="ignore"):
            for node in reversed(self.graph.nodes):
                if node.id not in adjoints:  # nothing downstream of it was seeded
                    continue
                for k, source in enumerate(node.inputs):
                    if self.graph.nodes[source].kind == "const":
                        continue
                    grad = unbroadcast(adjoints[node.id] * self.partials[node.id][k], self.values[source].shape)
                    edges[(node.id, k)] = grad
                    adjoints[source] = grad if source not in adjoints else adjoints[source] + grad
        start = seeds[self.graph.output] if self.graph.output in seeds else next(iter(seeds.values()))
        return Flow(start, adjoints, edges)

    def tangent(self, wrt: str, direction: object = None) -> Flow:
        """Forward mode along input ``wrt``: d node/d wrt · direction at every node.

        ``direction`` defaults to 1 (for a vector input: all ones); pass a basis
        vector eᵢ for one column of the Jacobian.
        """
        start_node = self.graph.inputs.get(wrt)
        if start_node is None:
            raise AutodiffError(f"the expression has no input {wrt!r}")
        shape = self.values[start_node].shape
        start = np.ones(shape) if direction is None else as_value(direction, "the direction")
        if start.shape != shape:
            raise AutodiffError(f"the direction must have the shape of {wrt}")
        return self.pushforward({wrt: start})

    def pushforward(self, directions: Mapping[str, np.ndarray]) -> Flow:
        """Forward mode with a tangent for each input (0 for those not given): one pass
        gives the JVP J·v at every node, so at every output of a vector function."""
        tangents: dict[int, np.ndarray] = {}
        edges: dict[Edge, np.ndarray] = {}
        given = {self.graph.inputs[name]: np.asarray(d, dtype=np.float64) for name, d in directions.items()}
        start = (next(iter(given.values())) if len(given) == 1
                 else np.concatenate([np.atleast_1d(d) for d in given.values()]))
        with np.errstate(all="ignore"):
            for node in self.graph.nodes:
                if node.kind == "input":
                    tangents[node.id] = given.get(node.id, np.zeros_like(self.values[node.id]))
                    continue
                total = np.zeros_like(self.values[node.id])
                for k, source in enumerate(node.inputs):
                    if source not in tangents:
                        continue
                    part = self.partials[node.id][k] * tangents[source]
                    part = np.asarray(np.sum(part)) if node.op.reduces else np.broadcast_to(part, total.shape)
                    edges[(node.id, k)] = part
                    total = total + part
                if node.kind == "op":
                    tangents[node.id] = total
        return Flow(start, tangents, edges)

    def gradients(self, seed: object = None) -> dict[str, np.ndarray]:
        """∂out/∂input (vᵀJ for a seed v) for every input, by name."""
        adjoints = self.backward(seed).nodes
        return {name: adjoints.get(i, np.zeros_like(self.values[i])) for name, i in self.graph.inputs.items()}


def _decompose(expr: sp.Expr) -> tuple[ops.Op, tuple[sp.Expr, ...]]:
    """The operation at the top of ``expr`` and its operands, read as a student would."""
    if expr.is_Add:
        terms = expr.args
        negative = [t.could_extract_minus_sign() for t in terms]
        if len(terms) == 2 and sum(negative) == 1:
            plus, minus = (terms[1], terms[0]) if negative[0] else terms
            return ops.subtract(), (plus, -minus)
        return ops.add(len(terms)), terms
    if expr.is_Mul:
        coeff, rest = expr.as_coeff_Mul()
        if coeff == -1:
            return ops.negate(), (rest,)
        return ops.mul(len(expr.args)), expr.args
    if expr.is_Pow:
        base, exponent = expr.args
        if exponent.is_number:
            return ops.power(exponent), (base,)
        return ops.power2(), (base, exponent)
    if expr.func in ops.REDUCTIONS:
        return ops.REDUCTIONS[expr.func], expr.args
    if ops.is_function(expr.func) and len(expr.args) == 1:
        return ops.function(expr.func), expr.args
    raise AutodiffError(f"the graph has no node for {expr.func.__name__}")


def _text(expr: sp.Expr) -> str:
    """``c·(a + b)``, ``x − 2·y``: sympy's order, with the signs a person writes."""
    return sp.sstr(expr).replace("**", "^").replace("*", "·").replace("-", "−")


def _is_sum(text: str) -> bool:
    """Whether ``text`` has a + or − outside brackets (and so needs them after a minus)."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch in "([") - (ch in ")]")
        if depth == 0 and ch in "+−" and 0 < i < len(text) - 1 and text[i - 1] == " ":
            return True
    return False


def _shape_text(value: np.ndarray) -> str:
    return "a scalar" if value.ndim == 0 else f"a vector of {value.size}"
