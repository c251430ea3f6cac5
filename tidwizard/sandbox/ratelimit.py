"""Per-token rate limit: a token bucket holding ``rate`` requests, refilled at ``rate`` per second.

A client keeping to ``rate`` requests per second is never refused; a burst above it gets 429
with the whole seconds to wait until one request fits again.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


class RateLimiter:
    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.capacity = max(rate, 1.0)
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill)

    def acquire(self, key: str) -> float | None:
        """Take one request for ``key``: None if allowed, else the seconds until it would be."""
        if self.rate <= 0:
            return None
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return None
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.rate


def wait_seconds(wait: float) -> int:
    """Whole seconds to wait: rounded up, and never 0 (that would invite a tight loop)."""
    return max(1, math.ceil(wait))


def retry_after_header(wait: float) -> str:
    """Retry-After carries whole seconds."""
    return str(wait_seconds(wait))
