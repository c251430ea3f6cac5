"""One row of the client list: the overview of `tidwizard clients`, and what a run left.

The cells are made here, so the screen only places them; names, paths and Tid's words are data
and go through ``shown`` (a control character in a file name must not move the cursor).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from tidwizard.core.clients import Client
from tidwizard.core.clients_overview import ClientOverview
from tidwizard.core.i18n import t
from tidwizard.ui.importing.texts import when
from tidwizard.ui.text import shown

# The columns of `tidwizard clients`; the company file last, as its whole path is on the line
# under the table, and the status cut there too (a narrow terminal keeps the counts in view).
COLUMNS = ("name", "orgnr", "last_import", "waiting", "status", "file")
SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
STILL = "…"  # the spinner with animations off (steady pictures)
FILE_WIDTH = 24
STATUS_WIDTH = 22


def cut(text: str, width: int) -> str:
    return text if len(text) <= width else f"{text[: width - 1]}…"


@dataclass
class ClientRow:
    overview: ClientOverview
    asking: bool = False
    result: str | None = None  # what "import all" did for this client
    failed: bool = False  # the result is a failure

    @property
    def client(self) -> Client:
        return self.overview.client

    @property
    def name(self) -> str:
        return self.overview.name

    @property
    def may_ask_tid(self) -> bool:
        return self.overview.login is not None

    @property
    def waiting(self) -> int | None:
        return self.overview.waiting

    def status(self) -> str:
        """The row's last word: the import's result, else its problems, else ok (once Tid
        said)."""
        found = self.result or " ".join(self.overview.problems)
        return found or ("" if self.asking else t("clientsui.ok"))

    def has_problem(self) -> bool:
        return self.failed or self.overview.failed

    def cells(self, frame: int) -> list[Text]:
        overview = self.overview
        path = overview.client.settings.administration_path
        last = when(overview.last_import) if overview.last_import else t("clientsui.never")
        status = self.status()
        return [
            Text(shown(self.name)),
            Text(shown(overview.org_number or "-")),
            Text(last),
            self.waiting_cell(frame),
            Text(cut(shown(status), STATUS_WIDTH), style="bold" if self.has_problem() else ""),
            Text(cut(shown(path.name if path else "-"), FILE_WIDTH)),
        ]

    def waiting_cell(self, frame: int) -> Text:
        if self.asking:
            mark = STILL if frame < 0 else SPINNER[frame % len(SPINNER)]
            return Text(mark, justify="right")
        return Text("-" if self.waiting is None else str(self.waiting), justify="right")

    def detail(self) -> str:
        """The highlighted row in full, under the table: its file and its whole status."""
        path = self.overview.client.settings.administration_path
        where = t("clientsui.detail", name=shown(self.name), path=shown(path or "-"))
        return f"{where}\n{shown(self.status())}"
