"""Reading the sandbox's request counters without racing its last answer."""

from __future__ import annotations

import time
from typing import Any

WRITE_METHODS = ("POST", "PUT", "PATCH")


def settled_stats(sandbox: Any, timeout: float = 2.0) -> dict[str, Any]:
    """``sandbox.stats()`` once every write call that arrived is counted with its status.

    The sandbox counts a write as it arrives but its "METHOD /path STATUS" line only after it
    has answered, so a test reading the counters right after its client got the last answer may
    miss that line (seen on the public profile, where the export's last call is the result
    unit's refused POST). A dropped connection gives no status: then this gives up after
    ``timeout`` and returns what is there.
    """
    deadline = time.monotonic() + timeout
    while True:
        stats = sandbox.stats()
        answered = sum(
            count
            for name, count in stats["requests"].items()
            if name.split()[0] in WRITE_METHODS and name.split()[1].lower().startswith("/v1/")
        )
        if answered >= stats["writes"] or time.monotonic() > deadline:
            return stats
        time.sleep(0.005)
