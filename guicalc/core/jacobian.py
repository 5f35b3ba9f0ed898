"""Vector functions R^n → R^m and their Jacobian, built as autodiff builds it.

``[x0*x1, sin(x0), x0 + x1^2]`` is read component by component with the ordinary
parser (brackets and top-level commas are split here, nothing is evaluated), and
becomes one graph with m outputs. Forward mode builds the Jacobian column by
column, one JVP J·eᵢ per input (n passes); reverse mode row by row, one VJP eⱼᵀJ
per output (m passes). Hence "forward when n ≪ m, reverse when m ≪ n".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import sympy as sp

from guicalc.core.autodiff import AutodiffError, Graph, Trace
from guicalc.core.messages import QT_TRANSLATE_NOOP
from guicalc.core.parse import ParseError, parse

FORWARD = "forward"
REVERSE = "reverse"


@dataclass(frozen=True)
class VectorFunction:
    """m component expressions in the variables ``inputs`` (sorted names)."""

    text: str
    components: tuple[sp.Expr, ...]
    inputs: tuple[str, ...]

    @property
    def shape(self) -> tuple[int, int]:
        """(m, n): the Jacobian's rows and columns."""
        return len(self.components), len(self.inputs)


def parse_vector(text: str) -> VectorFunction:
    """``[f1, f2, …]`` (or a single expression, m = 1); errors carry the column in ``text``."""
    body = text.strip()
    offset = len(text) - len(text.lstrip())
    if body.startswith("["):
        if not body.endswith("]"):
            raise ParseError(QT_TRANSLATE_NOOP("jacobian", "'[' is not closed: write [x0*x1, sin(x0)]"),
                             offset, len(text))
        pieces = _split(body[1:-1], offset + 1)
    else:
        pieces = [(body, offset)]
    # Each component is parsed in place (blanks before it), so columns in errors are the text's.
    components = [parse(" " * start + piece).expr for piece, start in pieces]
    names = sorted({s.name for c in components for s in c.free_symbols})
    if not names:
        raise ParseError(QT_TRANSLATE_NOOP(
            "graph", "the expression has no variable, so there is nothing to differentiate"), offset)
    return VectorFunction(text, tuple(components), tuple(names))


def _split(inner: str, offset: int) -> list[tuple[str, int]]:
    """Components at commas outside brackets, each with its offset in the original text."""
    pieces: list[tuple[str, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(inner):
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            raise ParseError(QT_TRANSLATE_NOOP("parse", "')' has no matching '('"), offset + i)
        if ch == "," and depth == 0:
            pieces.append((inner[start:i], offset + start))
            start = i + 1
    pieces.append((inner[start:], offset + start))  # an unclosed '(' is the parser's to report
    for piece, at in pieces:
        if not piece.strip():
            raise ParseError(QT_TRANSLATE_NOOP("jacobian", "an empty component: write [x0*x1, sin(x0)]"), at)
    return pieces


@dataclass(frozen=True)
class JacobianBuild:
    """The Jacobian and how it was built: one vector per pass (a column or a row)."""

    mode: str
    jacobian: np.ndarray  # m × n
    passes: tuple[np.ndarray, ...]  # forward: the columns J·eᵢ; reverse: the rows eⱼᵀJ

    @property
    def pass_count(self) -> int:
        return len(self.passes)


class VectorTrace:
    """A vector function's graph evaluated at a point: JVPs, VJPs and the Jacobian."""

    def __init__(self, function: VectorFunction, point: Mapping[str, float]) -> None:
        missing = [n for n in function.inputs if n not in point]
        if missing:
            raise AutodiffError(QT_TRANSLATE_NOOP("graph", "give a value for {names}").format(names=", ".join(missing)))
        self.function = function
        self.graph = Graph(list(function.components))
        # An input a component does not use is still a column (of zeros).
        self.values = {n: float(point[n]) for n in function.inputs}
        self.trace: Trace = self.graph.evaluate(self.values)

    @property
    def outputs(self) -> np.ndarray:
        return np.array([float(self.trace.values[i]) for i in self.graph.outputs])

    def jvp(self, direction: Sequence[float]) -> np.ndarray:
        """J·v in one forward-mode pass (v has one entry per input)."""
        v = _vector(direction, len(self.function.inputs), QT_TRANSLATE_NOOP("jacobian", "the direction v"))
        used = {n: np.asarray(v[k]) for k, n in enumerate(self.function.inputs) if n in self.graph.inputs}
        if not used:
            return np.zeros(len(self.graph.outputs))
        flow = self.trace.pushforward(used)
        return np.array([float(flow.nodes.get(i, 0.0)) for i in self.graph.outputs])

    def vjp(self, seed: Sequence[float]) -> np.ndarray:
        """vᵀJ in one reverse-mode pass (v has one entry per output)."""
        v = _vector(seed, len(self.graph.outputs), QT_TRANSLATE_NOOP("jacobian", "the seed v"))
        seeds: dict[int, np.ndarray] = {}
        for j, node in enumerate(self.graph.outputs):
            seeds[node] = seeds.get(node, np.asarray(0.0)) + v[j]
        adjoints = self.trace.pullback(seeds).nodes
        return np.array([float(adjoints.get(self.graph.inputs[n], 0.0)) if n in self.graph.inputs else 0.0
                         for n in self.function.inputs])

    def build(self, mode: str) -> JacobianBuild:
        """The Jacobian column by column (forward, n passes) or row by row (reverse, m passes)."""
        m, n = self.function.shape
        if mode == FORWARD:
            columns = tuple(self.jvp(np.eye(n)[i]) for i in range(n))
            return JacobianBuild(mode, np.column_stack(columns), columns)
        if mode == REVERSE:
            rows = tuple(self.vjp(np.eye(m)[j]) for j in range(m))
            return JacobianBuild(mode, np.vstack(rows), rows)
        raise ValueError(f"unknown mode {mode!r}; choose {FORWARD} or {REVERSE}")


def cheaper_mode(shape: tuple[int, int]) -> str:
    """Forward mode when there are fewer inputs than outputs, else reverse mode."""
    m, n = shape
    return FORWARD if n < m else REVERSE


def _vector(values: Sequence[float], size: int, what: str) -> np.ndarray:
    v = np.asarray(values, dtype=np.float64).reshape(-1)
    if v.size != size:
        raise AutodiffError(QT_TRANSLATE_NOOP("jacobian", "{what} needs {size} numbers, not {given}").format(
            what=what, size=size, given=v.size))
    return v
