"""Ctrl+C in the TUI asks our own question in the chosen language (never Textual's English
"Press ctrl+q to quit" toast); during an import it follows the import's own stop rules. Escape
on the wizard's first step asks the same before it ends the program, and in the demo the
question says that the demo home goes with it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Static

from support.import_screen import import_app, screen_of, set_up_home, table_of, wait_listed
from support.waiting import wait_until
from support.wizard import demo_home, wait_for_step, wizard_app
from tidwizard.core.admin import AdministrationStore
from tidwizard.core.i18n import t
from tidwizard.core.settings import load_settings
from tidwizard.sandbox.server import SandboxConfig, start_sandbox
from tidwizard.ui.importing.dialogs import QuestionDialog
from tidwizard.ui.wizard.base import WizardStep


def question(pilot) -> tuple[str, str]:
    screen = pilot.app.screen
    assert isinstance(screen, QuestionDialog), screen
    title = str(screen.query_one(".dialog-title", Static).render())
    text = str(screen.query_one(".dialog-text", Static).render())
    return title, text


async def wait_for_question(pilot) -> None:
    await wait_until(
        pilot,
        lambda: (
            isinstance(pilot.app.screen, QuestionDialog)
            and bool(pilot.app.screen.query(".dialog-text"))
        ),
    )


def no_toast(app) -> bool:
    return not list(app._notifications)


@pytest.mark.parametrize("lang", ["sv", "en"])
async def test_ctrl_c_in_the_wizard_asks_in_the_chosen_language(tmp_path: Path, lang) -> None:
    app = wizard_app(demo_home(tmp_path / "h"), "http://127.0.0.1:9", lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_step(pilot, "welcome")
        await pilot.press("ctrl+c")
        await wait_for_question(pilot)
        title, text = question(pilot)
        assert title == t("ui.quit.title", lang)
        assert t("ui.quit.wizard", lang) in text
        assert no_toast(app)
        await pilot.press("n")
        await wait_for_step(pilot, "welcome")
        assert app.is_running
        await pilot.press("ctrl+c")
        await wait_for_question(pilot)
        await pilot.press("y")
        await wait_until(pilot, lambda: not app.is_running)


async def test_ctrl_c_twice_quits(tmp_path: Path) -> None:
    app = wizard_app(demo_home(tmp_path / "h"), "http://127.0.0.1:9")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_step(pilot, "welcome")
        await pilot.press("ctrl+c")
        await wait_for_question(pilot)
        await pilot.press("ctrl+c")
        await wait_until(pilot, lambda: not app.is_running)


async def test_ctrl_c_in_a_text_field_asks_too(tmp_path: Path) -> None:
    app = wizard_app(demo_home(tmp_path / "h"), "http://127.0.0.1:9", lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.state.administration is not None)
        await pilot.press("enter")
        await wait_for_step(pilot, "orgnr")  # the organisationsnummer field has focus
        await pilot.press("ctrl+c")
        await wait_for_question(pilot)
        assert question(pilot)[0] == "Quit tidwizard?"


@pytest.mark.parametrize("lang", ["sv", "en"])
async def test_ctrl_c_on_the_idle_import_screen_asks(tmp_path: Path, sandbox, lang) -> None:
    app = import_app(set_up_home(tmp_path / "h", sandbox.url), lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("ctrl+c")
        await wait_for_question(pilot)
        assert question(pilot)[0] == t("ui.quit.title", lang)
        assert no_toast(app)
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, QuestionDialog))
        assert app.is_running
        await pilot.press("ctrl+c")
        await wait_for_question(pilot)
        await pilot.press("y")
        await wait_until(pilot, lambda: not app.is_running)


@pytest.fixture
def slow_sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """200 bases and a client limited to 40 requests a second: an import lasts a few seconds."""
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "40")
    with start_sandbox(SandboxConfig(seed=200, rate=0)) as running:
        yield running


@pytest.mark.parametrize("lang", ["sv", "en"])
async def test_ctrl_c_during_an_import_stops_at_a_basis_boundary(
    tmp_path: Path, slow_sandbox, lang
) -> None:
    home = set_up_home(tmp_path / "h", slow_sandbox.url)
    app = import_app(home, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_listed(pilot)
        await pilot.press("i")
        await wait_until(pilot, lambda: "✓" in str(table_of(pilot).get_cell(1003, "status")))
        await pilot.press("ctrl+c")
        await wait_for_question(pilot)
        assert question(pilot) == (
            t("importui.quit.title", lang),
            t("importui.quit.text", lang),
        )
        await pilot.press("n")  # no: the import goes on
        await pilot.pause(0.3)
        assert screen.phase == "running" and app.is_running
        await pilot.press("ctrl+c")
        await wait_for_question(pilot)
        await pilot.press("y")
        await wait_until(pilot, lambda: not app.is_running)
        assert screen_of(pilot) is screen
    path = load_settings(home).administration_path
    with AdministrationStore.open(path) as store:
        imported = len(store.invoices())
        assert store.pending_journal_entries() == []
    assert 3 <= imported < 200


async def test_escape_on_the_first_step_asks_before_quitting(tmp_path: Path) -> None:
    app = wizard_app(demo_home(tmp_path / "h"), "http://127.0.0.1:9")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_step(pilot, "welcome")
        await pilot.press("escape")
        await wait_for_question(pilot)
        title, text = question(pilot)
        assert title == "Avsluta tidwizard?"
        assert t("ui.quit.demo_home", home="x").split("x")[0] not in text
        await pilot.press("n")
        await wait_for_step(pilot, "welcome")
        await pilot.press("escape")
        await wait_for_question(pilot)
        await pilot.press("y")
        await wait_until(pilot, lambda: not app.is_running)


@pytest.mark.parametrize("lang", ["sv", "en"])
async def test_in_the_demo_the_question_says_the_demo_home_goes(tmp_path: Path, lang) -> None:
    home = demo_home(tmp_path / "h")
    app = wizard_app(home, "http://127.0.0.1:9", lang=lang)
    app.state.removed_on_exit = True  # as `tidwizard demo` without --home
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_step(pilot, "welcome")
        await pilot.press("escape")
        await wait_for_question(pilot)
        assert t("ui.quit.demo_home", lang, home=str(home.config_dir)) in question(pilot)[1]


async def test_escape_on_the_first_step_from_the_import_screen_goes_back(
    tmp_path: Path, sandbox
) -> None:
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(app.screen, WizardStep))
        await wait_for_step(pilot, "welcome")
        await pilot.press("escape")
        await wait_listed(pilot)
        assert not isinstance(app.screen, QuestionDialog)
