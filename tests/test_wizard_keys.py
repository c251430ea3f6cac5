"""The wizard's keys do what a keyboard user expects: Enter in the application id goes on to the
secret, one Backspace removes one character of a prefilled field, the summary's lines are
reached with the arrows, and a line changed from the summary leads back to the summary."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from support.waiting import wait_until
from support.wizard import (
    demo_home,
    message,
    screen_lines,
    step_key,
    type_text,
    wait_for_step,
    wizard_app,
)
from support.wizard_screenshots import SIZE, Screenshot
from tidwizard.core import demo_data


async def test_enter_in_the_client_id_moves_to_the_secret_then_activates(
    tmp_path: Path, sandbox
) -> None:
    app = wizard_app(demo_home(tmp_path / "h"), sandbox.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.state.administration is not None)
        await pilot.press("enter")
        await wait_for_step(pilot, "orgnr")
        await pilot.press("enter")
        await wait_for_step(pilot, "activate")
        assert app.screen.query_one("#activate-client-id", Input).has_focus
        await type_text(pilot, "demo")
        await pilot.press("enter")
        assert app.screen.query_one("#activate-secret", Input).has_focus
        assert step_key(pilot) == "activate" and not app.screen.busy
        await type_text(pilot, "demo")
        await pilot.press("enter")  # the last field: enter activates, as before
        await wait_until(pilot, lambda: app.state.activation_current and not app.screen.busy)


async def test_one_backspace_removes_one_digit_of_the_prefilled_orgnr() -> None:
    app = Screenshot("orgnr", "orgnr", activated=False).app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        field = app.screen.query_one("#orgnr-input", Input)
        assert field.has_focus and field.value == demo_data.DEMO_COMPANY_ORGNR
        await pilot.press("backspace")
        assert field.value == demo_data.DEMO_COMPANY_ORGNR[:-1]


async def test_one_backspace_in_a_prefilled_client_id_removes_one_character() -> None:
    app = Screenshot("activate", "activate", activated=False).app()
    app.state.secret = ""
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("shift+tab")  # from the secret up to the application id
        field = app.screen.query_one("#activate-client-id", Input)
        assert field.has_focus
        await pilot.press("backspace")
        assert field.value == demo_data.DEMO_CLIENT_ID[:-1]


async def test_the_arrows_reach_the_summary_lines() -> None:
    app = Screenshot("summary", "summary").app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = app.screen.query_one(OptionList)
        assert app.screen.query_one("#summary-save").has_focus
        await pilot.press("up")
        assert lines.has_focus and lines.highlighted == lines.option_count - 1
        await pilot.press("up")
        assert lines.highlighted == lines.option_count - 2
        app.screen.query_one("#summary-save").focus()
        await pilot.press("down")
        assert lines.has_focus and lines.highlighted == 0


async def _edit_line(pilot, step: str) -> None:
    """Choose the summary's first line that leads to ``step``, with the arrows and Enter."""
    lines = pilot.app.screen.query_one(OptionList)
    ids = [lines.get_option_at_index(i).id or "" for i in range(lines.option_count)]
    index = next(i for i, key in enumerate(ids) if key.startswith(f"{step}:"))
    await pilot.press("down")  # from Spara to the first line
    for _ in range(index):
        await pilot.press("down")
    assert lines.highlighted == index
    await pilot.press("enter")
    await wait_for_step(pilot, step)


async def test_after_editing_a_line_enter_returns_to_the_summary() -> None:
    app = Screenshot("summary", "summary").app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _edit_line(pilot, "reminder")
        await pilot.press("space")  # reminder off
        await pilot.press("enter")
        await wait_for_step(pilot, "summary")  # not on through import_as and master_data
        assert app.state.reminder is False
        await _edit_line(pilot, "import_as")
        await pilot.press("enter")
        await wait_for_step(pilot, "summary")


async def test_escape_from_an_edited_line_returns_to_the_summary() -> None:
    app = Screenshot("summary", "summary").app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _edit_line(pilot, "import_as")
        await pilot.press("escape")
        await wait_for_step(pilot, "summary")


async def test_an_edit_that_leaves_something_open_goes_on_through_the_steps() -> None:
    app = Screenshot("summary", "summary").app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.state.tid_company = None  # as if the new login reached other companies
        await _edit_line(pilot, "reminder")
        await pilot.press("enter")
        await wait_for_step(pilot, "import_as")
        assert step_key(pilot) != "summary", message(pilot)


async def test_escape_on_the_first_step_opened_from_the_summary_returns_there() -> None:
    app = Screenshot("summary", "summary").app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _edit_line(pilot, "welcome")
        await pilot.press("escape")
        await wait_for_step(pilot, "summary")


async def test_down_from_the_last_summary_line_reaches_save() -> None:
    """Seen in tmux: after a line was edited, Down stopped at the last line and Spara could only
    be reached with Tab."""
    app = Screenshot("summary", "summary").app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = app.screen.query_one(OptionList)
        await pilot.press("up")  # the last line
        assert lines.has_focus and lines.highlighted == lines.option_count - 1
        await pilot.press("down")
        assert app.screen.query_one("#summary-save").has_focus


async def test_a_long_summary_value_wraps_under_its_value_not_under_the_label() -> None:
    """At 60 columns "Demo Konsult AB, Visma Administration 2000 2024.1" wraps; its second line
    starts in the value column, so the labels stay a column of their own."""
    app = Screenshot("summary", "summary").app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        rows = screen_lines(pilot)
        row = next(i for i, text in enumerate(rows) if "Demo Konsult AB, Visma" in text)
        label_at = rows[row].index("Administration")
        value_at = rows[row].index("Demo Konsult AB")
        continued = rows[row + 1]
        assert continued[:value_at].strip() == "", (rows[row], continued)
        assert continued[value_at:].strip(), continued
        assert value_at > label_at
