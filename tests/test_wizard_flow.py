"""The wizard walked with the keyboard against the sandbox Tid service on loopback."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input, OptionList

from support.waiting import wait_until
from support.wizard import (
    activate,
    activated,
    company_home,
    demo_home,
    message,
    step_key,
    text_of,
    to_activate_step,
    type_text,
    wait_for_step,
    wizard_app,
)
from tidwizard.core.i18n import t
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import load_settings
from tidwizard.ui.wizard.base import WizardStep


async def _through_activation(pilot, client_id: str = "demo", secret: str = "demo") -> None:
    """Activated, or stopped with a message."""
    await to_activate_step(pilot)

    def done() -> bool:
        return activated(pilot) or (bool(message(pilot)) and not pilot.app.screen.busy)

    await activate(pilot, client_id, secret, until=done)


async def test_whole_flow_saves_the_settings_and_keeps_the_secret_out(tmp_path: Path, sandbox):
    home = demo_home(tmp_path / "demo")
    app = wizard_app(home, sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Steg 1 av 8" in text_of(pilot, "#step-indicator")
        await _through_activation(pilot)
        assert app.state.activation is not None and app.state.activation.needs_picker
        await pilot.press("enter")
        await wait_for_step(pilot, "company")
        assert "Steg 4 av 8" in text_of(pilot, "#step-indicator")
        listing = app.screen.query_one(OptionList)
        assert listing.get_option_at_index(1).disabled  # Demo Bygg AB: another number
        assert "559123-4561" in text_of(pilot, "#company-why-not")
        await pilot.press("enter")  # the highlighted, matching company
        await wait_for_step(pilot, "reminder")
        await pilot.press("space")  # reminder off
        await pilot.press("enter")
        await wait_for_step(pilot, "import_as")
        await pilot.press("down", "enter")  # Order
        await wait_for_step(pilot, "master_data")
        await pilot.press("enter")  # skipped: nothing sent to Tid
        await wait_for_step(pilot, "summary")
        lines = app.screen.query_one(OptionList)
        summary = " ".join(
            str(lines.get_option_at_index(i).prompt) for i in range(lines.option_count)
        )
        assert "Demo Konsult AB 556677-8899" in summary and "Order" in summary
        await pilot.press("enter")  # Spara
        # Saved: the wizard gives way to what comes after setup.
        await wait_until(pilot, lambda: not isinstance(app.screen, WizardStep))

    settings = load_settings(home)
    assert settings.configured
    assert (settings.client_id, settings.tid_company_id, settings.tid_url) == (
        "demo",
        1,
        sandbox.url,
    )
    assert settings.import_as == "order" and settings.reminder is False
    assert settings.administration_path == (home.companies_dir / "demo-konsult-ab.sqlite").resolve()
    # The demo secret equals the client id, so: "demo" appears once, as the client id, and no
    # key names a secret.
    saved = json.loads(home.settings_file.read_text())
    assert [key for key, value in saved.items() if value == "demo"] == ["client_id"]
    assert not [key for key in saved if "secret" in key.lower()]
    assert SecretStore(home).get("demo") == "demo"


async def test_back_and_forward_keep_what_was_typed(tmp_path: Path, sandbox):
    app = wizard_app(demo_home(tmp_path / "h"), sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_activate_step(pilot)
        await type_text(pilot, "someone")
        await pilot.press("tab")
        await type_text(pilot, "s3cret")
        await pilot.press("escape")
        await wait_for_step(pilot, "orgnr")
        await pilot.press("escape")
        await wait_for_step(pilot, "welcome")
        await pilot.press("enter")
        await wait_for_step(pilot, "orgnr")
        await pilot.press("enter")
        await wait_for_step(pilot, "activate")
        assert app.screen.query_one("#activate-client-id", Input).value == "someone"
        assert app.screen.query_one("#activate-secret", Input).value == "s3cret"


async def test_enter_says_what_is_missing(tmp_path: Path, sandbox):
    app = wizard_app(demo_home(tmp_path / "h"), sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.state.administration is not None)
        await pilot.press("enter", "enter")
        await wait_for_step(pilot, "activate")
        await pilot.press("enter")
        assert step_key(pilot) == "activate"
        assert message(pilot) == t("wizard.activate.missing_client_id")


async def test_edition_500_skips_the_order_step_and_says_why(tmp_path: Path, sandbox):
    home = company_home(tmp_path / "h", edition="500")
    app = wizard_app(home, sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await _through_activation(pilot)
        await pilot.press("enter")
        await wait_for_step(pilot, "company")
        assert "Steg 4 av 7" in text_of(pilot, "#step-indicator")
        await pilot.press("enter")
        await wait_for_step(pilot, "reminder")
        await pilot.press("enter")
        await wait_for_step(pilot, "master_data")
        await pilot.press("enter")
        await wait_for_step(pilot, "summary")
        lines = app.screen.query_one(OptionList)
        summary = " ".join(
            str(lines.get_option_at_index(i).prompt) for i in range(lines.option_count)
        )
        assert "Faktura" in summary and "Visma Administration 500 har inga ordrar" in summary
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, WizardStep))
    assert load_settings(home).import_as == "invoice"


async def test_summary_line_jumps_back_to_its_step(tmp_path: Path, sandbox):
    app = wizard_app(demo_home(tmp_path / "h"), sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await _through_activation(pilot)
        await pilot.press("enter", "enter")
        await wait_for_step(pilot, "reminder")
        await pilot.press("enter")
        await wait_for_step(pilot, "import_as")
        await pilot.press("enter")
        await wait_for_step(pilot, "master_data")
        await pilot.press("enter")
        await wait_for_step(pilot, "summary")
        await pilot.press("shift+tab")  # from Spara up to the lines
        lines = app.screen.query_one(OptionList)
        assert lines.has_focus
        await pilot.press("down", "down", "enter")  # the login line
        await wait_for_step(pilot, "activate")
        assert app.screen.query_one("#activate-client-id", Input).value == "demo"


async def test_f1_shows_help_and_escape_closes_it(tmp_path: Path, sandbox):
    app = wizard_app(demo_home(tmp_path / "h"), sandbox.url, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "HelpScreen")
        assert "2018.7" in text_of(pilot, "#help-text")
        await pilot.press("escape")
        await wait_for_step(pilot, "welcome")
        assert "Step 1 of 8 · Welcome" in text_of(pilot, "#step-indicator")
