"""Step 7, Sammanfattning: everything chosen, each line a way back to its step; Spara saves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.color import Color, ColorParseError
from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Button, OptionList
from textual.widgets.option_list import Option

from tidwizard.core.i18n import t
from tidwizard.core.settings import reminder_text
from tidwizard.core.setup import (
    SetupChoices,
    SetupError,
    effective_import_as,
    formatted_orgnr,
    save_setup,
)
from tidwizard.ui.master_data.texts import summary_value
from tidwizard.ui.text import shown
from tidwizard.ui.widgets.choice_list import ChoiceList
from tidwizard.ui.widgets.spinner import Spinner
from tidwizard.ui.wizard.base import WizardStep

if TYPE_CHECKING:
    from tidwizard.core.settings import Settings

LABEL_WIDTH = 20


@dataclass(frozen=True)
class LabelledValue:
    """A summary line: the label and the value as two columns, so a value too long for the
    terminal wraps under itself; as text (``str``), the line as it reads."""

    label: Text
    value: Text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        grid = Table.grid()
        grid.add_column(width=LABEL_WIDTH, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(self.label, self.value)
        yield grid

    def __str__(self) -> str:
        return f"{self.label.plain.ljust(LABEL_WIDTH)}{self.value.plain}"


class SummaryLines(ChoiceList):
    """The summary's lines; Down from the last goes on to Spara below them."""

    def action_cursor_down(self) -> None:
        if self.highlighted is not None and self.highlighted >= self.option_count - 1:
            self.screen.query_one("#summary-save").focus()
            return
        super().action_cursor_down()


@dataclass
class Saved(Message):
    settings: Settings | None
    error: str | None = None


class SummaryStep(WizardStep):
    KEY = "summary"
    DEFAULT_CSS = """
    SummaryStep #summary-lines { height: auto; max-height: 14; }
    SummaryStep #summary-save { margin-top: 1; }
    SummaryStep #summary-spinner { height: 1; display: none; }
    SummaryStep #summary-spinner.-busy { display: block; }
    """

    # Enter saves, also while Spara has focus, and the Footer says so. The arrows reach the
    # lines from Spara: up to the last, down to the first.
    BINDINGS = [
        Binding("enter", "next", "wizard.key.save", priority=True),
        Binding("up", "to_lines(-1)", show=False),
        Binding("down", "to_lines(0)", show=False),
    ]

    def compose_form(self) -> ComposeResult:
        yield SummaryLines(*self._lines(), id="summary-lines")
        yield Button(t("wizard.summary.save"), id="summary-save", variant="primary", compact=True)
        yield Spinner(id="summary-spinner")

    def on_mount(self) -> None:
        self.query_one("#summary-save").focus()
        missing = self.problem()
        self.say(missing or t("wizard.summary.ready"), "error" if missing else "info")

    # -- the lines -------------------------------------------------------------------------------

    def _line(self, step: str, label: str, *value: str | tuple[str, str]) -> Option:
        """A label and its value; values are data (names, the login, the address), so every
        control character in them is written out. The two are columns: a value too long for
        a narrow terminal wraps under itself, not under the label."""
        parts = Text.assemble(
            *(shown(v) if isinstance(v, str) else (shown(v[0]), self._style(v[1])) for v in value)
        )
        # Option ids must be unique and two lines lead to the same step: the id says which line.
        return Option(LabelledValue(Text(t(label), style="bold"), parts), id=f"{step}:{label}")

    def _style(self, variable: str) -> str:
        """A theme variable (``$error``) as a Rich style: its colour, or dim for a muted text
        (``auto 60%``, a blend Rich has no word for)."""
        value = self.app.theme_variables.get(variable.removeprefix("$"), "")
        try:
            Color.parse(value)
        except ColorParseError:
            return "dim"
        return value

    def _lines(self) -> list[Option]:
        state = self.state
        info = state.administration
        lines = []
        if info is not None:
            edition = t(f"wizard.edition.{info.edition}")
            lines.append(
                self._line(
                    "welcome",
                    "wizard.summary.administration",
                    f"{info.name}, {edition} {info.program_version}",
                )
            )
            lines.append(self._line("orgnr", "wizard.summary.orgnr", info.org_number))
        lines.append(
            self._line(
                "activate",
                "wizard.summary.login",
                state.client_id,
                (t("wizard.summary.secret_kept"), "$text-muted"),
            )
        )
        lines.append(self._company_line())
        reminder = (
            reminder_text(state.reminder_minutes)
            if state.reminder
            else t("wizard.summary.reminder_off")
        )
        lines.append(self._line("reminder", "wizard.summary.reminder", reminder))
        lines.append(self._line("reminder", "wizard.summary.url", state.tid_url))
        lines.append(self._import_as_line())
        sent, ok = summary_value(state.master_data.report)
        value = sent if ok else (sent, "$error")
        lines.append(self._line("master_data", "masterdata.summary.label", value))
        return lines

    def _company_line(self) -> Option:
        choice = self.state.tid_company
        if not self.state.activation_current:
            return self._line(
                "activate",
                "wizard.summary.tid_company",
                (t("wizard.summary.not_activated"), "$error"),
            )
        if self.state.orgnr_typed:
            own = t("setup.company.own")
            return self._line(
                "tid_orgnr",
                "wizard.summary.tid_company",
                f"{own[:1].upper()}{own[1:]} {formatted_orgnr(self.state.tid_orgnr_text.strip())}",
                (t("wizard.summary.typed_orgnr"), "$text-muted"),
            )
        if choice is None:
            return self._line(
                "company", "wizard.summary.tid_company", (t("wizard.summary.not_chosen"), "$error")
            )
        text = f"{choice.company.name} {choice.company.organization_number}"
        if self.flow.applies("company"):
            return self._line("company", "wizard.summary.tid_company", text)
        return self._line(
            "activate",
            "wizard.summary.tid_company",
            text,
            (t("wizard.summary.only_company"), "$text-muted"),
        )

    def _import_as_line(self) -> Option:
        state = self.state
        if self.flow.applies("import_as"):
            return self._line(
                "import_as", "wizard.summary.import_as", t(f"common.{state.import_as}")
            )
        edition = t(f"wizard.edition.{state.edition}")
        return self._line(
            "welcome",
            "wizard.summary.import_as",
            t("common.invoice"),
            (t("wizard.summary.no_orders", edition=edition), "$text-muted"),
        )

    def action_to_lines(self, index: int) -> None:
        lines = self.query_one("#summary-lines", OptionList)
        lines.focus()
        lines.highlighted = index % lines.option_count

    @on(OptionList.OptionSelected, "#summary-lines")
    def _edit(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.flow.edit(event.option.id.partition(":")[0], returning_to=self.KEY)

    # -- saving ----------------------------------------------------------------------------------

    def problem(self) -> str | None:
        return self.state.missing_before_save()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next" and isinstance(self.focused, Button):
            return None if self.busy else True
        return super().check_action(action, parameters)

    def action_next(self) -> None:
        self.save()

    @on(Button.Pressed, "#summary-save")
    def save(self) -> None:
        missing = self.problem()
        if missing:
            self.say(missing)
            self.app.bell()
            return
        self.set_busy(True)
        self.query_one("#summary-spinner").add_class("-busy")
        self.say(t("wizard.summary.saving"), "info")
        self._save(self._choices())

    def _choices(self) -> SetupChoices:
        state = self.state
        assert state.administration is not None
        assert state.tid_company is not None or state.orgnr_typed
        return SetupChoices(
            tid_url=state.tid_url,
            client_id=state.client_id,
            tid_company=None if state.tid_company is None else state.tid_company.company,
            typed_orgnr=state.tid_orgnr_text if state.orgnr_typed else "",
            administration_path=state.administration.path,
            import_as=effective_import_as(state.administration.edition, state.import_as),
            reminder=state.reminder,
            reminder_minutes=state.reminder_minutes,
            language=state.language,
        )

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _save(self, choices: SetupChoices) -> None:
        try:
            state = self.state
            settings = save_setup(state.home, choices, state.secret, client=state.client_name)
        except SetupError as error:
            self.post_message(Saved(None, str(error)))
        else:
            self.post_message(Saved(settings))

    @on(Saved)
    def _saved(self, event: Saved) -> None:
        self.query_one("#summary-spinner").remove_class("-busy")
        self.set_busy(False)
        if event.settings is None:
            self.say(t("wizard.summary.save_failed", reason=event.error or ""))
            return
        self.flow.saved(event.settings)
