"""The live import screen, driven with the keyboard against the sandbox and a real demo company."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

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
from support.waiting import wait_until
from tidwizard.core.admin import AdministrationStore
from tidwizard.core.settings import load_settings
from tidwizard.ui.help import HelpScreen
from tidwizard.ui.importing.key_bar import KeyBar
from tidwizard.ui.importing.reminder import ReminderLine

CONSENT = {1009, 1010, 1011, 1012}
REFUSED = {1013, 1014, 1015, 1016}


def keys_shown(pilot) -> str:
    return str(pilot.app.screen.query_one(KeyBar).render())


def company(home) -> AdministrationStore:
    path = load_settings(home).administration_path
    assert path is not None
    return AdministrationStore.open(path)


async def wait_for_view(pilot, view_id: str) -> str:
    await wait_until(
        pilot, lambda: pilot.app.screen.id == view_id and bool(pilot.app.screen.query(".view-text"))
    )
    return view_text(pilot)


async def test_lists_the_waiting_bases_and_selects_with_space_and_a(tmp_path: Path, sandbox):
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        table = table_of(pilot)
        assert table.row_count == 24 and list(table.bases)[:2] == [1001, 1002]
        assert line(pilot) == "24 fakturaunderlag väntar · 0 valda"
        assert str(table.get_cell(1001, "sum")) == "21\u00a0627,50"
        # The key bar follows the bindings one refresh later (KeyBar._keys_changed).
        await wait_until(pilot, lambda: "Läs in" in keys_shown(pilot))
        shown = keys_shown(pilot)
        assert "Läs in" in shown and "Förhandsvisa" in shown
        assert "Stoppa" not in shown and "Försök igen" not in shown  # nothing to stop or retry
        await pilot.press("space")
        assert table.selected == {1001} and str(table.get_cell(1001, "mark")) == "●"
        assert "1 valt" in line(pilot)  # one: singular
        await pilot.press("a")
        assert table.selected == set(table.bases)
        await pilot.press("a")
        assert table.selected == set()


async def test_import_asks_before_creating_and_yes_creates_them(tmp_path: Path, sandbox):
    home = set_up_home(tmp_path / "h", sandbox.url)
    app = import_app(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("i")
        await wait_for_question(pilot)
        listing = str(app.screen.query_one(".dialog-listing Static", Static).render())
        assert "kund 1050 Fjällbacka Turism AB" in listing
        assert "resultatenhet 50 Utbildning" in listing and "projekt P-310" in listing
        await pilot.press("y")
        summary = await wait_for_view(pilot, "summary-view")
        assert "20 inlästa, 4 nekade, 0 misslyckade." in summary
        assert "Nya fakturor: 1001–1020" in summary
        assert "1013: Artikel 901" in summary and "1016: Kundnumret" in summary
        await pilot.press("escape")
        assert status(pilot, 1009).startswith("✓ faktura")
        assert status(pilot, 1013) == "✗ nekas"
    with company(home) as store:
        assert store.get_customer(1050) is not None and store.get_project("P-310") is not None
        assert len(store.invoices()) == 20


async def test_no_to_new_records_refuses_those_bases(tmp_path: Path, sandbox):
    home = set_up_home(tmp_path / "h", sandbox.url)
    app = import_app(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("i")
        await wait_for_question(pilot)
        await pilot.press("n")
        summary = await wait_for_view(pilot, "summary-view")
        assert "16 inlästa, 8 nekade" in summary
        await pilot.press("escape")
        assert all(status(pilot, i) == "? nya poster" for i in CONSENT)
    with company(home) as store:
        assert store.get_customer(1050) is None and store.get_result_unit("50") is None
        assert {d.tid_invoice_id for d in store.invoices()}.isdisjoint(CONSENT | REFUSED)
    waiting = {b.id for b in sandbox.state.bases(1) if b.sent_to_economy_system is None}
    assert waiting == CONSENT | REFUSED


async def test_preview_says_what_each_becomes_and_why_some_are_refused(tmp_path: Path, sandbox):
    home = set_up_home(tmp_path / "h", sandbox.url)
    app = import_app(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        table = table_of(pilot)
        for tid_id in (1001, 1009, 1013):
            table.toggle(tid_id)
        await pilot.press("p")
        text = await wait_for_view(pilot, "preview-view")
        counts = "1 skulle läsas in, 1 skulle kräva nya poster, 1 skulle nekas, 0 kunde inte "
        counts += "hämtas."
        assert counts in text  # a preview, in the conditional
        assert "Underlag 1001 · Nordvik Fastigheter AB\n    skulle bli faktura" in text
        assert "27\u00a0034,00 kr (7 rader)" in text
        assert "skapar först: kund 1050" in text
        assert "nekas: Artikel 901 (Hyra specialverktyg) finns inte i Administration." in text
        await pilot.press("escape")
        assert status(pilot, 1013) == "✗ nekas" and status(pilot, 1001) == "→ faktura"
        assert status(pilot, 1002) == "väntar"  # not chosen, not previewed
    with company(home) as store:
        assert store.invoices() == []  # a preview writes nothing


async def test_enter_opens_the_basis_with_its_rows(tmp_path: Path, sandbox):
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("enter")
        text = await wait_for_view(pilot, "basis-view")
        assert "Kund: Nordvik Fastigheter AB (1001)" in text
        assert "[rubrik] Vecka 45" in text and "Konsultarbete vecka 45" in text
        assert "[summa] Summa vecka 45" in text
        assert "Blir: faktura till kund 1001" in text
        await pilot.press("escape")
        assert screen_of(pilot) is app.screen


async def test_failed_bases_are_retried_with_r(tmp_path: Path, sandbox):
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        table = table_of(pilot)
        table.toggle(1001)
        table.toggle(1002)
        with sandbox.state.lock:  # 1002 disappears from Tid after it was listed
            gone = sandbox.state.company(1).bases.pop(1002)
        await pilot.press("i")
        summary = await wait_for_view(pilot, "summary-view")
        assert "1 inläst, 0 nekade, 1 misslyckat." in summary and "1002:" in summary
        await pilot.press("escape")
        assert status(pilot, 1002) == "! fel" and "Försök igen" in keys_shown(pilot)
        with sandbox.state.lock:
            sandbox.state.company(1).bases[1002] = gone
        await pilot.press("r")
        summary = await wait_for_view(pilot, "summary-view")
        assert "1 inläst, 0 nekade, 0 misslyckade." in summary
        await pilot.press("escape")
        assert status(pilot, 1002) == "✓ faktura 1002"
        assert "Försök igen" not in keys_shown(pilot)


async def test_history_reads_a_basis_in_again_only_after_yes(tmp_path: Path, sandbox):
    home = set_up_home(tmp_path / "h", sandbox.url)
    app = import_app(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        table_of(pilot).toggle(1008)
        await pilot.press("i")
        await wait_for_view(pilot, "summary-view")
        await pilot.press("escape", "h")
        await wait_until(pilot, lambda: app.screen.id == "history" and bool(app.screen.entries))
        await pilot.press("r")
        await wait_for_question(pilot)
        assert "faktura 1001" in str(app.screen.query_one(".dialog-text", Static).render())
        await pilot.press("n")
        await pilot.pause(0.2)
        with company(home) as store:
            assert len(store.invoices()) == 1
        await pilot.press("r")
        await wait_for_question(pilot)
        await pilot.press("y")
        said = lambda: str(app.screen.query_one("#history-line", Static).render())  # noqa: E731
        await wait_until(pilot, lambda: "inläst igen som faktura 1002" in said())
        await wait_until(pilot, lambda: len(app.screen.entries) == 2)
    with company(home) as store:
        assert [d.tid_invoice_id for d in store.invoices()] == [1008, 1008]


async def test_documents_show_rows_and_totals(tmp_path: Path, sandbox):
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("c")
        await wait_until(pilot, lambda: app.screen.id == "documents")
        detail = lambda: str(app.screen.query_one("#document-detail", Static).render())  # noqa: E731
        await wait_until(pilot, lambda: "inga fakturor" in detail())
        await pilot.press("escape")
        table_of(pilot).toggle(1008)
        await pilot.press("i")
        await wait_for_view(pilot, "summary-view")
        await pilot.press("escape", "c")
        await wait_until(pilot, lambda: app.screen.id == "documents" and "totalt" in detail())
        assert (
            "Netto 1\u00a0148,00 · moms 95,88 · öresavrundning 0,12 · totalt 1\u00a0244,00 kr"
            in (detail())
        )
        assert "moms 6 %" in detail() and "moms 12 %" in detail()


async def test_f5_lists_again_and_the_read_in_are_gone(tmp_path: Path, sandbox):
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_listed(pilot)
        table_of(pilot).toggle(1001)
        await pilot.press("i")
        await wait_for_view(pilot, "summary-view")
        await pilot.press("escape", "f5")
        await wait_until(
            pilot, lambda: screen.phase == "idle" and 1001 not in table_of(pilot).bases
        )
        assert table_of(pilot).row_count == 23 and "23 fakturaunderlag" in line(pilot)


async def test_s_opens_setup_and_f1_help(tmp_path: Path, sandbox):
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "s")
        await wait_until(pilot, lambda: getattr(app.screen, "KEY", "") == "welcome")


async def test_the_reminder_counts_and_says_so(tmp_path: Path, sandbox):
    app = import_app(set_up_home(tmp_path / "h", sandbox.url, reminder=True))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_listed(pilot)
        line_widget = screen.query_one(ReminderLine)
        (timer,) = [t for t in line_widget._timers if t.name == "reminder"]
        assert timer._interval == 15 * 60  # the saved reminder_minutes
        with sandbox.state.lock:
            sandbox.state.company(1).bases.pop(1024)
        await pilot.press("f5")
        await wait_until(pilot, lambda: screen.phase == "idle" and table_of(pilot).row_count == 23)
        line_widget.remind()  # what the timer calls
        reminder = lambda: str(line_widget.render())  # noqa: E731
        await wait_until(pilot, lambda: "23 fakturaunderlag väntar i Tid" in reminder())
        assert "nya" not in reminder()
        sandbox.reset("demo")  # 1024 is back: one more than the table shows
        line_widget.remind()
        await wait_until(pilot, lambda: "1 nytt fakturaunderlag har kommit" in reminder())
