"""Columns for `tidwizard company` output that fit in 80 characters."""

from __future__ import annotations

from collections.abc import Sequence

from tidwizard.cli.common import shown
from tidwizard.core.i18n import t

WIDTH = 80
INDENT = "  "


def print_table(
    header_keys: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    flexible: int,
    right: set[int] | None = None,
    indent: str = INDENT,
) -> None:
    """Print columns that fit in 80 characters; the ``flexible`` column gives way, ending in ….
    Cells are data: control characters in them are written out (and count in the width)."""
    if not rows:
        print(indent + t("admin.cli.empty"))
        return
    rows = [[shown(cell) for cell in cells] for cells in rows]
    header = [t(key) for key in header_keys]
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    gap = "  "
    room = WIDTH - 1 - len(indent) - len(gap) * (len(widths) - 1) - sum(widths)
    if room < 0:
        widths[flexible] = max(len(header[flexible]), widths[flexible] + room)
    for cells in [header, *rows]:
        parts = []
        for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            text = cell if len(cell) <= width else cell[: width - 1] + "…"
            parts.append(text.rjust(width) if right and index in right else text.ljust(width))
        print((indent + gap.join(parts)).rstrip())
