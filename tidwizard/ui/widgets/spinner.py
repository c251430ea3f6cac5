"""The busy indicator: Textual's moving dots, or still ones when animations are off.

Textual's own indicator then shows the English word "Loading...", whatever the language (the
steady pictures, TEXTUAL_ANIMATIONS=none). The line beside it always says what is going on.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.widgets import LoadingIndicator

STILL = "● ● ● ● ●"


class Spinner(LoadingIndicator):
    def render(self) -> RenderResult:
        if self.app.animation_level == "none":
            return Content(STILL)
        return super().render()
