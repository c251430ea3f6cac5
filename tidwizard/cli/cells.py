"""Text measured in terminal cells, not characters: 日本 takes four cells, 👍 two, and é written
as e with a combining accent one. Every column the command line lines up is padded and cut by
these (Rich's measure, which Textual brings along)."""

from __future__ import annotations

from rich.cells import cell_len

ELLIPSIS = "…"


def cell_width(text: str) -> int:
    """How many terminal cells ``text`` takes."""
    return cell_len(text)


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` filled with spaces to ``width`` cells (on the left when ``right``)."""
    room = " " * max(0, width - cell_width(text))
    return room + text if right else text + room


def clip(text: str, width: int) -> str:
    """``text`` when it fits in ``width`` cells, else as much as fits ending in …, never cut
    inside a character made of several (a letter and its accents, an emoji sequence)."""
    if cell_width(text) <= width:
        return text
    limit = width - cell_width(ELLIPSIS)
    cut = 0
    for end in range(1, len(text)):
        size = cell_width(text[:end])
        if size > limit:
            break
        if cell_width(text[: end + 1]) > size:  # the next character starts a new cell
            cut = end
    return text[:cut] + ELLIPSIS
