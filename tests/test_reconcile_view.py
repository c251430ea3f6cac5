"""The history screen's reconcile view (k): what `tidwizard reconcile` finds, on the screen, and
its repairs, against the sandbox on both profiles with a real company file (issue 15, item 3).

The restored backup is made as tests/test_reconcile.py makes it: copy the file, import, put the
copy back."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from support.cli import set_up_home
from support.import_screen import import_app, line, wait_for_question, wait_listed
from support.waiting import wait_until
from test_import_screen_results import screen_lines
from test_reconcile import documents_by_basis, put_back, tid_numbers
from tidwizard.cli.main import main
from tidwizard.core.paths import Home
from tidwizard.core.reconcile.findings import FindingKind
from tidwizard.core.reconcile.run import Reconciliation
from tidwizard.ui.importing.reconcile_screen import ReconcileScreen


@pytest.fixture
def company(profile_sandbox: object, home_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    monkeypatch.setenv("TIDWIZARD_HOME", str(home_dir))
    return set_up_home(home_dir, profile_sandbox.url)  # type: ignore[attr-defined]


async def imported_by_the_command_line(
    capsys: pytest.CaptureFixture[str], *ids: str
) -> dict[int, int]:
    """`tidwizard import --yes [--id ...]`: the bases read in and their documents' numbers (in a
    thread: the command runs its own event loop)."""
    argv = ["import", "--yes", "--json", *(["--id", *ids] if ids else [])]
    await asyncio.to_thread(main, argv)
    report = json.loads(capsys.readouterr().out)
    return {item["tidInvoiceId"]: item["number"] for item in report["imported"]}


async def restored_backup(
    company: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> set[int]:
    backup = tmp_path / "backup.sqlite"
    shutil.copyfile(company, backup)
    imported = await imported_by_the_command_line(capsys)
    assert imported
    put_back(backup, company)
    return set(imported)


async def open_reconcile(pilot: Pilot) -> ReconcileScreen:
    """h, then k: the findings asked for and shown."""
    await wait_listed(pilot)
    await pilot.press("h")
    await wait_until(pilot, lambda: pilot.app.screen.id == "history")
    await pilot.press("k")
    await wait_until(pilot, lambda: pilot.app.screen.id == "reconcile")
    screen = pilot.app.screen
    assert isinstance(screen, ReconcileScreen)
    await wait_settled(pilot, screen)
    return screen


async def wait_settled(pilot: Pilot, screen: ReconcileScreen) -> None:
    await wait_until(pilot, lambda: not screen.busy and said(screen) != "")
    await pilot.pause()


def said(screen: ReconcileScreen) -> str:
    return str(screen.query_one("#reconcile-line", Static).render())


async def test_the_view_lists_what_the_copy_lacks_and_r_reads_one_in_again(
    company: Path,
    profile_sandbox: object,
    home_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lacking = await restored_backup(company, tmp_path, capsys)
    before = tid_numbers(profile_sandbox)
    app = import_app(Home.resolve(home_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reconcile(pilot)
        assert {f.tid_invoice_id for f in screen.findings} == lacking  # exactly those
        assert {f.kind for f in screen.findings} == {FindingKind.MISSING_HERE}
        assert "kvarstår" in said(screen)
        chosen = screen.findings[0].tid_invoice_id

        await pilot.press("r")
        await wait_for_question(pilot)
        warning = str(app.screen.query_one(".dialog-text", Static).render())
        assert "annan kopia av företaget" in warning and str(chosen) in warning
        await pilot.press("n")  # no: nothing is written
        await pilot.pause(0.2)
        assert documents_by_basis(company) == {}

        await pilot.press("r")
        await wait_for_question(pilot)
        await pilot.press("y")
        await wait_until(pilot, lambda: f"Underlag {chosen}: åtgärdat" in said(screen))
        await wait_settled(pilot, screen)
        assert {f.tid_invoice_id for f in screen.findings} == lacking - {chosen}
        await pilot.press("escape")  # back to the history, which reads the journal again
        await wait_until(pilot, lambda: pilot.app.screen.id == "history")
        await wait_until(pilot, lambda: len(pilot.app.screen.entries) == 1)  # type: ignore[attr-defined]
        history_line = str(pilot.app.screen.query_one("#history-line", Static).render())
        assert "Inget underlag är inläst" not in history_line
    # Only the basis under the cursor, under the number Tid records; the others still lack.
    assert documents_by_basis(company) == {chosen: [int(before[chosen] or 0)]}
    assert tid_numbers(profile_sandbox) == before


async def test_a_lost_mark_is_repaired_through_the_view_after_yes(
    company: Path, profile_sandbox: object, home_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = (await imported_by_the_command_line(capsys, "1001", "1002"))[1002]
    state = profile_sandbox.state  # type: ignore[attr-defined]
    with state.lock:  # Tid forgets the mark of 1002
        entry = state.company(1).bases[1002]
        entry.basis = entry.basis.model_copy(
            update={"sent_to_economy_system": None, "economy_system_invoice_number": None}
        )
    app = import_app(Home.resolve(home_dir), lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reconcile(pilot)
        assert [(f.kind, f.tid_invoice_id) for f in screen.findings] == [
            (FindingKind.MARK_LOST, 1002)
        ]
        row = next(r for r in screen_lines(pilot) if r.startswith(" 1002 "))
        assert f"invoice {number}" in row and "mark lost" in row
        assert tid_numbers(profile_sandbox)[1002] is None
        await pilot.press("a")
        await wait_for_question(pilot)
        await pilot.press("n")
        await pilot.pause(0.2)
        assert tid_numbers(profile_sandbox)[1002] is None  # no: Tid is not told
        await pilot.press("a")
        await wait_for_question(pilot)
        await pilot.press("y")
        await wait_until(pilot, lambda: "repaired" in said(screen))
        await wait_settled(pilot, screen)
        assert screen.findings == []
        assert "Tid, the documents and the import journal agree." in said(screen)
    assert tid_numbers(profile_sandbox)[1002] == str(number)
    assert documents_by_basis(company)[1002] == [number]


@pytest.mark.parametrize("size", [(60, 20), (80, 24)], ids=["60x20", "80x24"])
async def test_each_row_keeps_its_basis_and_both_numbers_readable(
    company: Path,
    profile_sandbox: object,
    home_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    size: tuple[int, int],
) -> None:
    lacking = await restored_backup(company, tmp_path, capsys)
    numbers = tid_numbers(profile_sandbox)
    app = import_app(Home.resolve(home_dir))
    async with app.run_test(size=size) as pilot:
        await open_reconcile(pilot)
        lines = screen_lines(pilot)
        rows = [r for r in lines if any(r.startswith(f" {i} ") for i in lacking)]
        assert len(rows) >= min(len(lacking), 4)
        for row in rows:
            basis_id = int(row.split()[0])
            assert f" {numbers[basis_id]} " in row, row  # Tid's number, whole
            assert "saknas här" in row or size[0] < 80, row
        assert all(len(r.rstrip()) <= size[0] for r in lines)


async def test_the_import_stopped_by_the_guard_says_how_to_get_there(
    company: Path, home_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await restored_backup(company, tmp_path, capsys)
    app = import_app(Home.resolve(home_dir), lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("a", "i")
        await wait_until(pilot, lambda: "Press h, then k" in line(pilot))
    assert documents_by_basis(company) == {}


async def test_reading_in_a_later_basis_first_keeps_the_earlier_one_listed(
    company: Path, home_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lacking = await restored_backup(company, tmp_path, capsys)
    first, second = sorted(lacking)[:2]
    app = import_app(Home.resolve(home_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_reconcile(pilot)
        await pilot.press("down", "r")  # the second row first
        await wait_for_question(pilot)
        await pilot.press("y")
        await wait_until(pilot, lambda: f"Underlag {second}: åtgärdat" in said(screen))
        await wait_settled(pilot, screen)
        assert {f.tid_invoice_id for f in screen.findings} == lacking - {second}
        assert first in {f.tid_invoice_id for f in screen.findings}


async def test_while_it_asks_tid_a_spinner_shows_and_the_repairs_wait(
    company: Path, home_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lacking = await restored_backup(company, tmp_path, capsys)
    app = import_app(Home.resolve(home_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        session = (await wait_listed(pilot)).session
        assert session is not None
        asking = session.reconcile
        answer = asyncio.Event()

        async def held(**kwargs: Any) -> Reconciliation:
            await answer.wait()  # Tid slow to answer
            return await asking(**kwargs)

        session.reconcile = held  # type: ignore[method-assign]
        await pilot.press("h")
        await wait_until(pilot, lambda: pilot.app.screen.id == "history")
        await pilot.press("k")
        await wait_until(pilot, lambda: pilot.app.screen.id == "reconcile")
        screen = pilot.app.screen
        assert isinstance(screen, ReconcileScreen)
        table = screen.query_one(DataTable)
        # The table's spinner (Textual draws it as "Loading..." with animations off).
        await wait_until(pilot, lambda: any("Loading" in row for row in screen_lines(pilot)))
        assert table.loading
        assert "Jämför Tid" in said(screen)
        assert not screen.check_action("reimport", ()) and not screen.check_action("repair", ())
        answer.set()
        await wait_settled(pilot, screen)
        assert not table.loading
        assert not any("Loading" in row for row in screen_lines(pilot))
        assert {f.tid_invoice_id for f in screen.findings} == lacking
