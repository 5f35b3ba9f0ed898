"""Autosave and crash recovery, with fake PIDs: which sessions crashed, what is offered, what is cleaned."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs

from guicalc.core.autosave import Autosave, Recovery, pid_alive
from guicalc.core.document import Document, FunctionState
from guicalc.core.workspace import document_to_dict, load


def _document(text: str) -> Document:
    document = Document()
    document.functions.append(FunctionState(text))
    return document


def _session(directory: Path, pid: int, alive: set[int]) -> Autosave:
    """A session with a fake PID; ``alive`` is the set of PIDs whose processes exist."""
    return Autosave(directory, pid=pid, is_alive=alive.__contains__)


def test_a_clean_session_leaves_nothing_to_recover(tmp_path: Path) -> None:
    alive = {101}
    session = _session(tmp_path, 101, alive)
    assert session.recoverable() == []
    session.start()
    assert session.marker.read_text() == "101\n"
    session.save(_document("x^3"))
    assert document_to_dict(load(session.path)) == document_to_dict(_document("x^3"))
    session.finish()
    alive.discard(101)
    assert list(tmp_path.iterdir()) == []
    assert _session(tmp_path, 202, {202}).recoverable() == []


def test_a_crashed_session_is_offered_and_then_forgotten(tmp_path: Path) -> None:
    alive = {101}
    crashed = _session(tmp_path, 101, alive)
    crashed.start()
    crashed.save(_document("sin x"))
    alive.clear()  # the process died without finish()

    alive.add(202)
    session = _session(tmp_path, 202, alive)
    [recovery] = session.recoverable()
    assert recovery.path == crashed.path
    assert document_to_dict(load(recovery.path)) == document_to_dict(_document("sin x"))
    session.start()  # the user declined
    assert not crashed.path.exists() and not crashed.marker.exists()
    assert session.recoverable() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["autosave-202.pid"]


def test_a_restored_recovery_becomes_this_sessions_autosave(tmp_path: Path) -> None:
    crashed = _session(tmp_path, 101, {101})
    crashed.start()
    crashed.save(_document("e^x"))

    session = _session(tmp_path, 202, {202})
    [recovery] = session.recoverable()
    restored = load(recovery.path)
    session.start(adopt=recovery)
    assert document_to_dict(load(session.path)) == document_to_dict(restored)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["autosave-202.guicalc", "autosave-202.pid"]


def test_a_running_session_is_not_offered_nor_touched(tmp_path: Path) -> None:
    alive = {101, 202}
    other = _session(tmp_path, 101, alive)
    other.start()
    other.save(_document("x^2"))

    session = _session(tmp_path, 202, alive)
    assert session.recoverable() == []
    session.start()
    session.save(_document("ln x"))
    assert document_to_dict(load(other.path)) == document_to_dict(_document("x^2"))
    assert other.marker.read_text() == "101\n"
    assert other.path != session.path


def test_crashed_sessions_are_offered_newest_first(tmp_path: Path) -> None:
    alive = {101, 102, 103}
    for pid, saved_at in ((101, 1_000_000), (102, 3_000_000), (103, 2_000_000)):
        crashed = _session(tmp_path, pid, alive)
        crashed.start()
        crashed.save(_document(f"x + {pid}"))
        os.utime(crashed.path, (saved_at, saved_at))
    alive.clear()  # all three crash
    alive.add(202)
    found = _session(tmp_path, 202, alive).recoverable()
    assert [r.path.name for r in found] == ["autosave-102.guicalc", "autosave-103.guicalc", "autosave-101.guicalc"]
    assert found[0] == Recovery(tmp_path / "autosave-102.guicalc", 3_000_000)


def test_a_crash_before_the_first_autosave_offers_nothing_and_is_cleaned(tmp_path: Path) -> None:
    _session(tmp_path, 101, {101}).start()
    (tmp_path / "autosave-103.pid").write_text("not a pid")  # torn or foreign: counts as dead
    session = _session(tmp_path, 202, {202})
    assert session.recoverable() == []
    session.start()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["autosave-202.pid"]


def test_an_autosave_without_a_marker_is_not_offered(tmp_path: Path) -> None:
    finished = _session(tmp_path, 101, {101})
    finished.start()
    finished.save(_document("x"))
    finished.marker.unlink()
    assert _session(tmp_path, 202, {202}).recoverable() == []


def test_start_creates_the_directory(tmp_path: Path) -> None:
    session = _session(tmp_path / "data" / "guicalc", 101, {101})
    session.start()
    assert session.marker.is_file()


def test_the_default_directory_is_the_users_data_directory() -> None:
    session = Autosave()
    assert session.directory == Path(platformdirs.user_data_dir("guicalc"))
    assert session.pid == os.getpid()
    assert session.path.name == f"autosave-{os.getpid()}.guicalc"


def test_pid_alive_tells_a_running_process_from_a_finished_one() -> None:
    assert pid_alive(os.getpid())
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    assert not pid_alive(int(finished.stdout))
    assert not pid_alive(0)
    assert not pid_alive(-1)
