"""Switchable faults: ``"error=0.2,reset=0.1,delay=0.05,expire=0.05"`` (kind=probability).

At most one fault per request: one draw, the kinds' probabilities laid end to end.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field

KINDS = ("error", "reset", "delay", "expire")


class FaultSpecError(ValueError):
    pass


@dataclass(frozen=True)
class FaultSpec:
    probabilities: dict[str, float] = field(default_factory=dict)

    def __str__(self) -> str:
        return ",".join(f"{kind}={p:g}" for kind, p in self.probabilities.items())


def parse_faults(text: str) -> FaultSpec:
    """Parse a fault spec; raises FaultSpecError with a clear reason."""
    probabilities: dict[str, float] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        kind, eq, value = part.partition("=")
        kind = kind.strip().lower()
        if kind not in KINDS:
            raise FaultSpecError(f"unknown fault {kind!r} (known: {', '.join(KINDS)})")
        if not eq:
            raise FaultSpecError(f"fault {kind!r} needs a probability, like {kind}=0.1")
        try:
            probability = float(value)
        except ValueError:
            raise FaultSpecError(f"probability of {kind!r} is not a number: {value!r}") from None
        if not 0.0 <= probability <= 1.0:
            raise FaultSpecError(f"probability of {kind!r} must be between 0 and 1")
        if kind in probabilities:
            raise FaultSpecError(f"fault {kind!r} is given twice")
        probabilities[kind] = probability
    if sum(probabilities.values()) > 1.0 + 1e-9:
        raise FaultSpecError("the probabilities add up to more than 1")
    return FaultSpec(probabilities)


class FaultInjector:
    def __init__(self, spec: FaultSpec | None = None, rng: random.Random | None = None) -> None:
        self._spec = spec or FaultSpec()
        self._rng = rng or random.Random()
        self._lock = threading.Lock()

    @property
    def spec(self) -> FaultSpec:
        return self._spec

    def set(self, spec: FaultSpec) -> None:
        self._spec = spec

    def draw(self) -> str | None:
        """The fault for this request, or None."""
        spec = self._spec
        if not spec.probabilities:
            return None
        with self._lock:
            point = self._rng.random()
        for kind, probability in spec.probabilities.items():
            if point < probability:
                return kind
            point -= probability
        return None
