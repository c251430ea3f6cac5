"""The "Nytt företag" form: the edition decides whether orders are possible, so every choice is
readable in full, with what it means for orders, also on a narrow terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import RadioButton

from support.waiting import wait_until
from support.wizard import FAKE_URL, screen_lines, wizard_app
from tidwizard.core.admin.models import EDITIONS
from tidwizard.core.i18n import t
from tidwizard.core.paths import Home


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("size", [(80, 24), (60, 20), (140, 30)], ids=["80", "60", "140"])
async def test_each_edition_choice_reads_whole(tmp_path: Path, size, lang) -> None:
    app = wizard_app(Home.resolve(tmp_path / "empty"), FAKE_URL, lang=lang)
    async with app.run_test(size=size) as pilot:
        await wait_until(pilot, lambda: bool(app.screen.query(RadioButton)))
        await pilot.pause()
        labels = {b.name: str(b.label) for b in app.screen.query(RadioButton)}
        assert set(labels) == set(EDITIONS)
        for edition, label in labels.items():
            assert t(f"wizard.edition.{edition}") in label
            orders = "with_orders" if edition in ("1000", "2000") else "no_orders"
            assert "· " + t(f"wizard.create.{orders}") in label
        for button in app.screen.query(RadioButton):
            button.scroll_visible(animate=False, immediate=True)
            await pilot.pause()
            assert any(str(button.label) in line for line in screen_lines(pilot)), (
                str(button.label),
                screen_lines(pilot),
            )


async def test_one_backspace_in_the_prefilled_version_removes_one_character(tmp_path: Path) -> None:
    from textual.widgets import Input

    from tidwizard.ui.widgets.company_form import DEFAULT_VERSION

    app = wizard_app(Home.resolve(tmp_path / "empty"), FAKE_URL)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: bool(app.screen.query("#company-version")))
        field = app.screen.query_one("#company-version", Input)
        field.focus()
        await pilot.pause()
        await pilot.press("backspace")
        assert field.value == DEFAULT_VERSION[:-1]
