"""`s` on the import screen opens the wizard again, prefilled with the saved login.

`tidwizard` reads the secret only when the wizard opens (start-up is a benchmarked figure), so the
App must read it when the user asks for the wizard from the import screen.
"""

from __future__ import annotations

from pathlib import Path

from support.import_screen import import_app, set_up_home, wait_listed
from support.waiting import wait_until
from tidwizard.core import demo_data
from tidwizard.ui.wizard.base import WizardStep


async def test_setup_key_opens_the_wizard_with_the_saved_secret(tmp_path: Path, sandbox) -> None:
    home = set_up_home(tmp_path / "home", sandbox.url)
    app = import_app(home)
    assert app.state.secret == ""  # as `tidwizard` starts on a configured home
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("s")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, WizardStep))
        assert app.state.client_id == demo_data.DEMO_CLIENT_ID
        assert app.state.secret == demo_data.DEMO_SECRET
