"""A checkbox toggled by space only: enter stays "Next" (the keyboard contract).

Textual's checkbox shows an X whether on or off and tells them apart by colour alone, which a
monochrome terminal or a screen reader cannot see; here the X is there only when it is on.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Checkbox

ON, OFF = "X", " "


class SpaceCheckbox(Checkbox, inherit_bindings=False):
    BINDINGS = [Binding("space", "toggle_button", show=False)]
    BUTTON_INNER = OFF  # the value starts False; a True one arrives through the watcher

    def _watch_value(self, value: bool) -> None:
        self.BUTTON_INNER = ON if value else OFF
