"""Each step of a pass through the graph, written out as a student would on paper.

Forward: ``a + b = 50 + 70 = 120``. Backward: upstream × local = downstream, for
every edge into the node (``1 × c = 1 × 2 = 2``); an add node passes the upstream
gradient unchanged. Forward mode: the chain rule summed over the inputs
(``d(c·(a + b))/da = c × d(a + b)/da + (a + b) × dc/da = 2 × 1 + 120 × 0 = 2``).
The command line and the graph view print the same sentences.
"""

from __future__ import annotations

import numpy as np

from guicalc.core.autodiff import Flow, Node, Trace
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message, joined
from guicalc.core.vectors import format_value


def number(value: np.ndarray) -> str:
    """A value as the graph shows it, with a typographic minus."""
    return format_value(value).replace("-", "−")


def name(node: Node) -> str:
    """The node's subexpression, bracketed unless it is one symbol: ``d(a + b)/da``."""
    return node.text if node.text.isidentifier() else f"({node.text})"


def forward_text(trace: Trace, node_id: int) -> str:
    """``c·(a + b) = 2 × 120 = 240``; an input or constant just states its value."""
    node = trace.graph.nodes[node_id]
    value = number(trace.values[node_id])
    if node.op is None:
        return f"{node.text} = {value}"
    args = [_operand(trace.values[i]) for i in node.inputs]
    return f"{node.text} = {node.op.show(args)} = {value}"


def backward_text(trace: Trace, flow: Flow, node_id: int) -> Message:
    """What the node passes back along each edge: upstream × local = downstream."""
    graph = trace.graph
    node = graph.nodes[node_id]
    assert node.op is not None
    upstream = number(flow.nodes[node_id])
    names = [graph.nodes[i].text for i in node.inputs]
    edges = [(k, i) for k, i in enumerate(node.inputs) if (node_id, k) in flow.edges]
    if node.op.name == "add":
        targets = ", ".join(graph.nodes[i].text for _, i in edges)
        return QT_TRANSLATE_NOOP(
            "graph", "{node} passes the upstream gradient {upstream} unchanged to {targets}").format(
            node=node.label, upstream=upstream, targets=targets)
    lines = [QT_TRANSLATE_NOOP("graph", "{node} receives {upstream} from upstream and passes "
                               "upstream × local derivative:").format(node=node.label, upstream=upstream)]
    for k, i in edges:
        rule = node.op.rule(k, names)
        local = number(trace.partials[node_id][k])
        down = number(flow.edges[(node_id, k)])
        product = f"{upstream} × {_operand_text(local)}"
        middle = product if rule == local else f"{upstream} × {_grouped_rule(rule)} = {product}"
        target: Message | str = graph.nodes[i].text
        if node.inputs.count(i) > 1:  # dot(x, x): two edges to x, each with its own share
            target = QT_TRANSLATE_NOOP("graph", "{input} (argument {k})").format(input=target, k=k + 1)
        lines.append(QT_TRANSLATE_NOOP("graph", "to {input}: {product}").format(
            input=target, product=f"{middle} = {down}"))
    return joined(lines)


def tangent_text(trace: Trace, flow: Flow, wrt: str, node_id: int) -> str:
    """The chain rule forwards: d node/d wrt = Σ local × d input/d wrt."""
    graph = trace.graph
    node = graph.nodes[node_id]
    assert node.op is not None
    edges = [(k, i) for k, i in enumerate(node.inputs) if (node_id, k) in flow.edges]
    names = [graph.nodes[i].text for i in node.inputs]
    symbols = " + ".join(f"{_grouped_rule(node.op.rule(k, names))} × d{name(graph.nodes[i])}/d{wrt}"
                         for k, i in edges)
    numbers = " + ".join(f"{_operand(trace.partials[node_id][k])} × {_operand(flow.nodes[i])}"
                         for k, i in edges)
    return f"d{name(node)}/d{wrt} = {symbols} = {numbers} = {number(flow.nodes[node_id])}"


def gradient_summary(trace: Trace, flow: Flow) -> str:
    """``∂z/∂a = 2, ∂z/∂b = 2, ∂z/∂c = 120``."""
    return ", ".join(f"∂z/∂{n} = {number(flow.nodes[i])}" for n, i in trace.graph.inputs.items()
                     if i in flow.nodes)


def _operand(value: np.ndarray) -> str:
    return _operand_text(number(value))


def _operand_text(text: str) -> str:
    return f"({text})" if text.startswith("−") else text


def _grouped_rule(rule: str) -> str:
    bracketed = rule.startswith("(") and rule.endswith(")")
    return f"({rule})" if rule.startswith("−") or (" " in rule and not bracketed) else rule


def report(trace: Trace, flow: Flow) -> str:
    """The whole forward and backward pass as a listing, one step per line."""
    graph = trace.graph
    lines = ["forward:"]
    lines += [f"  {forward_text(trace, n.id)}" for n in graph.nodes if n.kind != "const"]
    lines.append(f"backward, starting from {number(flow.start)}:")
    for node in reversed(graph.nodes):
        if node.op is not None:
            first, *rest = backward_text(trace, flow, node.id).splitlines()
            lines += [f"  {first}", *(f"    {line}" for line in rest)]
    lines.append(f"gradients: {gradient_summary(trace, flow)}")
    return "\n".join(lines)
