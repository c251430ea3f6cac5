"""Reading the Administration company's settings off the event loop."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.dom import DOMNode
from textual.message import Message
from textual.worker import Worker

from tidwizard.core.admin.errors import AdministrationError
from tidwizard.core.admin.models import CompanyInfo
from tidwizard.core.admin.store import AdministrationStore


@dataclass
class CompanyLoaded(Message):
    """The company's settings, or why they could not be read (a catalogue message)."""

    info: CompanyInfo | None
    error: str | None = None


def read_company(path: Path) -> CompanyInfo:
    with AdministrationStore.open(path) as store:
        return store.company()


def load_company_info(node: DOMNode, path: Path) -> Worker[None]:
    """Read the company in a thread; ``node`` receives :class:`CompanyLoaded`."""

    def read() -> None:
        try:
            node.post_message(CompanyLoaded(read_company(path)))
        except AdministrationError as error:
            node.post_message(CompanyLoaded(None, str(error)))

    return node.run_worker(read, thread=True, exclusive=True, group="company", exit_on_error=False)
