"""Columns for `tidwizard company` output that fit in 80 terminal cells."""

from __future__ import annotations

from collections.abc import Sequence

from tidwizard.cli.cells import cell_width, clip, pad
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
    """Print columns that fit in 80 terminal cells; the ``flexible`` column gives way, ending in
    …. Widths are cells, not characters (a CJK name or an emoji takes two a character, an accent
    written as a combining mark none). Cells are data: control characters in them are written
    out (and count in the width)."""
    if not rows:
        print(indent + t("admin.cli.empty"))
        return
    rows = [[shown(cell) for cell in cells] for cells in rows]
    header = [t(key) for key in header_keys]
    columns = zip(header, *rows, strict=True)
    widths = [max(cell_width(cell) for cell in column) for column in columns]
    gap = "  "
    room = WIDTH - 1 - cell_width(indent) - len(gap) * (len(widths) - 1) - sum(widths)
    if room < 0:
        widths[flexible] = max(cell_width(header[flexible]), widths[flexible] + room)
    for cells in [header, *rows]:
        parts = []
        for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            parts.append(pad(clip(cell, width), width, right=bool(right and index in right)))
        print((indent + gap.join(parts)).rstrip())
