"""Step 3, Aktivera: the API application's credentials are tried at once, then the service is
asked which companies they reach (its list, else its company endpoint, else none: typed next)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button, Input, Label, Static

from tidwizard.core.i18n import t
from tidwizard.core.setup import SetupError, activate, mismatch_message
from tidwizard.ui.widgets.spinner import Spinner
from tidwizard.ui.wizard.base import WizardStep

if TYPE_CHECKING:
    from tidwizard.core.setup import ActivationResult


@dataclass
class ActivationAnswered(Message):
    result: ActivationResult | None
    error: str | None = None


class ActivateStep(WizardStep):
    KEY = "activate"
    DEFAULT_CSS = """
    ActivateStep .field { height: auto; }
    ActivateStep .field Label { width: 22; }
    ActivateStep .field Input { width: 1fr; max-width: 44; }
    ActivateStep #activate-where { color: $text-muted; margin-top: 1; }
    ActivateStep #activate-agency { color: $text-muted; }
    ActivateStep #activate-hint { margin-top: 1; color: $accent; }
    ActivateStep #activate-row { height: auto; margin-top: 1; }
    ActivateStep #activate-spinner { width: 10; height: 1; display: none; }
    ActivateStep #activate-spinner.-busy { display: block; }
    ActivateStep #activate-result { height: auto; padding-left: 1; width: 1fr; }
    """

    def compose_form(self) -> ComposeResult:
        with Horizontal(classes="field"):
            yield Label(t("wizard.activate.client_id"))
            yield self.text_input(self.state.client_id, id="activate-client-id")
        with Horizontal(classes="field"):
            yield Label(t("wizard.activate.secret"))
            yield self.text_input(self.state.secret, id="activate-secret", password=True)
        yield Static(t("wizard.activate.where"), id="activate-where", markup=False)
        yield Static(t("wizard.activate.agency"), id="activate-agency", markup=False)
        if self.state.credentials_hint:
            yield Static(self.state.credentials_hint, id="activate-hint", markup=False)
        with Horizontal(id="activate-row"):
            yield Button(
                t("wizard.activate.button"), id="activate-button", variant="primary", compact=True
            )
            yield Spinner(id="activate-spinner")
            yield Static("", id="activate-result", markup=False)

    def on_mount(self) -> None:
        if self.state.activation_current:
            self._describe(self.state.activation)
        target = "#activate-secret" if self.state.client_id else "#activate-client-id"
        self.query_one(target).focus()

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        if event.input.id == "activate-client-id":
            self.state.client_id = event.value.strip()
        elif event.input.id == "activate-secret":
            self.state.secret = event.value
        if not self.state.activation_current:
            self.query_one("#activate-result", Static).update("")

    def store(self) -> None:
        self.state.client_id = self.query_one("#activate-client-id", Input).value.strip()
        self.state.secret = self.query_one("#activate-secret", Input).value

    # -- activation ------------------------------------------------------------------------------

    def _credentials_missing(self) -> str | None:
        if not self.state.client_id:
            return t("wizard.activate.missing_client_id")
        if not self.state.secret:
            return t("wizard.activate.missing_secret")
        return None

    @on(Button.Pressed, "#activate-button")
    def start_activation(self) -> None:
        self.store()
        missing = self._credentials_missing()
        if missing:
            self.say(missing)
            return
        self.say(t("wizard.activate.working"), "info")
        self.query_one("#activate-result", Static).update("")
        self.query_one("#activate-spinner").add_class("-busy")
        self.set_busy(True)
        self._activate()

    @work(exclusive=True, exit_on_error=False)
    async def _activate(self) -> None:
        state = self.state
        orgnr = state.administration.org_number if state.administration else ""
        try:
            result = await activate(state.tid_url, state.client_id, state.secret, orgnr)
        except SetupError as error:
            self.post_message(ActivationAnswered(None, error.message))
        else:
            self.post_message(ActivationAnswered(result))

    @on(ActivationAnswered)
    def _answered(self, event: ActivationAnswered) -> None:
        self.query_one("#activate-spinner").remove_class("-busy")
        self.set_busy(False)
        if event.result is None:
            self.state.forget_activation()
            self.say(event.error or "")
            self.query_one("#activate-result", Static).update("")
            return
        self.state.record_activation(event.result)
        self._describe(event.result)

    def _describe(self, result: ActivationResult | None) -> None:
        assert result is not None
        box = self.query_one("#activate-result", Static)
        # On a small terminal the form scrolls: the verdict beside the button must show.
        self.call_after_refresh(self._show_verdict)
        if result.single_mismatch:
            box.update(t("wizard.activate.stopped"))
            self.say(self._mismatch_text(result))
        elif result.needs_picker:
            box.update(t("wizard.activate.done_many", count=len(result.companies)))
            self.say(t("wizard.activate.next_picker"), "ok")
        elif result.needs_typed_orgnr:
            box.update(t("wizard.activate.done_own"))
            self.say(t("wizard.activate.next_typed"), "ok")
        else:
            box.update(t("wizard.activate.done_one", name=result.companies[0].company.name))
            self.say(t("wizard.activate.next_one"), "ok")

    def _show_verdict(self) -> None:
        self.query_one("#step-body").scroll_end(animate=False)

    def _mismatch_text(self, result: ActivationResult) -> str:
        info = self.state.administration
        return mismatch_message(info.org_number if info else "", result.companies[0].company)

    def problem(self) -> str | None:
        missing = self._credentials_missing()
        if missing:
            return missing
        if not self.state.activation_current:
            return t("wizard.activate.press_activate")
        assert self.state.activation is not None
        if self.state.activation.single_mismatch:
            return self._mismatch_text(self.state.activation)
        return None

    def action_next(self) -> None:
        # Enter in a filled-in application id goes on to the secret, as in a login form.
        if self.focused is self.query_one("#activate-client-id") and self.state.client_id:
            self.store()
            self.query_one("#activate-secret").focus()
            return
        # Enter with a complete login that was not tried yet means "Aktivera".
        if not self.busy and not self._credentials_missing() and not self.state.activation_current:
            self.start_activation()
            return
        super().action_next()
