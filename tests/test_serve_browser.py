"""`tidwizard serve` in a real headless browser (issue 15, item 7): the page shows the wizard's
first step, a key press in the page moves the wizard, and stopping the server stops the TUI it
started for the page.

Needs Debian's `chromium` and `chromium-driver` (marker `browser`; `.ci/run` installs them when
missing). In CI (the variable CI set) a missing browser fails the test; elsewhere it skips.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from support.browser import chromium, free_port, require_browser, served, wait_for_screen
from support.wizard import company_home
from tidwizard.core.i18n import set_language, t

pytestmark = pytest.mark.browser


def indicator(number: int, key: str) -> re.Pattern[str]:
    """The wizard's top row on step ``number`` (whatever the count of steps)."""
    row = t("wizard.indicator", number=number, total="TOTAL", title=t(f"wizard.{key}.title"))
    return re.compile(re.escape(row).replace("TOTAL", r"\d+"))


def on_step(number: int, key: str) -> Callable[[list[str]], bool]:
    pattern = indicator(number, key)
    return lambda rows: any(pattern.search(row) for row in rows)


def test_the_wizard_shows_in_the_browser_and_a_key_moves_it(tmp_path: Path) -> None:
    require_browser()
    home = company_home(tmp_path / "home")
    port = free_port()
    # Swedish from the environment, English from --lang: the page must show what --lang says.
    env = {**os.environ, "TIDWIZARD_LANG": "sv", "LC_ALL": "sv_SE.UTF-8", "LANG": "sv_SE.UTF-8"}
    argv = ("--port", str(port), "--home", str(home.config_dir), "--lang", "en")
    with served(*argv, output=tmp_path / "serve.out", env=env) as server:
        server.wait_listening(port)
        set_language("en")
        with chromium() as driver:
            driver.get(f"http://127.0.0.1:{port}/")
            ready = t("wizard.welcome.ready")
            welcome = on_step(1, "welcome")
            # The step shows its last line once it has found the company file.
            wait_for_screen(driver, lambda rows: welcome(rows) and any(ready in r for r in rows))

            terminal = driver.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")
            terminal.send_keys(Keys.ENTER)
            orgnr = on_step(2, "orgnr")
            wait_for_screen(driver, lambda rows: orgnr(rows) and not any(ready in r for r in rows))

            assert server.group_alive()
            # Ctrl-C's twin, with the page still open: the server ends, and so does its TUI.
            assert server.stop() == 0
            assert not server.group_alive()
