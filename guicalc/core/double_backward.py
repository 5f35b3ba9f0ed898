"""Double backward: the gradient of a gradient, as PyTorch's ``create_graph=True`` does.

The backward pass through the first graph is run on expressions instead of
numbers: each node's adjoint becomes a sympy expression built from the first
graph's subexpressions and its operations' local derivatives. Those expressions
form a second graph (for a direction v, the scalar vᵀ∇f), whose own backward pass
gives the Hessian-vector product H·v; with one variable and v = 1, f″. Nodes of
the second graph that compute a subexpression of the first are the values the
first pass saved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import sympy as sp

from guicalc.core import autodiff_ops as ops
from guicalc.core.autodiff import AutodiffError, Graph, Trace
from guicalc.core.messages import QT_TRANSLATE_NOOP


def local_derivative(op: ops.Op, k: int, args: Sequence[sp.Expr]) -> sp.Expr:
    """∂op/∂argₖ as an expression in the node's input expressions."""
    if not isinstance(op, ops.Elementwise):
        raise AutodiffError(QT_TRANSLATE_NOOP(
            "double backward", "double backward works on scalar operations; {name} reduces a vector").format(
            name=op.name))
    partial = sp.diff(op.template, op.variables[k])
    return partial.xreplace(dict(zip(op.variables, args, strict=True)))


def gradient_expressions(graph: Graph) -> dict[str, sp.Expr]:
    """Reverse mode through ``graph`` with expressions: ∂f/∂input for every input."""
    exprs = graph.expressions()
    adjoints: dict[int, sp.Expr] = {graph.output: sp.Integer(1)}
    for node in reversed(graph.nodes):
        if node.id not in adjoints or node.op is None:
            continue
        args = [exprs[i] for i in node.inputs]
        for k, source in enumerate(node.inputs):
            if graph.nodes[source].kind == "const":
                continue
            contribution = adjoints[node.id] * local_derivative(node.op, k, args)
            adjoints[source] = adjoints.get(source, sp.Integer(0)) + contribution
    return {name: adjoints.get(i, sp.Integer(0)) for name, i in graph.inputs.items()}


@dataclass(frozen=True)
class DoubleBackward:
    """The first graph, the gradient it gives, and the second graph of vᵀ∇f."""

    first: Graph
    gradient: dict[str, sp.Expr]
    direction: dict[str, float]
    product: sp.Expr  # vᵀ∇f, the output of the second graph
    second: Graph | None  # None when vᵀ∇f is a constant (f is at most linear)
    trace: Trace | None
    shared: dict[int, int]  # second-graph node → the first-graph node with the same subexpression
    hvp: dict[str, float]  # H·v by input

    @property
    def second_derivative(self) -> float:
        """f″ for a function of one variable (v = 1)."""
        if len(self.hvp) != 1:
            raise AutodiffError(QT_TRANSLATE_NOOP("double backward", "f″ needs a function of one variable"))
        return next(iter(self.hvp.values()))


def double_backward(expr: sp.Expr, point: Mapping[str, float],
                    direction: Mapping[str, float] | None = None) -> DoubleBackward:
    """H·v at ``point`` (v = all ones by default: f″ for one variable) through two graphs."""
    first = Graph(expr)
    names = list(first.inputs)
    v = {n: float((direction or {}).get(n, 1.0 if direction is None else 0.0)) for n in names}
    gradient = gradient_expressions(first)
    product = sp.Add(*(_constant(v[n]) * gradient[n] for n in names))
    values = {n: float(point[n]) for n in names}
    if not product.free_symbols:
        return DoubleBackward(first, gradient, v, product, None, None, {}, {n: 0.0 for n in names})
    second = Graph(product)
    trace = second.evaluate(values)
    found = trace.gradients()
    hvp = {n: float(np.asarray(found[n])) if n in found else 0.0 for n in names}
    known = {e: i for i, e in first.expressions().items()}
    shared = {i: known[e] for i, e in second.expressions().items()
              if e in known and second.nodes[i].kind == "op"}
    return DoubleBackward(first, gradient, v, product, second, trace, shared, hvp)


def _constant(value: float) -> sp.Expr:
    return sp.Integer(int(value)) if float(value).is_integer() else sp.Float(value)
