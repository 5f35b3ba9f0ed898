"""Issue 15: float16/float32 quotients evaluate the expression as typed, as a tensor of the dtype would.

The reference is numpy itself on 1-element arrays of the dtype, with each expression written
out by hand in the order typed (every literal a scalar of the dtype, every operation numpy's),
and the quotient formed as the notes form it. guicalc's limit table must equal it bit for bit.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pytest

from guicalc.core.analysis import CurveAnalysis
from guicalc.core.difference import step_sizes
from guicalc.core.parse import parse

Typed = Callable[[np.ndarray, type], np.ndarray]

AS_TYPED: dict[str, Typed] = {
    "x/3": lambda x, t: x / t(3),
    "x^2+x+1": lambda x, t: x ** t(2) + x + t(1),
    "1/2x": lambda x, t: (t(1) / t(2)) * x,
    "3x^2 - 4x": lambda x, t: t(3) * x ** t(2) - t(4) * x,
    "sin(x)": lambda x, t: np.sin(x),
    "cos(2x)": lambda x, t: np.cos(t(2) * x),
    "e^x": lambda x, t: t(math.e) ** x,
    "exp(-x)": lambda x, t: np.exp(-x),
    "ln(x)": lambda x, t: np.log(x),
    "sqrt(x)": lambda x, t: np.sqrt(x),
    "tanh(x)": lambda x, t: np.tanh(x),
    "sigmoid(x)": lambda x, t: t(1) / (t(1) + np.exp(-x)),
    "relu(x)": lambda x, t: np.maximum(x, t(0)),
    "softplus(x)": lambda x, t: np.logaddexp(t(0), x),
    "|x - 1|": lambda x, t: np.abs(x - t(1)),
    "x^3/6": lambda x, t: x ** t(3) / t(6),
    "(x+1)/(x-2)": lambda x, t: (x + t(1)) / (x - t(2)),
    "pi x": lambda x, t: t(math.pi) * x,
    "log10(x)": lambda x, t: np.log10(x),
    "atan(x)": lambda x, t: np.arctan(x),
    "x sin(x)": lambda x, t: x * np.sin(x),
    "sin²x": lambda x, t: np.sin(x) ** t(2),
    "2^x": lambda x, t: t(2) ** x,
    "0.1x + 0.2": lambda x, t: t(0.1) * x + t(0.2),
    "x^(1/3)": lambda x, t: x ** (t(1) / t(3)),
}


def _numpy_quotient(f: Typed, method: str, dtype: str, x: float, h: float) -> float:
    t = np.dtype(dtype).type
    with np.errstate(all="ignore"):
        xs, hs = np.array([x], dtype=dtype), np.array([h], dtype=dtype)
        if method == "forward":
            q = (f(xs + hs, t) - f(xs, t)) / hs
        elif method == "backward":
            q = (f(xs, t) - f(xs - hs, t)) / hs
        else:
            q = (f(xs + hs, t) - f(xs - hs, t)) / (t(2) * hs)
    assert q.dtype == np.dtype(dtype)  # the reference itself never left the dtype
    return float(q[0])


@pytest.mark.parametrize("dtype", ["float16", "float32"])
@pytest.mark.parametrize("method", ["forward", "backward", "central"])
@pytest.mark.parametrize("text", list(AS_TYPED))
def test_table_equals_numpy_on_the_typed_expression(text: str, method: str, dtype: str) -> None:
    analysis = CurveAnalysis(parse(text), "x")
    for x in (0.3, 1.7):
        rows = analysis.limit_table(x, method, dtype, 4)
        for row, h in zip(rows, step_sizes(4), strict=True):
            expected = _numpy_quotient(AS_TYPED[text], method, dtype, x, h)
            if math.isfinite(expected):
                assert row.quotient == expected, (text, method, dtype, x, h)
            else:
                assert row.quotient is None, (text, method, dtype, x, h)


def test_the_issue_s_example_reads_x_over_3_not_x_times_a_rounded_third() -> None:
    # float16 x/3 at 0.3, h = 1e-3: numpy on the typed expression gives 0.305; sympy's
    # rewritten x·fl(1/3) gave 0.366 (the test above could fail, and did).
    t = np.float16
    rewritten = _numpy_quotient(lambda x, _: x * t(1 / 3), "forward", "float16", 0.3, 1e-3)
    typed = _numpy_quotient(AS_TYPED["x/3"], "forward", "float16", 0.3, 1e-3)
    assert rewritten != typed
    row = CurveAnalysis(parse("x/3"), "x").quotients("forward", "float16").at(0.3, 1e-3)
    assert row.value == typed == pytest.approx(0.305, abs=1e-3)
