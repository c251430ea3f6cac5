"""One calm theme: muted blue on a dark slate, with clear but quiet warning and error colours.

The colours are far enough apart in lightness that they still read when the terminal reduces
them to 256 or 16 colours; with NO_COLOR Textual drops colour and the layout still carries meaning
(marks like ✓/✗ and words, never colour alone).
"""

from __future__ import annotations

from textual.theme import Theme

CALM = Theme(
    name="tidwizard-calm",
    primary="#5B8DB8",
    secondary="#7A9E7E",
    accent="#C9A66B",
    warning="#D9A441",
    error="#D9665B",
    success="#74B37A",
    foreground="#E2E6EA",
    background="#1B2127",
    surface="#232B33",
    panel="#2C3640",
    dark=True,
)
