"""How many examples a fuzzer draws: a tenth locally (a fast inner loop), all of them in CI.

``GUICALC_FUZZ_SCALE=1`` (set by .ci/run) runs each fuzzer at its full count; the examples
are derandomized, so CI runs the same ones every time.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

SCALE = float(os.environ.get("GUICALC_FUZZ_SCALE", "0.1"))


def fuzz(examples: int) -> settings:
    """Hypothesis settings for ``examples`` at full scale."""
    return settings(max_examples=max(1, round(examples * SCALE)), deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
