"""The table of waiting bases: one row per basis, a selection mark and a live status cell."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from tidwizard.core.i18n import t
from tidwizard.ui.importing.texts import amount, imported_status, is_consent, period
from tidwizard.ui.text import shown

if TYPE_CHECKING:  # the engine's events: imported when the first batch arrives (start-up time)
    from tidwizard.core.importer.events import ImportEvent, Progress
    from tidwizard.core.wire import InvoiceBasis

MARK = "●"
PADDING = 2  # the DataTable's cell padding, one column each side
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


class BasisTable(DataTable[Text]):
    """Row keys are the Tid basis ids as text; cells are ``Text`` so names never act as markup,
    and names pass through :func:`shown` so they never act on the terminal either.

    The columns follow the table's width (:func:`plan_columns`): a narrow terminal loses the
    less important ones, never the status and never a digit of an amount.
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)  # type: ignore[arg-type]
        # Every listed basis by id; None for one whose list item cannot be read (its row says
        # so, and importing it reads its own answer).
        self.bases: dict[int, InvoiceBasis | None] = {}
        self.selected: set[int] = set()
        self.plan: list[tuple[str, int]] = []
        self._statuses: dict[int, Text] = {}  # every row's status (the rows are rebuilt)
        self._unshown: dict[int, Text] = {}  # statuses of rows out of view (see set_status)

    def on_mount(self) -> None:
        self._lay_out()

    def show(
        self, bases: Iterable[InvoiceBasis], unreadable: Mapping[int, str] | None = None
    ) -> None:
        """Replace the rows; the selection keeps the ids that are still there. ``unreadable``:
        listed bases whose list item cannot be read, by id (a row each, saying so)."""
        self.bases = {basis.id: basis for basis in bases}
        self.bases.update(dict.fromkeys(unreadable or {}))
        self.selected &= set(self.bases)
        self._statuses.clear()
        self._lay_out(force=True)

    def _room(self) -> int:
        width = self.size.width or self.app.size.width
        return width - self.styles.scrollbar_size_vertical

    def _lay_out(self, *, force: bool = False) -> None:
        """Columns for the present width and rows; the rows again when the columns change."""
        listed = [basis for basis in self.bases.values() if basis is not None]
        basis_width = max([cell_len(t("importui.col.basis"))] + [len(str(i)) for i in self.bases])
        amounts = [cell_len(amount(basis.sum)) for basis in listed]
        amount_width = max([cell_len(t("importui.col.sum")), *amounts])
        plan = plan_columns(self._room(), basis_width, amount_width)
        if plan == self.plan and not force:
            return
        cursor = self.cursor_row
        self.plan = plan
        self.clear(columns=True)
        self._unshown.clear()
        for key, width in plan:
            label = "" if key == "mark" else t(f"importui.col.{key}")
            self.add_column(Text(label), key=key, width=width)
        waiting = Text(t("importui.status.waiting"))
        for basis_id, basis in self.bases.items():
            status = self._statuses.get(basis_id)
            if basis is None:
                cells = self._unreadable_cells(basis_id, status)
            else:
                cells = self._cells(basis, status or waiting)
            self.add_row(*cells, key=str(basis_id))
        if 0 < cursor < self.row_count:
            self.move_cursor(row=cursor)

    def _unreadable_cells(self, basis_id: int, status: Text | None) -> list[Text]:
        style = getattr(self.app.current_theme, "error", None) or ""
        unreadable = status or Text(t("importui.status.unreadable"), style=style)
        cells = {
            "mark": Text(MARK if basis_id in self.selected else ""),
            "basis": Text(str(basis_id), justify="right"),
            "status": unreadable,
        }
        return [cells.get(key, Text("")) for key, _ in self.plan]

    def _cells(self, basis: InvoiceBasis, status: Text) -> list[Text]:
        widths = dict(self.plan)
        cells = {
            "mark": lambda: Text(MARK if basis.id in self.selected else ""),
            "basis": lambda: Text(str(basis.id), justify="right"),
            "date": lambda: Text(basis.invoice_date.isoformat()),
            "customer": lambda: Text(clip(shown(basis.customer.name), widths["customer"])),
            "project": lambda: Text(clip(shown(project_label(basis)), PROJECT)),
            "period": lambda: Text(period(basis)),
            "sum": lambda: Text(amount(basis.sum), justify="right"),
            "status": lambda: status,
        }
        return [cells[key]() for key, _ in self.plan]

    # -- the live parts -------------------------------------------------------------------------

    def set_status(self, tid_invoice_id: int, text: str, kind: str | None = None) -> None:
        style = ""
        if kind in STATUS_STYLES:
            style = getattr(self.app.current_theme, STATUS_STYLES[kind], None) or ""
        self._put_status(tid_invoice_id, Text(text, style=style), self._view())

    def set_statuses(self, ids: Iterable[int], text: str) -> None:
        """One status for many bases (a run's start: 2,000 of them), the view looked up once."""
        status, view = Text(text), self._view()
        for tid_invoice_id in ids:
            self._put_status(tid_invoice_id, status, view)

    def _put_status(self, tid_invoice_id: int, status: Text, view: range | None) -> None:
        if tid_invoice_id not in self.bases:
            return
        self._statuses[tid_invoice_id] = status
        # Any cell update makes the DataTable render every visible cell anew (its caches go by
        # an update count). An import of 2,000 bases changes rows far below the view most of the
        # time, so those rows get their status when they scroll into view, or at show_statuses.
        if view is None or self.get_row_index(str(tid_invoice_id)) in view:
            self._unshown.pop(tid_invoice_id, None)
            self.update_cell(str(tid_invoice_id), "status", status)
        else:
            self._unshown[tid_invoice_id] = status

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

    def show_statuses(self) -> None:
        """Every status set so far into its cell, in view or not (a run ended)."""
        unshown, self._unshown = self._unshown, {}
        for tid_invoice_id, status in unshown.items():
            self.update_cell(str(tid_invoice_id), "status", status)

    def _view(self) -> range | None:
        """The rows in view (rows are one line high: a row's index is its line below the
        header); None before the table has a size, when every row counts as in view."""
        top, height = round(self.scroll_y), self.size.height
        return range(top, top + height) if height else None

    def _show_statuses_in_view(self) -> None:
        if not self._unshown:
            return
        top = round(self.scroll_y)
        for row in range(top, min(top + self.size.height, self.row_count)):
            row_key, _ = self.coordinate_to_cell_key(Coordinate(row, 0))
            status = self._unshown.pop(int(str(row_key.value)), None)
            if status is not None:
                self.update_cell(row_key, "status", status)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._show_statuses_in_view()

    def on_resize(self, event: events.Resize) -> None:
        self._lay_out()
        self._show_statuses_in_view()

    def current_id(self) -> int | None:
        if not self.bases or self.cursor_row < 0 or self.cursor_row >= self.row_count:
            return None
        row_key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        return int(str(row_key.value))

    def toggle(self, tid_invoice_id: int) -> None:
        self.selected.symmetric_difference_update({tid_invoice_id})
        self._mark(tid_invoice_id)

    def select_all(self) -> None:
        """All, or none when all are selected already."""
        everything = set(self.bases)
        changed = everything if self.selected != everything else set(self.selected)
        self.selected = set() if self.selected == everything else everything
        for tid_invoice_id in changed:
            self._mark(tid_invoice_id)

    def deselect(self, ids: Iterable[int]) -> None:
        for tid_invoice_id in set(ids) & self.selected:
            self.toggle(tid_invoice_id)

    def _mark(self, tid_invoice_id: int) -> None:
        mark = MARK if tid_invoice_id in self.selected else ""
        self.update_cell(str(tid_invoice_id), "mark", Text(mark))


def project_label(basis: InvoiceBasis) -> str:
    """The project's number; where a list item names the project only, its name."""
    if basis.project is None:
        return ""
    return basis.project.order_number or basis.project.title
