"""One row of the client list: the facts read from disk, Tid's count, and what a run left.

The cells are made here, so the screen only places them; names, paths and Tid's words are data
and go through ``shown`` (a control character in a file name must not move the cursor).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from tidwizard.core.client_facts import ClientFacts
from tidwizard.core.clients import Client
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
    client: Client
    facts: ClientFacts
    waiting: int | None = None  # None: not answered (yet)
    asking: bool = False
    tid_problem: str | None = None  # Tid's answer, or why it could not be asked
    result: str | None = None  # what "import all" did for this client
    failed: bool = False  # the result is a failure

    @property
    def name(self) -> str:
        return self.client.name

    @property
    def may_ask_tid(self) -> bool:
        return self.facts.problem is None

    def status(self) -> str:
        """The row's last word: the import's result, else a problem, else ok (once Tid said)."""
        found = self.result or self.facts.problem or self.tid_problem
        return found or ("" if self.asking else t("clientsui.ok"))

    def has_problem(self) -> bool:
        return self.failed or bool(self.facts.problem or self.tid_problem)

    def cells(self, frame: int) -> list[Text]:
        facts = self.facts
        path = facts.company_file
        last = when(facts.last_import) if facts.last_import else t("clientsui.never")
        status = self.status()
        return [
            Text(shown(self.name)),
            Text(shown(facts.org_number or "-")),
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
        path = self.facts.company_file
        where = t("clientsui.detail", name=shown(self.name), path=shown(path or "-"))
        return f"{where}\n{shown(self.status())}"
