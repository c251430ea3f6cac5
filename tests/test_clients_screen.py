"""The client list (several clients in one home), driven with the Pilot against the sandbox on
both profiles, at 80x24 and 60x20: the rows and their counts, each client's own import screen,
history and documents with its name, back with escape, a new client through the wizard, and
importing every client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Static

from support.clients_screenshots import (
    clients_app,
    clients_home,
    clients_sandbox,
    counted,
    list_screen,
)
from support.import_screen import wait_for_question, wait_listed
from support.waiting import shown, wait_until
from support.wizard import activate, to_activate_step
from tidwizard.core.i18n import t
from tidwizard.sandbox.server import RunningSandbox
from tidwizard.ui.clients.list_screen import ClientListScreen
from tidwizard.ui.importing.documents_screen import DocumentsScreen
from tidwizard.ui.importing.history_screen import HistoryScreen
from tidwizard.ui.importing.reconcile_screen import ReconcileScreen
from tidwizard.ui.importing.screen import ImportScreen

SIZES = [(80, 24), (60, 20)]
BYGG_WAITING = 4


@pytest.fixture(autouse=True)
def _no_rate_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")


@pytest.fixture
def service(tid_profile: str) -> Iterator[RunningSandbox]:
    """Demo Konsult and Demo Bygg, each behind its own login (demo1, demo2), on each profile
    (the shared fixtures' demo login reaches both, and the public profile ignores the company
    id): for the tests of what the list asks Tid."""
    with clients_sandbox(tid_profile) as running:
        yield running


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    """The same on the contract profile alone: for the wizard and the screens' wiring."""
    with clients_sandbox() as running:
        yield running


def title(pilot) -> str:  # type: ignore[no-untyped-def]
    return str(pilot.app.screen.query_one("#import-title", Static).render())


async def open_row(pilot, name: str) -> ImportScreen:  # type: ignore[no-untyped-def]
    screen = list_screen(pilot)
    names = [row.name for row in screen.rows]
    screen.table.move_cursor(row=names.index(name))
    await pilot.pause()
    await pilot.press("enter")
    return await wait_listed(pilot)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "60x20"])
@pytest.mark.parametrize("count", [2, 3])
async def test_the_list_shows_every_client_with_its_waiting_count_and_opens_each_one(
    service: RunningSandbox, tmp_path: Path, count: int, size: tuple[int, int]
) -> None:
    home = clients_home(tmp_path, service.url, count=count)
    app = clients_app(home)
    async with app.run_test(size=size) as pilot:
        await counted(pilot)
        screen = list_screen(pilot)
        names = ["konsult", "bygg", "fel-hemlighet"][:count]
        assert [row.name for row in screen.rows] == names
        drawn = shown(pilot)
        assert all(name in drawn for name in names), drawn
        waiting = {row.name: row.waiting for row in screen.rows}
        assert waiting["bygg"] == BYGG_WAITING and waiting["konsult"] not in (None, BYGG_WAITING)
        assert str(screen.table.get_cell("bygg", "waiting")) == "4"
        if count == 3:  # a secret Tid refuses is that row's problem, not the list's
            wrong = screen.rows[2]
            assert wrong.waiting is None and wrong.overview.problems
            assert wrong.status() == " ".join(wrong.overview.problems)
            # The total counts only what Tid answered, and says which could not be asked.
            said = str(screen.query_one("#clients-line").render())
            assert "av 3 klienter" in said and "1 klient kunde inte tillfrågas" in said, said

        bygg = await open_row(pilot, "bygg")
        assert len(bygg.table.bases) == BYGG_WAITING  # its own bases, not another client's
        assert title(pilot).startswith("Klient bygg · ")
        for key, kind in (("h", HistoryScreen), ("c", DocumentsScreen)):
            await pilot.press(key)
            await wait_until(pilot, lambda kind=kind: isinstance(pilot.app.screen, kind))
            assert title(pilot).startswith("Klient bygg · ")
            await pilot.press("escape")
            await wait_until(pilot, lambda: isinstance(pilot.app.screen, ImportScreen))
        await pilot.press("h")  # and the history's reconcile view, k
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, HistoryScreen))
        await pilot.press("k")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, ReconcileScreen))
        assert title(pilot).startswith("Klient bygg · ")
        await wait_until(pilot, lambda: not pilot.app.screen.busy)  # type: ignore[attr-defined]
        await pilot.press("escape", "escape")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, ImportScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, ClientListScreen))
        assert title(pilot) == t("clientsui.title")

        konsult = await open_row(pilot, "konsult")
        assert len(konsult.table.bases) == waiting["konsult"]
        assert title(pilot).startswith("Klient konsult · ")


async def test_n_adds_a_client_through_the_wizard_and_it_joins_the_list(
    sandbox, tmp_path: Path
) -> None:
    from support.wizard import message, step_key, text_of, type_text, wait_for_step
    from tidwizard.core.admin.demo import create_demo_company
    from tidwizard.core.clients import Clients

    home = clients_home(tmp_path, sandbox.url, count=2)
    create_demo_company(home.companies_dir / "ny.sqlite").close()  # the only one in the home
    app = clients_app(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await counted(pilot)
        await pilot.press("n")
        await wait_for_step(pilot, "client")
        await type_text(pilot, "bygg")
        await pilot.press("enter")
        assert message(pilot) == t("wizard.client.taken", name="bygg")
        for _ in "bygg":
            await pilot.press("backspace")
        await type_text(pilot, "ny-klient")
        await pilot.press("enter")
        await wait_for_step(pilot, "welcome")
        assert text_of(pilot, "#step-indicator").startswith("Klient ny-klient · ")
        await to_activate_step(pilot)
        await activate(pilot)
        await pilot.press("enter")
        await wait_for_step(pilot, "company")
        await pilot.press("enter")  # Demo Konsult AB, the matching company
        while step_key(pilot) != "summary":
            before = step_key(pilot)
            await pilot.press("enter")
            await wait_until(pilot, lambda before=before: step_key(pilot) != before)
        assert text_of(pilot, "#step-indicator").startswith("Klient ny-klient · ")
        await pilot.press("enter")  # Spara
        await wait_listed(pilot)
        assert title(pilot).startswith("Klient ny-klient · ")
        assert Clients(home).names() == ["konsult", "bygg", "ny-klient"]
        await pilot.press("escape")
        await counted(pilot)
        assert [row.name for row in list_screen(pilot).rows] == ["konsult", "bygg", "ny-klient"]
    saved = Clients(home).choose("ny-klient").settings
    assert saved.administration_path == (home.companies_dir / "ny.sqlite").resolve()
    assert saved.client_name == "ny-klient" and saved.secret_key == "ny-klient:demo"


async def test_escape_on_a_new_clients_first_step_leads_back_to_the_list(
    sandbox, tmp_path: Path
) -> None:
    app = clients_app(clients_home(tmp_path, sandbox.url, count=2))
    async with app.run_test(size=(80, 24)) as pilot:
        await counted(pilot)
        await pilot.press("n")
        await wait_until(pilot, lambda: getattr(pilot.app.screen, "KEY", "") == "client")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, ClientListScreen))
        await counted(pilot)
        assert len(list_screen(pilot).rows) == 2


async def test_i_imports_every_client_after_a_question_and_each_row_says_its_result(
    service: RunningSandbox, tmp_path: Path
) -> None:
    app = clients_app(clients_home(tmp_path, service.url, count=3))
    async with app.run_test(size=(80, 24)) as pilot:
        await counted(pilot)
        screen = list_screen(pilot)
        await pilot.press("i")
        await wait_for_question(pilot)
        await pilot.press("y")
        await wait_until(
            pilot,
            lambda: not screen.importing and all(row.result for row in screen.rows),
            timeout=120,
        )
        await counted(pilot)
        rows = {row.name: row for row in screen.rows}
        assert rows["fel-hemlighet"].failed
        assert rows["fel-hemlighet"].status().startswith(t("clientsui.import_failed", reason=""))
        for name in ("konsult", "bygg"):  # read in; those needing new records keep waiting
            assert not rows[name].status().startswith(t("clientsui.import_failed", reason=""))
            assert rows[name].overview.last_import is not None
        assert rows["bygg"].waiting is not None and rows["bygg"].waiting < BYGG_WAITING
        bygg = await open_row(pilot, "bygg")
        assert len(bygg.table.bases) == rows["bygg"].waiting


async def test_f1_explains_the_list_and_the_keys_are_in_english(sandbox, tmp_path: Path) -> None:
    app = clients_app(clients_home(tmp_path, sandbox.url, count=2), lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await counted(pilot)
        drawn = shown(pilot)
        assert "New client" in drawn and "Import all" in drawn and "Ny klient" not in drawn
        await pilot.press("f1")
        await wait_until(pilot, lambda: "These are all the clients" in shown(pilot))


async def test_one_client_opens_as_before_and_never_says_client(sandbox, tmp_path: Path) -> None:
    from support.import_screen import import_app, set_up_home

    app = import_app(set_up_home(tmp_path / "home", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_listed(pilot)
        assert title(pilot) == t("importui.title")
        assert "Klient" not in shown(pilot)
        await pilot.press("escape")  # nothing to go back to
        await pilot.pause()
        assert pilot.app.screen is screen


@pytest.mark.parametrize(
    ("count", "named", "on_list", "shown_client"),
    [(1, None, False, None), (2, None, True, None), (2, "bygg", False, "bygg")],
)
def test_tidwizard_opens_the_list_only_with_several_clients_and_none_named(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    count: int,
    named: str | None,
    on_list: bool,
    shown_client: str | None,
) -> None:
    import argparse

    from tidwizard.cli.tui import run_tui
    from tidwizard.ui.app import TidwizardApp

    opened: list[TidwizardApp] = []
    monkeypatch.setattr(TidwizardApp, "run", lambda app: opened.append(app))
    clients_home(tmp_path, "http://127.0.0.1:9", count=count)
    args = argparse.Namespace(home=str(tmp_path / "home"), lang=None, client=named)
    assert run_tui(args) == 0
    (app,) = opened
    assert app.client_list is on_list
    assert app.shown_client == shown_client
    if named:
        assert app.settings.tid_company_id == 2  # bygg's own settings


async def test_s_on_a_clients_import_screen_sets_up_that_client_and_no_other(
    sandbox, tmp_path: Path
) -> None:
    from support.wizard import step_key, text_of, wait_for_step
    from tidwizard.core.clients import Clients

    home = clients_home(tmp_path, sandbox.url, count=2)
    konsult_before = home.settings_file.read_bytes()
    app = clients_app(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await counted(pilot)
        await open_row(pilot, "bygg")
        await pilot.press("s")
        await wait_for_step(pilot, "welcome")
        assert text_of(pilot, "#step-indicator").startswith("Klient bygg · ")
        await wait_until(pilot, lambda: app.state.secret == "demo")  # bygg's own secret key
        while step_key(pilot) != "reminder":
            before = step_key(pilot)
            await pilot.press("enter")  # the activation too: id and secret are prefilled
            await wait_until(
                pilot, lambda before=before: step_key(pilot) != before or not app.screen.busy
            )
        await pilot.press("space")  # the reminder on: what this setup changes
        while step_key(pilot) != "summary":
            before = step_key(pilot)
            await pilot.press("enter")
            await wait_until(pilot, lambda before=before: step_key(pilot) != before)
        await pilot.press("enter")  # Spara
        await wait_listed(pilot)
        assert title(pilot).startswith("Klient bygg · ")
    bygg = Clients(home).choose("bygg").settings
    assert bygg.reminder and bygg.tid_company_id == 2
    assert home.settings_file.read_bytes() == konsult_before  # the first client untouched


async def test_a_damaged_client_is_its_row_and_enter_says_why_instead_of_opening(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    home = clients_home(tmp_path, sandbox.url, count=2)
    from tidwizard.core.clients import Clients

    damaged = Clients(home).folder / "bygg.json"
    damaged.write_text("{ not json", encoding="utf-8")
    app = clients_app(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await counted(pilot)
        screen = list_screen(pilot)
        assert [row.name for row in screen.rows] == ["konsult", "bygg"]
        assert str(damaged) in " ".join(screen.rows[1].overview.problems)
        screen.table.move_cursor(row=1)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is screen  # neither the import screen nor the wizard
        assert damaged.read_text(encoding="utf-8") == "{ not json"
        detail = str(screen.query_one("#clients-detail", Static).render())
        assert "skadad" in detail and "bygg.json" in detail  # the file, and what to do
        await open_row(pilot, "konsult")  # the other client opens as ever
