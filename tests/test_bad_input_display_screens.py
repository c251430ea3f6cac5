"""Escape sequences in names from Tid or the company database: no screen sends them raw.

Each test walks to a screen that shows such a name and reads every character the compositor
would write to the terminal: the escapes appear written out (``\\x1b``), never as themselves.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from support.bad_input import plant, work_row
from support.import_screen import import_app, set_up_home, table_of, wait_for_question, wait_listed
from support.waiting import wait_until
from support.wizard_screenshots import demo_activation, prepared_state
from tidwizard.core.settings import Settings
from tidwizard.core.setup import CompanyChoice
from tidwizard.sandbox.state import RowSpec
from tidwizard.ui.app import TidwizardApp
from tidwizard.ui.text import plain

# Clear screen, OSC 52 (write the clipboard) ended by BEL, and an 8-bit CSI.
ESCAPES = "\x1b[2J\x1b]52;c;ZWNobyBwd25lZA==\x07\x9b31m"
RAW = ("\x1b", "\x07", "\x9b")
SHOWN = "\\x1b[2J"
NOTE = RowSpec(None, "", f"Notis {ESCAPES}", "", Decimal(0), Decimal(0), Decimal(0), Decimal(0))
ROWS = (work_row("101", "2", "950.00", "1900.00", f"Kommentar {ESCAPES}"), NOTE)


def screen_text(pilot: Pilot) -> str:
    """Every character the compositor would send to the terminal for the whole screen."""
    update = pilot.app.screen._compositor.render_update(full=True)
    return "\n".join("".join(segment.text for segment in strip) for strip in update.strips)


async def assert_harmless(pilot: Pilot, expected: str = SHOWN) -> None:
    """Once the screen shows ``expected`` (an escape written out), it sends no raw one."""
    await wait_until(pilot, lambda: expected in screen_text(pilot))
    shown = screen_text(pilot)
    for raw in RAW:
        assert raw not in shown, f"{raw!r} reaches the terminal"


def test_plain_writes_control_characters_out() -> None:
    assert (
        plain(f"Ond AB {ESCAPES}").plain
        == "Ond AB \\x1b[2J\\x1b]52;c;ZWNobyBwd25lZA==\\x07\\x9b31m"
    )


async def test_the_import_screen_and_its_views_send_no_escape(tmp_path: Path, sandbox: Any) -> None:
    home = set_up_home(tmp_path / "h", sandbox.url)
    plant(sandbox.state, 1900, ROWS, customer_number="4711", customer_name=f"Ond {ESCAPES}")
    with sandbox.state.lock:  # the hostile basis alone, so its row is in view
        bases = sandbox.state.company(1).bases
        for basis_id in [i for i in bases if i != 1900]:
            del bases[basis_id]
    app = import_app(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        table = table_of(pilot)
        await assert_harmless(pilot, "Ond \\x1b[")  # the customer column is 12 wide

        await pilot.press("enter")  # the basis with its rows
        await wait_until(pilot, lambda: app.screen.id == "basis-view")
        await pilot.pause()
        await assert_harmless(pilot, "Notis \\x1b[2J")
        await pilot.press("escape")

        table.toggle(1900)
        await pilot.press("i")
        await wait_for_question(pilot)
        await assert_harmless(pilot)
        await pilot.press("y")
        await wait_until(pilot, lambda: app.screen.id == "summary-view")
        await pilot.pause()
        await assert_harmless(pilot)

        await pilot.press("escape", "c")
        await wait_until(pilot, lambda: app.screen.id == "documents" and bool(app.screen.documents))
        await pilot.pause()
        await assert_harmless(pilot, "Ond \\x1b[2J")

        await pilot.press("escape", "h")
        await wait_until(pilot, lambda: app.screen.id == "history" and bool(app.screen.entries))
        await pilot.pause()
        await assert_harmless(pilot, "1900")


async def test_the_wizard_summary_sends_no_escape() -> None:
    state = prepared_state(activated=False)
    assert state.administration is not None
    state.administration = dataclasses.replace(state.administration, name=f"Ond AB {ESCAPES}")
    state.client_id = f"id{ESCAPES}"
    state.record_activation(demo_activation())
    company = state.activation.choosable[0].company if state.activation else None
    assert company is not None
    hostile = company.model_copy(update={"name": f"Tid {ESCAPES}"})
    state.tid_company = CompanyChoice(hostile, matches=True)
    app = TidwizardApp(state, Settings(), steady=True, start_step="summary")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await assert_harmless(pilot, "Ond AB \\x1b[2J")
        assert "Tid \\x1b[2J" in screen_text(pilot) and "id\\x1b[2J" in screen_text(pilot)
