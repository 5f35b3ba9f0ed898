"""The computational-graph view's state: its inputs and seed as typed, its mode, expand
option and step, all saved with the lesson (see guicalc.core.view_kinds)."""

from __future__ import annotations

from dataclasses import dataclass, field

from psygnal import evented

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.readers import (
    MAX_ENTRIES,
    Reader,
    WorkspaceError,
    boolean,
    choice,
    expect_object,
    integer,
    name,
    text,
)

MODES = ("reverse", "forward")
"""Reverse mode (backpropagation) or forward mode (one pass per input)."""
MAX_STEP = 100_000
"""Bound on a saved step; a walkthrough clamps it to the steps its graph has."""


@evented
@dataclass
class GraphState:
    """The computational-graph tab's inputs, as the user typed them, and how it is walked."""

    inputs: dict[str, str] = field(default_factory=dict)
    """The text of each input's field: a number or a vector such as [0, 1, 2]."""
    seed: str = ""
    """The upstream gradient v for a vector output; empty means 1."""
    mode: str = "reverse"
    """One of ``MODES``."""
    expand: bool = False
    """True: sigmoid and softplus shown as the exp, + and 1/x nodes they are made of."""
    step: int = 0
    """Operations walked so far: forward steps, then backward ones (0: nothing computed)."""
    dual: bool = True
    """Forward mode: each node shows its dual number value + tangent·ε (else d/dxᵢ = tangent)."""


def inputs(value: object, where: str) -> dict[str, str]:
    """Graph inputs: {name: the text of its field}."""
    entries = expect_object(value, where)
    if len(entries) > MAX_ENTRIES:
        raise WorkspaceError(f"{where} has {len(entries)} entries; the limit is {MAX_ENTRIES}")
    return {name(key, f"a name in {where}"): text(entry, f"{where}.{key}") for key, entry in entries.items()}


GRAPH_FIELDS: dict[str, Reader] = {"inputs": inputs, "seed": text, "mode": choice(MODES), "expand": boolean,
                                   "step": integer(0, MAX_STEP), "dual": boolean}
GRAPH_UNDO: dict[str, Message] = {"mode": QT_TRANSLATE_NOOP("DocumentHistory", "differentiation mode"),
                                  "expand": QT_TRANSLATE_NOOP("DocumentHistory", "expand composites"),
                                  "dual": QT_TRANSLATE_NOOP("DocumentHistory", "dual numbers")}
"""The settings Undo records; the inputs follow the expression, a step is navigation."""
