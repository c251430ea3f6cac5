"""The table of waiting bases on its own: the header stays, the cursor keys and the mouse move
the cursor, and a status shows on its row at once, in view or scrolled into it later."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App, ComposeResult

from support.tid_mock import basis
from tidwizard.core.i18n import t
from tidwizard.core.wire import InvoiceBasis
from tidwizard.ui.importing.basis_table import KEPT_LINES, BasisTable

ROWS = 200
SIZE = (80, 12)  # 11 lines of table: the header and 10 rows


class TableApp(App[None]):
    def __init__(self, rows: int = ROWS) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield BasisTable()

    def on_mount(self) -> None:
        bases = [InvoiceBasis.model_validate(basis(1001 + i)) for i in range(self.rows)]
        table = self.query_one(BasisTable)
        table.show(bases, {9999: "no sum"})
        table.focus()


def screen_line(table: BasisTable, y: int) -> str:
    return table.render_line(y).text


def row_on_screen(table: BasisTable, basis_id: int) -> int | None:
    """The table line that shows ``basis_id``, if one does."""
    lines = [screen_line(table, y).split() for y in range(table.size.height)]
    return next((y for y, words in enumerate(lines) if str(basis_id) in words), None)


async def test_the_header_stays_while_the_rows_scroll() -> None:
    async with TableApp().run_test(size=SIZE) as pilot:
        table = pilot.app.query_one(BasisTable)
        assert table.row_count == ROWS + 1
        assert screen_line(table, 0).split()[:2] == ["Underlag", "Datum"]
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == ROWS and table.current_id() == 9999
        assert screen_line(table, 0).split()[:2] == ["Underlag", "Datum"]
        assert row_on_screen(table, 9999) == table.size.height - 1
        assert t("importui.status.unreadable") in screen_line(table, table.size.height - 1)
        assert row_on_screen(table, 1001) is None


async def test_the_keys_and_the_mouse_move_the_cursor() -> None:
    async with TableApp().run_test(size=SIZE) as pilot:
        table = pilot.app.query_one(BasisTable)
        await pilot.press("down", "down")
        assert table.current_id() == 1003
        await pilot.press("pagedown")
        assert table.cursor_row == 2 + table.size.height - 1
        await pilot.press("home")
        assert table.cursor_row == 0
        await pilot.press("up")
        assert table.cursor_row == 0  # nowhere above the first row
        await pilot.click(BasisTable, offset=(5, 4))  # the fourth row under the header
        assert table.current_id() == 1004
        await pilot.click(BasisTable, offset=(5, 0))  # the header: the cursor stays
        assert table.current_id() == 1004


async def test_a_status_shows_in_view_at_once_and_below_it_when_scrolled_to() -> None:
    async with TableApp().run_test(size=SIZE) as pilot:
        table = pilot.app.query_one(BasisTable)
        table.set_status(1002, "✓ faktura 7", "imported")
        table.set_status(1150, "✗ nekas", "refused")
        await pilot.pause()
        assert "✓ faktura 7" in screen_line(table, 2)
        table.move_cursor(row=table.get_row_index(1150))
        await pilot.pause()
        y = row_on_screen(table, 1150)
        assert y is not None and "✗ nekas" in screen_line(table, y)
        assert str(table.get_cell(1150, "status")) == "✗ nekas"


async def test_selecting_marks_the_row() -> None:
    async with TableApp().run_test(size=SIZE) as pilot:
        table = pilot.app.query_one(BasisTable)
        table.toggle(1001)
        await pilot.pause()
        assert screen_line(table, 1).split()[:2] == ["●", "1001"]
        table.select_all()
        table.select_all()  # all selected: none
        await pilot.pause()
        assert table.selected == set() and screen_line(table, 1).split()[0] == "1001"


@pytest.mark.performance_detail
async def test_a_status_draws_its_own_row_again_and_no_other() -> None:
    # Textual's DataTable drew every visible cell again after any cell changed: tens of
    # milliseconds a frame, many frames a second, while an import ran.
    async with TableApp().run_test(size=SIZE) as pilot:
        table = pilot.app.query_one(BasisTable)
        await pilot.pause()
        drawn: list[int] = []
        draw = table._draw_row

        def counted(basis_id: int, cursor: bool) -> Any:
            drawn.append(basis_id)
            return draw(basis_id, cursor)

        table._draw_row = counted  # type: ignore[method-assign]
        table.set_status(1003, "arbetar", "working")
        table.set_status(1180, "arbetar", "working")  # out of view: drawn when shown
        await pilot.pause()
        assert drawn == [1003]


async def test_the_cursor_stays_in_view_when_the_table_gets_shorter() -> None:
    # The import screen's table loses lines when the run ends (the keys need three lines).
    async with TableApp().run_test(size=SIZE) as pilot:
        table = pilot.app.query_one(BasisTable)
        await pilot.press("end")
        await pilot.resize_terminal(80, 8)
        await pilot.pause()
        assert row_on_screen(table, 9999) == table.size.height - 1


@pytest.mark.performance_detail
async def test_paging_through_every_row_keeps_only_the_lines_shown_lately() -> None:
    async with TableApp(rows=3 * KEPT_LINES).run_test(size=SIZE) as pilot:
        table = pilot.app.query_one(BasisTable)
        for row in range(0, table.row_count, table.size.height - 1):
            table.move_cursor(row=row)
            for y in range(table.size.height):
                screen_line(table, y)  # as the screen draws it
        assert row_on_screen(table, 1001 + row) is not None
        assert len(table._lines) <= KEPT_LINES
