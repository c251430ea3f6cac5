"""Named points in the import where a crash test may kill the process, for exactly-once tests.

``TIDWIZARD_TEST_KILL_AT=<point>:<n>`` makes the n-th pass through ``<point>`` (counted from 1)
end the process with SIGKILL, as a power cut would: no cleanup, no flush. The variable is read
once per process, at the first point passed.
"""

from __future__ import annotations

import functools
import os
import signal
from collections import Counter

KILL_ENV = "TIDWIZARD_TEST_KILL_AT"

# The gaps of the exactly-once protocol, in the order one basis passes them.
POINTS = ("fetched", "in_transaction", "committed", "marked", "confirmed")

_passes: Counter[str] = Counter()


@functools.cache  # read once per process
def _target() -> tuple[str, int] | None:
    spec = os.environ.get(KILL_ENV, "")
    point, _, count = spec.partition(":")
    if not point or not count.isdigit():
        return None
    return point, int(count)


def kill_point(point: str) -> None:
    """Pass ``point``; die here when the environment asks for it."""
    target = _target()
    if target is None or target[0] != point:
        return
    _passes[point] += 1
    if _passes[point] == target[1]:
        os.kill(os.getpid(), signal.SIGKILL)
