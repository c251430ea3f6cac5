"""Stopping an import (x, or ctrl+q and yes) finishes the basis in hand and leaves none half done;
user-provided names are shown literally, never as markup."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Static

from support.import_screen import (
    import_app,
    screen_of,
    set_up_home,
    table_of,
    view_text,
    wait_for_question,
    wait_listed,
)
from support.waiting import wait_until
from tidwizard.core.admin import AdministrationStore
from tidwizard.core.settings import load_settings
from tidwizard.sandbox.server import SandboxConfig, start_sandbox

BASES = 200


@pytest.fixture
def slow_sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """200 bases, and a client limited to 40 requests a second: an import lasts a few seconds."""
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "40")
    with start_sandbox(SandboxConfig(seed=BASES, rate=0)) as running:
        yield running


def assert_none_half_done(home, sandbox) -> int:
    """Every document has a confirmed journal entry and Tid holds its number; returns the count."""
    path = load_settings(home).administration_path
    with AdministrationStore.open(path) as store:
        documents = store.invoices()
        assert store.pending_journal_entries() == []
        history = {e.tid_invoice_id: e for e in store.journal_history()}
    marked = {
        b.id: b.economy_system_invoice_number
        for b in sandbox.state.bases(1)
        if b.sent_to_economy_system is not None
    }
    assert {d.tid_invoice_id: str(d.number) for d in documents} == marked
    assert set(history) == set(marked)
    return len(documents)


async def test_x_stops_after_the_basis_in_hand(tmp_path: Path, slow_sandbox):
    home = set_up_home(tmp_path / "h", slow_sandbox.url)
    app = import_app(home)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_listed(pilot)
        await pilot.press("i")
        await wait_until(pilot, lambda: screen.phase == "running" and screen.last_report is None)
        await wait_until(pilot, lambda: "✓" in str(table_of(pilot).get_cell(1005, "status")))
        assert "Stoppa" in str(screen.query_one("KeyBar").render())
        await pilot.press("x")
        summary = await _summary(pilot)
        assert "Inläsningen stoppades efter " in summary and " väntar kvar i Tid" in summary
    imported = assert_none_half_done(home, slow_sandbox)
    assert 5 <= imported < BASES


async def test_ctrl_q_during_an_import_asks_then_stops_cleanly(tmp_path: Path, slow_sandbox):
    home = set_up_home(tmp_path / "h", slow_sandbox.url)
    app = import_app(home)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_listed(pilot)
        await pilot.press("i")
        await wait_until(pilot, lambda: "✓" in str(table_of(pilot).get_cell(1003, "status")))
        await pilot.press("ctrl+q")
        await wait_for_question(pilot)
        await pilot.press("n")  # no: the import goes on
        await pilot.pause(0.3)
        assert screen.phase == "running" and app.is_running
        await pilot.press("ctrl+q")
        await wait_for_question(pilot)
        await pilot.press("y")
        await wait_until(pilot, lambda: not app.is_running)
    imported = assert_none_half_done(home, slow_sandbox)
    assert 3 <= imported < BASES


async def test_ctrl_q_without_an_import_quits_at_once(tmp_path: Path, sandbox):
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: not app.is_running)


MARKUP_NAME = "[bold]Fjäll[/bold] [@click=app.quit]AB[/] [red]x"


async def test_names_with_markup_are_shown_literally(tmp_path: Path, sandbox):
    with sandbox.state.lock:  # the new customer of 1009-1011 gets a name that looks like markup
        bases = sandbox.state.company(1).bases
        for tid_id in (1009, 1010, 1011):
            entry = bases[tid_id]
            customer = entry.basis.customer.model_copy(update={"name": MARKUP_NAME})
            entry.basis = entry.basis.model_copy(update={"customer": customer})
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        assert str(table_of(pilot).get_cell(1009, "customer")) == "[bold]Fjäll…"
        table = table_of(pilot)
        table.move_cursor(row=table.get_row_index(1009))
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: app.screen.id == "basis-view" and bool(app.screen.query(".view-text"))
        )
        assert f"Kund: {MARKUP_NAME} (1050)" in view_text(pilot)
        await pilot.press("escape", "i")
        await wait_for_question(pilot)
        listing = str(app.screen.query_one(".dialog-listing Static", Static).render())
        assert f"kund 1050 {MARKUP_NAME}" in listing
        await pilot.press("y")
        await wait_until(
            pilot, lambda: app.screen.id == "summary-view" and bool(app.screen.query(".view-text"))
        )
        assert f"kund 1050 {MARKUP_NAME}" in view_text(pilot)
        assert screen_of(pilot).last_report is not None


async def _summary(pilot) -> str:
    await wait_until(
        pilot,
        lambda: (
            pilot.app.screen.id == "summary-view" and bool(pilot.app.screen.query(".view-text"))
        ),
    )
    return view_text(pilot)
