"""A checkbox toggled by space only: enter stays "Next" (the keyboard contract)."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Checkbox


class SpaceCheckbox(Checkbox, inherit_bindings=False):
    BINDINGS = [Binding("space", "toggle_button", show=False)]
