"""The four registers in one compact table: choose with space, counts, a progress bar each.

One focusable widget (arrows move, space toggles) instead of four checkboxes, so enter stays
"Next" on the wizard step and the rows line up at 80 columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import ProgressBar, Static

from tidwizard.core.export import ALL_REGISTERS, ExportPlan, ExportProgress, PlanCounts, Register
from tidwizard.core.i18n import t

LABEL, NEW, CHANGED, UNCHANGED = 16, 6, 9, 13


def _columns(mark: str, label: str, new: str, changed: str, unchanged: str) -> str:
    return f"{mark:<4}{label:<{LABEL}}{new:>{NEW}}{changed:>{CHANGED}}{unchanged:>{UNCHANGED}}"


class RegisterRow(Horizontal):
    def __init__(self, register: Register) -> None:
        super().__init__(id=f"register-{register.value}", classes="register-row")
        self.register = register

    def compose(self) -> ComposeResult:
        yield Static("", classes="row-text", markup=False)
        yield Static("", classes="row-note", markup=False)
        yield ProgressBar(total=1, show_eta=False, classes="row-bar")


class RegisterTable(Vertical, can_focus=True):
    DEFAULT_CSS = """
    RegisterTable { height: auto; background: $surface; }
    RegisterTable .register-header { color: $text-muted; text-style: bold; }
    RegisterTable .register-row { height: 1; }
    RegisterTable:focus .register-row.-cursor { background: $primary-muted; }
    RegisterTable .row-text { width: 48; }
    RegisterTable .row-note { width: 1fr; color: $text-muted; padding-left: 1; }
    RegisterTable .row-bar { width: 1fr; display: none; padding-left: 1; }
    RegisterTable .row-bar Bar { width: 1fr; }
    RegisterTable .-sending .row-bar { display: block; }
    RegisterTable .-sending .row-note { display: none; }
    RegisterTable .-left-out .row-text { color: $text-muted; }
    """
    BINDINGS = [
        Binding("space", "toggle_register", "masterdata.key.toggle"),
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
    ]

    cursor: reactive[int] = reactive(0)

    @dataclass
    class Toggled(Message):
        register: Register
        chosen: bool

    def __init__(self, chosen: set[Register], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.chosen = chosen  # the caller's set, changed in place
        self.counts: dict[Register, PlanCounts] = {}
        self.locked = False  # while sending, the choice stands

    def compose(self) -> ComposeResult:
        header = _columns(
            "",
            t("masterdata.column.register"),
            t("masterdata.column.new"),
            t("masterdata.column.changed"),
            t("masterdata.column.unchanged"),
        )
        yield Static(header, classes="register-header", markup=False)
        for register in ALL_REGISTERS:
            yield RegisterRow(register)

    def on_mount(self) -> None:
        self._redraw()

    def row(self, register: Register) -> RegisterRow:
        return self.query_one(f"#register-{register.value}", RegisterRow)

    # -- the choice ------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "toggle_register" and self.locked)

    def action_move(self, step: int) -> None:
        self.cursor = (self.cursor + step) % len(ALL_REGISTERS)

    def action_toggle_register(self) -> None:
        register = ALL_REGISTERS[self.cursor]
        if register in self.chosen:
            self.chosen.discard(register)
        else:
            self.chosen.add(register)
        self._redraw()
        self.post_message(self.Toggled(register, register in self.chosen))

    def watch_cursor(self) -> None:
        for index, register in enumerate(ALL_REGISTERS):
            self.row(register).set_class(index == self.cursor, "-cursor")

    # -- counts and progress ---------------------------------------------------------------------

    def show_counts(self, counts: dict[Register, PlanCounts]) -> None:
        self.counts = dict(counts)
        self._redraw()

    def begin(self, plan: ExportPlan) -> None:
        """Bars for the registers being sent; the others say they are left out."""
        self.locked = True
        for register in ALL_REGISTERS:
            row = self.row(register)
            part = plan.registers.get(register)
            row.set_class(part is not None, "-sending")
            if part is not None:
                row.query_one(ProgressBar).update(total=max(len(part.writes), 1), progress=0)
        self.refresh_bindings()

    def advance(self, progress: ExportProgress) -> None:
        bar = self.row(progress.register).query_one(ProgressBar)
        # A register with nothing to write is complete at once.
        done = progress.done if progress.total else 1
        bar.update(total=max(progress.total, 1), progress=done)

    def finish(self) -> None:
        self.locked = False
        self.refresh_bindings()

    def _redraw(self) -> None:
        for register in ALL_REGISTERS:
            row = self.row(register)
            chosen = register in self.chosen
            counts = self.counts.get(register)
            numbers = (
                (str(counts.new), str(counts.changed), str(counts.unchanged))
                if counts
                else ("–", "–", "–")
            )
            mark = "[x]" if chosen else "[ ]"
            text = _columns(mark, register.label(), *numbers)
            row.query_one(".row-text", Static).update(text)
            row.query_one(".row-note", Static).update(_note(counts) if chosen else "")
            row.set_class(not chosen, "-left-out")


def _note(counts: PlanCounts | None) -> str:
    """What the three columns do not say: records that differ in Tid, or cannot be sent."""
    if counts is None:
        return ""
    parts = []
    if counts.differs:
        parts.append(t("masterdata.note.differs", count=counts.differs))
    if counts.refused:
        parts.append(t("masterdata.note.refused", count=counts.refused))
    return ", ".join(parts)
