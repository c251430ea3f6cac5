"""Counters for GET /sandbox/stats: requests by "METHOD /template STATUS", 429s, faults, writes."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

from tidwizard.sandbox.faults import KINDS


class Stats:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        with self._lock:
            self._requests: Counter[str] = Counter()
            self._faults: Counter[str] = Counter()
            self._rate_limited = 0
            self._writes = 0

    def request(self, method: str, template: str, status: int) -> None:
        with self._lock:
            self._requests[f"{method} {template} {status}"] += 1
            if status == 429:
                self._rate_limited += 1

    def fault(self, kind: str) -> None:
        with self._lock:
            self._faults[kind] += 1

    def write(self) -> None:
        with self._lock:
            self._writes += 1

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "objectName": "sandbox.stats",
                "requests": dict(sorted(self._requests.items())),
                "totalRequests": sum(self._requests.values()),
                "rateLimited": self._rate_limited,
                "faults": {kind: self._faults[kind] for kind in KINDS},
                "writes": self._writes,
            }
