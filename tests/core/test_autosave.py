"""Autosave and crash recovery: sessions by id and lock, what is offered, what is kept, what is cleaned.

A crash is ``abandon()`` (the lock goes as the kernel drops it, the files stay) or a
real process killed with SIGKILL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from guicalc.core.autosave import Autosave, default_directory
from guicalc.core.document import Document, FunctionState
from guicalc.core.workspace import document_to_dict, load


def _document(text: str) -> Document:
    document = Document()
    document.functions.append(FunctionState(text))
    return document


def _crashed(directory: Path, text: str, saved_at: float | None = None) -> Autosave:
    """A session that autosaved ``text`` and then died."""
    session = Autosave(directory, fallback=directory)
    assert session.start()
    session.save(_document(text))
    session.abandon()
    if saved_at is not None:
        os.utime(session.path, (saved_at, saved_at))
    return session


def _names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_a_clean_session_leaves_nothing_to_recover(tmp_path: Path) -> None:
    session = Autosave(tmp_path, fallback=tmp_path)
    assert session.recoverable() == []
    assert session.start()
    session.save(_document("x^3"))
    assert document_to_dict(load(session.path)) == document_to_dict(_document("x^3"))
    session.finish()
    assert _names(tmp_path) == []
    assert Autosave(tmp_path, fallback=tmp_path).recoverable() == []


def test_every_crashed_session_is_offered_newest_first(tmp_path: Path) -> None:
    older = _crashed(tmp_path, "x + 1", 1_000_000)
    newer = _crashed(tmp_path, "x + 2", 3_000_000)
    middle = _crashed(tmp_path, "x + 3", 2_000_000)
    found = Autosave(tmp_path, fallback=tmp_path).recoverable()
    assert [r.path for r in found] == [newer.path, middle.path, older.path]
    assert found[0].saved_at == 3_000_000


def test_a_running_session_is_not_offered_nor_touched(tmp_path: Path) -> None:
    other = Autosave(tmp_path, fallback=tmp_path)
    other.start()
    other.save(_document("x^2"))
    session = Autosave(tmp_path, fallback=tmp_path)
    assert session.recoverable() == []
    session.start()
    session.finish()
    assert document_to_dict(load(other.path)) == document_to_dict(_document("x^2"))


def test_an_offered_autosave_is_not_offered_twice_at_once(tmp_path: Path) -> None:
    """Two windows starting together: the one asking holds the lock, the other does not see it."""
    _crashed(tmp_path, "sin x")
    first = Autosave(tmp_path, fallback=tmp_path).recoverable()
    assert len(first) == 1
    assert Autosave(tmp_path, fallback=tmp_path).recoverable() == []
    first[0].release()
    assert len(Autosave(tmp_path, fallback=tmp_path).recoverable()) == 1


def test_not_now_keeps_it_and_discard_deletes_it(tmp_path: Path) -> None:
    crashed = _crashed(tmp_path, "e^x")
    [recovery] = Autosave(tmp_path, fallback=tmp_path).recoverable()
    recovery.release()  # "not now"
    later = Autosave(tmp_path, fallback=tmp_path)
    [again] = later.recoverable()
    assert again.path == crashed.path
    later.start()
    assert crashed.path.exists()  # starting a session deletes nothing
    again.discard()
    assert not crashed.path.exists() and not crashed.lock_path.exists()


def test_a_restored_recovery_becomes_this_sessions_autosave(tmp_path: Path) -> None:
    _crashed(tmp_path, "e^x")
    session = Autosave(tmp_path, fallback=tmp_path)
    [recovery] = session.recoverable()
    restored = load(recovery.path)
    session.start(adopt=recovery)
    assert document_to_dict(load(session.path)) == document_to_dict(restored)
    assert _names(tmp_path) == [session.path.name, session.lock_path.name]


def test_a_crash_before_the_first_autosave_offers_nothing_and_is_cleaned(tmp_path: Path) -> None:
    early = Autosave(tmp_path, fallback=tmp_path)
    early.start()
    early.abandon()
    assert _names(tmp_path) == [early.lock_path.name]
    assert Autosave(tmp_path, fallback=tmp_path).recoverable() == []
    assert _names(tmp_path) == []


def test_a_killed_process_with_the_same_pid_namespace_is_recovered(tmp_path: Path) -> None:
    """A real process killed with SIGKILL: its lock is gone although nothing cleaned up."""
    script = textwrap.dedent(f"""
        import sys, time
        from guicalc.core.autosave import Autosave
        from guicalc.core.document import Document, FunctionState
        session = Autosave({str(tmp_path)!r}, fallback={str(tmp_path)!r})
        session.start()
        document = Document()
        document.functions[0].text = "tanh x"
        session.save(document)
        print("saved", flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "saved"
        assert Autosave(tmp_path, fallback=tmp_path).recoverable() == []  # alive: its lock is held
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        child.kill()
        child.stdout.close()
    [recovery] = Autosave(tmp_path, fallback=tmp_path).recoverable()
    assert load(recovery.path).functions[0].text == "tanh x"


def test_an_unwritable_folder_falls_back_then_turns_autosave_off(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    fallback = tmp_path / "fallback"
    session = Autosave(blocked / "guicalc", fallback=fallback)
    assert session.start()
    assert session.directory == fallback and "not writable" in session.problem
    session.save(_document("x"))
    assert session.path.parent == fallback and session.path.is_file()
    session.finish()

    off = Autosave(blocked / "guicalc", fallback=blocked / "fallback")
    assert off.recoverable() == []
    assert not off.start() and not off.active and off.problem
    off.save(_document("x"))  # nothing written, nothing raised
    off.finish()


def test_crashed_work_in_the_fallback_folder_is_offered(tmp_path: Path) -> None:
    crashed = _crashed(tmp_path / "fallback", "cos x")
    [recovery] = Autosave(tmp_path / "data", fallback=tmp_path / "fallback").recoverable()
    assert recovery.path == crashed.path


def test_the_default_directory_is_the_users_data_directory() -> None:
    session = Autosave()
    assert session.directory == default_directory()
    assert session.path.name.startswith("autosave-") and session.session in session.path.name
    assert Autosave().session != session.session


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_two_sessions_of_one_process_do_not_share_a_lock(tmp_path: Path) -> None:
    one, two = Autosave(tmp_path, fallback=tmp_path), Autosave(tmp_path, fallback=tmp_path)
    assert one.start() and two.start()
    one.save(_document("a"))
    two.save(_document("b"))
    assert Autosave(tmp_path, fallback=tmp_path).recoverable() == []
    one.finish()
    two.finish()
