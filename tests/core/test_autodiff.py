"""Issue 5's core: the computational graph, reverse and forward mode, and the walk through them."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from guicalc.core.autodiff import AutodiffError, Graph, NotScalarError
from guicalc.core.parse import ParseError, parse
from guicalc.core.symbolic import derivative, exact_value
from guicalc.core.walkthrough import FORWARD, Walkthrough


def graph(text: str, expand: bool = False) -> Graph:
    return Graph(parse(text).expr, expand=expand)


def gradients(text: str, seed: object = None, expand: bool = False, **values: object) -> dict[str, object]:
    return {k: v.tolist() for k, v in graph(text, expand).evaluate(values).gradients(seed).items()}


def ops(g: Graph) -> list[str]:
    return [n.op_name for n in g.nodes]


# -- the notes' numbers --------------------------------------------------------------------------

def test_the_notes_example_a_plus_b_times_c():
    trace = graph("(a + b)*c").evaluate({"a": 50, "b": 70, "c": 2})
    assert float(trace.output) == 240
    assert {k: float(v) for k, v in trace.gradients().items()} == {"a": 2, "b": 2, "c": 120}


def test_multiply_node_swaps_the_inputs():
    assert gradients("x*y", x=2, y=3) == {"x": 3, "y": 2}


def test_exp_node_passes_e_squared():
    assert gradients("exp(x)", x=2)["x"] == pytest.approx(math.e**2, rel=1e-15)


def test_reciprocal_node_passes_minus_one_over_x_squared():
    g = graph("1/x")
    assert [n.label for n in g.nodes] == ["x", "1/x"]
    assert gradients("1/x", x=4) == {"x": -1 / 16}


@pytest.mark.parametrize("expand", [False, True])
def test_sigmoid_at_zero_as_one_node_and_expanded(expand):
    g = graph("sigmoid(x)", expand)
    trace = g.evaluate({"x": 0})
    assert float(trace.output) == 0.5
    assert float(trace.gradients()["x"]) == 0.25
    if expand:
        assert "sigmoid" not in ops(g) and {"neg", "exp", "add", "recip"} <= set(ops(g))
    else:
        assert ops(g) == ["input", "sigmoid"]


def test_sigmoid_node_local_derivative_is_y_times_one_minus_y():
    g = graph("sigmoid(x)")
    trace = g.evaluate({"x": 1.3})
    y = float(trace.output)
    assert float(trace.partials[g.output][0]) == pytest.approx(y * (1 - y), rel=1e-14)
    assert g.nodes[g.output].op.rule(0, ["x"]) == "y(1 − y)"


def test_two_x_dot_x_with_a_vector():
    trace = graph("2*dot(x, x)").evaluate({"x": [0, 1, 2, 3]})
    assert float(trace.output) == 28
    assert trace.gradients()["x"].tolist() == [0, 4, 8, 12]


def test_a_vector_output_needs_a_seed_as_in_pytorch():
    trace = graph("x*x").evaluate({"x": [0, 1, 2, 3]})
    with pytest.raises(NotScalarError, match="grad can be implicitly created only for scalar outputs"):
        trace.backward()
    assert trace.gradients([1, 1, 1, 1])["x"].tolist() == [0, 2, 4, 6]


def test_the_seed_is_the_upstream_gradient_of_a_loss():
    assert gradients("(a + b)*c", seed=0.5, a=50, b=70, c=2) == {"a": 1, "b": 1, "c": 60}


def test_a_seed_of_the_wrong_shape_is_refused():
    with pytest.raises(AutodiffError, match="the output is a vector of 4, v is a vector of 3"):
        graph("x*x").evaluate({"x": [0, 1, 2, 3]}).backward([1, 1, 1])


# -- the graph reads as a student draws it ------------------------------------------------------

def test_a_shared_subexpression_is_one_node_with_two_edges_out():
    g = graph("sin(a + b) + exp(a + b)")
    (shared,) = [n for n in g.nodes if n.text == "a + b"]
    assert sum(n.inputs.count(shared.id) for n in g.nodes) == 2
    values = {"a": 0.3, "b": 0.4}
    expected = math.cos(0.7) + math.exp(0.7)
    assert gradients("sin(a + b) + exp(a + b)", **values) == pytest.approx({"a": expected, "b": expected})


def test_subtraction_negation_and_division_read_naturally():
    sub = graph("x - y")
    assert [n.label for n in sub.nodes][-1] == "−" and sub.nodes[-1].text == "x − y"
    assert gradients("x - y", x=5, y=2) == {"x": 1, "y": -1}
    assert ops(graph("-x")) == ["input", "neg"]
    division = graph("x/y")
    assert ops(division) == ["input", "input", "recip", "mul"]
    assert gradients("x/y", x=3, y=2) == {"x": 0.5, "y": -0.75}


def test_constants_are_leaves_without_a_gradient():
    g = graph("2*x")
    flow = g.evaluate({"x": 5}).backward()
    (const,) = [n for n in g.nodes if n.kind == "const"]
    assert const.label == "2" and const.id not in flow.nodes
    assert float(flow.nodes[g.inputs["x"]]) == 2


def test_a_scalar_times_a_vector_gets_the_summed_gradient():
    assert gradients("sum(c*x)", c=2, x=[1, 2, 3]) == {"c": 6, "x": [2, 2, 2]}


def test_norm_of_a_vector():
    trace = graph("norm(x)").evaluate({"x": [3, 4]})
    assert float(trace.output) == 5
    assert trace.gradients()["x"].tolist() == pytest.approx([0.6, 0.8])


def test_vectors_of_different_lengths_are_named():
    with pytest.raises(AutodiffError, match="different lengths.*x has 3.*y has 2"):
        graph("x*y").evaluate({"x": [1, 2, 3], "y": [1, 2]})


def test_a_missing_input_is_named():
    with pytest.raises(AutodiffError, match="give a value for c"):
        graph("(a + b)*c").evaluate({"a": 1, "b": 2})


# -- forward mode --------------------------------------------------------------------------------

def test_forward_mode_tangents_agree_with_reverse_mode():
    trace = graph("sin(x*y) + x^2*exp(y)").evaluate({"x": 0.7, "y": -0.4})
    reverse = trace.gradients()
    for name in ("x", "y"):
        tangent = trace.tangent(name).nodes[trace.graph.output]
        assert float(tangent) == pytest.approx(float(reverse[name]), rel=1e-14)


def test_jvp_and_vjp_are_the_two_sides_of_one_jacobian():
    trace = graph("x*x + sin(x)").evaluate({"x": [0.1, 0.5, -1.0, 2.0]})
    v, d = np.array([1.0, -2.0, 0.5, 3.0]), np.array([0.2, 0.0, -1.0, 1.5])
    vjp = trace.gradients(v)["x"]
    jvp = trace.tangent("x", d).nodes[trace.graph.output]
    assert float(v @ jvp) == pytest.approx(float(vjp @ d), rel=1e-14)


# -- the walk through the passes -----------------------------------------------------------------

def test_backward_steps_state_upstream_times_local():
    walk = Walkthrough(graph("(a + b)*c").evaluate({"a": 50, "b": 70, "c": 2}))
    walk.step_backward()
    first = walk.snapshot()
    assert "to a + b: 1 × c = 1 × 2 = 2" in first.rule
    assert "to c: 1 × (a + b) = 1 × 120 = 120" in first.rule
    assert first.values[walk.trace.graph.output] == "240"  # the forward pass ran first
    walk.step_backward()
    second = walk.snapshot()
    assert second.rule == "+ passes the upstream gradient 2 unchanged to a, b"
    assert second.status == "Backward pass complete: ∂z/∂a = 2, ∂z/∂b = 2, ∂z/∂c = 120."
    assert not walk.can_step_backward()


def test_forward_steps_compute_one_operation_each():
    walk = Walkthrough(graph("(a + b)*c").evaluate({"a": 50, "b": 70, "c": 2}))
    walk.step_forward()
    snapshot = walk.snapshot()
    assert snapshot.rule == "a + b = 50 + 70 = 120"
    assert walk.trace.graph.output not in snapshot.values


def test_forward_mode_takes_one_pass_per_scalar_input():
    walk = Walkthrough(graph("2*dot(x, x)").evaluate({"x": [0, 1, 2, 3]}))
    walk.set_mode(FORWARD)
    assert [p.label for p in walk.passes] == ["x[0]", "x[1]", "x[2]", "x[3]"]
    tangents = []
    while walk.can_step_forward():
        walk.step_forward()
        if walk.tangent_done == len(walk.operations):
            tangents.append(walk.snapshot().notes[walk.trace.graph.output])
    assert tangents == ["d/dx[0] = 0", "d/dx[1] = 4", "d/dx[2] = 8", "d/dx[3] = 12"]
    assert not walk.can_step_backward()


# -- property: reverse mode agrees with sympy -----------------------------------------------------

VARIABLES = ("x", "y", "z")
UNARY = ("sin({})", "cos({})", "tanh({})", "sigmoid({})", "softplus({})", "exp({}/4)",
         "sqrt(1 + ({})^2)", "ln(1 + ({})^2)", "-({})", "({})^2")
BINARY = ("({}) + ({})", "({}) - ({})", "({})*({})", "({})/(1 + ({})^2)")


def _expressions() -> st.SearchStrategy[str]:
    leaves = st.one_of(st.sampled_from(VARIABLES), st.sampled_from(["1", "2", "3", "0.5", "1.5", "2.25"]))

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        unary = st.tuples(st.sampled_from(UNARY), inner).map(lambda t: t[0].format(t[1]))
        binary = st.tuples(st.sampled_from(BINARY), inner, inner).map(lambda t: t[0].format(t[1], t[2]))
        return st.one_of(unary, binary)

    return st.recursive(leaves, extend, max_leaves=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_expressions(), point=st.tuples(*[st.floats(-2, 2, allow_nan=False)] * 3),
       expand=st.booleans())
def test_reverse_mode_agrees_with_sympy(text, point, expand):
    try:
        expr = parse(text).expr
    except ParseError:  # random text may be refused (e.g. a power too large to compute)
        assume(False)
    names = sorted(s.name for s in expr.free_symbols)
    assume(names)
    values = dict(zip(VARIABLES, point, strict=True))
    trace = Graph(expr, expand=expand).evaluate({n: values[n] for n in names})
    assume(math.isfinite(float(trace.output)))
    got = trace.gradients()
    for name in names:
        expected = exact_value(derivative(expr, name), values)
        assume(math.isfinite(expected))
        # 1e-10 relative; a derivative that is exactly 0 may come out as a rounding residue.
        assert float(got[name]) == pytest.approx(expected, rel=1e-10, abs=1e-12), (text, name)


def test_each_edge_of_dot_x_x_is_told_apart_in_the_rule_text():
    """Issue 13: the two edges to x printed one identical line twice."""
    from guicalc.i18n import translated

    walk = Walkthrough(graph("2*dot(x, x)").evaluate({"x": [0, 1, 2, 3]}))
    while walk.can_step_forward():
        walk.step_forward()
    texts = []
    while walk.can_step_backward():
        walk.step_backward()
        texts.append(translated(walk.snapshot().rule))
    dot = next(t for t in texts if t.startswith("dot receives"))
    lines = dot.splitlines()[1:]
    assert lines == ["to x (argument 1): 2 × x = 2 × [0, 1, 2, 3] = [0, 2, 4, 6]",
                     "to x (argument 2): 2 × x = 2 × [0, 1, 2, 3] = [0, 2, 4, 6]"], lines
