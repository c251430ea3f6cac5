"""The Grunduppgifter step against the sandbox Tid service and the demo Administration company."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList, Static

from support.waiting import wait_until
from support.wizard import demo_home, step_key, text_of, wait_for_step
from tidwizard.core.admin import AdministrationStore, Project
from tidwizard.core.admin.store import AdministrationStore as Store
from tidwizard.core.export import ALL_REGISTERS, ExportEngine, Register
from tidwizard.core.i18n import set_language, t
from tidwizard.core.settings import Settings
from tidwizard.core.setup import activate
from tidwizard.core.tid import TidClient
from tidwizard.ui.app import TidwizardApp
from tidwizard.ui.master_data.panel import MasterDataPanel
from tidwizard.ui.master_data.register_table import RegisterTable
from tidwizard.ui.wizard.state import WizardState


@pytest.fixture(autouse=True)
def _no_rate_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")  # the sandbox fixture has no limit either


def company_path(home: Any) -> Path:
    (path,) = home.companies_dir.glob("*.sqlite")
    return path


async def master_data_app(home: Any, url: str) -> TidwizardApp:
    """The wizard opened at Grunduppgifter after a real activation of the demo login."""
    set_language("sv")
    with Store.open(company_path(home)) as store:
        info = store.company()
    state = WizardState(
        home=home,
        tid_url=url,
        administration=info,
        administration_path=info.path,
        client_id="demo",
        secret="demo",
    )
    state.record_activation(await activate(url, "demo", "demo", info.org_number))
    state.tid_company = state.activation.choosable[0]  # type: ignore[union-attr]
    return TidwizardApp(state, Settings(), steady=True, start_step="master_data")


def panel_of(pilot: Any) -> MasterDataPanel:
    return pilot.app.screen.query_one(MasterDataPanel)


async def wait_ready(pilot: Any) -> MasterDataPanel:
    await wait_for_step(pilot, "master_data")
    await wait_until(pilot, lambda: panel_of(pilot).phase in ("ready", "unplanned"))
    return panel_of(pilot)


def row_text(pilot: Any, register: Register) -> str:
    row = pilot.app.screen.query_one(RegisterTable).row(register)
    return str(row.query_one(".row-text", Static).render())


def tid_keys(sandbox: Any) -> dict[Register, set[str]]:
    with sandbox.state.lock:
        data = sandbox.state.company(1)
        return {
            Register.COST_CENTERS: {c.code for c in data.cost_centers},
            Register.CUSTOMERS: {c.customer_number for c in data.contacts},
            Register.ARTICLES: {a.article_number for a in data.articles},
            Register.PROJECTS: {p.order_number for p in data.projects},
        }


async def test_counts_shown_are_the_plans(tmp_path: Path, sandbox: Any) -> None:
    home = demo_home(tmp_path / "h")
    async with TidClient(sandbox.url, "demo", "demo", company_id=1, rate=0) as client:
        with AdministrationStore.open(company_path(home)) as store:
            plan = await ExportEngine(client, store).plan()
    app = await master_data_app(home, sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await wait_ready(pilot)
        assert panel.phase == "ready", text_of(pilot, "#master-status")
        assert "Steg 7 av 8 · Grunduppgifter" in text_of(pilot, "#step-indicator")
        for register, counts in plan.counts().items():
            numbers = row_text(pilot, register).split()[-3:]
            assert numbers == [str(counts.new), str(counts.changed), str(counts.unchanged)]
            assert row_text(pilot, register).startswith("[x]")
        assert plan.write_count == 4  # the demo's four records only in Administration
        assert t("masterdata.ready", count=4) == text_of(pilot, "#master-status")


async def test_choosing_only_articles_sends_only_articles(tmp_path: Path, sandbox: Any) -> None:
    before = tid_keys(sandbox)
    app = await master_data_app(demo_home(tmp_path / "h"), sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        # Rows in sending order: result units, customers, articles, projects.
        await pilot.press("space", "down", "space", "down", "down", "space")
        assert [row_text(pilot, r)[:3] for r in ALL_REGISTERS] == ["[ ]", "[ ]", "[x]", "[ ]"]
        assert text_of(pilot, "#master-status") == t("masterdata.ready", count=1)
        await pilot.press("s")
        await wait_until(pilot, lambda: app.state.master_data.report is not None)
        await wait_until(pilot, lambda: panel_of(pilot).phase == "ready")
        report = app.state.master_data.report
        assert list(report.plan.registers) == [Register.ARTICLES]
        assert text_of(pilot, "#master-status") == t("masterdata.result.all_sent", written=1)
    after = tid_keys(sandbox)
    assert after[Register.ARTICLES] - before[Register.ARTICLES] == {"105"}
    for register in (Register.COST_CENTERS, Register.CUSTOMERS, Register.PROJECTS):
        assert after[register] == before[register]


async def test_refused_records_are_named_with_the_reason(tmp_path: Path, sandbox: Any) -> None:
    home = demo_home(tmp_path / "h")
    with AdministrationStore.open(company_path(home)) as store:
        # Customer 1009 is not flagged and not in Tid: this project cannot go.
        store.add_project(Project("P-208", "Laddstolpar Västerås", 1009, None, send_to_tid=True))
    app = await master_data_app(home, sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        reason = t("export.refused.customer_not_flagged", key="1009")
        assert "P-208 Laddstolpar Västerås" in text_of(pilot, "#master-notes")
        row = app.screen.query_one(RegisterTable).row(Register.PROJECTS)
        assert str(row.query_one(".row-note", Static).render()) == "kan inte skickas: 1"
        await pilot.press("s")
        await wait_until(pilot, lambda: app.state.master_data.report is not None)
        await wait_until(pilot, lambda: panel_of(pilot).phase == "ready")
        notes = text_of(pilot, "#master-notes")
        assert f"P-208 Laddstolpar Västerås: {reason}" in notes
        assert "Projekt – skapade: 1, kan inte skickas: 1" in notes
        assert text_of(pilot, "#master-status") == t(
            "masterdata.result.some_left", written=4, left=1
        )
    assert "P-208" not in tid_keys(sandbox)[Register.PROJECTS]
    assert "P-207" in tid_keys(sandbox)[Register.PROJECTS]


def summary_text(pilot: Any) -> str:
    lines = pilot.app.screen.query_one(OptionList)
    return " ".join(str(lines.get_option_at_index(i).prompt) for i in range(lines.option_count))


async def test_enter_skips_and_the_summary_says_so(tmp_path: Path, sandbox: Any) -> None:
    before = tid_keys(sandbox)
    app = await master_data_app(demo_home(tmp_path / "h"), sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("enter")
        await wait_for_step(pilot, "summary")
        assert "Grunduppgifter" in summary_text(pilot)
        assert t("masterdata.summary.skipped") in summary_text(pilot)
        await pilot.press("escape")  # back: the counts are remembered, not asked for again
        await wait_for_step(pilot, "master_data")
        assert panel_of(pilot).state.plan is not None
    assert tid_keys(sandbox) == before


async def test_after_sending_the_summary_counts_what_went(tmp_path: Path, sandbox: Any) -> None:
    app = await master_data_app(demo_home(tmp_path / "h"), sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        await pilot.press("s")
        await wait_until(pilot, lambda: app.state.master_data.report is not None)
        await wait_until(pilot, lambda: not app.screen.busy)
        await pilot.press("enter")
        await wait_for_step(pilot, "summary")
        assert t("masterdata.summary.sent", written=4) in summary_text(pilot)
        assert step_key(pilot) == "summary"


async def test_without_activation_it_says_so_and_may_be_skipped(tmp_path: Path) -> None:
    home = demo_home(tmp_path / "h")
    set_language("sv")
    with Store.open(company_path(home)) as store:
        info = store.company()
    state = WizardState(home=home, tid_url="http://127.0.0.1:9", administration=info)
    app = TidwizardApp(state, Settings(), steady=True, start_step="master_data")
    async with app.run_test(size=(80, 24)) as pilot:
        panel = await wait_ready(pilot)
        assert panel.phase == "unplanned"
        assert text_of(pilot, "#master-status") == t("masterdata.activate_first")
        assert not app.screen.query_one("#master-send").disabled  # tries again when pressed
        await pilot.press("enter")
        await wait_for_step(pilot, "summary")
