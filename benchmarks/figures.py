"""One measured figure beside its baseline, and the table ``python -m benchmarks`` prints."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

COLUMNS = ("figure", "measured", "baseline", "ratio", "target", "result")


@dataclass(frozen=True)
class Figure:
    """``ratio`` is measured over baseline unless ``ratio_text`` says otherwise; ``passed`` is
    decided by the figure's own rule (most compare the ratio, a few an absolute budget)."""

    key: str
    name: str
    measured: float
    measured_text: str
    baseline: float
    baseline_text: str
    ratio: float
    target: str
    passed: bool
    details: dict[str, Any] = field(default_factory=dict)

    def row(self) -> tuple[str, ...]:
        ratio = f"{self.ratio:.2f}" if math.isfinite(self.ratio) else "n/a"
        result = "pass" if self.passed else "FAIL"
        return (self.name, self.measured_text, self.baseline_text, ratio, self.target, result)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("measured", "baseline", "ratio"):
            if not math.isfinite(data[key]):
                data[key] = None
        return data


def ratio(measured: float, baseline: float) -> float:
    return measured / baseline if baseline > 0 else math.inf


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (``share`` 0.95 for p95) of at least one value."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def table(figures: Sequence[Figure]) -> str:
    """A plain Markdown table, so the README can carry it exactly as printed."""
    rows = [COLUMNS, *(figure.row() for figure in figures)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "| " + " | ".join("-" * w for w in widths) + " |"
    return "\n".join([line(rows[0]), rule, *(line(row) for row in rows[1:])])
