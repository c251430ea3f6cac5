"""The wizard finds out what the service names: a picker where Tid lists companies, a typed
organisationsnummer where it names none (the public profile), walked with the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from support.waiting import wait_until
from support.wizard import (
    activate,
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
from tidwizard.core.settings import load_settings
from tidwizard.core.setup import SetupChoices, save_setup
from tidwizard.ui.wizard.base import WizardStep

NEXT_AFTER_ACTIVATION = {"contract": "company", "public": "tid_orgnr"}


async def _activated(pilot) -> None:
    await to_activate_step(pilot)
    await activate(pilot)


async def test_the_step_after_activation_follows_what_the_service_names(
    tmp_path: Path, profile_sandbox, tid_profile: str
) -> None:
    app = wizard_app(demo_home(tmp_path / "h"), profile_sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await _activated(pilot)
        if tid_profile == "public":
            assert "API-applikationens eget företag" in text_of(pilot, "#activate-result")
            assert "skriv in det i nästa steg" in message(pilot)
        await pilot.press("enter")
        await wait_for_step(pilot, NEXT_AFTER_ACTIVATION[tid_profile])
        assert "Steg 4 av 8" in text_of(pilot, "#step-indicator")


async def _to_typed_step(pilot) -> None:
    await _activated(pilot)
    await pilot.press("enter")
    await wait_for_step(pilot, "tid_orgnr")


@pytest.mark.parametrize("tid_profile", ["public"], indirect=True)
async def test_typed_number_is_checked_kept_and_saved(tmp_path: Path, profile_sandbox) -> None:
    home = demo_home(tmp_path / "h")
    app = wizard_app(home, profile_sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_typed_step(pilot)
        await pilot.press("enter")  # nothing typed yet
        assert step_key(pilot) == "tid_orgnr"
        assert "Inställningar - Generellt - Företagsinställningar" in message(pilot)
        await type_text(pilot, "559123-4562")
        assert "kontrollsiffra" in text_of(pilot, "#tid-orgnr-check").lower()
        await pilot.press("backspace")
        await type_text(pilot, "1")  # Demo Bygg AB's number: valid, but not Administration's
        assert "✓ 559123-4561" in text_of(pilot, "#tid-orgnr-check")
        await pilot.press("enter")
        assert step_key(pilot) == "tid_orgnr"
        assert "559123-4561" in message(pilot) and "556677-8899" in message(pilot)
        # Back and forward keep what was typed.
        await pilot.press("escape")
        await wait_for_step(pilot, "activate")
        await pilot.press("enter")
        await wait_for_step(pilot, "tid_orgnr")
        field = app.screen.query_one("#tid-orgnr-input", Input)
        assert field.value == "559123-4561"
        field.value = ""
        await type_text(pilot, "5566778899")
        await pilot.press("enter")
        await wait_for_step(pilot, "reminder")
        await pilot.press("enter")
        await wait_for_step(pilot, "import_as")
        await pilot.press("enter")
        await wait_for_step(pilot, "master_data")
        await pilot.press("enter")
        await wait_for_step(pilot, "summary")
        lines = app.screen.query_one(OptionList)
        summary = " ".join(
            str(lines.get_option_at_index(i).prompt) for i in range(lines.option_count)
        )
        assert "API-applikationens eget företag 556677-8899" in summary
        assert "(inskrivet)" in summary
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, WizardStep))
    saved = load_settings(home)
    assert saved.configured and saved.tid_company_id is None
    assert (saved.tid_org_number, saved.tid_org_number_source) == ("556677-8899", "typed")


def test_a_typed_number_comes_back_when_setting_up_again(tmp_path: Path) -> None:
    home = company_home(tmp_path / "h")
    save_setup(
        home,
        SetupChoices(
            tid_url="http://127.0.0.1:8765",
            client_id="demo",
            tid_company=None,
            administration_path=next(home.companies_dir.glob("*.sqlite")),
            import_as="invoice",
            reminder=True,
            typed_orgnr="5566778899",
        ),
        "demo",
    )
    assert wizard_app(home, "http://127.0.0.1:8765").state.tid_orgnr_text == "556677-8899"


@pytest.mark.parametrize("tid_profile", ["public"], indirect=True)
async def test_on_a_small_terminal_the_verdict_scrolls_into_view(
    tmp_path: Path, profile_sandbox
) -> None:
    app = wizard_app(demo_home(tmp_path / "h"), profile_sandbox.url, hint="Demo: demo/demo")
    async with app.run_test(size=(60, 20)) as pilot:
        await _activated(pilot)
        body = app.screen.query_one("#step-body")
        # The scroll is animated: on a loaded machine it lands later than any fixed pause.
        await wait_until(
            pilot, lambda: body.max_scroll_y > 0 and body.scroll_y == body.max_scroll_y
        )
        assert body.max_scroll_y > 0  # the form does not fit: it scrolls
        assert body.scroll_y == body.max_scroll_y  # to the button and its verdict
        assert "skriv in det i nästa steg" in message(pilot)
