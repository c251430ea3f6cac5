"""The table of waiting bases: one row per basis, a selection mark and a live status cell."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual.widgets import DataTable

from tidwizard.core.i18n import t
from tidwizard.core.wire import InvoiceBasis
from tidwizard.ui.importing.texts import amount, period
from tidwizard.ui.text import shown

MARK = "●"
# (key, width); the status column takes what is left of 80 columns.
COLUMNS = (
    ("mark", 1), ("date", 10), ("customer", 12), ("project", 7), ("period", 11), ("sum", 10),
    ("status", 14),
)  # fmt: skip
STATUS_STYLES = {"imported": "success", "refused": "error", "failed": "error",
                 "consent": "warning", "would": "primary", "working": "accent"}  # fmt: skip


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class BasisTable(DataTable[Text]):
    """Row keys are the Tid basis ids as text; cells are ``Text`` so names never act as markup,
    and names pass through :func:`shown` so they never act on the terminal either."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)  # type: ignore[arg-type]
        self.bases: dict[int, InvoiceBasis] = {}
        self.selected: set[int] = set()

    def on_mount(self) -> None:
        for key, width in COLUMNS:
            label = "" if key == "mark" else t(f"importui.col.{key}")
            self.add_column(Text(label), key=key, width=width)

    def show(self, bases: Iterable[InvoiceBasis]) -> None:
        """Replace the rows; the selection keeps the ids that are still there."""
        self.clear()
        self.bases = {basis.id: basis for basis in bases}
        self.selected &= set(self.bases)
        waiting = Text(t("importui.status.waiting"))
        for basis in self.bases.values():
            self.add_row(*self._cells(basis, waiting), key=str(basis.id))

    def _cells(self, basis: InvoiceBasis, status: Text) -> list[Text]:
        return [
            Text(MARK if basis.id in self.selected else ""),
            Text(basis.invoice_date.isoformat()),
            Text(clip(shown(basis.customer.name), 12)),
            Text(clip(shown(basis.project.order_number), 7) if basis.project else ""),
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
        self.update_cell(str(tid_invoice_id), "status", Text(text, style=style))

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
