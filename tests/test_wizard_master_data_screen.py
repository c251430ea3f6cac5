"""The master-data transfer opened with M from the import screen, with the saved settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from support.import_screen import import_app, set_up_home, wait_listed
from support.waiting import wait_until
from tidwizard.core.export import Outcome, Register
from tidwizard.core.i18n import t
from tidwizard.ui.importing.screen import ImportScreen
from tidwizard.ui.master_data.panel import MasterDataPanel
from tidwizard.ui.master_data.screen import MasterDataScreen


@pytest.fixture(autouse=True)
def _no_rate_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")


def articles_in_tid(sandbox: Any) -> set[str]:
    with sandbox.state.lock:
        return {a.article_number for a in sandbox.state.company(1).articles}


async def test_m_opens_master_data_sends_and_escape_goes_back(tmp_path: Path, sandbox: Any) -> None:
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, MasterDataScreen))
        panel = app.screen.query_one(MasterDataPanel)
        await wait_until(pilot, lambda: panel.phase == "ready")
        status = app.screen.query_one("#master-status", Static)
        assert str(status.render()) == t("masterdata.ready", count=4)
        await pilot.press("s")
        await wait_until(pilot, lambda: panel.state.report is not None and panel.phase == "ready")
        report = panel.state.report
        assert report is not None and report.count(Register.ARTICLES, Outcome.CREATED) == 1
        assert str(status.render()) == t("masterdata.result.all_sent", written=4)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ImportScreen))
    assert "105" in articles_in_tid(sandbox)
