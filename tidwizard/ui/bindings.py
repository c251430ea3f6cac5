"""Key descriptions in the user's language.

``BINDINGS`` are class attributes, made when the class is: before the language is chosen (and the
tests run both languages in one process), so their descriptions are catalogue keys
(``"wizard.key.next"``). Whatever shows a key reads the screen's public ``active_bindings``
(Textual's Footer and key panel, the import screen's KeyBar); ``KeysInLanguage`` looks the
descriptions up there, in the language of the moment, and leaves the bindings themselves alone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from textual.binding import ActiveBinding

from tidwizard.core.i18n import catalogue, t

if TYPE_CHECKING:
    from textual.screen import Screen

    _Screen = Screen[Any]
else:
    _Screen = object  # a plain mixin: Textual's CSS inheritance follows the screen class


class KeysInLanguage(_Screen):
    """Mixed in first (``class HelpScreen(KeysInLanguage, ModalScreen[None])``): the screen's
    active keys, its widgets' and the App's among them, with their descriptions translated."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        known = catalogue()
        return {
            key: active._replace(binding=replace(active.binding, description=t(description)))
            if (description := active.binding.description) in known
            else active
            for key, active in super().active_bindings.items()
        }
