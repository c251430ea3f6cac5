"""The table of waiting bases: one row per basis, a selection mark and a live status cell."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from tidwizard.core.i18n import t
from tidwizard.ui.importing.texts import amount, period
from tidwizard.ui.text import shown

if TYPE_CHECKING:
    from tidwizard.core.wire import InvoiceBasis

MARK = "●"
# (key, width); the status column takes what is left of 80 columns.
COLUMNS = (
    ("mark", 1),
    ("date", 10),
    ("customer", 12),
    ("project", 7),
    ("period", 11),
    ("sum", 10),
    ("status", 14),
)
STATUS_STYLES = {
    "imported": "success",
    "refused": "error",
    "failed": "error",
    "consent": "warning",
    "would": "primary",
    "working": "accent",
}


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class BasisTable(DataTable[Text]):
    """Row keys are the Tid basis ids as text; cells are ``Text`` so names never act as markup,
    and names pass through :func:`shown` so they never act on the terminal either."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)  # type: ignore[arg-type]
        # Every listed basis by id; None for one whose list item cannot be read (its row says
        # so, and importing it reads its own answer).
        self.bases: dict[int, InvoiceBasis | None] = {}
        self.selected: set[int] = set()
        self._unshown: dict[int, Text] = {}  # statuses of rows out of view (see set_status)

    def on_mount(self) -> None:
        for key, width in COLUMNS:
            label = "" if key == "mark" else t(f"importui.col.{key}")
            self.add_column(Text(label), key=key, width=width)

    def show(
        self, bases: Iterable[InvoiceBasis], unreadable: Mapping[int, str] | None = None
    ) -> None:
        """Replace the rows; the selection keeps the ids that are still there. ``unreadable``:
        listed bases whose list item cannot be read, by id (a row each, saying so)."""
        self.clear()
        self._unshown.clear()
        self.bases = {basis.id: basis for basis in bases}
        self.bases.update(dict.fromkeys(unreadable or {}))
        self.selected &= set(self.bases)
        waiting = Text(t("importui.status.waiting"))
        for basis_id, basis in self.bases.items():
            cells = self._cells(basis, waiting) if basis else self._unreadable_cells(basis_id)
            self.add_row(*cells, key=str(basis_id))

    def _unreadable_cells(self, basis_id: int) -> list[Text]:
        style = getattr(self.app.current_theme, "error", None) or ""
        return [
            Text(MARK if basis_id in self.selected else ""),
            Text(clip(t("importui.basis_number", id=basis_id), 10)),
            *(Text("") for _ in range(4)),
            Text(t("importui.status.unreadable"), style=style),
        ]

    def _cells(self, basis: InvoiceBasis, status: Text) -> list[Text]:
        return [
            Text(MARK if basis.id in self.selected else ""),
            Text(basis.invoice_date.isoformat()),
            Text(clip(shown(basis.customer.name), 12)),
            Text(clip(shown(project_label(basis)), 7)),
            Text(period(basis)),
            Text(amount(basis.sum), justify="right"),
            status,
        ]

    # -- the live parts -------------------------------------------------------------------------

    def set_status(self, tid_invoice_id: int, text: str, kind: str | None = None) -> None:
        if tid_invoice_id not in self.bases:
            return
        style = ""
        if kind in STATUS_STYLES:
            style = getattr(self.app.current_theme, STATUS_STYLES[kind], None) or ""
        status = Text(text, style=style)
        # Any cell update makes the DataTable render every visible cell anew (its caches go by
        # an update count). An import of 2,000 bases changes rows far below the view most of the
        # time, so those rows get their status when they scroll into view, or at show_statuses.
        if self._in_view(tid_invoice_id):
            self._unshown.pop(tid_invoice_id, None)
            self.update_cell(str(tid_invoice_id), "status", status)
        else:
            self._unshown[tid_invoice_id] = status

    def show_statuses(self) -> None:
        """Every status set so far into its cell, in view or not (a run ended)."""
        unshown, self._unshown = self._unshown, {}
        for tid_invoice_id, status in unshown.items():
            self.update_cell(str(tid_invoice_id), "status", status)

    def _in_view(self, tid_invoice_id: int) -> bool:
        # Rows are one line high, so a row's index is its line below the header.
        top, row = round(self.scroll_y), self.get_row_index(str(tid_invoice_id))
        return self.size.height == 0 or top <= row < top + self.size.height

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

    def _mark(self, tid_invoice_id: int) -> None:
        mark = MARK if tid_invoice_id in self.selected else ""
        self.update_cell(str(tid_invoice_id), "mark", Text(mark))


def project_label(basis: InvoiceBasis) -> str:
    """The project's number; where a list item names the project only, its name."""
    if basis.project is None:
        return ""
    return basis.project.order_number or basis.project.title
