"""The .guicalc file: round trip, hostile and broken files refused with a message, atomic saves."""

from __future__ import annotations

import builtins
import errno
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from psygnal.containers import EventedList

from guicalc.core import workspace
from guicalc.core.document import PALETTE, Document, FunctionState, ParameterState
from guicalc.core.two_variable_state import SAVED
from guicalc.core.workspace import (
    MAX_FILE_SIZE,
    WorkspaceError,
    document_to_dict,
    dumps,
    load,
    loads,
    save,
)
from tests.fuzz_scale import fuzz


def sample_document() -> Document:
    """Nothing left at its default: three functions, parameters, every curve setting changed."""
    document = Document()
    document.functions[0].text = "a x^2 + b"
    document.functions.append(FunctionState("sin(k x)", PALETTE[1], False))
    document.functions.append(FunctionState("σ(x) · θ2", "#abcdef", True))
    document.parameters = {"a": ParameterState("a", 2.5, -1.0, 4.0), "b": ParameterState("b"),
                           "k": ParameterState("k", 0.5, 0.0, 3.0), "θ2": ParameterState("θ2", -3.0, -4.5, 0.0)}
    curve = document.curve
    curve.variable, curve.x, curve.h, curve.steps = "t", -0.75, 1e-4, 12
    curve.method, curve.dtype = "central", "float16"
    curve.show_first, curve.show_second, curve.show_secant, curve.x_range = False, True, False, (-2.5, 7.25)
    document.graph.inputs, document.graph.seed = {"a": "50", "x": "[0, 1, 2, 3]"}, "[1, 1, 1, 1]"
    document.view.tab, document.view.theme = "graph", "projector"
    two = document.two_variable
    two.point, two.direction, two.descent_start = (0.5, -1.5), (0.0, 1.0), (-1.0, 2.0)
    two.surface_range, two.field_range = (-5.0, 5.0, -3.0, 4.0), (-1.0, 1.0, -2.0, 0.5)
    two.surface_resolution, two.field_step, two.normalise_arrows = 60, 0.1, True
    two.learning_rate, two.descent_steps = 0.05, 200
    return document


def sample_json() -> dict:
    return json.loads(dumps(sample_document()))


def test_round_trip_of_a_changed_document() -> None:
    document = sample_document()
    loaded = loads(dumps(document))
    assert document_to_dict(loaded) == document_to_dict(document)
    assert document_to_dict(loaded) != document_to_dict(Document())
    assert isinstance(loaded.functions, EventedList)
    assert all(isinstance(f, FunctionState) for f in loaded.functions)
    assert loaded.curve.x_range == (-2.5, 7.25)
    assert loaded.parameters["θ2"].name == "θ2"
    assert loaded.two_variable.field_range == (-1.0, 1.0, -2.0, 0.5) and loaded.view.tab == "graph"
    assert loaded.graph.inputs["x"] == "[0, 1, 2, 3]"


def test_every_saved_two_variable_field_has_a_reader() -> None:
    assert tuple(workspace.TWO_VARIABLE_FIELDS) == SAVED
    assert set(sample_json()["document"]["two_variable"]) == set(SAVED)  # not the function nor the descent


def test_replace_with_copies_the_new_sections() -> None:
    document = Document()
    seen: list[str] = []
    document.view.events.tab.connect(seen.append)
    document.replace_with(sample_document())
    assert document_to_dict(document) == document_to_dict(sample_document())
    assert seen == ["graph"]


def test_a_loaded_document_is_observable() -> None:
    loaded = loads(dumps(sample_document()))
    seen: list[float] = []
    loaded.curve.events.x.connect(seen.append)
    loaded.curve.x = 2.0
    assert seen == [2.0]


def test_save_and_load_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / "lesson.guicalc"
    save(path, sample_document())
    assert document_to_dict(load(path)) == document_to_dict(sample_document())
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "guicalc"
    assert [p.name for p in tmp_path.iterdir()] == ["lesson.guicalc"]  # no temporary file left


def test_missing_sections_and_fields_keep_their_defaults() -> None:
    text = json.dumps({"format": "guicalc", "version": 1, "document": {"curve": {"x": 2.0}}})
    loaded = loads(text)
    assert loaded.curve.x == 2.0
    expected = Document()
    expected.curve.x = 2.0
    assert document_to_dict(loaded) == document_to_dict(expected)


def test_unknown_sections_and_fields_are_ignored() -> None:
    data = sample_json()
    data["document"]["theme"] = {"name": "dark", "sizes": [1, 2, [3]]}
    data["document"]["curve"]["show_tangent"] = True
    data["written_by"] = "guicalc 9"
    assert document_to_dict(loads(json.dumps(data))) == document_to_dict(sample_document())


def test_whole_numbers_and_integral_floats_are_accepted() -> None:
    data = sample_json()
    data["document"]["curve"]["x"] = 3
    data["document"]["curve"]["steps"] = 5.0
    loaded = loads(json.dumps(data))
    assert (loaded.curve.x, loaded.curve.steps) == (3.0, 5)
    assert isinstance(loaded.curve.steps, int)


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.guicalc"
    path.write_bytes(b"\xef\xbb\xbf" + dumps(sample_document()).encode("utf-8"))
    assert document_to_dict(load(path)) == document_to_dict(sample_document())


def _with(path: str, value: object) -> str:
    """The sample file with the value at a dotted path (``curve.x``, ``functions.0.color``) replaced."""
    data = sample_json()
    *parents, last = path.split(".")
    node = data["document"]
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    node[int(last) if isinstance(node, list) else last] = value
    return json.dumps(data)


def _envelope(**changes: object) -> str:
    data = sample_json()
    data.update(changes)
    return json.dumps(data)


BROKEN: dict[str, tuple[str, str]] = {
    "bad JSON": ('{\n  "format": "guicalc",\n  "version": 1,,\n  "document": {}\n}', "line 3, column 16: this is not"),
    "truncated": (dumps(Document())[:150], "truncated"),
    "empty": ("  \n", "empty"),
    "wrong type": (_with("curve.x", "1.0"), "expected a number for curve.x, got a string"),
    "future version": (_envelope(version=7), "written by a newer guicalc (format 7); this version reads format 1"),
    "not a workspace": ('{"cells": []}', "not a guicalc workspace"),
    "a list at the top": ("[1, 2]", "not a guicalc workspace"),
    "no version": (json.dumps({"format": "guicalc", "document": {}}), "format version"),
    "version as text": (_envelope(version="1"), "expected a whole number for version, got a string"),
    "version zero": (_envelope(version=0), "version must be from 1"),
    "no document": (json.dumps({"format": "guicalc", "version": 1}), "no document"),
    "document is a list": (_envelope(document=[]), "expected an object for document, got a list"),
    "NaN": (_with("curve.x", 0).replace('"x": 0', '"x": NaN'), "NaN"),
    "Infinity": (_with("curve.h", 0).replace('"h": 0', '"h": -Infinity'), "-Infinity"),
    "overflowing float": (_with("curve.x", 0).replace('"x": 0', '"x": 1e400'), "too large"),
    "huge integer": (_with("curve.x", 0).replace('"x": 0', '"x": ' + "9" * 5000), "5000 digits"),
    "coordinate too large": (_with("curve.x", 1e200), "curve.x must be a finite number"),
    "deep nesting": (_with("theme", 0).replace('"theme": 0', '"theme": ' + "[" * 100 + "]" * 100), "nested"),
    "very deep nesting": ("[" * 1_000_000, "nested"),
    "duplicate key": (_with("curve.x", 0).replace('"x": 0', '"x": 0, "x": 5'), "'x' appears twice"),
    "unknown method": (_with("curve.method", "sideways"), "curve.method must be one of forward, backward"),
    "unknown dtype": (_with("curve.dtype", "float128"), "curve.dtype must be one of float16"),
    "reversed range": (_with("curve.x_range", [3, -1]), "curve.x_range must go from a smaller to a larger"),
    "empty range": (_with("curve.x_range", [2, 2]), "curve.x_range"),
    "range of three": (_with("curve.x_range", [1, 2, 3]), "curve.x_range has 3 entries"),
    "range of text": (_with("curve.x_range", ["a", 2]), "expected a number for curve.x_range[0]"),
    "zero step": (_with("curve.h", 0), "curve.h must be positive"),
    "too many steps": (_with("curve.steps", 10**6), "curve.steps must be from 1 to 20"),
    "fractional steps": (_with("curve.steps", 2.5), "expected a whole number for curve.steps"),
    "boolean as number": (_with("curve.x", True), "expected a number for curve.x, got true or false"),
    "number as boolean": (_with("curve.show_first", 1), "expected true or false for curve.show_first"),
    "bad variable": (_with("curve.variable", "x; y"), "is not a variable name"),
    "too many functions": (_with("functions", [{"text": "x"}] * 51), "functions has 51 entries; the limit is 50"),
    "functions as object": (_with("functions", {"text": "x"}), "expected a list for functions, got an object"),
    "function as string": (_with("functions.1", "x^2"), "expected an object for functions[1]"),
    "colour name": (_with("functions.1.color", "red"), "functions[1].color must be a colour #RRGGBB"),
    "short colour": (_with("functions.0.color", "#fff"), "#RRGGBB"),
    "colour with suffix": (_with("functions.0.color", "#ffffff00"), "#RRGGBB"),
    "long expression": (_with("functions.2.text", "x+" * 1001), "functions[2].text is 2002 characters long"),
    "lone surrogate": (_with("functions.0.text", "x").replace('"text": "x"', '"text": "\\ud800"'), "not valid Unicode"),
    "text as number": (_with("functions.0.text", 3), "expected a string for functions[0].text, got a number"),
    "bad parameter name": (_with("parameters", {"2a": {}}), "a name in parameters: '2a' is not a variable name"),
    "parameter as number": (_with("parameters.a", 1.5), "expected an object for parameters.a"),
    "parameter value null": (_with("parameters.k.value", None), "expected a number for parameters.k.value, got null"),
    "too many parameters": (_with("parameters", {f"p{i}": {} for i in range(101)}), "the limit is 100"),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_a_broken_file_is_refused_with_a_message_and_changes_nothing(case: str, tmp_path: Path) -> None:
    text, message = BROKEN[case]
    document = sample_document()
    before = document_to_dict(document)
    path = tmp_path / "broken.guicalc"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(WorkspaceError) as refused:
        document = load(path)
    assert message in str(refused.value)
    assert document_to_dict(document) == before


def test_truncated_file_names_the_cause() -> None:
    text = dumps(sample_document())
    for end in (1, len(text) // 3, len(text) // 2, len(text) - 3):
        with pytest.raises(WorkspaceError, match="truncated"):
            loads(text[:end])


def test_a_huge_file_is_refused_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.guicalc"
    with open(path, "wb") as file:
        file.write(b'{"format": "guicalc", "version": 1, "document": {"functions": [{"text": "')
        file.truncate(1_100_000_000)  # sparse: a gigabyte claimed, nothing written
    monkeypatch.setattr(workspace, "open", _never_called, raising=False)  # shadows the builtin in the module
    started = time.perf_counter()
    with pytest.raises(WorkspaceError, match=r"the file is 1,100\.0 MB; a workspace is at most 5 MB"):
        load(path)
    assert time.perf_counter() - started < 1.0


def _never_called(*args: object, **kwargs: object) -> None:
    raise AssertionError("the file was opened")


def test_a_file_that_grows_after_the_size_check_is_read_only_to_the_limit(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "growing.guicalc"
    path.write_bytes(b" " * (MAX_FILE_SIZE + 10))
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda p, **kw: os.stat_result((*real_stat(p)[:6], 10, *real_stat(p)[7:])))
    read_sizes: list[int] = []

    def recording_open(*args: object, **kwargs: object) -> object:
        file = builtins.open(*args, **kwargs)
        real_read = file.read
        file.read = lambda size=-1: (read_sizes.append(size), real_read(size))[1]
        return file

    monkeypatch.setattr(workspace, "open", recording_open, raising=False)
    with pytest.raises(WorkspaceError, match="at most 5 MB"):
        load(path)
    assert read_sizes == [MAX_FILE_SIZE + 1]


def test_a_long_string_within_the_size_limit_is_refused_by_its_length() -> None:
    with pytest.raises(WorkspaceError, match="functions\\[0\\].text is 3000000 characters long; the limit is 2000"):
        loads(_with("functions.0.text", "x" * 3_000_000))


def test_unreadable_paths_are_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="cannot read the file: No such file"):
        load(tmp_path / "missing.guicalc")
    with pytest.raises(WorkspaceError, match="not a regular file"):
        load(tmp_path)
    (tmp_path / "latin1.guicalc").write_bytes(b'{"format": "guicalc\xe9"}')
    with pytest.raises(WorkspaceError, match="not UTF-8 text"):
        load(tmp_path / "latin1.guicalc")


def test_nothing_in_a_file_runs(no_code_runs: Callable) -> None:
    hostile = ["__import__('os').system('touch pwned')", "().__class__.__bases__[0].__subclasses__()",
               "eval(open('/etc/passwd').read())"]
    text = _with("functions", [{"text": t} for t in hostile])
    with no_code_runs():
        loaded = loads(text)
    assert [f.text for f in loaded.functions] == hostile
    assert not Path("pwned").exists()


def test_a_document_that_could_not_be_read_back_is_not_saved(tmp_path: Path) -> None:
    path = tmp_path / "lesson.guicalc"
    save(path, sample_document())
    before = path.read_bytes()
    document = sample_document()
    document.curve.x = float("nan")
    with pytest.raises(WorkspaceError, match="cannot save: curve.x must be a finite number"):
        save(path, document)
    document = sample_document()
    document.functions.extend(FunctionState("x") for _ in range(50))
    with pytest.raises(WorkspaceError, match="cannot save: functions has 53 entries"):
        save(path, document)
    assert path.read_bytes() == before


def test_numpy_numbers_are_saved_as_plain_numbers() -> None:
    document = sample_document()
    document.curve.x = np.float32(0.5)
    document.curve.steps = np.int64(3)
    data = json.loads(dumps(document))["document"]["curve"]
    assert (data["x"], data["steps"]) == (0.5, 3)


def _failing_fsync(fd: int) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _failing_replace(src: object, dst: object) -> None:
    raise OSError(errno.EIO, "Input/output error")


class _HalfWriter:
    """A file that writes half of what it is given, then reports a full disk."""

    def __init__(self, file: object) -> None:
        self.file = file

    def __enter__(self) -> _HalfWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()

    def write(self, data: bytes) -> None:
        self.file.write(data[: len(data) // 2])
        self.file.flush()
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("failure", ["write", "fsync", "replace"])
def test_an_interrupted_save_leaves_the_previous_file_intact(failure: str, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lesson.guicalc"
    save(path, Document())
    before = path.read_bytes()
    real_fdopen = os.fdopen
    if failure == "write":
        monkeypatch.setattr(os, "fdopen", lambda *a, **k: _HalfWriter(real_fdopen(*a, **k)))
    elif failure == "fsync":
        monkeypatch.setattr(os, "fsync", _failing_fsync)
    else:
        monkeypatch.setattr(os, "replace", _failing_replace)
    with pytest.raises(OSError):
        save(path, sample_document())
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["lesson.guicalc"]  # the temporary file is removed
    assert document_to_dict(load(path)) == document_to_dict(Document())


def test_saving_keeps_permissions_and_follows_symlinks(tmp_path: Path) -> None:
    target = tmp_path / "real.guicalc"
    save(target, Document())
    target.chmod(0o600)
    link = tmp_path / "link.guicalc"
    link.symlink_to(target)
    save(link, sample_document())
    assert link.is_symlink()
    assert target.stat().st_mode & 0o777 == 0o600
    assert document_to_dict(load(target)) == document_to_dict(sample_document())


# Mutations of a valid file: each result loads (and then saves and loads back the same) or is
# refused with a WorkspaceError; any other exception fails the test.

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    | st.sampled_from(["#00ff00", "central", "float32", "x", "", 1e-300, -0.0, 2**63, 21]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8,
)


def _paths(node: object, path: tuple = ()) -> list[tuple]:
    """Every path to a value inside a JSON tree."""
    found = []
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        found.append((*path, key))
        found.extend(_paths(child, (*path, key)))
    return found


def _mutate(data: object, draw: st.DataObject) -> object:
    path = draw.draw(st.sampled_from(_paths(data)))
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    action = draw.draw(st.sampled_from(["replace", "delete", "insert"]))
    if action == "replace":
        parent[path[-1]] = draw.draw(JSON_VALUES)
    elif action == "delete":
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[draw.draw(st.text(max_size=12))] = draw.draw(JSON_VALUES)
    else:
        parent.insert(path[-1], draw.draw(JSON_VALUES))
    return data


def _loads_or_refuses(text: str | Path) -> None:
    """A mutated file (text, or a file on disk) loads and saves back the same, or is
    refused with a message."""
    try:
        document = load(text) if isinstance(text, Path) else loads(text)
    except WorkspaceError as refused:
        assert str(refused)
    else:
        assert document_to_dict(loads(dumps(document))) == document_to_dict(document)


FUZZ = fuzz(300)  # 30 locally, 300 in CI


@FUZZ
@given(st.data())
def test_mutated_values_load_or_are_refused(data: st.DataObject) -> None:
    mutated = sample_json()
    for _ in range(data.draw(st.integers(1, 3))):
        mutated = _mutate(mutated, data)
    _loads_or_refuses(json.dumps(mutated, ensure_ascii=data.draw(st.booleans())))


@FUZZ
@given(st.data())
def test_mutated_text_loads_or_is_refused(data: st.DataObject) -> None:
    text = dumps(sample_document())
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    text = text[:start] + data.draw(st.text(max_size=5)) + text[end:] if data.draw(st.booleans()) else text[:end]
    _loads_or_refuses(text)


@FUZZ
@given(st.sampled_from(sorted(workspace.CURVE_FIELDS)), JSON_VALUES)
def test_a_valid_curve_value_is_loaded_as_given(field: str, value: object) -> None:
    """One changed setting either arrives unchanged or is refused naming that setting."""
    try:
        loaded = loads(_with(f"curve.{field}", value))
    except WorkspaceError as refused:
        assert f"curve.{field}" in str(refused) or "must be finite" in str(refused)
    else:
        assert getattr(loaded.curve, field) == (tuple(value) if isinstance(value, list) else value)


HUGE_VALUES = st.sampled_from([10**400, -(10**4000), 1e308, -1e308, 5e-324, 2**64, "x" * 100_000,
                               [0.5] * 100_000, {"k" * 1000: 1}, "\u202e" * 500, "\x00" * 50])


@FUZZ
@given(st.data())
def test_mutated_bytes_load_or_are_refused(data: st.DataObject) -> None:
    """Bit flips, dropped and inserted bytes in a saved file (also making it invalid UTF-8)."""
    raw = bytearray(dumps(sample_document()).encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 8))):
        i = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "drop", "insert"]))
        if action == "flip":
            raw[i] ^= 1 << data.draw(st.integers(0, 7))
        elif action == "drop":
            del raw[i]
        else:
            raw.insert(i, data.draw(st.integers(0, 255)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lesson.guicalc"
        path.write_bytes(bytes(raw))
        _loads_or_refuses(path)


@FUZZ
@given(st.data(), HUGE_VALUES)
def test_huge_values_anywhere_load_or_are_refused(data: st.DataObject, value: object) -> None:
    mutated = sample_json()
    path = data.draw(st.sampled_from(_paths(mutated)))
    parent = mutated
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    _loads_or_refuses(json.dumps(mutated))
