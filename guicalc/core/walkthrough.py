"""Where a student is in the passes through a graph, and what the graph shows there.

Reverse mode: the forward pass computes one operation per step (inputs first),
then the backward pass propagates the gradient one operation per step (output
first). Forward mode: one pass per scalar input (a vector input xᵢ counts once per
element), each computing values and tangents together, against the single
backward pass per output that reverse mode needs. The view draws a
:class:`Snapshot` and computes nothing itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from guicalc.core import autodiff_text as text
from guicalc.core.autodiff import AutodiffError, Edge, Flow, Trace
from guicalc.core.dual import duals
from guicalc.core.messages import QT_TRANSLATE_NOOP, joined

REVERSE = "reverse"
FORWARD = "forward"
GRAD_NOTE = QT_TRANSLATE_NOOP("graph", "grad {value}")  # under an input once its gradient is final


@dataclass(frozen=True)
class Snapshot:
    """What the graph shows after the latest step."""

    values: dict[int, str]  # forward value in each node computed so far
    notes: dict[int, str]  # a second line: an input's gradient, or a node's tangent (may be a Message)
    edges: dict[Edge, str]  # the gradient (or tangent contribution) on each edge so far
    kind: str  # "gradient" or "tangent": what the edge and note texts are
    status: str  # which pass, how far along (a Message, translatable)
    rule: str  # the rule the latest step applied (a Message or a formula)
    active: int | None = None  # the node of the latest step
    seed: str | None = None  # the start of the backward pass, drawn at the output
    active_edges: tuple[Edge, ...] = ()


@dataclass(frozen=True)
class Pass:
    """One forward-mode pass: along input ``name``, or its element ``index`` for a vector."""

    label: str
    name: str
    index: int | None = None


class Walkthrough:
    """The steps through a trace, in reverse mode or forward mode."""

    def __init__(self, trace: Trace, seed: object = None) -> None:
        self.trace = trace
        graph = trace.graph
        self.operations = [n.id for n in graph.nodes if n.op is not None]
        self.leaves = [n.id for n in graph.nodes if n.op is None]
        self.passes: list[Pass] = []
        for name, node in graph.inputs.items():
            value = trace.values[node]
            if value.ndim:
                self.passes += [Pass(f"{name}[{i}]", name, i) for i in range(value.size)]
            else:
                self.passes.append(Pass(name, name))
        try:
            self.backward: Flow | None = trace.backward(seed)
            self.backward_error = ""
        except AutodiffError as exc:
            self.backward, self.backward_error = None, exc.args[0]
        self._tangents: dict[int, Flow] = {}
        self.mode = REVERSE
        self.dual = False  # forward mode: show each node as value + tangent·ε instead of d/dxᵢ = tangent
        self.reset()

    def reset(self) -> None:
        """Back to the start of the current mode."""
        self.forward_done = 0
        self.backward_done = 0
        self.pass_index = 0
        self.tangent_done = 0

    def set_mode(self, mode: str) -> None:
        if mode not in (REVERSE, FORWARD):
            raise ValueError(f"unknown mode {mode!r}")
        self.mode = mode
        self.reset()

    def resume(self, previous: Walkthrough) -> None:
        """Stay where ``previous`` was, for new values on the same graph (a student edits a)."""
        self.mode, self.dual = previous.mode, previous.dual
        if previous.trace.graph is not self.trace.graph or len(previous.passes) != len(self.passes):
            return
        self.forward_done, self.pass_index, self.tangent_done = (
            previous.forward_done, previous.pass_index, previous.tangent_done)
        self.backward_done = previous.backward_done if self.backward is not None else 0

    @property
    def position(self) -> int:
        """Steps taken since the start of the mode, as "next" takes them (forward, then
        backward): one number that a lesson saves and :meth:`go_to` restores."""
        if self.mode == FORWARD:
            return self.pass_index * (len(self.operations) + 1) + self.tangent_done
        return self.forward_done + self.backward_done

    def go_to(self, position: int) -> None:
        """``position`` steps from the start of the mode, or the last step if there are fewer."""
        self.reset()
        for _ in range(position):
            if self.can_step_forward():
                self.step_forward()
            elif self.can_step_backward():
                self.step_backward()
            else:
                break

    def can_step_forward(self) -> bool:
        if self.mode == FORWARD:
            return self.tangent_done < len(self.operations) or self.pass_index + 1 < len(self.passes)
        return self.backward_done == 0 and self.forward_done < len(self.operations)

    def can_step_backward(self) -> bool:
        """Forward mode has no backward pass; reverse mode needs a scalar output or a seed."""
        return (self.mode == REVERSE and self.backward is not None
                and self.backward_done < len(self.operations))

    def step_forward(self) -> None:
        """One operation further: in the forward pass, or in the current tangent pass."""
        if not self.can_step_forward():
            return
        if self.mode == REVERSE:
            self.forward_done += 1
        elif self.tangent_done < len(self.operations):
            self.tangent_done += 1
        else:
            self.pass_index += 1
            self.tangent_done = 0

    def step_backward(self) -> None:
        """One operation further back; the forward pass is completed first if it is not."""
        if not self.can_step_backward():
            return
        self.forward_done = len(self.operations)
        self.backward_done += 1

    def snapshot(self) -> Snapshot:
        return self._tangent_snapshot() if self.mode == FORWARD else self._reverse_snapshot()

    def value_texts(self) -> dict[int, str]:
        """Every node's forward value as text (the view sizes its boxes to fit them)."""
        return self._values(len(self.operations))

    def _values(self, done: int) -> dict[int, str]:
        shown = self.leaves + self.operations[:done]
        return {i: text.number(self.trace.values[i]) for i in shown}

    def _reverse_snapshot(self) -> Snapshot:
        trace, n = self.trace, len(self.operations)
        values = self._values(self.forward_done)
        if self.backward_done == 0:
            active = self.operations[self.forward_done - 1] if self.forward_done else None
            rule = text.forward_text(trace, active) if active is not None else self._start_hint()
            status = QT_TRANSLATE_NOOP("graph", "Forward pass: {done} of {n} operations computed.")
            if self.forward_done == n:
                status = QT_TRANSLATE_NOOP("graph", "Forward pass: {done} of {n} operations computed. Output {output}.")
                rule = rule if self.backward is not None else joined([rule, self.backward_error])
            status = status.format(done=self.forward_done, n=n, output=text.number(trace.output))
            return Snapshot(values, {}, {}, "gradient", status, rule, active)
        flow = self.backward
        assert flow is not None
        done = list(reversed(self.operations))[:self.backward_done]
        active = done[-1]
        edges = {e: text.number(g) for e, g in flow.edges.items() if e[0] in done}
        # An input's gradient is final once every operation that uses it has passed back.
        notes = {i: GRAD_NOTE.format(value=text.number(flow.nodes[i])) for i in self.trace.graph.inputs.values()
                 if all(n.id in done for n in self.trace.graph.nodes if i in n.inputs)}
        status = QT_TRANSLATE_NOOP("graph", "Backward pass: {done} of {n} operations.").format(
            done=self.backward_done, n=n)
        if self.backward_done == n:
            status = QT_TRANSLATE_NOOP("graph", "Backward pass complete: {gradients}.").format(
                gradients=text.gradient_summary(trace, flow))
        return Snapshot(values, notes, edges, "gradient", status, text.backward_text(trace, flow, active),
                        active, text.number(flow.start), tuple(e for e in flow.edges if e[0] == active))

    def _start_hint(self) -> str:
        if self.backward is None:
            return self.backward_error
        return QT_TRANSLATE_NOOP("graph", "Step forward to compute the values, or backward to run backpropagation.")

    def _tangent_snapshot(self) -> Snapshot:
        trace, n, current = self.trace, len(self.operations), self.passes[self.pass_index]
        flow = self.tangent(self.pass_index)
        done = self.operations[:self.tangent_done]
        visible = self.leaves + done
        notes = {i: f"d/d{current.label} = {text.number(flow.nodes[i])}" for i in visible if i in flow.nodes}
        if self.dual:
            notes = {i: d.text() for i, d in duals(trace, flow).items() if i in visible}
        edges = {e: text.number(g) for e, g in flow.edges.items() if e[0] in done}
        active = done[-1] if done else None
        rule = (text.tangent_text(trace, flow, current.label, active) if active is not None
                else QT_TRANSLATE_NOOP("graph", "Pass {index} starts with d{input}/d{input} = 1 and every other "
                                       "input's tangent 0.").format(index=self.pass_index + 1, input=current.label))
        status = QT_TRANSLATE_NOOP(
            "graph", "Forward mode, pass {index} of {passes} (along {input}): {done} of {n} operations. "
            "Forward mode needs one pass per input ({passes}); reverse mode one backward pass per output "
            "({outputs}).").format(index=self.pass_index + 1, passes=len(self.passes), input=current.label,
                                   done=self.tangent_done, n=n, outputs=trace.output.size)
        return Snapshot(self._values(self.tangent_done), notes, edges, "tangent", status, rule, active,
                        active_edges=tuple(e for e in flow.edges if e[0] == active))

    def tangent(self, index: int) -> Flow:
        """The forward-mode flow of pass ``index`` (computed when first needed)."""
        if index not in self._tangents:
            p = self.passes[index]
            direction = None
            if p.index is not None:
                direction = np.zeros_like(self.trace.values[self.trace.graph.inputs[p.name]])
                direction[p.index] = 1.0
            self._tangents[index] = self.trace.tangent(p.name, direction)
        return self._tangents[index]

