"""With NO_COLOR=1 focus and selection are shown by reverse video, bold or underline, not by two
nearly equal greys; TIDWIZARD_THEME (or a 16-colour terminal) chooses Textual's ansi theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.segment import Segment
from rich.style import Style
from textual.pilot import Pilot
from textual.widgets import OptionList

from support.import_screen import import_app, set_up_home, table_of, wait_listed
from support.wizard_screenshots import SIZE, Screenshot
from tidwizard.core.i18n import t
from tidwizard.ui.theme import CALM, THEME_ENV
from tidwizard.ui.wizard.step_summary import LABEL_WIDTH

Marks = tuple[bool, bool, bool]


def marks(style: Style | None) -> Marks:
    """What a monochrome terminal still shows of a style: no colour, only these."""
    if style is None:
        return (False, False, False)
    return (bool(style.reverse), bool(style.bold), bool(style.underline))


def row_segments(pilot: Pilot, y: int) -> list[Segment]:
    row = pilot.app.screen._compositor.render_update(full=True).strips[y]
    return [segment for strip in row for segment in strip]


def row_marks(pilot: Pilot, y: int, text: str) -> set[Marks]:
    """The marks on the cells of ``text`` in screen row ``y`` (spaces left out)."""
    strip = row_segments(pilot, y)
    line = "".join(segment.text for segment in strip)
    start = line.index(text)
    found: set[Marks] = set()
    x = 0
    for segment in strip:
        for char in segment.text:
            if start <= x < start + len(text) and char != " ":
                found.add(marks(segment.style))
            x += 1
    return found


def row_of(pilot: Pilot, text: str) -> int:
    strips = pilot.app.screen._compositor.render_update(full=True).strips
    rows = [y for y, strip in enumerate(strips) if text in "".join(s.text for s in strip)]
    assert rows, text
    return rows[0]


def value_beside(pilot: Pilot, label: str) -> str:
    """The first cells of the value beside a summary line's ``label`` (the labels are bold on
    every line; the values show the line's marks)."""
    strips = pilot.app.screen._compositor.render_update(full=True).strips
    line = "".join(s.text for s in strips[row_of(pilot, label)])
    start = line.index(label) + LABEL_WIDTH
    return line[start : start + 15].strip()


@pytest.fixture
def no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")


async def test_summary_lines_show_focus_and_the_chosen_line_without_colour(no_color) -> None:
    app = Screenshot("summary", "summary").app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.no_color
        lines = app.screen.query_one(OptionList)
        first = value_beside(pilot, t("wizard.summary.administration"))
        second = value_beside(pilot, t("wizard.summary.orgnr"))
        save = app.screen.query_one("#summary-save")
        assert save.has_focus
        spara = row_marks(pilot, row_of(pilot, "Spara"), "Spara")
        # The highlighted line of the list that does not have focus differs from the others...
        blurred = row_marks(pilot, row_of(pilot, first), first)
        other = row_marks(pilot, row_of(pilot, second), second)
        assert blurred != other
        await pilot.press("down")  # into the list, on its first line
        assert lines.has_focus and lines.highlighted == 0
        await pilot.pause()
        focused = row_marks(pilot, row_of(pilot, first), first)
        # ...and from the highlighted line of the focused list; the button shows its focus.
        assert focused != blurred and focused != other
        assert all(m[1] for m in focused), focused  # bold
        assert all(m[2] for m in blurred), blurred  # underlined
        assert not any(m[1] or m[2] for m in other), other
        assert row_marks(pilot, row_of(pilot, "Spara"), "Spara") != spara
        assert all(m[0] for m in spara), spara  # the focused button: reverse video


async def test_a_focused_text_field_is_marked_without_colour(no_color) -> None:
    app = Screenshot("activate", "activate", activated=False).app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#activate-secret").has_focus
        await pilot.press("shift+tab")
        await pilot.pause()
        y = row_of(pilot, "demo")
        focused = row_marks(pilot, y, "demo")
        await pilot.press("tab")
        await pilot.pause()
        assert row_marks(pilot, y, "demo") != focused
        assert all(m[2] for m in focused), focused  # underlined


async def test_the_import_table_cursor_row_is_bold(no_color, tmp_path: Path, sandbox) -> None:
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=SIZE) as pilot:
        await wait_listed(pilot)
        table = table_of(pilot)
        assert table.has_focus and table.cursor_row == 0
        await pilot.pause()
        first, second = (str(table.get_row_at(i)[1])[:8] for i in (0, 1))
        assert all(m[1] for m in row_marks(pilot, row_of(pilot, first), first))
        assert not any(m[1] or m[2] for m in row_marks(pilot, row_of(pilot, second), second))


async def test_without_no_color_the_calm_theme_is_unchanged() -> None:
    app = Screenshot("summary", "summary").app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.no_color
        assert app.current_theme.variables == CALM.variables


@pytest.mark.parametrize(
    ("environment", "theme"),
    [
        ({}, "tidwizard-calm"),
        ({THEME_ENV: "ansi"}, "ansi-dark"),
        ({THEME_ENV: "ansi-light"}, "ansi-light"),
        ({THEME_ENV: "calm", "TERM": "linux"}, "tidwizard-calm"),
        ({"TERM": "linux"}, "ansi-dark"),
        ({"TERM": "xterm-16color"}, "ansi-dark"),
        ({"TERM": "linux", "COLORTERM": "truecolor"}, "tidwizard-calm"),
        ({"TERM": "xterm-256color"}, "tidwizard-calm"),
        ({THEME_ENV: "no-such-theme"}, "tidwizard-calm"),
    ],
)
async def test_the_theme_follows_the_environment(monkeypatch, environment, theme) -> None:
    for name in (THEME_ENV, "TERM", "COLORTERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    app = Screenshot("summary", "summary").app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == theme


async def test_ansi_with_no_color_marks_focus_too(monkeypatch, no_color) -> None:
    monkeypatch.setenv(THEME_ENV, "ansi")
    app = Screenshot("summary", "summary").app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        first = value_beside(pilot, t("wizard.summary.administration"))
        second = value_beside(pilot, t("wizard.summary.orgnr"))
        blurred = row_marks(pilot, row_of(pilot, first), first)
        await pilot.press("down")
        await pilot.pause()
        focused = row_marks(pilot, row_of(pilot, first), first)
        other = row_marks(pilot, row_of(pilot, second), second)
        assert len({frozenset(blurred), frozenset(focused), frozenset(other)}) == 3
        # The terminal's own colours, not black on black (Textual chose its grey filter for the
        # theme it starts with and turned the ansi theme's "default" into black).
        for y in range(SIZE[1]):
            for segment in row_segments(pilot, y):
                if segment.style is not None:
                    for colour in (segment.style.color, segment.style.bgcolor):
                        assert colour is None or colour.is_default, (y, segment)
