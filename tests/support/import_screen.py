"""Helpers for the import screen's tests: a set-up home against a sandbox, the App, waiting."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Static

from support.import_screenshots import import_app, set_up_home
from support.waiting import wait_until
from tidwizard.ui.importing.basis_table import BasisTable
from tidwizard.ui.importing.screen import ImportScreen

__all__ = ["import_app", "set_up_home"]


def screen_of(pilot: Pilot) -> ImportScreen:
    found = [s for s in pilot.app.screen_stack if isinstance(s, ImportScreen)]
    assert found, pilot.app.screen_stack
    return found[-1]


def table_of(pilot: Pilot) -> BasisTable:
    return screen_of(pilot).query_one(BasisTable)


def line(pilot: Pilot) -> str:
    found = [s for s in pilot.app.screen_stack if isinstance(s, ImportScreen)]
    if not found:
        return ""
    return str(found[-1].query_one("#import-line", Static).render())


async def wait_listed(pilot: Pilot) -> ImportScreen:
    await wait_until(
        pilot, lambda: any(isinstance(s, ImportScreen) for s in pilot.app.screen_stack)
    )
    screen = screen_of(pilot)
    await wait_until(pilot, lambda: screen.phase == "idle")
    return screen


def status(pilot: Pilot, tid_invoice_id: int) -> str:
    return str(table_of(pilot).get_cell(tid_invoice_id, "status"))


def view_text(pilot: Pilot) -> str:
    return str(pilot.app.screen.query_one(".view-text", Static).render())


async def wait_for_question(pilot: Pilot) -> None:
    """Until a yes/no dialog is on top and composed."""
    from tidwizard.ui.importing.dialogs import QuestionDialog

    def ready() -> bool:
        screen = pilot.app.screen
        return isinstance(screen, QuestionDialog) and bool(screen.query("#yes"))

    await wait_until(pilot, ready)
