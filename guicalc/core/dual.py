"""Forward mode as dual numbers: every node carries (value, tangent) = value + tangent·ε.

With ε² = 0, f(a + bε) = f(a) + f′(a)·b·ε: evaluating the graph on dual numbers
is exactly the forward-mode pass (:meth:`Trace.tangent`), the tangent riding
along with the value. One pass gives the derivative along one input direction,
so a gradient of n inputs takes n passes, against one backward pass per output.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from guicalc.core.autodiff import Flow, Trace
from guicalc.core.autodiff_text import number


@dataclass(frozen=True)
class Dual:
    """A node's value and tangent in one forward-mode pass."""

    value: np.ndarray
    tangent: np.ndarray

    def text(self) -> str:
        """``240 + 2ε``, ``0.5 − 0.25ε``; a vector node as ``⟨[…], […]⟩``."""
        if self.value.ndim or self.tangent.ndim:
            return f"⟨{number(self.value)}, {number(self.tangent)}⟩"
        tangent = number(self.tangent)
        sign, magnitude = ("−", tangent[1:]) if tangent.startswith("−") else ("+", tangent)
        return f"{number(self.value)} {sign} {magnitude}ε"


def duals(trace: Trace, flow: Flow) -> dict[int, Dual]:
    """The dual number at every node the pass reaches."""
    return {i: Dual(trace.values[i], t) for i, t in flow.nodes.items()}


def pass_counts(trace: Trace) -> tuple[int, int]:
    """(forward passes, backward passes) for the whole gradient: scalar inputs vs output elements."""
    inputs = sum(max(1, trace.values[i].size) for i in trace.graph.inputs.values())
    return inputs, max(1, trace.output.size)
