"""What the graph must say about its gradients besides the numbers (issue 15).

Two things a student would otherwise misread:
- a convention: relu, |x|, sign, floor and ceil have no derivative at their kinks and
  jumps; the graph then passes 0 back, as PyTorch and JAX do, and says that it did;
- a vanishing gradient: a local derivative that float64 rounds to 0 (tanh′(20) is
  1 − tanh(20)² = 1 − 1) although its exact value is not 0; the note gives the exact
  value, worked out at 50 digits. PyTorch computes the same 0: that is the lesson.
"""

from __future__ import annotations

import mpmath
import numpy as np

from guicalc.core import autodiff_ops as ops
from guicalc.core.autodiff import Trace
from guicalc.core.evaluate import Evaluator
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.symbolic import display_number

AT_ZERO = ("relu", "abs", "sign")
AT_INTEGERS = ("floor", "ceil")


def gradient_notes(trace: Trace) -> list[Message]:
    """The conventions used and the gradients that vanished in float64, one sentence each."""
    notes: list[Message] = []
    for node in trace.graph.nodes:
        if node.op is None or len(node.inputs) != 1:
            continue
        x = np.asarray(trace.values[node.inputs[0]], dtype=float)
        kinked = (x == 0) if node.op.name in AT_ZERO else (x == np.round(x)) if node.op.name in AT_INTEGERS else None
        if kinked is not None and kinked.any():
            notes.append(QT_TRANSLATE_NOOP(
                "graph", "{node}: no derivative exists at {x}; the graph passes 0 back there, as PyTorch "
                "and JAX do").format(node=node.text, x=display_number(float(x[kinked].flat[0]))))
            continue
        if isinstance(node.op, ops.Elementwise) and hasattr(node.op, "derivative"):
            note = _vanished(trace, node.id, x)
            if note is not None:
                notes.append(note)
    return notes


def _vanished(trace: Trace, node_id: int, x: np.ndarray) -> Message | None:
    """The note for a local derivative that is 0 in float64 but not exactly, or None."""
    node = trace.graph.nodes[node_id]
    local = np.broadcast_to(np.asarray(trace.partials[node_id][0], dtype=float), x.shape)
    zero = (local == 0) & np.isfinite(x)
    if not zero.any():
        return None
    try:
        derivative = node.op.derivative(0)
    except (AttributeError, IndexError):
        return None
    if derivative.is_number:
        return None
    at = float(x[zero].flat[0])
    exact = Evaluator(derivative, "mpmath", precision=50)(x=at)
    if not mpmath.isfinite(exact) or exact == 0:
        return None
    return QT_TRANSLATE_NOOP(
        "graph", "{node}: the local derivative at {x} is {exact}, which float64 rounds to 0: the gradient "
        "vanishes here (PyTorch computes 0 as well)").format(
        node=node.text, x=display_number(at), exact=mpmath.nstr(exact, 3, min_fixed=0, max_fixed=0))
