"""What the import screen says after (and while) it reads bases in: counts that follow what just
happened, bases and documents named in words, a resumed run apart from the new one, a bar that
moves per basis, a stop that says how far it came, and a table that fits a narrow terminal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from support.import_screen import (
    import_app,
    line,
    screen_of,
    set_up_home,
    status,
    table_of,
    view_text,
    wait_for_question,
    wait_listed,
)
from support.soak import import_process
from support.waiting import wait_until
from tidwizard.core.admin import AdministrationStore
from tidwizard.core.settings import load_settings
from tidwizard.sandbox.server import SandboxConfig, start_sandbox
from tidwizard.ui.importing.basis_table import plan_columns
from tidwizard.ui.importing.texts import amount, document_label


async def summary(pilot: Pilot) -> str:
    await wait_until(
        pilot,
        lambda: (
            pilot.app.screen.id == "summary-view" and bool(pilot.app.screen.query(".view-text"))
        ),
    )
    return view_text(pilot)


def screen_lines(pilot: Pilot) -> list[str]:
    update = pilot.app.screen._compositor.render_update(full=True)
    return ["".join(segment.text for segment in strip) for strip in update.strips]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("sv", "4 fakturaunderlag väntar · 4 valda · 20 inlästa (F5 listar igen)"),
        ("en", "4 invoice bases wait · 4 selected · 20 read in (F5 lists again)"),
    ],
)
async def test_the_line_counts_what_still_waits_after_an_import(
    tmp_path: Path, sandbox, lang: str, expected: str
) -> None:
    app = import_app(set_up_home(tmp_path / "h", sandbox.url), lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("a")  # all 24 chosen
        assert "24" in line(pilot)
        await pilot.press("i")
        await wait_for_question(pilot)
        await pilot.press("y")
        await summary(pilot)
        await pilot.press("escape")
        assert line(pilot) == expected
        # The read-in are no longer chosen; the refused stay chosen, for another try.
        assert table_of(pilot).selected == {1013, 1014, 1015, 1016}


async def test_a_basis_and_its_document_are_told_apart(tmp_path: Path, sandbox) -> None:
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        table = table_of(pilot)
        for tid_id in (1018, 1019, 1020):  # invoices 1001-1003: basis 1001 becomes invoice 1004
            table.toggle(tid_id)
        await pilot.press("i")
        await summary(pilot)
        await pilot.press("escape", "i")
        await wait_for_question(pilot)
        await pilot.press("y")
        text = await summary(pilot)
        assert "Underlag 1013: Artikel 901" in text
        assert "Nya fakturor: 1004–" in text
        await pilot.press("escape")
        assert str(table.get_cell(1001, "basis")) == "1001"
        assert status(pilot, 1001) == "✓ faktura 1004"
        header = screen_lines(pilot)[1]
        assert "Underlag" in header and "Status" in header


async def test_a_resumed_import_tells_the_earlier_run_from_this_one(tmp_path: Path) -> None:
    with start_sandbox(SandboxConfig(seed=30, rate=0)) as sandbox:
        home = set_up_home(tmp_path / "h", sandbox.url)
        killed = import_process(home.config_dir, kill_at="committed:8")
        killed.communicate(timeout=120)
        assert killed.returncode < 0
        path = load_settings(home).administration_path
        with AdministrationStore.open(path) as store:
            written = len(store.invoices())
            pending = [e.document_number for e in store.pending_journal_entries()]
        assert pending
        app = import_app(home)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_listed(pilot)
            await pilot.press("i")
            text = await summary(pilot)
        now, earlier = 30 - written, len(pending)
        completed = "slutfört" if earlier == 1 else "slutförda"
        assert f"{now} inlästa nu, {earlier} {completed} från en tidigare körning, 0 nekade" in text
        assert f"Nya fakturor: {1000 + written + 1}–1030" in text
        assert "Fakturor från en tidigare körning, nu klara i Tid: " in text


@pytest.fixture
def slow_sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """40 bases, the client at 10 requests a second: each basis needs two."""
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "10")
    with start_sandbox(SandboxConfig(seed=40, rate=0)) as running:
        yield running


async def test_the_bar_moves_basis_by_basis_from_the_start(tmp_path: Path, slow_sandbox) -> None:
    app = import_app(set_up_home(tmp_path / "h", slow_sandbox.url))
    seen: list[tuple[int, int]] = []  # (done, bases begun) each time the bar moves
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_listed(pilot)
        table = table_of(pilot)
        show = screen.show_progress

        def watched(done: int, total: int) -> None:
            begun = sum(1 for i in table.bases if status(pilot, i) != "väntar")
            seen.append((done, begun))
            show(done, total)

        screen.show_progress = watched  # type: ignore[method-assign]
        await pilot.press("i")
        await summary(pilot)
    values = [done for done, _ in seen]
    assert len({v for v in values if 0 < v < 40}) >= 5, values
    first_done = next(begun for done, begun in seen if done > 0)
    # Bases are finished as they go, not after nearly all were fetched: when the first is done
    # only a few more have begun.
    assert first_done <= 10, seen


async def test_x_says_how_many_were_done_and_how_many_still_wait(
    tmp_path: Path, slow_sandbox
) -> None:
    home = set_up_home(tmp_path / "h", slow_sandbox.url)
    app = import_app(home)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_listed(pilot)
        await pilot.press("i")
        await wait_until(pilot, lambda: "✓" in status(pilot, 1003))
        await pilot.press("x")
        text = await summary(pilot)
        # The view is mounted before its first layout: wait until it is drawn (it read an
        # empty screen once on a loaded machine).
        await wait_until(pilot, lambda: len(screen_lines(pilot)) > 1)
        title = [row.strip(" │") for row in screen_lines(pilot)][1]
        assert title == "Inläsningen stoppades", title
        await pilot.press("escape")
        waiting_line = line(pilot)
        assert screen.phase == "idle"
    with AdministrationStore.open(load_settings(home).administration_path) as store:
        done = len(store.invoices())
        assert store.pending_journal_entries() == []
    assert 3 <= done < 40
    assert f"Inläsningen stoppades efter {done} underlag; {40 - done} väntar kvar i Tid" in text
    assert waiting_line.startswith(f"{40 - done} fakturaunderlag väntar")


def test_a_narrow_table_gives_up_columns_in_order_and_keeps_status_and_amounts() -> None:
    keys = lambda plan: [key for key, _ in plan]  # noqa: E731
    wide = plan_columns(200, 8, 10)
    assert keys(wide) == [
        "mark", "basis", "date", "customer", "project", "period", "sum", "status",
    ]  # fmt: skip
    assert keys(plan_columns(78, 8, 10)) == [
        "mark", "basis", "date", "customer", "project", "sum", "status",
    ]  # fmt: skip
    assert keys(plan_columns(58, 8, 10)) == ["mark", "basis", "customer", "sum", "status"]
    for room in range(30, 120):
        plan = dict(plan_columns(room, 8, 13))
        assert plan["sum"] == 13 and plan["status"] >= 16 and "basis" in plan


@pytest.mark.parametrize("size", [(60, 20), (80, 24)], ids=["60x20", "80x24"])
async def test_every_amount_reads_in_full_and_the_status_stays(
    tmp_path: Path, sandbox, size: tuple[int, int]
) -> None:
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=size) as pilot:
        await wait_listed(pilot)
        await pilot.pause()
        lines = screen_lines(pilot)
        assert "Status" in lines[1] and "Exkl. moms" in lines[1]
        table = table_of(pilot)
        rows = [row for row in lines if any(f" {i} " in row for i in table.bases)]
        assert len(rows) >= 10
        for row in rows:
            (basis_id,) = [i for i in table.bases if f" {i} " in row]
            basis = table.bases[basis_id]
            assert basis is not None
            assert amount(basis.sum) in row, row
            assert "väntar" in row, row
        assert screen_of(pilot) is app.screen


async def test_one_is_singular_and_each_sum_says_what_it_is(tmp_path: Path, sandbox) -> None:
    app = import_app(set_up_home(tmp_path / "h", sandbox.url), lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("space")  # the first row
        assert "1 selected" in line(pilot)
        await pilot.press("p")
        await wait_until(pilot, lambda: pilot.app.screen.id == "preview-view")
        assert "Preview: 1 basis" in "\n".join(screen_lines(pilot))
        await pilot.press("escape", "i")
        text = await summary(pilot)
        assert text.startswith("1 read in, 0 refused, 0 failed.")
        await pilot.press("escape")
        assert "Excl. VAT" in screen_lines(pilot)[1]  # Tid's sum of a basis is before VAT
        await pilot.press("h")
        await wait_until(pilot, lambda: pilot.app.screen.id == "history")
        await pilot.pause()
        assert any("Read-in no." in row for row in screen_lines(pilot))
        await pilot.press("escape", "c")
        await wait_until(pilot, lambda: pilot.app.screen.id == "documents")
        await pilot.pause()
        assert any("Incl. VAT" in row for row in screen_lines(pilot))


async def test_the_documents_show_every_total_in_full_at_60_columns(tmp_path: Path, sandbox):
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_listed(pilot)
        await pilot.press("a", "i")
        await wait_for_question(pilot)
        await pilot.press("y")
        await summary(pilot)
        await pilot.press("escape", "c")
        await wait_until(pilot, lambda: pilot.app.screen.id == "documents")
        await wait_until(pilot, lambda: bool(pilot.app.screen.documents))
        await pilot.pause()
        lines = screen_lines(pilot)
        assert "Inkl. moms" in lines[1]
        shown = 0
        for document in pilot.app.screen.documents:
            for row in [r for r in lines if r.startswith(f" {document_label(document)} ")]:
                assert amount(document.total) in row, row
                shown += 1
        assert shown >= 5
