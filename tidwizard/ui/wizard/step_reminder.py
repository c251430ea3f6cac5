"""Step 5, Påminnelse och sökväg: the automatic reminder, and the prefilled service address."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button, Checkbox, Input, Label, Static

from tidwizard.core.i18n import t
from tidwizard.core.tid import TidError, check_service_url
from tidwizard.ui.widgets.space_checkbox import SpaceCheckbox
from tidwizard.ui.wizard.base import WizardStep

MAX_MINUTES = 24 * 60


class ReminderStep(WizardStep):
    KEY = "reminder"
    DEFAULT_CSS = """
    ReminderStep .field { height: auto; }
    ReminderStep .field Label { width: 22; }
    ReminderStep #reminder-minutes { width: 8; }
    ReminderStep #reminder-url { width: 1fr; }
    ReminderStep #reminder-url:disabled { color: $text-muted; }
    ReminderStep #reminder-unlock { margin-left: 1; }
    ReminderStep #reminder-warning { color: $warning; height: auto; }
    ReminderStep .heading { margin-top: 1; text-style: bold; }
    """

    def compose_form(self) -> ComposeResult:
        yield SpaceCheckbox(
            t("wizard.reminder.on"), self.state.reminder, id="reminder-on", compact=True
        )
        with Horizontal(classes="field"):
            yield Label(t("wizard.reminder.every"))
            yield self.text_input(
                str(self.state.reminder_minutes),
                id="reminder-minutes",
                type="integer",
                max_length=4,
            )
        yield Static(t("wizard.reminder.url_heading"), classes="heading", markup=False)
        with Horizontal(classes="field"):
            yield self.text_input(self.state.tid_url, id="reminder-url")
            yield Button(t("wizard.reminder.unlock"), id="reminder-unlock", compact=True)
        yield Static(t("wizard.reminder.warning"), id="reminder-warning", markup=False)

    def on_mount(self) -> None:
        self._show_lock()
        self.query_one("#reminder-minutes").disabled = not self.state.reminder
        self.query_one("#reminder-on").focus()

    def _show_lock(self) -> None:
        unlocked = self.state.url_unlocked
        self.query_one("#reminder-url").disabled = not unlocked
        self.query_one("#reminder-unlock").display = not unlocked
        self.query_one("#reminder-warning").display = unlocked

    @on(Checkbox.Changed, "#reminder-on")
    def _toggled(self, event: Checkbox.Changed) -> None:
        self.state.reminder = event.value
        self.query_one("#reminder-minutes").disabled = not event.value

    @on(Button.Pressed, "#reminder-unlock")
    def _unlock(self) -> None:
        self.state.url_unlocked = True
        self._show_lock()
        self.query_one("#reminder-url").focus()
        self.say(t("wizard.reminder.warning"), "info")

    @on(Input.Changed, "#reminder-minutes")
    def _minutes(self, event: Input.Changed) -> None:
        if event.value.isdigit():
            self.state.reminder_minutes = int(event.value)

    @on(Input.Changed, "#reminder-url")
    def _url(self, event: Input.Changed) -> None:
        self.state.tid_url = event.value.strip()

    def store(self) -> None:
        self.state.tid_url = self.query_one("#reminder-url", Input).value.strip()
        minutes = self.query_one("#reminder-minutes", Input).value
        if minutes.isdigit():
            self.state.reminder_minutes = int(minutes)

    def problem(self) -> str | None:
        minutes = self.query_one("#reminder-minutes", Input).value
        if self.state.reminder and not (minutes.isdigit() and 1 <= int(minutes) <= MAX_MINUTES):
            return t("wizard.reminder.bad_minutes", most=MAX_MINUTES)
        try:
            self.state.tid_url = check_service_url(self.state.tid_url)
        except TidError as error:
            return error.user_message()
        return None
