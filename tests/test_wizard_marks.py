"""A choice or a switch in the wizard reads as text, not only as a colour: on a monochrome
terminal or through a screen reader the marks say what is chosen."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import OptionList, RadioButton

from support.waiting import wait_until
from support.wizard import FAKE_URL, wizard_app
from support.wizard_screenshots import Screenshot
from tidwizard.core.paths import Home
from tidwizard.ui.widgets.space_checkbox import SpaceCheckbox


def screen_lines(pilot: Pilot) -> list[str]:
    update = pilot.app.screen._compositor.render_update(full=True)
    return ["".join(segment.text for segment in strip) for strip in update.strips]


def prompts(pilot: Pilot) -> list[str]:
    listing = pilot.app.screen.query_one(OptionList)
    return [str(option.prompt).split("\n")[0] for option in listing.options]


async def test_faktura_eller_order_marks_the_choice_and_follows_it() -> None:
    app = Screenshot("import-as", "import_as").app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert prompts(pilot) == ["(•) Faktura", "( ) Order"]
        assert any(line.strip() == "(•) Faktura" for line in screen_lines(pilot))
        await pilot.press("down")
        await pilot.pause()
        assert app.state.import_as == "order"
        assert prompts(pilot) == ["( ) Faktura", "(•) Order"]
        assert any(line.strip() == "(•) Order" for line in screen_lines(pilot))


async def test_an_earlier_choice_of_order_is_marked_on_return() -> None:
    def chose_order(state: object) -> None:
        state.import_as = "order"  # type: ignore[attr-defined]

    app = Screenshot("import-as-order", "import_as", setup=chose_order).app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert prompts(pilot) == ["( ) Faktura", "(•) Order"]


async def test_the_reminder_switch_shows_its_state_as_text() -> None:
    app = Screenshot("reminder", "reminder").app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        box = app.screen.query_one(SpaceCheckbox)
        assert box.value is True
        assert str(box.render()).startswith("▐X▌")
        await pilot.press("space")
        await pilot.pause()
        assert box.value is False and app.state.reminder is False
        assert str(box.render()).startswith("▐ ▌")
        assert not any("▐X▌" in line for line in screen_lines(pilot))
        await pilot.press("space")
        assert str(box.render()).startswith("▐X▌")


async def test_the_edition_choice_of_a_new_company_shows_as_text(tmp_path: Path) -> None:
    app = wizard_app(Home.resolve(tmp_path / "empty"), FAKE_URL)  # no company yet: the form
    async with app.run_test(size=(80, 30)) as pilot:
        await wait_until(pilot, lambda: bool(app.screen.query(RadioButton)))
        await pilot.pause()
        marks = {b.name: str(b.render())[:3] for b in app.screen.query(RadioButton)}
        off = "▐ ▌"
        assert marks == {"fakturering": off, "500": off, "1000": off, "2000": "▐●▌"}
        (button,) = [b for b in app.screen.query(RadioButton) if b.name == "1000"]
        button.value = True
        await pilot.pause()
        marks = {b.name: str(b.render())[:3] for b in app.screen.query(RadioButton)}
        assert marks == {"fakturering": off, "500": off, "1000": "▐●▌", "2000": off}
