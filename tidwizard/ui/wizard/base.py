"""What every wizard step has: the indicator, why the step exists, its form, keys and help."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.events import DescendantFocus
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, LoadingIndicator, OptionList, Static
from textual.worker import Worker, WorkerState

from tidwizard.core.i18n import t
from tidwizard.ui.bindings import KeysInLanguage
from tidwizard.ui.clients.title import on_client
from tidwizard.ui.help import HelpScreen

if TYPE_CHECKING:
    from tidwizard.ui.wizard.flow import WizardFlow

MessageKind = Literal["error", "info", "ok"]

# Widgets that do their own thing with enter; while one has focus, enter is theirs (and the
# Footer shows their own enter binding, see ChoiceList).
ENTER_OWNERS = (Button, OptionList)


class WizardStep(KeysInLanguage, Screen[None]):
    """One step. Subclasses set ``KEY``, yield their form in ``compose_form`` and say in
    ``problem()`` what is still missing (None when the step may be left forwards)."""

    KEY: ClassVar[str]
    BINDINGS = [
        Binding("enter", "next", "wizard.key.next", priority=True),
        Binding("escape", "back", "wizard.key.back"),
        Binding("escape", "close", "wizard.key.close"),
        Binding("f1", "help", "wizard.key.help"),
    ]

    def __init__(self, flow: WizardFlow) -> None:
        super().__init__(classes="wizard-step")
        self.flow = flow
        self.state = flow.state
        self.busy = False

    # -- layout --------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        number, total = self.flow.position(self.KEY)
        title = t(f"wizard.{self.KEY}.title")
        yield Static(
            on_client(self.app, t("wizard.indicator", number=number, total=total, title=title)),
            id="step-indicator",
            markup=False,
        )
        yield Static(t(f"wizard.{self.KEY}.why"), id="step-why", markup=False)
        with VerticalScroll(id="step-body"):
            yield from self.compose_form()
        yield Static("", id="step-message", markup=False)
        yield Footer()

    def compose_form(self) -> ComposeResult:
        yield from ()

    def text_input(self, value: str, **kwargs: object) -> Input:
        """An Input that follows the app's cursor setting (steady for snapshots)."""
        # The cursor at the end, nothing selected: one Backspace removes one character of a
        # prefilled value (with all selected it emptied the field).
        field = Input(value, compact=True, select_on_focus=False, **kwargs)  # type: ignore[arg-type]
        field.cursor_blink = getattr(self.app, "cursor_blink", True)
        return field

    # -- what the step says ----------------------------------------------------------------------

    def say(self, text: str, kind: MessageKind = "error") -> None:
        message = self.query_one("#step-message", Static)
        message.update(text)
        message.set_classes(f"-{kind}" if text else "")

    def problem(self) -> str | None:
        """What is missing before the user may go on; None when the step is complete."""
        return None

    def store(self) -> None:
        """Copy what the form holds into the shared state (before leaving, either way)."""

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.refresh_bindings()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that failed in a way no step expected: say so instead of hanging busy."""
        if event.state == WorkerState.ERROR:
            for spinner in self.query(LoadingIndicator):
                spinner.remove_class("-busy")
            self.set_busy(False)
            self.say(t("wizard.unexpected", reason=str(event.worker.error)))

    # -- keys ------------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            if isinstance(self.focused, ENTER_OWNERS):
                return False  # let the focused button or list have enter
            return None if self.busy else True
        if action in ("back", "close"):
            # On the first step escape closes the wizard; the Footer names it so. A step
            # opened from the summary goes back there.
            first = self.flow.is_first(self.KEY) and self.flow.returning_to is None
            if (action == "close") != first:
                return False
            return None if self.busy else True
        return True

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        self.refresh_bindings()

    def action_next(self) -> None:
        self.store()
        missing = self.problem()
        if missing:
            self.say(missing)
            self.app.bell()
        else:
            self.flow.next(self.KEY)

    def action_back(self) -> None:
        self.store()
        self.flow.back(self.KEY)

    def action_close(self) -> None:
        """Escape on the first step: back to the import screen, or, when that ends the
        program, only after a yes."""
        quits = getattr(self.app, "closing_wizard_quits", None)
        if quits is not None and quits():
            self.store()
            self.app.ask_quit()  # type: ignore[attr-defined]
        else:
            self.action_back()

    def action_help(self) -> None:
        self.app.push_screen(
            HelpScreen(t(f"wizard.{self.KEY}.title"), t(f"wizard.{self.KEY}.help"))
        )
