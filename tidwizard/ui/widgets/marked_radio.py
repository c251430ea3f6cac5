"""A radio button whose dot is there only when it is pressed.

Textual's radio button shows the dot either way and tells on from off by colour alone, which a
monochrome terminal or a screen reader cannot see.
"""

from __future__ import annotations

from textual.widgets import RadioButton

ON, OFF = "●", " "


class MarkedRadioButton(RadioButton):
    BUTTON_INNER = OFF  # the value starts False; a True one arrives through the watcher

    def _watch_value(self, value: bool) -> None:
        self.BUTTON_INNER = ON if value else OFF
