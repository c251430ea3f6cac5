"""The themes: one calm theme of our own, or Textual's ansi themes in the terminal's own colours.

The calm theme is muted blue on a dark slate, with clear but quiet warning and error colours,
far enough apart in lightness that they still read when the terminal reduces them to 256
colours. A 16-colour terminal gets Textual's ``ansi-dark`` theme, which uses the terminal's own
palette: chosen by ``TIDWIZARD_THEME=ansi`` (or ``ansi-light``), and by default where the
terminal says it has no more than 16 colours (``TERM=linux``, ``…-16color``; never with
``COLORTERM`` set). ``TIDWIZARD_THEME=calm`` keeps ours anywhere.

With NO_COLOR Textual draws in greys only (or the terminal's default colours), so focus and
the chosen line would differ by two nearly equal greys: there the line under the cursor of a
focused list or table is bold (on a light block in greys), that line in a list without focus is
underlined, a focused text field is underlined (app.tcss) and a focused button reversed and
bold. Meaning never rests on colour alone anyway (marks like ✓/✗, ●, X and words).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from textual.theme import BUILTIN_THEMES, Theme

THEME_ENV = "TIDWIZARD_THEME"
NO_COLOR_ENV = "NO_COLOR"  # set at all, whatever its value (no-color.org; Textual reads it so)

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

# What TIDWIZARD_THEME may say, besides the name of any theme Textual has.
ALIASES = {"calm": CALM.name, "ansi": "ansi-dark", "ansi-dark": "ansi-dark"}
FEW_COLOUR_TERMS = frozenset({"linux", "vt100", "vt220", "ansi", "cons25", "xterm-color"})

# Textual's own style variables: what the cursor of a list or table looks like apart from its
# colours, with focus (bold, on a light block in greys) and without (underlined; it was a grey
# next to a nearly equal grey). A focused button is reversed and bold already.
NO_COLOR_MARKS = {
    "block-cursor-text-style": "bold",
    "block-cursor-blurred-text-style": "underline",
    "button-focus-text-style": "bold reverse",
}


def few_colours(environ: Mapping[str, str]) -> bool:
    """Whether the terminal says it shows 16 colours or fewer."""
    if environ.get("COLORTERM"):
        return False  # truecolor, 24bit: whatever TERM says
    term = environ.get("TERM", "")
    return term in FEW_COLOUR_TERMS or term.endswith(("-16color", "-8color"))


def chosen_theme(environ: Mapping[str, str], *, no_color: bool = False) -> Theme:
    """The theme for this terminal, with the non-colour marks where NO_COLOR is set."""
    asked = environ.get(THEME_ENV, "").strip().lower()
    name = ALIASES.get(asked, asked)
    if name == CALM.name or (not name and not few_colours(environ)):
        theme = CALM
    elif name in BUILTIN_THEMES:
        theme = BUILTIN_THEMES[name]
    elif not name:
        theme = BUILTIN_THEMES["ansi-dark"]
    else:
        theme = CALM  # a name we do not know: ours, as if none was given
    if no_color:
        theme = replace(theme, variables={**theme.variables, **NO_COLOR_MARKS})
    return theme
