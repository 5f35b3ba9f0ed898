"""micrograd's ``test_sanity_check`` and ``test_more_ops`` through ``guicalc graph`` (issue 15).

micrograd (github.com/karpathy/micrograd, test/test_engine.py) checks its autodiff against
PyTorch in float64. Its programs are translated here into guicalc's expression language
(each ``c += …`` substituted into one expression) and run through the command line. The
reference is computed independently of guicalc: the same program, statement by statement,
with forward-mode dual numbers in Python floats that follow PyTorch's documented rules
(``relu`` passes gradient only where its input is > 0, so relu′(0) = 0, as in
``torch.nn.functional.relu`` / ``threshold_backward``). The relu(0) cases are included: at
a = −2, b = 2 the term relu(b + a) sits exactly on the kink, where sympy's Heaviside(0) = ½
used to give ∂g/∂a = 1033.99576 against PyTorch's 939.99615.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from guicalc.cli import main


@dataclass(frozen=True)
class Dual:
    """A value and its derivative along one input: forward-mode autodiff in float64."""

    v: float
    d: float = 0.0

    def __add__(self, o: Dual | float) -> Dual:
        o = _dual(o)
        return Dual(self.v + o.v, self.d + o.d)

    __radd__ = __add__

    def __neg__(self) -> Dual:
        return Dual(-self.v, -self.d)

    def __sub__(self, o: Dual | float) -> Dual:
        return self + -_dual(o)

    def __mul__(self, o: Dual | float) -> Dual:
        o = _dual(o)
        return Dual(self.v * o.v, self.d * o.v + self.v * o.d)

    __rmul__ = __mul__

    def __pow__(self, n: int) -> Dual:
        return Dual(self.v**n, n * self.v ** (n - 1) * self.d)

    def __truediv__(self, o: Dual | float) -> Dual:
        o = _dual(o)
        return Dual(self.v / o.v, (self.d * o.v - self.v * o.d) / (o.v * o.v))

    def __rtruediv__(self, o: float) -> Dual:
        return _dual(o) / self

    def relu(self) -> Dual:
        return Dual(max(self.v, 0.0), self.d if self.v > 0 else 0.0)  # PyTorch: gradient 0 at 0


def _dual(value: Dual | float) -> Dual:
    return value if isinstance(value, Dual) else Dual(float(value))


def sanity_program(x: Dual) -> Dual:
    z = 2 * x + 2 + x
    q = z.relu() + z * x
    h = (z * z).relu()
    return h + q + q * x


SANITY = "h + q + q*x"
SANITY_PARTS = {"h": "relu(z*z)", "q": "(relu(z) + z*x)", "z": "(2*x + 2 + x)"}


def more_ops_program(a: Dual, b: Dual) -> Dual:
    c = a + b
    d = a * b + b**3
    c = c + c + 1
    c = c + 1 + c + (-a)
    d = d + d * 2 + (b + a).relu()
    d = d + 3 * d + (b - a).relu()
    e = c - d
    f = e**2
    g = f / 2.0
    return g + 10.0 / f


MORE_OPS = "f/2 + 10/f"
MORE_OPS_PARTS = {  # each name once, innermost last: c₂ = c₁ + 1 + c₁ + (−a), c₁ = c₀ + c₀ + 1, …
    "f": "(e)^2", "e": "(c2 - d2)",
    "c2": "(c1 + 1 + c1 + (-a))", "c1": "(c0 + c0 + 1)", "c0": "(a + b)",
    "d2": "(d1 + 3*d1 + relu(b - a))", "d1": "(d0 + d0*2 + relu(b + a))", "d0": "(a*b + b^3)",
}


def _inline(template: str, parts: dict[str, str]) -> str:
    """Substitute each named intermediate (in the order given) into one expression."""
    for name, text in parts.items():
        template = template.replace(name, text)
    return template


def _graph(capsys: pytest.CaptureFixture[str], expression: str, at: str) -> dict:
    assert main(["graph", expression, "--at", at, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_translations_read_as_the_programs() -> None:
    assert _inline(SANITY, SANITY_PARTS) == ("relu((2*x + 2 + x)*(2*x + 2 + x)) + (relu((2*x + 2 + x)) + "
                                             "(2*x + 2 + x)*x) + (relu((2*x + 2 + x)) + (2*x + 2 + x)*x)*x")
    assert "c" not in _inline(MORE_OPS, MORE_OPS_PARTS).replace("relu", "")


@pytest.mark.parametrize("x", [-4.0, -1.0, 0.0, 0.5, 3.0])
def test_sanity_check(capsys: pytest.CaptureFixture[str], x: float) -> None:
    result = _graph(capsys, _inline(SANITY, SANITY_PARTS), f"x={x}")
    reference = sanity_program(Dual(x, 1.0))
    assert result["output"] == pytest.approx(reference.v, rel=1e-12)
    assert result["gradients"]["x"] == pytest.approx(reference.d, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize(("a", "b"), [(-4.0, 2.0), (-2.0, 2.0), (2.0, 2.0), (0.0, 0.0), (1.5, -0.25)])
def test_more_ops(capsys: pytest.CaptureFixture[str], a: float, b: float) -> None:
    result = _graph(capsys, _inline(MORE_OPS, MORE_OPS_PARTS), f"a={a},b={b}")
    g_a = more_ops_program(Dual(a, 1.0), Dual(b))
    g_b = more_ops_program(Dual(a), Dual(b, 1.0))
    assert result["output"] == pytest.approx(g_a.v, rel=1e-12)
    assert result["gradients"]["a"] == pytest.approx(g_a.d, rel=1e-12)
    assert result["gradients"]["b"] == pytest.approx(g_b.d, rel=1e-12)


def test_the_relu_kink_case_matches_the_figure_pytorch_gave() -> None:
    # The figure from PyTorch at a = −2, b = 2 (relu(0) in the graph): ∂g/∂a = 939.99615.
    assert more_ops_program(Dual(-2.0, 1.0), Dual(2.0)).d == pytest.approx(939.99615, abs=1e-5)
