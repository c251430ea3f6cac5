"""The table of waiting bases: one row per basis, a selection mark and a live status cell."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tidwizard.core.i18n import t
from tidwizard.ui.importing.texts import amount, imported_status, is_consent, period
from tidwizard.ui.text import shown

if TYPE_CHECKING:  # the engine's events: imported when the first batch arrives (start-up time)
    from tidwizard.core.importer.events import ImportEvent, Progress
    from tidwizard.core.wire import InvoiceBasis

MARK = "●"
KEPT_LINES = 500  # rows drawn and kept: many screens of them, never all of 20,000
PADDING = 2  # a cell's padding, one column each side
DATE, PERIOD, PROJECT = 10, 11, 7
CUSTOMER, CUSTOMER_SHORT = 12, 8
# Wide enough for "✓ faktura 1234567": a status names a document, whose number is never cut.
STATUS = 16
ORDER = ("mark", "basis", "date", "customer", "project", "period", "sum", "status")
# What a narrow table gives up, the first first (after shortening the customer's name). The
# mark, the basis, the amount and the status always stay, the amount as wide as its widest.
GIVEN_UP = ("period", "project", "date", "customer")
STATUS_STYLES = {
    "imported": "success",
    "refused": "error",
    "failed": "error",
    "consent": "warning",
    "would": "primary",
    "working": "accent",
}


def clip(text: str, width: int) -> str:
    return text if cell_len(text) <= width else text[: max(width - 1, 0)] + "…"


def plan_columns(room: int, basis: int, amount_width: int) -> list[tuple[str, int]]:
    """The columns shown in ``room`` cells, with their widths: all of them when they fit; else
    the customer's name shorter, then the columns of GIVEN_UP left out, one by one. What is
    left over goes to the customer (up to its full width), then to the status."""
    widths = {
        "mark": 1,
        "basis": basis,
        "date": DATE,
        "customer": CUSTOMER,
        "project": PROJECT,
        "period": PERIOD,
        "sum": amount_width,
        "status": STATUS,
    }
    shown = list(ORDER)

    def used() -> int:
        return sum(widths[key] + PADDING for key in shown)

    if used() > room:
        widths["customer"] = CUSTOMER_SHORT
    for key in GIVEN_UP:
        if used() <= room:
            break
        shown.remove(key)
    if "customer" in shown:
        widths["customer"] = min(CUSTOMER, widths["customer"] + max(0, room - used()))
    widths["status"] += max(0, room - used())
    return [(key, widths[key]) for key in shown]


class BasisTable(ScrollView, can_focus=True):
    """The waiting bases, one line each under a header line that stays in place.

    Row keys are the Tid basis ids; cells are ``Text`` so names never act as markup, and names
    pass through :func:`shown` so they never act on the terminal either. The columns follow the
    table's width (:func:`plan_columns`): a narrow terminal loses the less important ones, never
    the status and never a digit of an amount.

    Each row is drawn once into a line and kept. A status or a mark that changes draws that
    row again, and the screen redraws that one line: an import of 2,000 bases changes a status
    many times a second, and a table that redrew every visible cell for each change (as
    Textual's DataTable does) held up the keys for tens of milliseconds each time.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"basis-table--header", "basis-table--cursor"}
    # DataTable's look, for the parts this table has.
    DEFAULT_CSS = """
    BasisTable {
        background: $surface;
        color: $foreground;
        &:focus {
            background-tint: $foreground 5%;
            & > .basis-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .basis-table--header { background-tint: $foreground 5%; }
        }
        & > .basis-table--header { text-style: bold; background: $panel; color: $foreground; }
        &:ansi > .basis-table--header { background: ansi_bright_blue; color: ansi_default; }
        & > .basis-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", show=False),
        Binding("down", "cursor_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown", "page_down", show=False),
        Binding("home,ctrl+home", "first", show=False),
        Binding("end,ctrl+end", "last", show=False),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Every listed basis by id, in the order of the rows; None for one whose list item
        # cannot be read (its row says so, and importing it reads its own answer).
        self.bases: dict[int, InvoiceBasis | None] = {}
        self.selected: set[int] = set()
        self.plan: list[tuple[str, int]] = []
        self.cursor_row = 0
        self._rows: list[int] = []  # the ids in row order
        self._row_of: dict[int, int] = {}  # id -> row index
        self._statuses: dict[int, Text] = {}  # statuses set since the rows were listed
        # (id, under the cursor) -> its line; the lines shown lately, not every row scrolled
        # past (20,000 bases paged through would otherwise keep 20,000 lines).
        self._lines: LRUCache[tuple[int, bool], Strip] = LRUCache(KEPT_LINES)

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def on_mount(self) -> None:
        self._lay_out()

    def show(
        self, bases: Iterable[InvoiceBasis], unreadable: Mapping[int, str] | None = None
    ) -> None:
        """Replace the rows; the selection keeps the ids that are still there. ``unreadable``:
        listed bases whose list item cannot be read, by id (a row each, saying so)."""
        self.bases = {basis.id: basis for basis in bases}
        self.bases.update(dict.fromkeys(unreadable or {}))
        self._rows = list(self.bases)
        self._row_of = {basis_id: row for row, basis_id in enumerate(self._rows)}
        self.selected &= set(self.bases)
        self._statuses.clear()
        self._lay_out(force=True)
        self.move_cursor(row=self.cursor_row if self.cursor_row < self.row_count else 0)

    def _room(self) -> int:
        width = self.size.width or self.app.size.width
        return width - self.styles.scrollbar_size_vertical

    def _lay_out(self, *, force: bool = False) -> None:
        """Columns for the present width and rows; every line drawn again when they change."""
        listed = [basis for basis in self.bases.values() if basis is not None]
        basis_width = max([cell_len(t("importui.col.basis"))] + [len(str(i)) for i in self.bases])
        amounts = [cell_len(amount(basis.sum)) for basis in listed]
        amount_width = max([cell_len(t("importui.col.sum")), *amounts])
        plan = plan_columns(self._room(), basis_width, amount_width)
        if plan == self.plan and not force:
            return
        self.plan = plan
        width = sum(column_width + PADDING for _, column_width in plan)
        self.virtual_size = Size(width, self.row_count + 1)  # the header is the first line
        self._lines.clear()
        self.refresh()

    # -- the cells ------------------------------------------------------------------------------

    def get_cell(self, tid_invoice_id: int, column: str) -> Text:
        """What the row of ``tid_invoice_id`` shows in ``column`` (a key of :data:`ORDER`)."""
        columns = [key for key, _ in self.plan]
        return self._cells(tid_invoice_id)[columns.index(column)]

    def get_row_at(self, row: int) -> list[Text]:
        return self._cells(self._rows[row])

    def get_row_index(self, tid_invoice_id: int) -> int:
        return self._row_of[tid_invoice_id]

    def _cells(self, basis_id: int) -> list[Text]:
        basis = self.bases[basis_id]
        status = self._statuses.get(basis_id)
        widths = dict(self.plan)
        mark = Text(MARK if basis_id in self.selected else "")
        number = Text(str(basis_id), justify="right")
        if basis is None:
            style = getattr(self.app.current_theme, "error", None) or ""
            unreadable = status or Text(t("importui.status.unreadable"), style=style)
            cells = {"mark": mark, "basis": number, "status": unreadable}
            return [cells.get(key, Text("")) for key, _ in self.plan]
        listed = {
            "mark": lambda: mark,
            "basis": lambda: number,
            "date": lambda: Text(basis.invoice_date.isoformat()),
            "customer": lambda: Text(clip(shown(basis.customer.name), widths["customer"])),
            "project": lambda: Text(clip(shown(project_label(basis)), PROJECT)),
            "period": lambda: Text(period(basis)),
            "sum": lambda: Text(amount(basis.sum), justify="right"),
            "status": lambda: status or Text(t("importui.status.waiting")),
        }
        return [listed[key]() for key, _ in self.plan]

    # -- drawing --------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        row = scroll_y + y - 1
        if y == 0:
            line = self._header_line()
        elif row < self.row_count:
            basis_id = self._rows[row]
            cursor = row == self.cursor_row
            line = self._lines.get((basis_id, cursor)) or self._draw_row(basis_id, cursor)
        else:
            return Strip.blank(self.size.width, self.rich_style)
        return line.crop_extend(scroll_x, scroll_x + self.size.width, self.rich_style)

    def _header_line(self) -> Strip:
        labels = [Text("" if key == "mark" else t(f"importui.col.{key}")) for key, _ in self.plan]
        style = self.rich_style + self.get_component_rich_style("basis-table--header")
        return self._line(labels, style)

    def _draw_row(self, basis_id: int, cursor: bool) -> Strip:
        style, after = self.rich_style, None
        if cursor:
            cursor_style = self.get_component_rich_style("basis-table--cursor")
            # As DataTable: the cursor's colour over the cells' own, their background kept.
            style, after = style + cursor_style, Style.from_color(color=cursor_style.color)
        line = self._line(self._cells(basis_id), style, after)
        self._lines.set((basis_id, cursor), line)
        return line

    def _line(self, cells: list[Text], style: Style, after: Style | None = None) -> Strip:
        """The cells side by side, each fitted to its column with a space either side."""
        row = Text(no_wrap=True, end="")
        for cell, (_, width) in zip(cells, self.plan, strict=True):
            fitted = cell.copy()
            fitted.truncate(width, overflow="ellipsis")
            fitted.align("right" if cell.justify == "right" else "left", width)
            row.append(" ")
            row.append_text(fitted)
            row.append(" ")
        segments = Segment.apply_style(row.render(self.app.console), style, after)
        return Strip(segments, row.cell_len)

    def _redraw(self, basis_id: int) -> None:
        """Forget the row's lines and redraw its line on the screen, if it is in view."""
        self._lines.discard((basis_id, False))
        self._lines.discard((basis_id, True))
        self._redraw_row(self._row_of[basis_id])

    def _redraw_row(self, row: int) -> None:
        y = row - self.scroll_offset.y + 1
        if 0 < y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def notify_style_update(self) -> None:
        super().notify_style_update()  # focus, theme: every line in the new style
        self._lines.clear()
        self.refresh()

    # -- the cursor -----------------------------------------------------------------------------

    def move_cursor(self, *, row: int) -> None:
        """The cursor to ``row`` (kept within the rows), scrolled into view."""
        before, self.cursor_row = self.cursor_row, max(0, min(row, self.row_count - 1))
        self._redraw_row(before)
        self._redraw_row(self.cursor_row)
        self._keep_cursor_in_view()

    @property
    def _rows_in_view(self) -> int:
        return max(1, self.size.height - 1)  # under the header

    def _keep_cursor_in_view(self) -> None:
        top = self.scroll_offset.y
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + self._rows_in_view:
            bottom_up = self.cursor_row - self._rows_in_view + 1
            self.scroll_to(y=bottom_up, animate=False, immediate=True)

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self.cursor_row - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self.cursor_row + 1)

    def action_page_up(self) -> None:
        self.move_cursor(row=self.cursor_row - self._rows_in_view)

    def action_page_down(self) -> None:
        self.move_cursor(row=self.cursor_row + self._rows_in_view)

    def action_first(self) -> None:
        self.move_cursor(row=0)

    def action_last(self) -> None:
        self.move_cursor(row=self.row_count - 1)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and offset.y > 0:
            self.move_cursor(row=self.scroll_offset.y + offset.y - 1)

    def on_resize(self, event: events.Resize) -> None:
        self._lay_out()
        self._keep_cursor_in_view()

    def current_id(self) -> int | None:
        if not 0 <= self.cursor_row < self.row_count:
            return None
        return self._rows[self.cursor_row]

    # -- the live parts -------------------------------------------------------------------------

    def set_status(self, tid_invoice_id: int, text: str, kind: str | None = None) -> None:
        style = ""
        if kind in STATUS_STYLES:
            style = getattr(self.app.current_theme, STATUS_STYLES[kind], None) or ""
        self._put_status(tid_invoice_id, Text(text, style=style))

    def set_statuses(self, ids: Iterable[int], text: str) -> None:
        """One status for many bases (a run's start: 2,000 of them)."""
        status = Text(text)
        for tid_invoice_id in ids:
            self._put_status(tid_invoice_id, status)

    def _put_status(self, tid_invoice_id: int, status: Text) -> None:
        if tid_invoice_id in self.bases:
            self._statuses[tid_invoice_id] = status
            self._redraw(tid_invoice_id)

    def follow(self, events: Iterable[ImportEvent]) -> Progress | None:
        """A batch of the engine's events: one status cell per basis event; returns the batch's
        last progress, for the bar and the line."""
        from tidwizard.core.importer.events import (
            BasisFailed,
            BasisImported,
            BasisRefused,
            BasisStarted,
            Progress,
        )

        progress: Progress | None = None
        for event in events:
            if isinstance(event, Progress):
                progress = event
            elif isinstance(event, BasisStarted):
                self.set_status(event.tid_invoice_id, t("importui.status.working"), "working")
            elif isinstance(event, BasisImported):
                self.set_status(event.tid_invoice_id, imported_status(event), "imported")
            elif isinstance(event, BasisRefused):
                if is_consent(event.refusal.kind):
                    self.set_status(event.tid_invoice_id, t("importui.status.consent"), "consent")
                else:
                    self.set_status(event.tid_invoice_id, t("importui.status.refused"), "refused")
            elif isinstance(event, BasisFailed):
                self.set_status(event.tid_invoice_id, t("importui.status.failed"), "failed")
        return progress

    def toggle(self, tid_invoice_id: int) -> None:
        self.selected.symmetric_difference_update({tid_invoice_id})
        self._redraw(tid_invoice_id)

    def select_all(self) -> None:
        """All, or none when all are selected already."""
        everything = set(self.bases)
        self.selected = set() if self.selected == everything else everything
        self._lines.clear()
        self.refresh()

    def deselect(self, ids: Iterable[int]) -> None:
        for tid_invoice_id in set(ids) & self.selected:
            self.toggle(tid_invoice_id)


def project_label(basis: InvoiceBasis) -> str:
    """The project's number; where a list item names the project only, its name."""
    if basis.project is None:
        return ""
    return basis.project.order_number or basis.project.title
