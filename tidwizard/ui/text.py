"""Data on screen: names, numbers, paths and comments from Tid or the company database.

Shown literally (never read as markup) and harmless: a control character is written out as
``\\x1b`` by :func:`printable`, so an escape sequence in a name cannot act on the terminal.
Text that went through ``t()`` as a parameter is safe already; everything else passes here.
"""

from __future__ import annotations

from textual.content import Content

from tidwizard.core.i18n import printable


def shown(text: object) -> str:
    """One value for the screen, control characters (line breaks too) written out."""
    return printable(str(text))


def shown_lines(text: str) -> str:
    """Text for the screen that keeps its own line breaks; any other control is written out."""
    return "\n".join(printable(line) for line in text.split("\n"))


def plain(text: object) -> Content:
    return Content(shown(text))
