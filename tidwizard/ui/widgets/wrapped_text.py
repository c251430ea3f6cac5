"""Plain text whose long lines wrap under their own indent, with a hanging indent.

Textual wraps a long line back to column 0, so an indented list item loses its indent; it also
breaks at a no-break space, splitting an amount like 1 250,00. Here each line keeps its leading
spaces, goes on ``HANG`` columns further in, and breaks only at ordinary spaces (``textwrap``
treats U+00A0 as part of a word).
"""

from __future__ import annotations

import textwrap

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

HANG = 2
NARROWEST = 10  # fewer columns than this for the text itself: leave the folding to Textual


def wrap_lines(text: str, width: int, hang: int = HANG) -> list[str]:
    """``text`` broken to ``width`` columns; a continuation line starts ``hang`` columns further
    in than its line did."""
    lines: list[str] = []
    for line in text.split("\n"):
        body = line.lstrip(" ")
        indent = line[: len(line) - len(body)]
        if not body or len(line) <= width or width - len(indent) - hang < NARROWEST:
            lines.append(line)
            continue
        wrapper = textwrap.TextWrapper(
            width=width,
            initial_indent=indent,
            subsequent_indent=indent + " " * hang,
            break_on_hyphens=False,  # P-310, Stockholm-Göteborg stay whole
        )
        lines.extend(wrapper.wrap(body))
    return lines


class WrappedText(Visual):
    """A Visual for ``Static``: ``str()`` gives the text as given, unwrapped."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._content = Content(text)
        self._wrapped: tuple[int, Content] | None = None

    def __str__(self) -> str:
        return self.text

    def _at(self, width: int) -> Content:
        if self._wrapped is None or self._wrapped[0] != width:
            self._wrapped = (width, Content("\n".join(wrap_lines(self.text, width))))
        return self._wrapped[1]

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self._at(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self._content.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self._content.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._at(width).get_height(rules, width)
