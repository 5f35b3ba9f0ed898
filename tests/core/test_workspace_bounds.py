"""What checking a hostile lesson file costs (issue 22, §10)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.core.test_cli import ROOT


def test_a_run_of_backslashes_in_a_lesson_costs_no_memory_to_check(tmp_path):
    """A 4 MB string of backslashes cost 413 MB to measure the file's nesting (issue 22 §10)."""
    script = (
        "import resource\n"
        "from guicalc.core import workspace\n"
        "text = '{\"format\": \"guicalc\", \"version\": 1, \"document\": {\"functions\": [{\"text\": \"'"
        " + '\\\\' * 4_000_000 + '\"}]}}'\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "try:\n    workspace.loads(text)\nexcept workspace.WorkspaceError as exc:\n    print(exc)\n"
        "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    reason, grown = done.stdout.splitlines()
    print(f"peak grew by {grown} MB")
    assert "is 2000000 characters long" in reason and int(grown) < 60
