"""The busy indicator speaks no language: with animations off (the steady pictures, or
TEXTUAL_ANIMATIONS=none) Textual's own shows the English word "Loading...", even in Swedish."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import LoadingIndicator

from support.wizard_screenshots import SCREENSHOTS, SIZE
from tidwizard.ui.widgets.spinner import STILL


def screen_text(pilot: Pilot) -> str:
    update = pilot.app.screen._compositor.render_update(full=True)
    return "\n".join("".join(segment.text for segment in strip) for strip in update.strips)


async def test_master_data_sending_shows_still_dots_not_loading() -> None:
    (screenshot,) = [s for s in SCREENSHOTS if s.name == "07b-grunduppgifter-skickar"]
    app = screenshot.app()
    async with app.run_test(size=SIZE) as pilot:
        await screenshot.run_before(pilot)
        await pilot.pause()
        assert app.animation_level == "none"
        assert app.screen.query(LoadingIndicator).filter(".-busy")
        shown = screen_text(pilot)
        assert "Loading" not in shown
        assert STILL in shown
