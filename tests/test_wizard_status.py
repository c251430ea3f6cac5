"""The status screen after setup: both companies, and the invoice bases waiting in Tid."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from wizard_support import demo_home, text_of, wait_until

from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import Settings, save_settings
from tidwizard.ui.status_screen import StatusScreen


class StatusOnly(App[None]):
    def __init__(self, screen: StatusScreen) -> None:
        super().__init__()
        self._status = screen

    def on_mount(self) -> None:
        self.push_screen(self._status)


async def test_status_shows_companies_and_pending_count(tmp_path: Path, sandbox):
    home = demo_home(tmp_path / "h")
    (company,) = home.companies_dir.glob("*.sqlite")
    settings = save_settings(
        home,
        Settings(
            tid_url=sandbox.url,
            client_id="demo",
            tid_company_id=1,
            tid_company_name="Demo Konsult AB",
            tid_org_number="556677-8899",
            administration_path=company,
        ),
    )
    SecretStore(home).set("demo", "demo")
    setups: list[bool] = []
    app = StatusOnly(StatusScreen(home, settings, on_setup=lambda: setups.append(True)))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: "väntar" in text_of(pilot, "#status-pending"))
        assert text_of(pilot, "#status-pending").split()[0].isdigit()
        await wait_until(pilot, lambda: "2000" in text_of(pilot, "#status-admin"))
        assert "Demo Konsult AB (556677-8899)" in text_of(pilot, "#status-tid")
        await pilot.press("s")
        assert setups == [True]


async def test_status_without_the_secret_says_what_to_do(tmp_path: Path, sandbox):
    home = demo_home(tmp_path / "h")
    (company,) = home.companies_dir.glob("*.sqlite")  # set up, only the secret is gone
    settings = Settings(
        tid_url=sandbox.url, client_id="demo", tid_company_id=1, administration_path=company
    )
    app = StatusOnly(StatusScreen(home, settings, on_setup=lambda: None))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(
            pilot,
            lambda: (
                "s" in text_of(pilot, "#status-pending")
                and "Frågar" not in text_of(pilot, "#status-pending")
            ),
        )
        assert "aktivera igen" in text_of(pilot, "#status-pending")
