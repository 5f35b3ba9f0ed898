"""The registry of view kinds, and the graph's step as one saved number."""

from __future__ import annotations

import json

import pytest

from guicalc.core.autodiff import Graph
from guicalc.core.document import Document
from guicalc.core.parse import parse
from guicalc.core.view_kinds import CURVE, ViewKind, figure_names, register, view_kinds
from guicalc.core.walkthrough import FORWARD, REVERSE, Walkthrough
from guicalc.core.workspace import document_to_dict, dumps, loads


def test_the_built_in_kinds_in_tab_order_with_their_figures():
    assert [kind.name for kind in view_kinds()] == ["curve", "graph", "surface", "lab", "taylor", "values"]
    assert figure_names() == ("curve", "limit", "graph", "surface", "field", "check", "jacobian", "rules",
                              "double-backward", "taylor", "values")
    assert set(Document().states) == {"curve", "graph", "surface", "lab", "taylor", "values"}


@pytest.mark.parametrize("clash", [
    {"name": "curve"}, {"name": "spare", "section": "view"}, {"name": "spare", "section": "two_variable"},
    {"name": "spare", "figures": ("limit",)}])
def test_a_kind_that_clashes_is_refused(clash):
    kind = ViewKind(title=CURVE.title, state=CURVE.state, fields=CURVE.fields, **clash)
    before = view_kinds()
    with pytest.raises(ValueError, match="clashes"):
        register(kind)
    assert view_kinds() == before


def test_a_lesson_saved_before_the_graph_had_a_mode_and_step_loads_with_the_defaults():
    old = json.loads(dumps(Document()))
    old["document"]["graph"] = {"inputs": {"a": "50"}, "seed": ""}
    graph = loads(json.dumps(old)).graph
    assert (graph.inputs, graph.mode, graph.expand, graph.step) == ({"a": "50"}, "reverse", False, 0)
    assert document_to_dict(loads(json.dumps(old)))["two_variable"] == document_to_dict(Document())["two_variable"]


@pytest.mark.parametrize(("text", "mode", "seed"), [("(a + b)*c", REVERSE, None), ("(a + b)*c", FORWARD, None),
                                                    ("x*x", REVERSE, [1.0, 1.0, 1.0])])
def test_every_step_of_a_walkthrough_is_one_number_go_to_restores(text, mode, seed):
    """Walk with "next" to the end; each position, restored on a fresh walkthrough, shows the same snapshot."""
    graph = Graph(parse(text).expr)
    values = {"a": 50.0, "b": 70.0, "c": 2.0} if "a" in text else {"x": [0.0, 1.0, 2.0]}
    walk = Walkthrough(graph.evaluate(values), seed)
    walk.set_mode(mode)
    seen = [(walk.position, walk.snapshot())]
    while walk.can_step_forward() or walk.can_step_backward():
        walk.step_forward() if walk.can_step_forward() else walk.step_backward()
        seen.append((walk.position, walk.snapshot()))
    assert [position for position, _ in seen] == list(range(len(seen)))
    for position, snapshot in seen:
        again = Walkthrough(graph.evaluate(values), seed)
        again.set_mode(mode)
        again.go_to(position)
        assert again.position == position and again.snapshot() == snapshot
    again.go_to(10_000)  # a saved step beyond this graph's end: the last step
    assert again.position == seen[-1][0]
