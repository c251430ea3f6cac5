"""A footer that wraps: every key that works right now stays visible at 80 columns.

Textual's Footer keeps to one line and hides what does not fit; the import screen has more
keys than that. This shows the same active bindings (those whose ``check_action`` allows them),
on as many lines as they need.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

GAP = "  "


class KeyBar(Static):
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: auto;
        max-height: 3;
        padding: 0 1;
        background: $footer-background;
        color: $footer-description-foreground;
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._keys_changed)
        self.show_keys()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _keys_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self.show_keys)

    def on_resize(self, event: events.Resize) -> None:
        self.show_keys()

    def show_keys(self) -> None:
        """Lines broken between keys, never between a key and what it does."""
        if not self.is_attached:
            return  # a refresh that arrived after the screen went away
        width = max(self.size.width - 2, 20)
        lines: list[list[Content]] = [[]]
        used = 0
        for part in self._parts():
            size = cell_len(part.plain)
            if lines[-1] and used + len(GAP) + size > width:
                lines.append([])
                used = 0
            used += size + (len(GAP) if lines[-1] else 0)
            lines[-1].append(part)
        self.update(Content("\n").join(Content(GAP).join(line) for line in lines))

    def _parts(self) -> list[Content]:
        parts: list[Content] = []
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or not active.enabled or binding.action in seen:
                continue
            seen.add(binding.action)
            key = self.app.get_key_display(binding)
            parts.append(
                Content.assemble((key, "bold $footer-key-foreground"), " ", binding.description)
            )
        return parts
